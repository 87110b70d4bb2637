// A loan the firm already has or had ("我们在农商行贷了50万，还有两年到期", "以前在网商贷过10万",
// "we paid off a 100k loan last month", "our current loan is 4.35%"): its sum, its term and what it
// paid for are no figures of the loan wanted now. The service it came from stays named.

import { dropInside, isFlag, type Mention, type State } from '../mention';

function isTheLoansFact(m: Mention): boolean {
  return (
    m.kind === 'quantity' ||
    (m.kind === 'cue' && m.value === 'amount') ||
    m.kind === 'purpose' ||
    m.kind === 'purpose-detail' ||
    isFlag(m, 'borrow-wish')
  );
}

export function existingLoan(state: State): void {
  dropInside(state, 'existingLoan', 'existing-loan', isTheLoansFact, 'a loan the firm already has or had');
}
