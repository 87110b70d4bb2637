// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists. Cross-border trade and online sales: the words that say so, and the denials that say not.

import { BUYER_BY_HEAD, ON_CREDIT } from './stock-money';
import type { Words } from '../types';
import { paidInForeignCurrency } from './purposes';
import { FEE_DEBTOR_BEFORE, FEES_OWED } from './fees-owed';
import { BUYER_WORDS, HELD_UNDER_CONTRACT } from './buyers';
import { DELIVERY_PLATFORMS_ZH, SHOPPING_PLATFORMS_ZH } from './platforms';

/** Trade abroad by its kind (出口, 边贸) or by where it goes (东盟, 老挝): the markets a plan then a denial name. */
const MARKET_ABROAD = '外贸|进出口|出口|进口|跨境|边贸|边境|国外|海外|东盟|东南亚|越南|老挝|缅甸|泰国';
/** A plan for later: 以后, 明年, 打算, 准备, 想. */
const PLAN = String.raw`(?:以后|将来|明年|后年|过两年|过几年|过完年|下半年|打算|准备|计划|考虑|想)`;
/** The present, after a plan, denied: 现在还没有, 目前还没做, 暂时还莫得, 现在还没开. */
const PRESENT_NOT = String.raw`(?:但是?|不过|可是)?(?:现在|目前|暂时|眼下)(?:还|都|也)?(?:没有|没做|没搞|没得|莫得|莫有|没开始|没弄|没开|没上|没卖|没|不做)(?=$|[\s，。,.!?；;嘛哦噶啊呢的])`;
/** The present denied opening the reply, before a plan: 还没有, 目前还莫得, 暂时没做, not yet. */
const NOW_NOT_FIRST = String.raw`(?:^|(?<=[\s，。,.!?；;]))(?:(?:现在|目前|暂时|眼下)?(?:还|都)?(?:没有|没得|莫得|莫有|没做|没搞|没开始|没弄|没)|\bnot yet\b)(?:呢|哦|噶|嘛)?`;
/** ...or said as what is done now alone: 现在只是在菜市场摆摊, 现在就开了个小超市, 目前只在本地卖. */
const PRESENT_ONLY = String.raw`(?:但是?|不过|可是)?(?:现在|目前|暂时|眼下)(?:还|都)?(?:只是|只有|只在|只|就是|就在|就)`;
/** A plan, then the present denied or said alone, for a market named between (a clause each side, 8 characters to a verb). */
const planThenNow = (market: string): string[] => [
  String.raw`(?:${market})[^，。,.!?；;\s]{0,12}\s?[，,]?\s?${PRESENT_NOT}`,
  String.raw`${PLAN}[^，。,.!?；;\s]{0,8}?(?:${market})[^，。,.!?；;\s]{0,8}\s?[，,]?\s?${PRESENT_ONLY}`,
  // ...the present denied first, the plan after it (还没有, 以后可能做出口; 目前莫得 明年打算上淘宝; not yet, 以后 可能 做 export).
  // ...the market denied with it (还没出口 以后做老挝, 还没开网店 打算弄个抖音小店, 还没 export 以后 maybe 做老挝).
  String.raw`${NOW_NOT_FIRST}(?:(?:开|做|上|搞|弄|整|卖)?(?:个)?\s?(?:${market}))?[\s，,]*(?:但是?|不过|可是)?\s?${PLAN}[^，。,.!?；;]{0,12}?(?:${market})`,
];

/** The food of a country as an eatery's style (缅甸餐馆, 泰国菜, 越南米线, 老挝风味): what it serves, no market abroad. */
const CUISINE = String.raw`菜|米粉|米线|料理|风味|餐|小吃|手抓饭|咖喱`;

/**
 * Hands named by where they come from, counted or hired before (几个缅甸小工, 三个 缅甸 工人, 请了越南的帮工): not a market (卖到 缅甸 员工
 * 6个 is a market, then the staff).
 */
const HANDS_COUNTED = String.raw`(?:个|名|几|些|请了?|喊|招|雇)`;
const HANDS_FROM = String.raw`\s*(?:的)?\s*(?:小工|工人|员工|帮工|劳工|打工的|工仔|师傅|临时工|短工|零工|季节工|搬运工)`;
/** Money moved away by someone else, the owner's passive (被转到, 被人转去, 被卷到): the place is where it went, not a market. */
const MOVED_AWAY = String.raw`被[^，。,.!?；;\s]{0,4}(?:转|汇|卷|弄|划)(?:到|去|往|出)?(?:了)?`;
export const crossBorderNegative: Words = [
  // A plan and the present denied, first: the longest reading of a clause wins where a denial alone starts it too
  // (还没出口 以后做老挝: the plan after the denied market is in the same scope).
  // A plan, then the present denied: 以后可能做进口 现在没有, 明年打算做外贸，目前还没做.
  // ...or the present said alone: 以后可能会卖到越南 现在就在河口做批发.
  ...planThenNow(MARKET_ABROAD),
  // Yunnan 没得/莫得 = 没有: 没得跨境业务, 莫得出口.
  // ...not inside 有没有, 有没得 (有没有出口退税贷款: asked, no denial; round 34, fix34b).
  String.raw`(?<!有)(?:不是|不|没|没有|没得|莫得|莫有|无|从不|从没|从来不|并不|暂时不|目前不|还没|尚未)(?:做|搞|涉及|从事|有|开展|跟|和|与)?(?:外贸|进出口|出口|进口|跨境|边贸|国外|海外|境外|\s*(?:export|import)\w*)(?:生意|业务|贸易|客户)?`,
  // The trade named first, then denied: 外贸不做, 出口这块我们没搞, 进出口暂时不做.
  String.raw`(?:外贸|进出口|出口|进口|跨境|边贸)(?:生意|业务|贸易)?(?:这块|这个|的话)?\s?(?:我们|我)?(?:是)?(?:从来|暂时|目前|现在|还)?(?:不做|没有?做|不搞|没有?搞|不涉及|没涉及|没得|莫得)(?!问题|关系|影响|事)`,
  String.raw`只(?:做|在|有|卖|面向|针对)?(?:国内|本地|省内|内地)`,
  String.raw`仅(?:限)?(?:国内|本地)`,
  // All sold at home, said of the goods or the buyers (货都是在国内卖, 全部在本地销, 都是国内的客户, 全部内销): round 26.
  String.raw`(?:都|全|全部|全都)(?:是)?\s?(?:在)?(?:国内|本地|省内|内地)(?:卖|销售?|市场|的?客户|的?买家)|(?:都|全|全部|全都|只)(?:是|做)?内销`,
];

/**
 * The owner's own past abroad: where they come from, came back from, studied or worked (我老挝来的, 刚从新加坡回来, 在日本学了五年陶艺;
 * round 59, judge-219): a life story, no market of the firm's (refiners/owner-abroad.ts drops the place's cross-border flag inside it).
 */
export const ownerAbroad: Words = [
  String.raw`(?:^|[\s，,。])(?:我|我们|我是|本人)\s*(?:是)?\s*[\u4e00-\u9fff]{2,4}?(?:来的|过来的|人)(?=[\s，,。]|$)`,
  // ...or a partner's or a spouse's (我 partner 是老挝人, 我老婆是越南人; round 60, convention 715).
  String.raw`(?:我|我们)(?:的|家)?\s*(?:\bpartner\b|合伙人|老婆|老公|媳妇|爱人|对象|男朋友|女朋友|股东)\s*(?:是)\s*[\u4e00-\u9fff]{2,4}?(?:来的|过来的|人)(?=[\s，,。]|$)`,
  // (Not goods brought back: 从越南拉坚果回来卖, 从缅甸进原石回来卖 is the trade.)
  String.raw`(?:从|在)\s*(?:(?![拉进运买带收卖发批])[\u4e00-\u9fff]){2,4}?\s*(?:那边)?\s*(?:回来(?![卖销加])|回国|留学|学了|读了|读书|读过|学过|待了|呆了|工作了|工作过|打过工|生活了)`,
];

