// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists. Commands in precedence order (the first that matches wins); language requests; fillers: the
// polite words that add nothing to a short command.

import type { CommandWords, LanguageWords, Words } from '../types';
import { MONTH_NAME_EN } from '../en/commands';
import { serviceRules as enServiceRules } from '../en/services';
import { BANK_NAMED } from './banks';
import { ABOUT_ASKED_ZH, GOVT_ZH, PICKED_BY_COST_ZH, RATE_SAID_IN_ENGLISH } from './questions';
import { PRICE_FALLS, REPAY_HOW, SALES_FALL, UNSOLD, WHEN_IT_MOVES } from './income-falls';
import { serviceRules } from './services';
import { COLLECTED_ZH } from './fees-collected';
import { LOAN_REFUSED_ZH } from './refused';

/** A reply promised for later: 再回你, 再告诉你, 才晓得. */
/** Who else keeps the books or knows the figures: the accountant, the boss, any of the family (my wife, 我姐, 儿子). */
const BOOK_KEEPERS = [
  '会计',
  '老板',
  '财务',
  '老公',
  '老婆',
  '媳妇',
  '家里',
  '合伙人',
  '股东',
  '老爹',
  '老爸',
  '老妈',
  '我爸',
  '我妈',
  '爸',
  '妈',
  '那口子',
  // Yunnan words for the husband, and the one at home (我家老倌, 我家那位).
  '老倌',
  '那位',
  '爱人',
  '老板娘',
  '儿子',
  '女儿',
  '老伴',
  '姐姐',
  '哥哥',
  '姐',
  '哥',
  '弟弟',
  '妹妹',
  '侄子',
  // The spouse in Southwest speech (我家婆娘, 我家老倌, 当家的).
  '婆娘',
  String.raw`老倌(?:儿)?`,
  // ...and in Yunnan words for the husband, the daughter and the son's wife (我家老头子, 我姑娘, 我儿媳妇).
  String.raw`老头(?:子|儿)?`,
  '姑娘',
  '闺女',
  String.raw`儿媳(?:妇)?`,
  '女婿',
  '当家的',
  '掌柜的',
  // ...or only pointed at as the one at home (我家那个, 屋头那个).
  String.raw`(?<=我家的?|屋头的?)那个`,
  // The one just named, or known to the bot (账是她管的).
  '她',
  '他',
  // ...named in English among the Chinese words (要问 boss, 得问下 my wife).
  // ...a space before it (要问 我 partner).
  // ...the spouse in English chat words too (要问 my old man, 问下 the missus).
  String.raw`\s?(?:my\s|the\s)?\b(?:boss|wife|husband|hubby|accountant|partner|dad|mum|mom|old man|old lady|missus|other half)\b`,
].join('|');
/** After a fee's name, the firm's own income by it (服务费收入, 代理费一年的收入, 手续费进账; not a lender's 手续费收五千): no cost asked. */
const FEE_NOT_EARNED = String.raw`(?!\s?(?:一年|一个月|每个月|每年|一天)?\s?(?:的)?(?:收入|进账|营收))`;
/** Where the one asked comes back from: work, the fields, a trip (下班回来, 收工回来, 出差回来). */
// ...or when (晚上回来, 明天回来: 等我姑娘晚上回来问问她).
const COMING_BACK = String.raw`下班|收工|放工|忙完|出差|赶集|从地里|从店里|晚上|中午|下午|明天|过两天`;
const LATER_REPLY = String.raw`\s?(?:再|才)\s?(?:回你|回复你|回复|告诉你|跟你讲|跟你说|说|讲|聊|晓得|知道|发给你)`;
/** Deleting said in English among the Chinese (delete 我的资料, wipe 我们的 info). */
const DELETE_EN = String.raw`\b(?:delete|remove|erase|wipe|clear)\b`;
/** The owner's data, in either language (资料, 信息, data, info). */
const OWN_DATA = String.raw`(?:数据|信息|资料|记录|\b(?:data|info\w*|records?|details)\b)`;
/** A look or a count taken to check a figure, in either language (查, 翻, 看看, check). */
// ...the stock counted (盘一下货, 点一下库存, 盘盘).
const CHECK = String.raw`(?:看看|查查|算算|数数|翻翻|对对|问问|瞧瞧|瞅瞅|盘盘|点点|(?:盘|清)点(?:一下)?|(?:查|算|数|翻|对|看|问|瞧|瞅|盘|点)(?:一?下|一查|一算|一数|一看))`;
/** What is looked at to check the figure: the books, the notes, the slips, the stock. */
// ...the payroll and the statements (工资表在我老公那里, 报表在会计手上; round 33).
const CHECKED = String.raw`(?:账本?|本子|单子|账目|数据|记录|库存|存货|货|工资表|工资单|报表|\b(?:books|accounts|records|numbers|stock|inventory|payroll)\b)`;

/** Off to talk it over, with whoever is at home (跟我家那个, 和屋头的) or alone, in English words too (我回去 discuss 一下), then back (再来). */
// ...the one talked with named in English (跟 boss, 和 partner), talked over in Yunnan words (合计合计; round 27).
const TALKED_WITH = String.raw`(?:我|我们)?(?:(?:家里?|屋头|屋里)?(?:老公|老婆|媳妇|爱人|老倌|家里人|家人|合伙人|股东|社员们?|员工们?|大家|村里|那个|那位|那口子|的|(?:my\s|the\s)?\b(?:boss|partner|wife|husband|hubby|family|members)\b)|家里|屋头|屋里人?|娃(?:娃)?(?:他|她)(?:爹|爸|妈|娘))`;
const TALK_IT_OVER = String.raw`(?:我|我们)?(?:先)?(?:回去|回家|回屋)?\s*(?:(?:跟|和|同)\s?${TALKED_WITH}|回去|回家|再)\s*(?:再)?(?:商量|讨论|合计|discuss|talk)\s*(?:一下|一哈|下|商量|合计)?(?:\s*再(?:来|过来|说|联系|问))?`;
/** Someone at home or at work asked first (要问下会计, 我先问问我家老倌, 等我问下老婆再回你). */
const ASK_FIRST = String.raw`(?:要|得|还要|还得|等我|让我|我得|我要|我)?\s*(?:先|再)?\s*(?:回去)?问(?:一?下|问)?\s*(?:我们?|我家)?的?(?:${BOOK_KEEPERS})(?:${LATER_REPLY})?`;
/** Lenders an owner goes off to ask (去银行问问): leaving to ask about the loan, not a figure to check first (round 29). */
// ...named in English among the Chinese (我去 bank 问问, 去 credit union 问下; round 30).
const LENDERS_GONE_TO = String.raw`(?:(?:[^\s，。,.!?；;\d]{0,4}?)(?:银行|信用社|农信社|农商行|邮储|村镇银行)|\s?\b(?:(?:rural|local|village|the)\s+)?(?:banks?|credit unions?|credit co-?ops?|rcc)\b\s?)`;
/** When the owner goes to a lender: 明天, 过两天, 回头, 有空 (round 29). */
const WHEN_GONE = String.raw`(?:明天|今天|后天|过两天|这两天|下午|回头|改天|有空)?`;
/** Asked or looked into there: 问问, 问一下, 打听一下, 瞧瞧; 问 alone (round 60). */
const ASKED_THERE = String.raw`(?:问问|问一下|问下|了解一下|看看|打听一下|咨询一下|瞧瞧|瞧一下|瞧下|瞅瞅|问)`;
/** Thanks, praise or agreement said earlier in the message (好的, 要得, 谢谢, 讲得清楚): then off to talk it over is the owner leaving. */
const AFTER_THANKS = String.raw`(?<=(?:好的|好嘞|要得|谢|thank|thx|明白|懂了|晓得了|清楚|板扎)[^]*)`;

/** Words ending in 人, and second characters of words starting with 工: 人工 across them is no word. */
const endsInRen: Words = ['工', '客', '家', '个', '老', '商', '主', '病', '女', '男', '夫', '穷', '富', '本', '别', '他', '私', '证'];
const afterGong: Words = ['资', '作', '程', '厂', '地', '钱', '期', '具', '时', '头', '艺'];
/** After 人工, the labour bill: a period or a sum (人工一年二十来万, 人工一个月三万), or cost in English (人工cost). */
const labourAfter = String.raw`\s*(?:(?:一|每|一个|每个)?(?:年|月|天)|[\d一二两三四五六七八九十几]|cost|costs|费用)`;

/** The rest of a cost, borrowed: 剩下的, 剩余的, 差的那部分. */
const REST = String.raw`(?:剩下|剩余|余下|其余)的?(?:部分|钱)?`;

/** Inside one clause. */
const C = String.raw`[^,.!?;，。！？；]`;
/** Not the money for what the firm buys or pays to run short (饲料钱不够: a need, round 25). */
/** Repayments missed, counted (round 27): 有两期没还上, 一期没按时还, 漏还了两期 (miss 了两期 read in code-switch.ts). */
const MISSED = String.raw`(?:有)?[\d一两二三四五几]+\s*期(?:的?(?:月供|还款|贷款))?(?:都)?(?:没(?:有)?(?:按时)?还(?:上)?|没交)|漏还(?:了|过)?(?:\s*[\d一两二三四五几]+\s*期)?|没还上`;
const INPUTS_NOT = String.raw`(?<!(?:饲料|进货|拿货|备货|货|料|种子|化肥|肥料|苗|收购|收货|工|工资|房租|租|周转|原料|材料|装修|开店)的?)`;

/**
 * What the firm buys getting dearer (进价涨了, 收购价涨了, 缅甸那边货价涨了, 原料涨价, 饲料贵了; round 29, convention 49): the same market
 * risk as a fall of what it sells (prices move), when supposed.
 */
const BOUGHT_PRICE = String.raw`(?:进价|进货价|收购价|采购价|原料价|料价|货价|成本|(?:原料|原材料|饲料|鲜叶|豆子|咖啡豆|生豆|毛料|材料|包装|货|化肥)(?:的)?(?:价格?|价钱)?)`;
const COST_RISES = String.raw`(?:${BOUGHT_PRICE}\s*(?:${WHEN_IT_MOVES})?\s*(?:要是|万一|如果)?\s*(?:涨|上涨|往上走|翻倍|翻番|变贵|贵(?:了|起来|很多|好多))|(?:原料|原材料|饲料|鲜叶|豆子|材料|货|化肥)涨价)`;
const FALL_OR_UNSOLD = `(?:${PRICE_FALLS}|${UNSOLD}|${COST_RISES})`;
/** Supposed by the word after it: 的话, or 一 before the fall (价格一跌, once the price falls). */
const SUPPOSED_AFTER = String.raw`(?:(?:价格?|价钱|行情)\s*一\s*(?:跌|掉)|(?:${FALL_OR_UNSOLD}|${SALES_FALL})了?的话)`;
/**
 * Said as what has happened: a time gone by or now before it (最近, 去年, 这两年, 已经, 现在), or the stock told held (仓库里还压着三千多箱货
 * 卖不动, 库存堆着: round 31, fix31a).
 */
const FALL_TOLD = String.raw`(?:已经|最近|去年|前年|今年|这两年|这几年|这段时间|这阵子|前段时间|这几个月|上个月|这个月|一直|现在|目前|压着|压了|堆着|库存)`;
/** What now or what comes of it, asked after it: 咋个办, 怎么办, 咋个整, 会怎样, 会咋样, 后果, 贷款咋个还, 拿哪样还. */
const WHAT_THEN = String.raw`(?:咋个办|怎么办|咋办|咋整|咋个整|怎么整|会怎样|会怎么样|会咋个样?|会咋样|有什么后果|后果|(?:贷款|钱)?${REPAY_HOW}|还得上|还得起)`;

/**
 * Other items of a list shown, asked for (round 31): 别的, 其他的, 另外的, 别家的, with a noun of the list or an English one after
 * (选项, 产品, options, ones). Not a way (办法, 路子) nor 方案: those ask advice (the advice words, above).
 */
const OTHER_ITEMS = String.raw`(?:别的|其他的?|其它的?|另外的|别家的?|其他家的?|别样的?)(?:\s*(?:选项|产品|贷款|\boptions?\b|\bchoices?\b|\bones?\b))?`;
/** Whether there is, asked by the tag after it (没得, 莫得, 么得, 没有, 不, 吗). */
const HAVE_TAG = String.raw`(?:没有|没得|莫得|么得|没|不|吗|么|嘛|[?？])`;
/** Whether there are others, asked: 还有没有, 还有没得, 有没得, 格有 (round 33: 还有没得, 有没得 in Yunnan words). */
const OTHERS_ASKED = String.raw`还有没有|还有没得|还有莫得|有没得|还有|有没有|格有|有无`;
/**
 * After 利息: not a debt told by its interest as what the new money pays off (把利息高的那笔还掉), nor a higher interest looked for on money
 * put in (想找个利息高点的; round 51).
 */
const NOT_A_DEBT_NOR_SOUGHT = String.raw`(?!(?:高|太高|很高)的?(?:那笔|那一笔|贷款|网贷|债)?(?:先)?(?:还掉|还清|还上|结清|换掉))(?<!找(?:个|一个)?利息(?=高(?:点|一点|些)))`;
/**
 * Not the interest said subsidised (利息有补贴不, interest 补贴; round 30, fix30a): the support asked, the subsidies
 * question, no cost; nor the government said to pay part of it, or support named in English inside Chinese (利息政府格补一点, 利息
 * 有没得 subsidy; round 33).
 */
const NOT_SUBSIDISED = String.raw`(?!\s*(?:(?:${GOVT_ZH})${'[^,.!?;，。！？；]'}{0,3}?)?(?:有没有|有没得|格有|有|能|能不能|可以|可不可以|格能|格可以|会|是不是|是否|\s)*(?:全部|全|都|都是|\s)*(?:补贴|补助|贴息|subsid|全免|免掉|免了|免息|(?<=(?:${GOVT_ZH})${'[^,.!?;，。！？；]'}{0,3}?)(?:补|贴|出)))`;
/** A lender named as a firm, not a platform: 放贷公司, 贷款公司, 小贷公司, 借贷公司, 金融公司, 这家公司. */
const LENDER_FIRM = '放贷公司|贷款公司|小贷公司|小额贷款公司|借贷公司|借钱的公司|金融公司|(?:这|那|一)家(?:公司)?';

/**
 * The goods' price falling or the goods not selling, supposed, then what now or what comes of it (要是咖啡价格跌了咋个办,
 * 万一价钱掉得厉害 会咋样, 卖不掉咋个整, 价格跌了咋个办 with no time of its own; round 26, corpus convention 24): the market risk,
 * the risks; not a fall told (最近价格跌了 咋个办, 价格跌了好多: advice), nor the potential said done (卖不掉了). The goods named
 * in it name no trade and no need (`fallSupposed` in refiners/question-scope.ts).
 */
export const fallSupposed: Words = [
  // (ending the message only with a particle after it: 如果价格不好 我们就不卖 is no question)
  String.raw`(?:(?:万一|要是|如果|假如|假设|\bif\b)${C}{0,12}(?:${FALL_OR_UNSOLD}|${SALES_FALL})|${SUPPOSED_AFTER})(?:${C}{0,8}(?:${WHAT_THEN}|[?？])|了?(?:呢|嘞|哦|啊)?$)`,
  // (the time told looked for behind the fall once it is found, not at every position of the message)
  String.raw`(?:${PRICE_FALLS}(?!了?(?:好多|很多|不少|一半|得凶|得厉害|惨了))|${COST_RISES}(?!了?(?:好多|很多|不少|一倍|得凶|得厉害))|${UNSOLD}(?![了去]))(?<!${FALL_TOLD}${C}{0,10}${FALL_OR_UNSOLD})${C}{0,6}${WHAT_THEN}`,
];

/** Every service's name, one alternation (a refusal beside it), in English words too (不要 P2P 那种). */
const SERVICES = [...serviceRules, ...enServiceRules].flatMap((r) => r.words).join('|');

/**
 * A wish or a need to borrow (想贷款, 需要融资, 想整点钱, 缺钱): asks for advice, unless the message
 * gives the sum wanted (想贷款20万: a statement of need, read as the amount; run.ts sumIsTheRequest).
 * Not the rest of a cost borrowed (剩下的想贷款): a sum given, as 想借二十万.
 */
/**
 * A service refused after its name: 不要, 不考虑, 不搞, 算了, 没兴趣, not interested (round 25); a wish not to touch it (不想碰, 不敢碰,
 * 不愿意搞) and "we don't want" in English words (网贷不想碰, 网贷 we don't want: round 31, fix31a).
 */
const REFUSED = String.raw`(?:不(?:想|愿意|敢|打算)?(?:要|碰|沾|搞|弄|整|做|用|考虑)|不想|不需要|算了|免了|跳过(?:掉)?|去掉|划掉|删掉|pass|没(?:有|得|啥|什么|哪样)?兴趣|不感兴趣|not interested|no thanks|(?:we |i )?(?:don['’]?t|do not) (?:want|need)(?: (?:it|them|that|those|any))?)`;

export const wishToBorrow: Words = [
  String.raw`(?<![不没别])(?:想|要|需要)(?:整|搞|弄)(?:点|些|个)?钱`,
  String.raw`(?<![不没别])整(?:点|些)钱`,
  // ...a sum unnamed as one loan too (想借一笔来还那些网贷; round 28); not a lease wished (想融资租赁两台装载机: the service and
  // the thing it buys, no plea; round 32).
  String.raw`(?<![不没别]|不是|${REST}\s*)(?:想|需要|(?<!需)要)(?:借钱|借点钱|借一笔|贷一笔|贷款|贷点款|贷点钱|融资(?!租赁)|融点资|筹钱|筹点钱)`,
  // Must borrow: 得借点钱, 只能贷款 (not 记得, 舍得, nor 借得到).
  String.raw`(?<![不没记舍值觉懂晓借贷])(?:得|只能|只好)(?:借钱|借点钱|贷款|贷点款|贷点钱)`,
  String.raw`(?<![不没])缺钱`,
];

/** Whether one can borrow (能贷款吗, 我能借钱吗, 格贷得到): an eligibility question, no request for advice (run.ts). */
export const eligibilityAsk: Words = [
  String.raw`(?:能|可以|可不可以|能不能|能否)(?:借|贷)[^，。,.!?；;]{0,4}(?:吗|不|么|没|？|\?|$)`,
  String.raw`格(?:能|可以)?(?:借|贷)`,
  String.raw`得不得(?:借|贷)`,
  String.raw`(?:借|贷)(?:得|的)到`,
];

/** Whether an offer just stated is good (格好, 行不行, 可以吗): with an offer, its cost is asked (run.ts). */
export const offerJudged: Words = [
  // 格 before any word that weighs it, a price word too (格算便宜, 格贵, 格黑, 格是放高利贷的; round 23).
  String.raw`格\s*(?:算|是)?\s*(?:好|行|可以|合适|正常|能要|划算|合算|合理|便宜|贵|高|黑|坑|过分|离谱|(?:放)?高利贷)`,
  // Whether it is usury, asked (算不算高利贷, 是不是高利贷).
  String.raw`(?:算不算|是不是|算|是)\s*(?:放)?高利贷`,
  // Yunnan: whether to go ahead with it (格整得, 整不整得, 要不要得).
  String.raw`格(?:整得|要得)|整不整得|要不要得|整得(?:不|吗|嘛)`,
  String.raw`(?:好不好|行不行|可不可以|合不合适|正不正常|能不能接受|能不能要)`,
  String.raw`(?:可以|行|合适|正常|能接受|合理|划算|合算|便宜|贵|过分|离谱)(?:吗|不|嘛|么)`,
  // ...high asked of its price too (利息高不高, 算高吗, 是不是太高了; round 46: a held loan's terms so judged keep its offer).
  String.raw`(?:合不合理|划不划算|合不合算|贵不贵|过不过分|离不离谱|高不高|(?:算|太|有点|是不是太?)?高(?:了)?(?:吗|么|嘛|不|吧))`,
  // ...too much or too high said (格太多了, 格是太高了), or asked why so high (咋个会这么高, 怎么这么贵; round 55, convention 541).
  String.raw`格\s*(?:算|是)?\s*(?:太|有点)\s*(?:多|高|贵)|(?:咋个|怎么|咋|为啥|为什么|凭什么)\s*(?:会|就)?\s*(?:这么|那么|恁个|恁么|这样)\s*(?:高|贵)`,
  // ...in English words: 月息 1分5 ok 吗, okay 不.
  String.raw`\b(?:ok|okay)\s*(?:吗|不|嘛|么)`,
  // What it comes to, asked (一年算下来好多, 换成年息是多少, 折合年化几多): the rate converted is its cost.
  String.raw`(?:算下来|算起来|折合|折算|换算|折成|换成|算成)[^，。,.!?；;]{0,6}(?:多少|好多|几多)`,
];

