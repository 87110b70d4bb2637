// Where the owner's own clause starts (a town or a word of habit before the verb), shared by the trade words
// (industries.ts: 在大理装空调 is the trade) and the purposes (purposes.ts: the same words are then no thing wanted).
// Not a word list of its own, so not exported from the locale's index.

/** A town or a place of work named before the verb (在大理, 在版纳那边); not the premises (在店里, 在家, 在厂里: work done there). */
const TOWN = String.raw`在[\u4e00-\u9fff]{1,5}?(?<![里上内中头下边口店家厂房屋铺楼])`;
const OWNER = '(?:我|我们|我家|咱们|咱家|自己|家里)';
const ADVERBS = '(?:主要|专门|一直|就|都|也|还|现在|平时|常年|长期|是)';
/**
 * The start of the owner's own clause before a trade said as its whole predicate, with no 的 (在大理种香菇 一年流水…,
 * 我们主要修手机，想借…, 我家现在养牛): the owner, a place, words of habit; not a wish (想, 要, 准备), a denial or another's.
 */
export const OWN_START = String.raw`(?:^|[\s，,。；;!?、])${OWNER}?(?:${TOWN})?${ADVERBS}*`;
/** Work that is also done for oneself (装空调, 刷墙, 做广告, 卖房子): said as the trade only by a town or a word of habit. */
export const HABIT_START = String.raw`(?:^|[\s，,。；;!?、])${OWNER}?(?:${TOWN}${ADVERBS}*|${ADVERBS}*(?:主要|专门|一直|平时|常年|长期|专)${ADVERBS}*)`;
