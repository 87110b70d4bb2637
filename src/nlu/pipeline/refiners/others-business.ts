// A relative's or friend's business ("我姐开饭店，我自己做五金", "my brother runs a hotel") is not
// the user's: its trade, its figures, its online or cross-border sales, what it buys and its wish to borrow are dropped;
// unless the user says they run it with them ("我跟他合伙", "we run it together").

import { drop, overlaps, scopes, type Mention, type State } from '../mention';

function isTheirs(m: Mention): boolean {
  // Their wish to borrow too ("她想借十万 我帮她问问"): not the user's request for advice.
  return (
    m.kind === 'quantity' ||
    m.kind === 'size' ||
    // What they buy ("我表哥想买台挖机", "my brother is buying a tractor"): not what the user's money is for.
    // (Not the user's own asking, 他介绍我来问问: information.)
    (m.kind === 'purpose' && m.value !== 'information') ||
    (m.kind === 'flag' && (m.value === 'cross-border' || m.value === 'online-sales' || m.value === 'borrow-wish'))
  );
}

export function othersBusiness(state: State): void {
  // "我同学在景洪开民宿 我跟他合伙": a business the user runs with them is the user's too.
  const together = scopes(state, 'partnership');
  if (together.length > 0) {
    drop(
      state,
      'othersBusiness',
      (m) => m.kind === 'scope' && m.value === 'relative' && together.some((p) => p.start >= m.start),
      'a business the user runs with them',
    );
  }
  const theirs = scopes(state, 'relative');
  if (theirs.length === 0) return;
  drop(state, 'othersBusiness', (m) => isTheirs(m) && theirs.some((s) => overlaps(s, m)), "someone else's business");
}