/**
 * Whether an offer is lawful, asked (这个合法吗, 合不合法, 这个利息犯不犯法, 算不算高利贷, 这样合规吗): with an offer read, its cost is
 * asked, the answer setting it against the ceilings the law protects, not the regulation nor a platform check (run.ts,
 * offerLawAsked; corpus README convention 11). One list for every reader of the convention (round 24).
 */
export const offerLawful: Words = [
  '合不合法|合法|犯不犯法|犯法|违不违法|违法|高利贷',
  // ...or whether it goes past the lawful line (格超过国家规定了, 有没有超过法定上限; round 55, convention 541).
  String.raw`(?:超过|超出|超了|超)(?:了)?\s*(?:国家|法律|法定|政策)?(?:的)?\s*(?:规定|上限|红线|保护线)`,
  String.raw`格\s*(?:是)?\s*超(?:了|标了?|过了|线了)`,
  // ...or a charge slipped in under another name (算不算变相收费, 是不是乱收费, 这种是不是变相加息; round 58, convention 702).
  String.raw`变相(?:收费|加息|收息|涨息|高利贷)|乱收费|违规收费`,
  // 合规 only of the offer pointed at (这个合规吗, 这个利率合规不), not a platform’s compliance.
  String.raw`(?:这个|这样|这种|那个|那样|这)\s*(?:利息|利率|价格|条件|价钱)?\s*合规(?:吗|不)`,
];

/**
 * Cost as what the options are weighed by (有没有便宜点的, 哪个最省钱, 利息低一点的): with which-is-best, its cost is asked too
 * (run.ts, cheapestIsCosted).
 */
export const cheapness: Words = [
  // 最省 alone (哪个最省, 最省的是哪家; round 22), not 省心 or 省事.
  String.raw`最\s*省(?![心事时力去份])|便宜|省钱|(?:利息|利率|费用|成本|手续费|月供)\s*(?:最|更|比较|还)?\s*(?:低|少|小)|\bcheap(?:er|est)?\b|\b(?:lowest|lower) (?:cost|rate|interest|fee)s?\b`,
];

/**
 * The offer before, pointed at (跟刚才那家比, 和前面那个比, 比上一家): an offer weighed against it keeps its terms, and its
 * cost is asked (direct-question.ts, run.ts offerJudged).
 */
export const earlierOffer: Words = [
  String.raw`(?:刚才|刚刚|前面|之前|先前|上一|上个|头一|第一|原来)(?:的)?(?:那|这)?(?:家|个|种|款)`,
  // ...the time it was asked or seen named (上回问的那家, 上次看的那个, 前两天问过的; round 49).
  String.raw`(?:上回|上次|上一回|前两天|前几天|昨天|头先)(?:问|看|说|讲|谈|找)(?:过)?的(?:那|这)?(?:家|个|种|款)?`,
  // ...in English among the Chinese (比 first one 便宜吗, 跟 the last bank 比).
  String.raw`(?<=[比跟和]\s*)(?:the\s+)?(?:first|last|previous|other|1st)\s+(?:one|offer|bank|lender|quote|app)\b`,
  // ...or as 这个, weighed against a rate told now (信用社年息5.8 比这个便宜吧; round 49).
  String.raw`比\s*(?:这个|这家|那个|那家|它)(?=\s*(?:更|还)?(?:便宜|划算|贵|低|高|好|省))`,
];

/** A month's repayment named: 月供, 每个月还的, 一个月要还的, 每期, monthly among the Chinese. */
const A_MONTHS_REPAYMENT = String.raw`(?:月供|(?:每个?月|一个月|每期)(?:的)?(?:要还的?|还的?|还款|还款额)?|\bmonthly\b)`;
/**
 * The monthly repayment weighed lower or higher (月供是不是少点, 每个月会不会还得少些, monthly 会不会低一点, 月供能低点吗; round 26): the cost,
 * the monthly asked, as what might be beside another sum or term.
 */
// ...lighter said as easier (每个月还得轻松点不; round 61).
const LIGHTER = '(?:少|低|轻松|轻|便宜|松)';
const MONTHLY_WEIGHED_ZH = String.raw`${A_MONTHS_REPAYMENT}\s*(?:会|就|能|也)?\s*(?:(?:是不是|会不会|能不能|格|可不可以)\s*(?:还得)?(?:更|要)?${LIGHTER}|(?:还得)?(?:更|要)?${LIGHTER}(?:一?点|些|一些)?\s*(?:吗|么|嘛|不|没|呢|[?？]))`;

/** The monthly repayment asked (一个月还多少, 月供大概好多, 每期要还几多): the cost answer leads with it (run.ts). */
/** ...or how much lower it comes (月供能降好多, 月供能少多少, monthly 能降多少; round 27): the monthly asked, and its cost. */
const MONTHLY_LOWERED_ZH = String.raw`${A_MONTHS_REPAYMENT}\s*(?:会|就|能|可以|大概)?\s*(?:少|降|低|减|省)(?:下来|掉|还)?\s*(?:好多|多少|几多)`;
/**
 * The month's payment asked with no verb, ending its clause (那 18 个月 呢, monthly 大概 多少, read 每个月 大概 多少; round 64, judge-233): the cost,
 * the month's payment.
 */
const MONTHLY_BARE_ZH = String.raw`(?:每个?月|一个月)\s*(?:大概|大约|差不多)\s*(?:是|要)?\s*(?:好多|多少|几多)(?:钱)?\s*(?:呢|嘛|啊|哦)?\s*(?:[?？,，。.!！]|$)`;
export const monthlyAsked: Words = [
  MONTHLY_WEIGHED_ZH,
  MONTHLY_LOWERED_ZH,
  // ...typed apart (monthly 大概 要还好多, read 每个月 大概 要还好多; round 60).
  String.raw`(?:月供|(?:每个?月|每期|一个月|一月)(?:的)?\s*(?:(?:大概|大约|差不多)\s*)?(?:(?:要|得|需要)\s*)?(?:还|付|交)(?:款)?)\s*(?:大概|大约|差不多|要)?(?:是)?\s*(?:好多|多少|几多)`,
  // In mixed words: monthly 要还多少.
  String.raw`\bmonthly\b\s*(?:大概|大约|差不多)?(?:要|得|需要)?(?:还|付|交)(?:款)?\s*(?:大概|要)?(?:是)?\s*(?:好多|多少|几多)`,
  MONTHLY_BARE_ZH,
];

/**
 * A service named with nothing else but these words asks whether it fits (run.ts, serviceAsked): 那融资租赁呢,
 * 车子能不能融资租赁, 众筹怎么样, 供应链金融好不好.
 */
export const serviceAsked: Words = [
  String.raw`呢\s*[?？]*$`,
  String.raw`能不能|可不可以|能否|可以不|格能|格可以`,
  String.raw`怎么样|咋样|咋个样|好不好|好吗|格好|划不划算|划算吗|值不值`,
];

/** Not customer service counted: 三个客服, 两名客服. */
// ...nor one role of those listed and summed (主播加客服一共8个人, 客服、仓管加起来五个; round 66, a tester: the staff, no hand-off).
const NOT_COUNTED_SERVICE = String.raw`(?<![\d一二两三四五六七八九十几]\s*(?:个|名|位)?|(?:加上?|、)\s?)(?!客服\s*(?:加上?|、|一共|总共|加起来))`;
/** Not someone who claimed to be customer service: 冒充银行客服, 自称支付宝客服. */
// ...讲是 as Yunnan says it (有个讲是银行客服的打电话来; round 50).
const NOT_CLAIMED_SERVICE = String.raw`(?<!(?:冒充|自称|假冒|假装|假|说\s?是|说他是|说她是|讲\s?是|讲他是|讲她是|claim\w*)[^,.!?;，。！？；]{0,10})`;
/**
 * Not a regulator an impostor claims to be, nor one said to have called (说是银保监会的, 自称金融监管局的人,
 * 人民银行的人打电话来): the scam's cover, no rules asked; nor the impostor's 监管账户 (a "supervised account").
 */
const NOT_CLAIMED_REGULATOR = String.raw`(?<!(?:冒充|自称|假冒|假装|说是|说(?:他|她|自己|他们)是|称是|claim\w*)[^,.!?;，。！？；]{0,10})`;
const NOT_CALLING_REGULATOR = String.raw`(?![^,.!?;，。！？；\s]{0,6}?(?:的人|的工作人员)?(?:打(?:来|了)?(?:个)?电话|来电|打给我))`;
/** Not a 客服 pointed at or quoted in a story (给那个“客服”转了八千, 那个客服讲): the other side, not a person asked for. */
// ...with the lender's kind between (那个贷款客服, 那个平台的客服; round 46).
const NOT_NAMED_SERVICE = String.raw`(?<![“"「]|(?:那个|这个)[^,.!?;，。！？；\s]{0,6}|给)`;
/** Not customer service's people, number or story: 客服的人, 客服电话, 客服五个人, 客服说, 客服来电, 客服发的链接, 客服加我. */
// ...nor money sent it, or what it did after (客服转了四千八, 客服骗了我, 客服把我拉黑了; round 46).
const SERVICE_ACTS = String.raw`说|讲|打(?:来|了)?(?:个)?电话|来(?:了)?(?:个)?电|\bcall(?:ed|s)?\b|告诉|让我|叫我|发(?:的|了|来|过来)?|寄|加(?:了)?我|推荐|问我|要我|要求我|转(?:了|走)?\s*[\d一二两三四五六七八九十几]|骗|拉黑`;
const NOT_SERVICE_AFTER = String.raw`(?!的(?:人|短信)|\s*的?(?:电话|热线|号码|地址|邮箱|微信号)|\s*[\d一二两三四五六七八九十几]+\s*(?:个|名|位|人)|\s*(?:${SERVICE_ACTS}))`;

/** Fallen for it (上当, 被骗, 着了他的道, 上了他的当; round 55). */
// ...the money sent to him or thrown away (差点就把进货的钱转给他了, 不然两万块就打水漂了; round 57, convention 619).
// ...or put in, into it (差点就把钱投进去了, 差一点把五万块投到他那个项目里; round 57, convention 649).
const MONEY_GONE =
  // ...or sent over, no one named (差点就转过去了; round 57, found talking).
  String.raw`(?:把${C}{0,8}?(?:钱|款|块|万|千)\s*)?(?:转|打|汇|交)(?:给|到)(?:他|她|对方|骗子|他们)(?:那里|那边)?|(?:转|打|汇)过去|打水漂|白给(?:他|她)?|拿不回来` +
  String.raw`|把${C}{0,8}?(?:钱|款|块|万|千)\s*(?:投|存|放|砸)(?:进去|到${C}{0,10}?(?:里|上)(?:头|面)?)`;
// ...taken by him, 着 the Yunnan passive (就着他骗走了; round 58, convention 707), or caught alone (差点就着了).
const FELL_FOR_IT = String.raw`上当|被骗|(?:被|着)(?:他|她|他们|人家|骗子)?(?:骗|坑)(?:走|掉|去)?|着了?(?:他|她|他们|人家|骗子)?的?道|上了?(?:他|她|他们|人家)?的?当|${MONEY_GONE}|着(?=(?:了|咯|喽)?(?:\s*$|[\s，。,.!！~]))`;
/** Thanks said in leaving: 谢谢, 多谢老板, 谢了哈. */
const THANKED = String.raw`(?:非常|十分)?(?:谢谢|感谢|多谢|谢了|谢啦|thank\s?you|thanks|thx)(?:您|你们|你|老师|老板|啦|了|哈|啊|\s)*`;
/** The way now known: 晓得咋个整了, 知道怎么办了, 明白咋个搞了 (搞 too: round 27). */
const WAY_KNOWN = String.raw`(?:我|我们)?(?:晓得|知道|懂|明白)(?:了)?(?:该|要)?(?:咋个|咋|怎么|怎样)(?:整|办|弄|做|搞)了`;
/** An acknowledgement or the understood, said before leaving: 好的, 行, 晓得了, 明白了, 收到, 要得; the answer praised (讲得清楚得很). */
const ACKNOWLEDGED = String.raw`(?:好的?|好了|好嘞|好滴|(?<!银|商|储|得)行|嗯|ok|${WAY_KNOWN}|晓得了?|知道了|明白了|懂了|收到|了解了|清楚了|要得|(?:讲|说|解释)得(?:很|好|太|非常|蛮)?(?:清楚|明白|好)(?:得很|得狠|的很)?(?:了|啦)?)`;
/** The asking ended for a time (round 25): 今天就问到这里, 先问到这儿, 就问这些. */
const ASKED_FOR_NOW = String.raw`(?:今天|今儿|今天先|那)?(?:就|先){0,2}(?:问|聊|咨询)(?:到这(?:里|儿|点)|这(?:么|些)|这么多)(?:了|吧|哈|啦)?`;
/** A goodbye word, or till another time: 再见, 拜拜, 回头见, 改天再问; the asking ended for now (问到这里). */
const LEAVING = String.raw`(?:再见|再会|拜拜|回头见|下次见|bye|先这样|就这样|(?:改天|回头|下次|过两天|有空|明天)再|${ASKED_FOR_NOW})`;

/** Praise for the bot or its answer, in Yunnan words (板扎得很, 巴适得很, 太安逸了, 硬是板扎, 真给力). */
/** Praise in English words after a Chinese degree word or 讲得 (很 helpful, 讲得很 clear, 太 useful 了; round 30); not an English word alone. */
const PRAISED_EN = String.raw`(?:(?:讲|说|解释)得\s*(?:真的?|太|好|很|非常|挺|蛮)?|真的?|太|好|很|非常|挺|蛮)\s*(?:very|so|really|super)?\s*(?:helpful|useful|clear|detailed|nice|great|good)\b\s*(?:了|啦|哦)?`;
const PRAISED = String.raw`(?:真的?|太|好|硬是|很|非常|确实)?(?:板扎|巴适|安逸|给力|靠谱)(?:得很|的很|得狠|惨了)?(?:了|啦|哦)?|${PRAISED_EN}`;
/** Deleted to the last (Yunnan 删干净, 删光光, 清干净, 删得干干净净, 删完): the data wiped whole. */
const WIPED_CLEAN = String.raw`(?:删|清|抹)(?:得)?(?:干净|干干净净|光光?|完)(?:了|掉)?`;

