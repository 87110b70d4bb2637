// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists for figures:
// money cues (the words around a sum that say what it is: revenue, assets, the amount needed, a
// unit price, a sum that is none of ours) and marks (per month/day, a head-count label, a total,
// "fewer than", a denial, a term, the firm's age, a rate), each found as a mention and read by
// pipeline/figures.ts from where it stands; the fillers that may stand between a mark and its number.

import type { FigureGaps, MarkWords, MoneyCueWords, Words } from '../types';
import { owedNotPaid } from './markets';
import { harvestSeasons } from './seasons';
import { COLLECTED_ZH, FEES_COLLECTED } from './fees-collected';

/**
 * A fleet's or a machine's running costs (修车的钱, 维修费, 保养费, 轮胎钱, 车险; round 32, fix32d, convention 132): what the firm spends,
 * as fuel and tolls (油钱, 过路费) always read: no sum wanted, its period no term.
 */
const VEHICLE_COST = String.raw`(?:修车|维修|修理|保养|轮胎|车险|年检)\s?(?:费|的?\s?钱)|(?:保险|保养)费`;
/** Every month, year or week (round 30): a payment's own period, said before it. */
const EVERY_PERIOD = String.raw`(?:每个?月|每年|每周|每个?礼拜|每个?星期|每次|\bmonthly\b|\bevery month\b)`;

/**
 * The running costs of selling online (round 31, fix31a): courier fees, promotion and ads bought (投流), goods sent back.
 * Said with a period beside them (一个月光快递就要四万多, 投流一个月要砸两三万, 推广费每个月一万五) they are what the firm spends,
 * no sum wanted and no term; the same words with no period (想贷十万投流) keep their purpose (purposes.ts).
 */
const SELLING_COST = String.raw`(?:快递|物流|推广|广告|宣传|投流|流量)费|快递(?:钱)?|推广|投流|广告|退货`;
/** The units a piece is sold by (个, 把, 斤, 件, 瓶, 台, 饼…): a sum's yuan then one of them is the piece's price. */
/** A group forgotten, after a count said to be the real one in its clause (其实是九个 忘记算送货的两个师傅了). */
const FORGOTTEN_AFTER_REAL_COUNT = String.raw`(?<=(?:其实|实际上?|真的|应该)[^，。,；;！!？?]{0,12})(?:刚才|之前|前面|上面)?(?:忘了|忘记|没)算(?:上|进去)?`;
const PIECES = '个|把|斤|公斤|件|瓶|盒|箱|包|杯|份|碗|盘|只|张|串|根|条|双|本|支|片|桶|罐|台|套|块|颗|粒|袋|饼|吨|亩|棵|株|盆|束|朵';
/** A period of spending, right before or after a selling cost: 一个月, 每个月, 每天, every month. */
const SPENDING_PERIOD = String.raw`(?:(?:一|每)个?(?:月|天|年|礼拜|星期|周)|\bmonthly\b|\bevery month\b)`;
/** A spend said after a selling cost and its period: a verb of spending or the sum itself (要, 得, 花, 烧, 砸, 投, 就, 都, 五万). */
const SPEND_NEXT = String.raw`\s*(?:光|就|都|也|要|得|大概|大约|差不多|至少|起码)*\s*(?:要|得|花|烧|砸|投|是|\d|[一二两三四五六七八九十几])`;
/** The period after the cost (投流一个月要砸两三万): a figure mark too (the period is the cost's). */
const COST_THEN_PERIOD = String.raw`(?:${SELLING_COST})(?=\s*(?:大概|大约|约)?\s*${SPENDING_PERIOD}${SPEND_NEXT})`;
/** A selling cost said over a period, the period before it or after it (see SELLING_COST). */
const COST_OVER_PERIOD = [
  String.raw`(?<=${SPENDING_PERIOD}\s*(?:光|的|就|都)?\s*)(?:${SELLING_COST})(?=[^，。,.!?；;\d]{0,4}?(?:要|得|花|烧|砸|就|都|是|\s*\d|[一二两三四五六七八九十几]))`,
  COST_THEN_PERIOD,
];

/** Not one of the owner's kin after 我 (加上我小舅子, 加我表哥: my kin added, no owner added). */
// ...nor the owner with the spouse as a couple (再加上我两口子, 加上我们夫妻俩: the couple added, two heads; round 25).
/** An English hedge between a Chinese word and its sum, spaced as mixed messages write it (去年 about 280万, 今年 prob 320万). */
/** The hedges and estimates between 今年 and its sales (今年估计能, 今年也就, 今年应该有个). */
const THIS_YEAR_HEDGE = String.raw`大概|大约|约|差不多|有个?|能有个?|能|也就|就|才|估计|预计|应该|估摸着?|可能|怕是|起码|至少|顶多`;
/** More or less than before, said of this year's sales (要少点, 会多一些, 差些, 少了点): round 28. */
const MORE_OR_LESS = String.raw`(?:也|会|要|可能)?(?:少|多|差|好)(?:了|得)?(?:一?点|一些|些|不少)?`;
const EN_HEDGE = String.raw`\s*(?:about|around|roughly|approx|maybe|prob(?:ably)?|like)\s*`;
/** One of the family counted in with the owner (老婆, 老公, 我爹, 我妈, 儿子): see the total's words. */
// (...in Yunnan words too: 连我和我婆娘一共六个; round 45.)
const COUNTED_KIN =
  '老婆|老公|媳妇|爱人|老板娘|婆娘|老倌|那口子|老伴|老爹|老妈|老爸|爸妈|爹妈|父母|爹|妈|爸|儿子|女儿|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹';
const NOT_MY_KIN = '(?![小大老爸妈哥姐弟妹儿女孙姨舅姑叔伯婶嫂侄外表堂公婆岳丈亲闺]|们(?:俩|两个)|们?(?:两口子|俩口子|夫妻|夫妇))';

/**
 * A shop, then one period and a sum ("天猫店一年三百来万", "门店一个月大概十万"): the shop's sales over
 * the period (a bare "一年50万" is read as a year's sales in pipeline/figures.ts). The shop word is the sum's cue and the period's.
 */
/** Not a sum still to come in from a buyer (还差三十万没到账, 还差二十万没结): owed to the firm, not short of. */
// ...nor owed to the firm by name (还差我们十几万: 差 for 欠; round 53).
const NOT_YET_IN = String.raw`(?![^，。,.!?；;\s]{0,12}?(?:没|未)(?:到账|结账|结款|结|给|付|打过来|转过来|回来|收回))(?!\s?(?:我们|我家))`;
const SHOP_OVER_PERIOD = String.raw`(?:店|铺|铺子|档口|摊子?|门面)(?=(?:一|每)个?(?:年|月|天)\s*(?:大概|大约|约|差不多|有|能有)?\s*(?:\d|[一二两三四五六七八九十几]))`;

/**
 * A round number said with its unit alone, after a verb of selling ("一年做个百来万", "一个月卖个万把块");
 * 整 is Yunnan for 做 (一年整个两百万).
 */
/**
 * A verb of getting a thing, or a word joining one more to a list of things wanted (买一台, 加一套, 跟一台: round 35, fix35c): the
 * one after it is wanted, so a sum after it is what they cost, not one's price.
 */
const GOT_OR_JOINED = String.raw`(?:添|买|换|加|购置|添置|购买|整|搞|弄|需要|跟|和|还有|外加|以及)`;
const ROUND_LEAD = '[百千万](?=[来把多余])';
/** Particles between a period and its verb, Yunnan's 么 among them: 一年么整得到个五六十万, 一个月嘛卖个十来万. */
const PARTICLES = '么|嘛|呢|啊|哦';
/** A year's trading judged (生意不太好, 还行, 一般, 差点; round 41): said between the year and its sum. */
/** The words judging a year's trading, bad to good, in either language (round 41). */
const TRADING_JUDGED = [
  String.raw`不(?:太|咋个?|怎么|大|是很)?(?:好|行|样|景气|理想)|太差|差点|差|一般般?|还行|还可以|还好|好点|好一点|还不错|不错|可以`,
  String.raw`马马虎虎|凑合|将就|淡|难做|not (?:good|great|bad|so good)|bad|ok|okay|so-?so|slow`,
].join('|');
const YEAR_JUDGED = String.raw`\s*(?:生意|效益|行情|买卖|收成)?\s*(?:还是|也|都|就|比较|有点|太)?\s*(?:${TRADING_JUDGED})(?:了|点|些|得很|得多|嘛|哦)?`;
/** Goods delivered or accounts settled before what they bring in (交奶, 送菜, 交茶叶, 结账, 回款): a verb and its object. */
/** A sum said as its own phrase (30万, 八十万, 5w, 200k, 3000块; after a space or at the start): no cost named before it. */
const SUM_END = String.raw`(?:^|[\s，。,.!?；;])(?:大概|大约|差不多)?\s*[\d.一二两三四五六七八九十百千万几来多wk]*(?:\d|万|千|w|k)\s*(?:块钱?|元)?`;
/** The interest's amount or height asked, right after the word (要多少, 好多, 高不高, 大概多少, 一年得多少). */
const INTEREST_ASKED = String.raw`\s*(?:一年|一个月|每个?月|每年)?\s*(?:要|得|会|大概|大约|一共|是|算下来|下来)*\s*(?:多少|好多|几多|多高|高不高|贵不贵|高吗|贵吗|咋个算|怎么算)`;
const DELIVERED = String.raw`(?:交|送|供|出|结|回)(?!钱|税|房租|租金|利息|工资|押金|保险|去)(?:(?![年月天日周季])[\u4e00-\u9fff]){1,3}?`;
/**
 * Verbs of earning before a sum, with 得到 (整得到, 搞得到, 做得到, 挣得到, 卖得到; a haulier's 拉得到, 跑得到): takings
 * over the period.
 */
const EARNING = String.raw`(?:[做干卖进整走搞](?:了|得到|得着|得|到)?|[挣搞拉跑]得(?:到|着))`;

/**
 * A sum said too much: a word of too much (太多, 有点高), borrowing too much (借多了), or a doubt said of it
 * (怕是多了, 还是多了), right after the sum.
 */
/** Half of the sum said taken for now (少借点 先借一半, 只贷一半): the amount is half of it (run.ts, halfTaken). */
/**
 * People gone from a count said before (十二个 走了两个, 上个月辞了两个, 两个不干了, 十个 减掉两个兼职的): their heads are taken
 * off it (round 26). After the count that is gone, or before it.
 */
export const staffGoneAfter: Words = [
  String.raw`(?:人)?\s*(?:都|也|已经)?(?:走了|走掉了|辞职了|离职了|不干了|辞了|跑了|退休了)(?![\d一二两三四五六七八九十几])`,
];
export const staffGoneBefore: Words = [String.raw`(?:走了|走掉了|辞了|辞掉了|辞职了|离职了|跑了|不干了|减去|减掉|去掉|除去)`];
export const halfTaken: Words = [String.raw`(?:先|只|就|暂时)?(?:借|贷|要)(?:个)?一半`];

export const tooMuch: Words = [
  String.raw`(?:怕是|还是|可能|感觉|好像|也)?(?:借|贷)?得?(?:太|有点|有些|稍微)(?:多|高|大)`,
  String.raw`(?:怕是|还是|可能|感觉|好像|也)?(?:借|贷|要)得?(?:多|高)`,
  String.raw`(?:怕是|还是|可能|感觉|好像)(?:多|高)`,
  // 多了 alone, then a break or a turn (三十万多了 还是借二十万; not 多了两倍).
  String.raw`(?:多|高)(?=了(?:[,，\s]|还是|就|先|只|干脆|那就|要不|不如))`,
  // More than will be used (八十万用不完, 五十万用不着, 一百万要不了那么多; round 27): the sum is too much.
  String.raw`(?:怕是|可能|感觉|其实)?(?:用不完|用不着|用不了|要不了|花不完)(?:那么多|这么多)?`,
  // Less said right after (一百万 还是少借点 六十万就行, 三十万 少贷一点): the sum before is too much.
  String.raw`(?:还是|那就|就|要不|干脆)?少(?:借|贷|要)(?:点|一点|些|一些)?`,
];
/** ...then a turn to the sum wanted: 还是借, 就借, 先借, 干脆, 改成, or a break alone. */
const TOO_MUCH_THEN = String.raw`了?(?:点|些|一点)?(?:吧|啊|哦|嘛|噢)?[,，\s]*(?:(?:还是|就|先|只|干脆|那就|那|要不|不如|算了|少借点|少借一点|少贷点|少贷一点)[,，\s]*)*(?:借|贷|要|改成|借个|贷个)?个?\s*(?=\d|[一二两三四五六七八九十几])`;

/** The owner's own money toward a cost: 自己有二十万, 手头只有二十五万, 首付凑了10w, 攒了十五万 (no sum wanted). */
const OWN_FUNDS: Words = [
  // ...or prepared (自己准备了四十万: round 36, corpus convention 247).
  String.raw`(?:自己|我们|我|手上|手头|手里|身上)+(?:只|就)?(?:有|出|凑了?|攒了?|筹了|准备了?)`,
  String.raw`首付(?:款)?(?:凑了|付了|有|交了?)?`,
  '攒了',
  // ...or saved (存了十万块 想再借个二十万: round 37, fix37b, corpus convention 287).
  '存了',
  // ...or savings had, their sum after (存款有五万 还想贷个十万, 存款就二十万; round 38, fix38b, convention 343).
  String.raw`存款(?:只|就|才|大概|差不多)?(?:有)?`,
  // ...or savings by other words (有点积蓄，五万左右 还要借十二万; round 39).
  String.raw`(?:积蓄|储蓄|存的钱|攒的钱|老本)(?:只|就|才|大概|差不多)?(?:有)?`,
  '自筹',
];

