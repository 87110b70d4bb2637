// A loan refused, told or supposed, and what now asked (round 67, convention 726): the words the advice's command (other ways after a
// refusal, convention 152) and the bank-refused question share, in one place so both read the same refusal.

/** A loan refused, told: 被拒了, 不批, 没批下来, 批不下来, 没通过, rejected, turned down (round 33). */
export const LOAN_REFUSED_ZH = String.raw`被拒|拒贷|拒了|不批|没批|批不下来|没通过|没过审|不给贷|不肯贷|贷不到|贷不下来|\brejected\b|\bdeclined\b|\bturned (?:us |me )?down\b|\bsaid no\b`;
/** What now, asked after it: 咋个办, 咋个整, 怎么办, 还有哪样路子, 还有别的办法不. */
const WHAT_NOW_ZH = String.raw`咋个办|咋个整|咋个弄|怎么办|咋办|咋整|怎么整|怎么弄|那咋个|又咋个|(?:还有|有|格有)(?:没得|没有|莫得)?(?:哪样|什么|啥子?|别的|其他|其它|别样)?(?:路子|办法|法子|出路|选择|方案|门路)`;
/**
 * A loan refused, told or supposed (银行不批咋个整, 要是银行拒了还有哪样路子, 贷款被拒了 还有没得别的办法), then what now: the
 * bank-refused question (not the advice again); a reason given stays its own question (嫌我们没抵押: collateral, which comes first).
 */
export const BANK_REFUSED_ASKED_ZH = String.raw`(?:${LOAN_REFUSED_ZH})[^。！？!?]{0,14}?(?:${WHAT_NOW_ZH})`;
