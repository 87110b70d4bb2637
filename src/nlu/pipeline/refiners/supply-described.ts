// How a trade is supplied ("在河口做边贸，从越南进水果", "we buy beans from farmers and roast them")
// describes the firm, it does not say what money is for: produce bought, in a message that names
// the trade and asks for no money (no sum wanted, no wish to borrow), names no purpose. Bought alone
// ("收鲜叶", the answer to "what is the money for?") or with a need ("收购鲜叶需要资金") it still does, unless said as
// the trade's habit (主要从缅甸进毛料).

import { STOCK_MONEY_SHORT, SUPPLY_HABIT } from '../../lexicon/index';
import { clauseEnd, clauseStart, SPOKEN_CLAUSES } from '../clauses';
import { drop, isFlag, type Mention, ofKind, overlaps, scopes, type State } from '../mention';

/** Sold after the goods bought, in the same clause (进点水果干货在市场上摆摊卖, 进衣服来卖): the trade's own buying and selling. */
const SOLD_AFTER = /^[^，。,.!?；;\s]{0,14}?(?:卖|零售)/;
/** The message opening with what the money is for: 就是, 主要是, 拿来, 用来. */
const USE_OPENER = /^\s*(?:就是|主要是|主要|都是|用来|拿来|用于|为了)\s*$/;
/** A wish or a loan said before the goods bought (想借五万 进点货来卖): the money's use, not the trade's habit. */
const WISH_BEFORE = /想|要|打算|准备|借|贷|需要|缺|差/;

/**
 * Goods bought in, then sold in the same clause with no wish before them (河口做边贸的 从越南进点水果干货在市场上摆摊卖 想借五万; round 35,
 * fix35d, convention 232): how the trade is supplied, as a habit said is.
 */
function boughtToSell(text: string, s: Mention): boolean {
  const to = clauseEnd(text, s.end, SPOKEN_CLAUSES);
  return SOLD_AFTER.test(text.slice(s.end, to)) && !WISH_BEFORE.test(text.slice(0, s.start));
}

export function supplyDescribed(state: State): void {
  if (ofKind(state, 'industry').length === 0) return;
  // A purchase said as the trade's habit (主要从缅甸进毛料, 一般从茶农手里收, "we mainly buy from laos") is how the trade is
  // supplied, even beside a loan asked in its own words (格能借两百万): the loan's purpose is not said.
  const { text } = state;
  const habitual = scopes(state, 'bought').filter(
    (s) => SUPPLY_HABIT.test(text.slice(clauseStart(text, s.start, SPOKEN_CLAUSES), s.start)) || boughtToSell(text, s),
  );
  if (habitual.length > 0)
    drop(
      state,
      'supplyDescribed',
      (m) => m.kind === 'purpose' && m.value === 'working-capital' && habitual.some((s) => overlaps(s, m)),
      'how the trade is supplied, said as its habit',
    );
  // The money for the goods said short (现在连进货的钱都不够了, "we can't afford to restock"; round 36, fix36c, convention 252) asks for it.
  const asks =
    ofKind(state, 'cue').some((c) => c.value === 'amount') ||
    ofKind(state, 'flag').some((f) => isFlag(f, 'borrow-wish')) ||
    STOCK_MONEY_SHORT.test(text);
  if (asks) return;
  // Goods bought said first as what the money is for (就是进货 茶叶收购, 主要是进货; round 40): the answer to "what for?", not the habit.
  const described = scopes(state, 'bought').filter((s) => !USE_OPENER.test(text.slice(0, s.start)));
  drop(
    state,
    'supplyDescribed',
    (m) => m.kind === 'purpose' && m.value === 'working-capital' && described.some((s) => overlaps(s, m)),
    'how the trade is supplied, with no money asked for',
  );
}