/** A trade that carries goods or people (跑货运的, 做物流, 搞运输, 冷链, 拉货): the fares it charges are its takings. */
const CARRIER_TRADE = String.raw`(?:货运|运输|物流|冷链|拉货|专线|快运|客运)`;
/** A carrier's fares, the trade named before them in the sentence (跑货运的…每个季度运费一百二十万左右): its sales, no running cost. */
const CARRIERS_FARES = String.raw`(?=运费|运输费|车费)(?<=${CARRIER_TRADE}[^。.!?]{0,30})(?:运费|运输费|车费)(?:收入)?`;

export const moneyCues: readonly MoneyCueWords[] = [
  {
    slot: 'revenue',
    words: [
      SHOP_OVER_PERIOD,
      CARRIERS_FARES,
      '营业额',
      // The takings by how they come in, summed (一天现金加扫码差不多六千; round 50).
      String.raw`(?:现金|扫码|刷卡|微信|支付宝)(?:加上?|和|跟|带)(?:现金|扫码|刷卡|微信|支付宝)(?:收款|收的)?`,
      '营业收入',
      '营收',
      '收入',
      '销售额',
      '出口额',
      // A buying trade's turnover (橡胶收购的 一年收购额一千多万, 采购额, 交易额; round 39): what passes through its hands in a year.
      String.raw`收购额|收购金额|交易额|成交额|流水额`,
      // Goods sold abroad worth a sum (去年出口了两千万, 一年出口三百来万; mixed: 去年 export 了 2千万): the firm's sales.
      String.raw`出口(?:了|到|得)(?=\s*个?\s*(?:\d|[一二两三四五六七八九十几]))`,
      String.raw`(?<=(?:一年|每年|去年|今年)\s*)出口(?=\s*(?:大概|大约|差不多)?\s*(?:\d|[一二两三四五六七八九十几]))`,
      '进口额',
      '贸易额',
      '成交额',
      '销售收入',
      '销售',
      '流水',
      '一年卖',
      // Not the days open (一年到头不休息: a day's sales every day).
      String.raw`一年(?:[跑做干忙整弄算]?下来|到头(?!\s*(?:都|基本上?)?\s*(?:不休|不歇|没休|都开|开着))|能做)(?![^，。,.!?；;]{0,3}还)`,
      String.raw`(?<!借|贷|贷款|还|期限|分|用|房租|租金|工资|利息|月供|还款|开支|支出|成本)一年(?=(?:${PARTICLES}|大概|大约|约|差不多|有|能有|能|也就|才|也|都|就|总共)*(?:${EARNING}个?|能做个?)(?:\d|[一二两三四五六七八九十几]|${ROUND_LEAD}))`,
      // Last year's takings (an English hedge between, as mixed messages write it: 去年 about 280万, round 26).
      // ...or an earlier year's, a particle between (前年一百万出头, 去年么差不多六十万, 前年 一百万出头: round 29, fix29b).
      String.raw`(?<!借|贷|贷款|还|期限|分|用|房租|租金|工资|利息|月供|还款|开支|支出|成本)(?:去年|大?前年|上一年)(?=(?:${PARTICLES}|大概|大约|约|差不多|有|能有|能|也就|才|\s|${EN_HEDGE})*(?:[做干卖进走](?:了|得到|到)?|能做)?(?:\d|[一二两三四五六七八九十几]))`,
      // ...the year's trading judged first, then its sum in the next phrase (去年不太好 三十来万, 今年还行 八十来万, 去年生意差 也就二十几万;
      // round 41): the year's takings, as 去年么差不多六十万 reads.
      String.raw`(?<=^|\s|[，,])(?:去年|今年|大?前年|上一年)(?=${YEAR_JUDGED}\s*[，,\s]\s*(?:也就|才|只有|就|大概|差不多|有|估计)*\s*(?:\d|[一二两三四五六七八九十几]))`,
      // ...就 or more or less said between (今年估计就五十来万, 今年估计要少点 一百二十万: round 28).
      // This year's, a filler or a verb between (今年也就一百二十万, 今年 prob 320万, beside next year's hope; not 今年20万够了, a sum wanted).
      // ...estimated as the year will end, 个 after the verb (今年估计能做个五六十万, 今年估摸着能有七十万, 今年应该能到一百万: round 27;
      // not said enough, 今年估计二十万够了).
      String.raw`(?<!借|贷|贷款|还|期限|分|用|房租|租金|工资|利息|月供|还款|开支|支出|成本)今年(?=(?:${THIS_YEAR_HEDGE}|\s|${EN_HEDGE}|${MORE_OR_LESS}|[做干卖进走](?:了|得到|到|个)?|能做个?|到)+(?:\d|[一二两三四五六七八九十几])(?![^，。,.!?；;]{0,8}?够))`,
      '年销',
      '卖了',
      '能卖',
      // Sold for a sum (卖得一百六十万左右; not 卖得好, 卖得动).
      String.raw`卖得(?:了|到)?个?(?=\s*(?:\d|[一二两三四五六七八九十几]))`,
      // The goods named between the period and the verb (一年鲜果加生豆卖两百来万, 一个月光茶叶就卖十来万;
      // fillers alone, 一年也卖个, are read by the period's own cue).
      String.raw`(?<=[年月天](?![也就都才能有还总共大概约差不多个]*卖)[^，。,.!?；;\s\d]{1,6}?)卖(?=个?\s*(?:\d|[一二两三四五六七八九十几]))`,
      // ...or the verb first, the goods after it, then the sum they made (一年光卖茶叶就有两百来万, 一年加工费加卖生豆的钱有
      // 八百来万, 去年卖核桃卖了六十万).
      String.raw`(?<=(?:[年月天]|去年|今年)[^，。,.!?；;\s\d]{0,6}?)卖[^，。,.!?；;\s\d]{1,6}?(?:的钱)?(?:就|也|都|能|大概|大约|差不多|总共|一共)*(?:有|是|能有|卖了|卖到|卖得)(?=个?\s*(?:\d|[一二两三四五六七八九十几]))`,
      // ...typed apart, a guess between the goods and the sum (一年 卖 蚕茧 大概 12w; round 43).
      String.raw`(?<=(?:一年|每年|去年|今年)\s?)卖(?=\s?[^，。,.!?；;\s\d]{1,6}?\s?(?:大概|大约|差不多|估计)?\s?(?:\d|[一二两三四五六七八九十几]))`,
      // Goods shipped, their worth before 的货 (去年出了一千二百来万的货, 一年出个三四百万的货).
      String.raw`出(?:了|个)?(?=\s*(?:\d|[一二两三四五六七八九十几百千])[^，。,.!?；;\s]{0,8}?的货)`,
      // A school's fees over a period (一年学费一百八十万, 一学期学费收入): its takings.
      String.raw`(?<=(?:一|每)(?:年|学期)(?:的)?)学费`,
      // Fees the firm collects (物业费能收五十来万, 房费一个月收八万, 门票一年能收六百万): its takings.
      String.raw`(?:(?:物业|管理|停车|学|房|场地|摊位)费|门票)(?=(?:能|可以|大概|一年|一个月|每个?月|每年|\s)*收(?!入))`,
      // ...or named after the collecting, rent with them (一年收的管理费加租金有个50万, 我们收租金一年五十万; round 65).
      String.raw`${COLLECTED_ZH}(?:${FEES_COLLECTED})(?:(?:加上?|和|跟|还有)(?:${FEES_COLLECTED}))?`,
      // Not 资产值 (the assets' worth).
      String.raw`(?<!资)产值`,
      // A year's contracts (软件外包, 工程): the firm's turnover.
      '合同额',
      '合同金额',
      // Goods moved (一年走货三千多万, 去年走了一千八百多万的货): a trader's turnover.
      '走货',
      String.raw`走了(?=个?(?:\d|[一二两三四五六七八九十几百千]))`,
      // Takings over a period: 一个月就收个二三十万, 一天能收两三千, 一天下来能收三千多 (round 29), 一个礼拜收百来万 (not a night's room price, 一晚收; nor goods
      // bought in, 去年收了一千多万的货: round 23);
      // and what the goods delivered bring in (每个月交奶能收十五六万, 一年交茶叶收得到八十来万, 每个月结账能收二十万).
      String.raw`(?:月|天|年|季度|礼拜|星期|周)(?:${PARTICLES}|能|也就|大概|大约|差不多|才|都|就|下来)*(?:${DELIVERED}(?:能|可以|也就|大概|差不多|才|都|就)*)?收(?:了|得到|得着|得|到)?个?(?=\s*(?:\d|[一二两三四五六七八九十几]|${ROUND_LEAD}))(?![^，。,.!?；;]{0,10}?的(?:货(?!款)|茶叶|鲜叶|毛茶|原料))`,
      // Payments a supplier collects from its customers: 一年货款要结六七百万.
      String.raw`货款(?:要|能|得)?(?:结|收)(?:了|到)?个?`,
      '年入',
      // Goods shipped or supplied, worth a sum (一个月出货三十来万, 一年供货两百多万, 出两千万缅币的货 below): a seller's turnover.
      '出货',
      // Not the supplier (供货商, 供货的老板).
      String.raw`(?<!给我们|给我)[供发]货(?!商|的|方|单位|老板|厂家)`,
      // The trade's takings named as business (一年生意额三百万, 一年的生意有五百来万, 营业款十几万).
      '生意额',
      String.raw`生意(?=(?:大概|大约|约|差不多|有|能有|也就|才|就|都|总共|在)*\s*(?:\d|[一二两三四五六七八九十几]))`,
      '营业款',
      // Money coming in over a period: 每个礼拜进账一万多, 上个月入账十二万; any noun of money come in
      // (进项, 进款, 进钱, 入项), and the till's takings (一天收银四五千).
      '进账',
      '入账',
      String.raw`(?<![投放])(?:进|入)(?:项|款|钱)`,
      String.raw`收(?:银|钱|款)(?=(?:收了?|了)?\s*(?:能|也就|大概|大约|差不多|有|能有|才|就)*\s*[\d一二两三四五六七八九十几][\d.一二两三四五六七八九十几百千万]*(?![\d.一二两三四五六七八九十几百千万]|\s*[个位名人]))`,
      // 一个月卖个七八万, 一天做得两三千, 每月干个十来万, 一年走个三四百万 (goods moved), 一个季度卖三十来万, a haulier's
      // 一个月拉得到十八万: sales over a period; spaced as owners type (一个月 做 个 5万, 一年 干个 3m).
      String.raw`(?:月|天|年|晚上?|季度|礼拜|星期|周)(?:\s*(?:${PARTICLES}|能|也就|大概|大约|差不多|才|都|就))*\s*(?:[卖做干整走销跑搞](?:了|得到|得着|得|到)?|[挣拉]得(?:到|着))\s*个?(?=\s*(?:\d|[一二两三四五六七八九十几大]|${ROUND_LEAD}))`,
    ],
  },
  { slot: 'assets', words: ['资产'] },
  {
    slot: 'price',
    words: [
      // Not one wanted right after its verb (想再买一张二手冷藏车 三十来万, Yunnan 张 for a truck; round 63): its price is the sum wanted.
      String.raw`(?<!${GOT_OR_JOINED}\s*)(?:每|一)(?:袋|斤|公斤|件|瓶|盒|箱|包|杯|份|碗|盘|饼|块饼|只|张|头牛?|头猪|吨|亩|车货?|方|趟|单)(?:卖|要|是|收|售价|价格|运费)?`,
      // A set sold (一套卖三百); not a set of a thing wanted, priced as a machine is (灶台一套要一万二, 设备一套要八万: the sum needed).
      // ...nor one more thing joined to a list of things wanted (买两台相机加一套灯 差不多三万; round 35, fix35c): the sum after is their total.
      String.raw`(?<!(?:机|器|炉|柜|床|椅|灶台?|设备|系统|软件)\s*)(?<!${GOT_OR_JOINED}\s*)(?:每|一)套(?:卖|要|是|收|售价|价格|运费)?`,
      // A piece's price, with its verb: 一个卖五块, 一块卖一块五, 每根要两块 (一个 alone is too common).
      // Not a worker named by what he does (一个卖货的小妹, 一个收银的, 一个要账的): a head count (round 24).
      String.raw`(?:每|一)(?:个|块|粒|颗|根|串|把|条|双|本|支|片|桶|罐|坛|筐|卷)(?:能卖|卖|要|收)(?![^\d一二两三四五六七八九十几，。,.!?；;\s]{1,3}的)`,
      // ...or with its yuan right after: 一个五块, 每个3元 (a piece's price, not a sum of the day's sales).
      String.raw`(?:每|一)个(?=\s*[\d一二两三四五六七八九十.]+\s*(?:块|元|毛))`,
      // 一台车大概五六万, 每个项目三四百万: the price of one vehicle, one job.
      // Not one wanted, right after its verb (想再添一台车 大概四十来万, 买一辆车 二十来万; round 32): its price is the sum wanted.
      // ...nor one more joined to a list of things wanted (想添三台缝纫机跟一台锁边机 一共五万左右; round 35, fix35c).
      String.raw`(?<!${GOT_OR_JOINED}\s*)(?:每|一)(?:(?:台|辆|部)车?|个?(?:项目|工程|单子?))(?=[^，。,.!?；;]{0,4}?(?:\d|[一二两三四五六七八九十几]))`,
      // A piece's price, its unit right after the sum's yuan and ending the phrase (茶具三千多块一个, 鲜花五块钱一把, 茶饼两百块一饼; round 39).
      String.raw`(?<=(?:块|元|块钱|毛)\s*)(?:一|每)(?:${PIECES})(?=\s|$|[，。,.!?；;、])`,
      // A load's price: 一个container大概30万, 每个货柜二十来万, 一车皮.
      String.raw`(?:每|一)(?:个|只)?(?:container|集装箱|货柜|柜|车皮)`,
      '单价',
      '收购价',
      '收购价格',
      '收价',
      '房价',
      // Not the owner alone (就我一个人, 我自己一个人 一天卖得七八百块), nor the one spoken for (她一个人加两个帮工 一个月…): a head count.
      String.raw`(?<!我|自己|[他她])(?:一|每)(?:晚上?|间房?|个?人|位)(?!上?(?:\s|能|也就|大概|都|就)*[卖做])(?:要|收|是)?`,
      '售价',
      '卖价',
      '零售价',
      '批发价',
      '进价',
      '定价',
    ],
  },
  {
    slot: 'other',
    words: [
      // A product's least sum (大额存单起存要二十万, 起投五万, 起购一万; round 54): the bank's, no figure of the owner's.
      String.raw`(?:起存|起投|起购|起售)(?:金额|门槛|点)?(?:要|是|得|为)?`,
      // Prepaid and membership cards sold or topped up (会员卡卖了二十来万, 储值卡充了三十多万, 客人充值的钱; round 33, fix33c, convention
      // 159): the customers' money paid ahead for services still owed, no sales and no sum of the firm's.
      // ...lessons or treatments sold ahead too (课时包卖了十几万, 疗程卡, 预收的学费; round 34, fix34d, convention 202).
      String.raw`(?:会员卡|储值卡|充值卡|预付卡|消费卡|购物卡|次卡|年卡|疗程卡|洗车卡|课时包|课包|代金券|储值|充值|(?:预收|预交|提前交)的?(?:学费|课时费|培训费)|(?:学费|课时费|培训费)预收)(?:的钱|的金额|余额)?(?:也|都|一共|总共|累计|大概|差不多)*(?:卖了|卖出去了?|卖出了?|充了|充值了?|办了|收了|有)?`,
      // A sum added to the one said before, opening the reply (再加五万, 再多加五万吧, 多加三万): the new sum is not said, only
      // the step, so it is no figure of its own (再借五万, a loan more, is the amount).
      String.raw`^\s*(?:那就|那|就)?(?:再多|再|多)加(?:上)?(?=\s*[\d一二两三四五六七八九十几])`,
      // Money owed to the firm: "欠我们20万", "应收账款50万".
      // ...差 for 欠 (还差我们十几万; round 53).
      String.raw`(?:欠(?:着)?|差)(?:我们|我|我家)(?:的)?(?:货款|钱)?`,
      String.raw`应收(?:账款|款)`,
      '利润',
      '净利',
      '毛利',
      '纯利',
      // ...and said net (净赚, 纯赚): what the firm keeps.
      String.raw`(?:净|纯)?赚了?`,
      // What reaches the owner's hand over a period (一年到手也就四十来万, 一个月真正到手两三万): what the firm keeps,
      // no sales (an offer's cash paid out, 到手9万, is read by offer.ts).
      String.raw`(?<=(?:年|月|天|季度|礼拜|星期|周|下来|到头)(?:${PARTICLES}|能|也就|大概|差不多|才|都|就|只有|真正)*)到手(?:的)?(?:钱)?`,
      // ...or after the takings said (一年流水八十万 到手二十万, 营业额十万 真正到手两万), no loan word between, in the next
      // clause too (去年流水六十来万，到手也就二十万).
      String.raw`(?=(?:真正|实际)?到手)(?<=(?:流水|营业额|营收|进账|入账|收入|销售额|卖|做)[^借贷，。,.!?；;]{0,10}?(?:[，,]\s*)?)(?:真正|实际)?到手(?:的)?(?:钱)?`,
      // Not 挣得到 after a period (一年挣得到个三十来万): the takings the period brings, as 整得到.
      String.raw`挣(?!得(?:到|着))了?`,
      '亏损',
      '亏了',
      '成本',
      '房租',
      '租金',
      String.raw`工资(?:支出)?`,
      // Stock held (库存压了五百多万): money tied up, no sum wanted.
      String.raw`库存(?:压了|有|值)?`,
      // What the firm keeps, not its turnover: 纯收入二十来万 beside 营业额六七十万.
      '纯收入',
      '净收入',
      '纯收益',
      // One order's value (接了个订单八十万): money owed for a job, no sum wanted.
      '订单',
      // Work taken on, by its value (接了四百多万的工程, 接了三百来万的活): no turnover, no sum wanted.
      String.raw`接了?(?=[^，。,.!?；;]{0,3}?(?:\d|[一二两三四五六七八九十几百千])[^，。,.!?；;]{0,5}?(?:万|千|亿|块|元|w)[^，。,.!?；;]{0,2}?的?(?:工程|活|项目|单子?|合同))`,
      // Money advanced in a season (收购季要垫三百来万, 先垫材料款一百万), with the loan asked after it
      // (想贷两百万): an outlay, not the sum wanted; said alone (要垫资五十万) it is the need.
      String.raw`垫(?:资|付|钱|款|了|着)?(?=[^，。,.!?；;]{0,6}?(?:\d|[一二两三四五六七八九十几百千])[^，。,.!?；;]{0,4}?(?:万|千|亿|块|元|w))(?=.*?(?:贷|借))`,
      // A payment made every month or year to a supplier or a plant (每个月要付给缅甸供应商一百来万, 每个月给原料厂打款两百万左右,
      // 每个月 supplier 那边要付 50万, 每个月要 pay 老挝 supplier 两三百万), a loan asked after it (想贷五百万): the firm's running
      // outlay, no sum wanted (round 30, fix30c).
      String.raw`(?<=${EVERY_PERIOD}[^，。,.!?；;\d]{0,12}?)(?:付|打款|打给|结给|转给|给|\bpay\b)[^，。,.!?；;\d]{0,16}?(?=\s*(?:\d|[一二两三四五六七八九十几]))(?=.*?(?:贷|借|\bloan|\bborrow))`,
      // ...or said as goods tied up: 仓库还压着五十多万的货, 手上压了二十万.
      // A buyer holding the firm's money, its sum after (拖着一百多万的货款, 压了我们八十多万).
      String.raw`(?:压|拖)(?:着|了)(?:我们|我家)?(?=[^，。,.!?；;]{0,3}?(?:\d|[一二两三四五六七八九十几])[^，。,.!?；;]{0,4}?(?:万|千|块|元))`,
      // ...or the sum, then not paid yet (工程款还有四百多万没结, 八十多万收不回来): owed to the firm, no sum wanted.
      ...owedNotPaid,
      // Goods bought in by their value (去年进了八百多万的货, 收了一千多万的货, 一年要收三四百万的茶叶): what the firm buys, no
      // sales and no sum wanted (round 23); not the payments collected (收两百万的货款).
      String.raw`(?<!销|出|卖)(?:进|收|采购|购进|拿)(?:了|过)?(?=\s?(?:个|好)?\s?(?:\d|[一二两三四五六七八九十几百千])[^，。,.!?；;]{0,5}?(?:万|千|亿|块|元|w)[^，。,.!?；;]{0,2}?的\s?(?:货(?!款)|茶叶|鲜叶|毛茶|原料))`,
      // ...or stock to be bought and held in a season (旺季要压两千万的货, 得压个几百万的库存): money tied up, not the sum wanted.
      String.raw`压(?=个?(?:\d|[一二两三四五六七八九十几百千])[^，。,.!?；;]{0,5}?(?:万|千|亿|块|元|w)[^，。,.!?；;]{0,2}?的?(?:货|库存))`,
      // The value of a thing owned (设备值100万, 库存价值五十万): neither assets, nor a sum wanted. Not the assets' own worth
      // (总资产值一千来万, assets 值 大几百万: the assets, round 21).
      String.raw`(?<!不|(?:资产|\bassets?)(?:总)?\s*)(?:价值|值)(?!不值|得|班)`,
      // The running costs of selling online over a period (一个月光快递就要四万多, 投流一个月要砸两三万; round 31).
      ...COST_OVER_PERIOD,
      // Goods sent back by their value (退货退了三万多, 退了快两万块的货, 退掉五六千; round 31): sales lost, no sum wanted.
      String.raw`退(?:货)?(?:退)?(?:了|掉了?)(?=\s*(?:快|近|将近|差不多|大概|好|个)?\s*(?:\d|[一二两三四五六七八九十几]))`,
      // Running costs: 油钱就要二十几万, 水电三千, 运费一个月两万 (not a carrier's fares, its takings: see CARRIERS_FARES).
      '油钱',
      '油费',
      VEHICLE_COST,
      // Road tolls (过路费, 高速费, 路桥费), and a cost listed after another (油费和过路费): the list's last word.
      String.raw`(?:过路|过桥|高速|路桥)费`,
      String.raw`水电费?`,
      // A lender's or a guarantor's fee (担保费一年两万, 手续费三千; round 44): paid by the firm, no sum wanted.
      String.raw`(?:担保|服务|手续|评估|中介)费`,
      String.raw`(?=运费)(?<!${CARRIER_TRADE}[^。.!?]{0,30})运费`,
      // Not inside 工人工资 (the workers' wages).
      String.raw`人工费?(?!资)`,
      // Utilities and fees: 每个月电费就要七八万, 物业费一年两万.
      // Not fees the firm collects (物业费能收五十来万, 管理费一年收三百万): its takings.
      String.raw`(?:电|水|燃气|气|网|物业|管理|停车|场地|摊位)费(?!(?:能|可以|大概|一年|一个月|每个?月|每年)*收)`,
      '店租',
      '铺租',
      // A wage per head: a staff word, then a period and a sum (员工每个月三千, 服务员一个月两千八).
      String.raw`(?:员工|工人|职工|伙计|雇员|服务员|店员|师傅|小工|帮工|司机|厨师|保姆|学徒|徒弟)(?:的)?(?:工资|工钱|薪水)?(?=\s*(?:每|一)个?(?:月|天|日)\s*(?:大概|大约|差不多|就|要|都|是|有|能拿|拿)*\s*(?:\d|[一二两三四五六七八九十几]))`,
      // A deposit paid or asked (押金, 保证金, 定金): a cost, no sum wanted.
      String.raw`押金|保证金|定金|订金`,
      // Taxes paid: 交了3万多的税, 税一年五万.
      // (Not a sum said with or without tax, 含税的话一年一百三十来万, 税后, 不含税: the sum's own; round 65.)
      String.raw`(?<!退|含)税(?:款|费|金)?(?![前后])`,
      // Premises rented, then the rent: 店面是租的一个月四千.
      '租的',
      // Money paid out or owed (每个月要付咖啡豆的款二十万, 交房租三万, 还欠供应商货款十五万): a cost or a
      // debt, not the sum wanted; not paid to us (客户付了), nor a deal (交易), nor a down payment (首付要二十来万:
      // what the owner must find); 垫资 (funds advanced on a job) is the need itself.
      String.raw`(?<![客户人家方收回首预])(?:支付|付|交(?![易通流货给])|(?:结|打|转)给)(?:了|掉|过)?`,
      String.raw`欠(?:了|着|下)?`,
      '支出',
      '开销',
      '开支',
      '注册资本',
      '注册资金',
      // A difference against another time (比去年同期少了八万, 比上个月多了两万; round 27, convention 36): how much more or less,
      // no sum of its own.
      String.raw`比[^，。,.!?；;\s\d]{0,6}?(?:少|多|低|高|降|涨|掉|减少|增加|下降|下滑|上涨)(?:了|掉了)?`,
      // Not the interest asked of the sum said right before it (三十万 利息好多, 五十万的利息高不高: round 27, convention 33):
      // that sum is the loan's (see the amount words).
      String.raw`(?<!${SUM_END}\s*(?:的\s*|[，,]\s*)?)利息|利息(?!${INTEREST_ASKED})`,
      '月供',
      '还款',
      '还贷',
      // A repayment ("每个月还贷款2万", "每月要还银行5万"), money spent ("装修花了40万"), a loan
      // taken before ("去年借的30万"): history, not the sum wanted.
      String.raw`(?:(?:每个?月|每期|按月)(?:要|得|需要)?)?还(?:贷款|银行|本金?|利息)`,
      // A loan being repaid, said after its sum (银行还有八万在还, 信用社那笔还有五万一直在还, 还有二十万贷款在还): no sum wanted; not 现在还.
      String.raw`(?<![现存实])(?:(?:的)?贷款)?(?:一直|还)?在还(?:着)?(?![款清上])`,
      // What the owner can repay each month ("每月能还2万", "一个月还一万左右还得起"): a repayment.
      String.raw`(?:每个?月|一个月|每期)(?:能|可以|大概|就|最多)*还(?![款清完上])`,
      String.raw`(?:每个?月|每期|按月)(?:要|得|需要)?还`,
      String.raw`花(?:了|掉|费)`,
      // Spent over a span (一年下来要花二十万, 算下来得花十来万): a running cost, not the sum wanted.
      String.raw`(?<=(?:下来|到头)\s*)(?:要|得|就|都|总共|一共|大概|差不多)*花`,
      String.raw`(?:去年|前年|之前|以前|上次|原来)(?:借|贷)的`,
      String.raw`(?:借|贷)(?:了|过)`,
      // The owner's own money toward a cost: 自己有二十万, 手头只有二十五万, 首付10w.
      // ...a pause between (有点积蓄，五万左右; round 39).
      ...OWN_FUNDS.map((w) => String.raw`${w}(?=\s*(?:个|了)?\s*,?\s*(?:\d|[一二两三四五六七八九十几]))`),
      // ...said after the sum (那三十万是自己有的, 二十万是我们自己出的; round 25): the owner's, no sum wanted.
      String.raw`(?<=(?:万|千|元|块|w|k)\s*)(?:是|都是)(?:我们|我)?自己(?:有的|出的|攒的|凑的|的)`,
    ],
  },
  {
    slot: 'amount',
    words: [
      // The interest asked of a sum said right before it, in the next phrase (八十万 利息高不高, 30万 interest 大概多少; round 27,
      // convention 33): the sum is the loan's, as "interest on 300k" reads; 的 spaced too (80万 的 利息大概多少; round 28, fix28c).
      String.raw`(?<=${SUM_END}\s*(?:的\s*|[，,]\s*)?)利息(?=${INTEREST_ASKED})`,
      '借款',
      // A bond or a guarantee a job asks, its sum after it (工资保证金要交二十万, 投标保证金 要交 20万; round 32, fix32d, convention 130):
      // money the firm must put up, the sum wanted.
      String.raw`(?:投标|履约|工资|工程|质量|预付款)(?:保证金|保函)(?=\s*(?:要|得|需要|还要)?\s*(?:交|缴|开|出|押)?\s*(?:个)?\s*(?:\d|[一二两三四五六七八九十几]))`,
      // The loan's amount named (金额改成1.5个w, 金额就二十万吧); not a deal's, an order's or a contract's.
      String.raw`(?<!合同|交易|订单|发票|结算|成交|销售|营业|贸易|出口|进口|工程)金额`,
      '借',
      '贷款',
      '贷',
      '融资',
      '需要',
      '需',
      '想要',
      // Not inside 主要, 重要 (主要卖熟普 is what a shop sells).
      // Nor someone asking us to pay (房东要我们交3个月押金): a cost, no sum wanted.
      // Nor more or less than before said of sales (今年估计要少点 一百二十万: round 28).
      // Nor 要么, either (要么二十万 要么三十万: round 41).
      // Nor a thing to ask or look up (具体的要问我家老倌, 要看账本; round 63).
      String.raw`(?<![主重])要(?!么|(?:我们|我|咱们)(?:交|付|给|出|垫|先)|(?:交|付|支付|结给|打给|转给)|[少多差好](?:了|得)?(?:一?点|一些|些)|问|查|翻)`,
      // A thing wanted priced per piece with 得 (切片机一台得两万, 炒灶一套得一万五), as with 要.
      String.raw`(?<=(?:机|器|炉|柜|床|椅|灶台?|车|设备)(?:一台|一套|一个|一张|一辆|一部))得`,
      // The part still missing (shortOf below): 还差二十万, 缺三十万.
      String.raw`还?缺口?`,
      // 差个30万, 还差20万 (short of); not 差不多 (about), 差点, 差价, nor trade gone poor (生意差的时候).
      // Nor a figure said wrong (讲差了, 记差了: a correction).
      // Nor what a buyer has yet to pay (尾款还差三十万没到账: owed to the firm, NOT_YET_IN).
      String.raw`(?<!生意|效益|行情|销路|收入|质量|[说讲报写记算估])还?差(?!不多|一点|点|评|价|旅|距|额|(?:的|嘞)?时候|些的时候|起来|的话|的月份|的日子)${NOT_YET_IN}`,
      '周转',
      // The sum gone with (算了 就按3w来, 就按三十万办吧; round 62): the loan's sum, as 还是借3万 reads.
      String.raw`(?<![不])按(?=\s*(?:\d|[一二两三四五六七八九十几])[^，。,.!?；;]{0,6}?(?:万|千|w|k|块|元)\s*(?:来|算|办|吧|弄|整|搞))`,
      // Yunnan 整点钱, 搞点钱 (get some money): a request, its sum perhaps in a later phrase.
      String.raw`(?<![不没别])(?:整|搞|弄|凑)(?:点|些)钱`,
      // What the money wanted is for, its sum in a later phrase (钱拿来修个晒场 二十万左右, 钱主要用来进货 三十万).
      String.raw`(?<![的了])钱(?:主要|就|是|要)*(?:拿来|用来|用于|要用在)`,
      // ...or its sum right after the verb of getting: 想弄五十万买台挖机, 打算搞个二十万.
      // ...with more or again between (这回想再整二十万, 想多弄十万).
      String.raw`(?:想|要|打算|准备|得)(?:再|多|另外)?(?:整|搞|弄|凑)(?=个?\s*(?:\d|[一二两三四五六七八九十几]))`,
      // A budget after a thing wanted, bought or replaced in its sentence (直播间的灯要换, 预算两万左右; 想买台烘干机 预算十万;
      // round 31, fix31a): the sum for it, as a budget beside a thing to buy reads in English; not the budget said had (预算只有十万).
      String.raw`(?<=(?:换|买|添|购置|整|要|想|需要|打算|准备|装|升级)[^。.!?]{0,30}?)预算(?!\s*(?:只|就|才)?\s*(?:有|不够|够))`,
      '筹集',
      '筹措',
      '筹',
      // Money to be advanced, its sum right after, with no loan asked after it (工资跟材料款要垫四十万, 这批活要先垫二十来万):
      // the owner's need, what must be found (with a loan after it, 要垫三百万 想贷两百万, it is the outlay above).
      String.raw`(?<=(?:要|得|需要|先)\s*)垫(?:资|付|支|进去|出去)?(?=[^，。,.!?；;\d]{0,8}?(?:个|上)?\s*(?:\d|[一二两三四五六七八九十几]))(?!.*?(?:贷|借|(?:整|搞|弄|凑)(?:点|些)钱))`,
      '投资',
      '投入',
      '投',
      '买设备',
      // The price of a machine wanted is the sum needed: 想整台新咖啡机三万块左右, 打算买辆车十来万.
      // ...one more of them (想再添一辆 车价四十万左右, 打算再买台; round 23).
      // ...张 too, a truck's or a bed's measure in Yunnan (想再买一张二手冷藏车 三十来万; round 63).
      String.raw`(?:想|要|打算|准备|计划)(?:再|多|另外)?(?:买|整|搞|弄|添|换|购置|添置)(?:[一二两三四五六七八九十几]+|\d+)?(?:台|套|辆|部|张)`,
      // A budget after a thing or a shop wished (想在昆明开个二店 预算五十万, 打算添台烘干机 预算二十万; round 31, fix31c), as
      // "planning a second shop, budget 400k" reads: the sum wanted; not with a loan or the owner's own money said after it.
      String.raw`(?<=(?:想|要|打算|准备|计划)[^。.!?]{1,16}?)预算(?![^。.!?]*(?:贷|借|自己有|手头|手上|攒|存了))`,
      '申请',
      '额度',
      '闲置',
      '闲钱',
      '理财',
      // ...not savings told beside a loan wished (有三十万存款 想再贷五十万; round 38, fix38b, convention 343): the owner's own money.
      String.raw`存(?!款[\s\S]*?(?:借|贷|loan|borrow))`,
    ],
  },
];

