// Chinese (Simplified, as normalize() leaves it): the firm's buyers by the words owners name them with, one list for every rule that
// reads a buyer who may owe the firm: the buyer-owes flag (markets.ts, BUYERS), the receivables question (questions.ts,
// BUYERS_OWING) and a fee's debtor (fees-owed.ts, FEE_DEBTOR_BEFORE). Each adds only its own. Not re-exported by index.ts.

/** Who buys from the firm, named as a buyer (客户, 买家, 甲方, 下游, 采购商, 经销商, 包工头). An alternation, ungrouped. */
export const BUYER_WORDS = '客户|买家|买方|下游|甲方|采购商|经销商|批发商|代理商|包工头';

/**
 * The one the firm signed with still holding the money back, no money named (合同都签了的 他还是一直拖着不给; round 59): a buyer late, told
 * (the buyer-owes flag and the receivables question). Not a lender's loan held (放款), which names its money.
 */
export const HELD_UNDER_CONTRACT = String.raw`(?:合同|协议)[^。.!?？]{0,8}?签[^。.!?？]{0,8}?(?:他|她|他们|对方|人家)\s*(?:还是|还|都|一直|老是|总是|\s)*(?:拖着|压着|拖起|压起)\s*(?:不给|不结|不付|没给|没结|没付)(?!\s*(?:放款|贷款))`;