export const crossBorderPositive: Words = [
  '跨境',
  ...paidInForeignCurrency,
  '外贸',
  '进出口',
  '出口',
  String.raw`进口(?!设备|的设备)`,
  '边贸',
  '边境贸易',
  '国际贸易',
  // Not money a fraudster moved away (钱已经被转到境外了; round 56): what was done to the owner, no market of the firm's.
  String.raw`(?<!${MOVED_AWAY})(?:海外|国外|境外)`,
  '外国',
  // Not a neighbour named as the style of the food an eatery serves (缅甸餐馆, 泰国菜, 老挝风味): no market abroad (round 20); nor as
  // where the firm's hands come from (缅甸小工, 三个 缅甸 工人; round 50).
  String.raw`越南(?!${CUISINE})(?!(?<=${HANDS_COUNTED}\s*越南)${HANDS_FROM})`,
  String.raw`老挝(?!${CUISINE})(?!(?<=${HANDS_COUNTED}\s*老挝)${HANDS_FROM})`,
  String.raw`缅甸(?!${CUISINE})(?!(?<=${HANDS_COUNTED}\s*缅甸)${HANDS_FROM})`,
  String.raw`泰国(?!${CUISINE})(?!(?<=${HANDS_COUNTED}\s*泰国)${HANDS_FROM})`,
  '柬埔寨',
  '印度',
  '孟加拉',
  // South Asia beyond India, over Tibet or by sea: 卖到尼泊尔, 发往巴基斯坦, 斯里兰卡的客户.
  ...['尼泊尔', '巴基斯坦', '斯里兰卡', '不丹', '马尔代夫'],
  '南亚',
  '东南亚',
  '东盟',
  // Not the port named as where a firm is opened (在磨憨口岸开 guesthouse): where, no trade across.
  String.raw`口岸(?!\s*(?:附近|旁边|边上)?\s*开)`,
  '日本',
  '韩国',
  '美国',
  '欧洲',
  '欧美',
  '俄罗斯',
  '中东',
  '马来西亚',
  '新加坡',
  '印尼',
  '印度尼西亚',
  '菲律宾',
  '边民互市',
  // China and a neighbour in one word: 中老铁路, 中越边境, 中缅贸易 (not 中老年).
  String.raw`中(?:越|缅|泰)`,
  String.raw`中老(?!年)`,
  '香港',
  '澳门',
  // Cities across the border, named instead of the country: 河口到老街, 货发到曼谷.
  // (Not a town's old street, its name or 古城 before it: 在勐海老街开茶叶店, 古城老街, 县城老街; round 62, judge-228.)
  String.raw`(?<!(?:[县镇城乡村区]|勐[一-鿿]|古城|景洪|大理|丽江|建水|巍山|沙溪|和顺|腾冲|[东西南北]门)\s?)老街`,
  '河内',
  '海防',
  '胡志明',
  '万象',
  '琅勃拉邦',
  '仰光',
  '曼德勒',
  '曼谷',
  '清迈',
];

/** Where goods are sold online, by kind (网店, 微店, 电商) or by name (淘宝, 抖音, shopee 店): the places a denial lists. */
const ONLINE_SHOP = String.raw`(?:网店|微店|电商|微商)(?:上面?)?`;
// ...Alibaba's market too (1688 is read as its name: 1688 上 not yet); a space before 上 as mixed messages type it (抖音 上).
const PLATFORM = String.raw`(?:${SHOPPING_PLATFORMS_ZH}|${DELIVERY_PLATFORMS_ZH}|直播|阿里巴巴|(?:shopee|lazada|tiktok)\s?)(?:店|小店|\s?上面?)?`;
/** The next place in a list: 淘宝京东, 淘宝、抖音, 淘宝 抖音, 淘宝 跟 抖音, 淘宝也没有抖音. */
const NEXT_ONLINE_PLACE = String.raw`(?:\s?[、,，和跟或]?\s?(?:也|还)?(?:没有|没得|没|不做|没做|没开|不开|没在|不在)?(?:在|上)?(?:${ONLINE_SHOP}|${PLATFORM}))`;
/** Selling online said by its kind, loosely: 网上这块, 线上渠道, 电商这块, 网店这一块. */
const ONLINE_LOOSELY = String.raw`(?:网上|线上|网店|电商|微商|直播)(?:渠道|销售|卖货)?(?:这一?块|这边|方面)`;
/** Not done (yet), said loosely: 还没弄, 暂时没搞, 一直没做起来, 还没开始, 都没上, 一个都没做. */
const NOT_DONE = String.raw`(?:都|也|还|暂时|目前|现在|从来|一直|一个都|一个也|基本|基本上)*(?:没有|没得|莫得|没开|不开|没做|不做|没搞|不搞|没卖|不卖|没弄|没上|不上|没开始|没起步|没入驻|没开通|没碰|没怎么(?:做|搞|弄|卖))`;
/** Not selling (yet) at a place online: 还没开始卖, 暂时还没得卖, 一直没卖过, 还没开起来, 都没上架. */
// ...begun or got ready in any verb (还没开始做, 还没弄好), the shop not opened (淘宝店我们没开).
const NOT_SELLING = String.raw`(?:都|也|还|暂时|目前|现在|从来|一直)*(?:没有|没得|莫得|没|不)(?:开始|怎么)?(?:卖|销售|开店|上架|带货|开起来|做起来|弄起来|搞起来|(?<=开始)(?:做|弄|搞|整)|(?:弄|搞|做|整|开)好|开(?:张|通)?(?!多久|几天|好久|多长|几个月|几年|了))`;
/** A shop kept online alone (网店), or two places or more (淘宝京东); one platform denied leaves the others (没得京东的单子). */
const ONLINE_PLACE = String.raw`(?:${ONLINE_SHOP}${NEXT_ONLINE_PLACE}*|${PLATFORM}${NEXT_ONLINE_PLACE}+)`;

/** A platform named in English inside Chinese, the space after it (开个 taobao 店). */
const PLATFORM_EN = String.raw`\b(?:taobao|tmall|douyin|tiktok|pinduoduo|kuaishou|xiaohongshu|jd|online)\b\s?`;

export const onlineSalesNegative: Words = [
  // A plan and the present denied, first: the longest reading of a clause wins (没开网店 打算弄个抖音小店).
  // A plan, then the present denied: 以后可能做电商 现在还没做, 打算明年上淘宝，目前没有.
  // ...or the present said alone: 明年想在抖音上卖 现在只是在菜市场摆摊卖豆腐.
  // ...the platform named in English among the Chinese (想 later 开个 taobao 店 目前还莫得, 以后想上 douyin 现在还没有).
  ...planThenNow(String.raw`${ONLINE_SHOP}|${PLATFORM}|网上|线上|${PLATFORM_EN}`),
  // Places online denied, the denial first, then a list (没有淘宝也没有抖音, 没开网店), or the list first (淘宝京东都没有, 网店没开).
  // ...the verb between (莫得开网店, 没有做电商).
  String.raw`(?:没有|没得|莫得|么得|没开|不开|没做|不做|没搞|不搞)(?:开|做|搞|弄|整|上)?(?:个|过)?${ONLINE_PLACE}`,
  String.raw`${ONLINE_PLACE}\s?(?:这块|这些|这几个)?\s?(?:我们|我)?\s?${NOT_DONE}(?!问题|关系|影响|事|多久|几天|好久)`,
  // Selling online said loosely, then not done: 网上这块还没弄, 电商这块一直没做起来, 线上渠道 还没开始.
  String.raw`(?:${ONLINE_LOOSELY}|线上渠道|网上渠道)\s?(?:我们|我)?\s?${NOT_DONE}(?!问题|关系|影响|事|多久|几天|好久)`,
  // ...online in English among the Chinese, spaces between (online 还没有 做, online 我们暂时 没搞).
  String.raw`(?:网上|线上|\bonline\b)\s?(?:我们|我)?\s?(?:还|暂时|目前|一直)+\s?(?:没|没有|没得|莫得)\s?(?:弄|搞|做|开始|卖|整)`,
  // A shop online denied in English among the Chinese (no 网店 yet, never 微店).
  String.raw`\b(?:no|not|never)\b\s?${ONLINE_SHOP}`,
  // One platform or shop named, the selling there denied (快手上还没开始卖, 拼多多上暂时还没得卖, 微信小店还没开起来): a shop not
  // open or not selling yet; one named with nothing but not yet after it (抖音上还没有, 抖音上 not yet), the reply's end.
  String.raw`(?:${PLATFORM}|${ONLINE_SHOP}|微信小店|视频号|小程序(?:商城|店)?)\s?(?:这块|这边)?\s?(?:我们|我)?\s?${NOT_SELLING}`,
  String.raw`(?:${PLATFORM}|${ONLINE_SHOP}|微信小店|视频号|小程序(?:商城|店)?)\s?(?:我们|我)?\s?(?:都|也|还|暂时|目前|现在)*(?:没有|没得|莫得|\bnot yet\b)(?:呢|哦|嘛|噶)?(?=\s*$)`,
  // Not money borrowed online (没在网上借过钱, 不在网上贷): that says nothing of sales.
  String.raw`(?:不|没|没有|没得|莫得|莫有|从不|不在|没在|不做|没做|不开|没开|不搞)(?:在|做|搞)?(?:网上|线上|电商|网店|\s*online\b)(?!借|贷|(?:申请|办)(?:过)?(?:贷|借))(?:卖|销售|开店|平台|业务)?`,
  // A platform denied: 没在淘宝上卖, 不在抖音卖.
  String.raw`(?:不|没|没有|没得|莫得|从不|不在|没在)(?:在)?(?:淘宝|天猫|拼多多|抖音|快手|微店|小红书)(?:上面?)?(?:卖|开店|销售)`,
  // Said of the sales: 不是网上卖的, 都不是在线上销售.
  String.raw`不是(?:在)?(?:网上|线上)(?:卖|销售)`,
  // 不卖网上, 网上不卖: the word order owners type.
  String.raw`(?:不|没|没有)卖(?:到)?(?:网上|线上)`,
  // ...with a topic particle or an adverb between (网上么不卖的, 线上嘛没卖过, 网上一直不卖).
  // ...the subject between (网上我们莫得卖), the word in English (online 没有卖).
  String.raw`(?:网上|线上|\bonline\b)\s?(?:我们|我)?\s?(?:么|嘛|呢|的话|一直|从来|都|也){0,2}(?:不|没|没有|没得|莫得)(?:卖|做|搞|开)`,
  // Sold only in the shop (只在店里卖, 只在铺子里销售): offline.
  String.raw`只(?:做|有|在|开)?(?:线下|实体店?|(?:店里|门店|铺子里?)(?:卖|销售))`,
  '实体店',
  String.raw`线下(?:销售|门店|店)?`,
];