/** A cut judged too greedy or too dear: 太黑了, 心黑, 黑得很, 太贵了, 太狠了 (round 55). */
const TOO_GREEDY = String.raw`太黑|心黑|黑得很|好黑|太贵|太狠|贵得很|贵死`;
/** What a thing turns on named by a pair of opposites (生意好坏, 行情高低, 卖得快慢; round 55, convention 564): it depends. */
const BOTH_WAYS = String.raw`好坏|高低|快慢|好差`;
/** A figure named: the revenue, the staff, the sum, or just how many (round 33). */
const FIGURE_NAMED_ZH = String.raw`营业额|收入|流水|销售额|产值|利润|人数|员工|资产|金额|期限|(?:具体)?(?:多少|好多|几多|数字|数目|的数)`;
/** Not known or to be looked up: 说不准, 不清楚, 不晓得, 查一下 (round 33). */
const NOT_KNOWN_ZH = String.raw`跳过|略过|说不准|[说讲答]不上来|不(?:太|大|是很)?清楚|不晓得|晓不得|不知道|不确定|不好说|算不|(?:查|算|数|问)(?:一?下|问)`;
export const commandRules: readonly CommandWords[] = [
  {
    command: 'delete-data',
    anywhere: [
      String.raw`删除(?:我的|我们的|所有|全部|掉)?(?:个人)?(?:数据|信息|资料|记录|聊天记录|对话)`,
      String.raw`(?:清除|清空)(?:我的|所有|全部)?(?:数据|信息|资料|记录)`,
      String.raw`注销(?:账号|账户|我的)`,
      '忘记我',
      '忘掉我',
      '删掉我的',
      // What the owner told before, put first and deleted (把我之前报的营业额跟员工数那些都删掉, 把我刚才说的都删了; round 35, open).
      String.raw`把\s*(?:我|我们)\s*(?:之前|刚才|刚刚|前面|先前)?\s*(?:报|说|填|讲|留|发)(?:过)?的[^，。,.!?；;]{0,16}?(?:都|全部|全)\s*(?:删掉|删除|删了|清掉|清除|清空)`,
      // 删 alone before the owner's data, as an English delete inside Chinese reads (delete 我的资料).
      String.raw`删\s*(?:我的|我们的)(?:个人)?(?:数据|信息|资料|记录)`,
      // ...all of it, the delete or the data in either language (delete 我所有的 data, 删除我全部的资料, wipe 我们的 info).
      // ...the owner left unsaid beside all of it (帮我删所有资料, 清空全部的记录).
      String.raw`(?:删除|删掉|删|清除|清空|${DELETE_EN})\s*(?:掉)?\s*(?:(?:我们?|我家)的?)?\s*(?:所有|全部)的?\s*(?:个人)?\s*${OWN_DATA}`,
      String.raw`${DELETE_EN}\s*(?:我的|我们的)\s*(?:个人)?\s*${OWN_DATA}`,
      // ...the owner's data in English after a Chinese delete (删掉 all my data, 清空 our records; round 30).
      String.raw`(?:删除|删掉|删|清除|清空)\s*(?:掉)?\s*(?:all\s+(?:of\s+)?)?(?:my|our)\s+(?:data|info|information|details|records|chats?)\b`,
      // The data named first, words between (我的资料帮我删掉, 聊天记录都清空, 填的那些资料麻烦帮我全部删掉).
      String.raw`(?:数据|信息|资料|记录|隐私)[^，。,.!?；;\s]{0,8}?(?:删掉|删除|删了|清除|清空|清掉|${WIPED_CLEAN})`,
      // ...the chat cleared for the owner (聊天记录帮我清一下, 对话记录给我清理掉; round 37, fix37c).
      String.raw`(?:聊天|对话)(?:记录)?\s?(?:都|全部)?(?:帮我|给我|麻烦)\s?(?:清|删)(?:一?下|理(?:一下|掉)?|掉)`,
      // Not to be kept: 不要保存我的资料, 别留我的信息; what the owner said, deleted: 把我说的都删了.
      // ...the owner's left unsaid (不想留资料在你们这; round 37, fix37c).
      String.raw`(?:不要|别|莫要|不想)(?:再)?(?:保存|保留|留|存|记)(?:着|下)?(?:我的|我们的)?(?:数据|信息|资料|隐私)`,
      String.raw`(?:不要|别|莫要|不想)(?:再)?(?:保存|保留|留|存|记)(?:着|下)?(?:我的|我们的)(?:记录)`,
      // ...the owner's data named first, then not to be kept (我的资料你们不要留着了, 我们的信息别存了).
      String.raw`(?:我的|我们的|我)(?:个人)?(?:数据|信息|资料|记录|隐私)${C}{0,6}?(?:不要|别|莫要|莫|不用|不想)(?:再)?(?:你们|你)?(?:保存|保留|留|存|记)(?:着|下)?(?:了|啦)?(?=$|[\s,.!?;，。！？；])`,
      String.raw`把我(?:说|讲|发|填)的(?:东西|话)?(?:都|全部)?(?:删|清)`,
      // What was said before, all deleted, the data named only by what it held (我前面讲的那些营业额啊员工啊 全部帮我删掉):
      // said before (前面/刚才/之前) and all of it (全部/都/统统) with a verb of deleting.
      String.raw`(?:前面|刚才|之前|刚刚|上面)(?:讲|说|填|发|给)[^。.!?；;]{0,24}?(?:全部|都|统统|通通)(?:帮我|给我|帮忙)?(?:删掉|删除|删了|清除|清空|清掉|${WIPED_CLEAN})`,
      // What the owner told or filled in, then wiped clean or deleted for them (我之前讲的那些资料 帮我删干净, 我填的那些东西 全部清干净;
      // round 37, fix37c): the owner's own words before 的, then a delete with all of it or 帮我 before it, or wiped to the last.
      String.raw`(?:我|我们)(?:之前|刚才|前面|先前)?(?:讲|说|填|发|报|留)(?:过)?的[^。.!?；;]{0,16}?(?:(?:全部|都|统统|通通|帮我|给我)\s?(?:帮我|给我)?(?:删掉|删除|删了|清除|清空|清掉)|${WIPED_CLEAN})`,
      // The data or the chat named, not to be kept, for the owner or by the bot (资料莫给我留着, 聊天记录别帮我存; round 37, fix37c).
      String.raw`(?:数据|信息|资料|隐私|聊天记录|聊天)(?:都|就)?(?:不要|别|莫要|莫|不用)(?:再)?(?:给我|帮我|替我)?(?:你们|你)?(?:保存|保留|留|存)(?:着|下)?`,
      // Wiped to the last, none to be kept (删干净 莫留着, 清干净 别留着; round 37, fix37c).
      String.raw`${WIPED_CLEAN}\s*(?:莫|别|不要)(?:给我|帮我)?(?:留|存)(?:着|下)?`,
      // The chat deleted, all of it (把我们的聊天 全部删掉; round 37, fix37c).
      String.raw`(?:聊天|对话)(?:记录)?\s?(?:全部|都|统统|通通)\s?(?:帮我|给我)?(?:删掉|删除|删了|清除|清空|清掉|${WIPED_CLEAN})`,
    ],
    // Deleted to the last, said alone (删干净; round 37, fix37c).
    whole: ['注销', '删除', '删掉', WIPED_CLEAN],
  },
  {
    command: 'resume',
    anywhere: [
      '返回机器人',
      '回到机器人',
      String.raw`继续(?:和|跟)?机器人`,
      '继续咨询',
      '结束人工',
      '退出人工',
      '不要人工',
      '取消人工',
      String.raw`(?:不用|不需要|不找|不转|别转|别找|算了不找|莫要|不要|不想|不想找)转?人工`,
      // The bot again: 还是跟机器人聊.
      String.raw`(?:还是|继续)(?:跟|和)机器人(?:聊|说|讲|问)`,
    ],
    // Said alone: 接着聊, 回到刚才的, 继续刚才的.
    // (the longer words first: a whole message is matched left to right, the first alternative that fits)
    whole: [String.raw`接着(?:聊|问|说|讲|来)`, String.raw`(?:回到|继续)(?:刚才|之前|前面)(?:的|那里|那儿)?`, '继续', '机器人', '返回'],
  },
  {
    command: 'human',
    anywhere: [
      String.raw`(?<!(?:别|不|不用|不要|不需要|莫要|莫|不想)\s*)转(?:个|一下|下)?人工`,
      '人工客服',
      '人工服务',
      String.raw`找(?:个)?顾问`,
      // Someone asked to put the owner in touch with a bank (有没有人能帮我对接一下银行, 找个人帮我联系银行; round 65): a person.
      String.raw`(?:有没有|有没得|格有|找个?)人(?:能|可以)?帮(?:我|我们)(?:对接|联系|牵线|介绍)(?:一下|下)?(?:银行|信用社|贷款)`,
      '转顾问',
      '联系顾问',
      // 人工 as a word: not across two words, 工人+工资 ("工人工资要发"), 客人+工作.
      String.raw`(?<!不要|取消|结束|退出|不用|不需要|不找|不转|别转|别找|不想找|莫要|莫)(?<!${endsInRen.join('|')})人工(?!智能|成本|费|工资|种植|养殖|林|贵|便宜|涨|多|少|太|很|越来越|开支|支出|${afterGong.join('|')}|${labourAfter})`,
      // Not whether the bot is one (是真人还是机器人, 是不是真人, 是真人吗): asked, no request for a person.
      String.raw`(?<!是|是不是|还是)真人(?!还是)`,
      // A live one asked for in Yunnan words (有没得活人, 找个活人来): a person; not a living person spoken of otherwise.
      String.raw`(?:有没得|有没有|格有|找个|叫个|喊个|要个)活人`,
      // Someone else to answer: 换个人来回答, 换一个客服.
      String.raw`换(?:个|一个)(?:真人|人工|客服)|换(?:个|一个)人(?:来)?(?:回答|回复|跟我说|和我说|聊)`,
      // 客服 counted is staff (客服五个, 三个客服), not a wish to talk to a person; nor is a platform's
      // 客服 quoted (客服讲要先交两千): someone's words reported; nor one an impostor claims to be
      // (自称支付宝客服的人, 冒充银行客服).
      `${NOT_COUNTED_SERVICE}${NOT_CLAIMED_SERVICE}${NOT_NAMED_SERVICE}客服${NOT_SERVICE_AFTER}`,
      // A complaint about the service, or someone in charge asked for: 我要投诉, 叫你们领导来, 找你们负责人
      // (not a platform complained about: 网贷 投诉).
      String.raw`(?:我要|我想|想要|要)投诉(?=\s*(?:你们|一下|下)?\s*$)|投诉你们`,
      String.raw`(?:叫|找|喊|让)\s*(?:你们|你们的)?\s*(?:领导|负责人|主管|经理|manager|supervisor|boss)`,
      // A banker asked for in person: 帮我叫个客户经理来, 给我找个信贷员, 喊个客户经理过来跟我讲.
      String.raw`(?:帮我|给我)\s*(?:叫|找|喊|请)\s*(?:个|一个|位)?\s*(?:客户经理|信贷员|信贷经理|贷款经理)`,
      // ...or talked with, asked for (我想跟客户经理聊一下, 能不能和信贷员通个话, can i talk to 客户经理).
      String.raw`(?:想|要|能|可以|能不能|可不可以|格能)\s*(?:跟|和|同)\s*(?:你们的?)?\s*(?:客户经理|信贷员|信贷经理|贷款经理)\s*(?:聊|谈|讲|说|通(?:个)?话|联系|沟通)`,
      String.raw`\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a |an |the |your |ur )?(?:客户经理|信贷员|信贷经理|贷款经理|顾问|真人|人工|客服)`,
      String.raw`(?:叫|喊|请)(?:个|一个|位)(?:客户经理|信贷员|信贷经理|贷款经理)(?:来|过来|跟我|和我)`,
      // …or to call the owner: 喊个信贷员打电话给我嘛, 叫个客户经理联系我.
      String.raw`(?:叫|喊|请|让)(?:个|一个|位)?(?:客户经理|信贷员|信贷经理|贷款经理)(?:打电话给我|给我打(?:个)?电话|联系我|打给我|回个?电话)`,
      // A person asked for with 个 before 人工 (个人 is no word here): 我要找个人工聊一下, 喊个人工来.
      String.raw`(?:找|要|喊|叫|来)(?:个|一个)人工(?!智能|成本|费|工资)`,
      // Someone found to talk to: 不想跟你聊了 给我找个人, 帮我换个真人.
      String.raw`(?:给我|帮我)(?:找|换)(?:个|一个)(?:人|真人)(?=\s*(?:来|聊|说|问|回答|吧|嘛|[,.!?，。！？]|$))`,
      // A person found to talk to the owner: 找个人跟我讲, 找一个人来和我说, 派个人给我们解释 (not someone else's doing: 他找了个人…).
      String.raw`(?<!他|她|他们|对方|朋友)(?:找|派|叫|喊)(?:个|一个)(?:真|活)?人(?:来)?(?:跟|和|给)(?:我|我们)(?:讲|说|聊|谈|解释|回答)`,
      // A person to talk to rather than the bot, or to come over: 我要跟人讲话 不要机器人, 有没有业务员可以上门.
      String.raw`(?:跟|和|找)(?:个)?(?:真|活)?人(?:讲话|说话|聊天|聊|谈)|(?:不要|不想要|不想跟|不想和|别用)机器人|(?:派|安排|有没有)${C}{0,6}(?:人|业务员|客户经理|经理)${C}{0,4}上门`,
      // Someone asked to call the owner (有没有客户经理可以打电话给我, 能不能叫人给我回个电话): not a story of a call.
      String.raw`(?:可以|能|能不能|可不可以|麻烦|请)${C}{0,8}(?:打|回)(?:个|一个)?电话给(?:我|我们)|(?:可以|能|能不能|可不可以|麻烦|请)${C}{0,8}给(?:我|我们)(?:打|回)(?:个|一个)?电话`,
      // Someone of the bot's side told to call the owner (叫他打个电话给我, 让顾问联系我们; not 他叫我打电话给他).
      String.raw`(?:叫|让|喊)(?:他|她|客户经理|经理|顾问|专员|工作人员|人)\s*(?:(?:打|回)(?:个|一个)?电话给(?:我|我们)|联系(?:我|我们))`,
      // Someone called to come, said alone or with a particle: 喊个人来, 叫个活人来嘛, 喊你们的人来, 叫客户经理来.
      String.raw`(?<!他|她|他们|对方|朋友)(?:叫|喊|找|请)\s*(?:个|一个|你们的?)\s*(?:真|活)?(?:人|客户经理|信贷员|信贷经理|工作人员)\s*(?:来|过来)(?=\s*(?:吧|嘛|哈|啊|呀|噻|[,.!?，。！？]|$))`,
      String.raw`^\s*(?:帮我|给我)?(?:叫|喊|请)\s*(?:客户经理|信贷员|信贷经理)\s*(?:来|过来)`,
      // A person to talk to, said at the end: 我要跟人讲, 想和真人说.
      String.raw`(?:要|想)(?:跟|和)(?:个)?(?:真|活)?人(?:讲|说)(?=\s*(?:吧|嘛|哈|啊|话|[,.!?，。！？]|$))`,
      // Not one an impostor claims to be (冒充税务局工作人员的人, 讲是抖音官方工作人员的人; round 55).
      String.raw`(?<!(?:冒充|自称|假冒|假装|假|(?:说|讲)(?:他|她)?是|claim\w*)[^,.!?;，。！？；]{0,10})工作人员`,
    ],
  },
  {
    command: 'restart',
    anywhere: [
      ...['重来', '从头开始', '从头再来', '从头来过', '重新来', '再来一次', '重新咨询', '重置', '从新开始'],
      // Not the firm's work begun again (重新开始生产, 重新开始营业: its need, purposes.ts; round 29).
      String.raw`重新开始(?!\s*(?:生产|营业|做|干|经营|开工|卖|养|种|加工|接单))`,
      // ...the English word after 重新 or 从头 (重新 start 吧, 从头 restart, 重新 begin; round 33), not the firm's work (重新 start 生产).
      String.raw`(?:重新|从头|重头)\s*(?:start|begin|restart)(?:\s*over)?\b(?!\s*(?:生产|营业|做|干|经营|开工|卖|养|种|加工|接单|\w))`,
      // Done over from the start, ending the message (从头再整一遍, 前面的不算 重新整一遍, 算了 从头再问一次): the talk redone.
      String.raw`从头(?:再)?(?:整|搞|弄|来|问|填)(?:一(?:遍|次|轮|下|哈))?\s*(?:吧|嘛|哈|啊|啦)?\s*$`,
      String.raw`(?:不算|算了|作废|不要了)\s*[，,]?\s*重新(?:整|搞|弄|来|问|填)(?:一(?:遍|次|轮|下|哈))?\s*(?:吧|嘛|哈|啊|啦)?\s*$`,
      // ...from the very start, gone through again (麻烦从最开始重新走一遍, 从开头再过一遍吧: round 25).
      String.raw`从(?:最)?(?:开始|开头|头)(?:的地方)?\s*(?:再|重新)?\s*(?:重新)?(?:走|过|来|问|填|整|搞|弄)一(?:遍|次|轮|下|哈)\s*(?:吧|嘛|哈|啊|啦)?\s*$`,
    ],
    // Said alone: 重新搞, 从头来, 再来一遍.
    whole: [
      String.raw`重新(?:搞|整|弄|填|问)(?:一(?:下|哈|遍|次))?`,
      String.raw`(?:从头|重头)(?:来|搞|整|开始)?`,
      String.raw`再来一(?:遍|次|轮)`,
      // Cleared and asked again: 清空重新问, 全部清掉重来.
      String.raw`(?:全部)?(?:清空|清掉|清零)\s*(?:重新|重)(?:问|来|开始|填)?`,
    ],
  },
  {
    // A service refused, the refusal right beside its name: 融资租赁不要, 不想众筹, 不考虑网商贷, 众筹就算了
    // (not a question about it: 融资租赁不要抵押吗; not a trade denied: 我们不搞众筹 就是开茶馆的).
    command: 'decline',
    anywhere: [
      String.raw`(?:不要|不想要?|不考虑|不用|不需要|别|莫)(?:再)?(?:给我)?(?:推荐|介绍|搞|做|用|要|考虑|弄|找)?(?:那个|这个|什么|啥)?\s*(?:${SERVICES})`,
      // ...given up with 了 (算了 不搞众筹了, 先不弄租赁了: round 25; not a trade denied, 我们不搞众筹 就是开茶馆的).
      String.raw`(?:先|暂时|就)?不(?:搞|弄|整|用)(?:那个|这个)?\s*(?:${SERVICES})\s*了`,
      // ...the lease itself the verb given up (算了 不 lease 了, 先不租赁了; round 26).
      String.raw`(?:先|暂时|就|还是)?不\s*(?:租赁|\blease\b)\s*了`,
      // ...the kind pointed at between (众筹那种就不考虑了, P2P 那些就算了), the refusal after it (租赁先不弄了, 众筹不整了: round 25;
      // no interest said, in either language: 保理 我们没兴趣, 众筹 我们 not interested).
      String.raw`(?:${SERVICES})\s*(?:那种|这种|那个|这个|那些|这些|之类的?)?\s*(?:我们|我|就|也|都|还是)?\s*(?:是)?\s*(?:先|暂时)?${REFUSED}(?:的|了|吧|啦|哈|嘛)*\s*(?=$|[,.!?;，。！？；\s])`,
    ],
  },
  {
    command: 'platform-check',
    anywhere: [
      // Yunnan: 格 before the predicate asks (格靠谱 = 靠谱吗).
      // ...spaced as typed (格 靠得住, 格 是 正规 的).
      String.raw`格\s*(?:是\s*)?(?:靠谱|正规|可靠|合法|合规|安全|可信|靠得住|信得过)`,
      // ...and 得不得 before it (得不得靠谱, 得不得安全 = 会不会靠谱; round 62).
      String.raw`得不得\s*(?:是\s*)?(?:靠谱|正规|可靠|合法|合规|安全|可信|靠得住|信得过)`,
      // Whether it may be real asked (格会是真的, 会不会是假的; round 52).
      String.raw`格\s*会\s*是\s*真的|会不会是假的|还会是假的`,
      // Real asked in English inside Chinese (当天放款 50w, real 吗; round 52).
      String.raw`\b(?:real|legit|true)\b\s*(?:的)?\s*(?:吗|么|嘛|不|没)`,
      String.raw`判断.{0,6}平台`,
      String.raw`平台.{0,10}(?:合规|正规|靠谱|可靠|安全|合法|真假|资质|牌照|备案|怎么样|可信)`,
      // ...a lender named by other words, its licence asked or looked up (咋个查一家放贷公司有没有正规牌照, 那家小贷公司格有牌照; round 50):
      // not the firm's own licence (我们需要牌照吗: regulation).
      String.raw`(?:${LENDER_FIRM})\S{0,10}(?:有没有|有无|格有|是否有|有不有)\s*(?:正规|合法)?(?:的)?(?:牌照|资质|备案|执照|放贷资格)`,
      // The platform named in English: 那个 platform 有没有 license.
      String.raw`\bplatform\b.{0,10}(?:牌照|备案|资质|正规|合规|靠谱|\blicen[cs]e|\blicensed\b|\bregistered\b)`,
      String.raw`(?:靠谱|正规|可靠|合法|合规|安全|可信|靠得住|信得过)\s*的?\s*(?:吗|么|嘛|不|吧|没)`,
      // Asked as X-not-X: 靠不靠谱, 靠不靠得住, 正不正规, 安不安全, 合不合法.
      String.raw`靠不靠(?:谱|得住)|信不信得过|正不正规|可不可靠|安不安全|合不合(?:法|规)`,
      // ...or as 是不是X (是不是正规的, 到底是不是合法的; round 23); not of them, a factor's people pointed at (做保理的 他们是不是正规的:
      // factoring-legit alone, round 12).
      String.raw`(?<!(?:他们|他|她)\s*)是不是\s*(?:正规|合法|合规|靠谱|可靠|安全|可信)`,
      // Whether one may trust them, asked (可以 信 吗, 能信他吗, 敢相信不).
      String.raw`(?:可以|能|敢|格能|格可以)\s*(?:相)?信\s*(?:他|她|他们|这个人|那个人)?\s*(?:吗|么|嘛|不)`,
      // Whether a story or a promise is true (格是真的, 是真的吗, 真的假的, 是不是真的; 真的吗 ending the message): asked after it, a check; not the bot's own words (你讲的是真的吗).
      // ...哩 for 的 in Yunnan typing (格是真哩, 是真哩不, 真哩假哩; round 32, corpus convention 124), and 呢 after 格 (格是真呢; round 51).
      String.raw`(?<!你们?(?:讲|说)的是?)(?:格是真[的哩呢]|是真[的哩](?:吗|么|嘛|不|咩)|是真[的哩]\s+(?:吗|么|嘛)|真[的哩](?:吗|么|嘛)\s*[?？]*$)|真[的哩]假[的哩]|是真是假|是不是真[的哩]|格真的(?:有|能|会)`,
      // Whether the one writing is an impostor, asked (格会是有人冒充的, 是不是别人冒充的, 会不会是假冒的; round 50).
      String.raw`(?:格会|会不会|格是|是不是|怕是|该不会)\s*(?:是)?\s*(?:有人|别人|骗子)?\s*(?:冒充|假冒|装)(?:的)?`,
      '是不是骗',
      // Whether a picture was doctored (格是 P 的, 是不是p过的, 是不是 PS 的; round 55): the fake-payment's check.
      String.raw`(?:格是|是不是|会不会是)\s*(?:p|ps)\s*(?:过)?的|是不是\s*p图`,
      // Whether it cheats: 会不会是骗人的, 是骗钱的吧.
      '骗人',
      '骗钱',
      // (Not the trap one nearly fell into: 差点着了骗子的道; round 55.)
      String.raw`骗子(?!的?(?:道|当))`,
      '骗局',
      '诈骗',
      // Not a fee for legwork (跑路费), nor a person who ran off (那个人跑路了: the one the owner's father stood guarantor for; round 42).
      // ...one of the people the owner knows (那个朋友跑路了, 我表哥跑路了; round 43), a time between (他现在跑路了; round 44).
      String.raw`(?<!(?:人|人家|对方|他|她|他们|她们|老板|借款的|朋友|亲戚|表哥|表弟|表姐|表妹|哥|弟|姐|妹|老乡|同学|合伙人|客户)(?:已经|都|也|又|现在|早就|后来|突然|直接)*)跑路(?!费)`,
      '暴雷',
      '爆雷',
      // A platform blacklisted; not the owner put on a credit blacklist (会不会上征信黑名单: credit-record).
      // Nor the owner's record to be cleaned (替我把黑名单去掉, 帮我洗掉黑名单: the credit fraud).
      String.raw`(?<!(?:上|进|拉进|拉入|列入|进入|被拉|被列|拉)(?:了)?(?:征信|失信|银行|人行|央行)?(?:的)?|征信|失信|(?:帮|替)(?:我|我们|你|你们)?把?|(?:洗|删|消|抹|清|去)(?:掉|除)?)黑名单(?!${C}{0,2}(?:去掉|删掉|删除|洗掉|洗白|消除|消掉|抹掉|清掉|拿掉))`,
      '非法集资',
      // Whether it breaks the law: 众筹会不会违法, 犯不犯法, 是不是违法的.
      String.raw`(?:会不会|是不是|格)(?:违法|犯法)|违不违法|犯不犯法|(?:违法|犯法)(?:吗|么|嘛|不)`,
    ],
  },
  {
    command: 'risks',
    anywhere: [
      // Not a fee named by it (风险保证金, 风险金, 风控费).
      String.raw`(?<!低|无|零|没有|没|不担心)风险(?!保证金|金|费|押金)`,
      '有什么坑',
      // What comes of not repaying, asked: 万一还不上咋个办, 还不起会怎样, 要是还不了有什么后果; "then what" (万一 还不上 then what; round 57).
      // ...or 逾期 and a thing done to the firm (逾期了 银行会不会把我们店封了); not a refusal feared (逾期过两次会不会被银行拒: the record; round 44).
      // ...not the money for what the firm buys or pays to run short (饲料钱不够 咋个整, 进货的钱不够 怎么办: a need, advice; round 25).
      String.raw`(?:还不上|还不起|还不了|还不出来?|还不回|逾期了?|${MISSED}|${INPUTS_NOT}钱不够|不够还|扣款失败)(?:钱|款|贷款)?${C}{0,6}(?:咋个办|怎么办|咋办|咋整|咋个整|会怎样|会怎么样|会咋个样?|会咋样|有什么后果|什么后果|后果|会不会被(?!${C}{0,4}拒)|会不会把|会(?:不会)?(?:被)?(?:起诉|告))`,
      String.raw`(?:万一|要是|如果|\bif\b)${C}{0,8}(?:还不上|还不起|还不了|还不出来?|逾期|${MISSED})(?:了)?${C}{0,4}(?:\bthen\s+)?(?:咋|怎|会|有|后果|how|what|[?？]|$)`,
      ...fallSupposed,
    ],
  },
  {
    command: 'regulation',
    anywhere: [
      String.raw`${NOT_CLAIMED_REGULATOR}(?:监管(?!账户|帐户|账号|帐号)|银保监|金管局|人民银行|央行)${NOT_CALLING_REGULATOR}`,
      // Not the support asked (补贴政策, 扶持政策, 优惠政策, 专门的政策 for such firms: the subsidies question).
      String.raw`(?<!(?:补贴|补助|扶持|优惠|贴息|专门|帮扶|支持|好)的?)政策`,
      // Not a way's 法 run into 规避 (有没有办法规避, 有什么方法规避汇率风险; round 34, fix34b): avoiding a risk, no law asked.
      String.raw`法规(?!避)`,
      '法律',
      '牌照',
      '许可证',
      '资质',
      '备案',
      '合规',
      '条例',
      // The rules asked: 国家对网贷有哪样规定, 有没有规定, 规定是咋个样的 (not a lender's own requirement told: 银行规定要…).
      String.raw`(?:有|有没有|有没得|格有)?(?:哪样|什么|哪些|啥子?)(?:样的?)?规定|(?:有没有|有没得|格有)${C}{0,4}规定|规定(?:是)?(?:咋个|怎么|怎样|哪样|什么)|(?:是)?(?:咋个|怎么|怎样|如何)规定`,
      // The lawful way of doing a thing asked (咋个付才合法, 怎么收才合规, 合法的办法是哪样): the rules of doing it (not a
      // channel to borrow or change money through: 借钱有哪样正规的渠道 asks where).
      String.raw`(?:咋个|怎么|怎样|如何|咋)${C}{0,4}才(?:算)?(?:合法|合规)|(?:合法|合规)的?(?:办法|方式|做法)`,
      // Whether anyone oversees them, asked: 国家有没有人管, 这个格有人管, 有人管吗 (open24a).
      // ...with 的 closing it (有没有人管的; round 36).
      String.raw`(?:有没有|有没得|格有|有)人(?:来)?(?:管|监管)(?:的)?(?:吗|么|嘛|没|不|的|[?？]|$)`,
      // Whether the state or the government oversees them at all (国家管不管, 政府到底管不管, 上面有没有管; round 36, corpus convention 236).
      String.raw`(?:国家|政府|上面|官方|有关部门|监管部门)${C}{0,4}?(?:到底|究竟)?(?:管不管|管没管|有没有管|有没得管|格管|管吗|管嘛|管没有)`,
      // Who oversees them, asked: 归哪个部门管, 哪个机构管这些平台, 谁来管, 哪个部门在管 (round 16).
      String.raw`(?:归|由)?(?:哪个|哪些|哪家|什么|哪样)(?:部门|机构|单位|政府部门)(?:来|在)?(?:管|批|监督)`,
      // ...谁在管 too (众筹这块是谁在管, 谁在管众筹; round 36).
      String.raw`\bwho\s*(?:来)?管|(?:归|由)谁(?:来)?管|谁(?:来|在)?管(?:着)?(?=\s*(?:这|那|它|他们|的|吗|呢|嘛|[?？]|$))`,
      // Under whom, asked without the word 部门: 归哪个管, 由哪家管.
      String.raw`(?:归|由)(?:哪个|哪家|哪里|哪点|哪儿)(?:来)?管`,
      // How strictly they are overseen, asked: 国家对网贷管得严不严, 现在管得紧不紧.
      String.raw`管得(?:严|紧|宽|松|多)(?:不严|不紧|不宽|不松|吗|么|嘛|不)?`,
    ],
  },
  {
    command: 'summary',
    anywhere: [
      // Not a summary said wrong (你总结的不对, 总结错了, 总结得有问题: a correction; round 24).
      String.raw`总结(?![的得]?(?:不对|错|有误|有问题|有点问题|不准))`,
      '摘要',
      '汇总',
      '小结',
      '概括一下',
      '归纳一下',
      '梳理一下',
      // What was said, sorted out: 把我们说的捋一下, 刚才聊的理一理.
      // ...理 as the verb only, not the end of a word said (人家讲的出口保理是哪样意思: factoring).
      String.raw`(?:说|讲|聊|谈)(?:过)?(?:的|了的)${C}{0,4}(?:捋|理(?=一?理|一下|下|清|顺)|整理|归纳|概括|汇总)`,
      // The conclusion asked: 说下结论, 结论是哪样, 总的来说是哪样.
      String.raw`(?:说|讲|给)(?:下|一下|个|我个)?结论|结论是(?:哪样|什么|啥)|总的来(?:说|讲)(?:是|就是)?(?:哪样|什么|啥)`,
      String.raw`捋一(?:下|哈|捋)`,
      // What the talk has come to: 到目前为止我们说了哪些, 刚才都聊了些什么.
      String.raw`(?:到目前为止|到现在为止|目前为止|到现在|刚才)(?:我们|咱们)?(?:都)?(?:说|聊|讲|谈)(?:了|到)(?:哪些|什么|啥|哪样|些什么|些啥)`,
    ],
  },
  {
    command: 'details',
    anywhere: [
      '详情',
      '详细',
      '细节',
      String.raw`(?:问问|问一下|想问)(?=\s*第)`,
      String.raw`具体(?:说说|介绍|讲讲|内容|情况|一点|点|些|怎么|是什么)`,
      '介绍一下',
      '介绍下',
      '介绍介绍',
      '说说',
      '讲讲',
      '展开说',
      '多说点',
      // More words asked of it: 多讲点, 再多说一点, 细说一下.
      String.raw`(?:再)?多(?:说|讲)(?:一)?(?:点|些)`,
      String.raw`细(?:说|讲)(?:一下|下|一哈|哈)?`,
      '了解更多',
      '怎么操作',
      '怎么申请',
      '如何申请',
      // How a numbered item is applied for or done, asked in Yunnan words beside more (你推荐的第3个 咋个办理 要跑银行吗; round 27).
      String.raw`(?<=第\s*[\d一二三四五六七八九十]{1,2}\s*(?:个|项|条|种|号)[^。!?]{0,8}?)(?:咋个|咋|怎么|如何)(?:办理|弄|整|申请)`,
      // ...or where it is applied for, a particle and a space between (那就第一个嘛 去哪点申请; round 46, found talking).
      // ...or what it is, asked (第三个具体是咋个回事, 第二个是哪样意思; round 57, convention 632).
      String.raw`(?<=第\s*[\d一二三四五六七八九十]{1,2}\s*(?:个|项|条|种|号)[^。!?]{0,8}?)(?:是)?(?:咋个|咋|怎么)(?:一)?回事|(?<=第\s*[\d一二三四五六七八九十]{1,2}\s*(?:个|项|条|种|号)\s*)(?:具体)?是(?:哪样|什么|啥子?)(?:意思|东西)?`,
      String.raw`(?<=第\s*[\d一二三四五六七八九十]{1,2}\s*(?:个|项|条|种|号)[^。!?]{0,8}?)(?:去|到|在)哪(?:里|儿|点|个地方)?\s*(?:去)?\s*(?:申请|办理?)`,
    ],
    whole: ['具体', '介绍'],
    withService: [
      '什么是',
      '是什么',
      '是啥',
      '啥是',
      // Yunnan: 是哪样 (what is), 哪样意思.
      '是哪样',
      // With 个 between: 是个哪样东西, 是个什么.
      String.raw`是个(?:哪样|什么|啥)`,
      '哪样是',
      '哪样叫',
      // What X is called, in other words (啥子叫融资租赁, 什么叫保理, 啥叫众筹), 啥子 for 啥.
      String.raw`(?:什么|啥子?)叫`,
      '哪样意思',
      '什么意思',
      String.raw`啥子?意思`,
      // Said simply, asked (讲简单点, 说通俗一点).
      String.raw`(?:讲|说)得?(?:简单|通俗|明白|白)(?:一)?点`,
      // What it is about or how it is done (保理是怎么一回事, 众筹是咋个搞法: round 25, convention 15).
      ABOUT_ASKED_ZH,
    ],
  },
  {
    command: 'cost',
    anywhere: [
      // A pick made by its cost (月供 lower 的那家, 费用少的那个): what it costs is what decides.
      PICKED_BY_COST_ZH,
      // A cut by its rate in thousandths, weighed (还要扣千分之一 格合理; round 52): a wallet's or a machine's (a broker's 百分之四 is the
      // advance fee's story, fix23c).
      String.raw`(?:扣|收|抽)(?:掉|了)?\s*(?:千分之|万分之)[\d一二三四五六七八九十点.]+${C}{0,6}[,，]?\s*(?:格|合理|正常|划算|贵|高|合不合理)`,
      // ...judged too greedy later in the sentence (每回扣千分之一 一个月下来也要好几百块 太黑了; round 55, convention 570).
      String.raw`(?:扣|收|抽)(?:掉|了)?\s*(?:千分之|万分之)[\d一二三四五六七八九十点.]+[^。！？；.!?;]{0,30}?(?:${TOO_GREEDY})`,
      // A cut taken per payment, asked (每笔要扣好多, 一笔抽几个点; round 52): the collecting's cost.
      String.raw`(?:每|一)笔(?:要|都|得)?(?:扣|收|抽)(?:好多|多少|几多|几个点)`,
      // ...its points named and weighed (每笔扣的点格一样; round 55).
      String.raw`(?:每一?|一)笔(?:要|都|得)?(?:扣|收|抽)的?(?:点|点数)(?:数)?`,
      // Whether the offer just costed is usury, pointed at with the tag after (那个算高利贷不, 这个是高利贷吗; round 67, found by a tester):
      // its cost against the lawful lines, as 是不是高利贷 reads.
      String.raw`(?:这个|这笔|那个|那笔|这|那|它)\s*(?:算|是)\s*(?:放)?高利贷\s*(?:不|吗|么|嘛|噻|[?？])`,
      // What the thing just said comes to in a year (这个一年算下来多少, 这笔一年下来是好多; round 48, 478): its yearly cost.
      String.raw`(?:这个|这笔|那个|那笔)\s?一年(?:算)?下来(?:是|要|得)?(?:多少|好多|几多)`,
      // ...or its total asked with no word pointing (一年 下来 total 是 多少, 一年下来一共是好多; round 57, convention 604).
      // ...or its cost named (一年下来成本大概多少; round 60).
      String.raw`(?:一年|每年|一个月|每个月)\s?(?:算)?\s?下来\s*(?:\btotal\b|总共|一共|合计|加起来|成本)\s*(?:是|要|得|大概|大约)?\s*(?:多少|好多|几多)`,
      MONTHLY_BARE_ZH,
      // The price just costed exclaimed too high (咋个会这么高嘞, 怎么这么贵; round 64, judge-233): what makes it so, its cost.
      // (Opening the message: a thing's price named before it, 冷库咋个会这么贵, is no loan's cost.)
      String.raw`^\s*(?:那|这|哇|天哪?|啊|利息)?\s*(?:咋个|怎么|为啥|为什么|咋)\s*(?:会)?\s*(?:这么|那么|恁个|恁么|这样)\s*(?:高|贵)`,
      // ...or a charge added in first (算进去总共好多, 加进去一共是多少; round 64, judge-233), as 加进去一共好多 reads beside a fee.
      String.raw`(?:算进去|加进去|加上去|合进去)\s*(?:\btotal\b|总共|一共|合计|加起来)?\s*(?:是|要|得|大概|大约)?\s*(?:多少|好多|几多)`,
      // How long a loan may run, or in how many instalments: 最长能贷几年, 能分几期还.
      String.raw`最长(?:能|可以)?(?:借|贷)`,
      String.raw`(?:能|可以)分几期`,
      // A penalty for repaying early: 提前还款要收违约金不.
      '违约金',
      // ...named in English among the Chinese (那 early repayment 有没得 penalty; round 55, convention 547).
      // ...收 spaced after 会不会 (可以 early 还清 不 会不会 收 penalty; round 57, convention 637).
      String.raw`(?:有没得|有没有|有莫得|要不要|收不收|扣不扣|会不会|有)\s*(?:有|收|扣|交|付)?\s*\bpenalt(?:y|ies)\b|\bpenalt(?:y|ies)\s*(?:是)?\s*(?:多少|好多|几多|吗|不)`,
      '罚息',
      // The down payment asked: 融资租赁公司要首付多少.
      String.raw`首付(?:要|大概|一般)?(?:多少|好多|几多|几成)`,
      // Not interest earned on money placed (闲钱生点利息, 存着吃利息, 吃点 interest; round 50): that is no cost asked.
      // ...nor a deposit's or savings' interest (存款利息).
      // ...nor a debt described by its interest as what the new money pays off (把信用卡那笔利息高的还清, 把利息高的那笔还掉; round 27, as
      // "pay off a high interest loan" reads in English), nor a higher interest looked for on money put in (想找个利息高点的; round 51).
      // ...nor a deposit's interest lost when drawn early (定期半路取出来 利息格是全莫得了; round 54).
      String.raw`(?<!(?:生|赚|吃|拿|挣)(?:点|些|一点)?\s?|存款?|储蓄)(?<!(?:定期|活期|存单)[^,.!?;，。！？；]{0,12})(?<!(?:${GOVT_ZH})[^,.!?;，。！？；]{0,6}?(?:补|贴|出)(?:一点|一些|点|些|一部分|部分|一半)?的?)利息${NOT_A_DEBT_NOR_SOUGHT}${NOT_SUBSIDISED}`,
      // A rate of a period named and asked (月息多少, 年息好多, 日息几多, 月利率大概几个点): the rate is the cost.
      String.raw`(?<!存款?|储蓄|理财)(?:月息|日息|年息|月利|日利|年利)\s*(?:率)?\s*(?:是|大概|一般|大约|要|有)?\s*(?:多少|好多|几多|几分|几厘|几个点|百分之几|高不高)`,
      // Not a deposit's rate nor a margin: 存款利率, 毛利率.
      String.raw`(?<!存款?|储蓄|[毛净])利率`,
      // ...and the rate said in English inside Chinese with its number (招行 给 的 rate 3.8: round 25), as 利率3.8 reads.
      String.raw`${RATE_SAID_IN_ENGLISH}\s*(?:是|为|大概|差不多|才|只有)?\s*\d`,
      '费率',
      // Not a fee saved (省手续费, 免手续费): that is why a way is chosen, no cost asked.
      // ...nor the firm's own income by its fee's name (服务费收入, 代理费收入三十万, 手续费一年收): takings, no cost asked.
      String.raw`(?<![省免不]|节省|省点|省了|没有|没得|么得)手续费${FEE_NOT_EARNED}`,
      String.raw`服务费${FEE_NOT_EARNED}`,
      '担保费',
      // Not a bill the loan will pay (想借五万交房租和管理费; round 59): a need, no cost asked, unless asked of (贷款要交管理费吗).
      // Nor the fees the firm collects (一年收的管理费加租金; round 65).
      String.raw`(?<!(?:借|贷)[^，。,.!?？；;]{0,8}?(?:交|付|缴)[^，。,.!?？；;]{0,6}|${COLLECTED_ZH})管理费${FEE_NOT_EARNED}|管理费(?=\s?(?:吗|不|么|嘛|多少|好多|几多|贵|高|[?？]))`,
      // A code's or a card's yearly fee (收款码每年要交三百块的年费 格正常; round 51).
      String.raw`年费${FEE_NOT_EARNED}`,
      // Which period a rate is counted by: 按天算还是按月算, per day 还是 per month.
      String.raw`(?:按天|按日|按月|按年|per day|per month|per year|daily|monthly)\s*(?:算|计)?\s*(?:的)?\s*还是\s*(?:按天|按日|按月|按年|per day|per month|per year|daily|monthly)`,
      // Rates told, then which is cheaper asked (信用社 年息 5.5 跟 网商银行 daily 万三 哪个 划算; round 57, convention 606): their cost.
      String.raw`(?:年息|月息|日息|利率|\bdaily\b|\bmonthly\b)${C}{0,30}?哪(?:个|家|种|一个|一家)\s*(?:更|比较)?\s*(?:划算|便宜|合算|实惠|省钱|低)`,
      // Not 今年化肥 (this year, fertiliser): 年化 after a word for a year is no rate.
      String.raw`(?<![今去明前后当])年化`,
      '贵不贵',
      '贵吗',
      // Whether a rate is high (Yunnan 格 = 是不是): 格高, 格有点贵, 高不高, 是不是太高了.
      String.raw`格(?:是)?(?:太|有点|算)?(?:高|贵)`,
      '高不高',
      // ...or exclaimed so, the whole reply after a costing (咋个会这么高哦 吓死人, 这么贵啊, 太高了吧; round 60, convention 714).
      String.raw`^\s*(?:(?:咋个|怎么|咋)\s?(?:会)?\s?)?(?:这么|那么|太)(?:高|贵)(?:了)?\s*(?:[吧啊哦嘛呀]\s*)?(?:[,，!！]?\s*(?:吓死人|吓人|抢钱|太黑了?)\s*(?:[吧啊哦嘛呀]\s*)?)?$`,
      // ...and in English words after it: 是不是 too high, 会不会太 expensive.
      String.raw`(?:是不是|算不算)(?:太|有点)?(?:高|贵)|(?:是不是|算不算|会不会)\s*(?:太|有点)?\s*too (?:high|expensive|steep)\b`,
      // ...or the English price word before the Chinese judgement (3号那个 rate 会不会很高; round 63).
      String.raw`\b(?:rate|interest|fees?|apr|cost)\b\s*(?:会不会|是不是|格|算不算)?\s*(?:很|太|有点)?\s*(?:高|贵)`,
      '怎么收费',
      // The monthly payment or the points judged too high (月供太多了吧, 月供有点重, 这个点数高了, 点数也太高了; round 29): its cost.
      String.raw`(?:月供|点数)\s*(?:也|还|是不是|格)?\s*(?:太|有点|好|这么|咋个这么|怎么这么)?\s*(?:高|多|重|贵|too (?:high|much|steep)\b)(?:\s*(?:了|啊|哦|吧|嘛)|(?=$|[\s,，。!！?？]))`,
      // The whole cost of borrowing named and asked (round 14): 综合成本是多少, 实际成本多少, 总成本高不高.
      // ...typed apart (一年下来 真实 cost 大概 多少; round 59).
      String.raw`(?:综合|实际|真实|全部|总|借款|融资|资金)\s?成本${C}{0,6}(?:多少|好多|几多|几个点|高不高|是多少|怎么算|咋个算)`,
      // How a cost is worked out (每个月还款额是怎么算出来的, 月供咋个算), or charged on top (另外收钱, 额外收费).
      String.raw`(?:还款额|还款|月供|费用)${C}{0,4}(?:怎么|咋个|咋|如何)(?:样)?算`,
      String.raw`(?:另外|额外)(?:收|扣|要)(?:钱|费|费用|利息)`,
      String.raw`收费(?:标准|多少|高吗)`,
      // A guarantor's or a lender's charge summed (找担保公司担保 要收多少钱, 担保公司一般收几个点; round 39): what it costs.
      String.raw`(?:担保|银行|信用社|小贷)${C}{0,10}(?:要|得|会|一般)?收(?:多少|好多|几多|几个点)`,
      // ...a hedge between, and Yunnan 好多 (费用大概好多, 费用一般是多少; round 41).
      String.raw`费用\s*(?:大概|大约|一般|要|得|是|大概是|一般是)?\s*(?:多少|好多|几多|高吗|高不高|怎么算|咋个算)`,
      // ...what it takes to spend (一年下来要花好多钱; round 41).
      String.raw`(?:要|得)(?:花|出)(?:好多|多少|几多)钱?`,
      '多少费用',
      // Whether a price is worth it: 划算不, 划得来不, 值不值, 划不划算.
      // Yunnan 划得着 (worth it): 划得着不, 划不划得着.
      // (Not the pick asked, its tag after: 哪个最划得着嘛 asks which is best; round 44.)
      String.raw`(?<!哪[个种样家][^，。,.!?；;\s]{0,4})划(?:得来|算|得着)(?:不|吗|嘛|没|不咯)`,
      '划不划算',
      '合不合算',
      String.raw`格(?:合算|划算|划得来|划得着|值得)`,
      '划不划得着',
      '划不来',
      '划不着',
      '值不值',
      String.raw`(?:合算|值得)(?:不|吗)`,
      // ...in English words with a Chinese tag (worth it 不, worth 吗; round 45).
      String.raw`\bworth(?: it)?\s*(?:不|吗|么|嘛)`,
      // What borrowing really costs: 实际要花多少钱, 借下来到底要付好多.
      // ...with the period or the total between (实际一年要掏多少, 实际每个月要出多少, 算下来总共要付几多).
      String.raw`(?:实际|真实|到底|实打实|算下来|前前后后|加起来)(?:上)?(?:每个?月|一个月|每年|一年|每期|一共|总共|前后)?(?:下来)?(?:要|得|会)?(?:花|付|出|掏|给)(?:多少|好多|几多)`,
      // What the repayment comes to (Yunnan 好多 = how much): 月供大概好多, 每个月要还多少, 一共要还几多.
      // ...with the period in English words or none: monthly 要还多少, 三年要还好多.
      String.raw`(?:要|得)还(?:款)?(?:大概|大约|差不多)?(?:是)?(?:好多|多少|几多)(?:钱)?`,
      // ...a guess before the verb too: 一个月大概还多少, 每期差不多要还好多.
      // ...a space between the period and the verb, as mixed messages are typed (每个月 还多少).
      String.raw`(?:月供|(?:每个?月|每期|一个月|一共|总共)\s*(?:大概|大约|差不多)?(?:要|得)?还)(?:款)?\s*(?:大概|大约|差不多|要)?(?:是)?\s*(?:好多|多少|几多)`,
      // What borrowing adds on top, asked (前前后后要多出好多钱, 总共要多付多少, 得多还几多; round 33, convention 149): the interest over the term.
      // ...of a loan: paying more for it (要多还好多, 会多出几多钱), not wages or a price paid more (员工工资要多给多少比较合适).
      String.raw`(?<!(?:工资|薪水|奖金|房租|租金|货款|提成)${C}{0,4})(?:要|得|会)多(?:出|付|还)(?:了)?(?:好多|多少|几多)(?:钱|利息)?`,
      // The principal with its interest, asked (连本带利一共好多, 本息加起来要还多少; round 33, convention 149).
      String.raw`(?:连本带利|连本带息|本息|本金加利息)\s*(?:一共|总共|合计|加起来|算下来)?\s*(?:大概|大约|差不多)?\s*(?:要|得)?(?:还)?\s*(?:是)?\s*(?:好多|多少|几多)`,
      MONTHLY_WEIGHED_ZH,
      MONTHLY_LOWERED_ZH,
      // What share a pledge raises: 抵押房子能贷几成.
      String.raw`(?:能|可以)(?:贷|借)(?:几成|多少成|百分之几)`,
    ],
    // What a service named costs, asked as money spent (融资租赁那个一年下来要多少钱, 网商银行借下来总共要好多钱; round 26).
    withService: [
      String.raw`(?:一年|每年|一个月|每个月|总共|一共|前后|借下来|贷下来|下来)\s*(?:大概|大约|差不多)?\s*(?:要|得)\s*(?:花|出|付)?\s*(?:多少|好多|几多)钱`,
    ],
  },
  {
    // Leaving: 再见, 拜拜, 改天再问; with thanks beside the goodbye (谢谢 再见, 好的拜拜), still a goodbye.
    // Thanks alone is 'thanks' (below).
    command: 'goodbye',
    whole: [
      String.raw`(?:再见|再会|拜拜|回头见|下次见|bye\s*bye|byebye)(?:啦|哈|了|咯)?`,
      // Till another time: 改天再问, 回头再聊, 下次再来.
      String.raw`(?:改天|回头|下次|过两天|有空|明天)再?(?:来|过来)?(?:问|聊|说|来|咨询|联系)`,
      // That is all for now, leaving: 先这样吧, 就这样了, 我走了, 拜, 告辞.
      String.raw`(?:那)?(?:今天|今儿)?(?:就|我们)?(?:先|就)这样(?:子)?(?:吧|了|嘛|哈|啦)*`,
      // ...or the asking ended for now, thanks or a goodbye word beside it (round 25): 今天就问到这里, 先问到这儿 拜拜.
      ASKED_FOR_NOW,
      // Not money taken off (骗走了, 拿走了; round 58).
      String.raw`(?:那)?(?:我)?(?:先)?(?<![骗拿偷卷带抢拐转划扣])走了(?:哈|啊|啦)?`,
      // Off to the bank or the police to act, beside a goodbye word (晓得了 我马上去银行把卡冻起来 拜拜; round 57).
      // ...any bank named (我现在就去农信社把卡冻了 再见; round 58, convention 707).
      String.raw`(?:那)?(?:我|我们)?(?:这就|马上|现在就?|等下就?|立马)?(?:去|到)(?:${BANK_NAMED}|派出所|公安局)${C}{0,10}?(?:冻起来|冻结|冻上|冻了|冻掉|冻住|挂失|报警|报案|止付)(?:了)?`,
      '拜',
      '告辞',
      // Thanks or an acknowledgement beside a goodbye word: 谢谢再见, 好嘞 谢谢老板 拜拜, 谢了哈 改天再问, 再见 谢谢.
      // ...or the understood (行 晓得了 再见, 明白了 拜拜, 收到 回头再问).
      String.raw`(?:${THANKED}|${ACKNOWLEDGED})(?=(?:[\s,，.。!！~]|那(?:就|我们)?|${THANKED}|${ACKNOWLEDGED})*${LEAVING})`,
      // The thanks looked at before the words before it: the look back over any run of characters is made only where
      // thanks stand (tried at every position of a long message, it cost the square of its length).
      String.raw`(?=${THANKED})(?<=${LEAVING}\S*[\s,，.。!！~]*)${THANKED}`,
    ],
  },
  {
    command: 'thanks',
    whole: [
      // An acknowledgement before the thanks, the understood or praise: 好的 谢谢, 好嘛 谢谢你, 好的好的 明白, ok 懂了, 好的 说得清楚.
      String.raw`(?:(?:好的?|好嘛|好吧|要得|行|嗯|ok(?:ay)?)[，,\s]*)+(?=谢|感谢|多谢|thank|thx|明白|懂了|知道了|晓得|收到|了解了|清楚了|(?:讲|说|解释|介绍|分析)得)`,
      // ...with 真是, 实在 or 多谢 (好嘞 真是多谢你们了; round 37).
      String.raw`(?:真是|真的|实在|非常|十分|太)?(?:谢谢|感谢|多谢)(?:您|你们|你|老师|老板|啦)?(?:的(?:建议|帮助|介绍|解答|耐心))?(?:了|啦|哈|喽|嘞)?`,
      '多谢',
      '谢了',
      '谢啦',
      // Thanks in chat spellings: 蟹蟹 (the same sound), 3q (san-Q), xiexie, 感恩.
      String.raw`蟹蟹|\b3q\b|\bxiexie\b|感恩`,
      // Said to have helped: 帮了大忙, 太有用了, 很有帮助 (not 有用吗, asked).
      // ...or to have reached the owner (这个真的帮到我们了, 帮到我了; round 22).
      // ...said of whoever helped (你们帮到我了, 真是帮到我们了, 真的是帮了我们大忙; round 23).
      String.raw`(?:你们|你|您|这个|这些|这)?(?:真的是|真是|真的|真|确实|太)?(?:帮到(?:我|我们)(?:了|啦)(?![吗么嘛])|帮了(?:我|我们)?(?:大忙|很多|不少|好多))`,
      String.raw`(?:(?:太|很|非常|真|挺|蛮)(?:有用|有帮助)(?:了|啦)?|(?:有用|有帮助)(?:了|啦))(?![吗么嘛不没])`,
      '辛苦了',
      '收到',
      '晓得了',
      // ...clear in the owner's mind (心里有数了, 有数了; round 37, fix37c).
      String.raw`(?:心里|心头)?有(?:数|底)了`,
      // The way now known: 晓得咋个整了, 知道怎么办了.
      WAY_KNOWN,
      '晓得',
      '好嘞',
      String.raw`(?:我)?再\s*(?:考虑|想|think)(?:考虑|想|\s*一下)?`,
      '考虑考虑',
      '明白了',
      // ...got at last, in Yunnan 整 (这下整明白了, 这回搞清楚了; round 57, convention 630).
      // ...at last said (这回算是整明白了, 这下总算搞清楚了; round 60).
      String.raw`(?:这下|这回|这哈|现在)(?:子)?(?:算是|总算|终于|才|可算)?(?:整|搞|弄|听)?(?:明白|清楚|懂)了`,
      String.raw`明白(?=\s*$)`,
      String.raw`(?:懂了|听懂了)`,
      '知道了',
      '清楚了',
      '了解了',
      // Leaving to ask elsewhere: 我去问问银行, 再去问下信用社.
      // ...the lender after the asking (我去问问农商行 谢谢, 我还是去问问银行的人, 我去问问富滇银行; round 61).
      String.raw`(?:我|我们)?(?:还是|就)?(?:先|再)?去(?:问问|问一下|问下|了解一下|看看)(?:${LENDERS_GONE_TO}|别人|朋友|别家|其他的?)?(?:的人|那边)?`,
      // ...at a lender named first, a day said before (我明天去农信社问问, 回头去银行问一下, 过两天到信用社那边问下; round 29).
      // ...looked at in Yunnan words, then 再说 or 看 (谢了 我去农商行瞧瞧, 我去信用社问问再说, 去银行问问看; round 30).
      // ...rather or on one's own, the lender sought (我还是去农信社问问吧, 我自己去信用社问, 我还是去找银行问问; round 60).
      // ...就 after the day (明天就去姐告的农商行问问; round 61).
      // ...or the owner named after the day (明天我去建水的农商行问问; round 61).
      String.raw`(?:我|我们)?(?:还是|自己|就)?${WHEN_GONE}\s*(?:我|我们)?(?:就)?(?:先|再)?(?:去|到)(?:找)?(?:${LENDERS_GONE_TO})(?:那边|那里|那儿)?${ASKED_THERE}(?:看|再说)?(?:吧|嘛)?`,
      // ...or going there now (我这就去银行, 马上去派出所; round 55).
      String.raw`(?:那)?(?:我|我们)?(?:这就|马上|现在就?|等下就?|立马|这会儿?就?)(?:去|到)(?:${LENDERS_GONE_TO}|派出所)(?:报案|报警|问问|问一下)?(?:了)?`,
      // Relief that the owner asked first, or nearly fell for it (幸好问了一哈, 差点就上当了; round 55).
      String.raw`(?:幸好|还好|好在|幸亏)(?:我)?(?:先)?(?:来)?(?:问了|问过|问)(?:一?下|一?哈)?(?:你们?)?|差(?:一)?点(?:点)?(?:就)?(?:${FELL_FOR_IT})(?:了)?`,
      // ...or what would have been (不然就着了他的道, 要不然就上当了; round 56).
      // ...the sum that would have gone between (不然两万块就打水漂了; round 57, convention 619).
      String.raw`(?:不然|要不然|要不|否则)\s*(?:我)?(?:肯定|真的?)?(?:[\d一二两三四五六七八九十几百千万]+\s*(?:块|元|万)?${C}{0,4}?(?:钱|款)?\s*)?(?:就)?(?:要|会)?(?:${FELL_FOR_IT})(?:了|咯|喽)?`,
      // ...its condition said first (要不是先问了你 肯定就着了他的道).
      // ...the sum that would have gone between (要不是先问了你 两万块进货钱就着他骗走了; round 58, convention 707).
      String.raw`(?<=要不是${C}{0,12}\s*)(?:我)?(?:肯定|真的?)?(?:[\d一二两三四五六七八九十几百千万]+\s*(?:块|元|万)?${C}{0,4}?(?:钱|款)?\s*)?(?:就)?(?:要|会)?(?:${FELL_FOR_IT})(?:了|咯|喽)?`,
      String.raw`要不是(?:我)?(?:先)?(?:来)?(?:问了|问过|问)(?:一?下|一?哈)?(?:你们?)?`,
      // Agreed, and off to talk it over: 要得, 要得 我回去跟我老公商量一哈, 好的 和家里人商量下.
      '要得',
      // ...with whoever is at home (跟我家那个, 和屋头的), in English words too (我回去 discuss 一下), then back (再来), after
      // thanks, praise or agreement (said alone, 我跟老婆商量一下 is no answer now: a skip).
      `${AFTER_THANKS}(?:${TALK_IT_OVER}|${ASK_FIRST})`,
      // ...or to think it over, with no 再 (谢谢 我考虑下, 好的 我们想一哈; round 37, fix37c).
      String.raw`${AFTER_THANKS}(?:我|我们)?(?:先|回去)?(?:考虑|想)(?:一?下|一?哈|考虑)`,
      // Praise for the answer: 讲得板扎, 说得很清楚, 介绍得太好了.
      // ...with the Yunnan 得很 after it (讲得板扎得很, 说得清楚得很; round 23).
      // ...the praise doubled (讲得清清楚楚的, 说得明明白白; round 28, fix28c).
      // ...whoever spoke named before it, in Yunnan words of clear (你讲得很到位, 老师说得清爽得很, 讲得透彻; round 29).
      String.raw`(?:你们?|您|老师)?(?:讲|说|解释|介绍|分析)得(?:很|太|真|好|挺|蛮)?(?:好|清楚|明白|板扎|详细|到位|透|透彻|清爽|在理|清清楚楚|明明白白)(?:得很|的很|的)?(?:了|啦)?`,
      // ...praise alone, in Yunnan words (板扎得很, 巴适, 太安逸了, 硬是板扎): beside thanks, thanks.
      PRAISED,
    ],
  },
  {
    command: 'advice',
    // Whether one can borrow (格能贷款, 能不能借, 得不得贷款) is an eligibility question, no request
    // for advice: answered by what the firm says, as 个体户能贷款吗.
    anywhere: [
      ...wishToBorrow,
      // What to do (咋个整, 怎么办), as "what should we do" asks; not 怎么办理 (how to process).
      // Nor the way now known, said in thanks (晓得咋个整了, 知道怎么办了).
      String.raw`(?<!(?<!不)(?:晓得|知道|懂|明白)(?:该|要)?)(?:咋个|咋|怎么)(?:整|办)(?!理)`,
      // ...with 搞 or 弄 closing the clause (货款收不回来 咋个搞, 超市压款 咋个弄嘛; round 32, corpus convention 123): what now, as 咋个整 asks;
      // only after a debt or money held back told (a way of doing a thing, 跨境付款咋个弄, stays the way asked), not how a thing is done (众筹是咋个搞法) nor the bot asked how it works (你这个咋个弄: help).
      String.raw`(?<=(?:欠|拖着|拖了|拖欠|压着|压了|压款|压账|赖账|不回来|不给|不还|不结|没结|没给)[^。！？!?，,]{0,20})(?<!(?<!不)(?:晓得|知道|懂|明白)(?:该|要)?)(?<!(?:你|您)[^，。,.!?；;\s]{0,6})(?:咋个|咋|怎么)(?:搞|弄)(?:嘛|哦|呢|啊|喃|哇)?(?=$|[\s,.!?;，。！？；])`,
      // Not advice declined: 不用推荐了, 不要建议.
      // Nor a thing someone else recommended (朋友推荐的平台, 群里老师推荐的).
      // Nor a thing the bot already put forward, pointed at (你推荐的那个融资租赁 要哪样材料, 你刚才建议的第二种; round 27).
      String.raw`(?<!不用|不要|别|不需要|无需|莫要)(?<!(?:朋友|别人|人家|他|她|他们|老乡|亲戚|同事|群里|老师|表哥|表姐|熟人)(?:给我|跟我|给我们)?)(?:推荐|建议|方案)(?!(?<=(?:你|您|你们)(?:刚才|刚刚|之前|上面|前面)?(?:推荐|建议))的)`,
      String.raw`适合(?:我|我们)`,
      '哪个好',
      '哪种好',
      '哪个适合',
      String.raw`哪个最(?:好|合适|适合|划算)`,
      '怎么选',
      '选哪个',
      String.raw`有(?:什么|哪样|啥子?|哪些)好?的?(?:贷款)?(?:产品|办法|法子|渠道|途径)`,
      // Is there a way (格有办法, 有没有法子, 格有哪样法子; 有没得办法, 有莫得办法 in Yunnan words, round 50): asks what to do.
      String.raw`(?:格有|有没有|有没得|有莫得|有么得|有无)(?:哪样|什么|啥|点)?好?的?(?:办法|法子|路子)`,
      // Another way asked (还有没有别的路子, 有没有其他渠道, 格有别样办法; 还有没得, 有没得 in Yunnan words: round 33).
      String.raw`(?:${OTHERS_ASKED})(?:别的|其他|其它|别样)(?:路子|办法|法子|渠道|途径|门路|出路)`,
      // ...or other options after a loan refused (贷款 rejected 了 还有没得其他 way, loan 被拒了 有没得别的 option, 银行不批 还有哪样路子;
      // round 33, convention 152): what else the firm can do, the advice (not the list's next page).
      String.raw`(?<=(?:${LOAN_REFUSED_ZH})[^。！？!?]{0,12}?)(?:${OTHERS_ASKED})?(?:别的|其他|其它|别样)?\s*(?:\b(?:options?|alternatives?|choices?|ways?)\b|选择|选项|方案|路子|办法|法子|出路)`,
      // ...asked with its tag after, or with 格还有 and a word of which before (还有路子没得, 有办法没有, 我们这种情况还有办法不,
      // 格还有啥子法子; round 25): a way asked, no service named.
      String.raw`有(?:哪样|什么|啥子?|别的|其他|点)?好?的?(?:办法|法子|路子|门路|出路)\s*(?:没得|没有|莫得|么得|没|不|吗|么|嘛|[?？])`,
      String.raw`(?:格还有|还有)(?:哪样|什么|啥子?)(?:好)?的?(?:办法|法子|路子|门路|出路)`,
      // How to borrow (怎么贷款, 咋个借钱) asks for a way.
      String.raw`(?<![不没别]|不是)(?:怎么|咋个|咋|如何)(?:借钱|借点钱|贷款|贷点款|贷点钱|融资|融点资|筹钱|筹点钱)`,
      '区别',
      '有什么不同',
      '对比',
      // Not 比较 as "rather" before how hard it is (去哪家银行贷比较容易, 比较难批): no comparing.
      // ...nor where idle money is best put (放哪里比较好, 存哪点比较 safe: money to place, as 放哪点好; round 54).
      // ...nor the manner of taking money (走哪种渠道收比较稳; round 55): the way asked.
      // ...nor the manner of handling it asked, in English after (咋个 handle 比较 safe; round 59).
      String.raw`(?<!(?:放|存)(?:在)?\s*(?:哪点|哪里|哪儿|哪)\s*)(?<!收)(?<!(?:咋个|怎么|如何)\s*\b(?:handle|deal with|manage|keep|store|do it)\b\s*)比较(?!容易|难)`,
      '哪个更好',
      '比较一下',
    ],
    whole: ['贷款', '借款', '借钱', '融资', String.raw`(?:咨询|问下|问一下|问问)(?=[^，。,.!?]*(?:贷款|借款|借钱|融资))`],
  },
  {
    command: 'more',
    anywhere: ['下一页', String.raw`更多(?:选项|方案|产品|服务|内容)`],
    whole: [
      String.raw`更多的?`,
      '下页',
      '翻页',
      '还有吗',
      '还有呢',
      '还有别的吗',
      String.raw`还有其他的?吗`,
      String.raw`其他的?呢`,
      '别的呢',
      // Yunnan and loose: 还有没有, 还有哪些, 后面还有不, 再来几个, 多给几个.
      String.raw`(?:后面)?还有(?:没有|没得|哪些|不|么)`,
      // ...a look asked after them, or more only if there is (还有的话 再给几个看看嘛; round 23).
      // ...再 and 多 both (有的话再多给几个瞧瞧; round 31).
      String.raw`(?:还有的话|有的话)?[\s,，]*(?:再多给|再多来|再来|多给|再给|多来)(?:我们?)?几(?:个|种|家)(?:看看|看一下|看下|瞧瞧)?`,
      // Others asked for, with a Yunnan tag after them or 有没有 before, a noun of the list or English between (还有别的没得, 还有其他的莫得,
      // 别的还有没得, 有没得别的, 还有别的 options 没得; round 31); a way asked (还有别的办法没得) is advice, above.
      String.raw`还有${OTHER_ITEMS}\s*${HAVE_TAG}`,
      String.raw`${OTHER_ITEMS}\s*还有\s*${HAVE_TAG}`,
      String.raw`(?:还)?有没(?:有|得)\s*${OTHER_ITEMS}`,
    ],
  },
  {
    command: 'later',
    whole: [
      // Busy now (我在忙, 正忙着), the reply promised for a little later (等下回你, 晚点跟你说, 回头告诉你).
      // ...now said (现在忙, 这会儿有点忙: round 26).
      String.raw`(?:我)?(?:在|正在|正)忙(?:着|呢)?|(?:我)?(?:现在|这会儿?|眼下)\s?(?:在|正在|正|有点|比较|太|很)?忙(?:着|呢|得很)?`,
      // ...busy at something else (在开车, 在地里, 在路上, 在送货).
      String.raw`(?:我)?(?:在|正在)(?:开车|干活|做事|上班|外面|地里|路上|送货|做饭|开会|收货|进货|摆摊|看店|工地)(?:上|着|呢)?`,
      // ...at work on the farm, the work named (在烤房头翻烟叶, 在果园里摘果子), hands not free (手脏得很, 腾不出手; round 54).
      String.raw`(?:我)?(?:在|正在)(?:烤房|烤烟房|地里|田里|山上|茶山|棚|大棚|圈|猪圈|果园|鱼塘)(?:头|里|上|边)?\s?(?:翻|摘|采|烤|炒|晒|喂|打|收|装|卸|拉|搬|修|干|挖|栽|种)[^\s，。,.!?；;]{0,4}`,
      String.raw`手(?:上|头)?(?:脏得很|脏|是湿的|占着|不空|没空)|腾不出手`,
      // ...at the border or a market, queueing or clearing goods (在口岸排队过货, 在海关报关; round 57, convention 664).
      // ...the port's name before it (在天保口岸排队等报关; round 59).
      String.raw`(?:我)?(?:在|正在)[\u4e00-\u9fff]{0,4}?(?:口岸|海关|关口|码头|货场|批发市场|市场)(?:上|里|头|这边|那边)?\s?(?:等着)?(?:排队|过货|报关|过关|验货|卸货|装货|等货|交货)[^\s，。,.!?；;]{0,4}`,
      // ...or passing it (正在 过 customs, read as 过 海关; judge-162).
      String.raw`(?:我)?(?:在|正在)\s?(?:过|走)\s?(?:海关|关口|口岸)(?:呢)?`,
      // ...busy where the owner is, the place named before 忙 (我在店里忙, 在厂里忙着, 正在地里忙呢; round 37, fix37c).
      String.raw`(?:我)?(?:在|正在)(?:店|厂|地|铺子|摊子|档口|车间|工地|仓库|园子|茶山|棚|田)(?:里|上|头)?\s?忙(?:着|呢|得很)?`,
      // ...a child or a customer needing the owner (娃娃在哭, 娃醒了, 有人来买东西; round 37, fix37c).
      String.raw`(?:娃娃|娃|小娃|孩子|小孩)(?:在)?(?:哭|闹|醒了|叫我)(?:了|呢)?|有人(?:来)?(?:买东西|拿货|取货|提货)(?:了)?`,
      String.raw`(?:等(?:一?下|一?哈|会儿?|一会儿?)|一会儿?|晚点|晚些|回头)(?:再|才)?(?:回你|回复你|告诉你|跟你讲|跟你说|聊|发给你)`,
      // ...the reply put off to a time named (晚上再说, 明天再跟你讲, 过会儿再回复).
      String.raw`(?:晚上|明天|下午|等会儿?|过会儿?|待会儿?|改天|回来)${LATER_REPLY}`,
      // ...when the owner is free (等我空了再告诉你, 有空再跟你讲, 闲下来再说: round 26).
      String.raw`(?:等我|等)?(?:空了|有空了?|闲了|闲下来|忙完了?)(?:以后|之后)?\s?(?:再|才)\s?(?:回你|回复你|回复|告诉你|跟你讲|跟你说|说|讲|发给你)`,
      // ...with no 再 when the reply is told to the bot (明天告诉你, 晚上回你).
      // ...or when home or off work (到家了回你, 下班了再跟你说, 收工了告诉你; round 41).
      String.raw`(?:晚上|明天|下午|等会儿?|过会儿?|待会儿?|改天|回来|(?:等我)?(?:到家|回家|回到家|下班|收工|到了)了?(?:以后|之后)?)\s?(?:再|才)?\s?(?:回你|回复你|告诉你|跟你讲|跟你说|发给你)`,
      // ...in mixed words (busy 中, 晚点 reply 你).
      String.raw`\bbusy\b\s?(?:中|着|呢)?|(?:晚点|晚些|回头|等下|等会儿?|晚上|明天)\s?(?:再|才)?\s?\b(?:reply|text|call)\b\s?(?:你|您)?`,
      // Busy with a customer just come in (来客人了, 有顾客进来了, 在招呼客人).
      String.raw`(?:来|进来)了?(?:个|几个|一个|位)?(?:客人|客户|顾客)了?|有?(?:客人|客户|顾客)(?:来了|进来了|进店了)|(?:在|正在)?(?:招呼|接待|忙)(?:客人|客户|顾客)`,
      // A reply promised to the bot (问下会计再告诉你, 我查一下账 再回你): the answer later, whatever is done first (round 38, the lead).
      String.raw`(?:再|才)?\s?(?:回你|回复你|告诉你|跟你讲|跟你说|发给你)`,
      // Goods being checked by customs or an inspector (customs 在 查 货, 海关在查货; round 45): busy now.
      String.raw`(?:海关|customs|边检|检查的)\s?(?:的人)?\s?(?:在|正在|来)\s?查(?:\s?货)?`,
      // A wait (等哈, 稍等, 等一下): the answer in a moment.
      String.raw`(?:等(?:一?哈|一下|下|一会儿?|等)|稍等(?:一下|一?哈)?)`,
      // ...the owner named in it (你等我一下, 等等我, 稍等我下).
      String.raw`(?:你|您)?(?:先)?(?:等(?:等)?我(?:哈|一下|下|一会儿?)(?![问查算数翻对看])|等等我|稍等我(?:一下|下)?)`,
    ],
  },
  {
    command: 'skip',
    // (BOTH_WAYS: what it turns on named by a pair of opposites, 生意好坏, 行情高低; round 55, convention 564.)
    whole: [
      // 这个跳过, 这题先略过, 这个 skip 吧: what is skipped named before it.
      String.raw`(?:这个问题|这道题|这个|这题|这项|这条)\s*(?:question\s*)?(?:就|先)?\s*(?:跳过|略过|skip|pass)`,
      // ...or named after it: skip 这个问题, 跳过这题.
      String.raw`(?:跳过|略过|skip|pass)\s*(?:这个问题|这道题|这个|这题|这项|这条)`,
      // The figure asked about named before the words that wave it off: 流水这个我也说不准 先跳过嘛, 利润不清楚.
      String.raw`(?:${FIGURE_NAMED_ZH})(?:这块|这一块|这项)?(?=[^。.!?]*(?:${NOT_KNOWN_ZH}|问\s?(?:我们?|我家)?的?(?:${BOOK_KEEPERS})))`,
      // ...told to the bot: 你先跳过嘛.
      String.raw`(?:你|您)?(?:就|先)?(?:跳过|略过)`,
      // Let it be (管他的 跳过, 管它呢): the question waved off.
      String.raw`管(?:他|它)(?:的|呢)`,
      // Who knows (Yunnan 哪个晓得, 天晓得); fill in anything (随便填, 随便写).
      String.raw`(?:哪个|天|谁)(?:晓得|知道)`,
      String.raw`随便(?:填|写|选|选一个)`,
      // Can't make it out (Yunnan 整不清楚, 搞不懂); it depends or up to you, said alone (看情况, 你看着办, Yunnan 你们看着整).
      String.raw`(?:整|搞|弄)不(?:太|大|是很)?(?:清楚|清|懂|明白)`,
      String.raw`看情况(?:再说|而定)?`,
      // ...on what is still to come, what it turns on asked after it (要看当年菌子出得多不多, 得看今年茶价好不好, 看明年行情咋个样; round 25).
      String.raw`(?:要|得|还要|还得|那)?看(?:当年|今年|明年|那年|到时候|年成|行情|天气)?[^\s，。,.!?；;\d]{0,10}?(?:多不多|好不好|高不高|行不行|大不大|咋样|怎么样|咋个样|如何|${BOTH_WAYS})(?:了|嘛|吧|哦)?`,
      String.raw`(?:你们?)?看着(?:办|来|整|弄|搞)`,
      // ...the choice left to the bot (你们定, 你来定吧, 您帮我们决定, 你们拿主意).
      String.raw`(?:你们?|您)(?:来|帮我们?|替我们?)?(?:定|决定|拿主意|说了算)(?:吧|嘛|就行|就好)?`,
      String.raw`下一(?:个|道)?(?:问题|题)`,
      '下一个',
      String.raw`(?:这个|这题|这个问题)(?:我)?(?:先)?不(?:答|回答)(?:了)?`,
      // Not remembered, never counted: 记不得了, 记不清, 没算过.
      // ...not clearly (记不太清了, 记不大清楚; round 33).
      String.raw`记不(?:太|大|是很)?(?:得|清楚?|住)(?:了|啦)?`,
      // ...in Yunnan words too (莫得算过, 没得统计过).
      String.raw`(?:从来)?(?:没有?|没得|莫得|么得)(?:仔细|具体|认真|好好)?(?:算|统计|记)过(?:的|啊|哦)?`,
      String.raw`(?:不太|不是很|不大)清楚`,
      // Can't say (说不清楚, 说不上来, 讲不出来): not known.
      // ...the question not to be answered (答不上来, 答不出来).
      String.raw`[说讲答]不(?:清楚?|上来|出来)`,
      // ...of the sum asked too (不晓得要多少, 不晓得借好多).
      String.raw`不晓得(?:要|得|借|贷)?(?:多少|好多|几多)?`,
      '晓不得',
      // ...said of the thing asked, insisted on (这个么我是真不晓得, 那个我确实不清楚, 这个嘛实在不知道).
      String.raw`(?:这个|那个|这些|这)?\s?(?:么|嘛|呢|吧)?\s?(?:我|我们)?(?:是)?(?:真的?|确实|实在|硬是|是真的?)(?:是)?(?:不晓得|晓不得|不知道|不清楚|记不得|说不上来)(?:了|啊|哦|嘞)?`,
      // Not sure in mixed words (不太 sure, 不是很 sure); someone else knows (要问下会计, 得问问我老公, 等我问下财务).
      String.raw`不(?:太|是很|大)?\s*sure`,
      String.raw`(?:要|得|还要|还得|等我|我)?\s*(?:回去)?问(?:一?下|问)?\s*(?:我们?|我家)?的?(?:${BOOK_KEEPERS})(?:${LATER_REPLY})?`,
      // ...when they come back (要等我家婆娘回来才晓得, 得等会计回来再说, 等我老公回来问他), from work or from where they are
      // (等我老公下班回来问他, 得等我家那口子收工回来), told to the bot (你等他回来).
      String.raw`(?:你|您)?(?:要|得|还要|还得)?(?:先)?等\s*(?:我们?|我家)?的?(?:${BOOK_KEEPERS})\s?(?:${COMING_BACK})?回来(?:${LATER_REPLY}|(?:再|才)?\s?问(?:一?下|问)?(?:她|他)?)?`,
      // ...asked first, or talked over first, said alone (我先问问我家老倌, 让我问下我老公, 我跟老婆商量一下再说).
      // ...the proposal put off for now before it (暂时不看了 等我问下老公, 先不了 我跟家里人商量下: round 27).
      // ...or no hurry said before it (先不急 我问下我老公, 先不急嘛 等我问问我爸: round 28).
      String.raw`(?:先|暂时|目前|现在|还)+\s?不(?:看|瞧|用|要|弄|整|急|慌)?\s?(?:了|啦|嘛|哈)?(?=[^]*(?:问|商量|讨论|\b(?:ask|discuss|talk|check)\b))`,
      ASK_FIRST,
      TALK_IT_OVER,
      // Gone somewhere to look first (我去店里看看, 回去翻翻账本, 先去地里数一下): no answer now.
      // ...the place named in English among the Chinese (我去 warehouse 数一下).
      // ...not a lender gone to (我去银行问问, 明天去农信社问问: the owner leaving to ask about the loan, thanks; round 29).
      String.raw`(?:等我|让我|我得|我要|我先|我)?\s*(?:先|再)?(?:回去|去|到)(?!${LENDERS_GONE_TO})(?:[^\s，。,.!?；;\d]{0,4}?|\s?(?:[a-z]+\s?){1,2})${CHECK}(?:${CHECKED})?(?:${LATER_REPLY})?`,
      // ...what is checked named first (账本我要查一下, 库存我去点一下).
      String.raw`(?:${CHECKED})\s?(?:等我|让我|我得|我要|我先|我)?\s?(?:先|再)?(?:去|回去)?${CHECK}(?:${LATER_REPLY})?`,
      // ...or the owner looking first, said with who looks (等我翻翻账本, 让我算算).
      String.raw`(?:等我|让我|我得|我要|我先)${CHECK}(?:${CHECKED})?(?:${LATER_REPLY})?`,
      // A figure to be checked or counted first (我查一下账, 等我算一下再告诉你, 我得回去数一下): no
      // answer now, the question left.
      // ...the period of the books named (要翻下去年的本子才知道).
      String.raw`(?:等我|我得|我要|得|要)?\s*(?:回去)?(?:查|算|数|翻|对|看)(?:一?下|一查|一算|一数)(?:(?:去年|今年|前年|上个月|这个月|上半年|下半年)的?)?(?:账本?|本子)?(?:${LATER_REPLY})?`,
      // ...the owner looking, where the books are kept named (我翻下手机上的账, 我查一下 本子上的记录, 我看下 账本).
      String.raw`(?:我|我先)\s?${CHECK}\s?(?:[^\s，。,.!?；;\d]{1,4}?(?:上|里)的)?(?:${CHECKED})(?:${LATER_REPLY})?`,
      // ...the owner to do it named (等我跟我家那口子商量下, 等我 check 一下): no answer now (a wait proper, 等我一下, is `later`).
      String.raw`(?:你|您)?(?:先)?等我`,
      // ...the check said in English among the Chinese, the reply later (let me check 一下 账本 再回你).
      String.raw`\b(?:let me|lemme|i['’]?ll|i will|i need to|need to)?\s*(?:check|look at|go through|look up)\b\s*(?:一?下)?\s*(?:${CHECKED})?${LATER_REPLY}`,
      // Can't count it up (算不清, 算不出来), can't say (说不好).
      String.raw`算不(?:清楚?|出来|准|过来)`,
      // Hard to say or to guess (说不好, 讲不好, 不好估, 不好讲).
      String.raw`[说讲]不好|不好(?:估|算|讲|说)`,
      // ...by the owner in person (我自己不清楚, 我也不晓得; round 63), the figure named before it in English (turnover 这个…).
      String.raw`(?:我自己|我也|我)?(?:也)?不清楚`,
      String.raw`\b(?:turnover|revenue|sales|income|profit)\b(?=\s*(?:这个|这些|那个))`,
      '不知道',
      '不确定',
      '不好说',
      '说不准',
      // ...softened (不太方便讲, 不大方便说; round 63).
      String.raw`不(?:太|大|是很)?方便(?:说|讲|透露)?`,
      // The figure asked about, then declined: 营业额不方便说, 这个不想说, 收入就不讲了.
      String.raw`(?:这个|这些|那个|营业额|收入|流水|销售额|产值|利润|人数|员工|资产|金额){0,2}(?:就|我|暂时)?(?:不方便|不想|不愿意|不好)(?:说|讲|透露)(?:了|吧)?`,
      '保密',
      // ...what the money is for (还没想好用来整哪样, 没定好拿去做什么): the purpose not decided.
      String.raw`(?:还|暂时)?(?:没|没有)(?:想好|定好?|决定|考虑好|想清楚)(?:钱)?(?:要)?(?:用来|拿来|拿去|用在|用于)(?:整|做|干|搞|弄|买)?(?:哪样|什么|啥)`,
      // Not decided yet, what is asked named after it or not (还没想好, 还没想好借多少, 没想好贷几年).
      String.raw`(?:还|暂时)?没(?:想好|定好?|决定)(?:要|想)?(?:借|贷)?(?:多少|几年|多久|多长时间)?(?:钱)?`,
      // ...what is asked named before it, in Yunnan words too (借好多还没定下来, 借几年还没考虑好).
      String.raw`(?:借|贷)(?:好多|多少|几年|多久|多长时间)(?:钱)?(?:还|暂时)?(?:没|没有)(?:想好|定下来|定好|定|决定|考虑好|想清楚|拿定主意)`,
      // Someone else keeps the books (账是我老婆在管的, 财务都是会计在弄): the owner does not know the figure.
      // ...the figures said as numbers (这些数都是我儿子在弄), the keeper any of the family (帐是我姐在记).
      // ...whose money or books named first (我们家钱都是我姑娘在管), handled (钱都是我家老倌在经手; round 59).
      String.raw`(?:我们?家?的?)?(?:这些|那些)?(?:账|帐|账目|账本|财务|钱|数|数字|数据)(?:的事|上的事)?(?:都|一直)?(?:是)?(?:我们?|我家)?(?:的)?(?:${BOOK_KEEPERS})(?:在)?(?:管|记|算|弄|做|负责|经手)(?:的|着)?`,
      // ...the keeper named first (我家老倌儿管账的, 都是我老婆在记账).
      String.raw`(?:都|一直)?(?:是)?(?:我们?家?)?(?:的)?(?:${BOOK_KEEPERS})\s?(?:在)?(?:管|记|算)(?:账|帐|钱|账目)(?:的|着)?`,
      // ...doing it, what is kept left unsaid after 都是/是 or the keeper's 我家 (都是我们家会计在弄, 是我老婆在管; round 33).
      String.raw`(?:都是|一直是|是|都)(?:我们?家?)?(?:的)?(?:${BOOK_KEEPERS})\s?在\s?(?:管|记|算|弄|做|搞|整|负责|经手)(?:的|着)?`,
      // ...said to know it, the owner not (我们家老头子晓得, 只有会计清楚, 我媳妇才知道).
      String.raw`(?:只有|就|都是|是)?(?:我们?家?)?(?:的)?(?:${BOOK_KEEPERS})\s?(?:才|最)?(?:晓得|知道|清楚)(?:的|些)?`,
      // The books where they are (本子在店里, 账本 在 我老倌 那里): not at hand, no answer now.
      String.raw`(?:${CHECKED})\s?(?:都)?(?:放)?在\s?(?:(?:我们?家?)?的?(?:${BOOK_KEEPERS})|[^\s，。,.!?；;\d]{1,4}?)\s?(?:那里|那边|那儿|手上|手里|里|上)?`,
      // ...the look done at a time named, then the reply (我明天翻了告诉你, 晚上看完再跟你讲).
      String.raw`(?:我|等我)?\s?(?:明天|晚上|下午|回去|回头|等会儿?|过会儿?)\s?(?:再|先)?(?:翻|看|查|算|对|数|问)(?:了|完|好|过)(?:${CHECKED})?\s?(?:再|才)?\s?(?:回你|回复你|告诉你|跟你讲|跟你说|发给你)`,
      // It hangs on what is still to come (要看今年收成, 得看行情): no answer yet.
      // ...the crop or goods named before it, how it goes after (要看今年咖啡收成咋个样, 看年成).
      String.raw`(?:要|得|还要|还得)?看(?:今年|明年)?(?:的)?(?:[^，。,.!?\s\d]{1,3}?的?)?(?:收成|天气|行情|年成|价格|价钱)(?:咋个样|咋样|怎么样|如何|好不好|好坏)?`,
      '暂时不说',
      // No preference, said of what is asked: 期限没得要求, 期限长短都可以, 时间无所谓, 额度多少都行.
      String.raw`(?:期限|(?:多长)?时间|还款时间|还款期限|年限|多久|几年|金额|额度|借多久)?(?:长短|长点短点|多少|多久|几年)?(?:都|也)?(?:随便|无所谓|没所谓|可以|行|得|不限|没关系|没得要求|没有要求|么得要求|没要求|没啥要求|没什么要求|没得讲究)(?:的|啦|了|嘛|哦)?`,
    ],
  },
  {
    command: 'help',
    anywhere: [
      '你能做什么',
      '你可以做什么',
      '你会做什么',
      '你会什么',
      '你能干什么',
      '你能帮我什么',
      '能帮我做什么',
      '你是谁',
      // Who the bot's makers are, asked (你们是谁, 你们是哪家银行的, 你们是什么公司; round 40): the help says what it is.
      String.raw`你们是(?:谁|哪个|哪家(?:银行|公司|机构|平台)?|什么(?:银行|公司|机构|平台)|哪样(?:银行|公司|机构|平台)?)`,
      // Whether the bot is a person (你是机器人还是真人, 是不是机器人哦): the help says what it is.
      String.raw`(?:你|您)?是(?:不是)?(?:机器人|人工智能|ai\b)|(?:真人|人工)还是机器人|机器人还是(?:真人|人工)`,
      '怎么用',
      '怎么使用',
      '如何使用',
      '使用方法',
      // In Yunnan words and loose: 你能做哪样, 你能帮我哪样, 这个机器人能干啥, 你是干嘛的, 有哪些功能, 教我咋个用.
      // ...the bot pointed at after you, the Yunnan 整 as the doing, a few things asked (你这个机器人能帮我整些哪样; round 23).
      // ...all it can do (这个小助手都能干哪样, 你还会做啥; round 30).
      // ...the bot named as a thing or a program, to the bottom of it (你这个东西到底能帮我们做些哪样, 这个小程序究竟能干啥子; round 31).
      String.raw`(?:你们?|您)?(?:的)?(?:这个|这)?\s*(?:小)?(?:机器人|助手|东西|程序|系统|玩意儿?|\bbot\b|\bapp\b)?(?<=[你您人手西序统意儿]|\bbot|\bapp)\s*(?:到底|究竟|具体)?(?:都|还)?` +
        String.raw`(?:能|可以|会)(?:帮我们?|给我们?|替我们?|帮咱们)?(?:做|干|帮|弄|整|办)?(?:些|点)?(?:哪样|啥子?|什么)(?:事|东西)?(?=\s*(?:啊|呀|嘛|呢|[?？]|$))`,
      String.raw`(?:你|您|这个机器人|机器人)是干(?:嘛|什么|啥)的`,
      String.raw`有(?:哪些|什么|啥|哪样)功能`,
      String.raw`教(?:我|一下)?(?:咋个|咋|怎么)用`,
    ],
    whole: [
      '帮助',
      '帮忙',
      '求助',
      '救命',
      '菜单',
      '目录',
      '使用说明',
      '说明',
      '功能',
      // How to use it, said alone: 这个咋个用, 咋个操作, 不会用, 看不懂 咋用.
      String.raw`(?:这个)?(?:咋个|咋|怎么)(?:用|操作)`,
      // ...the bot named before it (你们这个咋个用, 你这个东西怎么使用, 这个机器人咋个操作).
      // ...or only pointed at, used in Yunnan words (这个小程序咋个耍, 这个咋个玩, 这个东西咋个使, 这个 bot 咋个用; round 29).
      String.raw`(?:你们?|您)?(?:的)?(?:这个|这)?\s*(?:东西|机器人|助手|小程序|系统|玩意儿?|\bbot\b|\bapp\b)?\s*(?:到底|要)?(?:咋个|咋|怎么|怎样)(?:用|使用|操作|玩|耍|使)(?:法)?`,
      // ...the bot pointed at with 你, asked how it is done (你这个咋个弄, 你们这个东西咋个搞).
      String.raw`(?:你们?|您)(?:的)?(?:这个|这)\s*(?:东西|机器人|助手|小程序|系统|玩意儿?|\bbot\b|\bapp\b)?\s*(?:到底|要)?(?:咋个|咋|怎么|怎样)(?:弄|搞)`,
      // ...or done (我不会弄, 不会搞; round 29, judge-89: 你这个东西咋个用 我不会弄).
      String.raw`(?:我)?不会(?:用|操作|弄|搞)`,
      // ...or not managed, in Yunnan words (我整不来, 搞不来, 弄不来; round 57, convention 631).
      String.raw`(?:我)?(?:硬是|实在|真的)?(?:整|搞|弄|用)不(?:来|懂|明白)`,
      String.raw`看不懂`,
    ],
  },
  {
    command: 'greeting',
    whole: [
      '你好',
      '您好',
      '大家好',
      '哈喽',
      '喂',
      '嗨',
      String.raw`(?:老板|师傅|有人)(?:在)?吗`,
      '在吗',
      '在不在',
      // A question announced: 有个事问一下, 想请教个问题.
      String.raw`(?:有|想)(?:个|点|件)?(?:事|事情|问题)(?:想)?(?:问一下|问下|问问|请教一下|请教|咨询一下|咨询)`,
      String.raw`(?:想)?(?:请教|咨询|问)(?:个|一个|点)(?:事|事情|问题)`,
      // A question announced with nothing asked yet: 我想问一下, 咨询一下, 请问一下, 打听个事.
      String.raw`(?:我|我们)?(?:想|要)?(?:问一下|问下|问问|请问一下|请问下|请问|咨询一下|咨询下|打听一下|打听下)`,
      // Yunnan 在不 (are you there?), with whom it asks for: 老板在不, 经理在不在, 有人在不.
      String.raw`(?:老板|师傅|有人|经理|老师|客服|美女|帅哥|亲)?\s*在(?:不在|不|没得?|没有|嘛|么)`,
      // Anyone there, online: 有人没, 有没得人, 在线吗, 在线不.
      String.raw`有人(?:没得|没有|没)|有没(?:有|得)人|在线(?:吗|不|没|么|嘛)?`,
      // Yunnan 格 asks: 格有人, 格有人在, 格在.
      String.raw`格(?:有人在?|在)(?:吗|么|嘛)?`,
      String.raw`^\s*在\s*(?=[?？]*\s*$)`,
      // Whom the presence check asks for, after it: 在吗老板, 在不在师傅 (titles are fillers).
      String.raw`在(?:吗|不在|不|没得?|没有|嘛|么)`,
      '早上好',
      '上午好',
      '中午好',
      '下午好',
      '晚上好',
      '早安',
      String.raw`早(?:啊|呀|哇)`,
    ],
  },
];

