// Renovation as the firm's trade ("我们是搞装修的", "a renovation company") is not renovation as a
// purpose: purpose mentions (and their narrower details) inside that scope are dropped, unless the message is the bare word
// ("装修"), which the dialog reads as whichever it asked for.

import { compile } from '../../lexicon/compile';
import { dropInside, type State } from '../mention';

// As owners type it too (装休): the variants apply.
export const BARE_RENOVATION = compile([['装修', String.raw`renovations?`]], '', { before: String.raw`^\s*(?:`, after: String.raw`)\s*$` });

export function renovationTrade(state: State): void {
  if (BARE_RENOVATION.test(state.text)) return;
  dropInside(
    state,
    'renovationTrade',
    'renovation-trade',
    (m) => m.kind === 'purpose' || m.kind === 'purpose-detail',
    'renovation is the trade here',
  );
}