/**
 * The travel platforms rooms, tours and tickets are sold on (携程, 飞猪, 去哪儿网, 途家, 爱彼迎, Booking; round 33, fix33c, convention 157):
 * a homestay or a tour operator taking its bookings there sells online, and the platform holding the money until the guest leaves
 * is a platform's settlement (convention 77), no buyer owing. Not 去哪儿 alone (去哪儿申请: where). Their English names (ctrip, airbnb)
 * are en/markets.ts's, compiled with these.
 */
const TRAVEL_PLATFORMS = String.raw`携程|飞猪|去哪儿网|同程旅行|途家|爱彼迎|艺龙|马蜂窝`;

export const onlineSalesPositive: Words = [
  // Rooms, tours and group deals sold on the travel platforms (挂在携程上, 在飞猪卖线路; round 33, convention 157).
  TRAVEL_PLATFORMS,
  // Selling through the delivery platforms: 做外卖, 美团, 饿了么.
  String.raw`(?:做|开|搞|整)(?:了)?(?:个|家|点)?外卖`,
  // ...the delivery or the channel named first, then the verb (外卖也做, 外卖也在接, 外卖都有做, 网上也卖, 线上也在卖).
  String.raw`外卖\s?(?:也|都|还|现在)*(?:在|有)?(?:做|接|搞|弄|整|跑)`,
  String.raw`(?:网上|线上)\s?(?:也|都|还|现在)+(?:在|有)?(?:卖|销售|做|接单)`,
  '美团',
  '饿了么',
  // Selling by livestream: 做翡翠直播的, 直播带货; not the live room's gear (直播间要换一套设备, 直播用的补光灯, 直播 equipment:
  // round 31, fix31a), unless selling is said there (在直播间卖).
  String.raw`直播(?:带货|卖货|的)?(?!间|用|设备|器材|灯|\s*(?:equipment|gear|lights?|cameras?)\b)`,
  String.raw`直播间\s*(?:里|上)?\s*(?:也|都|主要)?\s*(?:卖|带货|销售|接单)`,
  // A WeChat shop (微信小店, 微信商城): selling online, as 微店 (round 31).
  String.raw`微信(?:小店|商城|店铺)`,
  '淘宝',
  '天猫',
  String.raw`京东(?!金融|白条|金条)`,
  '拼多多',
  // Not a platform advertised on (在抖音上做推广, 抖音投流): marketing is no online sales; nor an account
  // kept there (抖音号, 快手账号): a page is no shop, unless it sells (搞个抖音号卖).
  String.raw`抖音(?![账帐]?号(?![^，。,.!?；;]{0,3}(?:卖|带货|销售))|\s*上?\s*(?:做|打|投|投放|搞|买)?\s*(?:点|些|一点|一些|一下)?\s*(?:推广|广告|宣传|引流|投流))`,
  String.raw`快手(?![账帐]?号(?![^，。,.!?；;]{0,3}(?:卖|带货|销售)))`,
  '微店',
  '小红书',
  '网店',
  // Platforms selling abroad by their Chinese names (not 虾皮 the dried shrimp: 卖虾皮): 在虾皮上卖, 亚马逊店, 速卖通.
  String.raw`(?:虾皮|亚马逊)\s*(?:上|里|店)|速卖通`,
  // Not the customers who sell online (给电商客户做包装, 客户都是电商卖家): the firm's own channel only.
  String.raw`电商(?!\s*(?:客户|卖家|商家|公司|企业|老板|平台的?客户))`,
  '微商',
  '直播带货',
  '直播卖货',
  '带货',
  String.raw`网上(?:么|嘛)?(?:卖|销售|开店)`,
  '线上',
  '在网上卖',
  '小程序商城',
  // Selling in WeChat moments or groups, or on Xianyu: 在朋友圈卖, 微信群里接单, 在微信上卖.
  // ...also, too or some (微信上也卖一些, 朋友圈里也有卖, 闲鱼上还卖点; round 33, a yes with the channel: corpus convention 21).
  // ...now and then or going on (朋友圈也在卖, 小红书上偶尔卖点: round 35).
  String.raw`(?:朋友圈|微信群|微信|闲鱼|小红书)(?:里|上)?(?:面)?(?:也|还|都)?(?:偶尔|有时候?|会)?(?:在|有)?(?:卖|接单|销售)`,
  // Alibaba's markets (1688 is read as its name, code-switch.ts): 在阿里巴巴上接单, 通过阿里巴巴卖出去; not its
  // lenders or wallets (阿里巴巴的贷款, 阿里的借呗).
  String.raw`阿里巴巴(?!\s?的?\s?(?:贷|借|花呗|网商|金融|支付|蚂蚁))`,
  // Orders taken or goods sold through a place online: 在快手上接单, 微信上下单, 网上出货.
  String.raw`(?:${SHOPPING_PLATFORMS_ZH}|微信|朋友圈|闲鱼|网上|线上)(?:上面?|里面?|平台)?\s?(?:接单|下单|出货|卖出去)`,
  // Orders or customers said to come from a place online (订单主要是网上来的, 客人大多是抖音上过来的, 网上来的单子多): the firm sells there.
  String.raw`(?:订单|单子|客户|客人|顾客)(?:都|主要|大多|大多数|大部分|基本上?|多半|一半)*(?:是)?(?:从|在|靠)?\s?(?:网上|线上|${SHOPPING_PLATFORMS_ZH}|微信|朋友圈|闲鱼)(?:上面?|里面?)?\s?(?:来的?|过来的?|接的|下的|找来的)`,
  String.raw`(?:网上|线上|${SHOPPING_PLATFORMS_ZH}|微信|朋友圈|闲鱼)(?:上面?|里面?)?(?:来的?|过来的?|下的)(?:订单|单子|客户|客人|顾客)`,
  // The English word before a Chinese one: 做点online零售, online销售.
  String.raw`online\s*(?:零售|销售|卖|店|商城|渠道)`,
  '有赞',
  // Online named as a part of the sales beside its sum (店里一个月五万 网上好点的时候七八万, 网上还有一万): the firm sells online;
  // not online said as where a claim was read or a loan asked (网上说, 网上申请).
  String.raw`(?:网上|线上)[^，。,.!?；;\d说看查搜申贷借]{0,8}(?:\d|[一二两三四五六七八九十]+\s*[万千百])`,
];

/** Who buys from the firm and may owe it: the buyers named (buyers.ts: 客户, 甲方, 采购商), 大客户, 总包, 开发商. */
// The buyers named by the kind of firm that buys: a plant, a hotel, a restaurant, a dealer (厂里压了我们八十多万货款).
// The sites or works a supplier's goods go to pay as buyers do (工地老是压款, 项目上拖款).
// ...and the buyers downstream named by their kind (下游的酒厂要压三个月; round 37).
const BUYERS = `(?:大客户|下游的?[\u4e00-\u9fff]{1,3}?(?:厂|公司|企业|商|店|户)|${BUYER_WORDS}|工地|项目上|项目部|业主|总包|总承包方?|开发商|收购商|收购站|分销商|进口商|超市|商场|医院|学校|国企|政府|厂里|厂家|工厂|加工厂|搅拌站|砂石场|水泥厂|酒店|饭店|餐馆|合作社)`;
/** The buyers named in English among Chinese words (distributor, hotel, co-op): round 27 adds the places that buy. */
const BUYERS_EN = String.raw`\b(?:buyers?|customers?|clients?|distributors?|dealers?|wholesalers?|importers?|hotels?|restaurants?|supermarkets?|factor(?:y|ies)|co-?ops?)\b`;
/** The money a buyer owes: 货款, 工程款, 进度款. */
// Invoices billed (发票还有六十多万没结) are the buyer's money owed as much as the goods' money.
const OWED_MONEY = String.raw`(?:货款|工程款|进度款|材料款|尾款|账款|加工费|运费|发票)`;
/** A sum as owners write it, its filler words after it: 八十来万, 一百多万, 60万, 三十几万块, 四十万左右. */
const OWED_SUM = String.raw`[\d一二两三四五六七八九十几百千万.,]+\s*(?:多|来|几)?\s*(?:万|千|w|k|块|元)\s*(?:多|来)?(?:块|元)?(?:左右)?`;
/** Not paid yet, said after the money: 没结, 还没给, 一直没打过来, 到现在都没到账. */
// The English verb typed after 没 too (还有 400万 没 pay).
const NOT_PAID_YET = String.raw`(?:都|还|一直|迟迟|到现在都?|现在都?)*(?:莫得|没得|没|未)\s*(?:结账|结款|付款|回款|打款|给钱|付钱|到账|打过来|转过来|回来|收回|收到|结|给|付|打|转|pay\b|paid\b|settled?\b)`;
/** A while: 三个月, 半年, 九十天. */
/** After 没: not paid, settled or come back, the verb in English too (没 settle; round 59). */
const NOT_SETTLED = String.raw`(?:结|付|给|到账|回来|收回|打|转|\s*(?:settled?|paid|pay)\b)`;
const A_WHILE = String.raw`(?:[\d一二两三四五六七八九十几半]+\s*个?\s*多?(?:月|天|周|礼拜|星期|年))`;
/**
 * What may stand between the buyer's money and its not being paid: a habit word, how long till now, the money held
 * (压着, 拖着, Yunnan 拖起), English still, a space (货款压着半年了都没结, 尾款到现在都还没结, 钱一直拖起 莫得结).
 */
