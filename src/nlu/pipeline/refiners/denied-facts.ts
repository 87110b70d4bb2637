// Facts the message denies (and what might be: "要是以后做出口" says nothing): "不做外贸" is no cross-border trade, "不在网上卖" no online sales, "不是
// 个体户" no size class, "不是做网贷的" no service, "不用买新冰柜" no equipment. The words for the fact inside the denial are dropped; the denial itself
// says false (the assembler reads the scope). Nor do visitors from abroad served here (外国游客, "tourists from
// thailand") say a market abroad, nor the customers' way of paying now (客人都是扫码付的) a need to collect payments.

import { clauseEnd, clauseStart, PUNCTUATION } from '../clauses';
import { drop, dropInside, isFlag, type Mention, overlaps, scopes, type State } from '../mention';

/** A shop on the street named alone as the place of selling (实体店, 线下门店): offline, unless it is denied. */
const OFFLINE_SHOP = /^(?:实体店?|线下(?:销售|门店|店)?)$/;

/** Visitors named after where they come from (外国游客, 泰国来的客人, "korean tourists"): people served here, no market abroad. */
const VISITORS_AFTER =
  /^\s*(?:来的?)?的?\s*(?:游客|旅客|游人|背包客|留学生|住客|食客|房客|客人|老外|\b(?:tourists?|travell?ers?|backpackers?|visitors?|guests?|exchange students?)\b)/;
/** ...or before it ("tourists from thailand", "guests from korea and japan", "our guests are from thailand", "visitors come from laos"; round 56). */
const VISITORS_BEFORE =
  /\b(?:tourists?|travell?ers?|backpackers?|visitors?|guests?)\s+(?:(?:are|r|is|come|comes|coming)\s+)?(?:(?:mostly|mainly|all|also|even)\s+)?from\s+(?:[a-z]+\s+(?:and|or|&)\s+)?$/;

/**
 * ...or customers from abroad said to come over to buy here (缅甸人过来买, "burmese customers cross over to buy"): served
 * here, as visitors are; not buyers there.
 */
const COME_OVER_AFTER = /^\s*(?:(?:的|人|客人|顾客|客户|老板)\s*)?(?:都|也|经常|会|常常)?(?:过来|跑过来|到这边来?)(?:买|消费|拿货)/;
const COME_OVER_AFTER_EN =
  /^\s+(?:(?:often|also|all|usually|always|regularly)\s+)?(?:cross(?:es|ing)?|come|comes|coming|walk|walks|drive|drives)\s+(?:over|across)(?:\s+the\s+border)?\s+(?:to\s+(?:buy|shop)|here)\b/;

/** The customers' way of paying now (客人都是扫码付的, 顾客一般刷卡买单): how it is done, no need for it. */
const PAYERS_BEFORE = /(?:客人|顾客|客户|游客|买家|大家)(?:基本上?|一般|平时|大部分|大多|多数|主要|都|也|是|用|在)*\s*$/;
const PAID_AFTER = /^[^，。,.!?；;\s]{0,6}?(?:付的|付款的|付钱|付款|买单|结账)/;
const NEED_IN_CLAUSE = /想|要|需要|麻烦|不方便|难|慢|没法|不能|不了|咋|怎么|如何|格|能不能|可以|吗/;

/** ...or how the firm collects now, with a wallet (我们用支付宝收钱, "we take payment by wechat"). */
const WALLET_BEFORE = /用\s*(?:支付宝|微信|云闪付|收款码|二维码)\s*$/;
const TAKE_PAYMENT = /^(?:take|takes|taking|accept|accepts|accepting)\s+payments?$/;
const BY_WALLET_AFTER = /^\s+(?:by|via|with|through|on)\s+(?:wechat|alipay|cash|card|qr)/;
const NEED_IN_CLAUSE_EN = /\b(?:need|needs|want|wants|how|can|could|help|problem|hard|trouble|easier|better)\b|\?/;

/** The clause around a mention, where a need or a trouble said would make the way of paying a purpose. */
function clauseAround(text: string, m: Mention): [number, number] {
  return [clauseStart(text, m.start, PUNCTUATION), clauseEnd(text, m.end, PUNCTUATION)];
}

