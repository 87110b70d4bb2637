// A trade named by what it buys to sell on ("橡胶收购", "做茶叶收购的", "rubber buyers"): its buying
// word (收购) says what the firm does, not what the money is for, so purpose mentions inside that
// scope are dropped. "想借钱收购鲜叶" names no trade and keeps its purpose.

// A buying trade's words inside a season of buying named (收松茸的时候要一笔钱: round 28) are no trade (trade-scopes.ts drops
// it), so the buying there keeps its purpose.

import { drop, overlaps, scopes, type State } from '../mention';

export function buyingTrade(state: State): void {
  const seasons = scopes(state, 'season');
  const spans = scopes(state, 'buying-trade').filter((b) => !seasons.some((s) => s.start <= b.start && b.end <= s.end));
  if (spans.length === 0) return;
  drop(state, 'buyingTrade', (m) => m.kind === 'purpose' && spans.some((s) => overlaps(s, m)), 'buying is the trade here');
}
