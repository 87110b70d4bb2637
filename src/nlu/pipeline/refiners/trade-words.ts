// A machine or a thing named inside the longer words of the firm's trade names no purpose: machining (做机械加工的),
// machines hired out (工程机械租赁, "we lease farm machinery"), software developed (开发软件) say what the firm does,
// not what it wants to buy or develop. Only a purpose read from words wholly inside a longer trade word is dropped:
// a thing bought around a trade word (买台烘干机, "buy a 60kg roaster") is longer, and keeps its purpose; a trade
// word inside a thing bought (想建个冷库) is gone already (notTheTrade runs first).

import { WEAK_INDUSTRY_PRIORITY } from '../../lexicon/index';
import { drop, ofKind, type State } from '../mention';

/** The purposes a thing named reads: equipment bought, a product developed. */
const THING_PURPOSES: readonly string[] = ['equipment-expansion', 'product-innovation'];

export function tradeWords(state: State): void {
  const trades = ofKind(state, 'industry').filter((m) => m.priority > WEAK_INDUSTRY_PRIORITY);
  if (trades.length === 0) return;
  drop(
    state,
    'tradeWords',
    (m) =>
      m.kind === 'purpose' &&
      THING_PURPOSES.includes(m.value) &&
      trades.some((t) => t.start <= m.start && m.end <= t.end && t.end - t.start > m.end - m.start),
    'the words inside the trade name no purpose',
  );
}
