// People still to hire ("还要再雇二十个工人", "准备招十个服务员", "plan to hire 10 more cooks") are
// no head count: the counts and staff roles inside that scope are dropped, after `staffRoles` has
// kept the role's word from naming a purpose or a trade (招两个收银 is no payment collection).

import { drop, overlaps, scopes, type State } from '../mention';

export function futureHires(state: State): void {
  const spans = scopes(state, 'future-hire');
  if (spans.length === 0) return;
  drop(
    state,
    'futureHires',
    (m) =>
      ((m.kind === 'quantity' && (m.value.kind === 'people' || m.value.kind === 'number')) || m.kind === 'role') &&
      spans.some((s) => overlaps(s, m)),
    'people still to hire',
  );
}
