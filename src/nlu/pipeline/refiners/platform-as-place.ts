// A platform named as the place where another service sits is no service of its own: "支付宝上那个借呗"
// asks about 借呗 (an online bank's loan), not about Alipay; "微信里的微粒贷", "the jiebei loan on
// alipay"; a wallet's name right before its product, as it is sold ("alipay jiebei", "alipay's huabei", 支付宝借呗). Without this the question reads as weighing two services. The platform's mention is
// dropped when only a locative (上, 里, on, in…) stands between it and the other service.

import { drop, ofKind, type MentionOf, type State } from '../mention';

/** Between the platform and the service after it: 上/里(面) and an optional 的/那个 ("支付宝上那个借呗"). */
const ZH_PLACE_BEFORE = /^\s*(?:上|里|里面|上面|上头|里头)(?:的|那个|这个|那种|的那个|的那种|面的)?\s*$/;
/** Between the service and the platform after it: "jiebei (loan) on alipay", "weilidai in wechat". */
const EN_PLACE_AFTER = /^\s*(?:(?:loans?|credit|app)\s+)?(?:on|in|inside|from|through|via)\s+(?:the\s+)?$/i;

/** Nothing but a space or a possessive between: a wallet's name before its own product, as it is sold ("alipay jiebei", "wechat's weilidai", 支付宝借呗). */
const NAMED_WITH = /^\s*(?:['’]s\s*)?$/;

function isPlace(state: State, platform: MentionOf<'service'>, other: MentionOf<'service'>): boolean {
  if (platform.value === other.value) return false;
  if (platform.end <= other.start) {
    const between = state.text.slice(platform.end, other.start);
    return ZH_PLACE_BEFORE.test(between) || (platform.value === 'third-party-payment' && NAMED_WITH.test(between));
  }
  if (other.end <= platform.start) return EN_PLACE_AFTER.test(state.text.slice(other.end, platform.start));
  return false;
}

export function platformAsPlace(state: State): void {
  const services = ofKind(state, 'service');
  const platforms = services.filter((p) => services.some((o) => isPlace(state, p, o)));
  if (platforms.length === 0) return;
  drop(state, 'platformAsPlace', (m) => platforms.includes(m as MentionOf<'service'>), 'the platform the other service sits on');
}