/** The language named as the thing changed, then what it becomes (换 language 成 English, 语言改成中文; round 39): `target` names it. */
function languageChangedTo(target: string): string[] {
  return [
    String.raw`(?:换|改|切|转|设置?)(?:一下)?\s*(?:语言|language)\s*(?:成|到|为|to)\s*(?:${target})`,
    String.raw`(?:语言|language)\s*(?:换|改|切|转|设)(?:成|到|为)\s*(?:${target})`,
  ];
}

export const languageRules: readonly LanguageWords[] = [
  {
    locale: 'en',
    anywhere: [
      // ...the verb or the language in English among the Chinese (帮我 switch 成 English, 换成 english).
      String.raw`(?:说|讲|用|切(?:换)?(?:到|成|为)?|换(?:成|到)?|改成|改用|转成|转为|翻(?:译)?成|\b(?:switch|change)\s*(?:成|到|为|to)?)\s*(?:英文|英语|english\b)`,
      String.raw`(?:英文|英语)(?:版|模式|回复|回答|交流|沟通)`,
      // ...the language named as the thing changed, then what it becomes (想换 language 成 English, 语言改成英文; round 39).
      ...languageChangedTo(String.raw`英文|英语|english\b`),
    ],
    whole: ['英文', '英语'],
  },
  {
    locale: 'zh-CN',
    anywhere: [
      String.raw`(?:说|讲|用|切(?:换)?(?:到|成|为)?|换(?:成|到)?|改成|改用|转成|转为|翻(?:译)?成)\s*(?:中文|汉语|普通话|简体中文|华语)`,
      // Back to it, in either language's verb: 回中文, 换回中文, switch 回中文, back to 中文.
      String.raw`(?:(?:switch|change|go|back)\s*(?:back\s*)?(?:to\s*)?|[换切改转]回(?:到)?|(?<![^\s，,。])回(?:到)?)\s*(?:中文|汉语|普通话|简体中文|华语)`,
      String.raw`(?:中文|汉语)(?:版|模式|回复|回答|交流|沟通)`,
      ...languageChangedTo(String.raw`中文|汉语|普通话|简体中文|chinese\b`),
    ],
    whole: ['简体中文', '中文', '汉语', '普通话', '华语'],
  },
];

