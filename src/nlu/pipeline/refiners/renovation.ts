// Renovation as the firm's trade ("我们是搞装修的", "a renovation company") is not renovation as a
// purpose: purpose mentions (and their narrower details) inside that scope are dropped, unless the message is the bare word
// ("装修"), which the dialog reads as whichever it asked for.

import { dropInside, type State } from '../mention';

export const BARE_RENOVATION = /^\s*(?:装修|renovations?)\s*$/;

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
