// The firm's buyers holding its money and the money for its goods said short (round 36, fix36c): read by purposes.ts, questions.ts,
// markets.ts and scopes.ts, its own file so that no locale need list them.

/**
 * The money for the goods said short (进货的钱都不够了, 没钱进货了, 拿货的钱都莫得了; round 36, fix36c, convention 252): a need, working capital,
 * never a description of how the trade is supplied (refiners/supply-described.ts), and beside a buyer's debt the debt's effect told.
 */
export const STOCK_MONEY_SHORT = [
  String.raw`(?:进货|拿货|补货|备货|买货|进料|买料|买原料|进原料)的?(?:钱|资金|本钱|款)(?:都|也|全|就|已经)?(?:不够|没有|没了|莫得|没得|紧|凑不齐)`,
  String.raw`(?:没|莫|没有|莫得|没得)(?:得)?(?:钱|资金|本钱)(?:去|来)?(?:进货|拿货|补货|备货|买货|进料|买料|买原料|进原料)`,
].join('|');

/** A batch bought or got ready ahead, of any goods named after it (收一大批青皮核桃, 备一大批纸箱, 订一批花瓣): stock, and a scope of things bought. */
export const BATCH_BOUGHT = String.raw`(?:收|进|备|囤|买|订|拿)(?:一|这|那|几)?(?:大|小)?批(?!发)(?:的)?[^\s，。,.!?；;\d]{0,6}`;

/**
 * A buyer named by the head of its kind of firm or people, the firm's own customers (下面的装修队, 装修公司, 养殖户, 火锅店, 米线馆, 包工头,
 * 业主; round 36, fix36c, convention 252): whom the firm sells to, when it holds the money back. Not a platform (平台压款: convention 101).
 */
export const BUYER_BY_HEAD = String.raw`(?:下面的|下游的|那些|有些|几个|几家)?(?![我自])[\u4e00-\u9fff]{0,4}(?:队|公司|店|馆|户|商|头|主|老板|厂|社)(?<!平台[\u4e00-\u9fff]{0,4})`;

/**
 * Bought on credit, as the firm's buyers do it (赊账, 挂账, 赊了好多账, 都是记账的; round 37, fix37d, convention 301): money out with them.
 * 记账 only after 都是 or 是 (not bookkeeping done for them: 帮客户记账).
 */
// ...in more words (round 38, fix38b, convention 339): goods taken first and paid after (先拿货后给钱, 先拿东西后付钱, 拿货以后再给钱), or 赊
// closing its clause (老客户都赊着, 都是赊起的).
export const ON_CREDIT = String.raw`赊账|赊欠|挂账|赊(?:了|着)(?:好多|不少|很多|一些|一大堆|一屁股)?(?:的)?账|(?<=都是|是)记账|先拿(?:货|东西)(?:后|再|过后|以后)(?:再)?(?:给钱|付钱|付款|结账|结钱|给)|赊(?:着|起)(?:的)?(?=$|[\s，。,.!?；;])`;

/** Paying before the goods come, as those the firm buys from ask (要我们先打款才发货, 要先付钱, 先款后货; round 36, fix36c, convention 254). */
export const PAY_FIRST = String.raw`先(?:打款|付款|付钱|打钱|交钱|给钱|转账|结清)|先款后货`;
