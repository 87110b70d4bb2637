// Paying foreign suppliers with borrowed money is working capital for a cross-border trader, not
// a payment channel: "need 300万 working capital 6 months, 主要付越南供应商货款" asks for a loan. When
// the message asks for a sum (a wish to borrow, or money with a word that asks for it) and also
// names working capital, the settlement purpose is dropped; the cross-border flag stays, so the
// advice still covers settlement through banks and the exchange rate. With a wish to borrow and no
// other purpose ("缅甸那边要先付款 想借三百万 半年": the suppliers across the border are paid first),
// the payment said is what the loan is for: working capital.

import { drop, note, ofKind, type State } from '../mention';

function wishesToBorrow(state: State): boolean {
  return ofKind(state, 'flag').some((f) => f.value === 'borrow-wish');
}

/** Only a hedge before it: the sum opens the message ("about 800k, to pay …", 大概八十万 付…). */
const OPENING_HEDGE = /^\s*(?:about|around|roughly|maybe|like|approx\.?|~|大概|差不多|大约|估计)?\s*$/i;

/**
 * A sum opening the message with the use after it, as a reply to what the money is for ("about 800k, to pay our myanmar jade suppliers
 * upfront before they release the rough"; round 59): the sum asked for.
 */
function sumOpensWithUse(state: State): boolean {
  const first = ofKind(state, 'quantity').find((q) => q.value.kind === 'money');
  if (first === undefined || !OPENING_HEDGE.test(state.text.slice(0, first.start))) return false;
  return ofKind(state, 'purpose').some((p) => p.start >= first.end);
}

function asksForMoney(state: State): boolean {
  if (wishesToBorrow(state) || sumOpensWithUse(state) || MONEY_NEEDED.test(state.text)) return true;
  const sums = ofKind(state, 'quantity').some((q) => q.value.kind === 'money');
  return sums && ofKind(state, 'cue').some((c) => c.value === 'amount');
}

/** The money said needed, no sum ("we need the money mostly to pay our thai suppliers upfront", 这笔钱主要是付…; round 62). */
const MONEY_NEEDED =
  /\b(?:need|needs|want|wanna)\s+(?:the|some|more|extra)?\s*(?:money|cash|funds|funding|loan)\b|(?:需要|缺|差)(?:点|些)?(?:钱|资金)|这笔钱|借的钱|贷的钱|贷款主要/;
/** The only purpose a payment across the border, said beside a wish to borrow or the money needed: the loan pays for it. */
function borrowedToPay(state: State): void {
  const purposes = ofKind(state, 'purpose');
  const settlement = purposes.find((p) => p.value === 'cross-border-settlement');
  if (settlement === undefined || purposes.some((p) => p.value !== 'cross-border-settlement')) return;
  if (!wishesToBorrow(state) && !MONEY_NEEDED.test(state.text)) return;
  settlement.value = 'working-capital';
  note(state, 'financedSettlement', settlement, 'relabel', 'a payment across the border, borrowed for: working capital');
}

export function financedSettlement(state: State): void {
  borrowedToPay(state);
  const purposes = ofKind(state, 'purpose');
  if (!purposes.some((p) => p.value === 'cross-border-settlement') || !purposes.some((p) => p.value === 'working-capital')) return;
  if (!asksForMoney(state)) return;
  drop(
    state,
    'financedSettlement',
    (m) => m.kind === 'purpose' && m.value === 'cross-border-settlement',
    'a sum asked for to pay across the border is working capital',
  );
}