/**
 * The part of a cost still missing (还差二十万, 缺三十万): the sum to borrow, whatever total was
 * said before it; the total and the owner's own money are then no figure of the profile.
 */
export const shortOf: Words = [String.raw`还?缺口?`, String.raw`(?<![说讲报写记算估])还?差(?:个|了)?${NOT_YET_IN}`];
/** The owner's own money toward a cost (among the other cues above): 自己有, 首付, 攒了. */
export const ownFunds: Words = OWN_FUNDS;
/** The rest of a cost, to borrow, with no sum said: 剩下的想贷款, 其余的借. */
export const restAsked: Words = [
  // 剩下的想贷款, 不够的借, and in English words: 剩下 borrow.
  String.raw`(?:(?:剩下|其余|不够)的?|(?:其他|差)的)(?:部分|钱)?[^，。,.!?；;]{0,12}?(?:贷款?|借|融资|\bborrow|\bloan)`,
  // The rest after the verb: 想贷剩下的, 缺的那部分想借.
  String.raw`(?:贷|借|融资?)(?:款)?(?:剩下|其余|不够)的(?:部分|钱)?`,
];

/**
 * What may stand between a year and the sum after it, when that year is the sum's period
 * ("一年三百来万", "一年也就两百多万", "一年 大概五百万"): the sales over a year, no term.
 */