export const fillers: Words = [
  // Whom a short message is said to: 在吗老板, 谢谢师傅, 帮助一下老师.
  '老板',
  '师傅',
  '老师',
  // A greeting before the short request (你好 这个咋个用, 您好 还有别的吗; round 31): the request is what is asked.
  '你好',
  '您好',
  '经理',
  '美女',
  '帅哥',
  '小哥',
  '亲',
  '请问',
  '请',
  '麻烦',
  '帮我',
  '给我',
  '我要',
  '我想',
  '想要',
  '我们',
  '我',
  // Frankness around a short reply: 说实话不清楚, 老实讲不晓得.
  String.raw`(?:说实话|老实说|老实讲|讲真)`,
  // Hedges around a short reply: 这个我也说不准 先跳过嘛, 这个我真不知道.
  '这个',
  '也',
  '先',
  '真的',
  '真',
  '想',
  '要',
  '能不能',
  '能',
  '可以',
  '吗',
  '吧',
  '呢',
  '啊',
  '呀',
  '嘛',
  '哦',
  '哈',
  // Yunnan and chat particles closing a short reply: 说不准噶, 不晓得咯, 是嘞.
  '噶',
  // Chat interjections: 不 sure 诶, 哎 不晓得.
  '诶',
  '欸',
  '哎',
  '咯',
  '嘞',
  '啦',
  '了',
  '一下',
  '下',
  '谢谢',
  '好吗',
  '好不好',
  '切换到',
  '切换成',
  '切换',
  '换成',
  '换到',
  '改成',
  '改用',
  '用',
  '说',
  '讲',
  '回答',
  '回复',
  '模式',
  '版本',
  '版',
  '看',
  '的',
];

