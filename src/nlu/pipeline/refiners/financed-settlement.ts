// Paying foreign suppliers with borrowed money is working capital for a cross-border trader, not
// a payment channel: "need 300万 working capital 6 months, 主要付越南供应商货款" asks for a loan. When
// the message asks for a sum (a wish to borrow, or money with a word that asks for it) and also
// names working capital, the settlement purpose is dropped; the cross-border flag stays, so the
// advice still covers settlement through banks and the exchange rate.

import { drop, ofKind, type State } from '../mention';

function asksForMoney(state: State): boolean {
  if (ofKind(state, 'flag').some((f) => f.value === 'borrow-wish')) return true;
  const sums = ofKind(state, 'quantity').some((q) => q.value.kind === 'money');
  return sums && ofKind(state, 'cue').some((c) => c.value === 'amount');
}

export function financedSettlement(state: State): void {
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