export const yearSumGap: Words = [
  ...['大概', '大约', '约', '差不多', '有', '能有', '也就', '才', '就', '都', '总共', '也', '能'],
  // The sum said to be the period's (一个月是两万, 一年是八十来万).
  '是',
  // Particles said after the period (一年么七八十万, 一个月嘛三四万): Yunnan's 么 among them.
  ...PARTICLES.split('|'),
  // Which months the sum is for (一个月好的时候七八万, 一个月淡的时候两三万, 一个月最多十来万): still the month's sum.
  String.raw`(?:生意)?(?:最?好|差|旺|淡|忙|闲|多|少)(?:一?点)?的时候`,
  ...['最多', '最少', '平时', '一般', '顶多', '撑死', '撑死了'],
  // Not so much as said before, the right sum after it (一年没得那么多 也就四十万, 一年哪有那么多哦 顶多三十来万), a verb of
  // selling between (一年哪里卖得到那么多, 卖不到那么多), or in English words (一年没有 that much, 大概 40万).
  String.raw`(?:没得|没有|没|哪有|哪里有|哪儿有|(?:哪里|哪儿|哪)?[卖做挣赚整搞](?:得到|得着|不到|不了|不着))\s?(?:那么|这么|\b(?:that|so)\s)\s?(?:多|much\b)(?:哦|嘛|啊|哈|的|啦)?[，,]?`,
  // The period said again as the question asked it (每个月的话 差不多四万, 一年来说): still the sum's.
  String.raw`的话(?:呢|嘛)?|来说|来讲`,
  // ...or echoed as a question before the answer ("per month? roughly 35k", 一个月？三万左右).
  String.raw`[?？:：]`,
  // The channels or shops whose sales the sum adds up (一年线上线下加起来两百万, 一个月店里网上一共五万, 一年两个店十来万; round 35,
  // fix35d, convention 231): still the period's sales.
  String.raw`(?:线上线下|线下线上|店里(?:和|跟|加)?网上|网上(?:和|跟|加)?店里|门店(?:和|跟|加)?网上|两边|两家店|两个店|几个店|几家店)`,
  // A sum put right or said gross (一年其实也就六十来万, 一年毛的有3千5百万, 一年加起来一百万).
  ...['其实', '实际上', '实际', '毛的', '毛算', '一共', '拢共', '加起来', '算下来'],
  // A sum guessed or put at least (一年应该有六十五万, 一年估计八十来万, 一年少说也有五十万).
  ...['应该', '估计', '可能', '大致', '起码', '至少', '少说'],
  // ...guessed roughly, in Yunnan words too (一年毛估估七十来万, 一个月估摸着五万, 一年粗略算一百万).
  String.raw`毛估估?|估摸着?|粗略?算(?:一下)?|大约摸|约莫`,
  // A verb of selling between, spaced as owners type (一个月 做 个 5万, 一年 卖 个 200万): the sales' period.
  String.raw`(?:[卖做干整走销跑搞](?:了|得到|得着|得|到)?|[挣拉]得(?:到|着))`,
  '个',
];

/**
 * A figure's label said alone before a pause, its figure after the comma (一年营业额，一百万左右; 员工嘛，十来个; 想借的钱，五十万;
 * 期限的话，两年): the label and the figure are one clause (pipeline/figures.ts `clauseBounds`). Only the end of the words before
 * the comma is matched, a filler of the pause after the label allowed (嘛, 呢, 的话).
 */
export const labelPaused: Words = [
  String.raw`(?:营业额|营收|流水|收入|销售额|销售|产值|生意额|营业收入|产量|员工|工人|伙计|人手|人数|员工数|工人数|小工|师傅|金额|借款金额|贷款金额|额度)`,
  String.raw`(?:想|要|打算|准备)(?:借|贷)的(?:钱|款|数)?|(?:借|贷)多少|(?:贷款|借款|还款)?期限|(?:借|贷)多久|分几年`,
  // The owner's own money named, a pause, then its sum (手上有点积蓄，五万左右; round 39): one clause.
  String.raw`积蓄|储蓄|存款|自己的钱|老本`,
  // A year judged, a pause, then its sum (去年生意不好，才五十万; round 41): one clause, the year's takings.
  String.raw`(?:去年|今年|大?前年|上一年)${YEAR_JUDGED}`,
];
/** The fillers of a pause after a figure's label (嘛, 呢, 的话): see labelPaused. */
export const labelPause: Words = [String.raw`(?:的话|嘛|呢|啊|呀|吧|么|哦|噢|是|有|就是|大概是)`];