const HELD_SINCE = String.raw`(?:都|还|一直|迟迟|老是|到现在|至今|拖着|压着|欠着|拖起|压起|压了|拖了|${A_WHILE}了?|still\b|\s)*`;
/**
 * Paid late by a while, as a habit or once more (老是拖两三个月, 总是晚三个月, 又 delay 了 两个月, 老是 late 一个多月): the
 * buyer's money comes that much after it is due.
 */
// ...the habit said any way (一向, 向来, 一般, 通常, 基本上: 付款一向要拖两个多月, round 23).
/** Paid late by a while as a habit, the verb alone: 经常一拖就是两个月, 老是一压就是半年 (round 55). */
const LATE_AS_A_HABIT = String.raw`(?:经常|老是|总是|往往|动不动|动不动就|每次都?|每回都?)\s*一?(?:拖|压)\s*(?:就是|就|起码|至少|都是)\s*(?:好)?${A_WHILE}`;
const HABIT = String.raw`(?:都|还|老是|总是|经常|每次都?|每回都?|又|一直|要|一向|向来|从来都|一般|通常|往往|基本上?|\balways\b|\bagain\b|\s)`;
const LATE_BY = String.raw`\s*${HABIT}*(?:拖|压|晚|慢|延迟|推迟|拖延|\bdelay(?:ed|s)?\b|\blate\b)\s*(?:了|个|着|到)?\s*(?:快|将近|差不多|都|已经)?\s*${A_WHILE}`;
/** Paid slowly as a habit, no while said (回款一向很慢, 结账总是拖): said of the buyers' money or the buyers named. */
const SLOW_PAID = String.raw`\s*${HABIT}*(?:很|太|特别|比较|非常|都)?(?:慢|拖)(?![\u4e00-\u9fff]{0,1}[了着起]?\s*(?:我们|我))`;
/** Not the firm's own debt: 我们还欠供应商货款, 我欠工程款. */
/** The year's end, when some buyers settle once (年底, 年末, 腊月, 过年前). */
const YEAR_END = String.raw`(?:年底|年末|年终|年尾|腊月|过年)(?:前|的时候)?`;
const NOT_OURS = String.raw`(?<!我们|我|我家|我们还|我还|自己)`;
/** Not said of those the firm buys from (供应商, 供货商, 厂家, 上游, 货主, supplier): they hold goods, not the firm's takings; a wholesaler may be a buyer (批发商欠我们二十多万货款). */
const NOT_A_SUPPLIER_HOLDING = String.raw`(?<!(?:供应商|供货商|供货的|厂家|上游|货主|\bsuppliers?\b)\s?(?:那边|那里)?\s?(?:都|还|一直|老是)*)`;
/** Not a deposit held (压了我们十几万的定金, 压了我们的押金): no takings of a sale (goods a buyer holds unpaid, 超市压了我们二十万的货, still are). */
const NO_DEPOSIT_HELD = String.raw`(?![^，,。；;！？!?]{0,10}?(?:定金|订金|押金|保证金))`;
/** Farmers as a shop's buyers (养殖户, 农户, 茶农): their word names no trade of the firm's when they owe it. */
const FARM_BUYERS = '养殖户|种植户|农户|果农|茶农|菜农|花农|烟农|蔗农';
/** Buyers on credit owing a bare sum (养殖户欠了十几万, 熟人那边还赊着两万): said after them. */
const OWES_A_SUM = String.raw`(?:那边|那里)?\s*(?:都|还|一直)*\s*(?:欠|赊|拖)(?:着|了)?\s*${OWED_SUM}`;
/** ...or paying only after a while (农户都是秋收以后才给钱): said after them. */
const PAYS_AFTER_A_WHILE = String.raw`[^.!?;。！？；]{0,16}(?:才|以后|之后)\s*(?:付款|回款|结账|结款|结算|给钱|付钱|打款|付|给|结)`;
/** People who buy from a shop or a stall on credit, not named as firms (有人, 熟人, 村里人, 老顾客): round 35. */
const CREDIT_BUYERS = String.raw`(?:(?<!没)有人|好多人|不少人|很多人|熟人|熟客|老顾客|老客户|顾客|村里人|街坊|邻居|(?<!我们|我|我家)工人|老主顾|主顾|回头客|常客|养殖户|种植户|农户|果农|茶农|菜农)`;
/** Settled only once a term longer than a month, or one batch always held (一学期结一次, 季度结, 压一批结一批; round 39). */
const SETTLED_SELDOM = String.raw`(?:(?:一|每)\s*个?\s*(?:学期|季度|半年)|(?:按|是|都是)\s*(?:季度|学期|半年))\s*(?:才|一般)?\s*(?:结|付|给钱|结账|结款|结算|付款)|季结|压一批(?:货)?\s*(?:才)?\s*结一批`;
/**
 * Money a buyer owes the firm (应收账款, 甲方欠我们工程款, 回款要半年, 工程款还没结): the firm's need
 * comes from a receivable, which supply-chain finance and factoring lend on (paper §2; recommend.ts).
 * Not the firm owing (我们欠供应商三十万): the owed side is always the firm (我们) or a buyer's money.
 */
