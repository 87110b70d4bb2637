// A trade put right inside one message: "我们是做批发的 说错了 其实是开超市的", "we do wholesale, sorry, actually we run a shop".
// The owner takes back the trade said before the correction word and names the right one after it: the trades before the
// word are dropped, so the later one is read whatever the word lists' priorities (批发 outranks 超市). Only when a trade of
// another kind follows the correction within its sentence; a correction of a figure leaves the trade alone.

import { drop, type MentionOf, ofKind, type State } from '../mention';

/** A sentence ends between the correction and the trade after it: the trade is not what it puts right. */
const SENTENCE_END = /[.!?。！？]/;
/** How far after the correction word the trade it gives may start (其实是开超市的, ", we actually run a small grocery"). */
const REACH = 32;

export function correctedTrade(state: State): void {
  const trades = ofKind(state, 'industry');
  if (trades.length < 2) return;
  const flags = state.mentions.filter((m): m is MentionOf<'flag'> => m.kind === 'flag' && m.value === 'correcting');
  for (const flag of flags) {
    const before = trades.filter((t) => t.end <= flag.start);
    const after = trades.find(
      (t) => t.start >= flag.end && t.start - flag.end <= REACH && !SENTENCE_END.test(state.text.slice(flag.end, t.start)),
    );
    if (after === undefined || before.length === 0 || before.every((t) => t.value === after.value)) continue;
    drop(
      state,
      'correctedTrade',
      (m) => before.includes(m as MentionOf<'industry'>),
      `a trade taken back by the correction before ${after.value}`,
    );
    return;
  }
}
