// How a trade is supplied ("在河口做边贸，从越南进水果", "we buy beans from farmers and roast them")
// describes the firm, it does not say what money is for: produce bought, in a message that names
// the trade and asks for no money (no sum wanted, no wish to borrow), names no purpose. Bought alone
// ("收鲜叶", the answer to "what is the money for?") or with a need ("收购鲜叶需要资金") it still does.

import { dropInside, isFlag, ofKind, type State } from '../mention';

export function supplyDescribed(state: State): void {
  if (ofKind(state, 'industry').length === 0) return;
  const asks = ofKind(state, 'cue').some((c) => c.value === 'amount') || ofKind(state, 'flag').some((f) => isFlag(f, 'borrow-wish'));
  if (asks) return;
  dropInside(
    state,
    'supplyDescribed',
    'bought',
    (m) => m.kind === 'purpose' && m.value === 'working-capital',
    'how the trade is supplied, with no money asked for',
  );
}
