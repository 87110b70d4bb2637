// Chinese word list: foreign currencies, one list for every list that names one (paid in one,
// purposes.ts; how to change one, questions.ts). Not re-exported by index.ts: no
// matcher of its own.

import type { Words } from '../types';

/** Currencies of the neighbours and of trade: paid in one, a payment across the border. */
export const foreignCurrencies: Words = [
  '泰铢',
  '越南盾',
  '缅币',
  '缅元',
  '基普',
  '老挝币',
  '瑞尔',
  '林吉特',
  '卢比',
  '美元',
  '美金',
  '欧元',
  '日元',
];

/** The neighbours' and trade's currencies in Latin letters, as owners type them: usd, kyat, dong. */
const LATIN_CODES: Words = ['usd', 'vnd', 'thb', 'baht', String.raw`dong\b`, 'kip', 'kyat'];

/** The foreign currencies as owners type them in Latin letters, in mixed messages: 需要收 kyat, 付 usd. */
export const foreignCurrencyCodes: Words = [...LATIN_CODES, 'lak', 'mmk', 'myr', 'ringgit', 'sgd'];

/** Every currency, the yuan too, as owners type it: paid in one, paying in another. */
export const anyCurrency: Words = [...foreignCurrencies, '人民币', '越南币', '缅甸币', '泰币', '美刀', 'rmb', 'cny', ...LATIN_CODES];

/** What to do about it: 咋个整, 怎么办, 怎么处理. */
const howToDeal: Words = [
  '咋个(?:整|弄|办|搞|处理)',
  '咋(?:整|办|弄)',
  '怎么(?:办|搞|弄|整|处理)',
  '如何处理',
  '哪样(?:整|弄|搞)',
  '有哪样办法',
  '有什么办法',
  // A way asked for, good or cheaper (换成人民币亏得很 有没有好办法, 格有划算点的办法).
  '(?:有没有|有没得|有莫得|格有)(?:什么|哪样|啥|啥子)?(?:好|好点|划算点|便宜点)?(?:的)?(?:办法|法子|路子)',
];

/**
 * Paid in one currency and paying in another, asked what to do: 客户给越南盾 我们要付人民币 怎么办,
 * 缅甸那边要美元 我们收的是人民币 咋个整, supplier 要 usd 我们收的 rmb 咋个整.
 */
export const twoCurrenciesAsked = String.raw`(?:${anyCurrency.join('|')})[^。！？!?]{0,24}(?:${anyCurrency.join('|')})[^。！？!?]{0,12}(?:${howToDeal.join('|')})`;

/**
 * Changing money with a private changer: 街上换钱的, 找地摊换汇, 路边换钱的人; people at a market or the
 * border (口岸找那些大姐换越南盾), not a bank there (口岸的银行换钱).
 */
