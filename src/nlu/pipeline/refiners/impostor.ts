// A brand an impostor claims to speak for ("自称支付宝客服打电话给我", "a guy said he was from alipay
// customer service") is the scam's cover: the message asks about the fraud, not about that
// service, so a service named inside the claim is dropped. So is the wallet money is to be sent
// into in a personal-account story ("转到他表哥的支付宝", "into her private alipay"): where the scam wants
// the money, no service asked about; and the account whose keys are handed over, named before them.

import { isFraudQuestion } from '../../../knowledge/ids';
import { EN_IMPOSTOR, EN_QUOTED_BRAND } from '../../lexicon/en/questions';
import { ZH_IMPOSTOR } from '../../lexicon/zh/questions';
import { drop, ofKind, type State } from '../mention';

/**
 * The owner told to open a line or borrow on it, right before its name (叫我先在借呗上借, 让我打开借呗, "told me to borrow on
 * jiebei first"): the owner's own debt at stake, so that service stays named (as 有人冒充快递说要理赔 叫我打开借呗 reads).
 */
const TOLD_TO_USE =
  /(?:叫|让|要|喊)(?:我|我们)(?:先|再|去)?(?:在|从|用|去|到|把)?(?:打开|开通|开)?\s*$|\btold (?:me|us) to (?:first )?(?:borrow|take (?:a loan|out a loan)|open)(?: \w+)? (?:on|from)?\s*$/;

export function impostorCover(state: State): void {
  // In a fraud story, every service named after the claim is the cover too (自称是支付宝的 说我花呗要关掉 叫我转…), but not
  // the line the owner is told to borrow on.
  const fraud = ofKind(state, 'question').some((q) => isFraudQuestion(String(q.value)));
  const toldToUse = (m: { start: number }) => TOLD_TO_USE.test(state.text.slice(Math.max(0, m.start - 30), m.start));
  for (const re of [ZH_IMPOSTOR, EN_IMPOSTOR]) {
    for (const claim of state.text.matchAll(re)) {
      const start = claim.index;
      const end = fraud ? state.text.length : start + claim[0].length;
      drop(
        state,
        'impostorCover',
        (m) => m.kind === 'service' && m.start >= start && m.end <= end && !(m.start >= start + claim[0].length && toldToUse(m)),
        `the cover an impostor claims (${claim[0]})`,
      );
    }
  }
  // 'a text from "alipay": your huabei will be closed unless you pay 1500': a brand in quotes marks the
  // sender as doubted; in a fraud story every service named from there on is the impostor's cover.
  const quoted = [...state.text.matchAll(EN_QUOTED_BRAND)].at(0);
  if (quoted !== undefined && fraud) {
    drop(state, 'impostorCover', (m) => m.kind === 'service' && m.start >= quoted.index, `named in an impostor's story (${quoted[0]})`);
  }
  for (const q of ofKind(state, 'question')) {
    if (q.value !== 'fraud-personal-account') continue;
    drop(
      state,
      'impostorCover',
      (m) => m.kind === 'service' && m.start >= q.start && m.end <= q.end,
      'the account the money is to be sent into',
    );
    // The wallet or bank app whose keys are handed over, named before them (要我开通手机银行 然后把登录密码给他, 把 online
    // banking 的密码给他): the owner's own account at stake, no service asked about.
    drop(state, 'impostorCover', (m) => m.kind === 'service' && m.end <= q.start, 'the account whose keys are handed over');
  }
}
