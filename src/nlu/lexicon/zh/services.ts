// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists. Services: the names of the Internet financial services. Every mention is a span that other
// words inside it do not count in ("微信支付" is no purpose, "借呗" no loan cue).

import type { ServiceWords, Words } from '../types';
import { LEASE_ASKED_AFTER_A_THING, RENT_ASKED_OF_A_THING, THING_LEASE_ASKED } from './lease-asked';

/** The ways a bare 租赁 is weighed against (round 29): a service named, or a bank loan (in English too: round 30). */
const WEIGHED_WITH = String.raw`众筹|(?<!担)保理|供应链金融|网商银行|网商贷|微众银行|网贷|p2p|银行贷款|贷款|银行|信用社|农商行|\bfactoring\b|\bcrowd ?fund\w*|\bbank ?loans?\b|\bloans?\b|\bbanks?\b`;

/** A judgement said right after the first way, before the second (租赁好还是银行贷款好, 银行贷款划算还是租赁; round 30). */
const JUDGED = '(?:好|划算|合适|便宜|强|好点|划算点|合适点)?';

/** A firm doing the thing, a few words between (我们是做设备租赁的那种, 做冷链供应链的那种): its trade, no service picked (round 33). */
const FIRM_DOES = String.raw`(?:做|搞|干|开)[^，。,.!?；;\s]{0,6}`;
/**
 * A service's short name picked as one of the items listed (供应链那个, 就要租赁那个, 选租赁那种, 那个租赁的; round 33, corpus convention 168):
 * the service the bot offered, no trade; not a firm that does it (做供应链的, 我们是做设备租赁的那种).
 */
function pickedByShortName(word: string): string {
  return (
    String.raw`(?<=(?:那个|这个|那种|就|选|就要)\s*)(?<!(?:是|做|搞|干)\s*(?:那个|这个|那种)\s*)${word}(?=\s*(?:的|那个|那种|这个)?\s*(?:吧|嘛|哦|哈)?${PICK_ENDS})` +
    String.raw`|(?<!${FIRM_DOES})${word}(?=\s*的?\s*(?:那个|那种|这个|这种)\s*(?:吧|嘛|哦|哈)?${PICK_ENDS})`
  );
}
/**
 * Where the pick ends: the message's end, or a clause asking how or where to get it (就租赁那个嘛 去哪点申请, 供应链那个 咋个办; round 42).
 */
const PICK_ENDS = String.raw`(?:\s*$|[\s，,]+(?=(?:去|到|在)?(?:哪里|哪点|哪儿|哪|咋个|怎么|怎样|如何|要带|要准备|要哪些|要什么)))`;

