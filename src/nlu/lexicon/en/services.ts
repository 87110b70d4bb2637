// English word lists. Services: the names of the Internet financial services. Every mention is a span that other
// words inside it do not count in ("微信支付" is no purpose, "借呗" no loan cue).

import type { ServiceWords, Words } from '../types';
import { ABOUT_ASKED_ZH } from '../zh/questions';
import { LEASE_ASKER, LEASE_WISHED } from './purposes';
import { WALLET_FUNDS_EN } from './questions';

/** The kinds a service is weighed against, named in Chinese beside an English name (factoring 和 融资租赁). */
const KINDS_ZH = String.raw`融资租赁|租赁|众筹|网贷|银行贷款|贷款|供应链金融|经营贷`;

export const serviceRules: readonly ServiceWords[] = [
  {
    id: 'supply-chain-finance',
    // A factoring company too, as 保理公司 in Chinese: "a factoring company said they can buy our invoices" (the word
    // factoring alone, said in passing, names no service).
    words: [
      String.raw`\bsupply[- ]chain (?:finance|financing|loans?|credit)\b`,
      // ...its short name pointed at as one of the items listed ("the supply chain one", supply chain 那个; round 33, corpus convention 168).
      String.raw`\bsupply[- ]chain\b(?=\s*(?:one|option|thing|那个|那种|这个|的(?:那个)?)(?:\b|\s|$))`,
      String.raw`\bvalue[- ]chain finance\b`,
      // A receivables or invoice financing platform, app or firm named (round 33, convention 155): "is that receivables platform legit",
      // "this invoice financing app": the kind it offers, its soundness asked of it.
      // ...not an invoicing tool ("we use an invoice app for our fapiao"): invoices only with the financing word.
      String.raw`\b(?:receivables? (?:financ\w+ |factoring |discounting )?|invoices? (?:financ\w+|factoring|discounting) )(?:platforms?|apps?|compan(?:y|ies)|firms?|sites?)\b`,
      String.raw`\bfactoring (?:compan(?:y|ies)|firms?)\b`,
      // ...and factoring weighed against another kind named beside it (round 23): "the difference between factoring and leasing",
      // "factoring vs leasing", "crowdfunding or factoring".
      String.raw`\bfactoring\b(?=,?\s+(?:vs\.?|versus|and|or|compared (?:to|with)|against)\s+(?:a |an |the )?(?:financial leasing|leasing|crowd ?fund\w*|p2p|bank loans?|loans?)\b)`,
      String.raw`(?<=\b(?:leasing|crowd ?fund\w*|p2p|bank loans?|loans?)\s+(?:and|or|vs\.?|versus)\s+)factoring\b`,
      // ...one said better than the other ("is factoring better than leasing", "would leasing be cheaper than factoring"; round 29).
      String.raw`\bfactoring\b(?=\s+(?:is |would be |be )?(?:better|cheaper|safer|worse|more suitable)\s+than\b)`,
      String.raw`(?<=\b(?:better|cheaper|safer|worse|more suitable)\s+than\s+(?:a |an |the )?)factoring\b`,
      // ...in Chinese words beside it (round 25: factoring 和 融资租赁 有哪样区别, 众筹跟 factoring 哪个好).
      String.raw`\bfactoring\b(?=\s*(?:和|跟|与|还是|或者|比)\s*(?:${KINDS_ZH}))`,
      String.raw`(?<=(?:${KINDS_ZH})\s*(?:和|跟|与|还是|或者|比)\s*)factoring\b`,
      // ...and factoring whose meaning is asked (round 24, convention 15: "what does factoring mean", "explain what factoring is",
      // factoring是什么意思): what the service is, as 保理是什么意思 reads (the term, the service and its details).
      String.raw`(?<=\b(?:what(?:['’]?s| is| does| exactly is| actually is)|explain|meaning of|define)\s+(?:\w+\s+){0,2})factoring\b`,
      // ...到底 or 究竟 between, typed apart (这个 factoring 究竟是 哪样意思; round 36, corpus convention 238).
      String.raw`\bfactoring\b(?=(?:\s+\w+){0,2}\s+means?\b|\s*(?:到底|究竟|具体)?\s*(?:是\s*(?:个\s*)?(?:什么|啥|哪样)|什么\s*意思|啥子?\s*意思|哪样\s*意思))`,
      // ...its meaning asked in Chinese words before it (啥子叫 factoring 嘛, 什么是 factoring, 哪样是 factoring; round 33, convention 15).
      String.raw`(?<=(?:什么是|啥子?是|哪样是|什么叫|哪样叫|啥子?叫|何为)\s*)factoring\b`,
      // ...or how it works or is done (round 25: "how does factoring work", factoring 是咋个操作的, factoring 是怎么一回事).
      String.raw`(?<=\bhow (?:does|do|would|will) )factoring\b(?=(?:\s+\w+){0,2}\s+work\b)`,
      String.raw`\bfactoring\b(?=\s*(?:到底|究竟)?\s*(?:${ABOUT_ASKED_ZH}))`,
    ],
  },
  {
    id: 'financial-leasing',
    words: [
      String.raw`\bfinanc(?:e|ial) leas(?:e|ing)\b`,
      String.raw`\bleasing\b(?! (?:company|business|firm))`,
      // A leasing company named as where a lease or a loan comes from ("a loan from the leasing company", "on a lease from a
      // leasing firm", "through a leasing company"): the lender, the service had, no leasing trade of the firm's.
      String.raw`\b(?:from|with|through|via|by)\s+(?:a|an|the|our|one)?\s*(?:local\s+)?leasing (?:company|firm|co\b)`,
      // ...or sought ("where do we find a leasing company", "where is there a leasing firm"; round 31): the lessor sought.
      String.raw`(?<=\bwhere\b[^.?!,]{0,30})\bleasing (?:compan(?:y|ies)|firms?)\b`,
      // A thing the owner would get by lease (round 21): "can we lease a truck"; not premises rented ("we lease a shop").
      LEASE_WISHED,
      // ...a thing said before, pointed at ("can we lease them instead of borrowing", "could we lease it?", "should we lease those
      // instead"; round 26): financial leasing asked of it, no thing named.
      // (who asks looked for behind the verb once it is found)
      String.raw`leas(?:e|ing)(?=\s+(?:it|them|those|these|that|this)(?:\s+ones?)?\s*(?:$|[?,.!]|(?:instead|rather|too|as well|then|or)\b))(?<=${LEASE_ASKER}leas(?:e|ing))`,
      // A leasing company giving its terms (round 22): "leasing company quoted us for a roaster", "a leasing firm offered"; not its pitch said (round 11 corpus).
      // ...and a lessor asking its terms (round 24): "the lessor asks 25 pct down", "leasing co asked 30% down".
      String.raw`\b(?:leasing (?:company|firm|co)|lessor)\b[^.?!]{0,12}\b(?:quot\w*|offer\w*|wants?|asks?|asked)\b`,
    ],
  },
  {
    id: 'investment-loan-linkage',
    words: [String.raw`\binvestment[- ](?:and[- ])?loan linkage\b`, String.raw`\binvestment[- ]loan\b`, String.raw`\bventure debt\b`],
  },
  { id: 'crowdfunding', words: [String.raw`\bcrowd ?fund\w*`, String.raw`\bkickstarter\b`] },
  // "no online loans": 网贷 as said today (knowledge services.ts, ONLINE_LENDING).
  // ...in other general words: "internet loans", "online borrowing", "borrow online" (not an online lender named, a firm).
  {
    id: 'p2p-lending',
    words: [
      'p2p',
      String.raw`\bpeer[- ]to[- ]peer\b`,
      String.raw`\b(?:online|internet) (?:loans?|lending|borrowing)\b`,
      String.raw`\bborrow(?:ing)? (?:money )?online\b`,
      // Debts run up on loan apps ("racked up debts on a few loan apps"; round 42): 网贷, as the owner's record tells it.
      String.raw`(?<=\b(?:debts?|owe[sd]?|owing|borrowed)\b[^.?!]{0,24})\b(?:loan|lending|cash) apps\b`,
      // ...or the debt named by them ("a pile of unpaid loan app debt"; round 44).
      // ...or its collectors ("loan app collectors keep calling"; round 50).
      String.raw`\b(?:loan|lending|cash) apps? (?:debts?|loans?|borrowing|collectors?|collection)\b`,
      // ...or said gone bad ("my husband has two overdue loan apps"; round 44).
      String.raw`\b(?:overdue|unpaid|late|defaulted) (?:loan|lending|cash) apps?\b`,
      String.raw`\b(?:loan|lending|cash) apps?\b(?=[^.?!]{0,24}\b(?:never (?:paid|repaid)|not (?:paid|repaid)|unpaid|didn['’]?t (?:pay|repay)|overdue|defaulted)\b)`,
    ],
  },
  {
    id: 'big-data-finance',
    words: [
      String.raw`\bbig[- ]data\b`,
      String.raw`\bjd finance\b`,
      String.raw`\bant (?:financial|group)\b`,
      // The online banks that lend on their platforms' data (the online-bank microloan model).
      String.raw`\bmybank\b`,
      String.raw`\bwebank\b`,
      // A loan in a wallet is the online bank's: "alipay loan", "alipay's credit".
      String.raw`\balipay(?:['’]s)? (?:loans?|credit|lending)\b`,
      // Their loan products by their pinyin names: 借呗, 微粒贷, 网商贷, 微业贷, 花呗, 京东金条, 京东白条.
      String.raw`\b(?:jie ?bei|wei ?li ?dai|wang ?shang ?dai|wei ?ye ?dai|hua ?bei|jin ?tiao|bai ?tiao)\b`,
    ],
  },
  {
    id: 'third-party-payment',
    words: [
      String.raw`\bthird[- ]party payments?\b`,
      String.raw`\balipay\b`,
      String.raw`\bwechat ?pay\b`,
      // WeChat as the wallet money moves through: "how much does wechat charge to send money", "wechat transfer fee".
      String.raw`\b(?:wechat|weixin)\b(?=\s+(?:transfers?|payments?|fees?|charges?)\b|[^.?!]{0,20}\b(?:charge|charges|fees?)\b[^.?!]{0,20}\b(?:send|transfer|pay|receiv|collect))`,
      // ...its cut on money moved out to the card ("wechat takes 0.1% every time i move money out to my bank card"; round 52).
      String.raw`\b(?:wechat|weixin|alipay)\b(?=\s+(?:takes|charges|keeps)\b[^?!]{0,40}\b(?:move|moving|withdraw\w*|transfer\w*|cash(?:ing)? out)\b)`,
      // ...or as where the takings come in ("all payments on wechat", "customers pay by wechat"; round 50), as 都是微信收钱 reads.
      String.raw`(?<=\b(?:payments?|takings|sales|customers pay|they pay|people pay)\s+(?:are\s+|come\s+|go\s+)?(?:all\s+)?(?:on|via|through|by|with)\s+)(?:wechat|weixin)\b`,
      String.raw`\bweixin pay\b`,
      // The wallet's balance named ("withdrawing from my wechat wallet"; round 52).
      String.raw`\b(?:wechat|weixin|alipay)\s+(?:wallet|balance)\b`,
      String.raw`\bpaypal\b`,
      // The wallets' money-market funds: Yu'e Bao (Alipay), Lingqiantong (WeChat).
      String.raw`\b(?:${WALLET_FUNDS_EN})\b`,
      // A personal payment code is a wallet's: "personal qr code", "my own qr code", "personal alipay code".
      String.raw`\b(?:personal|private|own)\s+(?:(?:wechat|alipay|weixin)\s+)?(?:qr\s*code|payment\s+code|pay\s+code|code)s?\b`,
    ],
  },
  {
    id: 'online-financial-institution',
    words: [
      String.raw`\bonline bank\w*`,
      String.raw`\binternet bank\w*`,
      String.raw`\bmobile banking\b`,
      String.raw`\bonline insurance\b`,
      String.raw`\bonline (?:brokerage|brokers?|securities)\b`,
      String.raw`\bdigital banks?\b`,
    ],
  },
  {
    id: 'finance-portal',
    words: [
      String.raw`\bfinanc(?:e|ial) portals?\b`,
      String.raw`\bprice comparison\b`,
      String.raw`\bcomparison (?:sites?|platforms?|websites?)\b`,
      String.raw`\brong360\b`,
    ],
  },
];

/**
 * A bank loan preferred over the other ways ("we'd rather go with the bank loan", "we prefer a normal bank loan", "let's stick with
 * the bank"): see zh.
 */
export const bankPreferred: Words = [
  String.raw`\b(?:(?:we|i)(?:['’]?d|\s+would) rather|(?:we|i) (?:prefer|(?:ll |will )?(?:go|stick) (?:with|to)|(?:have )?(?:decided|chose|choose) (?:on|to go with))|let['’]?s (?:just )?(?:go|stick) (?:with|to))` +
    String.raw`\s+(?:just\s+)?(?:(?:go (?:with|for)|use|take|get|apply (?:for|with|at))\s+)?(?:a |an |the |our |my )?(?:normal |regular |ordinary |traditional |plain )?(?:bank(?: loan)?s?|credit union)\b`,
];
