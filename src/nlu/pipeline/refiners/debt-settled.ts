// A buyer's debt said paid (超市欠我们的货款上个礼拜结了, 经销商欠的十二万 上个月已经打过来了, "the hotel that owed us 40k
// finally paid up last week"): money no longer owed, so no buyer owes the firm, no receivables question is asked and the
// debt's words (货款) name no need (round 27, convention 35). A payment still awaited (还没结, hasn't paid) is no such word.

import { drop, ofKind, type State } from '../mention';

/** Paid, settled, come in: after the debt in its sentence. */
const SETTLED =
  /(?:结清|结了|结掉了|结完了|付清|付了|还清|还了|(?:打|转|汇)过来了|打来了|到账了|到了账|收回来了|要回来了|收到了|给我们了)|\b(?:paid|settled|cleared)\b/g;
/** A negation or a wait right before the word: 还没结, 没有付清, hasn't paid, not paid yet. */
const NOT_YET = /(?:没|没有|未|不|别)\s*$|(?:n['’]?t|not|never|yet)\s+(?:\w+\s+)?$/;
/** A sentence end: the word must be in the debt's sentence. */
const SENTENCE_END = /[。.!?！？；;]/;
/** How far after the debt the word of paying may stand. */
const REACH = 40;

export function debtSettled(state: State): void {
  const owed = ofKind(state, 'flag').filter((f) => f.value === 'buyer-owes');
  if (owed.length === 0) return;
  for (const o of owed) {
    const after = state.text.slice(o.end, o.end + REACH);
    const end = after.search(SENTENCE_END);
    const stretch = end < 0 ? after : after.slice(0, end);
    let paidAt = -1;
    for (const m of stretch.matchAll(SETTLED)) {
      if (NOT_YET.test(stretch.slice(0, m.index))) continue;
      paidAt = o.end + (m.index ?? 0);
      break;
    }
    if (paidAt < 0) continue;
    drop(
      state,
      'debtSettled',
      (m) =>
        (m.kind === 'flag' && m.value === 'buyer-owes' && m.start >= o.start && m.end <= paidAt) ||
        (m.kind === 'question' && m.value === 'receivables' && m.start < paidAt) ||
        (m.kind === 'purpose' && m.start >= o.start && m.end <= paidAt),
      'a buyer’s debt said paid',
    );
  }
}
