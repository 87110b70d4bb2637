// A loan someone else offers or promises ("a loan agent says he can get me 500k", "the bank
// offered us 200k", 中介说可以帮我贷100万) is not what the owner needs: its sums and the words
// that ask for money are dropped, so no amount is read from it. The owner's own need, said
// elsewhere in the message, stands.

import { drop, overlaps, scopes, type Mention, type State } from '../mention';

function isTheOffer(m: Mention): boolean {
  return (m.kind === 'quantity' && m.value.kind === 'money') || (m.kind === 'cue' && m.value === 'amount');
}

export function offeredBy(state: State): void {
  const offers = scopes(state, 'offered');
  if (offers.length === 0) return;
  drop(state, 'offeredBy', (m) => isTheOffer(m) && offers.some((s) => overlaps(s, m)), 'a loan someone else offers');
}