/**
 * A period echoed as a question at the start of a reply, the bot's own words asked back (每个月？三万左右, 一年的话？八十来万): the
 * period of the sum after it, in one clause with it (pipeline/figures.ts).
 */
export const periodEchoed: Words = [String.raw`(?:一|每个?|一个)(?:年|月)(?:的话)?(?:吗|呢|啊)?`];

/**
 * A sum said enough for what it will be used for, right after it (整个二十万就够了 拿来装修门面, 十五万就够了 用来翻新一下店铺):
 * the sum needed, the amount. Said enough alone (今年20万够了, 大概35w 够了) it stays an unlabelled sum for the dialog.
 */
export const enoughForUse: Words = [
  String.raw`(?:就|也|应该|基本上?|差不多)*(?:足够|够)(?:了|用了?)?\s*[，,]?\s*(?:我们|主要|就是)?(?:拿来|用来|用于|拿去|用在)`,
];

/**
 * A sum said enough with 就, and nothing after it but particles (50w左右就够了, 有个二十万就够用了, 八万块就差不多了,
 * 一百五十万就可以了): enough says a need, so the sum is the amount, as with its use said (round 23). Said enough with no 就
 * (今年20万够了) stays an unlabelled sum, and a sum moved to another (降到十二万就行) keeps replacing (pipeline/figures.ts).
 */
export const enoughAlone: Words = [
  // ...its clause ended, another matter told after it (二十万就够了 就是我们的地是租的…, 50w 就够了 我们鱼塘的承包合同…; round 43).
  // (...typed a word at a time: 30w 就 够 了; round 46.)
  // (...enough said in English: 3w 左右 就 enough 了; round 50.)
  String.raw`(?:块钱?|元)?\s*(?:左右|上下|的样子|出头)?\s*就\s?(?:足够|够用?|差不多|可以|行|ok|enough)\s?了?[吧啊嘛哦哈啦的噶咯]*\s*(?:[。.!！~]*\s*$|[。.!！~，,；;]|\s|(?=就是|不过|但是|可是))`,
  // ...or said to be enough by a guess, no 就 (十万应该够了, 八万估计够用, 二十万左右应该够用): "should be enough", the amount wanted
  // (round 35, corpus convention 210); 今年20万够了, a plain 够了, stays money (convention 13).
  String.raw`(?:块钱?|元)?(?:左右|上下|的样子|出头)?\s*(?:应该|估计|大概|我看|我觉得)(?:是)?(?:足够|够用?)了?[吧啊嘛哦哈啦的噶咯]*\s*[。.!！~]*\s*$`,
];

/**
 * What may stand before a sum that opens a reply (大概五万, 差不多二十万, 就八万块): hedges only. A reply opening with its sum,
 * then what the money is for (八万块够用了 买台二手小货车, 十万上下吧 想把隔壁铺子也租下来, 二十万 用来进货): the sum wanted (round 27,
 * `sumWithItsUse` in pipeline/run.ts).
 */
export const sumOpensReply: Words = [String.raw`大概|大约|差不多|估计|可能|应该|也就|就|要|需要|得|整个|有个|嗯|额|呃`];

/**
 * A wish to do something, then its sum with only "about" between (想 renovate 一下教室 大概 25万, 想把店面重新装修一下 差不多
 * 二十万): the sum wanted for it. Not a sales target (想做到, 想卖到: figures12), nor a question asked (想问下, 想了解).
 */
export const wishThenSum: Words = [
  String.raw`(?:想|打算|准备|计划)\s*(?!(?:做|卖|达|搞|冲|赚|挣)到|赚|挣|问|了解|知道|看看|咨询)[^。.!?；;\d]{1,20}?[\s，,]*(?:大概|大约|差不多|估计|预计|可能)\s*(?:要|得|需要)?\s*`,
];

/** Bare verbs of wanting: after a cost word ("房租要2万") they say what the cost is. */
export const wanting: Words = ['要', '需要', '得'];

/**
 * Units of goods, work and events counted over a period ("一年收个两千来吨", "一天四五百件",
 * "一个月结一次账"): a duration before such a count is its period, not a loan term.
 */
const volumeUnits: Words = [
  '吨',
  '公斤',
  '千克',
  '斤',
  '件',
  '箱',
  '筐',
  '车',
  '趟',
  '单',
  '批',
  // Containers bought over a period (一个月进六柜): a purchase rhythm, not a loan term.
  String.raw`(?:货|集装箱)?柜`,
  '车皮',
  '包',
  '袋',
  '桌',
  '碗',
  '头',
  '只',
  '项目',
  '个?工程',
  '个?团',
  '个?客人',
  // People served over a period (学车的一年大概一千五百人, 一天接待两百人次): customers, no term.
  String.raw`人次?(?!民币)`,
  String.raw`次(?!性|还)`,
  // Events, and people taken in or served, counted over a period (一年接一百多场, 一年招两千来个学员, 一年带四百多名学生):
  // an intake or a count of the work, no term.
  String.raw`场(?!地|子|所|面)`,
  String.raw`(?:个|名|位)(?=\s*(?:学员|学生|学徒|孩子|小孩|娃娃?|老人|客户|病人|患者|会员|游客|订单|单子|婚礼|活动|演出|宴席|酒席))`,
  // Loads counted, their noun said before: 一个container大概30万，一年进五十几个.
  String.raw`个(?=\s*(?:$|[，。,.!?；;]))`,
];
const NUMERAL = String.raw`(?:\d|[一二两三四五六七八九十几百千])`;
/** Before a volume: "一年收个两千来吨", "一年大概卖一百吨", "一年收购量几百吨", "一箱一年摇二三十斤蜜". */
const volumeAfter = String.raw`[^\s\d，。,.!?；;、一二两三四五六七八九十几百千年月天日周季]{0,4}?${NUMERAL}[\d.一二两三四五六七八九十几百千万]*(?:来|多)?\s*个?\s*(?:${volumeUnits.join('|')})`;

/**
 * The whole year said of a sum (全年下来也就六十万, 一年总共八十来万): beside a season's or a month's sales,
 * the year's revenue as the owner sums it up.
 */
export const wholeYear: Words = [
  String.raw`全年(?:下来|加起来|算下来)?`,
  String.raw`一整年`,
  String.raw`整年`,
  String.raw`一年(?:下来|到头(?!\s*(?:都|基本上?)?\s*(?:不休|不歇|没休|都开|开着))|总共|一共|加起来|算下来|合计)`,
  String.raw`(?:总共|一共|加起来)一年`,
];

