// The money a buyer owes the firm is not what a loan is for: in "缅甸那边客户压了我们 60多万 货款 一直没给" the
// 货款 is the buyers' payment held back (the buyer-owes flag covers it), not goods the firm must pay for. A
// purpose read from words inside what a buyer owes is dropped when the message asks for no money; a purpose said
// outside it stays ("几个工地的货款还压着一百多万 想贷六十万周转": 周转 is the loan's purpose), and with money asked the
// money held back is what the loan tides over ("医院那边的货款还压着八十多万 想借五十万": working capital, receivables.json).
// A purpose whose words end on the money owed is read from it too: "越南那边的货款一直没结" names the buyers' payment held
// back, no payment across the border to settle (round 21: it set cross-border-settlement beside buyerOwes). A debt said
// paid is debtSettled's (round 28: this refiner no longer reads it again).

import { drop, isMoney, ofKind, type State } from '../mention';

/** A wish to borrow, or a word asking for a sum: the money held back is then what the loan tides over. */
function asksForMoney(state: State): boolean {
  return (
    ofKind(state, 'flag').some((f) => f.value === 'borrow-wish') ||
    ofKind(state, 'cue').some((c) => c.value === 'amount') ||
    FINANCING.test(state.text)
  );
}
/** A word of raising money anywhere (想融点资, 周转一下, need a loan): the need is the money held back. */
const FINANCING = /借|贷|融资|融点资|筹钱|周转|\bborrow|\bloan|\bfinanc/;

export function owedMoney(state: State): void {
  const owed = ofKind(state, 'flag').filter((f) => f.value === 'buyer-owes');
  if (owed.length === 0) return;
  heldSum(state, owed);
  if (asksForMoney(state)) return;
  drop(
    state,
    'owedMoney',
    (m) => m.kind === 'purpose' && owed.some((o) => m.end > o.start && m.end <= o.end),
    'the money a buyer owes the firm, not what a loan is for',
  );
}

/**
 * The sum inside what a buyer owes, told beside another sum outside it ("有个 client 尾款 15万 一直 拖着 想贷 二十万 周转",
 * "有个业主尾款十二万一直拖着不给 想贷二十万"): the debt held back, no figure of the profile (round 31, fix31c), whatever spacing
 * stands between the sum and the words of its holding; the sum outside is the one the owner speaks of.
 */
/** Only a pause and a hedge between the debt told and its sum: ", 大概 ", " 有 ", ", about ". */
const OWED_SUM_AFTER = /^[\s,，、]*(?:大概|大约|差不多|估计|有|还有|一共|总共|共|about|around|like|roughly|approx\.?|~)?\s*$/;

function heldSum(state: State, owed: readonly { start: number; end: number }[]): void {
  // ...or said right after it, a pause and a hedge between (工程款 still 没结, 大概 80万, need 30万 pay 工人; round 33, fix33a, corpus
  // convention 141): the debt's sum.
  const inside = (m: { start: number; end: number }) =>
    owed.some((o) => (m.start >= o.start && m.end <= o.end) || (m.start >= o.end && OWED_SUM_AFTER.test(state.text.slice(o.end, m.start))));
  if (!state.mentions.some((m) => isMoney(m) && !inside(m))) return;
  drop(state, 'owedMoney', (m) => isMoney(m) && inside(m), 'the sum a buyer holds back, no figure');
}
