// A trade named as a side line ("还做点零售", "we also export"): relabelled `also`, so it names the
// industry only when nothing else does, and then as a side line. A purpose word inside it names the
// side trade, not what the loan is for ("我们做建材批发 也做点装修": a renovation business on the side).

import { nextBreak } from '../figures';
import { drop, note, overlaps, scopes, type State } from '../mention';

export function sideLine(state: State): void {
  const spans = scopes(state, 'side-line');
  if (spans.length === 0) return;
  for (const m of state.mentions) {
    if (m.kind === 'industry' && spans.some((s) => overlaps(s, m))) {
      m.also = true;
      note(state, 'sideLine', m, 'relabel', 'named as a side line');
    }
  }
  // Only within the side line's own phrase: a request after a space is the owner's (也做点装修 想借50万进货).
  const phrases = spans.map((s) => ({ start: s.start, end: Math.min(s.end, nextBreak(state.text, s.start)) }));
  drop(
    state,
    'sideLine',
    (m) => (m.kind === 'purpose' || m.kind === 'purpose-detail') && phrases.some((s) => overlaps(s, m)),
    'a side trade, not what the loan is for',
  );
}
