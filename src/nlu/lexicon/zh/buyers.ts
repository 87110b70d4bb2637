// Chinese (Simplified, as normalize() leaves it): the firm's buyers by the words owners name them with, one list for every rule that
// reads a buyer who may owe the firm: the buyer-owes flag (markets.ts, BUYERS), the receivables question (questions.ts,
// BUYERS_OWING) and a fee's debtor (fees-owed.ts, FEE_DEBTOR_BEFORE). Each adds only its own. Not re-exported by index.ts.

/** Who buys from the firm, named as a buyer (客户, 买家, 甲方, 下游, 采购商, 经销商, 包工头). An alternation, ungrouped. */
export const BUYER_WORDS = '客户|买家|买方|下游|甲方|采购商|经销商|批发商|代理商|包工头';
