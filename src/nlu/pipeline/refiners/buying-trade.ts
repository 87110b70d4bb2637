// A trade named by what it buys to sell on ("橡胶收购", "做茶叶收购的", "rubber buyers"): its buying
// word (收购) says what the firm does, not what the money is for, so purpose mentions inside that
// scope are dropped. "想借钱收购鲜叶" names no trade and keeps its purpose.

import { dropInside, type State } from '../mention';

export function buyingTrade(state: State): void {
  dropInside(state, 'buyingTrade', 'buying-trade', (m) => m.kind === 'purpose', 'buying is the trade here');
}