/**
 * A firm or a platform pointed at, not a kind of service (那家保理公司, 他们, 这个平台, 做保理的那些人): its legitimacy asked is
 * a check of that firm; with none named, a kind's legitimacy is its regulation (run.ts, kindLegitAsked; round 22).
 */
export const firmPointedAt: Words = [
  // Not the owner's own firm (我们这种小公司, 我们公司; round 28, fix28c): a firm like ours asking is no firm pointed at.
  String.raw`(?<![小微]|我们|我们的|我家|咱们|自己)公司|那家|这家|哪家|平台|机构|他们|她们|那些人|这些人|那个人|这个人|那人|的人|中介|经理|业务员|老板|\bapp\b|软件|网站`,
];

/**
 * The owner's firm spoken of as a kind (我们这种小厂, 像我们这样的小饭店, 我们这类个体户): asked whether a kind of service is lawful for such
 * a firm, the kind of firm is what is asked about, no trade or size told (pipeline/kind-asked.ts, kindOfFirmAsked; round 36).
 */
export const kindOfFirmAsked: Words = [String.raw`(?:我们|我|咱们?|我家)(?:这种|这样的?|这类|这号)|像(?:我们|我|咱们?)(?:这种|这样|这类)`];

/**
 * The talk put off to a little later, closing an aside (老板来了 一会聊, 信号不好 等下再发, 手机快没电了 明天再聊, 在吃饭 等下; round 37,
 * fix37c): with nothing else read in the message, the aside before it is the reason, no answer now (pipeline/run.ts, asideThenLater).
 */
