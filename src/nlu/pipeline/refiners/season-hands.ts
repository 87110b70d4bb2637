// The hands called in for a season of work (平时就四个 收咖啡那阵要喊二十几个小工, 收茶的时候要请二十个人, "we bring in about 30 pickers
// for the coffee harvest"): the season named by its buying (收咖啡, 收茶) says when the people come, not what money is needed, so its
// buying words name no purpose (round 41, judge-137). A need for the season's money (收咖啡那阵要用钱) keeps working capital: only a
// season followed by people counted in its own clause, with no sum in the message but the firm's sales, is the staff's season alone.

import { breakBetween, PUNCTUATION } from '../clauses';
import { drop, type Mention, ofKind, scopes, type State } from '../mention';

/** How far after the season the people counted may start (要喊二十几个小工). */
const HANDS_REACH = 8;

function seasonOfHands(state: State, season: Mention): boolean {
  return ofKind(state, 'quantity').some(
    (q) =>
      q.value.kind === 'people' &&
      q.start >= season.end &&
      q.start - season.end <= HANDS_REACH &&
      !breakBetween(state.text, season.end, q.start, PUNCTUATION),
  );
}

/** How far before a sum its sales cue may end (一年卖豆子六七十万: the cue 一年卖, the goods between). */
const SALES_CUE_REACH = 6;

/** A sum said as the firm's sales, its cue right before it: no money needed (round 64, judge-234: …一年卖豆子六七十万). */
function salesSum(state: State, q: Mention): boolean {
  return ofKind(state, 'cue').some((c) => c.value === 'revenue' && c.start < q.start && q.start - c.end <= SALES_CUE_REACH);
}

export function seasonHands(state: State): void {
  if (ofKind(state, 'quantity').some((q) => q.value.kind === 'money' && !salesSum(state, q))) return;
  const seasons = scopes(state, 'season').filter((s) => seasonOfHands(state, s));
  if (seasons.length === 0) return;
  const inside = (m: Mention) => seasons.some((s) => s.start <= m.start && m.end <= s.end);
  drop(state, 'seasonHands', (m) => m.kind === 'purpose' && inside(m), 'a season of hands called in names no need');
}