export const moneyChangers: Words = [
  // The place in English inside Chinese too (在瑞丽 market 找人换 kyat, 河口 street 上换 dong).
  String.raw`(?:街上|街边|路边|地摊|摊摊|摊子|市场|集市|边境|口岸|边民|私人|私下|border|\bmarket|\bstreet|\bbazaar)\s*(?:(?!银行|网点|柜台)[^\s，。,！？!?]){0,6}\s*换\s*(?:钱|汇|外币|${anyCurrency.join('|')})`,
  String.raw`换(?:钱|汇)的(?:人|老板|老乡|摊子|摊摊|地方)?(?:吗|嘛|么|格|他们|那里|那点)`,
  // People named by the currency they change (round 21): 换基普的人 格靠得住, 那些换缅币的大姐, 换 dong 的 那个.
  String.raw`换\s*(?:外币|${anyCurrency.join('|')})\s*的\s*(?:人|大姐|阿姨|大妈|大哥|老板娘|老板|老乡|妇女|女的|摊子?|摊摊|那个|那些|\bguys?\b|\blady\b)`,
  // Changing with the people who change money there: 跟街边那些换钱的大姐换越南盾, 找换钱的阿姨.
  String.raw`(?:跟|找|在|去|和)[^\s，。,！？!?]{0,6}换(?:钱|汇)的(?:人|大姐|阿姨|大妈|大哥|老板娘|老板|老乡|妇女|女的|摊)`,
  // People buying or selling a foreign currency (菜市场门口有人收缅币, 街上那些人在卖越南盾): private changers, whatever the verb.
  // ...doing it as their line, the currency named with its country (口岸市场上有人专门收老挝基普).
  String.raw`(?:有人|有些人|有个人|有几个人|那些人|私人)\s*(?:在)?\s*(?:专门|专)?\s*(?:收|卖|换|买)\s*(?:(?:越南|老挝|缅甸|泰国|柬埔寨)\s*)?(?:${foreignCurrencies.join('|')})`,
  // ...the people named by where they come from, doing it as their line, yuan taken for the foreign money (有老挝人专门收人民币换基普,
  // 那些缅甸人专门换缅币).
  String.raw`(?:有|那些|一些|几个)[^\s，。,！？!?]{1,4}人\s*(?:在)?\s*(?:专门|专)?\s*(?:收|卖|换|买)\s*(?:(?:人民币|rmb)\s*(?:换|兑)(?:成)?\s*)?(?:${foreignCurrencies.join('|')})`,
  // A person offering to change the firm's money for it (有个人说可以帮我们把越南盾换成人民币, 朋友讲他能替我们换泰铢): no bank.
  // ...the person named by where he is from (有个泰国人说他可以…帮我们换).
  String.raw`(?:有人|有个人|有个老板|有个老乡|有个朋友|有个[^\s，。,！？!?]{1,3}人|朋友|老乡|熟人|中间人|对方|他|她)[^。！？!?]{0,10}(?:帮|替)\s*(?:我|我们|咱们|你们)?[^。！？!?]{0,12}换\s*(?:成|钱|汇|外币|${anyCurrency.join('|')})`,
  // A rate said to beat the bank's (汇率比银行高, 比银行的汇率好): only a private changer offers it.
  // ...or the price given for it (价钱比银行给得高, 给的价比银行高, 收 kip 比 bank 给 的 价 高): not a loan's rate (利息比银行高).
  String.raw`(?:汇率|价钱|价格|价|兑换率)\s*比\s*(?:银行|\bbanks?\b)(?:的)?\s*(?:给得?|还|要)?\s*(?:高|好|划算|优惠|低)|比\s*(?:银行|\bbanks?\b)\s*(?:给\s*)?(?:的)?\s*(?:汇率|价钱|价格|价|兑换率|\brates?\b)\s*(?:还|要)?\s*(?:高|好|划算|优惠|低)`,
  // ...the comparison said before the rate (用比银行好的汇率帮我们换, 比银行高一点的价收): round 22.
  String.raw`比\s*(?:银行|\bbanks?\b)(?:的)?\s*(?:还|要)?\s*(?:高|好|划算|优惠)\s*(?:一点|点|些|很多)?\s*的\s*(?:汇率|价钱|价格|价|兑换率|\brates?\b)`,
];

/** How to collect or pay across the border, asked: 跨境收款怎么做, 跨境付款咋个弄. */
export const crossBorderHow = String.raw`跨境(?:收款|付款|结算|汇款|收钱|付钱|收汇)[^，。,.!?；;]{0,4}(?:${['怎么', '咋个', '如何', '哪样'].join('|')})(?:做|弄|办|搞|整|收|付)?`;

/** Places across the border, as a currency question names where the money comes from or goes. */
export const placesAbroad: Words = [
  '越南',
  '老挝',
  '缅甸',
  '泰国',
  '柬埔寨',
  '国外',
  '海外',
  '境外',
  '外国',
  'vietnam',
  'laos',
  'myanmar',
  'thailand',
  'cambodia',
];
/** How-words. */
const how = String.raw`(?:咋个|怎么|如何|怎样|how (?:to|do|can|should) (?:i |we )?)`;
/** Money moved: collected, paid, settled (not a bare 打 or 给: 打开市场). */
const moneyMoved = String.raw`(?:收钱|收款|收|付钱|付款|付|打钱|打款|转钱|转账|汇钱|汇款|结算|结)`;

/**
 * Money across the border, asked how: 老挝那边的货款怎么收, 越南客户怎么付钱给我们, how do we 收 vietnam 客户 的 钱
 * (a statement of need, 我们要收老挝买家的货款, is the settlement purpose instead).
 */
export const paidAcrossHow = String.raw`(?:${placesAbroad.join('|')})[^，。,.!?；;]{0,12}${how}(?:样)?\s*${moneyMoved}|${how}(?:样)?\s*${moneyMoved}\s*(?:${placesAbroad.join('|')})[^，。,.!?；;]{0,12}(?:钱|款)`;

/** Where or how to change money into a currency: 去哪里换 rmb, 怎么换人民币, 在哪点兑美元. */
export const changeWhere = String.raw`(?:去|在|到)?(?:哪(?:里|儿|点)?|咋个|怎么)\s*(?:换|兑|exchange|change|convert)(?:成)?\s*(?:${anyCurrency.join('|')})`;