export const laterTalk: Words = [
  // A wait alone (等下, 等哈), or a time with what is done then (一会聊, 明天再聊, 晚点再发; not 明天 alone).
  String.raw`(?:等(?:一?下|一?哈|会儿?|一会儿?)|(?:等(?:一?下|一?哈|会儿?|一会儿?)|一会儿?|过会儿?|待会儿?|晚点|晚些|回头|回来|明天|晚上|下午|改天)\s?(?:再|才)?\s?(?:说|聊|讲|发|回|回你|回复|联系))(?:哈|嘛|啊|哦|吧)?`,
];

/**
 * Whether a kind is allowed, asked (国家允不允许, 允许搞吗, 准不准做, 让不让搞; round 28, fix28c): with a kind of service named and no
 * firm pointed at, its regulation (pipeline/kind-asked.ts, kindLegitAsked), as 众筹合法吗 reads.
 */
export const permissionAsked: Words = [
  String.raw`允不允许|准不准|让不让(?:搞|做|用|办)?|(?:允许|准许|准|让)\s*(?:搞|做|用|办)?\s*(?:吗|么|嘛|不|[?？])(?=$|[\s,.!?;，。！？；])`,
  String.raw`(?:可以|能|能不能|可不可以)\s*合法(?:地)?(?:搞|做|用|办)`,
  // ...whether it may still be done now, in either language (众筹 现在 还 可以 搞 吗, p2p 现在 还 allowed 吗, 网贷还能做不; round 37, fix37c):
  // a kind that was stopped or narrowed asked about, not whether it fits the firm.
  String.raw`(?:现在|如今|目前|今年)?\s*还\s*(?:可以|能|准|让|允许|\ballow(?:ed)?\b|\blegal\b|\bok\b)\s*(?:搞|做|用|办|投|弄|整)?\s*(?:吗|么|嘛|不|没|[?？])(?=$|[\s,.!?;，。！？；])`,
  String.raw`\b(?:allowed|permitted)\b\s*(?:吗|么|嘛|不|没|[?？])`,
];

/**
 * A service weighed by a price word, asked with no 格 (对我们划不划算, 划不划得来, 贵不贵, 对我们 cost 高不高): whether it fits, its cost
 * asked (run.ts, servicePriced; round 22), as 格划算 reads.
 */
export const servicePriced: Words = [
  String.raw`划不划算|划不划得来|划得来(?:吗|么|嘛|不)|划算(?:吗|么|嘛|不)|合不合算|贵不贵|便不便宜|(?:贵|便宜)(?:吗|么|嘛|不)(?=$|[\s,.!?;，。！？；])`,
  // ...its expense weighed, a price word as 贵不贵 (供应链金融费用高不高, 众筹成本高不高; round 27); not its interest asked alone
  // (融资租赁利息高不高: the cost, flow11).
  String.raw`(?:\bcost\b|成本|费用)\s*(?:高不高|高(?:吗|么|嘛|不)(?=$|[\s,.!?;，。！？；]))`,
  // ...its cost weighed for the firm (对我们 cost 高不高); not its interest asked alone (融资租赁利息高不高: the cost, flow11).
  String.raw`(?:对|给)\s*(?:我们|我|咱们)\s*(?:来说|这种)?\s*(?:\bcost\b|成本|费用|利息)\s*(?:高不高|贵不贵|高(?:吗|么|嘛|不)|贵(?:吗|么|嘛|不))`,
];

/** What opens a getting back asked: 那, now, the money named, 还 or 格, can it (那现在钱还能, 这笔钱格可以). */
const BACK_OPENER = String.raw`(?:那|那么|哦|唉|哎|但|但是|可是)?\s*(?:现在|这下)?\s*(?:钱|这笔钱|那笔钱|这个钱|那个钱|(?:这笔|那笔)?\s*money)?\s*(?:现在)?\s*(?:格还|还格|还|格)?\s*(?:能不能|能|可以|有没有可能|有可能|是不是)?`;
/** The getting back itself: 追得回来, 要回来, 拿不回, get it back. */
// ...get in English before 得回来 (格还 get 得回来; round 55), which the code-switch table reads as 买 (买得回来).
const BACK_GOT = String.raw`(?:(?:追|要|拿|找|退|买)(?:得|不)?(?:回|转)(?:来)?|get\s+(?:it\s+|the money\s+)?back)`;
/**
 * Getting money back asked with nothing said of what money (还追得回来不, 钱能要回来吗, 格拿得回来, 有没有可能追回; round 50): read by run.ts only
 * when the message reads nothing else; the dialog answers it after a fraud's answer.
 */
export const moneyBackAsked: Words = [
  // ...now said before or after the money (那现在钱还追得回来不嘛), a particle after the ask, or the getting back in English (那还能 get back 吗;
  // round 51).
  // ...after what was done, the ask the last clause (报过警了 派出所讲先立案 那钱还拿得回来不; round 52).
  `(?:^|(?<=[\\u4e00-\\u9fff,，。!！]|[\\u4e00-\\u9fff]\\s))${BACK_OPENER}\\s*${BACK_GOT}(?:了)?\\s*(?:不|吗|么|嘛|没得|没有|莫得|了没)?\\s*(?:嘛|哦|啊|呢|喃)?\\s*[?？]*\\s*$`,
  String.raw`^\s*(?:钱|这笔钱|那笔钱)?\s*(?:还|格|能不能|能|可以|有没有可能|有可能)?\s*追(?:得)?回(?:来)?(?:的)?(?:可能|希望)?\s*(?:不|吗|么|嘛|没得|没有|莫得)?\s*[?？]*\s*$`,
];

/** Money not sent said: 还没转, 没给他打钱, 一分钱都没转, 还好没交 (the sending verb, what was sent, to whom). */
// ...two adverbs (一分都还莫给他转), the money named after the relief (还好钱没汇), a deposit not topped up (莫补; round 55).
/** Still, at all, not a cent (还, 根本, 一分钱都, 一分 都 typed apart; round 56). */
const NOT_SENT_ADVERB = String.raw`(?:还|都|根本|一分\s*钱?\s*都|一块\s*钱?\s*都|暂时)`;
// ...the account he gave named first (他报的那个账户我一分都莫打; round 57, convention 616).
const ACCOUNT_FRONTED = String.raw`(?:(?:他|她|对方|他们)\s*(?:报|给|发)(?:过来)?的\s*(?:那个|这个)?\s*(?:账户|账号|帐户|卡号|卡|码|二维码)\s*)`;
const NOT_SENT =
  String.raw`(?:(?:还好|幸好|好在|幸亏)\s*)?${ACCOUNT_FRONTED}?(?:我|我们|钱)?\s*(?:${NOT_SENT_ADVERB}\s*){0,2}` +
  String.raw`(?:没|莫)(?:有|得)?\s*(?:给(?:他|她|他们|对方|人家|骗子))?\s*(?:转|交|付|打|汇|给|补|充|transfer|pay|send)\s*(?:钱|账|款)?(?:过去|出去|给他|给她|给对方|他|她|对方)?(?:\s*(?:呢|哦|嘛|啊|的|了|哈))?`;