export const buyerOwes: Words = [
  String.raw`应收(?:账款|款)`,
  // A buyer's money held back from the firm: 欠我们二百万, 拖欠我们的货款, 压了我们一百多万; typed apart too (客户 欠 我们).
  // Not the firm's suppliers holding its goods or a deposit (供应商压了我们二十万的货, 厂家压了我们十几万的定金; round 36, fix36c, convention
  // 253): a supplier holding goods is no buyer owing.
  String.raw`${NOT_A_SUPPLIER_HOLDING}(?:拖欠|欠|压|拖)\s?(?:着|了)?\s?(?:我们|我家)${NO_DEPOSIT_HELD}`,
  // ...差 for 欠, a sum after (去年的茶叶钱到现在还差我们十几万; round 53): still owed to the firm, as 欠我们.
  String.raw`(?:还|都|一直|到现在还)\s?差\s?(?:我们|我家)\s?(?:的)?\s?${OWED_SUM}`,
  // ...said with the English verb, as mixed messages type it (业主 still owe 我们 100万, 客户 owes 我们 20万).
  String.raw`\b(?:still\s+)?(?:owes?|owing|owed)\s*(?:我们|我家|我)`,
  // ...a while between (超市那边欠了三个月的货款, 压着半年的工程款; round 33).
  String.raw`${NOT_OURS}(?:拖欠|欠着|欠了|还欠|欠|压着|压了|拖着|拖了)(?:${A_WHILE})?(?:的)?${OWED_MONEY}`,
  // The buyer's money not yet paid: 工程款还没结, 货款一直没给, 进度款迟迟不付, 工程款一直结不下来 (not what the firm owes:
  // 欠物流公司的运费还没结, so no 欠 before it in the clause, and not the fees the firm itself pays).
  // The buyer may be named between, and the money 打 (sent) or 转 (transferred): 货款客户还没打过来; the verb in English (货款 到现在 still 没
  // settle; round 59).
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})(?:货款|工程款|进度款|材料款|尾款|账款|发票)(?:\s*[\u4e00-\u9fff]{0,4}?(?:客户|买家|甲方|老板|对方|他们|那边))?${HELD_SINCE}(?:(?:莫得|没得|没|未|不)${NOT_SETTLED}|(?:结|收|要|拿|讨)不(?:下来|回来|到手?))`,
  // Goods taken, their money not sent since (仰光那个老板去年十一月拿的三十多万的茶叶钱 到现在还莫打过来; round 67, judge-240; 莫 for 没).
  // (Not goods the firm took: 我拿的货钱还没付 is the firm owing.)
  String.raw`(?<!我|我们|我家|自己|咱们)拿(?:了|的|走的?)[^。！？!?]{0,16}?(?:钱|款)\s*(?:到现在|至今)?\s*(?:还|一直|都)?\s*(?:莫|没|没有|未)\s*(?:打|付|给|结|转)`,
  // The buyer's money not come: 客户的钱还没回来, 客户款还没到.
  // ...or not come down (甲方的钱还没下来, 项目款还没拨下来; round 32).
  String.raw`(?:客户|买家|甲方|经销商|超市|酒店)(?:的|那边的?)?(?:钱|款|货款|账)(?:都|还|一直|迟迟)*(?:没|未)(?:回来|到|到账|打过来|结|给|下来|拨下来|拨)`,
  // ...a while said between (老挝买家的钱三个月了还没打过来, 客户的货款快半年了还没结; round 31, fix31d).
  String.raw`(?:客户|买家|甲方|经销商|超市|酒店)(?:的|那边的?)?(?:钱|款|货款|账)\s*(?:快|都|已经)?${A_WHILE}了?\s*(?:都|还|一直|迟迟)*(?:没|未)(?:回来|到|到账|打过来|打|结|给)`,
  // The buyer named, goods taken, then not paid (仰光那边的客户 三月份拿的茶 到现在还没付, yangon 那边的客户 … 还没 pay; round 57, convention
  // 670): the buyer owes for the goods.
  String.raw`(?:${BUYERS}|(?:越南|老挝|缅甸|泰国|国外|外国)(?:的|那个|那边的?)?老板)[^。.!?；;]{0,16}?(?:拿|提|进|要)(?:了|的|走)[^。.!?；;]{0,16}?${NOT_PAID_YET}(?![^\s，。,.!?；;]{0,1}[回答意反消])`,
  // ...said due by a time gone (泰国客户的货款上个月就该到了, 客户的钱早就该打过来了; round 62): late, the buyer owes it.
  String.raw`(?:${BUYERS})(?:的|那边的?)?\s*(?:钱|款|货款|账|尾款)[^。.!?；;]{0,10}?(?:早就|就|早)?(?:该|应该)\s*(?:到|到账|打过来|转过来|给|结|付)(?:了|的)`,
  // ...held a while this time again, not paid yet (越南 buyer 这回又拖了两个多月 still 没打钱; round 61, 716).
  String.raw`${BUYERS}(?:这回|这次|又|还|都|已经|\s)*拖了[^。.!?；;]{0,12}?(?:没|未)(?:打钱|付钱|给钱|打款|付款|结账|结|给|付|打)`,
  // The buyer named, then not paid: 甲方还没给, 开发商一直没结, 项目的钱甲方还没给 (not a reply not given: 客户还没给回复).
  String.raw`${BUYERS}(?:那边|那里)?(?:的钱|的款)?${HELD_SINCE}(?:莫得|没得|没|未|不)(?:结账|结款|付款|回款|打款|给钱|付钱|结|给)(?![^\s，。,.!?；;]{0,1}[回答意反消])`,
  // ...or only at the year's end, the buyer or its money before (饭店那边都是年底统一结账, 货款要等到年底才给, 工地老板年底才结账;
  // round 29): not the firm's own debt (欠的货款年底才结).
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})(?:${BUYERS}|${BUYERS_EN}|${OWED_MONEY})\s*(?:那边|那里)?[^，。,.!?；;\s]{0,10}?\s*${YEAR_END}(?:统一|一次性|才|再|才能|才会|一起|一并)*\s*(?:结账|结款|结算|付款|回款|给钱|付钱|打款|结|给|付)`,
  // Paid after a while, said of a buyer: 甲方一年以后才结账, 采购商都是三个月后才付款, 医院的货款要半年才结.
  String.raw`${BUYERS}[^.!?;。！？；]{0,16}(?:才|以后|之后|后)\s*(?:付款|回款|结账|结款|结算|给钱|付钱|打款|付|给|结)`,
  // A buyer's money held back with its sum between (拖着一百多万的货款, 压了我们八十多万货款): not the firm's own (我们还欠着二十万货款).
  String.raw`${NOT_OURS}(?:拖欠|欠着|欠了|还欠|压着|压了|拖着|拖了)\s*(?:我们|我家)?\s*${OWED_SUM}\s*(?:的)?${OWED_MONEY}`,
  // ...or the money, then held with its sum after (医院那边的货款还压着八十多万); not what the firm owes (欠…).
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})(?:货款|工程款|进度款|尾款|账款|发票)\s*(?:都|还|一直)*(?:压着|拖着|压了|拖了)\s*${OWED_SUM}`,
  // ...or the money and its sum, then held back (有个业主尾款十二万一直拖着不给, 货款三十万压着不结; round 31, fix31c): still owed.
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})(?:货款|工程款|进度款|材料款|尾款|账款|发票)\s*(?:都|还|一直|\s)*(?:有|差|剩)?\s*${OWED_SUM}\s*(?:都|还|一直|老是|总是|\s)*(?:拖着|压着|拖起|压起|拖了|压了|不给|不结|不付)`,
  // ...a service firm's fees so (有家单位的设计费拖着八万没给, 体检费欠了我们八万多, 培训费十几万一直拖着不给; round 34, fix34d, convention 200):
  // held or owed to the firm named, never a fee alone with 欠 (物业费还欠着两万: the firm's own), nor held with no debtor named before
  // it (我们商铺的物业费拖了两万多: the firm's own to pay; round 34, the review of the merge).
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})(?:${FEE_DEBTOR_BEFORE}(?:${FEES_OWED})\s*(?:都|还|一直)*(?:拖着|压着|拖了|压了)|(?:${FEES_OWED})\s*(?:都|还|一直)*(?:欠着|欠了)\s*(?:我们|我家))\s*${OWED_SUM}`,
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})${FEE_DEBTOR_BEFORE}(?:${FEES_OWED})\s*(?:都|还|一直|\s)*${OWED_SUM}\s*(?:都|还|一直|老是|总是|\s)*(?:拖着|压着|拖起|压起)\s*(?:不给|不结|不付|没给|没结|没付)?`,
  // ...with no debtor named, a payer not giving or settling (培训费十几万一直拖着不给): owed to the firm, as the firm's own would be 没交.
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})(?:${FEES_OWED})\s*(?:都|还|一直|\s)*${OWED_SUM}\s*(?:都|还|一直|老是|总是|\s)*(?:拖着|压着|拖起|压起)?\s*(?:不给|不结|没给|没结)`,
  // ...or held back with no sum, the phrase ending there (有些业主尾款拖着, 货款一直压着): still owed to the firm.
  // ...the carrier's fares or the work's fees too, and a wish after it run on with no break (越南客户的运费一直拖着 想借八十万, typed
  // apart and read joined: 运费一直拖着想借; round 34, fix34b).
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})(?:货款|工程款|进度款|尾款|账款|材料款|${FEE_DEBTOR_BEFORE}(?:运费|加工费))\s*(?:都|还|一直|老是|总是)*(?:拖着|压着|拖起|压起)(?:不给|不结|不付)?(?=\s*$|[\s，,。；;!！?？]|想|要|准备|打算)`,
  // ...or the money, then its sum, not paid yet (工程款还有四百多万没结, 尾款还差三十万没到账); not what the firm owes (欠…).
  String.raw`(?<!欠[^，,。；;！？!?]{0,12})(?:货款|工程款|进度款|材料款|尾款|账款|发票)\s*(?:都|还|一直|到(?:现在|今天|目前|如今)|至今|\s)*(?:有|差|剩)?\s*${OWED_SUM}\s*${NOT_PAID_YET}`,
  // ...or the buyer, then the sum not paid yet (开发商还有八十来万工程款没结, 超市那边还有六十万没给, 客户还有二十万没打过来).
  String.raw`(?<!欠[^，,。；;！？!?]{0,6})${BUYERS}(?:那边|那里)?(?:的)?(?:${OWED_MONEY}|钱|款)?(?:都|还|一直|迟迟|老是)*(?:有|差|剩|压着|拖着)\s*${OWED_SUM}(?:的)?(?:${OWED_MONEY}|钱|款)?${NOT_PAID_YET}`,
  // ...or the buyer named by the place or the works it runs, 那边 after it (电站那边还有四百万没结, 项目那边 还有 80万 没 pay):
  // not the firm's own side (我们那边).
  String.raw`(?<!欠[^，,。；;！？!?]{0,6})[\u4e00-\u9fff]{1,4}(?<!我们|我|我家|自己|这边)那边\s*(?:都|还|一直)*\s*(?:有|差|剩)\s*${OWED_SUM}\s*(?:的)?(?:${OWED_MONEY}|钱|款)?\s*${NOT_PAID_YET}`,
  // ...or the sum first, the money named, then not paid yet, the buyer perhaps between (还有 30万 的发票 客户没付, 有五十万货款还没收回来).
  String.raw`(?<!欠[^，,。；;！？!?]{0,6})${OWED_SUM}\s*(?:的)?\s*${OWED_MONEY}\s*${BUYERS}?\s*${NOT_PAID_YET}`,
  // ...the money named in English among the Chinese words (尾款 read as final payment in a message of more English words: the developer
  // 尾款 还有 80万 没给; round 33, fix33a).
  String.raw`\b(?:final|progress) payment\b\s*(?:都|还|一直|\s)*(?:有|差|剩)?\s*${OWED_SUM}\s*${NOT_PAID_YET}`,
  // The money stuck with the buyer: 货款压在经销商那边, 钱都卡在甲方那里; or not to be got back from them (…收不回来).
  String.raw`(?:${OWED_MONEY}|钱|款子?|资金)(?:都|全|还|全部|大部分)?(?:压|卡|押|拖)在${BUYERS}`,
  String.raw`(?:${OWED_MONEY}|${BUYERS})[^，。,.!?；;]{0,16}(?:收不回|要不回)`,
  String.raw`${NOT_OURS}(?:回款|结账|结款|账期)(?:周期|时间)?(?:都|一般|要|得|是|基本)*\s*${A_WHILE}`,
  // A buyer holding the money a while or until a while, as a habit or once more (客户还要压三个月, 酒店都是月结 经常拖到六十天; round 37,
  // fix37f, convention 318): not the firm's own paying (我们拖到六十天才给供应商).
  // ...not before the money held (酒店那边拖着两个月的货款: the line of the money held reads it).
  String.raw`${BUYERS}\s*(?:那边|那里)?${LATE_BY}(?!\s*的?\s*(?:${OWED_MONEY}|款|钱))`,
  // ...nor the loan stretched to a while and repaid then (要是拖到三年还 利息格要多出一大截; round 61, convention 717).
  String.raw`(?<!(?:我们|我|自己)[^，。,.!?；;\s]{0,8})${HABIT}*(?:拖|压)到\s*${A_WHILE}(?!\s*才?\s*(?:给|付)\s*(?:供应商|工人|厂家|上游))(?!\s*(?:才|再)?\s*还(?!\s*(?:没|不|是|在|要|欠)))`,
  // ...or until a season, not paid even then (有的拖到过年都不给; round 54).
  String.raw`(?<!(?:我们|我|自己)[^，。,.!?；;\s]{0,8})(?:拖|压)到\s*(?:过年|年底|年后|明年|年尾|春节)\s*(?:都|还|也)?\s*(?:不给|不结|不付|没给|没结|没付)`,
  // The buyer's payment, typed in English among Chinese (read 款), taking a while (客户 payment 要 60 天).
  String.raw`(?:${BUYERS}|${BUYERS_EN})\s*(?:的)?\s*(?:\bpayments?\b|款)\s*(?:都|一般|要|得|是)*\s*${A_WHILE}`,
  String.raw`账期(?:长|太长|很长|久|太久)|回款(?:慢|难|太慢|周期长)`,
  // A buyer's money or payment late by a while, as a habit or once more (越南客户的货款老是拖两三个月, 经销商回款总是晚三个月,
  // 老挝 buyer 的 payment 又 delay 了 两个月): owed to the firm meanwhile; the while is no term (figures' paid-before mark).
  String.raw`${NOT_OURS}(?:${OWED_MONEY}|回款|结款|结账|付款)${LATE_BY}`,
  String.raw`(?:${BUYERS}|${BUYERS_EN})\s*(?:那边|那里)?(?:的)?\s*(?:\bpayments?\b|付款|回款|结账|结款|钱|款)(?:${LATE_BY}|${SLOW_PAID})`,

  // The fees the firm's customers pay for its service owed by them (业主欠物业费的多, 租户拖欠租金, 家长欠学费): the buyer
  // named first, so not the firm's own fees (我们欠了物业费).
  String.raw`(?:${BUYERS}|租户|住户|家长|学员|会员)(?:都|还|老是|总是|经常|一直)*(?:拖欠|欠着|欠了|欠|拖着|拖)(?:的)?(?:物业费|服务费|管理费|租金|房租|学费|培训费|停车费)`,
  // Paid only after the money is held a while, whoever holds it (老板每次都要压两个月才给钱, 一般拖三个月才结; round 27, convention 16):
  // not the firm paying its own (我们都是压两个月才给供应商钱).
  String.raw`(?<!(?:我们|我|自己)[^，。,.!?；;\s]{0,8})(?:压|拖)\s*(?:了|个)?\s*${A_WHILE}\s*(?:以后|之后|后)?\s*才\s*(?:给钱|付钱|付款|回款|结账|结款|打款|结|给|付|打)(?!\s*(?:供应商|工人|工资|房租|厂家|上游))`,
  // They, the buyers just named, paying only after a while (我们卖给昆明的烘焙厂 他们60天才结账, 他们一般三个月才付款; round 41):
  // whoever pays the firm is a buyer; not the firm owing them (欠他们) nor paying its own (才给供应商).
  String.raw`(?<![给欠])他们\s*${HABIT}*${A_WHILE}\s*(?:以后|之后|后)?\s*才\s*(?:给钱|付钱|付款|回款|结账|结款|结算|打款|结|给|付|打)(?!\s*(?:供应商|工人|工资|房租|厂家|上游))`,
  // The buyer named, then owing a sum with no 我们 (客户欠着三十多万没给, 经销商还欠着六十万, 超市那边拖着二十来万没结; round 30):
  // the firm's own debts name the firm first (我们还欠着供应商…), the buyer here owes it.
  String.raw`(?<!(?:我们|我|我家|自己)[^，。,.!?；;\s]{0,6})${BUYERS}(?:那边|那里)?\s*(?:都|还|一直)*\s*(?:欠着|欠了|还欠|拖着|压着)\s*${OWED_SUM}(?:的)?(?:${OWED_MONEY}|钱|款)?`,
  // ...or said held in the passive (工程款被拖着, 货款被压了三个月; round 30).
  String.raw`(?:${OWED_MONEY}|钱|款)\s*(?:都|还|一直)*被\s*(?:[\u4e00-\u9fff]{1,4})?(?:拖|压|欠|卡)(?:着|了|住)?`,
  // The buyer's money typed in English (payment, read 款), held back (茶厂那边 payment 压着没结; round 30): 款 after the buyer's side.
  String.raw`(?:那边|那里|${BUYERS})\s*(?:的)?\s*款\s*${HELD_SINCE}(?:(?:莫得|没得|没|未|不)(?:结|付|给|到账|回来|打|转)|压着|拖着|拖起|压起)`,
  // A government client's or an owner's money not yet allocated or in place (政府项目的款还没拨下来, 财政的钱还没到位, 甲方资金迟迟没拨;
  // round 32, fix32d, convention 131): the job's payment still owed to the firm.
  String.raw`(?:${BUYERS}|财政)[^，。,.!?；;\s]{0,4}?(?:的)?(?:钱|款|资金|${OWED_MONEY})${HELD_SINCE}(?:莫得|没得|没|未)(?:有)?(?:拨|批下来|到位)`,
  // A buyer said to hold back payment, the verb and its money in one word (客户老是拖款, 甲方一直压款, 经销商赖账).
  String.raw`(?:${BUYERS}|${BUYER_BY_HEAD})\s*(?:(?:都|老是|总是|经常|一直|又|还)\s*)*(?:拖款|压款|拖账|压账|拖钱|赖账|欠款不还)`,
  // ...or said to hold it back and not pay, no money named (装修队老是拖着不给钱, 那几家火锅店一直压着不结; round 36, fix36c).
  String.raw`(?:${BUYERS}|${BUYER_BY_HEAD})\s*(?:那边|那里)?\s*(?:(?:都|老是|总是|经常|一直|又|还)\s*)*(?:拖着|压着|欠着|拖起|压起)\s*(?:不给|不结|不付|没给|没结)(?:钱|款|账)?`,
  // ...or the one signed with (合同都签了的 他还是一直拖着不给; round 59).
  HELD_UNDER_CONTRACT,
  // Customers buying from the firm on credit, told as what they do (老有人赊账, 村里人都爱赊账, 熟客经常挂账; round 35, fix35d, convention
  // 230): money out with them, as a buyer's habit of paying late is (convention 16); not credit only asked for or weighed (想赊两个月).
  String.raw`(?<!(?:没有|没|不让|不给|不准|不许|不能)\s*)(?:${BUYERS}|${CREDIT_BUYERS}|${BUYER_BY_HEAD})\s*(?:(?:都是|都|老是|总是|经常|一直|又|还|也|爱|喜欢|是)\s*)*(?:${ON_CREDIT})`,
  // ...and the sum they took on credit not paid (老板赊了二十几万没给), or out on credit with them (外面欠了一万多, 赊出去的账有三万多):
  // not the firm's own (我们赊了厂家二十万, 我在外面欠了一万).
  String.raw`(?<!(?:我们|我|我家|自己|厂家|供货商|供应商|批发商|批发部|上游|那里|那边|\bsupplier)[^，。,.!?；;\s]{0,6})赊(?:了|走了?|着)\s*${OWED_SUM}\s*(?:的货)?\s*${NOT_PAID_YET}`,
  String.raw`(?<!(?:我们|我|我家|自己)[^，。,.!?；;\s]{0,6})(?:外面|外头)(?:还|都)?(?:欠(?:着|了)?|赊(?:着|了)?|挂着)\s*${OWED_SUM}`,
  String.raw`赊(?:出去|给人家?)(?:了|的)?(?:账|钱|货)?(?:还有|有|差不多|大概)*\s*${OWED_SUM}`,
  // A buyer settling only once a term longer than a month, or always holding one batch (学校食堂一学期结一次账, 客户是季度结, 超市压一批结一批;
  // round 39): money out with the buyer all the while, as a habit of paying late is (convention 16); a month's settling (一个月结一次) is the
  // ordinary terms, none; not the firm's own paying (我们一个季度给厂家结一次).
  String.raw`(?<!(?:我们|我|自己)[^，。,.!?；;\s]{0,8})${NOT_A_SUPPLIER_HOLDING}(?:${SETTLED_SELDOM})`,
  // Buyers on credit (farmers, regulars) owing a bare sum or paying only after a while (养殖户欠了十几万, 农户都是秋收以后才给钱; round 39):
  // a feed or seed shop's customers, as a buyer named by its kind owes.
  String.raw`(?<!(?:我们|我|我家|自己)[^，。,.!?；;\s]{0,6})${CREDIT_BUYERS}${OWES_A_SUM}`,
  String.raw`(?<!(?:我们|我|我家)(?:是|都是|就是)?)${CREDIT_BUYERS}${PAYS_AFTER_A_WHILE}`,
  // A payment said late in English among the Chinese (我们的 buyer 在泰国 payment 总是 late: read 款 … late; round 39), not a loan's.
  String.raw`(?<![贷借])款\s*(?:都|老是|总是|经常|一直|\balways\s|\boften\s)?\s*(?:\blate\b|\bdelayed\b|\boverdue\b)`,
  // Settling terms or the buyers told before, then a habit of paying a while late with no one named (给几家酒店供货 都是月结 经常一拖就是两个月;
  // round 55, convention 573): the buyers', not the firm's own paying (我们…经常一拖, 给供应商).
  String.raw`(?<=(?:月结|季结|账期|结账|结款|${BUYERS})[^。.!?；;]{0,14})(?<!(?:我们|我|自己|供应商|厂家)[^，。,.!?；;\s]{0,6})${LATE_AS_A_HABIT}`,
  // A buyer named, then its money held with a sum later in the sentence (超市都是月结 压着六十多万): the buyer's, no 我们 between.
  // ...not the firm's own shop of that kind (我们开超市的 压着四十多万的货: its stock).
  String.raw`(?<!(?:我们|我|我家|自己)[^，。,.!?；;\s]{0,3})${BUYERS}[^。.!?；;我]{0,12}?(?:压着|拖着|压了|拖了)\s*${OWED_SUM}`,
];