/** Whether a payment-collection word tells how the customers pay now (客人都是扫码付的) or how the firm collects (我们用支付宝收钱), with no need or trouble said. */
function wayOfPayingNow(text: string, m: Mention): boolean {
  const [start, end] = clauseAround(text, m);
  const clause = text.slice(start, end);
  if (NEED_IN_CLAUSE.test(clause) || NEED_IN_CLAUSE_EN.test(clause)) return false;
  const before = text.slice(start, m.start);
  if (PAYERS_BEFORE.test(before) && PAID_AFTER.test(text.slice(m.end, end))) return true;
  if (WALLET_BEFORE.test(before)) return true;
  return (
    TAKE_PAYMENT.test(text.slice(m.start, m.end)) &&
    BY_WALLET_AFTER.test(text.slice(m.end, end)) &&
    /\b(?:we|i)\s+(?:\w+\s+)?$/.test(before)
  );
}

/**
 * A purpose denied, then the right one said outside the denial ("钱不是拿来买车的 是发工人工资", "not for a truck,
 * for wages"): the denied one goes. Alone, a purpose inside a denial stays (钱不够 says a need in a denial's words).
 */
function deniedPurposeReplaced(state: State): void {
  const denials = scopes(state, 'denial');
  if (denials.length === 0) return;
  const denied = (m: Mention): boolean => m.kind === 'purpose' && denials.some((d) => overlaps(d, m));
  const right = state.mentions.find((m) => m.kind === 'purpose' && !denied(m) && denials.some((d) => m.start >= d.end));
  if (right === undefined) return;
  drop(state, 'deniedFacts', (m) => denied(m) && m.end <= right.start, 'a purpose denied, the right one said after it');
}

export function deniedFacts(state: State): void {
  // "我没得京东的单子": a denial says nothing is so; the fact it names is not stated either way.
  dropInside(state, 'deniedFacts', 'denial', (m) => isFlag(m, 'cross-border', 'online-sales'), 'inside a denial');
  // "我们不是做网贷的": a service named inside a denial is not the one the message is about.
  dropInside(state, 'deniedFacts', 'denial', (m) => m.kind === 'service', 'a service inside a denial');
  dropInside(state, 'deniedFacts', 'market-denial', (m) => isFlag(m, 'cross-border'), 'inside a denied market');
  dropInside(state, 'deniedFacts', 'online-denial', (m) => isFlag(m, 'online-sales'), 'inside denied online sales');
  // "微信小店还没开起来": an online shop not open yet is no firm to start.
  dropInside(
    state,
    'deniedFacts',
    'online-denial',
    (m) => m.kind === 'purpose-detail' && m.value === 'startup',
    'an online shop not open yet, no firm to start',
  );
  // "莫得实体店", "实体店我们没有": a shop on the street denied says nothing of selling online (the shop named alone says offline).
  const denials = scopes(state, 'denial');
  drop(
    state,
    'deniedFacts',
    (m) =>
      m.kind === 'scope' &&
      m.value === 'online-denial' &&
      OFFLINE_SHOP.test(state.text.slice(m.start, m.end)) &&
      denials.some((d) => overlaps(d, m)),
    'a shop on the street denied, no word of selling online',
  );
  // "我是老挝来的", "i am from laos": where the owner comes from says nothing of the firm's trade abroad.
  dropInside(state, 'deniedFacts', 'origin', (m) => isFlag(m, 'cross-border'), 'where the owner comes from');
  drop(
    state,
    'deniedFacts',
    (m) =>
      isFlag(m, 'cross-border') &&
      (VISITORS_AFTER.test(state.text.slice(m.end)) ||
        COME_OVER_AFTER.test(state.text.slice(m.end)) ||
        COME_OVER_AFTER_EN.test(state.text.slice(m.end)) ||
        VISITORS_BEFORE.test(state.text.slice(Math.max(0, m.start - 60), m.start))),
    'visitors from abroad served here',
  );
  drop(
    state,
    'deniedFacts',
    (m) => m.kind === 'purpose' && m.value === 'payment-collection' && wayOfPayingNow(state.text, m),
    "the customers' way of paying now",
  );
  deniedPurposeReplaced(state);
  // "要是以后做出口", "if we ever sell online": what might be is not stated either way.
  dropInside(state, 'deniedFacts', 'hypothetical', (m) => isFlag(m, 'cross-border', 'online-sales'), 'inside what might be');
  // "不用买新冰柜 主要是周转", "we don't need a new truck": the purchase denied is not what the money is for.
  // ...nor a purpose given up (钱不拿来装修了, 装修先不搞了, "forget the renovation"): nor what narrows it (装修's renovation).
  dropInside(
    state,
    'deniedFacts',
    'purchase-denied',
    (m) => m.kind === 'purpose' || (m.kind === 'purpose-detail' && m.value === 'renovation'),
    'a purchase said not to be needed, or a purpose given up',
  );
  dropInside(state, 'deniedFacts', 'size-ignore', (m) => m.kind === 'size', 'a size word that names no class, or a denied one');
}
