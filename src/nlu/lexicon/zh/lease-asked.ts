// A thing named, then whether it can be got by lease (冷柜可以融资租赁不, 这台挖机格可以融资租赁, 办公桌椅能租赁吗, 收割机格能搞融资租赁;
// round 25, corpus convention 6): the thing, wanted, and the lease asked of it. One pair, read by the purposes (the thing is
// equipment) and by the services (a bare 租赁 so asked is financial leasing). Kept apart from the locale's exported lists: the
// English lists have no such pair (their lease is a verb before its thing, `LEASE_WISHED`).

/** The thing: a machine, a vehicle, a fitting or furniture, by its head noun (烘干机, 货车, 冷柜, 办公桌椅, 设备). */
const THING_LEASED = String.raw`[^\s，。,.!?！？；;\d]{0,4}?(?<![手有司])(?:机|车|设备|家具|桌椅|柜|炉|窑|冰箱|烤箱|空调|电脑|货架|冷库)`;
/** Whether it can be got by lease, after it: 格可以融资租赁, 能不能租赁, 可以搞融资租赁 (not a leasing firm or trade: 租赁公司, 租赁的). */
export const LEASE_ASKED_AFTER_A_THING = String.raw`(?:这种|这些|的话)?\s*(?:格|也|能不能|可不可以|可以|能|格能|格可以|能否)\s*(?:搞|做|办|用|走)?\s*(?:融资)?租赁(?!公司|行|店|业|生意|点|的|费)`;
/**
 * ...or the lease weighed right after the thing (搅拌车融资租赁划算不, 泵车 leasing 划不划算, 挖机走融资租赁合不合适; round 33, fix33a, corpus
 * convention 144): the thing got by lease, as convention 6 reads it beside the way asked.
 */
const LEASE_WEIGHED_AFTER_A_THING = String.raw`(?:这种|这些|的话)?\s*(?:走|搞|做|用|办)?\s*(?:(?:融资)?租赁|\bleas(?:e|ing)\b)\s*(?:格|是不是|到底|会不会)?\s*(?:划算|划不划算|划得来|划不来|合适|合不合适|好不好|好吗|行不行|靠不靠谱|值不值|贵不贵)`;
/**
 * ...or got by renting, asked with the bare verb (这些设备可以租来用不, 那个能租不, 冷柜格能租; round 26): 租 alone, a question after it
 * (不, 吗, 呢, a question mark, the message's end); not premises rented (门面能租不: no thing of the list, no pointing word).
 */
const RENT_MODAL = '(?:能不能|可不可以|能否|格能|格可以|可以|能)';
/**
 * How it is rented: the bare verb, one of it rented (租一台, 租台), rented to use (租来用), got by renting (用租的), or the verb in
 * English among Chinese words (烤箱 lease 一台; round 36, fix36a, corpus convention 235).
 */
const RENT_HOW = String.raw`(?:用|走)?\s*(?:租的|(?:租|\blease\b)\s*(?:一|两|几)?(?:台|个|套|部|辆)?\s*(?:来用|过来用|来|过来)?)`;
/** Asked, right after: a question's particle or mark, the message's end, or rent against buy (还是买). */
const RENT_ASKED_END = String.raw`\s*(?:不|吗|嘛|么|没|呢|[?？]|$|还是)`;
/** ...or weighed by a judging word or a tag (划不划算, 格合适, 要得不, 得不得, 行不行): then no modal is needed (榨油机租一台要得不). */
const RENT_JUDGED = String.raw`\s*(?:格|是不是|到底|会不会)?\s*(?:划算|划不划算|划得来|划不来|合适|合不合适|好不好|好吗|行不行|行不|靠不靠谱|值不值|贵不贵|要得不|要得吗|得不得|得行不|可以不|可不可以)`;
/**
 * The renting asked: a modal and a way of renting before a question (可以租来用不, 能不能用租的 还是买), or any way of renting weighed
 * (用租的格合适, 租一台划不划算, 租来用划得来不; round 36).
 */
const RENT_FORM = String.raw`(?:\s*(?:也|就)?\s*${RENT_MODAL}\s*${RENT_HOW}(?=${RENT_ASKED_END})|\s*(?:也|就)?\s*${RENT_MODAL}?\s*${RENT_HOW}(?=${RENT_JUDGED}))`;
const RENT_ASKED_AFTER_A_THING = String.raw`(?:这种|这些|的话)?${RENT_FORM}`;
/** A thing said before, pointed at (那个, 这个, 它, 这些, 那种), then whether it can be rented: financial leasing asked of it. */
const POINTED = String.raw`(?:那个|这个|它|这些|那些|这种|那种|这几台|那几台|那台|这台)`;

/** The thing, with the lease asked after it. */
export const THING_LEASE_ASKED = `${THING_LEASED}(?=${LEASE_ASKED_AFTER_A_THING}|${LEASE_WEIGHED_AFTER_A_THING}|${RENT_ASKED_AFTER_A_THING})`;
/**
 * Renting asked of a thing named or pointed at, the words from the asking on (可以租来用不, 能租不): financial leasing and
 * does-it-fit. The thing is looked for behind the asking once it is found, not at every position of the message.
 */
export const RENT_ASKED_OF_A_THING = `${RENT_FORM}(?<=(?:${THING_LEASED}(?:这种|这些|的话)?|${POINTED})${RENT_FORM})`;