/**
 * A platform that holds and settles the firm's takings (抖音结算要七天, 淘宝回款慢, 平台压着两个礼拜的货款; round 31, convention 77):
 * the wait is the platform's settlement cycle, no buyer owing (refiners/platform-payout.ts). The shop's own back office named too.
 */
export const platformPayers: Words = [
  // Not 1688 inside a sum (欠我们16880块), nor a lending or credit platform (信易贷平台, 应收账款融资服务平台): round 31 review.
  String.raw`${SHOPPING_PLATFORMS_ZH}|抖店|${DELIVERY_PLATFORMS_ZH}|微信小店|视频号|阿里巴巴|(?<!\d)1688(?!\d)|闲鱼|有赞|亚马逊|速卖通|虾皮|(?<!信易贷|服务|融资|信用|贷款|借贷|网贷)平台`,
  String.raw`\b(?:shopee|lazada|tiktok|amazon|temu)\b`,
  // The travel platforms that pay a homestay or a tour operator after the stay or the tour (convention 157).
  TRAVEL_PLATFORMS,
];
/** The takings on a payment code or a wallet (收款码上的流水, 微信流水, 支付宝的收入; round 39): a wallet's records (run.ts codeIsTheWallets). */
export const codeTakings: Words = [String.raw`(?:收款码|二维码|码上|微信|支付宝|扫码)[^，。,.!?；;\s]{0,3}(?:流水|收款记录|收入|进账)`];
/** The buyers named, in Chinese or in English among it: a buyer beside a platform is who owes (超市那边回款慢). */
export const buyersNamed: Words = [BUYERS, BUYERS_EN];

