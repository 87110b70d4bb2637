// The owner's own past abroad told (我老挝来的, 刚从新加坡回来, 在日本学了五年陶艺, "i'm from lyon", "back from singapore"; round 59,
// judge-219): where the owner comes from, came back from, studied or worked is a life story, no market of the firm's, so the country's
// cross-border flag inside it is dropped. The words are `ownerAbroad` in lexicon/*/markets.ts; a market told elsewhere in the message
// (卖到老挝, "we export to laos") keeps its own flag.

import { OWNER_ABROAD } from '../../lexicon';
import { allMatches } from '../match';
import { drop, type State } from '../mention';

export function ownerAbroad(state: State): void {
  const spans = allMatches(OWNER_ABROAD, state.text);
  if (spans.length === 0) return;
  drop(
    state,
    'ownerAbroad',
    (m) => m.kind === 'flag' && m.value === 'cross-border' && spans.some((s) => m.start >= s.start && m.end <= s.end),
    'the owner’s own past abroad, no market',
  );
}
