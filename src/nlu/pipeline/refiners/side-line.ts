// A trade named as a side line ("还做点零售", "we also export"): relabelled `also`, so it names the
// industry only when nothing else does, and then as a side line.

import { note, overlaps, scopes, type State } from '../mention';

export function sideLine(state: State): void {
  const spans = scopes(state, 'side-line');
  if (spans.length === 0) return;
  for (const m of state.mentions) {
    if (m.kind === 'industry' && spans.some((s) => overlaps(s, m))) {
      m.also = true;
      note(state, 'sideLine', m, 'relabel', 'named as a side line');
    }
  }
}