/**
 * Round 24, convention 14: beside a receivables question, buyerOwes is kept when money is already owed (a debt or a buyer's
 * late paying told), not when credit is only asked for or weighed (要我们给三个月账期 格答应得), nor when receivables are only named
 * as what a loan may be raised on (应收账款能不能拿去融资: the way asked). `receivableNamed`: the flag's words that only name
 * the receivable (direct-question.ts); `creditWeighed`: a buyer's terms asked for or weighed; `debtTold`: a debt or a habit
 * of paying late told, which wins over the terms weighed (老是拖款 现在又要六十天账期).
 */
export const receivableNamed: Words = [String.raw`^应收(?:账款|款)$`];
export const creditWeighed: Words = [
  String.raw`要求|(?:要|让|叫)我们(?:给|等)|想赊|要赊|赊(?:账|欠|货|[\d一二两三四五六七八九十几半]+)|账期|月结|答应|接受|同意|接不接|接得|风险|稳不稳`,
];
/** The firm's suppliers, by the words owners use (供应商, 厂家, 上游), and their money (供应商的货款, 厂家那边的钱). */
const SUPPLIERS = '(?:供应商|供货商|供货的|上游|批发商|货主|厂家|原料厂)(?:那边|那里)?';
const OWED_TO_SUPPLIERS = String.raw`${SUPPLIERS}(?:的)?\s?(?:货款|款子|钱|账款|尾款|材料款|账)`;
/**
 * Money named as the firm's suppliers' (供应商的货款, 欠厂家的钱, 给上游的尾款; round 39): what the firm owes them, never a buyer's debt to
 * it, however late it is said to be (供应商的货款拖了两个月, 我们给供应商的货款经常拖: `refiners/own-payable.ts`).
 */
export const suppliersMoney: Words = [String.raw`(?:欠|给|付|该付|要付|结给|打给)?(?:了|着)?${OWED_TO_SUPPLIERS}`];
/** ...told as a debt, owed or held back (欠了供应商的货款, 给厂家的钱经常拖): no need named by it, with no wish to borrow (own-payable.ts). */
export const suppliersDebt: Words = [
  String.raw`欠(?:了|着)?\s?${OWED_TO_SUPPLIERS}`,
  String.raw`${OWED_TO_SUPPLIERS}\s?(?:都|老是|总是|经常|一直|还|已经)*\s?(?:拖|压|没付|没给|没结|没还|欠着)`,
];

/**
 * A debt owed to the firm said paid after all (欠我们的十八万总算打过来了, 货款结清了, 那笔钱要回来了, 上个礼拜结了; round 27, convention 35):
 * no money owed now, the buyer-owes flag, the receivables question and the debt's purpose dropped (refiners/debt-settled.ts, the
 * one refiner since round 28); not a debt still not paid (还没结, 没有付清, 一直不结: the guard).
 */
const NOT_YET_PAID = String.raw`(?<!(?:没|没有|未|不|别)\s*)`;
/** Not a payment the firm must make (要先把原料钱付了, 得把房租交了; round 30): its own bill, to pay, not a buyer's debt paid. */
const NOT_TO_PAY = String.raw`(?<!(?:要|得|需要|想|准备|打算|先)\s*(?:先\s*)?把[^，。,.!?；;\s]{0,10})`;
export const debtPaid: Words = [
  String.raw`${NOT_YET_PAID}${NOT_TO_PAY}(?:(?:打|转|汇)过来|打来|结清|付清|还清|结掉|结完|要回来|收回来|到账|收到|给我们|结|付|还)了`,
  String.raw`${NOT_YET_PAID}(?:结清|付清|还清|到了账)`,
];
export const debtTold: Words = [
  String.raw`欠|拖|压(?:款|账|着|了|起)|没结|没给|没付|没打|未付|未结|还没|收不回|要不回|老是|总是|经常|一直|向来|一向|慢|回款难`,
];
/**
 * The words after a sum owed to the firm that say it is not paid yet (工程款还有四百多万没结, 甲方还有八十来万货款没结,
 * 货款压在经销商那边 八十多万收不回来): a cue of a sum that is none of the loan's (figures.ts), after a buyer or the
 * buyer's money named before it in its clause.
 */
export const owedNotPaid: Words = [
  // The buyer may be named by the place or the works with 那边 (电站那边 还有 400万 没 pay), not the firm's own side (我们那边).
  String.raw`(?<=(?:${OWED_MONEY}|${BUYERS}|(?<!我们|我|我家|自己|这边)那边)[^，。,.!?；;]{0,14})(?:的)?(?:${OWED_MONEY}|款子?|钱)?${NOT_PAID_YET}`,
  String.raw`(?<=(?:${OWED_MONEY}|${BUYERS}|钱|款)[^，。,.!?；;]{0,14})(?:收不回|要不回)来?`,
  // ...or held back after the money and its sum (尾款十二万一直拖着不给, 尾款 15万 一直 拖着; round 31, fix31c).
  String.raw`(?<=${OWED_MONEY}[^，。,.!?；;]{0,14})(?:(?:都|还|一直|老是|总是)(?:都|还|一直|老是|总是|\s)*)?(?:(?:拖着|压着|拖起|压起)(?:不给|不结|不付|没给|没结)?|不给|不结|不付)`,
  // ...or still hanging, after a batch's money or a buyer (上个月那批咖啡豆的二十八万到现在还挂着; round 59): owed, not the loan.
  String.raw`(?<=(?:${OWED_MONEY}|${BUYERS}|那批|这批|上批|那单|这单)[^，。,.!?；;]{0,14})(?:的)?(?:钱|款)?(?:都|还|一直|到现在|现在)*\s*挂(?:着|起|在账上)`,
  // ...or the sum, then the money named as stuck with a buyer (还有六十多万货款压在超市那边).
  String.raw`(?:的)?(?:${OWED_MONEY}|款子?|钱)(?:都|全|还)?(?:压|卡|押|拖)在${BUYERS}`,
];

