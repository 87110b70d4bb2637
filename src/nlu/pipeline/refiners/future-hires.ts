// People still to hire ("还要再雇二十个工人", "准备招十个服务员", "plan to hire 10 more cooks") are
// no head count: the counts and staff roles inside that scope are dropped, after `staffRoles` has
// kept the role's word from naming a purpose or a trade (招两个收银 is no payment collection).
// Hiring in a season that comes back every year ("摘果的时候要请二十几个", "during harvest we hire
// 30") is the seasonal staff the firm has, counted as the season rule says (numbers.ts), not a hire
// still to come.

import { PEAK_SEASON } from '../../lexicon';
import { allMatches } from '../match';
import { drop, overlaps, scopes, type State } from '../mention';

/** How far before a hiring word a season word still says when the hiring happens. */
const SEASON_REACH = 4;

export function futureHires(state: State): void {
  const seasons = allMatches(PEAK_SEASON, state.text);
  const spans = scopes(state, 'future-hire').filter((s) => !seasons.some((w) => w.end <= s.start && s.start - w.end <= SEASON_REACH));
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
