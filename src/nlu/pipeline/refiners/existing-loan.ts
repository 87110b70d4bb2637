// A loan the firm already has or had ("我们在农商行贷了50万，还有两年到期", "以前在网商贷过10万",
// "we paid off a 100k loan last month", "our current loan is 4.35%"): its sum, its term and what it
// paid for are no figures of the loan wanted now. The service it came from stays named.

import { FIRM_OWN_DEBT } from '../../lexicon';
import { drop, isFlag, type Mention, overlaps, scopes, type State } from '../mention';

function isTheLoansFact(m: Mention): boolean {
  return (
    m.kind === 'quantity' ||
    (m.kind === 'cue' && m.value === 'amount') ||
    m.kind === 'purpose' ||
    m.kind === 'purpose-detail' ||
    isFlag(m, 'borrow-wish')
  );
}

/**
 * The firm's own debt (rent, suppliers, wages) told in the phrase, then a wish to borrow with its sum after it (我们还欠着房东半年房租，想借五万,
 * "we owe our supplier 2 months of bills, want to borrow 80k"): the loan pays that debt, so the debt's purpose (working capital) stands;
 * its age is still no term (round 29, convention 38 amended).
 */
function debtPaidByTheLoan(state: State, scope: { start: number; end: number }): boolean {
  if (!FIRM_OWN_DEBT.test(state.text.slice(scope.start, scope.end))) return false;
  // ...not across a loan held told between (欠了房东半年房租 信用社还有笔十万的经营贷没还完 想再贷二十万: the wish is for another loan; round 43).
  const heldNext = scopes(state, 'existing-loan').find(
    (s) => s.start >= scope.end && !FIRM_OWN_DEBT.test(state.text.slice(s.start, s.end)),
  );
  const until = heldNext?.start ?? state.text.length;
  const after = (m: Mention): boolean => m.start >= scope.end && m.start < until;
  const wish = state.mentions.some((m) => after(m) && (isFlag(m, 'borrow-wish') || (m.kind === 'cue' && m.value === 'amount')));
  const sum = state.mentions.some((m) => after(m) && m.kind === 'quantity' && m.value.kind === 'money');
  // ...unless the wish names a use of its own (想借五万买台冰柜: equipment).
  const ownUse = state.mentions.some((m) => after(m) && (m.kind === 'purpose' || m.kind === 'purpose-detail'));
  return wish && sum && !ownUse;
}

export function existingLoan(state: State): void {
  const spans = scopes(state, 'existing-loan');
  if (spans.length === 0) return;
  const paid = spans.filter((s) => debtPaidByTheLoan(state, s));
  drop(
    state,
    'existingLoan',
    (m) => isTheLoansFact(m) && spans.some((s) => overlaps(s, m)) && !(m.kind === 'purpose' && paid.some((s) => overlaps(s, m))),
    'a loan the firm already has or had',
  );
}