/** Owing the firm, said in English after a buyer's Chinese name (开发商 hasn't paid us, 经销商 still owe us). */
const OWES_US_EN = String.raw`(?:(?:still\s+)?(?:owes?|owing)\s+(?:us|me)\b|(?:has|have)(?:n['’]?t| not)\s+(?:yet\s+)?paid\s+(?:us|me)\b|(?:is|are)\s+sitting\s+on\b)`;
/** What a buyer does with the firm's money: owes it (欠我们), holds it (压着…货款, 货款拖着), has not paid it (还有…没结), or it cannot be got back. */
const HOLDS_OURS = [
  String.raw`(?:拖欠|欠|拖|压)\s?(?:着|了)?\s?(?:我们|我家|我)`,
  String.raw`(?:拖|压)(?:着|了)[^，。,.!?；;]{0,12}?${OWED_MONEY}`,
  String.raw`(?:${OWED_MONEY}|钱|款)[^，。,.!?；;\s]{0,4}?(?:(?:莫得|没得|没|未|不)(?:结|给|付|打|到)|压着|拖着|压了|拖了|拖起|压起)`,
  String.raw`(?:有|差|剩)\s*${OWED_SUM}(?:的)?(?:${OWED_MONEY}|钱|款)?${NOT_PAID_YET}`,
  '收不回',
  '要不回',
  // The verb and its money in one word (合作社拖款半年了, 经销商老是压款).
  String.raw`(?:都|老是|总是|经常|一直|又|还)*(?:拖款|压款|拖账|压账|拖钱|赖账)`,
].join('|');

/**
 * The buyer named as the one who owes (开发商的工程款拖着没结, 总包欠我们进度款, 甲方还没给): a customer, whose trade
 * (a developer, a contractor) is not the firm's.
 */
export const owingBuyer: Words = [
  String.raw`(?:开发商|总包|总承包方?|甲方|业主|房地产公司)(?=(?:的|那边|那里)?(?:${OWED_MONEY}|钱)?[^，。,.!?；;\s]{0,6}?(?:欠|拖|压|没结|没给|没付|不结|不给|不付|未结|未付))`,
  // Any buyer named by its kind of firm, then what it owes the firm (厂里压了我们八十多万货款, 饭店还欠我们六十万, 酒店还有
  // 二十万尾款没结, 经销商那边的货款收不回来, 超市 那边 还压着 八十来万 货款, 开发商 hasn't paid us); not the firm's own plant
  // owing others (厂里还欠工人工资), nor the firm's own shop (我们饭店…).
  // Not the owner saying what they are (我是包工头 … 开发商工程款拖了: round 32).
  String.raw`(?<!我们|我家|我的|自己|我们的|我是|我们是|我就是|本人是|欠[^，,。；;！？!?]{0,6})${BUYERS}(?=\s*${OWES_US_EN}|\s*(?:那边|那里|的)?[^，。,.!?；;]{0,16}?(?:${HOLDS_OURS}))`,
  // ...or any plant, shop or firm named by its goods, 那边 after it, then holding the money (茶厂那边货款压着没结, 糖厂那边 payment 压着;
  // round 30): the buyer's trade, not the firm's (not the firm's own: 我们厂那边).
  String.raw`(?<!我们|我家|我的|自己|我们的|[我们家的])[\u4e00-\u9fff]{1,3}(?:厂|店|公司|场)(?=(?:那边|那里)\s*(?:的)?[^，。,.!?；;]{0,12}?(?:${HOLDS_OURS}))`,
  // ...or named in English, then paying late in Chinese (distributor 都是 90 days 之后才打款).
  String.raw`\b(?:distributors?|buyers?|customers?|clients?|supermarkets?|hotels?|factor(?:y|ies)|wholesalers?|retailers?|developers?|contractors?)\b(?=[^，。,.!?；;]{0,20}?(?:才|以后|之后)\s*(?:付款|回款|结账|结款|给钱|付钱|打款|付|给|结))`,
  // ...or said to pay only after a while (经销商每次都拖两个月才付款, 批发商一般三个月以后才结账): round 23.
  String.raw`(?<!我们|我家|我的|自己|我们的)${BUYERS}(?=[^，。,.!?；;]{0,16}?(?:才|以后|之后)\s*(?:付款|回款|结账|结款|给钱|付钱|打款|付|给|结))`,
  // ...or said to settle only once a term, or one batch always held (学校食堂一学期结一次账, 超市压一批结一批; round 39).
  String.raw`(?<!我们|我家|我的|自己|我们的)${BUYERS}(?:食堂|那边|那里)?(?=[^，。,.!?；;\s]{0,6}?(?:${SETTLED_SELDOM}))`,
  // ...or farmers buying on credit, owing or paying after the harvest (养殖户欠了十几万, 农户都是秋收以后才给钱; round 39): the shop's customers.
  String.raw`(?<!(?:我们|我|我家)(?:是|都是|就是)?)(?:${FARM_BUYERS})(?=${OWES_A_SUM}|(?:那边|那里)?\s*(?:都|还|一直)*\s*${PAYS_AFTER_A_WHILE})`,
  // ...or said not to confirm what it owes or to cooperate in it (超市那边不配合确认应收账款, 医院不肯签字确认; round 63, found by a tester).
  String.raw`(?<!(?:我们|我|我家|自己)[^，。,.!?；;\s]{0,3})${BUYERS}(?=(?:那边|那里|那头)?\s*(?:都|还|一直|就是)?\s*(?:不配合|不肯|不愿意?|不给|不签|不认|拒绝|不同意)\s*(?:配合)?\s*(?:确认|签字|盖章|对账|确权|签))`,
  // ...or named by its days of credit (超市那边账期九十天; round 39).
  String.raw`(?<!(?:我们|我|我家|自己)[^，。,.!?；;\s]{0,3})${BUYERS}(?=(?:那边|那里)?(?:的)?\s*(?:账期|回款周期|结算周期|结款周期))`,
  // ...or holding a sum later in its sentence (超市都是月结 压着四十多万; round 39), as buyerOwes reads it (convention 230).
  String.raw`(?<!(?:我们|我|我家|自己)[^，。,.!?；;\s]{0,3})${BUYERS}(?=[^。.!?；;我]{0,12}?(?:压着|拖着|压了|拖了)\s*${OWED_SUM})`,
  // ...or named after the money stuck with it: 货款压在经销商那边, 钱都卡在加工厂那里.
  String.raw`(?<=(?:${OWED_MONEY}|钱|款子?)(?:都|全|还)?(?:压|卡|押|拖)在)${BUYERS}`,
  // ...or said to pay late by a while (缅甸经销商回款总是晚三个月, 经销商的 payment 又 delay 了 两个月).
  String.raw`(?<!我们|我家|我的|自己|我们的)(?:${BUYERS}|${BUYERS_EN})` +
    String.raw`(?=[^，。,.!?；;]{0,8}?(?:${OWED_MONEY}|回款|付款|结账|结款|\bpayments?\b|钱|款)(?:${LATE_BY}|${SLOW_PAID}))`,
];

/**
 * The firm's own selling, beside a platform's name in a question about a word (question-scope.ts): 我在淘宝卖茶
 * 供应链金融是什么意思 still says the firm sells online; 抖音上看到个供应链金融 是哪样意思 names only where it was seen.
 */
export const ownSelling: Words = [String.raw`[卖售]`, '开店', '开了个?店', '网店', '带货', '销售', '出货', '我们的店', '我的店'];

/**
 * A platform named as where something was seen or heard, not where the firm sells (platform-as-source.ts):
 * right after the platform (抖音上说, 快手上有人讲, 抖音上看到, 抖音里的广告, 淘宝上的博主说)…
 */
export const heardOnAfter: Words = [
  String.raw`^\s*(?:上面?|里面?)?\s*(?:的|有个|有人|有些人|一个)?\s*(?:人|博主|主播|网红|视频|广告|帖子|老师)?\s*(?:说|讲|讲的|说的|吹|宣传)`,
  String.raw`^\s*(?:上面?|里面?)?\s*(?:看到|看见|刷到|刷着|看了|推送|推的|弹出)`,
  String.raw`^\s*(?:上面?|里面?)?\s*(?:的|有)\s*(?:广告|视频|博主|主播|网红)`,
  // ...an ad or a post pointed at with its kind between (抖音上那个借钱的广告, 快手上这个放贷的视频; round 32, corpus convention 124).
  String.raw`^\s*(?:上面?|里面?)\s*(?:那个|这个|那些|这些|有个|一个)\s*[^，。,.!?；;\s]{0,6}?(?:广告|视频|帖子|链接)`,
  // ...or where someone reached the owner (快手上私信找的我, 抖音上加的我, 微信上认识的; round 52): contact made, no selling.
  // ...or its service claimed by a caller (讲是美团客服, 说是携程的客服; round 52): a cover, no selling.
  String.raw`^\s*(?:的)?\s*(?:官方)?\s*客服`,
  String.raw`^\s*(?:上面?|里面?)?\s*(?:有人|有个人)?\s*(?:私信|私聊|加(?:的)?(?:我|我们)|找(?:的)?(?:我|我们)|联系(?:的)?(?:我|我们)|发消息|认识的)`,
];
/** …or the platform after a word of watching or a person on it: 刷抖音刷到, 看快手. */
export const heardOnBefore: Words = [String.raw`(?:刷|看)\s*$`];
