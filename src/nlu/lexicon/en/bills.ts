// A bill of exchange's own figures (round 37, fix37f, corpus convention 317): "a 500k commercial acceptance bill due in 6 months"
// names the bill's face value and maturity, neither the firm's need nor a loan's term.

/** The bills a buyer pays with. */
export const BILL_NAMES_EN = String.raw`(?:(?:commercial|bank|banker'?s|trade|e-?)\s*)?acceptance bills?|commercial bills?|bills? of exchange|banker'?s acceptances?|commercial paper|bank bills?|\bbills?\b`;
/** Right after a sum: its bill (500k commercial acceptance bill, 300k bank bill). */
export const BILL_AFTER_SUM_EN = String.raw`^\s*(?:rmb|yuan|cny)?\s*(?:(?:worth|of)\s+)?(?:${BILL_NAMES_EN})`;
/** Right before a while: its maturity ("due in 6 months", "matures in 90 days"). */
export const MATURES_BEFORE_WHILE_EN = String.raw`\b(?:due|matur\w*|payable|redeemable)\s+(?:in|after)\s*$`;
/** Right after a while: a bill's span ("a 6 month commercial bill", "6-month bank acceptance"). */
export const WHILE_OF_BILL_EN = String.raw`^\s*(?:-|\s)?\s*(?:(?:commercial|bank|acceptance|trade)\s+)*(?:${BILL_NAMES_EN})`;
/** The buyer's payment a bill stands for ("paid for the goods with a commercial bill"): the money paid in, no purpose of the firm's. */
export const PAID_WITH_BILL_EN = String.raw`\bpaid\b[^.,!?]{0,30}\bwith\b[^.,!?]{0,20}(?:${BILL_NAMES_EN})`;
