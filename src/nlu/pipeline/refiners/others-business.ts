// A relative's or friend's business ("我姐开饭店，我自己做五金", "my brother runs a hotel") is not
// the user's: its trade, its figures, its online or cross-border sales and its wish to borrow are dropped.

import { drop, overlaps, scopes, type Mention, type State } from '../mention';

function isTheirs(m: Mention): boolean {
  // Their wish to borrow too ("她想借十万 我帮她问问"): not the user's request for advice.
  return (
    m.kind === 'quantity' ||
    m.kind === 'size' ||
    (m.kind === 'flag' && (m.value === 'cross-border' || m.value === 'online-sales' || m.value === 'borrow-wish'))
  );
}

export function othersBusiness(state: State): void {
  const theirs = scopes(state, 'relative');
  if (theirs.length === 0) return;
  drop(state, 'othersBusiness', (m) => isTheirs(m) && theirs.some((s) => overlaps(s, m)), "someone else's business");
}