/** In the order of FIGURE_MARKS (lexicon/types.ts); every locale lists every mark. */
export const figureMarks: readonly MarkWords[] = [
  { mark: 'per-year', words: [] },
  {
    mark: 'per-month',
    words: [
      String.raw`月(?:营业额|营收|收入|销售额|流水|销售)`,
      String.raw`每个?月`,
      '一个月',
      '月均',
      String.raw`上个?月`,
      String.raw`\/\s*(?:月|month|mo)\b`,
    ],
  },
  {
    mark: 'per-week',
    // A week's sales: 一个礼拜能卖个两万, 每周流水三万多, 一星期.
    words: [String.raw`(?:每个?|一个?|上个?)(?:礼拜|星期)`, String.raw`每周`, String.raw`周(?:营业额|流水|销售额)`],
  },
  {
    mark: 'per-day',
    words: [
      String.raw`日(?:营业额|营收|收入|流水)`,
      '每天',
      '一天',
      '日均',
      String.raw`\/\s*(?:天|day)\b`,
      // A night's sales (烧烤, 夜市): 一晚上卖三四千; typed a word at a time (一晚上 能卖 两千来块: round 34).
      String.raw`(?:一|每)晚上?(?=(?:\s|能|也就|大概|都|就)*[卖做])`,
      // ...or an evening's sum with only fillers or a word of takings before it (一晚上差不多三千, 一晚上 流水 四五千).
      String.raw`(?:一|每)个?晚上(?=(?:\s|能|也就|大概|差不多|都|就|流水|营业额|收入|有)*(?:\d|[一二两三四五六七八九十]+\s*[千百万块]))`,
    ],
  },
  // A semester's fees (一学期学费收入一百二十万, 每学期): half a year's.
  { mark: 'per-half-year', words: [String.raw`(?:每个?|一个?|上个?)学期`] },
  // A quarter's sales (一个季度卖三十来万, 每季度营业额, 上个季度, 这个季度, 本季度, 季度流水): a fourth of the year's.
  {
    mark: 'per-quarter',
    words: [String.raw`(?:每个?|一个?|[上这]个?|本)季度|每季(?!节)`, String.raw`季度(?:营业额|营收|收入|销售额|流水|销售)`],
  },
  { mark: 'per', words: [] },
  {
    mark: 'people-label',
    // ...and people hired (请了五个, 雇了三个): the staff counted after.
    // 手下 (under me): 手下有七八个, 手下十几个.
    words: [
      ...['员工', '职工', '雇员', '工人', '人数', '人员', '从业人员', '团队', '伙计', '手下', String.raw`(?<![要想再])(?:请|雇|招)了`],
      // 人 alone as the subject of a count, at a clause's start or after the firm's place (人是9个, 店里人有十二个, 我们人一共七个);
      // ...set off as the topic by a particle, or with 就 (人么就五个, 人嘛十来个, 人就三个; round 25).
      // ...其实 or 现在 before the verb (人其实是二十二个, 人现在有十五个; round 62).
      String.raw`(?<=^|[\s，,。.!！?？;；]|我们|咱们|店里|厂里|公司|馆子里|园子里)人(?=\s*(?:其实|实际上?|现在|目前|应该)?\s*(?:(?:么|嘛|呢)\s*(?:是|有|就|只有|也就|一共|总共|大概|差不多|约)?|是|有|就|只有|也就|一共|总共|大概|差不多|约)\s*[\d一二两三四五六七八九十几])`,
      // ...or said few or many first (我们人不多 5个, 人手不多 就三个; round 67, a tester): the count after.
      String.raw`(?<=^|[\s，,。.!！?？;；]|我们|咱们|店里|厂里|公司)(?:人|人手)(?:也|倒)?(?:不多|不算多|少|比较少|不少|多)(?=\s*(?:就|只有|也就|一共|总共|大概|才)?\s*[\d一二两三四五六七八九十几]+\s*(?:个人|个|人|名)?(?:$|[\s，,。.!！?？;；]))`,
      // A shift's people (两班倒 每班三个, 一个班五个): the count after it (times the shifts: figures.ts unitsEach).
      String.raw`(?:每|(?<=班倒\s*|[两三]班\s*)一)个?班(?![长级主费车])`,
      // The owner's own side set against another's (我表哥的厂子五十多个工人 我自己这边就三个): the count ends its phrase.
      String.raw`(?:我|我们)(?:自己)?(?:这边|这里)(?:就|只有|也就|有)?(?=\s*[\d一二两三四五六七八九十几]+\s*(?:个人|个|人|名)?(?:$|[\s，,。.!！?？;；]))`,
    ],
  },
  { mark: 'strictly-below', words: ['不到', '不足', '少于', '低于', '不满'] },
  // 加我三个, 连我五个: the owner added, then the total with the owner in it (not 加上我小舅子, my kin added).
  {
    mark: 'total',
    words: [
      '一共',
      '总共',
      '共',
      '合计',
      '加起来',
      // ...and the owner with the spouse: 算上我和我老婆一共七个.
      // ...加 alone as well: 请了六个人 加我和老公8个.
      // ...or with one of the family (算上我和我爹 一共九个, 算上我爹 一共五个; round 41).
      String.raw`(?<!不|没|没有)(?:加上?|连|算上|包括|包含)我(?:和|跟|同)我?(?:${COUNTED_KIN})(?:在内)?`,
      // ...or one of the family added with the total right after (店员7个 加我老公9个; round 67, a tester): the total.
      String.raw`(?<!不|没|没有)加上?我的?(?:老公|老婆|媳妇|爱人|老爹|老妈|爸|妈)(?=\s*(?:一共|总共|共|合计)?\s*(?![一1]\s*(?:个|人))[\d二两三四五六七八九十几])`,
      // The owner alone added (加我三个), after the owner with the spouse.
      String.raw`加我(?:(?=老婆|老公|媳妇|爱人)|${NOT_MY_KIN})`,
      String.raw`(?<!不|没|没有)(?:加上|连|算上|包括|包含)(?:我(?:自己|${COUNTED_KIN})?${NOT_MY_KIN}|老板娘?)(?:在内)?`,
      // ...or the couple counted in with 连 or 算上 (连我两口子一共七个; round 64, judge-233), not added with 加 (另外还有).
      String.raw`(?<!不|没|没有)(?:连|算上|包括|包含)我们?(?:两口子|俩口子|夫妻俩?)(?:在内)?(?=\s*(?:一共|总共|共|合计)?\s*[\d一二两三四五六七八九十几])`,
      // ...加上 with the total right after, more than the couple's own two (员工十个 加上我两口子十二个; round 65).
      String.raw`(?<!不|没|没有)加上我们?(?:两口子|俩口子|夫妻俩?)(?=\s*(?:一共|总共|共|合计)?\s*(?![两二2]\s*(?:个|人))[\d一二两三四五六七八九十几])`,
      '全部',
      String.raw`总的?`,
    ],
  },
  {
    mark: 'not-staff',
    words: [
      // 服务 as serving, not inside the role that does it (服务员, 服务生).
      ...[
        '接待',
        String.raw`服务(?![员生])`,
        '客人',
        '顾客',
        '客户',
        '游客',
        '用户',
        '会员',
        '粉丝',
        '学生',
        '学员',
        '家长',
        '乘客',
        '病人',
      ],
      ...['患者', '食客', '住客', '社员', '人口', '每天', '每日', '日均'],
      // The patients or customers seen, counted as a volume (一天门诊量五六十个人, 客流量两百人, 就诊的, 接诊; round 34, fix34d, convention 201).
      ...['门诊量', '就诊', '接诊', String.raw`(?:客|人)流量?`],
      // People who come for what the firm serves (一天来吃饭的, 来住的, 都来洗车的): customers; not those who come to work,
      // nor 来 inside a word (原来说的).
      String.raw`(?<=^|[\s，,]|天|都|常|是|些|月)来(?!帮|干活|上班|打工|做工|做事)[\u4e00-\u9fff]{1,3}?的`,
      // People in a chat group or following the shop (微信群五百人, 好友三千多个).
      ...['微信群', '群里', '好友'],
    ],
  },
  // People still to be hired: 还要再雇二十个工人, 准备招五个服务员, 还想多请两个, 再请两个. Not hired
  // already (再请了一个), nor 请问; the season's hands (摘果的时候要请二十几个) are told apart in figures.ts.
  {
    mark: 'to-hire',
    // ...typed apart (旺季 会 多 请 3个 part time; round 54).
    words: [String.raw`(?:还要|还想|还得|要|想|准备|打算|计划|需要|再|多)\s?(?:再|多)?\s?(?:雇|招聘|招|请)(?!了|过|你|您|问)`],
  },
  // The count one has now, beside people still to hire: 还想招两个司机 目前有七个.
  { mark: 'staff-now', words: [String.raw`(?:现在|目前|眼下|如今|现有|暂时)(?:店里|厂里|这边|手下|手上|一共)?(?:有|是|就|只有|才|请了)?`] },
  // A count inside the total said beside it: 二十五个人 包括两个司机, 算上两个司机, 员工十五个其中司机四个.
  // ...and a group forgotten, after a count said to be the real one: 其实是九个 忘记算送货的两个师傅了 (the nine hold the two; round 63).
  { mark: 'included', words: [String.raw`(?<!不|没)(?:包括|包含|算上|连同)|其中(?:有)?`, FORGOTTEN_AFTER_REAL_COUNT] },
  // A count added to the staff counted before: 员工十二个 加上两个兼职, 另外还有三个临时工.
  // 加 alone before the hands hired (家里 4个人 加请的 2个).
  // ...加 alone right before a count (员工十二个 加 四个 工人, 加两个兼职; round 50).
  // ...hands hired besides said with 再, 还 or 又 (家里五个人再请了三个阿姨; round 65).
  {
    mark: 'added',
    words: [
      String.raw`(?:再?加上|外加|另外(?:还)?(?:有|请了?|雇了?)?|(?:再|还|又)(?:请|雇)了|还有|再加|加(?=\s*(?:请|雇)的)|(?<![增追参])加(?=\s*(?:[一二两三四五六七八九十几]{1,3}|\d{1,3})\s*(?:个|名|位)))`,
    ],
  },
  // "50万不够，要八十万": the sum before is not enough, the one after is the figure.
  {
    mark: 'not-enough',
    words: [
      // ...hedged (五十万怕是不够 要六十五万; round 61, 716).
      // ...the least needed said after (三十万肯定不够 起码要四十五万; round 63).
      String.raw`(?:怕是|恐怕|估计|可能|应该|肯定|根本)?(?:不够|太少|有点少|有些少|少了点?|不行)(?:用)?(?:吧|啊|哦)?[,\s]*(?:起码|至少|最少|最起码)?(?:(?:还是|得|要|需要|想要)?(?:借|贷)?)\s*(?=\d|[一二两三四五六七八九十几])`,
      // A sum changed to another (60万改80万, 三十万改成五十万): set aside for the one after, as one not enough.
      String.raw`(?:改成|改为|换成|改)\s*(?=\d|[一二两三四五六七八九十几])`,
      // A sum said too much, then the one wanted (三十万太多了 还是借二十万, 五十万怕是借多了 借三十万算了):
      // set aside for the one after, as one not enough.
      ...tooMuch.map((w) => String.raw`${w}${TOO_MUCH_THEN}`),
      // A figure said before, then the one gone with after all (借八个月 … 还是借一年; round 66, a tester's ham workshop).
      String.raw`(?<=[\d一二两三四五六七八九十半][^，,。；;！？!?]{0,30}[,，\s][^，,。；;！？!?]{0,20})还是(?:借|贷)(?:个)?\s*(?=\d|[一二两三四五六七八九十半几])`,
      // A term said too long or short, then the one wanted (三年太长了 两年就得了, 半年太短 还是一年).
      String.raw`(?:太|有点|有些)(?:长|久|短)${TOO_MUCH_THEN}`,
      // A sum said not enough at the end of its clause, the sum wanted said before (还是借五十万吧 三十万不够整).
      String.raw`(?<=(?:借|贷|要)[^，,。；;！？!?]{0,12}[,，\s]+[^，,。；;！？!?]{0,10})(?:不够|太少)(?:用|整|搞|弄)?(?:了|啊|哦|嘛|啰)?(?=\s*$|[，,。；;！？!?])`,
    ],
  },
  // ...and a sum said not needed or not borrowed after all, before it (用不着五十万, 不需要一百万, 不贷五十万了; round 27).
  {
    mark: 'denied',
    words: [
      // ...with the sales' verb between (一年不是卖八百万 是八十万; round 61, 716).
      // ...a wish before the verb (不是要借三年; round 65).
      String.raw`(?<!是)不是(?:要|想)?(?:借|贷|要|需要|说|卖|做|收)?`,
      '并非',
      '而非',
      // ...or no longer wanted (期限不要三年了 两年就得了; round 65).
      String.raw`(?:用不着|用不了|不需要|不用|不贷|不借|不想要|不要)(?=\s?(?:个|那)?\s?[\d一二两三四五六七八九十几])`,
    ],
  },
  // A term stretched or cut to a span (拉长到三年, 延长到五年, 缩短到一年; round 30): the term supposed.
  {
    mark: 'term-before',
    words: ['期限', '借', String.raw`贷款?`, '用', '还款', '还', '分', '周期', '为期', String.raw`(?:拉长|延长|缩短|拉|延)(?:到|成)`],
  },
  {
    mark: 'term-after',
    words: [
      '还清',
      '还完',
      // Not a period it cannot be repaid in (一年还不上; Yunnan 一年还不赢, 还不及: round 28): the worry, no term.
      String.raw`还(?!不上|不了|不起|不清|不完|不过来|不赢|不及|不脱)`,
      '期',
      '内',
      '以内',
      '之内',
      String.raw`的(?:期限|贷款|借款)`,
    ],
  },
  {
    mark: 'age-before',
    words: [
      '成立',
      String.raw`(?:刚|才)开(?:业|张)?`,
      '开了',
      '开业',
      '开店',
      '开张',
      '做了',
      '干了',
      String.raw`经营了?`,
      String.raw`营业了?`,
      '创办',
      '创立',
      '注册',
      // Registered so long (登记了五年, 注册了三年): the firm's age.
      String.raw`(?:登记|注册)了`,
      // Open so long, 才 before the span (开二手车行才五个月, 注册公司才半年; round 43): the firm's age.
      String.raw`(?<=(?:开|开了|注册|成立|办)[^，。,.!?；;\s\d]{1,8}?)才`,
      // A licence had so long (执照才办下来四个月, 营业执照刚拿到三个月, 执照办下来才半年; round 43): its age, no term.
      String.raw`(?:执照|证)(?:是)?(?:才|刚|刚刚)?(?:办|拿|批|领)?(?:下来|到手|到|好)(?:了)?(?:才|刚|刚刚)?(?:满)?`,
      '入行',
      '已经',
      '过去',
      // A time from now (过两年可能往缅甸发货, 再过半年): when, no term; not a bound (不超过两年).
      String.raw`(?<![借贷还用超])过(?=\s*(?:[一二两三四五六七八九十几半]|\d))`,
      '最近',
      '近',
      '这',
      // Not 前前后后 (all told) nor 前后 (about): round 33.
      String.raw`前(?!前?后)`,
      // Those years pointed at, a hard time told of them (那两年 covid 搞得半死, 那几年亏惨了: round 27); not a reply choosing the term
      // (那两年吧, 那两年的话, 那两年).
      String.raw`那(?=(?:几|两|一两|头两?)年(?!\s*(?:[吧呢啊嘛哦噢]|的话|好了|算了|也行|可以|就行|还|借|贷|分|够|行不|$)))`,
      // Orders booked ahead so long (订单排到三个月后了, 单子排满了两个月, 活排到了半年后; round 35, open): the backlog, no term.
      String.raw`排(?:到|满|了)了?`,
      // A span the firm was closed: "疫情关了半年".
      '关了',
      '停了',
      String.raw`(?:关门|停业|歇业|停工)了?`,
      // A hard time told with its span, the span right after a verb's 了 (疫情搞了三年, 路断了八个月, 旱了两年, 亏了 3 年: round 28):
      // a span gone by, no term; not a loan's or a change's verb (借了, 贷了, 分了, 改成了), nor 太长了 before a term said after.
      // ...typed apart, a space before the span or the verb (干旱 持续 了 五个月, 疫情 搞 了 三年: round 29); not a clause closed by
      // enough or done (三十个就够了 一年还清, 好了, 算了: the term after it), nor a span's own 了 (不要三年了 两年就得了; round 65).
      // ...大半年 too (门口修路修了大半年, 围挡 了 大半年; round 67, judge-239).
      String.raw`(?<![借贷还分定成为到多少够好完行算对错年月]\s?|太.\s?)了(?=\s?(?:[一二两三四五六七八九十几半]|大半|\d))`,
      // ...or a hard time named before its span (疫情三年, 疫情那三年).
      String.raw`疫情(?:的|那|这)?`,
      // The months worked in a year (一年也就干七八个月, 一年能开工八个月; round 32, fix32d): the work's span, no term.
      String.raw`(?<=(?:一|每)年[^，。,.!?；;\d]{0,8}?)(?:干|做|开工|跑|忙|出车)(?:个)?(?=\s*[\d一二两三四五六七八九十几]+\s*(?:来|多)?\s*个?\s*(?:来|多)?\s*月)`,
      // A stop told as what happens each time (雨季一停工就是三个月, 一到冬天就要歇三个月, 每年都要停两个月; round 33, fix33a, corpus
      // convention 145): the stop's span, no term, as a stop gone by reads (convention 132).
      String.raw`一\s*(?:停工|停产|停|歇业|歇|关门|关|封路|断路)\s*(?:就是|就要|就得|就会|就)\s*(?:停|歇|关)?\s*(?:个)?`,
      String.raw`(?:就|都|每年都?|每次都?)\s*(?:要|得|会)?\s*(?:停工|停产|停|歇业|歇|关门|休息|放假)\s*(?:个)?(?=\s*[\d一二两三四五六七八九十几半]+\s*(?:来|多)?\s*个?\s*(?:来|多)?\s*(?:月|天|礼拜|星期|周))`,
    ],
  },
  // ...or something did not happen in it: "厨师三个多月没来".
  {
    mark: 'age-after',
    words: [
      '了',
      String.raw`前(?!前?后)`,
      '以前',
      '之前',
      '来',
      '多了',
      '的历史',
      '历史',
      '经验',
      '的经验',
      '老店',
      '的老',
      String.raw`没(?:来|开门?|营业|生意|上班|干)`,
      // A year said with the months worked in it (一年也就干七八个月, 一年能开工八个月; round 32, fix32d, convention 132): the work's
      // year, no term.
      String.raw`(?:也就|只能|只有|只|就|能|大概|基本上?|\s)*(?:干|做|开工|跑|忙|出车)(?:个)?(?=\s*[\d一二两三四五六七八九十几]+\s*(?:来|多)?\s*个?\s*(?:来|多)?\s*月)`,
      // A span of a hard time named after it (三年疫情下来, 两年疫情): gone by.
      '疫情',
      // The wait for a farm's first yield (要三年才能收, 还要几年才有收成, 两年才挂果; round 37, fix37a, convention 277): no term.
      String.raw`才(?:能|可以|会)?(?:收|采|摘|割|有收成|有收入|有产量|挂果|结果|投产|出栏|见效益?|回本)`,
      // The wait till the firm opens (还有半个月开业, 再过两个礼拜就开张, 下个月才营业; round 39): no term.
      String.raw`(?:就|才|要)?(?:开业|开张|开门|营业|开店|开工|\bopen\b)`,
    ],
  },
  // A figure's own period: "营业额一年800万", and costs, profits and output: "房租一年两万", "产量一年3千吨".
  {
    mark: 'rate-before',
    words: [
      '每',
      // What the thing just said comes to in a year (这笔一年下来是好多; round 48, 478): its cost's period.
      // ...or the way just told, pointed at (那这样一年下来要出好多利息; round 57, convention 604).
      String.raw`(?:这个|这笔|那个|那笔|这样|这么)\s?(?=一年(?:算)?下来)`,
      // A selling cost's period after it (投流一个月要砸两三万, 快递费一个月八千多; round 31): the cost's, no term.
      COST_THEN_PERIOD,
      SHOP_OVER_PERIOD,
      // A margin's period: 毛利率一年百分之三十, 利润率一年两成.
      String.raw`(?:毛利|净利|利润)率?`,
      // A fee's period (担保费一年要交百分之三; round 44).
      String.raw`(?:担保|服务|手续|评估|中介)费`,
      '营业额',
      '营收',
      '收入',
      '销售额',
      '流水',
      '房租',
      '租金',
      '租的',
      '工资',
      '利润',
      '成本',
      '开支',
      '支出',
      '产量',
      '利息',
      '月供',
      // Running costs, their period after them (光人工一年就要五十来万, 油钱一个月两万).
      String.raw`人工费?(?!资)`,
      '油钱',
      '油费',
      VEHICLE_COST,
      // Road tolls (过路费, 高速费, 路桥费), and a cost listed after another (油费和过路费): the list's last word.
      String.raw`(?:过路|过桥|高速|路桥)费`,
      String.raw`水电费?`,
      '运费',
      // Not fees the firm collects (物业费能收五十来万, 管理费一年收三百万): its takings.
      String.raw`(?:电|水|燃气|气|网|物业|管理|停车|场地|摊位)费(?!(?:能|可以|大概|一年|一个月|每个?月|每年)*收)`,
      '店租',
      '铺租',
    ],
  },
  {
    mark: 'rate-after',
    words: [
      // A selling cost after its period, 光 between (一个月光快递就要四万多, 每个月投流三万; round 31): the cost's period, no term.
      String.raw`(?:光|就|都)?(?:${SELLING_COST})(?=[^，。,.!?；;\d]{0,4}?(?:要|得|花|烧|砸|就|都|是|\s*\d|[一二两三四五六七八九十几]))`,
      // What a span costs in money, asked (一年下来要多少钱, 一个月下来得花好多钱; round 26): the span is the cost's period, no term
      // (the interest of a sum asked over a year, 一年下来要付多少利息, keeps the year as the term: fix23c).
      String.raw`下来(?=\s*(?:大概|大约|差不多)?\s*(?:要|得)\s*(?:花|出|付)?\s*(?:多少|好多|几多)钱)`,
      // A payment to a supplier after its period (一个月要付给越南供应商两百来万; round 57, convention 663): the payment's period, no term.
      String.raw`(?:要|得)?(?:付给|打给|结给|转给|付|\bpay\b)(?=[^，。,.!?；;\d]{0,16}?(?:供应商|供货商|厂家|原料厂|\bsuppliers?\b))`,
      // ...or its total asked (一年 下来 total 是 多少, 一年下来一共是好多; round 57, convention 604): the total's period, no term.
      // ...or its cost named (一年下来成本大概多少; round 60).
      String.raw`下来(?=\s*(?:\btotal\b|总共|一共|合计|加起来|成本)\s*(?:是|要|得|大概|大约)?\s*(?:多少|好多|几多))`,
      // ...or the interest it brings, asked (一年下来要出好多利息; round 58, convention 701): the cost's period; after a sum asked it is
      // the term still (贷款50万 一年下来要付多少利息: 'the period of a rate' in pipeline/figures.ts).
      String.raw`下来(?=\s*(?:大概|大约|差不多)?\s*(?:要|得)?\s*(?:出|付|给)?\s*(?:多少|好多|几多)(?:钱)?(?:的)?\s*利息)`,
      // The real rate of a year asked (照这样 一年真正的利率是几多; round 58, convention 701): the rate's period, no term.
      String.raw`(?:真正|实际|实在)的?\s*(?:利率|利息|年化)(?=\s*(?:是|有|大概|到底)?\s*(?:多少|好多|几多))`,
      '房租',
      '租金',
      '工资',
      '利息',
      '成本',
      '开支',
      '产量',
      '营业额',
      '贸易额',
      '出口额',
      '进口额',
      '成交额',
      '营收',
      '收入',
      String.raw`(?:营业|销售)(?:收入|款)`,
      String.raw`的?生意额?`,
      '纯收入',
      '净收入',
      // Gross or total takings: 一年毛收入一百多万, 一年总营业额.
      String.raw`(?:毛|总)(?:收入|营收|营业额|流水|销售额)`,
      // Income named by what is charged: 一年房费收入六十多万, 一年门票收入, 一个月租金收入.
      String.raw`[^\s\d，。,.!?；;年月天日周季度一二两三四五六七八九十几]{1,2}?费?收入`,
      '销售额',
      '流水',
      '卖',
      '能卖',
      '销售',
      '产值',
      '利润',
      '赚',
      String.raw`挣(?!得(?:到|着))`,
      '进账',
      '入账',
      String.raw`(?<![投放])(?:进|入)(?:项|款|钱)`,
      String.raw`收(?:银|钱|款)`,
      '能做',
      '接待',
      // 一年收租金三百多万: rent collected over the period.
      String.raw`收(?:租金|房租|租)`,
      // 一个月真正到手两万多: what reaches the owner's hand over the period.
      String.raw`(?:真正|实际)?到手`,
      // 一个月交货能收二十来万, 一年交茶叶收得到八十来万: what the goods delivered bring in over the period.
      String.raw`${DELIVERED}(?:能|可以|也就|大概|差不多|才|都|就)*收`,
      // The goods sold named before the verb and its sum: 一年鲜果加生豆卖两百来万 (not a period of its own between,
      // 好的月份一个月卖: the 一个月 is the period).
      String.raw`(?<=[年月天])(?![也就都才能有还总共大概约差不多个]*卖)(?![^，。,.!?；;\s\d]{0,5}?[一每]个?[年月天])[^，。,.!?；;\s\d]{1,6}?卖(?=个?\s*(?:\d|[一二两三四五六七八九十几]))`,
      // A school's fees over the period (一年学费一百八十万).
      '学费',
      // 一年做两季, 一年种三茬, 一年养两批: the crops or batches of the year, each one's sales after (no term).
      String.raw`(?:种|做|收|出|养|出栏|搞)?\s*(?:[2-9]|[两三四五六])\s*(?:季(?!度)|茬|批|轮|造)`,
      // 一年走货三千多万, 一年收购量几百吨: goods moved or bought, counted over the period.
      '走货',
      String.raw`走了(?=个?(?:\d|[一二两三四五六七八九十几百千]))`,
      '出货',
      // Not the supplier (供货商, 供货的老板).
      String.raw`(?<!给我们|给我)[供发]货(?!商|的|方|单位|老板|厂家)`,
      '货款',
      '收购量',
      '销量',
      // 一年油钱就要二十几万: a running cost over the period.
      '油钱',
      '油费',
      VEHICLE_COST,
      // Road tolls (过路费, 高速费, 路桥费), and a cost listed after another (油费和过路费): the list's last word.
      String.raw`(?:过路|过桥|高速|路桥)费`,
      '水电费?',
      '运费',
      // Not fees the firm collects (物业费能收五十来万, 管理费一年收三百万): its takings.
      String.raw`(?:电|水|燃气|气|网|物业|管理|停车|场地|摊位)费(?!(?:能|可以|大概|一年|一个月|每个?月|每年)*收)`,
      volumeAfter,
      // 一年大概做两百万, 一天做得两三千, 一个月能走二十来万的货, 一个月拉得到十八万: a verb of selling, then a sum.
      String.raw`(?:大概|大约|约|差不多|能有|有|能|也就|才|也|都|就|总共)*(?:[做干卖挣收整走出进销跑搞](?:了|得到|得着|得|到)?个?|拉得(?:到|着)个?|能做个?)(?=\s*(?:\d|[一二两三四五六七八九十几]|${ROUND_LEAD})(?:[^，。,.!?；;个人]|\.(?=\d)|个(?=亿|w\b)){0,6}?(?:万|亿|千|元|块|k\b|w\b|m\b))`,
      // 一年跑下来流水八十来万, 一年忙下来: any verb of the year's work before 下来.
      String.raw`(?:[跑做干忙整弄算]?下来|到头)(?=[^，。,.!?；;还]{0,8}?(?:\d|[一二两三四五六七八九十几]|${ROUND_LEAD})[^，。,.!?；;]{0,6}?(?:万|亿|千|百|元|块))`,
    ],
  },
  // When a buyer pays: "账期90天", "回款周期两个月", "客户90天以后才付款", "压我们半年才结账".
  {
    mark: 'paid-before',
    // With how long said between: 矿上回款要半年, 结款一般得三个月.
    words: [
      '账期',
      String.raw`(?:回款|付款|结款|结算|收款)(?:周期|时间)?(?:一般|至少|起码|最少)?(?:要|得|需要)?`,
      // ...the takings said coming back (货款回来要半个月, 钱到账得七天; round 51).
      String.raw`(?:货款|款|钱)(?:回来|到账|到手|回笼|打回来)(?:一般|至少|起码|最少)?(?:要|得|需要)`,
      // ...held until a while or held a while (经常拖到六十天, 还要压三个月; round 37, fix37f, convention 318).
      String.raw`压(?:了|着|到|我们|我|就是)?(?:货款|款|钱)?`,
      // ...or held as a habit, each time a while (经常一拖就是两个月; round 55, convention 573).
      // ...not the loan stretched to a span and repaid then (拖到三年还; round 61).
      // ...the firm held from between (thai buyer 拖了我们两个月的 payment; round 62).
      String.raw`拖(?!到\s*[^，。,.!?；;\s]{0,4}?(?:年|月)\s*(?:才|再)?\s*还(?!\s*(?:没|不|是|在|要|欠)))(?:了|着|到|就是|起码|至少)?(?:\s*(?:我们|我家|我))?`,
      // The buyer's payment typed in English among Chinese words, read 款 (客户 payment 要 60 天).
      String.raw`(?:客户|买家|甲方|经销商|超市|酒店)的?款(?:一般|都)?(?:要|得|需要)?`,
      // ...or owed a while by the buyer (超市那边欠了三个月的货款; round 33): not the firm's own debt (我们欠了…).
      String.raw`(?<!我们|我|我家|自己)欠(?:了|着)`,
      // Paid late by it, as a habit or once more (回款总是晚三个月, 回款老是慢两个月, payment 又 delay 了 两个月, 老是 late 一个多月).
      String.raw`(?:晚|迟|(?<!慢)慢(?!慢)|延迟|推迟|拖延|\bdelay(?:ed|s)?\b|\blate\b)\s*了?`,
    ],
  },
  {
    mark: 'paid-after',
    words: [
      String.raw`(?:以后|之后|后)?(?:才|再)?(?:付款|回款|结账|结款|给钱|付钱|打款|付货款|结算)`,
      String.raw`(?:以后|之后|后)?(?:才|再)(?:付|给|结|打)`,
      '账期',
      '的账期',
    ],
  }, // What is left of a lease or a contract (客栈是租的 合同还有五年): the premises', not the loan's term.
  // ...the lease named in English inside Chinese (门面是租的 lease 还有五年; round 43).
  { mark: 'lease-before', words: [String.raw`(?:合同|租期|租约|合约|承包期|承包合同|租赁合同|\blease\s?)(?:还有|还剩|剩下?|只剩|还)?`] },
  // A span the lender requires (要开满三年, 银行说要满一年): how long the firm must have run, not the loan's term.
  { mark: 'required-before', words: [String.raw`(?:开|做|经营|营业|成立|注册|干)?满`] },
  // ...or the records it asks for (两年的纳税记录, 一年以上的社保记录, 半年的银行流水), or before it lends (三年才能贷).
  {
    mark: 'required-after',
    words: [
      String.raw`(?:以上的?)?(?:纳税|缴税|报税|完税|社保|公积金|银行|经营|开票|发票|财务)?(?:记录|流水|账单?|报表|明细)(?!\s*(?:有|是|大概|能)*\s*(?:\d|[一二两三四五六七八九十几]))`,
      String.raw`(?:以上)?(?:才|以后才)(?:能|可以|给|肯|会)?(?:贷|借|批|申请|办)`,
    ],
  },
  // A sum a lender granted (批了, 给批了, 只给了, 额度只有), then said too little: the sum is set aside.
  { mark: 'granted', words: [String.raw`(?:批|批给?|放|贷给|给|给批|授信)了?(?:我们?|额度)?`, String.raw`额度(?:只有|才|是)?`] },
  { mark: 'too-little', words: [String.raw`不够用?`, String.raw`太少了?`, String.raw`差得远`, String.raw`不顶用`] },
];