/** The money still the owner's: 钱还在我卡上. */
const MONEY_HELD = String.raw`(?:钱|那笔钱|这笔钱)(?:还|都)?在(?:我|我们)?(?:这里|这儿|这点|手上|卡上|卡里|账上)(?:呢)?`;
/** A worry or relief said with it: 我心里慌得很, 吓死了, 好险, 有点怕. */
const SENT_FEELING = String.raw`(?:但是?|不过|就是)?\s*(?:我|我们)?(?:心里|心头)?(?:有点|有些|好|很|还是)?(?:慌|怕|着急|急|担心|害怕|紧张)(?:得很|死了|得要命|呢)?|吓死(?:我)?了|好险|还好|幸好`;
/** A no before it, and what the other side still does (莫有莫有, no; 他还在催, 一直打电话来; round 52). */
const SENT_NO = String.raw`(?:(?:莫有|没有|没得|莫得|没|不|no|nope)\s*)+`;
/** Nearly sent, stopped (差点就转了 幸好我家老倌拦到我), only added him (只加了他微信), put him off (我先拖到他) or asking first (莫转 我先问问你; round 52). */
const STOPPED_IN_TIME = String.raw`差(?:一)?点(?:点)?(?:就)?(?:转|交|付|打|汇)(?:过去)?了?|(?:幸好|还好|好在)${C}{0,8}(?:拦|拉|劝)(?:到|住)(?:我|了)?`;
const HOLDING_OFF = String.raw`只\s*加\s*了?(?:他|她|对方)(?:的)?\s*(?:微信|wechat|qq|好友)|(?:我)?先\s*(?:拖|稳|晾)(?:到|住|着)(?:他|她|对方)`;
// ...said to the other side, the one to ask named (我讲要先问问我家老倌; round 55).
const ASKING_FIRST = String.raw`(?:我)?(?:(?:讲|说|跟他讲|跟他说)\s*(?:要|得)?)?先\s*(?:问问|问一下|问下|核实一下|查查|查一下)(?:你|你们|我家${C}{0,3}|家里人|银行|(?:我)?(?:老公|老婆|老倌|媳妇|爹|妈|老板|家里))?`;
/** Cut off: blocked him (把他拉黑了, 删了他微信), hung up (把他电话挂了, 我先挂了; round 53). */
// ...the moment it rang (电话一响我就挂了; round 56).
// ...or the moment it was put down (电话一挂我就拉黑了; round 56).
// ...the call put down named after (他一挂电话我就把他拉黑了; round 57, convention 646).
const THE_MOMENT_RANG = String.raw`(?:(?:他的?)?电话|他)\s*一\s*(?:响|打来|打过来|来|挂(?:了|掉|断)?\s*(?:电话)?)\s*`;
const CUT_OFF_BLOCKED = String.raw`(?:我)?\s*(?:直接|已经|早就|先)?\s*(?:把)?\s*(?:(?:他|她|对方)\s*(?:的)?\s*(?:电话|微信|号码)?|电话|微信|号码)\s*(?:拉黑|删|删掉|屏蔽|挂|挂掉|挂断)(?:了)?`;
// ...him left unsaid after 就 (我就拉黑了; round 56).
// ...or deleted (电话一挂掉我就把他删了; round 57, convention 646).
const CUT_OFF_THEN = String.raw`(?:我)?\s*(?:就|马上|立马)\s*(?:把他)?\s*(?:拉黑|屏蔽|删掉|删)(?:了)?`;
const CUT_OFF_HUNG = String.raw`(?:我)?\s*(?:直接|已经|先|就)?\s*(?:挂了|挂掉了|挂断了)(?:\s*(?:他|她|对方)?\s*(?:的)?\s*电话)?`;
const CUT_OFF = String.raw`(?:${THE_MOMENT_RANG})?(?:${CUT_OFF_BLOCKED}|${CUT_OFF_HUNG}|${CUT_OFF_THEN})`;
/** Checked on the known number, the person saying it was not them (打了老板原来的电话 他讲根本没发过消息; round 53). */
// ...with what the person said between (她讲手机好好的在她手上 根本莫找我借钱; round 55).
// ...the number called (给我表哥原来那个号码打过去了 他讲根本莫出车祸; round 55), or 喊 for asked (她讲从来没喊我借钱; round 56).
// ...the number said 号 (打了我兄弟原来的号 他讲手机好好哩 根本莫找我借钱; round 58, convention 707).
const CHECKED_BACK = String.raw`(?:(?:打了|问了|找了)${C}{0,10}(?:电话|号码|号|本人)|给${C}{0,12}(?:电话|号码|号)打(?:过去|过)?了)\s*[,，]?\s*(?:他|她)?\s*(?:讲|说)${C}{0,16}?(?:没|莫)(?:有)?(?:发|找|叫|喊|借|出|要|这回事)(?:过)?${C}{0,6}`;
/** ...the number or the chat named first (那个号我已经拉黑了 微信也删掉了; round 54). */
// ...his without 的 (他微信我删了 电话也拉黑了; round 57, convention 616).
const CUT_OFF_NAMED = String.raw`(?:那个|这个|他的|他那个|她的|他|她|对方)?\s*(?:号|号码|电话|微信|qq)\s*(?:我)?\s*(?:也|都)?\s*(?:已经|直接|早就)?\s*(?:拉黑|删|删掉|屏蔽)(?:了)?`;
/** Not done as told (我没照他讲的弄; round 55). */
// ...or not answered at all (还好我莫理他, 我根本没搭理她; round 57, convention 616).
const IGNORED_HIM = String.raw`(?:(?:还好|幸好|好在|幸亏)\s*)?(?:我|我们)?\s*(?:根本|都|就|压根)?\s*(?:没|莫|不)(?:有)?\s*(?:理|睬|搭理|理睬|回)(?:过)?\s*(?:他|她|对方|他们)`;
const NOT_DONE_AS_TOLD = String.raw`(?:我|我们)?\s*(?:没|莫|没有)(?:照|按|听)(?:他|她|对方|他们)(?:讲|说)?的?(?:弄|做|办|整|搞|去做)`;
const NEARLY_SENT = String.raw`${NOT_DONE_AS_TOLD}|${IGNORED_HIM}|${STOPPED_IN_TIME}|${HOLDING_OFF}|${ASKING_FIRST}|${CUT_OFF}|${CUT_OFF_NAMED}|${CHECKED_BACK}`;
// ...by what is sent (那个人一直发语音催我, 他一直 发 voice 催; round 56).
const PRESSED_BY = String.raw`(?:发\s*(?:语音|voice|消息|信息|短信|微信)\s*)`;
// ...on a channel (他一直在微信上催), or calling again from another number (现在他换了个号码又打来; round 55).
// ...calling in English (他一直 call 我 讲今晚不 pay 就上征信; round 57, convention 616).
/** The other side pressing: he, they, or the agent or the caller named (那个业务员还一直打电话来催; round 66, judge-237). */
const PRESSER = String.raw`(?:他|她|对方|他们|(?:那个|这个)?(?:人|业务员|中介|客服|经理|客户经理|男的|女的))`;
const STILL_PRESSING =
  String.raw`(?:但是?|不过|现在)?\s*${PRESSER}\s*(?:(?:(?:还在|一直|还|天天|老是)\s*){1,2}(?:在)?(?:微信|电话|qq|短信)?(?:上|里)?|(?:又)?换了?(?:个|一个)?(?:号码?|微信|电话)(?:又)?)` +
  // ...calling over, and the owner not picking up (他还一直打过来 我不敢接, 那个人还一直 call 我; round 57).
  String.raw`\s*${PRESSED_BY}?(?:催|打电话|打过来|打来|发消息|问|\bcall\b|\bring\b)(?:来)?(?:催)?\s*(?:我|我们)?(?:呢|了)?(?:\s*[,，]?\s*我(?:都)?(?:不敢|没|莫|不)接)?`;
/** ...or turns nasty when put off (他就开始骂人了, 对方马上就凶起来了; round 55). */
const TURNED_NASTY = String.raw`(?:结果|然后)?\s*(?:他|她|对方|他们|那个人)\s*(?:马上|立马|一下子)?\s*(?:就)?\s*(?:开始)?\s*(?:骂人|骂我|骂起来|凶起来|发火|威胁我|吼我|吼起来)(?:了)?`;
/** ...or a deadline said (讲过了今天额度就作废了; round 54). */
// ...or the shop shut then (讲过了明晚店铺就关掉; round 56).
const DEADLINE_LOST = String.raw`作废|没了|失效|过期|取消|冻结|没得了|莫得了|封掉|封了|被封|关掉|被关|封号|封店`;
const DEADLINE = String.raw`(?:(?:他|她|对方|他们|那个人)\s*)?(?:讲|说|还讲|还说)\s*(?:过了|超过|过)\s*(?:今天|今晚|明天|${C}{0,3}点)${C}{0,8}(?:${DEADLINE_LOST})(?:了)?`;
/** ...or threatens if not paid (他讲下午五点前不交就封店; round 53). */
// ...the thing to be lost named before 就 (讲今晚不交店就封了, 不转账户就冻结; round 57, convention 646).
// ...or the loan offered (讲今天不交贷款就作废; round 66).
const THREATENED_THING = String.raw`店铺|店|号|账号|账户|额度|执照|贷款`;
// ...its subject left out after the pressing (他一直在微信上催 讲今天不交额度就收回; round 55).
const THREATENING = String.raw`(?:但是?|不过)?\s*(?:(?:他|她|对方|他们|那个人)\s*)?(?:讲|说|还讲|还说)${C}{0,12}不\s*(?:交|转|给|付|打|pay|send|transfer)\s*(?:钱|额度|费)?\s*(?:${THREATENED_THING})?\s*就${C}{0,10}|${DEADLINE}`;
/**
 * Money not (yet) sent, said alone after a fraud was described (还没转 我心里慌得很, 没给他打钱, 钱还在我卡上 没转; round 52): read by run.ts
 * only when the message reads nothing else (a no at most); the dialog answers it after a fraud's answer ("good: send nothing").
 */
/** Not sending now, said or asked to be sure (那我就不给他转了 对吧, 那就不交了哈; round 60, convention 715). */
// (那 leads it: 不交了 alone may refuse anything.)
const WONT_SEND = String.raw`(?:那|那么)\s*(?:我|我们)?\s*(?:就|还是)?\s*不\s*(?:给(?:他|她|对方|他们))?\s*(?:转|交|付|打|汇)(?:钱|账|款)?了\s*(?:对吧|是吧|对不对|哈|嘛|噢|哦)?\s*[?？]*`;
export const notSentYet: Words = [
  `^(?=[\\s\\S]*(?:没|莫|钱|差点|差一点|不))\\s*(?:ok|好|嗯|哦)?\\s*(?:(?:${NOT_SENT}|${MONEY_HELD}|${SENT_FEELING}|${SENT_NO}|${STILL_PRESSING}|${TURNED_NASTY}|${THREATENING}|${NEARLY_SENT}|${WONT_SEND})\\s*[,，。.!！~…]*\\s*)+$`,
];

/** A hotline named after it, whether it will do (打12345格得行, 打96110可以吗; round 55). */
const HOTLINE_WEIGHED = String.raw`(?:[,，]?\s*(?:打|call)\s*\d{3,6}\s*(?:格得行|得不得行|得行不|行不行|得不得|可以吗|可以不|对不对|格对|行吗|吗)?\s*[?？]*)`;
/** Calling asked (打哪个电话, 打什么号码, 找哪个核实). */
// ...a hotline in English (那我应该打哪个 hotline 问嘛; round 57).
const CALL_WHOM = String.raw`(?:(?:打|拨|call)\s*(?:哪个|什么|啥|哪样|哪家的?|哪里的?)\s*(?:电话|号码|号|number|hotline|热线)|(?:找|打给|问)(?:哪个|哪家|哪里|谁)(?:部门|单位|地方)?(?:核实|问问?|报警|查|核对))`;
// ...the number asked after it (找哪个部门核实嘛 电话是好多; round 57, convention 617).
const NUMBER_ASKED_AFTER = String.raw`(?:[,，]?\s*(?:那)?(?:电话|号码)\s*(?:是)?\s*(?:多少|好多|几多)\s*(?:呢|嘛|啊|哦|喃)?\s*[?？]*)`;
// ...the office's number named first (税务局的电话该打哪个号去问; round 57, convention 617).
const OFFICE_NUMBER_FIRST = String.raw`(?:${C}{1,8}?的\s*(?:电话|号码)\s*[,，]?\s*)`;
/** A hotline weighed against ringing the bank's own (打 96110 格得行 还是直接打 bank 的 hotline; round 57, convention 617). */
const OR_THE_OWN_LINE = String.raw`(?:还是|或者)\s*(?:直接)?\s*(?:打|call|找)\s*${C}{0,10}?的?\s*(?:电话|热线|hotline|客服)`;
// ...the one to ask named after it (那要打哪个电话问社保局嘛; round 53); asked twice, whom then which number (找哪个问嘛 打哪个号; round 56).
const CALL_WHOM_TAIL = String.raw`\s*(?:(?:去)?(?:问|问问|核实|查|查一下)${C}{0,6}?|报警)?\s*(?:呢|嘛|啊|哦|喃|嘞)?\s*[?？]*\s*`;
/**
 * Whom to call asked, alone (那我打哪个电话问, 应该打什么号码, 找哪个核实; round 52): read by run.ts only when nothing else is read; the
 * dialog answers it after a fraud's answer with the numbers for each case (110, the bank, 96110, the office's own).
 */
/** Whether the caller is who he said (他是不是真的海关, 对方格是真的银行): checked on a number. */
const CALLER_CHECKED = String.raw`(?:\s*(?:他|她|对方|这个人|他们|那个人)\s*(?:是不是|格是|到底是不是)\s*(?:真的?|真哩)\s*${C}{0,8}?)`;
export const whoToCallAsked: Words = [
  // ...or how to check it asked (那要咋个核实, 怎么确认他是不是真的; round 52): the answer says on which number.
  // ...whether the caller is who he said, named after it (那要咋个核实他是不是真的海关; round 60, convention 715).
  String.raw`^\s*(?:那|那么)?\s*(?:我)?\s*(?:要|该|应该|得)?\s*(?:咋个|怎么|如何|咋)\s*(?:核实|查证|确认|辨别|分辨)(?:一下|下)?${CALLER_CHECKED}?\s*(?:呢|嘛|啊)?\s*[?？]*\s*$`,
  // ...which of two first (先打银行的电话还是先报警; round 52).
  String.raw`^\s*(?:那|那么)?\s*(?:我)?\s*先\s*(?:打|找|call)\s*${C}{0,8}?(?:还是|或者)\s*先\s*(?:报警|打|找)${C}{0,8}?\s*(?:呢|嘛|啊)?\s*[?？]*\s*$`,
  // ...what for said first (核实的话 该拨哪个号; round 55).
  String.raw`^\s*(?:(?:要|想)?(?:核实|查证|确认)(?:一下)?的话\s*[,，]?\s*)?(?:那|那么|哦|那现在)?\s*${OFFICE_NUMBER_FIRST}?(?:我|我们)?\s*(?:该|应该|要|得|可以)?\s*(?:先)?\s*` +
    String.raw`${CALL_WHOM}${CALL_WHOM_TAIL}(?:[,，]?\s*${CALL_WHOM}${CALL_WHOM_TAIL})?${HOTLINE_WEIGHED}?${NUMBER_ASKED_AFTER}?\s*$`,
  // ...a hotline alone, weighed (打96110格得行, 直接打110行不行; round 58, convention 707), after money not sent too (run.ts).
  String.raw`^\s*(?:那|那么)?\s*(?:我|我们)?\s*(?:直接|先|就)?\s*(?:打|call)\s*\d{3,6}\s*(?:格得行|得不得行|得行不|行不行|得不得|可以吗|可以不|对不对|格对|行吗|格可以|吗)\s*[?？]*\s*$`,
  // ...a hotline weighed against the bank's own (要核实的话 打 96110 格得行 还是直接打 bank 的 hotline; round 57, convention 617).
  String.raw`^\s*(?:(?:要|想)?(?:核实|查证|确认)(?:一下)?的话\s*[,，]?\s*)?${HOTLINE_WEIGHED}\s*${OR_THE_OWN_LINE}\s*(?:呢|嘛|啊)?\s*[?？]*\s*$`,
  // ...an office's own number asked, to call it oneself (人社局的电话是多少嘛 我自己打去问; round 54).
  String.raw`^\s*(?:那|那么)?\s*${C}{1,8}?的?\s*(?:电话|号码|热线)(?:号码)?\s*(?:是)?\s*(?:多少|好多|哪个)\s*(?:呢|嘛|啊|哦)?\s*[,，。.]?\s*(?:我|我们)?\s*(?:自己)?\s*(?:打去|打过去|去|打电话)\s*(?:问|问问|核实|查|查一下)\s*(?:一下|下)?\s*[?？]*\s*$`,
];

/** A month by its number, or the year's end: 四月份, 3月底, 十二月, 年底 (the number read by run.ts, termUntil). */
// ...or named in English among the Chinese (明年 march 左右 才 要 用; round 55, convention 562).
const UNTIL_MONTH_EN = String.raw`\b(?:${MONTH_NAME_EN})\b`;
// ...or the rainy season's start (雨季前, 雨季来之前: Yunnan's rains come in late May or June, so May; round 64, found by a tester).
const UNTIL_MONTH = String.raw`(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|初|中|末)?|(年底|年末|年尾)|雨季(?:来)?(?=\s*(?:之前|以前|前))|${UNTIL_MONTH_EN})`;
/** Repaid, used or needed by it: 还, 还得上, 还清, 要用, 用得到. */
// ...used at the clause's end (到明年六月才用), or not touched or not needed till then (到年底之前都不会动它, 用不着; round 55).
const UNTIL_DONE = String.raw`(?:(?:就|才|又)?(?:能|可以|得)?(?:还得上|还得清|还清|还款|还(?![差要有在是没得欠剩])|回本|要用(?!钱|这笔钱|款)|用得到|用得着|要回来|取出来|用(?=[\s,，。.!！?？]|$))|(?:都|也)?\s*(?:(?:不会|不|莫|不得)(?:去)?动|用不(?:到|着|上)))`;
// (Not the money needed by then, 三月份就要用钱 来得及不: when it is wanted, no term; round 63.)
/**
 * The money's term by a date (借到明年三月, 用到年底, 四月份就能还, 到年底还; round 52): the month (group 2) or the year's end (group 3),
 * next year's or not (group 1); the dialog turns it into months from the day of the message.
 */
export const termUntil: Words = [
  // ...a hedge between (卖了就还 差不多到明年三月份; round 54).
  `(?:借|用|还|放|存|周转)\\s*(?:差不多|大概|大约|估计)?\\s*到\\s*(明年)?\\s*${UNTIL_MONTH}`,
  // (Not needed before it, 雨季前就要用, 三月前就要用: when the money is wanted, no term; round 65.)
  `(?:到\\s*)?(明年)?\\s*${UNTIL_MONTH}\\s*(?:左右|前后|的样子)?\\s*(?:(?:之前|以前|前)(?!\\s*(?:就|都)?\\s*要用))?\\s*${UNTIL_DONE}`,
  // ...the repaying said first, the month after it (榴莲季一过就还得上 大概到九月份; round 59).
  `${UNTIL_DONE}[^，。,.!?；;]{0,4}?[\\s，,]\\s*(?:大概|差不多|大约|估计)?\\s*到\\s*(明年)?\\s*${UNTIL_MONTH}\\s*(?:吧|嘛|左右|的样子|前后)?\\s*(?:$|[，。,.!！])`,
  // ...said alone, as the reply to how long (到四月份, 明年三月吧).
  `^\\s*(?:到|等到|大概|差不多|估计)?\\s*(明年)?\\s*${UNTIL_MONTH}\\s*(?:吧|嘛|左右|的样子|前后|之前|前)?\\s*$`,
  // ...led by 到, its later use said after (到十月份吧 十月要进一批货; round 55, convention 562): the month is the reply.
  `^\\s*(?:到|等到)\\s*(明年)?\\s*${UNTIL_MONTH}\\s*(?:吧|嘛|左右|的样子|前后)?\\s*[,，。\\s]`,
];
/** This time next year, as the term (明年这个时候还得上, 明年这会儿就能还; round 52): twelve months. */
export const termYearOn: Words = [String.raw`明年(?:这个时候|这时候|这会儿?|今天)[^，。,.!?；;]{0,4}?${UNTIL_DONE}`];

/** A span said as a reply: 半年, 三个月, 8个月 (round 56). */
const SPAN_REPLIED = String.raw`(?:半年|[一二两三四五六七八九十\d]{1,2}\s*个\s*月|一年)`;
/**
 * When the money must be back, told by a later use (收核桃前要用, 进货之前要拿回来; round 52): the use times the money placed or lent, it is no
 * need of its own (run.ts, useOnlyTimes).
 */
export const useTimesMoneyBack: Words = [
  String.raw`(?:前|之前|以前)\s*(?:就)?\s*(?:要用|得用|要拿回来|要回来|要取出来)`,
  // ...or a month when it is used again (明年3月又要用来收果子; round 64, found by a tester): the money placed comes back for that use.
  String.raw`(?:明年)?\s*${UNTIL_MONTH}\s*(?:份)?\s*(?:就)?又\s*(?:要|得)\s*(?:拿)?(?:用|拿回来)`,
  // ...a month replied, the use in that month said after it (到十月份吧 十月要进一批货; round 55, convention 562), next year's too (到明年五月份
  // 五月要收一批新茶; round 59).
  String.raw`^\s*(?:到|等到)\s*(?:明年)?\s*${UNTIL_MONTH}\s*(?:吧|嘛|左右)?\s*[,，。\s]+\s*(?:${UNTIL_MONTH}[^，。,.!?；;]{0,10}?|就\s*)?(?:要|得)`,
  // ...or a span replied, the use after it timed by a day or a season (半年左右 过完中秋要进货; round 56).
  String.raw`^\s*(?:大概|差不多)?\s*${SPAN_REPLIED}\s*(?:左右|吧|嘛|的样子)?\s*[,，。\s]+\s*(?:过完|等|到)[^，。,.!?；;]{1,8}?(?:要|得)`,
];
