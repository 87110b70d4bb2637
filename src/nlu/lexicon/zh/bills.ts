// A bill of exchange's own figures (round 37, fix37f, corpus convention 317): the sum before 的商票 is the bill's face value and
// the months before 到期 its maturity, neither the firm's need nor a loan's term (手上有张五十万的商票 六个月到期).

/** The bills a buyer pays with (one word a line). */
export const BILL_NAMES = String.raw`电子承兑|商业承兑汇票|银行承兑汇票|承兑汇票|承兑|汇票|商票|商承|银票|银承`;
/** Right after a sum: its bill (五十万的商票, 八十万 电子承兑, 二十万的承兑汇票). */
export const BILL_AFTER_SUM = String.raw`^\s*(?:的|是)?\s*(?:电子|纸质)?\s*(?:${BILL_NAMES})`;
/** Right after a while: the bill's maturity (六个月到期, 半年后才到期, 三个月后兑付). */
export const MATURES_AFTER_WHILE = String.raw`^\s*(?:以?后|之后)?\s*(?:才|就)?\s*(?:到期|兑付|能兑|可以兑)`;
/** Right before a while: a bill's span (期限六个月, 六个月期的 is after). */
export const WHILE_OF_BILL = String.raw`^\s*期\s*的?\s*(?:${BILL_NAMES})`;
/** The buyer's payment a bill stands for, named near it (拿承兑汇票付的货款, 银票抵工程款): the money paid in, no purpose of the firm's. */
export const PAID_WITH_BILL = String.raw`(?:${BILL_NAMES})[^，,。！？!?\s]{0,8}(?:货款|工程款|材料款|尾款|进度款)|(?:货款|工程款|材料款|尾款|进度款)[^，,。！？!?\s]{0,6}(?:${BILL_NAMES})`;