/** What may stand between a mark and its number: "成立了大概3年", "员工有20个", "not about 5". */
export const figureGaps: FigureGaps = {
  // ...and only or just (开业才三个月, 开张刚满两个月: the firm's age).
  duration: ['了', '已经', '有', '为', '是', ':', '大概', '大约', '约', '快', '差不多', '将近', '近', '个', '才', '刚', '刚刚', '满'],
  // ...and the pause after a label said alone (员工的话，二十来个: one clause by LABEL_PAUSED).
  // ...a topic's 么 and 就 (人么就五个, 工人就三个; round 25; not 只有, a part set against the whole: cooks 只有5个).
  people: [
    '数',
    '人数',
    '数量',
    '有',
    '共',
    '总共',
    '一共',
    '大概',
    '大约',
    '约',
    '差不多',
    '是',
    '为',
    ':',
    '=',
    ',',
    '的话',
    '嘛',
    '呢',
    '么',
    '就',
    // ...a count put right or said of now (人其实是二十二个, 人现在有十五个; round 62).
    '其实',
    '实际上',
    '现在',
    '目前',
  ],
  approximately: ['大概', '大约', '约'],
  // ...a hedge or a limit between (算上我也就五个, 连我一共六个, 连我才四个).
  total: ['有', '是', '就', '只有', '大概', '大约', '约', '也就', '也', '才', '一共', '总共', '差不多', '顶多', '最多'],
  // Between a period and the figure it measures: 一年的营业额, 一年能收入个七八十万.
  // ...and a particle (一年么整得到个五六十万, 一个月嘛卖个十来万), or a word of approximation
  // (一年大概流水八九十万, 一个月差不多营业额五万).
  possessive: ['的', '能', '么', '嘛', '呢', '大概', '大约', '约', '差不多'],
};