export const serviceRules: readonly ServiceWords[] = [
  {
    id: 'supply-chain-finance',
    words: [
      '供应链金融',
      '产业链金融',
      '供应链融资',
      '供应链贷款',
      '应收账款融资',
      String.raw`(?<!担)保理`,
      // Its short name pointed at as one of the items listed (供应链那个, 就那个供应链的, 选供应链那种; round 33, corpus convention 168);
      // not a supply-chain firm (做供应链的).
      pickedByShortName('供应链'),
    ],
  },
  {
    id: 'financial-leasing',
    words: [
      '融资租赁',
      '金融租赁',
      // A leasing company named as where a lease or a loan comes from (在租赁公司那里贷了台挖机, 找租赁公司按揭了一台货车, 从租赁公司
      // 租的): the lender, the service had, no leasing trade of the firm's.
      String.raw`(?<=(?:在|找|从|跟|向|通过)(?:那个|一家|那家|本地的?)?\s*)租赁公司`,
      // ...or sought, where it is asked (租赁公司去哪找, 哪里有租赁公司; round 31): the lessor sought, no leasing trade.
      String.raw`(?:融资)?租赁公司(?=\s*(?:去|到|在|上)?哪(?:里|儿|点|个地方)?\s*(?:去)?\s*(?:找|寻|有))|(?<=哪(?:里|儿|点|个地方)\s*(?:去)?\s*(?:找|寻|有)\s*(?:个|家|一家)?\s*)租赁公司`,
      // A leasing company giving its terms (租赁公司讲首付三成 月供八千, 租赁公司 要 首付 20 percent; round 24, as the English
      // "leasing company quoted" since round 22), the thing and its price between (租赁公司给我们报的 挖机一台六十五万 首付…; round 66): the lessor, the service offered; not its pitch said (租赁公司讲能给我们融两百万).
      String.raw`(?:租赁公司|leasing (?:company|co|firm)\b)(?:的人|那边)?\s*(?:讲|说|报|给|要|开|算)[^。！？?!]{0,24}?(?:首付|月供|每个?月还|分\s*[\d一二两三四五六七八九十]+\s*期|利息|利率|年化|月息|手续费)`,
      // 租赁 alone picked as one of the items listed (就要租赁那个, 选租赁那种, 那个租赁的; round 33, corpus convention 168): the leasing
      // service the bot offered, no leasing trade.
      pickedByShortName('租赁'),
      // 租赁 alone, refused beside it (不要租赁, 租赁就算了): the leasing service the bot offered, no leasing trade.
      String.raw`(?<=(?:不要|不想要?|不考虑|不用|不需要|别|莫)(?:再)?(?:搞|做|用|要|考虑|弄|找)?(?:那个|这个)?\s*)租赁(?!公司|行|店|业|生意)`,
      // ...the item pointed at between (租赁那个不整了 我们设备够用; round 63).
      String.raw`租赁(?=\s*(?:那个|那种|这个)?\s*(?:我们|我|就)?(?:不要|不想要?|不考虑|不用|不需要|算了|免了|pass))`,
      // ...given up with 了 (租赁不搞了, 租赁先不弄了, 不搞租赁了: round 25); not a trade given up (租赁不做了).
      String.raw`租赁(?=\s*(?:那个|那种|这个)?\s*(?:我们|我|就)?(?:先|暂时)?不(?:搞|弄|整)了)|(?<=不(?:搞|弄|整)\s*)租赁(?=\s*了)`,
      // ...the lease itself the verb given up, in either language (算了 不 lease 了, 先不租赁了; round 26).
      String.raw`(?<=(?:先|暂时|就|还是)?不\s*)(?:租赁|\blease\b)(?=\s*了)`,
      // ...asked of a thing named before it (这台烘干机格可以租赁, 办公桌椅能租赁吗: round 25): the thing got by a lease, financial leasing.
      `(?<=${THING_LEASE_ASKED}${LEASE_ASKED_AFTER_A_THING.replace('(?:融资)?租赁', '')})租赁`,
      // ...or asked as a way to get things (租赁能帮我们搞两台冷藏车不, 靠租赁可以弄台挖机不, 租赁格能添几台设备; round 38, fix38b, convention 340):
      // financial leasing, the things its purpose, no leasing trade.
      String.raw`租赁(?!公司|行|店|业|生意)(?=\s*(?:能不能|能|可以|可不可以|格能|格可以|行不行)\s*(?:帮|给|让)?\s*(?:我们|我|咱们)?\s*(?:搞|弄|买|添|换|拿|整|购|置办|租)(?:到|来|回|下)?\s*(?:个|台|辆|一|两|几|[\d三四五六七八九十]))`,
      // ...or rented, asked with the bare verb, of a thing or a thing pointed at (这些设备可以租来用不, 那个能租不; round 26).
      RENT_ASKED_OF_A_THING,
      // ...weighed against another way named beside it (众筹跟租赁比 哪个强, 保理跟租赁哪个好点, 租赁 vs 保理; round 29): the leasing
      // service, no leasing trade.
      String.raw`租赁(?!公司|行|店|业|生意)(?=\s*${JUDGED}\s*(?:跟|和|与|同|还是|或者|比|对比|vs\.?|versus)\s*(?:${WEIGHED_WITH}))`,
      String.raw`(?<=(?:${WEIGHED_WITH})\s*${JUDGED}\s*(?:跟|和|与|同|还是|或者|比|对比|vs\.?|versus)\s*)租赁(?!公司|行|店|业|生意)`,
    ],
  },
  { id: 'investment-loan-linkage', words: ['投贷联动', '投资贷款联动'] },
  { id: 'crowdfunding', words: ['众筹'] },
  // Online lending in general words (网络贷款, 网上借款, 网上 loan typed apart): 网贷 as said today, one id (README).
  // ...the verb for the noun, the lenders pointed at after it (网上借钱的这些平台, 网上贷款的那些 app; round 23).
  {
    id: 'p2p-lending',
    words: [
      '网贷',
      '网络借贷',
      '人人贷',
      String.raw`网上\s?的?\s?(?:贷款|借款|loans?\b)`,
      '网络贷款',
      // Money borrowed online (我老公之前在网上借的钱逾期了, 在网上借过钱; round 44).
      String.raw`(?:在)?(?:网上|网络上)\s?借(?:的|了|过|哩)(?:的|哩)?\s?(?:钱|款)`,
      String.raw`(?:网上|网络上|线上)\s?(?:借钱|贷款|借款)的?\s?(?:这些|那些|这种|那种|这个|那个|这类)?\s?(?:平台|app|软件|公司)`,
    ],
  },
  {
    id: 'big-data-finance',
    words: [
      '大数据金融',
      String.raw`大数据(?:贷款|风控|信贷)?`,
      '网商贷',
      // The online banks that lend on their platforms' data: the knowledge's online-bank microloan model.
      '网商银行',
      '微众银行',
      '互联网银行',
      '借呗',
      '花呗',
      '微粒贷',
      // Platform and online-bank loans to traders on their data: 美团生意贷, 微众的微业贷.
      '微业贷',
      String.raw`美团(?:的)?生意贷`,
      '京东金融',
      // JD's line named alone too (白条能不能拿来进货; round 28); not an IOU given (打白条).
      String.raw`(?:京东)?(?<!打(?:了|个|张)?)白条`,
      '京东金条',
      '阿里小贷',
      // A loan in a wallet is the online bank's: 支付宝上的贷款, 支付宝借钱.
      String.raw`支付宝(?:上|里)?(?:的|面的)?(?:贷款|借款|借钱)`,
      '蚂蚁金服',
    ],
  },
  {
    id: 'third-party-payment',
    words: [
      '第三方支付',
      '支付宝',
      '微信支付',
      '财付通',
      '云闪付',
      '拉卡拉',
      // A collecting brand's code, the wallets' change (收钱吧, 微信零钱提现; round 52).
      '收钱吧',
      String.raw`(?:微信|支付宝)\s*零钱`,
      // The wallets' money-market funds: 余额宝 (支付宝), 零钱通 (微信).
      '余额宝',
      '零钱通',
      '微信付款',
      '微信收款',
      '微信转账',
      // A wallet's withdrawal (微信提现还要收手续费; round 37, fix37e).
      '微信提现',
      '支付宝提现',
      // ...the wallet's takings moved to the card (微信收的钱提到卡上, 支付宝的钱转到银行卡; round 52).
      // ...提现到 too (微信里头的钱提现到银行卡; round 59).
      String.raw`(?:微信|支付宝)(?=[^，。,.!?；;\s]{0,6}(?:提|转)现?到(?:银行)?卡)`,
      '用微信付',
      '用微信收',
      // ...scanned with it (客户格能直接用微信扫码付货款; round 59).
      String.raw`(?<=(?:用|拿)\s?)(?:微信|支付宝)(?=\s?扫)`,
      // The one wallet the firm takes (我们只收微信; round 50), the taking said possible (只收得到微信; round 56).
      String.raw`(?<=(?:只|就|只能)收(?:得到|得了|得)?)(?:微信|支付宝)`,
      // The wallet's business code, typed apart too (那 微信 商家码 要 多少 fee; round 50).
      String.raw`(?:微信|支付宝)(?=\s?(?:商家|商户|经营)(?:收款)?码)`,
      // How the takings come in, said with 都是 or 全是 (我们小卖部都是微信收钱; round 50), as 用微信收钱 reads.
      String.raw`(?<=(?:都是|全是|全部|基本|主要|一般)\s?)(?:微信|支付宝)(?=\s?(?:收|扫码|付))`,
      // A personal payment code is a wallet's: asked about, it is the service (个人收款码 格得行).
      '个人收款码',
      '私人收款码',
      '个人二维码',
      '私人二维码',
      '个人码',
      '个人收钱码',
      '私人收钱码',
    ],
  },
  {
    id: 'online-financial-institution',
    words: [
      '网上银行',
      // Not where the owner looked for a payment (在网银里面查了, 手机银行上看 没到账): the place, no service asked.
      String.raw`(?<!在|去|到)(?:网银|手机银行)(?!\s*(?:里|上)?(?:面|头|边)?\s*(?:查|看|找|翻|显示|没|都没|也没|一直没|根本|一分))`,
      '直销银行',
      '网上保险',
      '互联网保险',
      '网上证券',
      '网上炒股',
    ],
  },
  { id: 'finance-portal', words: ['互联网金融门户', '金融门户', '比价', '融360', '贷款超市', '金融超市'] },
];

/**
 * A bank loan preferred over the other ways (还是走银行贷款吧, 我还是想贷银行的, 宁愿去信用社贷; round 28, fix28c, convention 45):
 * the banks' side chosen, as `compared` names it (pipeline/compared.ts, bankPreferred). Not an online bank's name (网商银行),
 * nor a bank only gone to for asking (还是去银行问问).
 */
export const bankPreferred: Words = [
  String.raw`(?:还是|宁愿|宁可|更想|倾向于?|决定)\s*(?:想|要|打算)?\s*(?:走|找|去|贷|借|用|选|办)?\s*(?<![网商微众上销机新])(?:银行|信用社|农商行|农信社|\bbank(?: loans?)?\b|\bcredit union\b)(?![^\s，。,]{0,3}(?:问|咨询|打听|了解|看看))`,
];
