// How a trade is supplied ("在河口做边贸，从越南进水果", "we buy beans from farmers and roast them")
// describes the firm, it does not say what money is for: produce bought, in a message that names
// the trade and asks for no money (no sum wanted, no wish to borrow), names no purpose. Bought alone
// ("收鲜叶", the answer to "what is the money for?") or with a need ("收购鲜叶需要资金") it still does.

import { drop, ofKind, overlaps, scopes, type State } from '../mention';

export function supplyDescribed(state: State): void {
  const bought = scopes(state, 'bought');
  if (bought.length === 0 || ofKind(state, 'industry').length === 0) return;
  const asks = ofKind(state, 'cue').some((c) => c.value === 'amount') || ofKind(state, 'flag').some((f) => f.value === 'borrow-wish');
  if (asks) return;
  drop(
    state,
    'supplyDescribed',
    (m) => m.kind === 'purpose' && m.value === 'working-capital' && bought.some((s) => overlaps(s, m)),
    'how the trade is supplied, with no money asked for',
  );
}
