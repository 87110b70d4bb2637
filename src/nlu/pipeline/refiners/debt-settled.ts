// A buyer's debt said paid (超市欠我们的货款上个礼拜结了, 经销商欠的十二万 上个月已经打过来了, 景洪那家酒店欠我们的十八万总算打过来了,
// "the hotel that owed us 40k finally paid up last week", "they finally cleared the 90k they owed"): money no longer owed, so
// no buyer owes the firm, no receivables question is asked and the debt's words (货款) name no need (round 27, convention 35).
// One refiner over one word list (`debtPaid` in lexicon/*/markets.ts, round 28: before, owedMoney dropped the flag again with
// a list of its own). The word of paying stands in the debt's sentence, after the debt or before it, near it; a payment still
// awaited (还没结, hasn't paid) is no such word (the list's guard).

import { DEBT_PAID } from '../../lexicon';
import { clauseEnd, clauseStart, DEBT_SENTENCE } from '../clauses';
import { drop, type Mention, ofKind, OWED_ASKED, type State } from '../mention';

/** How far from the debt the word of paying may stand. */
const REACH = 40;

/** The word of paying nearest after the debt in its sentence, else the nearest before it: [start, end), or none. */
function paidWord(text: string, o: Mention): [number, number] | undefined {
  const from = Math.max(clauseStart(text, o.start, DEBT_SENTENCE), o.start - REACH);
  const to = Math.min(clauseEnd(text, o.end, DEBT_SENTENCE), o.end + REACH);
  let before: [number, number] | undefined;
  for (const m of text.slice(from, to).matchAll(DEBT_PAID)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (start >= o.end) return [start, end];
    if (end <= o.start) before = [start, end];
  }
  return before;
}

export function debtSettled(state: State): void {
  for (const o of ofKind(state, 'flag').filter((f) => f.value === 'buyer-owes')) {
    const paid = paidWord(state.text, o);
    if (paid === undefined) continue;
    const from = Math.min(o.start, paid[0]);
    const to = Math.max(o.end, paid[0]);
    drop(
      state,
      'debtSettled',
      (m) =>
        (m.kind === 'flag' && m.value === 'buyer-owes' && m.start >= from && m.end <= to) ||
        (m.kind === 'question' && OWED_ASKED.has(String(m.value)) && m.start < to) ||
        (m.kind === 'purpose' && m.start >= from && m.end <= to),
      'a buyer’s debt said paid',
    );
  }
}
