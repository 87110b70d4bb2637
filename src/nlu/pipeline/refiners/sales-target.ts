// Sales hoped for or aimed at ("明年争取做到两百万", "一年能走个八九十万 明年想冲到一百五十万", "hope to hit 2m
// next year", "aiming for 1m next year"): the sum is what the owner wants to sell one day, neither the revenue
// now nor a sum wanted. A loan named in the same phrase ("明年想借到五十万", "hope to get a 100k loan") keeps
// everything: the sum is then the one wanted.

import { drop, type Mention, overlaps, scopes, type State } from '../mention';

/** The sums hoped for, their period (目标是一年五百万) and their cues. */
const isSalesFigure = (m: Mention): boolean =>
  (m.kind === 'quantity' && (m.value.kind === 'money' || m.value.kind === 'duration')) ||
  (m.kind === 'cue' && (m.value === 'revenue' || m.value === 'other'));

export function salesTarget(state: State): void {
  for (const span of scopes(state, 'sales-target')) {
    if (state.mentions.some((m) => m.kind === 'cue' && m.value === 'amount' && overlaps(span, m))) continue;
    drop(state, 'salesTarget', (m) => isSalesFigure(m) && overlaps(span, m), 'sales hoped for or aimed at: no revenue now, no sum wanted');
  }
}
