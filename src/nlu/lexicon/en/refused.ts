// A loan refused, told or supposed, and what now asked (round 67, convention 726): the words the advice's command (what else after a
// refusal, convention 152) and the bank-refused question share, in one place so both read the same refusal.

/** A lender's or a loan's refusal (the bank said no, loan got rejected, turned down by the bank; round 33). */
export const REFUSAL_WORD_EN = String.raw`said no|says no|say no|rejected|declined|turned (?:us |me )?down|turns? (?:us |me )?down|refused|refuses|knocked back`;
const LENDER_EN = String.raw`banks?|lenders?|credit union`;
export const LENDER_REFUSED_EN = String.raw`\b(?:${LENDER_EN}|loans?|applications?|they|we|i)\b[^.?!]{0,16}?\b(?:get |got |are |were |is |was )?(?:${REFUSAL_WORD_EN})|\b(?:${REFUSAL_WORD_EN}) by (?:the |a |our |my )?(?:${LENDER_EN})`;
/** What now, asked with the refusal: "what now", "what are our other options", "what if …", "what else can we do", "then what". */
const WHAT_NOW_EN = String.raw`what now|now what|then what|what (?:do|can|should) (?:i|we) do|what else|what are (?:our|my|the) (?:other )?options|(?:any|other) options|plan b`;
/**
 * A refusal supposed ("what if the bank says no", "if we get rejected") or told then what now ("the bank turned us down, what now?",
 * "bank rejected us, what else can we do"): the bank-refused question.
 */
export const BANK_REFUSED_ASKED_EN =
  String.raw`\bwhat if\b[^.?!]{0,24}?(?:${LENDER_REFUSED_EN})` +
  String.raw`|(?:${LENDER_REFUSED_EN})\b[^?!]{0,60}?\b(?:${WHAT_NOW_EN})\b|\b(?:${WHAT_NOW_EN})\b[^.?!]{0,20}?\bif\b[^.?!]{0,20}?(?:${LENDER_REFUSED_EN})`;
