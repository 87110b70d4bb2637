// A bare number right after a term denied ("no, not 3 years, 2", 不是三年，两), is the term said again in the
// denied one's unit: the owner corrects the number only, and the unit carries over (24 months, not a menu number).

import { note, ofKind, scopes, type State } from '../mention';

/** Only a comma, a space or the words that put the right figure (but, just, 是, 就) between the two. */
const GAP = /^[\s,，]*(?:(?:but|just|only|it['’]?s|its|是|就|只|而是)\s*)*$/;

/** The months one unit of the denied term is worth, by its word. */
export function unitMonths(said: string): number | undefined {
  if (/年|years?\b|yrs?\b/.test(said)) return 12;
  if (/月|months?\b|mos?\b/.test(said)) return 1;
  return undefined;
}

export function deniedUnit(state: State): void {
  const denials = scopes(state, 'denial');
  if (denials.length === 0) return;
  const quantities = ofKind(state, 'quantity');
  for (const denied of quantities) {
    if (denied.value.kind !== 'duration' || !denials.some((s) => s.start <= denied.start && denied.end <= s.end)) continue;
    const unit = unitMonths(state.text.slice(denied.start, denied.end));
    if (unit === undefined) continue;
    const q = quantities.find((m) => m.start >= denied.end && GAP.test(state.text.slice(denied.end, m.start)));
    if (q === undefined || q.value.kind !== 'number' || q.value.value <= 0 || q.value.value > 50) continue;
    const n = q.value.value;
    q.value = { kind: 'duration', value: n * unit, start: q.value.start, end: q.value.end };
    note(state, 'deniedUnit', q, 'relabel', `a bare number after a term denied, in its unit: ${n * unit} months`);
  }
}
