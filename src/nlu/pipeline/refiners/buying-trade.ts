// A trade named by what it buys to sell on ("橡胶收购", "做茶叶收购的", "rubber buyers"): its buying
// word (收购) says what the firm does, not what the money is for, so purpose mentions inside that
// scope are dropped. "想借钱收购鲜叶" names no trade and keeps its purpose.

import { drop, overlaps, scopes, type State } from '../mention';

export function buyingTrade(state: State): void {
  const spans = scopes(state, 'buying-trade');
  if (spans.length === 0) return;
  drop(state, 'buyingTrade', (m) => m.kind === 'purpose' && spans.some((s) => overlaps(s, m)), 'buying is the trade here');
}
