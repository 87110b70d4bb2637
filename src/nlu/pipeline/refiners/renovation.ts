// Renovation as the firm's trade ("我们是搞装修的", "a renovation company") is not renovation as a
// purpose: purpose mentions (and their narrower details) inside that scope are dropped, unless the message is the bare word
// ("装修"), which the dialog reads as whichever it asked for.

import { drop, overlaps, scopes, type State } from '../mention';

export const BARE_RENOVATION = /^\s*(?:装修|renovations?)\s*$/;

export function renovationTrade(state: State): void {
  if (BARE_RENOVATION.test(state.text)) return;
  const spans = scopes(state, 'renovation-trade');
  if (spans.length === 0) return;
  drop(
    state,
    'renovationTrade',
    (m) => (m.kind === 'purpose' || m.kind === 'purpose-detail') && spans.some((s) => overlaps(s, m)),
    'renovation is the trade here',
  );
}
