// A staff role with a head count is staff ("收银一个", "司机5个"): its word names no purpose and no
// trade (收银 is not payment collection, 导游 not a travel agency).

import { breakBetween, PUNCTUATION } from '../clauses';
import { drop, ofKind, overlaps, type MentionOf, type State } from '../mention';

/** How close a count stands to its role word, as in figures.ts. */
const REACH = 2;

function counted(text: string, role: MentionOf<'role'>, counts: readonly MentionOf<'quantity'>[]): boolean {
  return counts.some(
    (q) =>
      overlaps(role, q) ||
      (q.start >= role.end && q.start - role.end <= REACH && !breakBetween(text, role.end, q.start, PUNCTUATION)) ||
      (q.end <= role.start && role.start - q.end <= REACH && !breakBetween(text, q.end, role.start, PUNCTUATION)),
  );
}

export function staffRoles(state: State): void {
  const counts = ofKind(state, 'quantity').filter((q) => q.value.kind === 'people' || q.value.kind === 'number');
  const staff = ofKind(state, 'role').filter((r) => counted(state.text, r, counts));
  if (staff.length === 0) return;
  drop(
    state,
    'staffRoles',
    (m) => (m.kind === 'purpose' || m.kind === 'industry') && staff.some((r) => overlaps(r, m)),
    'a staff role with a head count',
  );
}