/**
 * The months a month's sales are said for (旺季6到9月一个月有四十w, 三月到五月): with the rest of the year said to
 * sell nothing (restOfYearNone), the year's sales are the month's times those months.
 */
export const monthSpan: Words = [
  String.raw`(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月?份?\s*(?:到|至|-|~|—)\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?`,
  // Two months one after the other (七八月, 三四月份, 九十月): not 七八个月, a length.
  String.raw`(?<![\d零一二两三四五六七八九十])[一二三四五六七八九][二三四五六七八九十]月份?`,
];
/** A month named (九月, 10月份) or a festival's month (春节, 国庆); months one after another (七八月, 七月和八月). */
const MONTH_NAMED = String.raw`(?:(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])(?:月份?|(?=[、和跟\d一二三四五六七八九十]))[、和跟]?)+|春节|过年|国庆|中秋`;
/**
 * Months selling double the rest, right after a month's sales (平时一个月五万 春节那个月翻一倍, 九月份翻倍, 过年 那个月 翻倍): the
 * sum for the rest, twice for the months named.
 */
export const monthsDouble: Words = [
  String.raw`^[^。！？!?；;]{0,6}?(?:${MONTH_NAMED})\s?(?:那|的)?(?:个|两个|几个)?月?份?\s?(?:能|会|要|就|还)?(?:卖|做|走)?(?:得)?(?:翻(?:一)?倍|翻番|多一倍|番一番)`,
];
/**
 * The other season's sales said as a share of the season's just said (旺季一个月二十万 淡季只有一半, 淡季一个月三四万 旺季翻倍,
 * 生意好的时候一天三千 差的时候一半): half, or double.
 */
export const seasonShareHalf: Words = [String.raw`(?:只有|就|才|也就|大概|差不多|少)?(?:一半|减半|对半|少一半|砍半)`];
export const seasonShareDouble: Words = [String.raw`(?:翻(?:一)?倍|翻番|多一倍|番一番)`];
/**
 * A season named before its length (旺季三个月, 旺季就四五个月, 淡季有大半年): the months it holds, no loan term;
 * beside a busy and a quiet season's sales, their weights in the year.
 */
export const peakSeasonLength: Words = [
  '旺季',
  '忙季',
  String.raw`农忙(?:季节?)?`,
  String.raw`(?:生意)?(?:好|旺|忙)(?:的|嘞)?(?:月份|季节)`,
  ...harvestSeasons,
];
export const quietSeasonLength: Words = ['淡季', '闲季', String.raw`(?:生意)?(?:差|淡|闲|不好)(?:的|嘞)?(?:月份|季节)`];

/**
 * The days the firm opens in a week, a month or a year, said after a day's sales (一天卖三千 一个月开二十五天, 一个礼拜
 * 开六天, 一年出摊两百来天): the day's sales times those days make the year, and neither period is a term.
 */
export const daysOpen: Words = [
  String.raw`(?:一|每)个?(?:月|礼拜|星期|周|年)(?:${PARTICLES}|大概|差不多|一般|能|就|只|也就|最多|\s)*(?:开|营业|开门|做|干|出摊|出车|跑|出|摆|摆摊|\bopen\b)\s*(?:个)?\s*(?:\d+|[一二两三四五六七八九十百几]+)\s*(?:来|多)?\s*(?:个\s*)?(?:天|晚上?|夜)`,
  // The days closed (一个月歇两天, 每个礼拜休一天): the rest of the month's or the week's days are open.
  String.raw`(?:一|每)个?(?:月|礼拜|星期|周)(?:${PARTICLES}|大概|差不多|一般|就|只|也就)*(?:歇|休息|休|关门|关)\s*(?:\d+|[一二两三四五六七])\s*天`,
  // Open every day or night (每晚都开, 每天晚上都出摊, 天天都开, 全年无休, 一年到头不休息): every day of the year.
  // ...with no 都 when the verb says the doors open (天天开门, 每天营业, 天天出摊, 每天都开 → 天天开 at the end of its clause;
  // not 每天出货, goods sent).
  String.raw`(?:(?:每天|天天)晚上|每天|每晚|每个?晚上|天天|晚晚)\s*(?:都\s*(?:开|营业|开门|出摊|摆摊?|出)|(?:照常|正常|准时)?(?:开门|营业|出摊|摆摊|开着)|开(?=\s*(?:$|[，,。.!！;；\s])))`,
  String.raw`全年无休|一年到头\s*(?:都|基本|基本上)?\s*(?:不休息?|不歇|没休息?|都开|开着)`,
];

/** A sum said as half the sum before it (en/figures.ts halfOfThat): only a half said whole, 只有一半, 就一半, 少一半. */
export const halfOfThat: Words = [String.raw`(?:只有|就|也就|只)一半(?![的])`];
/** The other season named: the quiet one, a season of the year, the rest of the year (restOfYearLess). */
const OTHER_SEASON = String.raw`淡季|淡的时候|生意淡的时候|不忙的时候|冬天|夏天|春天|秋天|雨季|旱季|(?:其余|其他|其它|别的|剩下的?)(?:几个)?(?:月份?|时间|时候)`;
/** No figure right after the words of less, in their phrase (a sum of the other season is read as the pair of seasons). */
const NO_FIGURE_AFTER = String.raw`(?![^，。,.!?；;\s]{0,10}?[\d一二两三四五六七八九十几](?:[十百千万]|块|k\b|w\b|个?w))`;
/**
 * The rest of the year said only to sell less, with no figure (淡季就莫得几个, 冬天少得很, 淡季差得远, 其他时候没多少; round 34, corpus
 * convention 178): beside one season's sales the year is not told (figures.ts readSlots).
 */
export const restOfYearLess: Words = [
  String.raw`(?:${OTHER_SEASON})\s*(?:生意|销量|收入|卖得|卖的)?\s*(?:就|要|会|也|都|可|那就)?\s*(?:少(?:得很|得多|很多|好多|了很多|一大截)|差(?:得远|得多|很多|好多|一大截)|(?:莫得|没得|没有?|么得)(?:几个|多少|好多)|淡得很|惨得很)${NO_FIGURE_AFTER}`,
  // ...the less said in English among Chinese (冬天 way less, 淡季 much lower).
  String.raw`(?:${OTHER_SEASON})\s*(?:way|much|a lot|far)\s+(?:less|lower)\b${NO_FIGURE_AFTER}`,
];
/** The rest of the year said to sell nothing: 其余月份几乎没得, 别的时候基本没有, 剩下的月份为零, 其他时候基本没生意. */
/** The month's sales said for the months just named only, after the sum (六到九月 一个月三十万 就那几个月; round 64): see en. */
export const salesThenOnly: Words = [String.raw`^[\s,，、]*(?:就|只有|也就)?(?:那几个月|那几个月份|那段时间|那阵子?)(?:有|才有)?`];

export const restOfYearNone: Words = [
  String.raw`(?:其余|其他|其它|别的|剩下的?|另外的?)(?:几个)?(?:月份?|时间|时候)[^，。,.!?；;]{0,6}?(?:没得|没有|没啥|没什么|莫得|为零|是零|等于零|没(?:啥|什么)?(?:生意|买卖|收入))`,
];

/**
 * The days of the week a day's sales are said for: working days (工作日, 周一到周五) and the weekend
 * (周末, 周六周日, 礼拜六礼拜天): their sums make a year of 52 weeks, five days and two. 平时 (the
 * regular time) before or after a weekend's sales is the working days.
 */
export const weekdays: Words = ['工作日', String.raw`(?:周|星期|礼拜)一(?:到|至|-|~)(?:周|星期|礼拜)?五`];
/**
 * A season named, then its need said right after it, up to the sum (旺季要一百五十万, 收购季要三百万, 榨季要五百万, 忙的时候得两百来万,
 * 收获季 需要 大概八十万): the season's working capital, the term said after kept (round 32, corpus convention 115;
 * pipeline/season-words.ts seasonNeed). Not a sale or a hire said in the season (旺季一个月卖五十万, 旺季要请人): no need verb before the sum.
 */
export const seasonNeedLead: Words = [
  String.raw`(?:旺季|忙季|农忙|\b(?:high|peak|busy|harvest|picking|buying)\s+season\b|(?:生意)?(?:最)?忙的(?:时候|那几个月)|${harvestSeasons.join('|')}|(?:收购|收货|采摘|收果子?|收豆子?|收菌子?)的?(?:时候|那阵子?|那几个月|那段时间))` +
    String.raw`(?:的时候|期间|那阵子?|那几个月|里|一来)?\s*(?:(?:我们|咱们|一般|每年|都|就|还|大概|大约|起码|至少|少说)\s*)*` +
    String.raw`(?:要|需要|得|缺|差)(?:用|个)?\s*(?:(?:大概|大约|差不多|将近|起码|至少|个)\s*)?$`,
];
export const weekend: Words = [
  String.raw`周末(?:两天)?`,
  '双休日?',
  String.raw`(?:周|星期|礼拜)六(?:和|跟|、|\s)?(?:周|星期|礼拜)?(?:日|天)`,
  String.raw`(?:星期|礼拜)(?:天|日)`,
];
/**
 * The worth of things owned said, with no word of assets (厂房加设备差不多五百万, 两台挖机加一个仓库 值个三百来万, 设备和车 加起来
 * 一百万出头: round 28): a worth or a sum word, or things joined by 加 before the sum; assets-parts.ts reads the sum as the assets
 * when the things are ones a firm owns (ASSET_WORDS) and no period, want or use is said.
 */
export const ownedWorth: Words = [
  String.raw`值|加起来|合起来|加在一起|算起来|一共|总共`,
  // ...the thing after 加 named in English, its letters longer than a Chinese word (仓库 加 两台 forklift 差不多 三百万; round 35, fix35c).
  String.raw`(?<=[\u4e00-\u9fff]\s?)加\s?(?=(?:[^，。,.!?；;\d]{1,8}?|[^，。,.!?；;\da-z]{0,6}[a-z][a-z ]{0,15}?)\s*(?:差不多|大概|大约|估计|有个?|值|[\d一二两三四五六七八九十几百千]))`,
];
/**
 * One thing said had, then worth a sum (我们有个冷库 值两百来万, 有台挖机 值八十来万; round 29, fix29b, convention 54): the firm's
 * assets, as two things joined read (ownedWorth); the thing names no trade (pipeline/assets-parts.ts). A thing named with no word of
 * having (设备值100万) stays nothing.
 */
// ...a comma before the worth (有个冷库，值两百来万; round 44).
export const thingHad: Words = [
  String.raw`有(?:[一两三四五六七八九十几\d]*\s*[个台辆间座套部条栋])[^，。,.!?；;\d]{1,14}?(?:[，,]\s*)?(?:值|价值)`,
];
/** Money said needed with no sum (要一笔钱, 要本钱, 要周转, 钱不够用): beside a season of buying, the season's working capital (round 28). */
export const moneyNeeded: Words = [
  String.raw`(?:要|需要|得|缺)\s?(?:一笔|一大笔|点|些|不少)?\s?(?:钱|资金|本钱|周转金|现金|\bcash\b|\bmoney\b)|要(?:用|周转)钱?|钱不够`,
];

/**
 * The sale or the delivery the loan is repaid after, its goods named (等咖啡卖了就还, 交完烟就还得上, 核桃卖掉再还; round 60, convention
 * 714): a time, the goods no trade (convention 48: no term either).
 */
export const repaidAfterSold: Words = [
  String.raw`(?:等|到)?[^，。,.!?；;\s\d]{1,6}?(?:卖了|卖掉了?|卖完了?|卖出去了?|交完了?|交了|出栏了?)(?:以后|之后|后)?\s*(?:就|再|才|马上)\s*(?:能|可以)?还`,
  // ...the goods after the verb (交完甘蔗就还得上, 卖了茶再还).
  String.raw`(?:卖了|卖掉|卖完|交完|交了|收完)[^，。,.!?；;\s\d]{1,6}?(?:以后|之后|后)?\s*(?:就|再|才|马上)\s*(?:能|可以)?还`,
];
