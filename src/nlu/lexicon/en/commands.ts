// English word lists. Commands in precedence order (the first that matches wins); language requests; fillers: the
// polite words that add nothing to a short command.

import type { CommandWords, LanguageWords, Words } from '../types';
import { ALL_TOLD_THEN } from './figures';
import { INCOME_FALLS_EN } from './income-falls';
import { A_PART_OF_EN, PICKED_BY_COST_EN, SOMEONE_FROM, STILL_EXISTING_EN, WORKINGS_ASKED_EN } from './questions';
import { FIRMS_WORK } from './purposes';
import { serviceRules } from './services';
import { LENDER_REFUSED_EN } from './refused';

/** Each customer a price is charged ("per kid", "each student", "a night per room"): see figures.ts PER_HEAD_AFTER. */
/** A word of wonder inside "what … is" ("what even is", "what the heck is"; round 39). */
const WONDER = String.raw`(?:exactly|actually|even|really|the heck|the hell|on earth)`;
/** A repayment's words, asked of a service as its price (monthly payments, instalments). */
const REPAYMENT_WORDS = String.raw`(?:monthly )?(?:payments?|repayments?|instal?lments?)`;
/** Takings said taken in before "fees": "took in about 900k in", "made 2m in", "earned 300k in". */
/** Fees as the takings, said bringing in ("fees bring in about 2m a year"; round 67): no cost asked. */
const FEES_BRING_IN = String.raw`(?:bring|brings|bringing|brought|make|makes|made|earn|earns|earned|come to|comes to|came to)\b`;
const TAKEN_IN_EN = String.raw`\b(?:took|take|takes|taking|earned|earns?|made|makes?|collected|collects?|brought|brings?)\b[^.;!?]{0,24}\bin\s`;
const PER_CUSTOMER = String.raw`(?:per|each|a|every)\s+(?:kid|child|student|pupil|head|person|member|guest|room|bed|night|class|lesson|session|customer|visitor)\b`;

/** Every service's name, one alternation (a refusal beside it). */
/** What the bot was told or kept, said after "everything": "you have saved", "u've stored", "you keep". */
const YOU_KEPT = String.raw`(?:(?:you|u)(?:\s+have|['’]?ve)?\s+(?:have|got|know|keep|kept|saved|stored|collected|recorded)\s+)?`;
/** The firm's work after a verb of starting again: "restart production", "restart the factory", 工厂 restart 要 (a sum wanted after it). */
const NOT_THE_WORK = String.raw`(?!\s+(?:(?:the|our|my|a)\s+)?(?:[a-z-]+\s+){0,2}?(?:${FIRMS_WORK})\b)(?!\s*(?:要|得|需要|还差|差))`;
/** A sum or money wanted before "to" a start again: "need 100k to restart", "money to start over after the floods". */
const NOT_FOR_WORK = String.raw`(?<!(?:\d[\d.,]*\s*(?:k|m|mil|million|w|wan|万|yuan|rmb)?|money|cash|funds?|capital|loan)\s+(?:so (?:we|i) can\s+)?to\s+)`;
const SERVICES = serviceRules.flatMap((r) => r.words).join('|');

/**
 * "customer service" in a story, not asked for: someone claiming to be it, or it doing something
 * ("a guy said he was from alipay customer service", "wechat customer service called me").
 */
const impostorBefore: Words = [
  // A brand in quotes, a sender doubted: 'a message from "mybank" customer service'.
  String.raw`["“][a-z][^"“”.?!]{0,28}["”]`,
  String.raw`claim\w* to be`,
  String.raw`pretend\w* to be`,
  String.raw`pos(?:e|es|ed|ing) as`,
  'fake',
  String.raw`impersonat\w*`,
  String.raw`(?:said|says|saying) (?:he|she|they) (?:was|were|is|are) from`,
  // ...the verb run on as chat types it ("caller said hes from alipay customer service"; found talking, round 60).
  String.raw`(?:said|says|saying|claims?|claiming) (?:hes|he['’]s|shes|she['’]s|theyre|they['’]re) from`,
  'calling from',
  'call from',
  // Someone from it ("someone from taobao customer service added me"; round 53).
  SOMEONE_FROM,
];
const storyAfter: Words = [
  'called',
  'calls',
  'rang',
  'phoned',
  'said',
  'says',
  // Chinglish: "customer service, say my loan account wrong".
  'say',
  'saying',
  'told',
  'texted',
  'messaged',
  // ...reaching the owner ("added me on wechat", "contacted us", "dmed me"; round 53).
  'added',
  'contacted',
  String.raw`dm'?e?d`,
  'asked',
  'asks',
  'wants',
  'wanted',
  'guy',
  'lady',
  'person',
  'people',
  'number',
];

/** Before "agent": an agent of another kind, or one not wanted ("travel agent", "need an agent"). */
/**
 * A middleman or a service paid, sent money or met in a story (round 14): "i paid the agent 3k and now i cant reach him", "gave
 * their customer service 1500": the one who took the money, no person asked for.
 */
const PAID_VERBS = [
  ...['paid', 'pay', 'pays', 'paying', 'sent', 'send', 'gave', 'give', 'giving', 'transferred', 'transfer', 'wired', 'owe', 'owed'],
  ...['trusted', 'met', 'found', 'hired', 'blocked by', 'scammed by', 'cheated by', 'conned by'],
].join('|');
const PAID_BEFORE = String.raw`\b(?:${PAID_VERBS}) (?:(?:the|that|this|their|his|her|my|our|a|an|some) )?(?:[a-z]+ )?`;
const notAgentBefore: Words = [
  PAID_BEFORE,
  // ...in Chinese words: 转了 3k 给 agent, 付给那个 agent.
  String.raw`(?:给|转给|付给|交给|打给)(?:那个|这个)?\s*`,
  // ...one pointed at, then what he did (那个 agent 电话都不接了; round 22): spoken of, not asked for.
  String.raw`(?:那个|这个|那位|这位)\s*`,
  'travel ',
  'insurance ',
  'real estate ',
  'sales ',
  'through ',
  // ...or someone else's ("pay 1500 for an import permit thru his agent first"; round 57, convention 653).
  'thru ',
  String.raw`\b(?:his|her|their) `,
  // ...his agent of a kind ("to his import agent", "their shipping agent"; round 60).
  String.raw`\b(?:his|her|their|the buyer'?s) [a-z]+ `,
  'import ',
  'shipping ',
  'customs ',
  'via ',
  'our ',
  'local ',
  'by ',
  'need an ',
  'need any ',
  'want an ',
  'want any ',
  'for an ',
  'for any ',
  'loan ',
  'credit ',
];
/** After "agent": what an agent did or does, not a request for one ("the agent said", "agent说"). */
const notAgentAfter: Words = [
  ' sell',
  ' network',
  ' commission',
  ' asked',
  ' said',
  ' says',
  ' told',
  ' tells',
  String.raw` wants?`,
  ' wanted',
  ' called',
  ' calls',
  ' charged',
  ' charges',
  ' promised',
  ' offered',
  ' offers',
  // The same verbs as traders type them, unconjugated: "the agent say he can get 1m", "agent take 5% first".
  String.raw` (?:say|tell|ask|call|charge|promise|offer|take|took|takes|gave|give)\b`,
  // An agent who got or arranges a loan, or kept a share of it: "an agent got us 400k", "the agent can get 1m", "agent kept 2%".
  String.raw` (?:got|gets?|can get|could get|will get|lends?|lent|arranged|kept|keeps)\b`,
  // ...in Chinese words, a will or a want between (agent 要收 5%, agent 想抽两个点).
  String.raw`\s*(?:要|会|想|还)?\s*(?:说|讲|讲的|告诉|打电话|让我|要我|叫我|收|抽|拿)`,
];

/** The rest of a cost, borrowed: "borrow the rest", "the balance". */
const REST = String.raw`\s+(?:the|for the)\s+(?:rest|remainder|balance|difference)\b`;

/**
 * A wish or a need to borrow ("we need a loan", "looking to borrow"): asks for advice, unless the
 * message gives the sum wanted ("want to borrow 300k": a statement of need, read as the amount; run.ts
 * sumIsTheRequest). Not the rest of a cost ("need to borrow the rest"): a sum given, as "want 200k".
 */
/** Thanks as owners spell them in chat: thanks, thank you, thank u, thx, tks, thanx, thnx, ty, tq. */
const THANKS_SPELT = String.raw`thank(?:s| you| u)|thx|tks|thanx|thnx|ty|tq`;
/** How much: a lot, so much, a million, heaps. */
const THANKS_MUCH = String.raw`a lot|so much|very much|a million|heaps|loads|a ton|tons|a bunch`;
/** The understood, said before leaving: "got it", "understood", "noted", "makes sense", "all clear". */
// ...or the way now known ("i know what to do now", "we know what to do"; round 27), as 晓得咋个搞了 reads.
const UNDERSTOOD = String.raw`got it|understood|noted|(?:that |it |this )?makes sense|all clear|cool|great|(?:i|we) (?:know|see|get) (?:what to do|how to do it|what we need to do|what i need to do)(?: now)?`;
// About to, or going back to: "i'll", "let me", "i go back and".
const WILL_GO = String.raw`\b(?:i['’]?ll|i will|ill|we['’]?ll|we will|will|let me|gotta|gonna|going to|need to|have to|(?:(?:i|we) )?(?:go|going|gonna go) back(?: and| to)?)`;
// Talking it over: "check", "talk it over", "discuss this", "run it by".
// ...thought over with them ("gonna think it over with my wife"; round 37, fix37c).
const TALK_IT_OVER = String.raw`(?:check|talk(?: it| this)?(?: over| through)?|chat(?: it| this)?(?: over| through)?|think(?: it| this)? over|ask|speak|discuss(?: it| this)?|run it by|go over it)`;
// With whom: family or the boss, in either language: "wife", "partner", "老公".
const FAMILY_OR_BOSS = '(?:wife|husband|partner|family|boss|brother|sister|dad|mum|mom|parents|老公|老婆|媳妇|家里人)';
// And coming back: "and come back later", "get back to you".
// ...not "get back to you", an answer promised: the question is left for later (a skip).
const COME_BACK = String.raw`(?:\s+(?:and\s+)?come back(?: later| to you)?)?`;
/**
 * When the one asked is back, or a time later (first, tonight, when she gets home), or before the answer is given ("before i commit
 * to a number", "before we decide on an amount"; round 25).
 */
const BEFORE_ANSWER = String.raw`before (?:i|we) (?:commit|decide|settle|agree|say|pick|put down|give (?:you|u)?)(?: (?:on|to))?(?: (?:a|the|any|an|that) (?:number|figure|sum|amount))?`;
const WHEN_BACK = String.raw`(?:\s+(?:first|later|tonight|tomorrow|${BEFORE_ANSWER}|when (?:she|he|they)(?:['’]s| is| are|['’]re)? (?:back|home)|when (?:she|he|they) (?:gets?|comes?) (?:back|home)))?`;
/** Someone to ask or talk it over with first: "let me ask my husband first", "i'll talk it over with my partner", "let me check with the wife when she gets home". */
const TALK_IT_OVER_WITH = String.raw`${WILL_GO}\s+${TALK_IT_OVER}\s+(?:(?:with|to|by)\s+)?(?:my\s*|our\s*|the\s*)?${FAMILY_OR_BOSS}${WHEN_BACK}${COME_BACK}`;
/**
 * Thanks, praise or agreement said earlier in the message: with it, off to talk it over is the owner leaving (thanks);
 * said alone, it is no answer now (skip: the dialog puts the question aside and goes on).
 */
// ...or the answer praised ("ok that's helpful, will chat with my partner"; round 37, fix37c).
/** What was nearly sent: it, him, the money, or whom and what ("i nearly sent him the money"; round 58, convention 707). */
const SENT_WHAT = String.raw`(?:(?:him|her|them|us)\s+)?(?:it|him|her|them|the money|the cash|the fee|the deposit|anything)`;
const AFTER_THANKS = String.raw`(?<=(?:\b(?:thanks?|thank you|thank u|thx|ty|cheers|great|got it|sounds good|appreciate(?:d| it)|helpful|useful|helped)\b|谢|好的|要得).*)`;
/** An acknowledgement said earlier (ok, alright, cool): before a lender gone to, the owner leaving (round 60). */
const ACKNOWLEDGED_BEFORE = String.raw`(?<=\b(?:ok(?:ay)?|alright|all right|cool|sure|right|kk?)\b.*)`;
/** Thanks said later in the message ("…ask the bank then, cheers"; round 60). */
const THANKS_LATER = String.raw`(?=.*\b(?:thanks?|thank you|thank u|thx|ty|cheers|appreciate(?:d| it)?)\b)`;

/** About to, before a wait: "let me", "i'll have to", "need to". */
const ABOUT_TO = String.raw`(?:(?:let me|i['’]?ll|i will|i['’]?d|i|we|need to|have to|gotta|got to|must|should)\s+){0,3}`;
/** What is still to come, on which a figure depends: the harvest, the weather, the prices. */
// ...or the orders, contracts and bookings that set the sum ("depends on the order"; round 27).
const STILL_TO_COME = '(?:harvest|season|weather|crop|prices?|market|order|contract|booking)s?';
/** Who keeps the books, by their place in the family or the firm. */
const KEEPER_PEOPLE = [
  'wife',
  'husband',
  'partner',
  'accountant',
  'boss',
  'son',
  'daughter',
  'dad',
  'father',
  'mum',
  'mom',
  'mother',
  'brother',
  'sister',
  'bookkeeper',
  'family',
  'old (?:man|lady)',
  'missus',
  'missis',
  'hubby',
  'other half',
  'better half',
  'co-?owner',
  'cashier',
  'manager',
  'lady',
  'guy',
].join('|');
/** Whom the owner asks before answering: the family, the accountant, the boss. */
// ...the spouse in chat words too (my old man, the missus, hubby, my other half).
// ...named by the firm's side of them (my business partner, the finance guy, our office lady, the co-owner; round 33).
const WHO_KNOWS = `(?:(?:business |office )?(?:${KEEPER_PEOPLE})|finance (?:guy|lady|person|people|team|manager|dept|department))`;

/** What the keeper keeps: the books, the money, the paperwork; the payroll and the taxes too (round 34). */
const BOOKS_KEPT =
  'books|accounts|finances|money side|financial side|money|numbers|figures|bookkeeping|paperwork|admin|payroll|wages|salaries|taxes|tax';
/** Keeping the books or the figures: "my wife handles the money", "my accountant deals with that". */
// ...kept track of or in charge of (the missus keeps track of that, my son is in charge of the money; round 33).
const KEEPS =
  'does|keeps|handles|manages|looks after|takes care of|deals with|runs|sorts out|keeps track of|is in charge of|(?:is )?in charge of|controls|knows about';

/** A look or a count taken to check a figure, as it is done too (checking, pulling up, counting). */
const CHECKING = [
  String.raw`check(?:ing)?`,
  String.raw`look(?:ing)? (?:at|up)`,
  String.raw`go(?:ing)? through`,
  String.raw`pull(?:ing)? up`,
  String.raw`dig(?:ging)? out`,
  String.raw`count(?:ing)?`,
].join('|');
/** What is checked: the books, the records, the stock. */
const BOOKS = 'books|accounts|records|numbers|figures|ledger|stock|inventory';
/** Where the stock is counted: in the back, the storeroom. */
const BACK_ROOM = 'back|storeroom|stockroom|warehouse|shop|store|office';
/** The period of the books looked up: last year's numbers, this month's figures. */
const PERIOD_OF_BOOKS = String.raw`(?:last|this) (?:year|month|quarter)['’]?s?\s+`;

/** Bank staff an owner asks to talk to. */
const BANKERS = ['loan officer', 'credit officer', 'bank officer', 'banker', 'relationship manager', 'account manager'].join('|');

/** All of it had: "that's all", "thats everything we needed", "that's it for now" (round 25). */
// ...or said had ("got everything i needed", "have all we need now"; round 28, fix28c).
const THATS_ALL = String.raw`(?:that['’]?s|thats) (?:all|it|everything)(?: for now| (?:i|we) (?:needed|wanted)(?: to (?:know|ask))?)?`;
const GOT_ALL = String.raw`(?:(?:i|we)(?:['’]ve| have)? )?(?:got|have|had) (?:everything|all|what) (?:i|we) (?:needed|need|wanted|came for)(?: to know)?(?: now)?`;
const ALL_HAD = `(?:${THATS_ALL}|${GOT_ALL})`;

/** A plan said: 'll, will, going to, gonna (round 29, off to a lender after thanks). */
const WILL = String.raw`(?:['’]?ll| will|['’]?m going to| am going to| are going to| gonna)`;
/**
 * Off to ask a lender ("ill go ask the bank then", "we'll drop by the credit union next week"): what is said after it names no
 * sum and no borrowing ("ill go to the bank to borrow 50k" is a request, not a goodbye).
 */
/** Where an owner goes off to ask: a bank, a credit union, a branch, the seller's dealer. */
const ASKED_AT_WORDS = ['bank', 'credit union', 'credit co-?op', 'branch', 'dealer', 'dealership', 'leasing company'];
const ASKED_AT = ASKED_AT_WORDS.join('|');
// ...off to it with no verb ("thx, off to the bank then"), or the seller asked ("will go ask at the truck dealer"; round 61).
const OFF_TO_A_LENDER =
  String.raw`(?:(?:\b(?:i|we)${WILL}?|\b(?:gonna|going to|will|off to|heading to)) ` +
  String.raw`(?:just |still )?(?:go|head|drop by|pop|swing by|ask|check|talk to|talk with|speak to|speak with|call|ring|visit)\b|\b(?:off|heading|headed) to\b)` +
  String.raw`[\w\s,'’]{0,20}?\b(?:${ASKED_AT})\b(?:(?!\d|borrow|loan|lend)[\w\s,'’]){0,30}`;

/** A debt told before (owe, overdue, hasn't paid): a way to get the money in is then asked of it (round 32). */
const DEBT_TOLD_BEFORE = String.raw`\b(?:owes?|owed|owing|overdue|outstanding|ha(?:s|ve)n['’]?t paid|not paid|unpaid)\b[\s\S]*`;
/** The money owed got in: "get it back", "get our money", "get paid", "recover", "collect", "chase". */
const MONEY_GOT_IN = String.raw`get (?:it|them|the money|our money|what(?:['’]s| is) owed|paid)(?: back)?|recover|collect|chase`;

/** Back in a count of minutes, ending its clause: "back in 10", "back in 5 mins" (round 47). */
const BACK_IN_MINUTES = String.raw`back in (?:\d{1,2}|five|ten|fifteen|a few)(?:\s*(?:mins?|minutes?))?(?=\s*(?:[,.!]|$))`;
export const wishToBorrow: Words = [
  // "we need a loan", "i would like funding", "we'd like to borrow", "we wanna borrow".
  String.raw`\b(?:we|i)(?:\s+(?:need|want|wanna|would like|would love)|\s*['’]d (?:like|love)) (?:a loan|money|funding|financing|to borrow)\b(?!${REST})`,
  // Without a subject, as owners type: "25 workers, need money to buy...", and at the start of an
  // English phrase after a Chinese one: "每周进一次货 want to borrow 10w".
  String.raw`(?:^|[,;]\s*|(?<=[\u3400-\u9fff]\s*))(?:need|want) (?:a loan|some money|money|funding|financing|to borrow)\b(?!${REST})`,
  // ...would like with no subject, opening its clause ("5 staff now. would like to borrow a bit to open a second spot"; round 59).
  String.raw`(?:^|(?<=[,;.]\s*))would (?:like|love) (?:a loan|some money|money|funding|financing|to borrow)\b(?!${REST})`,
  String.raw`\blooking for (?:a )?(?:loan|funding|financing)\b`,
  // A plan to borrow: "looking to borrow 300k", "hoping to get a loan", "thinking of borrowing".
  String.raw`\b(?:looking|hoping|trying|planning|aiming) to (?:borrow|get a loan|take (?:out )?a loan)\b(?!${REST})`,
  String.raw`\bthinking (?:of|about) (?:borrowing|getting a loan|taking (?:out )?a loan)\b(?!${REST})`,
  String.raw`\blooking for\b[^.,;!?]{0,24}\b(?:loan|funding|financing)\b`,
];

/** Whether one can borrow ("can we get a loan?", "could i borrow"): an eligibility question, no request for advice (run.ts). */
export const eligibilityAsk: Words = [
  String.raw`\b(?:can|could|may|will) (?:we|i|a \w+|an \w+)(?: still| even| ever)? (?:get|borrow|apply|qualify)\b`,
  String.raw`\b(?:are|am) (?:we|i) (?:eligible|able to (?:get|borrow))\b`,
  String.raw`\bis it possible (?:for (?:us|me) )?to (?:get|borrow)\b`,
];

/** A loan named as the thing costed: "it", "a loan", "a 10 million loan", "the offer", "a loan like that". */
/** A loan's term said right after it: "a 120k loan over 2 years", "a loan for 18 months". */
const TERM_AFTER_LOAN = String.raw`(?: (?:over|for) [\w.]+ (?:years?|yrs?|months?|mths?))?`;
/** What a month's cost is asked of: it, or a loan with its sum or term ("a 300k loan", "the loan over 2 years"). */
const A_LOAN_OF_IT = String.raw`(?:it|that|this|(?:the|a|an|our)\s+(?:[\w.]+\s+){0,2}?loan${TERM_AFTER_LOAN})`;
const A_MONTH = '(?:per month|a month|monthly|each month|every month)';
// ...or an item of the advice by its number ("what does item 1 cost"; round 63).
/** Ways of financing or paying whose price may be asked by name: payment, leasing, a loan, an app, an item of the advice. */
/** A fee or a charge said, or a guarantor's quote: what a weighing after it judges. */
const FEE_SAID = String.raw`(?:\bfees?\b|\bcharges?\b|\bcharging\b|\bguarant\w* (?:compan\w*|firms?) quoted?\b)`;
const WAYS_PRICED = String.raw`payments?|leasing|lease|loans?|credit|factoring|crowdfunding|financing|finance|banks?|apps?|platforms?|services?|(?:option|number|item) \d|first one|second one|third one`;
/** The price verb after it, a word of degree between: "really cost", "usually charge". */
const PRICE_VERB = String.raw`(?:really |actually |usually |roughly )?(?:cost|charge)\b`;
const LOAN_NAMED = String.raw`(?:it|this|that|they|a loan|(?:item|number|option|no\.?|#)\s?[1-9]|(?:a|an|the|our|my|this|that) (?:[\w.]+ ){0,3}(?:loan|offer|credit|lease|overdraft)(?: like (?:that|this)| of that size)?${TERM_AFTER_LOAN})`;

/** Whether an offer just stated is good ("is that good", "ok?", "should we take it"): with an offer, its cost is asked (run.ts). */
export const offerJudged: Words = [
  // ...its price named between ("is that rate ok"; round 66, judge-237).
  String.raw`\bis (?:that|this|it|the)(?: (?:rate|price|interest(?: rate)?|offer|deal|apr))? (?:any )?(?:good|ok|okay|alright|fair|reasonable|normal|acceptable|decent)\b`,
  // ...weighed by its price ("is that cheap?", "is it low", "cheap or not", "a good rate?"; round 49), as 算便宜吗 reads.
  String.raw`\b(?:is|isn['’]?t) (?:that|this|it) (?:really |actually |even )?(?:cheap|low|high|a lot|a good (?:rate|price))\b|\bcheap\s*(?:\?|or not\b)|\ba good (?:rate|price)\s*\?`,
  // ...of the firm too, after the offer: "mybank offers 100k at 0.05% a day, ok for us?".
  String.raw`\b(?:good|ok|okay|fair|reasonable|normal|decent|acceptable)(?: for (?:us|me))?\s*\?`,
  String.raw`\bshould (?:i|we) (?:take|accept|sign)\b`,
  // Too dear, asked (round 22): "too pricey?", "a bit steep?", "expensive or not"; "too high?" (round 24).
  // ...or said to seem so ("seems steep?", "looks pricey"; round 42).
  String.raw`\b(?:too|a bit|kinda|very|so|seems?|looks?|pretty|quite) (?:pricey|pricy|expensive|costly|steep|dear|high)\b|\b(?:expensive|pricey|costly)\s*(?:\?|or not\b)`,
  // Judged in chat words (round 22): "worth it or nah", "is that a ripoff", "thats ok right?", "fair deal?", "a good deal?".
  String.raw`\bworth it\b|\brip[- ]?off\b|\b(?:fair|good|bad|decent|ok|okay) deal\b|\b(?:ok|okay|fine|alright|normal|fair) right\s*\?`,
  // Chat English "X or not": "good or not?", "ok or not", "can take or not".
  String.raw`\b(?:good|ok|okay|fair|worth it|can take|take it)\s+or\s+not\b`,
  // Its price asked of the terms told: "how much interest is that", "is that too much", "what's the real rate" (round 46: a held loan's
  // terms so asked keep its offer).
  // ...or "too much?" alone after the terms ("… 0.9% a month from the rural credit coop. too much?"; round 49).
  String.raw`\bhow much interest (?:is|am|are|do|does|would)\b|\b(?:is|isn['’]?t) (?:that|this|it) too much\b|(?:^|[.;!]\s*)too much\s*\?|\b(?:real|true|actual|effective) (?:rate|interest|cost|apr)\b`,
  // What it comes to over another period, asked: "how much is that a year", "what's that per year", "what does it work out to annually".
  String.raw`\b(?:how much|what)(?:['’]s| is| does| would)?\s+(?:that|it|this)(?:\s+(?:be|come to|work out(?: to)?))?\s+(?:in |for |over )?(?:a|per|each|every|yearly|annually|annual|monthly|apr)\b`,
];

/**
 * Whether an offer is lawful, asked ("is that even legal", "legal or not", "is this rate allowed", "isn't that usury", "is that
 * loan sharking"): see zh.
 */
export const offerLawful: Words = [
  String.raw`\b(?:il)?legal\b|\blawful\b|\busur\w*|\ballowed\b`,
  String.raw`\b(?:is|isn['’]?t|are|aren['’]?t) (?:that|this|it|these terms|the (?:rate|interest|fee)s?)(?: even| really| actually)? loan[- ]?shark\w*\b`,
];

/** Cost as what the options are weighed by ("is there a cheaper option", "which costs the least"): see zh. */
export const cheapness: Words = [
  String.raw`\bcheap(?:er|est)?\b|\b(?:less|least) expensive\b|\b(?:more|most) affordable\b|\bcosts? (?:us |me )?(?:the )?(?:less|least)\b|\b(?:lowest|lower) (?:costs?|rates?|interest|fees?)\b`,
];

/** The offer before, pointed at ("compared to the last one", "vs the first bank", "than the other offer"): see zh. */
export const earlierOffer: Words = [
  String.raw`\b(?:the|that) (?:last|previous|earlier|first|other|1st) (?:one|offer|bank|lender|quote|deal|app)\b`,
  String.raw`\bthe one (?:before|earlier|you (?:just )?(?:said|showed|worked out))\b`,
  // ...or as "it", weighed against a rate told now ("is it cheaper than the rural credit coop's 5.8% a year?"; round 49).
  String.raw`\b(?:is|isn['’]?t|would) (?:it|this|that) (?:be )?(?:cheaper|better|dearer|pricier|worse|more expensive)\s+than\b`,
  // ...or as "this one" after a rate told now ("a micro loan co offered us 1.1% a month, cheaper than this one?"; round 58, convention 705).
  String.raw`\b(?:cheaper|better|dearer|pricier|worse|more expensive)\s+than\s+(?:this|that|the current|our current)(?: one| offer| deal| quote)?\b`,
];

/**
 * A service named with nothing else but these words asks whether it fits (run.ts, serviceAsked): "what about
 * leasing", "how about crowdfunding?", "is supply chain finance good", "would leasing be any good".
 */
export const serviceAsked: Words = [
  String.raw`^(?:and |so |ok |okay |then |but |hmm )?(?:what|how) about\b`,
  String.raw`\b(?:is|are|would|will)\b[^.?!]{0,40}\b(?:good|any good|worth it|a good idea|better|ok|okay|possible)\s*\?*\s*$`,
  // Whether it can be done, opening the message ("can we lease them instead", "could we lease it?"; round 26), as 能不能 reads.
  String.raw`^(?:and |so |ok |okay |then |but |hmm )?(?:can|could|should|may) (?:we|i)\b`,
];

/** Whom a caller claims to be or be from: "claiming to be from", "saying hes from", "calling from", "someone from". */
const CLAIMED_FROM =
  `${SOMEONE_FROM}|` +
  String.raw`claim\w*(?: to be)?|pretend\w* to be|pos(?:e|es|ed|ing) as|impersonat\w*|(?:calling|call|(?:he|she|they|i)['’]?(?:s|re|m)?|hes|shes|theyre|was|were|is|are) from`;
/** Not a regulator a caller claims to be from: "a guy saying hes from the banking regulator", 说是 regulator 的. */
const NOT_CLAIMED_REGULATOR = String.raw`(?<!\b(?:${CLAIMED_FROM})\s(?:the |an? |some )?(?:[a-z]+ ){0,3})(?<!(?:说是|自称|冒充|假冒|说(?:他|她|自己)是)\s*(?:[a-z]+ ){0,3})`;
/** Not a caller who said he was customer service: "someone from the bank customer service called". */
const NOT_CLAIMED_SERVICE = String.raw`(?<!\b(?:${impostorBefore.join('|')})\s(?:from )?(?:the |an? |some )?(?:[a-z]+ ){0,2})(?<!${PAID_BEFORE})`;
/** Not customer service's story told: "customer service said my account is frozen", "'mybank customer service' called". */
const NOT_SERVICE_STORY = String.raw`(?!['’"”]?,? (?:${storyAfter.join('|')})\b)`;
/** Not customer service's number or address asked: "customer service phone number". */
const NOT_SERVICE_CONTACT = String.raw`(?!['’]?s? (?:phone |contact |tel(?:ephone)? )?(?:number|no\b|hotline|line|address|email)\b)`;
/** A complaint made: "i want to complain", "i'd like to make a complaint", "complain about this bot". */
const COMPLAINT = String.raw`\b(?:i|we) (?:want|wanna|would like|need) to (?:make a )?complain\b|\bi(?:['’]?d| would) like to (?:make a )?complain\b|\bmake a complaint\b|\bcomplain about (?:you|this bot|the bot|your)\b`;
/** A call back or a manager asked: "call me back", "let me talk to your manager". */
const CALL_BACK_OR_MANAGER = String.raw`\bcall me back\b|\b(?:get|let me talk to|speak to|talk to) (?:your|the) (?:manager|supervisor|boss)\b`;
/** Not repaying, said as a supposition: "can't pay it back", "default", "miss a payment". */
/** Payments missed, counted or not (round 27): "miss a payment", "miss two instalments", "miss a couple of payments". */
const MISSED = String.raw`miss (?:a |the |our |my |some |any |a couple of |a few |several |two |three |four |\d+ )?(?:monthly |loan )?(?:payments?|repayments?|instal?lments?)`;
const CANNOT_REPAY = String.raw`(?:(?:can['’]?t|cannot|can not|couldn['’]?t|unable to)\s+(?:re)?pay(?: (?:it|them|the loan))?(?: back)?|default|${MISSED})`;
/** Words that ask for something: "can", "please", "have (someone…)", "need". */
const ASKING = String.raw`\b(?:can|could|would|will|pls|please|plz|have|get|need|want|like)\b`;
/** Someone of the adviser's side: "someone", "a person", "an adviser", "your staff". */
const CALLER = String.raw`(?:someone|somebody|a person|a human|an? (?:adviser|advisor|agent)|your (?:staff|people|adviser|advisor))`;
/** Not repaying: "can't pay back", "miss a payment", "default", "pay late". */
/** Payments not made, by their verb: "make the repayments", "keep up with the payments". */
const PAYMENTS_MADE = String.raw`(?:make|keep up with|meet)\s+(?:the |our |my )?(?:re)?payments?`;
const NOT_REPAYING = String.raw`(?:(?:can['’]?t|cannot|can not|couldn['’]?t|unable to|fail to|don['’]?t)\s+(?:(?:re)?pay|${PAYMENTS_MADE})|${MISSED}|default|pay late)`;
/** Supposed: "what if", "if", "suppose", "in case", "say". */
const SUPPOSED = String.raw`\b(?:what if|if|suppose|supposing|in case|say)\b`;

/**
 * The goods' price falling or the goods not selling, supposed ("what if coffee prices fall", "if the market crashes what
 * then", "what if we can't sell the stock"; round 26, corpus convention 24): the market risk, the risks; not a fall told
 * ("prices dropped a lot, what can we do": advice). The goods named in it name no trade and no need.
 */
/** What comes of it, asked after a bare if: a question mark, "what then", "what happens", "can we still", "how do we". */
const THEN_ASKED = String.raw`[^.!]{0,40}(?:\?|\bwhat (?:then|happens|now|do we do|should we do)\b|\bthen what\b|\b(?:can|could|will|would) we still\b|\bhow (?:do|would|will|can) we\b)`;
/**
 * What the firm buys getting dearer ("what if the beans get more expensive", "if the price of the green beans we buy goes up", "if our
 * costs go up"; round 29, convention 49): the same market risk as a fall; not the loan's own price (interest, rates, fees).
 */
const BOUGHT_GOODS = String.raw`(?:prices?|costs?|beans|leaves|cherries|(?:raw )?materials|supplies|inputs|feed|fertili[sz]ers?|ingredients|stock|grain|corn|fruit)`;
/** Words of a price going up: goes up, rises, jumps, gets more expensive. */
const RISE_WORDS = String.raw`(?:go(?:es)? up|goes higher|rises?|jumps?|spikes?|doubles?|soars?|(?:gets?|get|become|becomes|getting) (?:a lot |much |even |a bit )?(?:more expensive|pricier|dearer))`;
/** A fee no lender charges, a fraud's ("need to pay 4k unfreeze fee before i can withdraw", as 解冻费 reads; round 50). */
// ...and the names a platform's impostor or a buyer gives them (an upgrade fee, an inspection fee; round 53).
// ...a customs clearance or a permit, no loan's cost ("pay 4500 clearance fee into his personal acct"; round 56, convention 588).
const SCAM_FEES = 'unfreeze|unfreezing|unlock|unlocking|upgrade|upgrading|inspection|testing|certificate|release|clearance|permit';
/**
 * Fees that are no cost of a loan asked, by the word before "fees": fees the firm collects (tuition, parking, management) and the
 * running costs of selling (courier, shipping, advertising, platform fees: round 31, fix31a), and a fraud's fees.
 */
const FEES_NOT_ASKED = String.raw`tuition|school|entrance|admission|membership|course|class|parking|management|property|room|courier|shipping|delivery|postage|express|logistics|advertising|ad|platform|listing|${SCAM_FEES}`;
const COST_RISES = String.raw`\b(?<!\b(?:interest|loan|lpr|rate|fees?)\s)${BOUGHT_GOODS}\b(?![^.?!,]{0,24}\b(?:interest|loan|rates?|fees?)\b)[^.?!,]{0,24}\b${RISE_WORDS}\b`;
const FALLS = String.raw`(?:${INCOME_FALLS_EN}|${COST_RISES})`;
// "what if", "what happens if" ask by themselves; a bare if, suppose or say only with what comes of it asked after ("if prices fall we stop buying" asks nothing).
export const fallSupposed: Words = [
  String.raw`\bwhat (?:(?:happens|would happen|will happen|do we do|should we do)(?: to (?:us|me|our business|the business))? )?if\b[^.?!]{0,30}${FALLS}`,
  String.raw`${SUPPOSED}[^.?!]{0,30}${FALLS}${THEN_ASKED}`,
];

/** A policy that helps such firms ("policy to help small firms"): the subsidies question, not the rules. */
const POLICY_HELPING = String.raw`(?:to help|to support|that helps?|that supports?|helping|supporting)`;

/** The total asked, not of takings ("whats the total per year", "what would the total be"; round 55, convention 548): the one source. */
/** The word total, not of the firm's sales ("total sales"): a sum of costs asked (the cost command, a guarantor's fee added). */
export const TOTAL_WORD_EN = String.raw`\btotal\b(?! (?:sales|revenue|income|turnover|takings)\b)`;
const TOTAL_ASKED_EN = String.raw`\bwhat(?:['’]?s| is| would be) (?:the |our )?${TOTAL_WORD_EN}`;
/** The cost in full, by name: "total", "real", "all-in". */
const WHOLE_COST = String.raw`(?:total|overall|real|true|actual|full|all[- ]in) cost\b`;
/** A loan's whole price, said after what it costs: "in total", "altogether", "all up", "all in" (round 33). */
const ALL_TOLD = String.raw`in total|altogether|all up|all in|all told|overall|in the end|total`;
/** A sum borrowed, named in a question of what it costs: "borrowing 200k", "taking out 80k", "500k" (a figure first), "a 300k loan". */
// A unit of money after the figure, or a borrowing verb before it: not things counted ("what would 3 ovens cost").
const SUM_BORROWED = String.raw`(?:(?:borrowing|taking(?: out)?|getting) (?:a |an )?[\d.,]+ ?(?:k|m|w|million|thousand|万|yuan|rmb)?|[\d.,]+ ?(?:k|m|w|million|thousand|万|yuan|rmb))\b`;

/** What a question asks, named when declining it: "revenue", "staff". */
const ASKED_FACT = String.raw`(?:revenue|sales|turnover|income|profit|staff|headcount|assets)`;
/** Declining, said as owners do: "rather not", "i'd rather not", "prefer not to". */
const RATHER_NOT = String.raw`(?:i['’]?d |i would )?(?:rather not|prefer not to|(?:would|'d) rather not)`;
/** How much the firm makes, said as what is declined: "how much we make". */
const HOW_MUCH_MADE = String.raw`(?: how much (?:we|i) (?:make|earn|sell|turn over|do|bring in))`;
/** ...and its noun: "numbers", "details", "question". */
const FACT_NOUN = String.raw`(?:numbers?|figures?|details?|info|one|question)`;
/** Where or how a customer just arrived is said: walked in, here, now, at the counter (round 41). */
const CUSTOMER_WHERE = String.raw`(?: (?:just )?(?:walked|came|come|walking|coming) in| here| in| now| at the (?:counter|door|till|front|shop))`;
/** Who promises a reply later: "i'll", "we will" (apostrophes may be gone: "ill"). */
/** When a reply is promised for, in English or Chinese words (later, tonight, 晚点, when i'm home; round 46). */
const REPLY_TIME = String.raw`later\b|tonight\b|tomorrow\b|soon\b|in a bit\b|晚点|晚些|等下|明天|晚上|when (?:i['’]?m |im |i get |i am )?(?:home|back|free|done)\b`;
/** Where an owner is away at work: the border, the port, customs, the market (round 46). */
const AWAY_AT = String.raw`border(?: gate)?|border crossing|port|customs|口岸|海关|market|warehouse|depot|wholesale market|site`;
const WILL_REPLY = String.raw`(?:(?:i|we)['’]?ll\s+|(?:i|we) will\s+|ill\s+|will\s+)?`;
/** When a reply promised comes: later, tomorrow, tonight, soon. */
const REPLY_WHEN = String.raw`(?:later|tomorrow|tmr|tonight|soon)`;
/** A reply promised: "get back to you", "let you know", "tell you" with its time after it (round 26), "reply later". */
const REPLY_PROMISED = String.raw`get back to (?:you|u)|come back to (?:you|u)|let (?:you|u) know|tell (?:you|u)(?= ${REPLY_WHEN})|reply later`;
/** What a reply promised later is about: "on the sales figure", "about the turnover", "on that". */
const REPLY_ABOUT = String.raw`(?:\s+(?:on|about|with)\s+(?:the\s+|that\s+|this\s+|those\s+|our\s+)?(?:${ASKED_FACT}\s*)?(?:${FACT_NOUN}|${ASKED_FACT}|that|this|it))?`;
/** A figure worked out, as never done: "never counted", "haven't totted them up", "never added it up", "never tallied". */
const WORKED_OUT = String.raw`counted|checked|calculated|worked (?:it )?out|kept track|(?:added|totted|tallied) (?:it |them |that )?up|tallied`;
/** The monthly repayment asked ("how much a month?", "what would the monthly payment be"): the cost answer leads with it (run.ts). */
/** What a month's figure may be of, other than the repayment: monthly revenue, monthly rent. */
const MONTHLY_OTHER = String.raw`(?!\s+(?:revenue|sales|income|turnover|profit|takings|rent|wages?|costs?|bills?|expenses?|rate)\b)`;
/** The monthly repayment asked, the noun left out or the question mark after it: "whats the monthly", "monthly repayment?". */
const MONTHLY_ASKED_EN =
  // ...asked as how much ("how much is the monthly", "how much would the monthly be"), or how it looks ("hows the monthly then"; round 61).
  String.raw`\b(?:what|how much|how)(?:['’]?s| is| would be| will be| would| will| does) (?:the |my |our )?monthly(?: (?:payment|repayment|instal?lment)s?)?\b${MONTHLY_OTHER}` +
  String.raw`|\bmonthly (?:payment|repayment|instal?lment)s?\s*\?` +
  // ...of a sum or an offer named after it, asked: "monthly payment on 300k over 3 yrs?", "monthly repayments for that?".
  String.raw`|\bmonthly (?:payment|repayment|instal?lment)s? (?:on|for) (?!(?:the |our |my )?(?:rent|wages?|staff|suppliers?|electricity|utilities|bills?)\b)(?:[^.!?]|(?<=\d)\.(?=\d)){1,30}\?`;

/**
 * The monthly repayment weighed lower or higher ("would the monthly be lower?", "would monthly payments go down", "lower monthly
 * payments?"; round 26): the cost, the monthly asked.
 */
const MONTHLY_WEIGHED_EN =
  String.raw`\b(?:would|will|does|do|could|can|is|are)\b[^.?!]{0,12}\bmonthly(?: (?:payment|repayment|instal?lment)s?)?\b[^.?!,]{0,10}\b(?:lower|smaller|less|cheaper|higher|bigger|go(?:es)? (?:down|up)|come down|drop)\b` +
  String.raw`|\b(?:lower|smaller|cheaper) monthly(?: (?:payment|repayment|instal?lment)s?)?\s*\?`;

/**
 * The monthly asked of the sum and term just told, pointed at ("take 350k and pay it back over 4 years, how much is that each month"; round
 * 55, convention 550): not of a rate told before it, whose month is the period it is converted to.
 */
const MONTHLY_POINTED_EN = String.raw`(?<!(?:%|\bpercent|\bpoints?\b|\bpct\b)[^?!]{0,60})\bhow much (?:is|would|will) (?:that|it|this) (?:be |come to |cost (?:us |me )?)?${A_MONTH}\b`;
export const monthlyAsked: Words = [
  MONTHLY_ASKED_EN,
  MONTHLY_WEIGHED_EN,
  String.raw`\b(?:what|how much)(?:['’]?s| would| will| is| are| does) (?:be )?(?:the|my|our) monthly (?:payment|repayment|instal?lment)s?\b`,
  // ...what they would come to, the noun plural or bare: "what would monthly payments look like", "what will the monthly instalments come to".
  String.raw`\bwhat (?:would|will|might|could|do|does) (?:the |my |our )?monthly (?:payment|repayment|instal?lment)s? (?:be|look like|come to|come out (?:at|to)|work out (?:at|to))\b`,
  // ...what would be paid (round 21): "what would we pay each month", "what do we have to pay monthly".
  String.raw`\bwhat (?:would|will|do|should|shall) (?:i|we) (?:have to |need to |end up )?(?:re)?pay(?:ing)? (?:back )?${A_MONTH}\b`,
  // ...paid in the end: "how much would we end up paying per month".
  String.raw`\bhow much (?:to (?:re)?pay |(?:do|will|would|should) (?:i|we) (?:have to |end up )?(?:re)?pay(?:ing)? (?:back )?)?${A_MONTH}\b(?! (?:revenue|sales|income|turnover|profit|takings)\b)`,
  String.raw`\b(?:monthly|per month|every month|each month) (?:need to |have to |must |should )?(?:pay|repay|payments?|repayments?|instal?lments?) (?:is )?how much\b`,
  // What it costs a month: "how much would it cost me per month", "what would a 300k loan cost us each month", its term
  // after it ("how much would a 120k loan over 2 years cost per month").
  String.raw`\b(?:how much|what)\s+(?:would|will|does|do|is|'?s)\s+${A_LOAN_OF_IT}\s+(?:cost|come to|be)\s+(?:me\s+|us\s+)?${A_MONTH}\b`,
  MONTHLY_POINTED_EN,
];

/** Said not to suit the firm: "not for us", "isn't for us", "not our cup of tea" (round 27). */
// ...said of a kind in the plural ("online loans are not for us"; round 54).
const NOT_FOR_US = String.raw`(?:(?:is\s+|isn['’]?t\s+|is not\s+|its\s+|it['’]s\s+|are\s+)?not\s+(?:for us|for me|our thing|our cup of tea)|(?:isn['’]?t|aren['’]?t)\s+for us)\b`;

export const commandRules: readonly CommandWords[] = [
  {
    command: 'delete-data',
    anywhere: [
      String.raw`\bdelete (?:all )?(?:of )?(?:my|our) (?:data|info\w*|records?|history|conversations?|details|chats?)\b`,
      String.raw`\bdelete (?:all )?(?:the )?data\b`,
      String.raw`\berase (?:my|our|all)\b`,
      String.raw`\bforget (?:about )?me\b`,
      String.raw`\bremove (?:my|our) (?:data|info\w*|details)\b`,
      String.raw`\bwipe (?:my |our |all )?(?:data|info\w*)\b`,
      // Loose: "delete everything you have on me", "remove all my information", "clear my records", "delete my account", "dont keep my info".
      String.raw`\b(?:delete|remove|erase|wipe|clear)\s+(?:everything|all|whatever|anything|any)\s+(?:(?:info\w*|data|details)\s+)?${YOU_KEPT}(?:on|about|of)\s+(?:me|us)\b`,
      String.raw`\b(?:delete|remove|erase|wipe|clear)\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:account|records?|information|personal (?:data|info\w*)|chat history)\b`,
      // ...the talk itself ("can you delete this conversation", "wipe this chat"; round 37, fix37c).
      String.raw`\b(?:delete|remove|erase|wipe|clear)\s+(?:this|the|our|my)\s+(?:whole\s+)?(?:conversation|chat(?: history)?)\b`,
      // The data with small words before it: "delete all the info", "wipe out those records", "remove every detail".
      String.raw`\b(?:delete|remove|erase|wipe|clear)\s+(?:out\s+)?(?:(?:all|the|of|my|our|this|that|these|those|every|any)\s+){1,3}(?:data|info\w*|details?|records?|history|messages?|chats?)\b`,
      // What the owner said: "delete what i told you", "forget everything we said".
      // ...wiped or cleared, said as done before ("please wipe everything i've told you", "clear all that we have sent").
      // ...got rid of ("pls get rid of everything i typed in here"; round 37, fix37c).
      String.raw`\b(?:delete|erase|forget|remove|wipe|clear|get rid of)\s+(?:out\s+)?(?:all\s+)?(?:what|everything|whatever|all that)\s+(?:i|we)\s?(?:['’]?ve\s|have\s)?\s*(?:told|gave|given|said|sent|typed|wrote|written)\b`,
      String.raw`\b(?:don['’]?t|do not|pls don['’]?t|please don['’]?t)\s+(?:keep|save|store|hold)\s+(?:my|our|any of my|any of our)\s+(?:data|info\w*|details|records?)\b`,
    ],
    whole: [String.raw`\berase\b`, String.raw`\bdelete\b`],
  },
  {
    command: 'resume',
    anywhere: [
      String.raw`\bno need for (?:a |an )?(?:human|person|agent)\b`,
      String.raw`\b(?:i|we) don['’]?t (?:need|want) (?:a |an )?(?:human|person|agent)\b`,
      String.raw`\b(?:i|we) (?:don['’]?t|do not) (?:need|want) to (?:talk|speak|chat) (?:to|with) (?:a |an )?(?:human|person|agent|someone)\b`,
      String.raw`\bback to (?:the )?bot\b`,
      String.raw`\breturn to (?:the )?bot\b`,
      String.raw`\bresume\b`,
      String.raw`\bcontinue with (?:the )?bot\b`,
      String.raw`\bend (?:the )?(?:chat with (?:the )?)?(?:human|agent)\b`,
      String.raw`\bbot again\b`,
      String.raw`\btalk to (?:the )?bot\b`,
    ],
    // "back" alone, as "返回": back to where the conversation stands (or to the bot from a person).
    whole: [
      // "carry on", "continue where we left off", "return to the assistant" (before the single words).
      String.raw`\bcarry on\b`,
      String.raw`\b(?:continue|pick up|resume) (?:from )?where we (?:left off|stopped|were)\b`,
      String.raw`\b(?:return|go back|get back) to (?:the )?(?:assistant|chatbot|bot)\b`,
      String.raw`\bcontinue\b`,
      String.raw`\bbot\b`,
      String.raw`\bgo back\b`,
      String.raw`\bback\b`,
    ],
  },
  {
    command: 'human',
    anywhere: [
      String.raw`\b(?:connect|put|transfer|pass) me (?:to|through to|on to|over to|with) (?:a |an |your |one of your )?(?:real |live |actual |human )?(?:human|person|adviser|advisor|agent|staff|someone|somebody)s?\b`,
      String.raw`\b(?:talk|speak) (?:to|with) (?:a |an |your )?(?:adviser|advisor)\b`,
      // Someone of the bot's own team asked for ("is there someone from your team i can call"; round 61).
      String.raw`\b(?:someone|somebody|anyone|anybody|a person|a real person) (?:from|at|on|in) (?:your|ur) (?:team|company|office|side|staff)\b`,
      String.raw`(?<!\b(?:no need for|don['’]?t need|do not need|don['’]?t want|do not want|without)\s(?:a |an |any )?)\bhuman(?! resources?)\b`,
      String.raw`(?<!${notAgentBefore.join('|')})\bagents?\b(?!${notAgentAfter.join('|')})`,
      String.raw`(?<!tour )\boperator\b`,
      // Not whether the bot is one ("are you a real person or a robot"): asked, no request for a person.
      String.raw`(?<!\b(?:are|r) (?:you|u) (?:a )?)\breal person\b(?! or (?:a )?(?:robot|bot|machine|ai)\b)`,
      String.raw`\blive (?:person|agent|chat)\b`,
      // ...with a word that makes them real: "talk to an actual person", "speak with a real human".
      String.raw`\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:(?:real|live|actual|proper) )?(?:someone|somebody|person|people|man|woman)\b`,
      // ...or one of the staff, made real (round 22): "chat with a real staff member", "talk to an actual staff member".
      String.raw`\b(?:talk|speak|chat) (?:to|with) (?:a |an |your |one of your )?(?:real|live|actual|proper|human) (?:staff(?: member)?|employee|adviser|advisor|agent|representative|rep)s?\b`,
      // A person asked for: "give me a person to talk to", "get me someone", "i need a real person to speak to" (not a story: "someone called me").
      String.raw`\b(?:give|get|find|send)\s+(?:me|us)\s+(?:a |an )?(?:real |live |actual )?(?:person|human|someone|somebody)\b`,
      String.raw`\b(?:need|want)\s+(?:a |an )?(?:real |live |actual )?(?:person|human|someone|somebody) to (?:talk|speak|chat)\b`,
      String.raw`${NOT_CLAIMED_SERVICE}\bcustomer service\b${NOT_SERVICE_STORY}${NOT_SERVICE_CONTACT}`,
      // Not the firm's legal representative ("my wife is the legal representative"; round 41).
      String.raw`(?<!\blegal\s)\brepresentative\b`,
      // A banker asked for: "i want to talk to a loan officer", "can i speak with your credit officer".
      // ...one of them: "can i talk to one of your loan officers".
      String.raw`\b(?:want to|wanna|like to|can i|could i|let me|need to)\s+(?:talk|speak)\s+(?:to|with)\s+(?:a |an |your |one of (?:your|the) )?(?:real |human |actual |proper )?(?:${BANKERS})s?\b`,
      // …or to call the owner: "have a loan officer call me", "get a banker to ring me".
      String.raw`\b(?:have|get|let)\s+(?:a |an |your )?(?:real |human )?(?:${BANKERS})\s+(?:to\s+)?(?:call|phone|ring|contact)\s+(?:me|us)\b`,
      // A complaint, or a call back asked: "i want to complain", "call me back pls", "your manager".
      `${COMPLAINT}|${CALL_BACK_OR_MANAGER}`,
      // Someone asked to call the owner: "can a person call me?", "could someone phone us", "have an adviser call me".
      // Asked for, not told ("somebody call me say he is from bank" is a story).
      String.raw`(?<=${ASKING}[^.?!]{0,12})\b${CALLER}\s+(?:to\s+)?(?:call|phone|ring|contact)\s+(?:me|us)\b`,
    ],
  },
  {
    command: 'restart',
    anywhere: [
      // Not the firm's work started again ("need 100k to restart production", "restart the factory", 工厂 restart 要十万; round 29):
      // its need (purposes.ts), the restart command only alone or said to the bot.
      String.raw`${NOT_FOR_WORK}\brestart\b${NOT_THE_WORK}`,
      String.raw`${NOT_FOR_WORK}\b(?:start|begin)(?:ning)? (?:over|again|afresh|from scratch|fresh|from the (?:beginning|top))\b`,
      String.raw`\breset\b`,
      String.raw`\bbegin again\b`,
      String.raw`\bnew conversation\b`,
      String.raw`\bstart a new (?:chat|conversation)\b`,
      // Done over: "redo everything", "lets redo it", "from the top".
      String.raw`\bredo (?:everything|it all|the whole thing|from the start)\b`,
      String.raw`^\s*(?:ok(?:ay)?,?\s+|lets?\s+|let['’]s\s+)?(?:go )?from the (?:top|start|beginning)\b`,
      // Gone through again from the very start (round 25): "please take us through it again from the very beginning".
      String.raw`\bagain from the (?:very )?(?:top|start|beginning)\b|\bfrom the (?:very )?(?:top|start|beginning) again\b`,
    ],
  },
  {
    // A service refused, the refusal right beside its name: "no leasing please", "we don't want crowdfunding",
    // "leasing, no thanks".
    command: 'decline',
    anywhere: [
      // ...in slang too (scrap, ditch, nix, cross off, bin: "scrap the crowdfunding idea"; round 27).
      String.raw`\b(?:no|without|skip|drop|remove|leave out|forget(?: about)?|scrap|ditch|nix|bin|cross off|not interested in|(?:i|we) (?:don['’]?t|do not) (?:want|need|like))\s+(?:the\s+|any\s+|a\s+|that\s+)?(?:${SERVICES})`,
      String.raw`(?:${SERVICES})\s*,?\s*(?:no thanks|no thank you|not interested|please no)\b`,
      // ...never to be touched ("we'd never touch p2p", "i'll never use crowdfunding"; round 37, fix37c).
      String.raw`\b(?:(?:i|we)(?:['’]d|['’]ll| would| will)? )?never (?:ever )?(?:touch|use|go near|go for|try|do)\s+(?:the\s+|any\s+|that\s+)?(?:${SERVICES})`,
      // ...said not to suit after it ("crowdfunding, not for us", "the leasing thing tbh isnt for us").
      // ...the kind's loans or platforms named after it ("p2p loans are not for us"; round 54).
      String.raw`(?:${SERVICES})(?:\s+(?:idea|thing|option|route|one|loans?|lending|platforms?|apps?))?[\s,.]*(?:(?:tbh|honestly|really|to be honest)[\s,.]*)?${NOT_FOR_US}`,
    ],
  },
  {
    command: 'platform-check',
    anywhere: [
      // Whether it may be fake asked ("could it still be fake?"; round 52).
      String.raw`\bcould (?:it|this|that|he|she|they) (?:still |really )?be (?:fake|a scam|fraud|forged)\b`,
      // Whether someone is safe to deal with ("safe to deal with her?", "is it safe to trade with them"; round 54).
      String.raw`\bsafe to (?:deal|work|trade|do business) with (?:him|her|them|this (?:guy|lady|person)|that (?:guy|lady|person))\b`,
      String.raw`\bcheck (?:a |the |this |that |if |whether )?(?:\w+ )?(?:platform|app|site|website|lender)\b`,
      String.raw`\b(?:is|are) (?:it|this|that|they|these|those)(?: \w+){0,2} (?:legit\w*|safe|trustworthy|reliable|real|genuine|a scam|licensed|regulated)\b`,
      // ...platforms or apps named as a kind (round 22): "are online loan apps safe to use", "is this lending platform licensed".
      String.raw`\b(?:is|are) (?:[\w-]+ ){1,3}(?:apps?|platforms?|lenders?|sites?|websites?) (?:really |actually )?(?:legit\w*|safe|trustworthy|reliable|real|genuine|licensed|regulated)\b`,
      // Not a legit one sought ("how do i get a legit one", "find a legit lender"): where to apply, nothing to check.
      String.raw`(?<!\b(?:get|find|use|choose|pick|want|need) (?:a |an |the |some )?)\blegit\b`,
      // A story, then a word asking whether it is true: "...first to verify. real?", "is that for real", "true or not?" (not "are you real?": that asks for a person).
      // ...or safe, asked alone after an offer told (round 27): "…way better than the bank rate. safe?".
      String.raw`\b(?:(?:real|safe|legit|legal|reliable|trustworthy|genuine) or (?:not|fake)|true or (?:not|false)|for real\s*\?)|(?:^|[.!?,;:]\s*)(?:real|genuine|legit|true|safe)\s*\?`,
      // ...or whether it is safe to go on with, asked alone after the story: "safe to use?", "legit to download?" (not "ok to use
      // it for the shop?": leave asked, no doubt).
      String.raw`(?:^|[.!?,;:]\s*)(?:is it |is that |is this )?(?:safe|legit) to (?:use|download|install|trust|pay|borrow|sign|apply)\b[^.!?]{0,20}\?`,
      String.raw`\bscams?\b`,
      // Doubt said by the saying: "too good to be true?", "sounds fishy", "smells dodgy".
      // How to tell a real one from a fake: "how do other shops tell a real lender from a fake one".
      String.raw`\b(?:tell|know|spot|check)\b[^.?!]{0,30}\b(?:real|genuine|legit\w*|registered|licensed)\b[^.?!]{0,20}\b(?:from|or)\b[^.?!]{0,12}\b(?:fake|scam\w*|fraud\w*|dodgy)\b`,
      // Whether the one writing is really who they say, asked: "how do i tell if it's really him", "is it really my boss?" (round 50).
      String.raw`\b(?:tell|know|check|sure|verify)\b[^.?!]{0,20}\b(?:if|whether)\s+(?:it['’]?s|its|it is|that['’]?s|this is)\s+(?:really|actually|truly)\b|\bis (?:it|that|this) (?:really|actually) (?:him|her|them|my \w+)\b`,
      // ...not the caller's own claim of the owner's account ("our business acct looks suspicious"; round 55); "sus?" asked alone (round 55).
      String.raw`\btoo good to be true\b|(?:^|[.!?,;:]\s*)sus\s*\?`,
      String.raw`(?<!\b(?:acct|account|activity|transactions?|card)\s)\b(?:sounds?|seems?|smells?|looks?) (?:a bit |kinda |kind of |pretty |really |very )?(?:fishy|dodgy|shady|sketchy|suspicious|off)\b`,
      // Not the impostor's story of a case ("says our shop account is linked to a fraud case"; round 50): his cover, nothing asked.
      // ...nor a department an impostor names ("says hes from the bank fraud team"; round 55).
      String.raw`\bfraud\w*(?! (?:case|investigation|probe|team|department|dept|unit|division|centre|center)s?\b)`,
      String.raw`\bponzi\b`,
      String.raw`\bblacklist\w*`,
      String.raw`\btrustworthy\b`,
      String.raw`\bverify (?:a |the )?platform\b`,
      // Whether a person offering a deal can be trusted (round 21): "can we trust him", "is he legit".
      String.raw`\bcan (?:we|i) (?:really )?trust (?:him|her|them|this (?:guy|lady|man|woman)|these (?:guys|people))\b|\b(?:is|are) (?:he|she|they) (?:legit\w*|trustworthy|reliable|safe)\b`,
    ],
  },
  {
    command: 'risks',
    anywhere: [
      // Not a promise of none ("risk-free"): that is no question about risks.
      // ...nor a platform's "risk control" (its review holding takings; round 52).
      // ...nor a bank's risk department a caller claims ("hes from the bank's risk dept"; round 60, convention 715).
      String.raw`(?<!low[- ]|no |zero )\brisks?\b(?![- ]free|\s+(?:control|review|management team|dept|department|team|office|centre|center)\b)`,
      String.raw`\b(?:is|are) (?:it|this|that|they) (?:really |truly )?risk[- ]free\b`,
      String.raw`\brisky\b`,
      String.raw`\bdangers?\b`,
      String.raw`\bdangerous\b`,
      String.raw`\bdownsides?\b`,
      String.raw`\bpitfalls?\b`,
      String.raw`\bwhat could go wrong\b`,
      // What comes of not repaying, asked: "what happens if we cant pay it back", "what if i can't repay".
      String.raw`\bwhat (?:happens|would happen|will happen|if|then)\b[^.?!]{0,30}\b${NOT_REPAYING}\b`,
      // Not repaying, then how, as typed: "cannot pay back then how", "if 还不上 how".
      String.raw`\b(?:can['’]?t|cannot|can not|unable to)\s+(?:re)?pay(?: (?:it|them|the loan))?(?: back)?\b[^.?!]{0,10}\b(?:then )?(?:how|what)\b|\bif\s*(?:还不上|还不起|还不了)[^.?!]{0,10}\b(?:how|what)\b`,
      // ...said the other way round: "if i pay late what happens", "if we cant repay, then what".
      // ...or with the consequence asked after it: "if the business fails and we cant repay, do they take the house?", "suppose we cannot repay, will the bank…".
      String.raw`\b(?:if|suppose|supposing)\b[^.?!]{0,30}\b${CANNOT_REPAY}\b[^.?!]{0,12}\b(?:do|does|will|would|can|could) (?:they|the bank|the lender|we|i)\b`,
      String.raw`\b(?:if|suppose|supposing|say) (?:i|we)\b[^.?!]{0,12}\b${NOT_REPAYING}\b[^.?!]{0,40}\b(?:what (?:happens|then|now)|then what)\b`,
      ...fallSupposed,
    ],
  },
  {
    command: 'regulation',
    anywhere: [
      // Not a regulator an impostor claims to be, nor one said to call: "a guy saying hes from the banking regulator", "the regulator called me".
      String.raw`${NOT_CLAIMED_REGULATOR}\bregulat\w*\b(?!\s+(?:called|rang|phoned|texted|messaged)\b)`,
      // Who oversees them, asked: "who supervises these platforms", "who is in charge of lenders".
      String.raw`\bwho (?:oversees|supervises|governs|polices|licen[cs]es|controls|is in charge of)\b`,
      // Whether anyone or the state oversees them at all ("is anybody in charge of these sites", "does the government keep an eye on p2p
      // platforms?", "is anyone watching these apps"; round 36, corpus convention 236).
      String.raw`\b(?:is|are) (?:any ?(?:body|one)|some ?(?:body|one)) (?:actually |really |even )?(?:in charge of|overseeing|watching|policing|supervising|keeping (?:an )?eyes? on)\b`,
      String.raw`\b(?:does|do|is|are|will) (?:the )?(?:government|state|authorities|regulators?|central bank)\b[^.?!]{0,12}` +
        String.raw`\b(?:keep\w* (?:an )?eyes? on|check\w* on|watch\w*|overse\w*|supervis\w*|polic\w*|control\w*|crack\w* down on)\b`,
      String.raw`\brules\b`,
      // A licence asked about ("do we need a licence?", "which licences"), not one paid for or held,
      // nor one named among the papers to bring ("is a business licence plus statements enough").
      // (...not a licence held in someone's name, told: "the licence is in her name"; round 46.)
      String.raw`\b(?:what|which|need|check|about|any|require\w*|is|are)\b[^.!?,]{0,24}\blicen[cs]\w*\b(?![^.!?,]{0,30}\b(?:enough|sufficient)\b)(?!\s+(?:is|was)\s+(?:in|under)\b)`,
      String.raw`\blicen[cs]\w*(?![^.!?,]{0,30}\b(?:enough|sufficient)\b)[^.!?,]{0,24}\?`,
      String.raw`^\s*licen[cs]\w*\s*$`,
      // Not an in-law ("my brother in law", "her in-laws").
      String.raw`(?<!\bin[- ])\blaws?\b`,
      // Not the firm's legal representative, a person ("my wife is the legal rep"; round 41).
      String.raw`\blegal\w*(?!\s+(?:rep|reps|representative|representatives|person|persons|owner)\b)`,
      // A kind asked allowed ("is crowdfunding allowed in china", "are p2p loans even permitted"; round 23); not a person
      // or a thing pointed at ("is it allowed", "are we allowed to": no rules of a kind).
      String.raw`\b(?:is|are)\s+(?!(?:it|that|this|we|i|they|you|he|she|there)\b)[a-z0-9-]+(?:\s+[a-z0-9-]+)?\s+(?:even\s+|actually\s+|really\s+|still\s+)?(?:allowed|permitted)\b(?!\s+to\b)`,
      // A kind asked whether it still exists ("is p2p still a thing in china", "are p2p platforms still around", "does crowdfunding still
      // exist"; round 46): P2P's end is its rules' answer (convention 294).
      String.raw`\b(?:is|are|does|do)\s+(?:[a-z0-9-]+\s+){0,2}?(?:p2p|peer[- ]to[- ]peer|crowdfunding|lending platforms?|loan platforms?)(?:\s+[a-z]+)?` +
        String.raw`\s+still\s+(?:${STILL_EXISTING_EN})\b` +
        String.raw`|\b(?:are|is) there (?:still )?(?:any )?(?:p2p|peer[- ]to[- ]peer|crowdfunding)\b(?:\s+[a-z]+)?\s*(?:still\s+)?(?:left|around|(?:\s+(?:in china|here|now|anymore|these days))?\s*(?:\?|$))`,
      // (Not a deposit or a fee an impostor names so: "a 2500 compliance deposit"; round 55.)
      String.raw`\bcomplian\w*\b(?! (?:deposit|fee|charge|payment)s?\b)`,
      // Not an insurance policy bought ("buy a policy from them"): no rules asked; nor a policy to help
      // such firms ("any policy to help small firms", "special policies for exporters": the subsidies question).
      String.raw`(?<!\binsurance |\b(?:buy|bought|buying|take out|took out|sell|sells) (?:a |an |the |their |his |her |one )?)\bpolic(?:y|ies)\b(?! ${POLICY_HELPING}\b)(?<!\bspecial polic(?:y|ies))`,
    ],
  },
  {
    command: 'summary',
    anywhere: [
      // Not a summary said wrong ("your summary's wrong, we have 22 staff", "the summary is off": a correction; round 24).
      String.raw`\bsummary\b(?!(?:['’]s|\s+(?:is|was))?\s+(?:wrong|incorrect|not right|off|mistaken)\b)`,
      String.raw`\bsummari[sz]e\b`,
      String.raw`\bsum (?:it |this |things |everything )?up\b`,
      String.raw`\brecap\b(?!(?:['’]s|\s+(?:is|was))?\s+(?:wrong|incorrect|not right|off|mistaken)\b)`,
      // Asked to close the talk so far: "wrap it up for me", "what have we got so far", "where are we up to".
      String.raw`\bwrap (?:it|this|things|everything) up\b`,
      String.raw`\bwhat (?:have we|we['’]ve|do we have|did we) (?:got |get |covered |cover |agreed |said |decided )?so far\b`,
      // The conclusion asked: "whats the bottom line", "overall conclusion", "tldr".
      String.raw`\bbottom line\b|\b(?:overall|final) (?:conclusion|verdict|takeaway)\b|\btl;?dr\b`,
    ],
  },
  {
    command: 'details',
    anywhere: [
      // Not bank or payment details sent ("my client's email sent new bank details"; round 53): an account, no details asked.
      String.raw`(?<!\b(?:bank|account|acct|payment|card|login|contact|remittance)\s)\bdetails?\b`,
      String.raw`\bmore (?:about|on|info\w*)\b`,
      String.raw`\btell me (?:more|about)\b`,
      // Not the answer praised (explained very well, explained so clearly: thanks; round 27).
      String.raw`\bexplain\w*\b(?! (?:very |so |really |super )?(?:well|clearly)\b)`,
      String.raw`\bhow does (?:it|this|that|\w+) work\b`,
      String.raw`\blearn more\b`,
      // What an item of the advice is, asked with a word after it ("what's number 2 exactly", "whats option 3 again"; round 62).
      String.raw`\bwhat(?:['’]?s| is)\s+(?:number|option|no\.?|#)\s?\d\b(?=\s*(?:exactly|again|then|actually|about|pls|please)?\s*[?.!]*\s*$)`,
      // How or where a numbered item is applied for, asked after it ("the first one then, where do i apply", "ok option 1. how do i apply";
      // round 46), as 那就第一个嘛 去哪点申请 reads.
      String.raw`(?<=\b(?:the )?(?:first|second|third|fourth|1st|2nd|3rd|4th|number \d|no\. ?\d|option \d)\b(?: one)?[^?!]{0,16}?)\b(?:where|how) (?:do|can|should) (?:i|we) (?:go (?:to )?)?(?:apply|sign up|get it|start)\b`,
    ],
    // Said alone: "go on", "elaborate", "more detail pls".
    whole: [String.raw`\bgo on\b`, String.raw`\belaborate\b`, String.raw`\bkeep explaining\b`],
    // Not a price asked of it ("what is the interest rate of mybank", "what are leasing's fees"): the cost.
    withService: [
      // ...written whats too (round 24, convention 15: "whats factoring" asks what the service is, as "what's factoring").
      // ...a word of wonder between ("what even is factoring", "what the heck is supply chain finance"; round 39).
      // ...nor what the rate just said comes to over a period ("0.05% a day, whats that per year?"; round 49): the cost (478).
      String.raw`\bwhat(?:['’]?s| is| are| ${WONDER} (?:is|are))\b(?! (?:the |your |their |its )?(?:\w+ )?(?:rates?|costs?|price|fees?|interest|apr|${REPAYMENT_WORDS})\b)` +
        String.raw`(?! (?:that|it|this)${ALL_TOLD_THEN} (?:(?:in |for |over )?(?:a|per|each|every) (?:year|month|day)|annually|yearly)\b)`,
      // (Not what it costs or charges: "what does third-party payment cost?"; round 64, found by a tester.)
      String.raw`\bwhat does\b(?!\s+(?:the\s+)?(?:[a-z-]+\s+){1,4}?(?:really\s+|actually\s+|usually\s+|roughly\s+)?(?:cost|charge)\b)`,
      // How it works, asked ("how does leasing work exactly": round 25, convention 15).
      WORKINGS_ASKED_EN,
    ],
  },
  {
    command: 'cost',
    anywhere: [
      // What each payment loses asked ("do we lose anything per payment on a merchant qr code"; round 55), as 每笔扣不扣钱 reads.
      String.raw`\b(?:lose|losing|pay|paying|cost|costs|charged?)\s+(?:anything|much|something|a fee|fees?)\s+(?:per|on each|for each|on every|every|each)\s+(?:payment|transaction|scan|swipe|sale)\b`,
      // ...charged on each, the payer named ("does alipay charge us on every scan"; round 55, convention 566).
      String.raw`\b(?:charge|charges|charging|deduct|deducts)\s+(?:us|me|the shop|the store)\s+(?:anything\s+|a fee\s+)?(?:on|for|per)\s+(?:every|each)\s+(?:payment|transaction|scan|swipe|sale)\b`,
      // A wallet's, a bank's or a machine's cut by its rate ("wechat takes 0.1% every time i move money out", "bank wants 0.55% on every
      // card swipe"; round 52): what collecting or moving money costs.
      String.raw`\b(?:wechat|weixin|alipay|card machine|pos|machine)\b[^?!]{0,12}?\b(?:takes|charges|keeps|wants|deducts)\s+\d+(?:\.\d+)?\s*%`,
      String.raw`\bbank\b[^?!]{0,12}?\b(?:takes|charges|keeps|wants|deducts)\s+\d+(?:\.\d+)?\s*%\s+(?:on|of|per|for)\s+(?:every|each|a)\s+(?:card\s+)?(?:swipe|sale|payment|transaction)`,
      // A fee or a charge said, then weighed too high ("担保公司一年 charge 百分之三, too high 吗"; round 41): its cost (an offer's rate
      // weighed so is the offer judged: "they quoted 15 percent a year, too much?").
      // ...a quote judged so in other words ("guarantee company quoted 2.5% a year, seems steep?"; round 42), further on ("…charging us 2.5% of
      // the loan every year, way too high no?"; round 64).
      String.raw`(?<=${FEE_SAID}(?:[^.!?]|\.(?=\d)){0,48})\b(?:(?:way|far|much) )?(?:too|seems?|looks?|pretty|quite|a bit|kinda) (?:high|steep|expensive|much|pricey)\b`,
      // What a guarantor or a lender charges, asked ("roughly what does a guarantee company charge for a bank loan"; round 41).
      String.raw`\bwhat (?:does|do|would|will) (?:an? |the )?(?:guarantee |guarantor |loan |credit )?(?:company|companies|firms?|banks?|lenders?|agents?|brokers?) (?:usually |normally )?charge\b`,
      // ...weighed by its size or asked in points ("do guarantee companies charge much? roughly what percent"; round 42).
      String.raw`\b(?:guarant\w* (?:compan\w*|firms?|agenc\w*)|banks?|lenders?|they) (?:usually |normally |typically )?charge (?:a lot|much|a fortune)\b|\bwhat (?:percent(?:age)?|%|rate)\s*(?:do|does|would|will|is it|[?]|$)`,
      // A pick made by its cost: "the one with the lower monthly payment": what it costs is what decides.
      PICKED_BY_COST_EN,
      // What the thing just said comes to in a year ("whats that a year", "how much is that per year"; round 48, 478): its yearly cost.
      // ...all told first ("whats that all in per year"; round 58).
      String.raw`\b(?:what(?:['’]?s| is| would (?:that|it|this) be)|how much(?:['’]s| is))(?: (?:that|it|this))?${ALL_TOLD_THEN} (?:a|per|each|every) year\b`,
      // How long a loan may run, and repaying early: "the longest term we can get", "repay early without penalty".
      String.raw`\b(?:longest|maximum|max) (?:term|loan period|period|tenor)\b`,
      // ...the loan named between ("can i pay back the loan early without penalty"; round 54).
      String.raw`\b(?:early )?repayment penalt(?:y|ies)\b|\b(?:repay|pay (?:it )?(?:back|off))(?: (?:the|this|our|my) loan)? early\b`,
      // Not interest earned on money placed ("earn some interest on it"): no cost asked.
      // Nor an old debt described by its rate ("pay off a high interest loan"): the debt refinanced, no cost asked.
      // Nor interest-only as the way of repaying, a term told ("interest only, 8% a year for 2 years"; round 49), as 先息后本 reads.
      String.raw`(?<!\b(?:earn|earns|earning|earned|make|making|get|getting) (?:some |a (?:bit|little) of |more )?)\binterest(?: rates?)?\b(?![- ](?:free|only)\b)` +
        // ...nor support on it, named before it ("any govt subsidy on the interest?", "does the government pay part of the interest";
        // round 33, convention 151): subsidies.
        String.raw`(?<!\b(?:subsid\w*|discounts?|relief|rebates?|help|support) (?:on|for|with|towards?) (?:the |our |my )?(?:loan['’]?s? )?interest(?: rates?)?)` +
        String.raw`(?<!\b(?:pay|pays|cover|covers|subsidi[sz]e|share)\s+${A_PART_OF_EN}(?:the |our |my )?interest(?: rates?)?)` +
        // ...nor support for it: "interest subsidy", "interest discount".
        String.raw`(?!\s+(?:subsid\w*|discount\w*|relief)\b)(?!(?<=\bhigh[- ]interest)\s+(?:[a-z-]+\s+)?(?:loans?|debts?)\b)` +
        // ...nor the government's cheap loans, a programme ("does the government do low interest loans for tea farmers"): subsidies.
        String.raw`(?!(?<=\b(?:low|cheap|zero|reduced)[- ]interest)\s+loans?\b(?:(?<=\b(?:government|govt|gov['’]?t)\b[^.?!]{0,60})|(?=[^.?!]{0,40}\b(?:government|govt|gov['’]?t)\b)))`,
      // What the repayments come to, asked: "how much are the repayments on 90k", "what would the instalments be".
      String.raw`\b(?:how much|what) (?:are|is|would|will|do|does) (?:the |my |our )?(?:monthly |weekly |yearly )?(?:re)?(?:payments?|instal+ments?)\b` +
        String.raw`(?!\s+(?:options?|methods?|ways?|platforms?|apps?|terms?|codes?|links?)\b)`,
      // How a cost is worked out: "how is the monthly payment calculated", "how do they work out the interest".
      String.raw`\bhow (?:is|are) (?:the |my |our )?(?:monthly )?(?:payments?|repayments?|instal?lments?|fees?|charges?) (?:calculated|worked out|computed|figured out)\b`,
      // Not fees the firm collects ("tuition fees about 400k a semester", "service fees collected 500k a month"): its takings;
      // nor the running costs of selling ("courier fees are now 30k a month", shipping fees: round 31, fix31a).
      // Nor fees charged each customer ("fees about 1500 a month per kid"): a price.
      // ...nor fees taken in ("took in about 900k in fees last year"; round 66, judge-238); a thousands' comma no stop ("fees ~3,500 a month per kid").
      String.raw`(?<!\b(?:${FEES_NOT_ASKED})\s|${TAKEN_IN_EN})\bfees?\b(?!\s+(?:collected|income|revenue|we (?:charge|collect|take)|${FEES_BRING_IN}))(?!(?:[^.,;!?]|(?<=\d)[,.](?=\d)){0,30}\b${PER_CUSTOMER})`,
      // What a guarantor or a lender charges, asked in sums ("how much do guarantee companies usually charge"; round 39, convention 2).
      String.raw`\bhow much (?:do|does|would|will) (?:the |a |these |those )?(?:guarant\w* (?:compan\w*|firms?|agenc\w*)|banks?|lenders?|they) (?:usually |normally |typically )?(?:charge|take)\b`,
      // A flat rate named asks what it really costs: "is a 1.2% monthly flat rate the same as 14.4% a year".
      String.raw`\bflat (?:rate|interest)\b`,
      // The real rate or cost asked in few words: "real rate?", "the true cost", "effective apr".
      String.raw`\b(?:real|true|actual|effective) (?:annual |yearly )?(?:rate|cost|interest)\b`,
      // The monthly repayment asked, the noun left out or the question mark after it: "whats the monthly", "monthly repayment?".
      MONTHLY_ASKED_EN,
      MONTHLY_WEIGHED_EN,
      MONTHLY_POINTED_EN,
      // A charge for clearing the loan early asked ("is there a penalty if we clear it early", "any fee for settling early"; round 55,
      // convention 547): the loan's cost, as 违约金 reads.
      String.raw`\b(?:penalt(?:y|ies)|fees?|charges?)\b[^.?!]{0,30}\b(?:clear|settl|clos|pay|repay)\w*\b[^.?!]{0,16}\b(?:early|ahead of time|ahead of schedule)\b`,
      // The whole asked as a total ("whats the total per year", "what would the total be"; round 55, convention 548): the cost.
      TOTAL_ASKED_EN,
      // ...or in two words with its period, asked ("…another 1.5% a year, total per year?"; round 58, convention 704).
      String.raw`\btotal(?: cost)? (?:per|a|each|every) (?:year|month)\s*\?`,
      // The penalty asked: "what's the penalty if we pay late".
      String.raw`\bwhat(?:['’]?s| is| are| would be) the penalt(?:y|ies)\b`,
      String.raw`\bcharges\b`,
      String.raw`\bapr\b`,
      // The rate asked: "whats the monthly rate", "what is your rate".
      String.raw`\bwhat(?:['’]?s| is| are| would be) (?:the |your |their )?(?:\w+ ){0,2}rates?\b`,
      // ...to be checked or told ("can you check the rate for number 2", "tell me the interest rate"; round 64): not an exchange or tax rate.
      String.raw`\b(?:check|tell me|give me|find out|quote me|send me)\s+(?:on\s+)?(?:the |your |its |their )?(?!(?:exchange|fx|currency|tax|vat|tariff|duty)\b)(?:\w+ )?rates?\b`,
      // ...the one pointed at ("how much would that one cost us", "what would this one charge": round 27).
      String.raw`\bhow much (?:does|will|would|do) (?:it|this|that|they|(?:this|that|the) one|\w+|(?:a|an|the) (?:\w+ ){0,2}\w+) (?:really |actually |truly |exactly |all in |in total )?(?:cost|charge)\b`,
      // What a loan costs, asked with "what does": "what does a 10 million loan really cost per year at a bank", "what would it cost us".
      String.raw`\bwhat (?:does|will|would|do) ${LOAN_NAMED}(?: really| actually| truly| roughly)? (?:cost|charge)\b`,
      // ...or a way of financing named ("what does the third party payment cost?", "what would leasing charge"; round 64, found by a
      // tester), not a thing bought ("what will the renovation cost in total": its price, no loan's cost).
      String.raw`\bwhat (?:does|will|would|do) (?:the |a |an |this |that )?(?:[a-z-]+ ){0,3}?(?:${WAYS_PRICED}) ${PRICE_VERB}`,
      // A loan's cost asked with its sum: "what does a 10 million loan really cost per year", "how much would a 2 million bank loan cost us".
      String.raw`\b(?:how much|what) (?:does|will|would|do) (?:a|an|the|our|my) (?:[\w.,]+ ){1,4}?(?:loans?|credit|overdraft)${TERM_AFTER_LOAN} (?:really |actually |truly |all in |in total )?cost\b`,
      String.raw`\bexpensive\b`,
      // Of a rate or an offer just named: "月息2% is it high?", "is that too much".
      String.raw`\bis (?:it|that|this) (?:too )?(?:high|much|a lot)\b`,
      // ...judged high in a short follow-up, the rate, the fee or the price pointed at ("isnt that too high?", "that's a bit steep",
      // "that rate seems a bit high", "the fee looks pricey"; round 29): its cost.
      // ...or a lot (“isnt that a lot”; round 43).
      String.raw`\b(?:isn['’]?t|isnt|aint|ain['’]t) (?:it|that|this) (?:a bit |a little |way |rather |kinda |quite )?(?:too )?(?:high|steep|pricey|a lot)\b(?!\s+of\b)`,
      String.raw`\b(?:that|this|thats|that['’]s|the (?:rate|fee|interest|price|charge)s?|(?:that|this) (?:rate|fee|price|charge))` +
        String.raw`(?: is| seems| looks| sounds| feels)? (?:a bit |a little |way |rather |kinda |quite |pretty |really |very )?(?:too )?(?:high|steep|pricey)\b`,
      String.raw`\bcost of (?:borrowing|the loan|a loan|credit)\b`,
      // The whole cost asked: "total cost per year?", "what's the real cost".
      String.raw`\b(?:what(?:['’]?s| is| are| would be)|how much is) (?:the |our |my )?${WHOLE_COST}|\b${WHOLE_COST}[^.!?]{0,20}\?`,
      // ...of a loan with its sum and term, asked (round 33, convention 149): "total cost of a 150k loan over 2 yrs?".
      String.raw`\b${WHOLE_COST} (?:of|for|on) ${A_LOAN_OF_IT}\s*\?`,
      // ...or what a sum borrowed comes to all told (round 33, convention 149): "what would 500k for 18 months cost us altogether",
      // "roughly what would borrowing 200k for 2 years cost us in total"; a thing's price asked ("what would a new truck cost us") is none.
      // ...asked how much (how much would 300k for 1 year cost; round 33).
      String.raw`\b(?:what|how much) (?:would|will|does|do|might) ${SUM_BORROWED}[^.?!]{0,30}?\bcost\b(?: (?:us|me|the (?:business|firm|shop|company)))?(?:\s+(?:${ALL_TOLD}))?`,
      // ...a loan or borrowing named in it (what would the loan cost us in total), not a thing's price (what will the renovation cost in total).
      String.raw`\bwhat (?:would|will|does|do|might) (?=[^.?!]{0,40}?\b(?:borrow\w*|loans?|taking out|credit|financing)\b)[^.?!]{1,40}?\bcost\b(?: (?:us|me|the (?:business|firm|shop|company)))?\s+(?:${ALL_TOLD})\b`,
      // Whether an offer is worth taking, or what it costs a month: "is that a good deal?", "what would the monthly payment be".
      String.raw`\b(?:good|fair|bad|decent) (?:deal|offer|rate)\s*\?|\bis (?:it|that|this) a (?:good|fair|bad|decent) (?:deal|offer|rate)\b`,
      // ...or weighed against normal as too much ("is that normal or too much?"; round 45).
      String.raw`\b(?:worth it|reasonable|or too (?:much|high|expensive|steep|dear))\s*\?`,
      // ...or said a lot, agreement sought ("that's a lot isn't it"; round 45).
      String.raw`\bthat['’]?s (?:a lot|too much|steep|pricey)(?:,)? (?:isn['’]?t it|right|no)\b`,
      // ...a word of truth between ("how much will i actually pay back in total"; round 60).
      String.raw`\b(?:how much|what) (?:would|will|do|should) (?:i|we) (?:(?:actually|really|end up|truly) ){0,2}(?:have to )?(?:pay|paying|repay)\b(?!\s+(?:for|to) (?:the )?(?:rent|staff|wages|suppliers?|goods|stock)\b)`,
      // The repayments asked as they would come: "what would the repayments look like", "what will the payments come to".
      String.raw`\bwhat (?:would|will|do|does) (?:the |our |my )?(?:monthly )?(?:repayments?|payments?|instal?lments?) (?:be|look like|come to|work out (?:to|at))\b`,
      // The monthly payment asked: "what would the monthly payment be", "how much is the monthly repayment".
      String.raw`\b(?:what|how much)(?:['’]?s| would| will| is| are| does) (?:be )?(?:the|my|our) monthly (?:payment|repayment|instal?lment)s?\b`,
      // ...what they would come to, the noun plural or bare: "what would monthly payments look like", "what will the monthly instalments come to".
      String.raw`\bwhat (?:would|will|might|could|do|does) (?:the |my |our )?monthly (?:payment|repayment|instal?lment)s? (?:be|look like|come to|come out (?:at|to)|work out (?:at|to))\b`,
      // What each month's repayment comes to, as typed: "how much monthly?", "monthly need to pay how much".
      String.raw`\bhow much (?:to (?:re)?pay |(?:do|will|would) (?:i|we) (?:end up )?(?:re)?pay(?:ing)? )?${A_MONTH}\b(?! (?:revenue|sales|income|turnover|profit|takings)\b)`,
      String.raw`\b(?:monthly|per month|every month|each month) (?:need to |have to |must |should )?(?:pay|repay|payments?|repayments?|instal?lments?) (?:is )?how much\b`,
    ],
  },
  {
    // Leaving: bye, goodbye, see you; with thanks beside it (thanks, bye; ok bye), still a goodbye.
    command: 'goodbye',
    whole: [
      String.raw`\b(?:good\s?)?bye(?:\s?bye)?(?: for (?:now|today|tonight))?\b|\bsee (?:you|ya)(?: later| soon| next time)?\b|\bcya\b|\bgood ?night\b`,
      // Coming back another time: "ill come back tomorrow", "will check back later".
      String.raw`\b(?:i['’]?ll|ill|i will|we['’]?ll|we will|will) (?:come back|be back|check back|return|pop back)(?: (?:later|tomorrow|tmr|tmrw|next week|another (?:day|time)|soon))?\b`,
      // Leaving in chat words: "talk later", "gotta go", "later", "that's all, bye", "ttyl".
      String.raw`\b(?:talk|chat|speak) (?:to you |2 u |to u )?(?:later|soon|tomorrow)\b|\b(?:gotta|got to|have to|need to) (?:go|run|dash|head off)\b|\blater\b|\bttyl\b`,
      // ...all of it had (round 25): "thats everything i needed, bye", "that's everything, thanks".
      String.raw`\b(?:(?:ok(?:ay)?|cool|great|nice|awesome)(?: stuff)?[\s,.!~]+)?${ALL_HAD}\b(?=[\s,.!~]*(?:(?:good\s?)?bye|see (?:you|ya)|cya|later|thanks?|thx|cheers)\b)`,
      // ...or with the thanks before it (round 28, fix28c): "cheers, thats all i needed", "thanks, got everything we need".
      String.raw`\b(?:(?:thanks?|thank you|thx|ty|cheers|ok(?:ay)?|great|perfect)(?: (?:a lot|so much|very much|heaps))?[\s,.!~]+)+${ALL_HAD}\b(?! for\b)`,
      // The talk ended for a time, thanks before or not: "that's all for today", "cheers, thats it for now".
      String.raw`\b(?:(?:thanks?|thank you|thx|ty|cheers|ok(?:ay)?)[\s,.!~]+)?(?:that['’]?s|thats|that is) (?:all|it) for (?:now|today|tonight|the day)\b`,
      // ...or the understood, one or more before it: "ok got it, bye", "understood thx bye", "noted, cya"; k for ok ("k thx bye").
      String.raw`\b(?:(?:thanks?|thank you|thx|ty|ta|many thanks|ok(?:ay)?|kk?|cheers|${UNDERSTOOD})(?: (?:a lot|so much|very much))?[\s,.!~]*)+(?=(?:(?:good\s?)?bye|see (?:you|ya)|cya)\b)`,
      String.raw`(?<=\b(?:(?:good\s?)?bye|see (?:you|ya)|cya)\b[\s,.!~]*(?:and )?)(?:thanks?|thank you|thx|ty|many thanks|cheers)(?: (?:a lot|so much|very much))?\b`,
      // ...or the answer praised before it (round 23): "that really helps, bye", "thanks, it was very clear, bye"; the thanks
      // before the praise with it ("ok thanks so much that really helps bye").
      String.raw`\b(?:that|it|this)\s?(?:really |truly )?(?:helps|helped|(?:was|is|s) (?:very |so |really |super )?(?:clear|helpful|useful))\b(?: a lot| heaps| us)?(?=[\w\s,.!~]{0,24}\b(?:bye|see (?:you|ya)|cya)\b)`,
      String.raw`\b(?:(?:thanks?|thank you|thx|ty|cheers|ok(?:ay)?|great|wow)(?: (?:a lot|so much|very much))?[\s,.!~]*)+(?=(?:that|it|this)\s?(?:really |truly )?(?:helps|helped|was|is|s)\b)`,
    ],
  },
  {
    command: 'thanks',
    whole: [
      // ...in chat spellings and with more between: "thx a lot for the help", "tks so much for all your advice".
      String.raw`\b(?:${THANKS_SPELT})(?: (?:${THANKS_MUCH}))? for (?:your|the|all (?:the|your)) (?:help|advice|information|info|time|patience|answers?|explanations?)\b`,
      String.raw`\bi(?:'ll| will) think about it\b`,
      // Off to check with someone after thanks: "ok thanks, let me talk to my husband", "thx, will discuss with my partner
      // and come back" (said alone, "let me ask my wife first" is a skip: no answer now).
      `${AFTER_THANKS}${TALK_IT_OVER_WITH}`,
      // ...or off to a lender after thanks (round 29): "ill go to the bank tomorrow with the papers", "we'll drop by the credit union next
      // week", "gonna ask at the bank".
      // ...the subject left out, as chat does (round 30): "thx, gonna swing by the credit union tomorrow", "cheers, off to ask at the bank".
      // ...an acknowledgement before or thanks after it (round 60, found talking): "ok cool ill go ask the bank then, cheers",
      // "alright i'll talk to rural credit coop tomorrow, thx".
      String.raw`(?:${AFTER_THANKS}|${ACKNOWLEDGED_BEFORE}|${THANKS_LATER})${OFF_TO_A_LENDER}`,
      // ...or on the way there now, after thanks or praise ("ok thx, thats really helpful, heading to the bank now"; round 55).
      String.raw`(?:\b(?:i'?m|im|we'?re|were)\s+)?\b(?:heading|going|off|headed)\s+(?:to|over to)\s+(?:the\s+)?(?:bank|credit union|police(?: station)?|branch)\b(?:\s+(?:now|today|tomorrow|right now|rn))?`,
      // Praise for the answer: "very clear", "explained so well".
      // ...said of it ("that was really useful", "it was very clear", "this is super helpful").
      String.raw`\b(?:(?:that|it|this)\s?(?:was|is|s|['’]s) )?(?:very|so|really|super|quite) (?:clear|helpful|useful|detailed)\b`,
      String.raw`\b(?:that|it|this)\s?(?:was|is|s|['’]s) (?:clear|helpful|useful|detailed)\b|\bexplained (?:very |so |really )?(?:well|clearly)\b`,
      // Off to think it over, or told it helped: "我再 think 一下", "that helps a lot".
      String.raw`\b(?:i(?:'ll| will|ll) )?think (?:about it|it over)\b`,
      // ...or slept on ("thanks, i'll sleep on it"; round 37, fix37c).
      String.raw`\b(?:(?:i|we)(?:['’]ll| will|ll)? |gonna |let me )?sleep on it\b`,
      // ...with a degree before the clearing up (round 28, fix28c): "that really cleared it up", "that totally clears things up".
      String.raw`\bthat (?:really |totally |just |pretty much )?(?:helps|helped|is helpful|was helpful|(?:clears|cleared) (?:it|that|things|everything) (?:all )?up)\b(?! (?:me|us) out\b)(?: (?:a lot|heaps|loads|for (?:me|us)))?`,
      // An interjection opening the thanks or the praise (round 22): "wow that really helped, cheers", "oh, thanks a lot".
      String.raw`\b(?:wow|oh wow|omg|ah|aw|oh|great|nice|awesome|brilliant|perfect)\b(?=[\s,!.]*(?:that|this|it|thanks?|thx|ty|tyvm|cheers)\b)`,
      // ...with a word of degree between (round 22): "that really helps", "this really helped us", "it truly helps".
      String.raw`\b(?:that|this|it|you)\s?(?:['’]s |has |have )?(?:really|truly|so|very|super|totally|definitely|seriously) (?:helps|helped|helpful|useful)(?: (?:me|us)(?: out)?)?\b`,
      String.raw`\b(?:thanks?|thx|thank u|ty) (?:a lot|so much|very much|a million|heaps|loads|a ton|tons|a bunch)\b`,
      String.raw`\bgreat\b`,
      // Relief at nearly falling for it, after thanks ("thx so much, nearly fell for it lol", "almost got scammed there"; round 56).
      String.raw`${AFTER_THANKS}\b(?:(?:i|we)\s+)?(?:nearly|almost|so close to)\s+(?:fell|falling|fall)\s+for\s+(?:it|that|this|him|them)\b(?:\s+(?:lol|lmao|haha+|tbh))?`,
      String.raw`${AFTER_THANKS}\b(?:(?:i|we)\s+)?(?:nearly|almost)\s+(?:got|get|been)\s+(?:scammed|conned|done|tricked)\b(?:\s+(?:lol|lmao|haha+|tbh))?`,
      // ...or about to send it ("thx heaps, i was literally about to send it"; round 57, convention 619).
      // ...the subject left out ("legend, thanks. was about to pay him lol"; round 57, convention 649).
      String.raw`${AFTER_THANKS}\b(?:(?:(?:i|we)\s*)?(?:was|were|'?d been)\s+)?(?:literally\s+|just\s+|so\s+)?` +
        String.raw`(?:about to|gonna|going to|this close to|so close to)\s+(?:send|pay|transfer|wire)(?:ing)?\s+${SENT_WHAT}\b(?:\s+(?:lol|lmao|haha+|tbh))?`,
      // ...or already on the paying screen ("thank u so much, i was literally on the transfer page when i decided to ask lol"; round 57).
      String.raw`${AFTER_THANKS}\b(?:(?:i|we)\s*(?:was|were)\s+)?(?:literally\s+|already\s+|just\s+)?on\s+the\s+(?:transfer|payment|pay)\s+(?:page|screen)\b[^.!?]{0,40}`,
      // ...or nearly sent ("thanks, nearly sent it", "cheers, almost paid him"; round 57, found talking).
      String.raw`${AFTER_THANKS}\b(?:(?:i|we)\s+)?(?:nearly|almost)\s+(?:sent|paid|transferred|wired)\s+${SENT_WHAT}\b(?:\s+(?:lol|lmao|haha+|tbh))?`,
      // An acknowledgement word or praise said as chat does (round 37): "cool, that was really useful, cheers", "great stuff".
      // ...or the helper called one ("legend, thanks", "ur a lifesaver"; round 57, convention 649).
      String.raw`\b(?:cool|great|nice|awesome|brilliant|legend|lifesaver|life saver)(?: stuff)?\b`,
      String.raw`\bgot it\b`,
      String.raw`\bthank you (?:so |very )?much\b`,
      String.raw`\bthanks?\b`,
      String.raw`\bthank you\b`,
      String.raw`\bthank u\b`,
      String.raw`\bthx\b`,
      String.raw`\bty\b`,
      String.raw`\bcheers\b`,
      // British and Australian thanks ("ok ta"; round 64).
      String.raw`\bta\b`,
      String.raw`\bmany thanks\b`,
      String.raw`\bappreciate (?:it|that|your help)\b`,
      // ...with a degree before (round 23): "much appreciated", "really appreciate it".
      String.raw`\b(?:much|greatly|really|truly|very much) appreciated?\b(?: (?:it|that|your help))?`,
      String.raw`\bappreciated?\b`,
      String.raw`\btks\b|\bthanx\b|\btq\b|\bthnx\b|\bthnks\b|\btysm\b|\btyvm\b`,
    ],
  },
  {
    command: 'advice',
    anywhere: [
      String.raw`\bhow (?:do|can|could) (?:i|we) (?:get|find|raise) (?:a |some )?(?:loan|funding|financing|money|credit)\b`,
      ...wishToBorrow,
      // Not advice declined: "no recommendations please", "we don't need advice", "don't suggest anything".
      // Nor a thing the bot already put forward, pointed at ("the leasing option you suggested", "the one you recommended";
      // round 27): that thing asked about, no advice asked again.
      String.raw`(?<!\b(?:no|don['’]?t(?: need| want)?|do not(?: need| want)?|without)\s(?:any\s)?)\b(?:recommend\w*|advi[cs]e|suggest\w*)\b(?<!\b(?:you|u)\s(?:just\s)?(?:recommended|suggested|advised))`,
      String.raw`\b(?:my|our|what|which|any) (?:other |more |alternative )?options\b`,
      String.raw`\b(?:other|any) (?:options|alternatives?)\b`,
      String.raw`\bwhat should (?:i|we)\b`,
      String.raw`\bwhat can (?:i|we) do\b`,
      // ...what else, after a loan refused ("bank said no, what else can we do", "got rejected, what else could we try"; round 33,
      // convention 152): the advice, not the list's next page.
      // ...the refusal a lender's or a loan's (the bank said no, loan got rejected), not a buyer's or the owner's own ("we declined their
      // offer, what else do you need from me").
      String.raw`(?<=(?:${LENDER_REFUSED_EN})\b[^.?!]{0,20}?)\bwhat else\b(?! (?:do|did|would|will) you\b| should i (?:tell|say|send|give)\b)(?: (?:can|could|should|do) (?:i|we)(?: do| try)?)?`,
      // ...or whether anything can be done, a way out asked, no service named (round 25): "is there anything we can do", "anything
      // you could do for us", "what can be done", "any way out for us?".
      String.raw`\b(?:any|some) ?thing (?:(?:that|else) )?(?:we|i|you) (?:can|could) (?:do|try)\b|\bwhat can be done\b|\b(?:any|a|some) ways? (?:out|around (?:it|this|that))\b`,
      // ...or a way to get the money owed in (round 32, corpus convention 123): "any way to get it", "any way to get our money back",
      // "a way to recover it".
      // Only after a debt told (owe, owed, overdue, hasn't paid; round 32 review): not collecting payments online, nor paid early.
      String.raw`(?<=${DEBT_TOLD_BEFORE})\b(?:any|a|some) ways? to (?:${MONEY_GOT_IN})\b`,
      // ...or what to do, bare, and ideas asked (round 22): "what do we do" (not "what do we do with it": the currency's way), "any ideas".
      String.raw`\bwhat do (?:i|we) do\b(?!\s+(?:with|about (?:it|them|the (?:cash|money|notes)))\b)`,
      String.raw`\bany ideas?\b`,
      String.raw`\bwhich (?:one|service|product) (?:is|should|would)\b`,
      String.raw`\b(?:best|safest|cheapest|right|most suitable) (?:option|choice|way|product|service)s?\b`,
      String.raw`\bwhich (?:one )?(?:is|would be|will be|['’]s|['’]d be) better\b`,
      String.raw`\bcompare\b`,
      // What to do next, asked as 下一步怎么办 is: "what r the next steps", "what do we do now", "so what now", "where do i go from here".
      String.raw`\bnext steps?\b`,
      String.raw`\bwhat (?:do|should|can) (?:i|we) do (?:next|now)\b`,
      String.raw`\bwhat(?:['’]?s)? (?:now|next)\b`,
      String.raw`\bwhere do (?:i|we) go from here\b`,
      // Told to say it: "just tell me what to do", "tell us what we should do now".
      String.raw`\btell (?:me|us) what (?:to do|(?:i|we) should do|(?:i|we) (?:can|need to) do)\b`,
    ],
    whole: [String.raw`\bloans?\b`, String.raw`\bfinancing\b`, String.raw`\bborrow(?:ing)?\b`],
  },
  {
    command: 'more',
    anywhere: [
      String.raw`\bnext page\b`,
      // ...to us too, a few or some of them ("show us a few more", "can you show me some others"; round 31).
      String.raw`\bshow (?:me |us )?(?:some |a few |a couple )?(?:more|others|other ones)\b`,
      String.raw`\bsee more\b`,
      String.raw`\bload more\b`,
      String.raw`\bmore options\b`,
    ],
    // "next one", "keep going": the next page asked, said alone.
    whole: [
      String.raw`\bmore\b`,
      String.raw`\bnext(?: one| ones)?\b`,
      String.raw`\bkeep going\b`,
      // ...an ok or a so before it, then or is there after ("ok, what else then", "so what else is there"; round 62).
      String.raw`(?:\b(?:ok(?:ay)?|so|hmm+|alright)\b[,\s]*)?\bwhat else\b(?:\s+(?:then|is there|you got|have you got|do you have))?`,
      String.raw`\banything else\b`,
      String.raw`\bothers?\b`,
      // Any others or more asked, a showing after it ("any others?", "got any more", "any others you can show us"; round 31).
      String.raw`\b(?:(?:are there|got|have you got|do you have|you got)\s+)?any\s+(?:others|more(?: ones)?|other ones)\b(?:\s+(?:you|u) (?:can|could) show (?:us|me))?`,
    ],
  },
  {
    command: 'later',
    whole: [
      // A wait, time asked for, away or busy now, a reply later ("hold on", "brb", "driving rn", "will reply tonight"): the answer later,
      // the question kept (round 38, the lead: `later`).
      // A reply promised, whatever is done first ("let me check with my wife and get back to you", "will let you know tmr").
      String.raw`\b${WILL_REPLY}(?:get back to (?:you|u)|come back to (?:you|u)|let (?:you|u) know|reply later)\b`,
      // ...the figures promised at a time ("will send u the numbers tonight"; round 63).
      String.raw`\b${WILL_REPLY}(?:send|give|text|message)\s+(?:you|u)\s+(?:the|our|my)\s+(?:numbers|figures|details|info)${WHEN_BACK}\b`,
      // A customer named after the wait (first: the wait alone would leave the customer unread) ("one sec, customer", "hold on got a customer here"; round 38).
      // ...where the customer stands (hang on, customer at the counter; round 41).
      String.raw`\b(?:one sec|hold on|hang on|wait|brb|sorry|sry)[,!.\s]+(?:got |there['’]?s )?(?:a |some )?(?:customers?|guests?)${CUSTOMER_WHERE}?\b`,
      String.raw`\b(?:hold on|hang on|wait|one sec(?:ond)?|just a (?:sec|second|minute|moment)|one moment)\b`,
      // ...time asked for ("give me a bit", "gimme a few minutes", "give me 5 minutes").
      String.raw`\b(?:give me|gimme) (?:a (?:sec|second|minute|min|bit|moment)|a few (?:minutes|mins)|(?:a )?(?:five|5|ten|10) (?:minutes|mins))\b`,
      // ...back soon, or busy with a customer just come in ("brb", "be right back, customer", "a customer just walked in"): no answer now.
      // ...away at something else, the reply later ("on the road rn", "driving now", "will reply tonight").
      String.raw`\b(?:i['’]?m |im )?(?:on the road|driving|at work|in a meeting|out|outside) (?:now|rn|atm|right now|at the moment)\b`,
      // ...or when home, back or free ("will reply when home", "text you when i get back"; round 41).
      // (...the time in Chinese: "will reply 晚点"; round 46.)
      String.raw`\b(?:i['’]?ll |i will |will )?(?:reply|answer|text (?:you|u)|message (?:you|u))(?: (?:you|u))? (?:${REPLY_TIME})`,
      // ...away at the border, the port or the market, at its work ("at the border gate clearing a container", "stuck at 口岸 customs rn";
      // round 46).
      String.raw`\b(?:i['’]?m |im )?(?:stuck |busy |still |waiting )?(?:at|in) (?:the )?(?:${AWAY_AT})(?:\s*(?:customs|gate|office|口岸|海关))?(?:\s+(?:rn|now|atm|right now))?(?=\s|[,.!]|$)`,
      String.raw`\b(?:clearing|unloading|loading|checking|sorting|inspecting) (?:a |the |some |our )?(?:container|truck|lorry|goods|shipment|stock|load|cargo)s?\b`,
      // (...back in a count of minutes: "back in 10", "back in 5 mins"; round 47.)
      String.raw`\b(?:brb|be right back|back in a (?:sec|min|minute|bit|moment)|${BACK_IN_MINUTES}|(?:i['’]?m |im )?(?:(?:kinda|kind of|a bit|bit|pretty|quite|so|too|very) )?busy(?: (?:now|rn|atm|right now|at the moment))?)\b`,
      // ...someone to serve, had to ("gotta serve someone", "need to serve a customer"; round 37, fix37c).
      // ...or an officer or someone to see to ("brb, customs officer just walked in"; round 45).
      String.raw`\b(?:(?:a|some|the) )?(?:customers?|guests?|clients?|customs(?: officers?)?|officers?|inspectors?|police|someone|somebody) (?:just )?(?:walked|came|come|walks|comes|walking|coming) in\b`,
      // ...or goods just come in to see to ("hang on, the border truck just arrived, will answer in a bit"; round 44).
      String.raw`\b(?:the |a |our )?(?:[a-z]+ )?(?:trucks?|lorry|lorries|delivery|deliveries|goods|shipment|container|van)s? (?:just )?(?:arrived|came in|is here|are here|pulled in)\b`,
      // ...said with 's ("delivery truck's here, back in 10"; round 61).
      String.raw`\b(?:the |a |our )?(?:[a-z]+ )?(?:truck|lorry|delivery|shipment|container|van)['’]s here\b`,
      String.raw`\b(?:(?:gotta|got to|have to|need to|must) )?(?:serving|serve|with) (?:a |some )?(?:customers?|guests?|some ?(?:one|body))\b`,
    ],
  },
  {
    command: 'skip',
    whole: [
      String.raw`\bidk(?: tbh)?\b`,
      // The owner looking first ("let me check", "let me see", "lemme have a look"): no answer now.
      String.raw`\b(?:let me|lemme|i['’]?ll|i will)\s+(?:check|see|look|have a look|take a look|look into it|check on (?:it|that))(?: first)?\b(?!\s+(?:with|at|up|through|the|my|our)\b)`,
      // ...or to talk it over with first, said alone: "let me ask my husband first", "i'll talk it over with my partner",
      // "will discuss with my wife and come back" (with thanks before it, a thanks).
      TALK_IT_OVER_WITH,
      // ...the proposal put off for now before it ("hold off for now, gotta run it by my partner", "nah not yet, need to ask
      // my wife": round 27).
      String.raw`\b(?:(?:no|nope|nah)\s+)?(?:(?:let['’]?s )?hold off|not (?:right )?now|not yet|not for now|not just yet)(?: (?:for now|for a bit|on that|on it))?\b(?=.*\b(?:ask|check|talk|discuss|speak|run it by)\b)`,
      // ...as it is done (checking the ledger, pulling up the accounts), the stock counted (gotta count the stock in the back).
      // ...the figures of a period named (pull up last year's numbers).
      String.raw`\b${ABOUT_TO}(?:${CHECKING})\s+(?:the\s+|my\s+|our\s+)?(?:${PERIOD_OF_BOOKS})?(?:${BOOKS})(?: first)?(?:\s+(?:in|at|out)\s+(?:the\s+)?(?:${BACK_ROOM}))?\b`,
      // ...the place where the stock is, checked (gotta check the stockroom, need to look in the back).
      String.raw`\b${ABOUT_TO}(?:${CHECKING}|look in|go to)\s+(?:the|my|our)\s+(?:${BACK_ROOM})(?: first)?\b`,
      String.raw`\b${ABOUT_TO}(?:ask|asking|check with|checking with|confirm with|talk to)\s+(?:my|our|the)\s+${WHO_KNOWS}\b${WHEN_BACK}`,
      String.raw`\b${ABOUT_TO}(?:check|look at|go through|look up)\s+(?:the|my|our)\s+(?:books|accounts|records|numbers|figures)(?: first)?\b`,
      // ...who promises it and what it is about after it ("i'll get back to you on the sales figure", "will let you know about the
      // turnover").
      String.raw`\b(?:(?:and|then|n)\s+)?${WILL_REPLY}(?:${REPLY_PROMISED})${REPLY_ABOUT}(?: ${REPLY_WHEN})?\b`,
      String.raw`\bnot sure yet\b`,
      // "skip", "maybe skip this one", "pass on that question".
      String.raw`\b(?:maybe )?(?:skip|pass)(?: on)?(?: (?:this|that|it)(?: one| question| part| bit)?)?\b`,
      String.raw`\bdunno\b`,
      // The question put off, the owner to be asked again ("ask me later", "ask me again tomorrow", "come back to this later":
      // round 26).
      String.raw`\b(?:ask|try) me (?:again )?(?:later|tomorrow|tmr|tonight|another time|next time)\b|\b(?:come back to|do) (?:this|that|it) (?:one )?later\b`,
      // Never worked out: "never counted", "never checked", "haven't counted".
      // ...what is asked named after it ("haven't worked out the amount yet").
      // ...added up or tallied ("never added it up", "haven't totted it up").
      String.raw`\b(?:never|haven['’]?t|have not|didn['’]?t)(?: really| ever)? (?:${WORKED_OUT})(?: (?:the |how )?(?:amount|term|sum|numbers?|figures?|much|long))?(?: yet)?\b`,
      // ...about the question asked: "not sure about this one".
      String.raw`\bnot sure(?: about (?:this|that|it)(?: one| question)?)?\b`,
      String.raw`\bdon['’]?t know(?: yet)?\b`,
      // Someone else keeps the books ("my accountant does the books", "my wife handles the money"): the figure not known.
      // ...the question pointed at ("no idea, my accountant handles that", "my partner sorts all that out").
      // ...the keeper named with no my or the ("not sure, accountant handles it"), the paperwork or the money side kept (round 33).
      String.raw`\b(?:(?:my|our|the)\s+)?${WHO_KNOWS}\s+(?:${KEEPS})\s+(?:(?:the|our|all the|all our)\s+)?(?:${BOOKS_KEPT})\b`,
      String.raw`\b(?:(?:my|our|the)\s+)?${WHO_KNOWS}\s+(?:${KEEPS}|knows)\s+(?:all )?(?:that|this|it|those)(?: stuff| side| part)?\b`,
      // ...then asked later: "i'd have to ask her", "i'll need to ask him".
      // ...or asked later, said plainly: "i'll ask him tonight".
      // ...checked with or talked to: "i'll check with her tonight".
      String.raw`\b(?:(?:i['’]?d|i would|i['’]?ll|i will|i)?\s*(?:have to|need to|gotta|must)|i['’]?ll|i will) (?:ask|check with|talk to|confirm with) (?:her|him|them)${WHEN_BACK}\b`,
      // ...said to know: "my old man knows that stuff", "my wife knows the numbers".
      String.raw`\b(?:my|our|the)\s+${WHO_KNOWS}\s+knows?(?: (?:all )?(?:that|this|those|the)(?: stuff| numbers| figures| part| side| one)?)?\b`,
      String.raw`\bno idea\b`,
      String.raw`\bunsure\b`,
      // ...with what is declined named: "prefer not to share the revenue numbers", "rather not say our profit".
      // ...whom it is not told to between ("rather not tell you our turnover"; round 41).
      // ...or how much the firm makes ("id rather not say how much we make, can we skip that one"; round 63).
      String.raw`\b${RATHER_NOT} (?:say|answer|tell|share|give|disclose)(?: (?:you|u))?(?: (?:the|our|my|that|this))?(?: ${ASKED_FACT})?(?: ${FACT_NOUN})?${HOW_MUCH_MADE}?\b`,
      // Someone else to ask, told to the bot ("you'd have to ask my accountant", "you'll need to ask my wife"; round 41).
      String.raw`\b(?:you['’]?d|you would|you['’]?ll|you will|you)\s+(?:have to|need to|gotta|must) (?:ask|check with|talk to) (?:my|our|the) ${WHO_KNOWS}\b`,
      String.raw`\bno comment\b`,
      // Not decided yet: "haven't decided yet", "not decided".
      // ...what is asked named after it: "haven't decided how much yet", "not figured out the term".
      String.raw`\b(?:(?:haven['’]?t|have not|not)(?: yet)? (?:decided|figured(?: it)? out|worked(?: it)? out|settled)(?: on)?(?: (?:the )?(?:how much|how long|amount|term|sum|length))?(?: yet)?|undecided)\b`,
      String.raw`\bnext question\b`,
      // No preference, said of what is asked: "term doesn't matter", "any term is fine", "no preference".
      String.raw`\b(?:(?:the )?(?:term|length|duration|period|timing|amount|time)\s+)?(?:doesn['’]?t|does not|dont) matter\b`,
      String.raw`\bany (?:term|length|duration|period|amount)(?: is)? (?:fine|ok|okay|good)\b`,
      // ...with what is asked named after it: "no preference on the term", "no real preference about how long".
      String.raw`\bno (?:real |particular )?preference (?:on|about|for|as to) (?:the )?(?:term|length|amount|sum|period|how long|how much)\b`,
      String.raw`\b(?:no preference|either is fine|anything is fine|any is fine|whatever(?: works)?|up to you)\b`,
      // Not known, in chat words: "no clue", "beats me", "not a clue", "can't say".
      // ...with have ("haven't a clue", "havent got a clue"), and offhand, not known right now ("dunno offhand").
      String.raw`\b(?:no clue|not a clue|beats me|(?:can['’]?t|cannot|hard to) say|(?:haven['’]?t|have not|don['’]?t have)(?: got)? (?:a|any) clue)\b`,
      String.raw`\b(?:off ?hand|off the top of my head)\b`,
      // ...on the lender ("depends on the bank i guess", "depends which bank"): no answer of the owner's.
      String.raw`\b(?:it )?depends (?:on )?(?:the |which )?(?:banks?|lenders?|offers?)(?: i guess| i think| really)?\b`,
      // It depends on what is still to come, the harvest or the season (no answer yet; 'depends on the rate' asks about the loan).
      // ...two of them, or the prices ("depends on the weather and prices").
      String.raw`\b(?:it )?depends on (?:the |this year['’]?s |how the )?${STILL_TO_COME}(?: (?:and|or) (?:the )?${STILL_TO_COME})?(?: goes| go| are| is)?\b`,
      // It varies, can't be told: "it varies a lot", "couldn't tell you".
      String.raw`\b(?:it )?varies(?: a lot| too much| year to year)?\b|\bcouldn['’]?t (?:tell you|say)\b`,
      // It depends, said alone: no answer yet.
      String.raw`\b(?:it )?depends\b`,
    ],
  },
  {
    command: 'help',
    anywhere: [
      String.raw`\bwhat can you do\b`,
      // What the bot can do or help with, asked loosely, the bot named any way ("what exactly can this chatbot help us with", "what can
      // u do for us", "so what can u actually help with"; round 31), closing its clause.
      String.raw`\bwhat (?:exactly |else |all |sort of things |kind of things |kinds of things |things |stuff )?(?:can|could|do|does) (?:you|u|ya|it|this (?:bot|chatbot|chat bot|thing|app|assistant|service)|the bot)` +
        String.raw` (?:actually |really |exactly |even )?(?:do|help(?: (?:us|me))?(?: with)?|offer|assist(?: (?:us|me))?(?: with)?)(?: for (?:us|me))?(?=\s*(?:[?.!,]|$))`,
      String.raw`\bwhat do you do\b`,
      String.raw`\bhow (?:do|can) i use\b`,
      String.raw`\bhow does this (?:bot|thing) work\b`,
      String.raw`\bwho are you\b`,
      String.raw`\bwhat are you\b`,
      // Whether the bot is a person ("r u a bot", "am i talking to a real person?"): the help says what it is.
      String.raw`\b(?:are|r) (?:you|u) (?:a |an )?(?:bot|robot|machine|ai|real person|human|person)\b`,
      String.raw`\bam i (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:bot|robot|machine|ai|real person|human|person)\b`,
    ],
    whole: [
      String.raw`\bhelp\b`,
      String.raw`\bmenu\b`,
      String.raw`\binstructions\b`,
      String.raw`\bhow does this work\b`,
      // "what is this", "i dont get it, how to use": the bot itself asked about.
      String.raw`\bwhat is this(?: thing| bot)?\b`,
      String.raw`\bhow (?:to|do i|do we) use(?: (?:this|it|you))?\b`,
      String.raw`\bi don['’]?t get it\b`,
    ],
  },
  {
    command: 'greeting',
    whole: [
      String.raw`\banyone (?:there|here|around)\b`,
      // Presence checks: "u there?", "is anybody there", "you online?".
      String.raw`\b(?:(?:are|r) )?(?:you|u|ya|anybody|somebody|someone) (?:there|here|around|online)\b`,
      String.raw`\bis (?:anyone|anybody|someone|somebody) (?:there|here|around|online|home)\b`,
      String.raw`\b(?:anyone|anybody) (?:home|about|in)\b`,
      String.raw`\bhi\b`,
      String.raw`\bhello\b`,
      String.raw`\bhey\b`,
      String.raw`\bhiya\b`,
      String.raw`\b(?:good )?(?:morning|afternoon|evening)\b|\bgood day\b`,
      String.raw`\bgreetings\b`,
      // A question announced with nothing asked yet: "i have a question", "can i ask something", "quick question".
      String.raw`\b(?:i|we) (?:have|got|['’]ve got) (?:a |a few |some |two |2 )?(?:quick )?(?:question|query|querie)s?\b`,
      String.raw`\b(?:can|could|may) (?:i|we) ask (?:you )?(?:something|a question|a few questions|sth)\b`,
      String.raw`\b(?:i|we)(?:['’]d| would)? (?:like|want|wanna) to ask (?:you )?(?:something|a question|a few questions)\b`,
      String.raw`\bquick question\b`,
      String.raw`\bnihao\b`,
    ],
  },
];

export const languageRules: readonly LanguageWords[] = [
  {
    locale: 'en',
    anywhere: [
      String.raw`\b(?:switch|change)(?: back)? (?:to|into) english\b`,
      String.raw`\b(?:speak|talk|reply|answer|respond|write|chat)(?: \w+){0,2} in english\b`,
      String.raw`\bspeak english\b`,
      String.raw`\buse english\b`,
      String.raw`\bin english\b`,
      String.raw`\benglish please\b`,
      String.raw`\b(?:speak|talk|reply|answer|use|switch to|change to|in)\s*(?:英文|英语)`,
      String.raw`\benglish version\b`,
    ],
    whole: [String.raw`\benglish\b`, String.raw`\beng\b`],
  },
  {
    locale: 'zh-CN',
    anywhere: [
      String.raw`\b(?:switch|change)(?: back)? (?:to|into) (?:chinese|mandarin)\b`,
      String.raw`\b(?:speak|talk|reply|answer|respond|write|chat)(?: \w+){0,2} in (?:chinese|mandarin)\b`,
      String.raw`\bspeak (?:chinese|mandarin)\b`,
      String.raw`\buse chinese\b`,
      String.raw`\bin (?:chinese|mandarin)\b`,
      String.raw`\b(?:chinese|mandarin) (?:please|pls|plz)\b`,
      // The language named in Chinese after an English verb: "can speak 中文 ma", "reply in 普通话".
      String.raw`\b(?:speak|talk|reply|answer|use|switch to|change to|in)\s*(?:中文|汉语|普通话|华语)`,
      String.raw`\bchinese version\b`,
    ],
    whole: [String.raw`\bchinese\b`, String.raw`\bmandarin\b`, String.raw`\bzhongwen\b`],
  },
];

export const fillers: Words = [
  // Hesitation and address around a short reply: "hmm not sure", "thanks teacher".
  String.raw`\bhmm+\b`,
  // Frankness said around a short reply: "no idea tbh", "honestly not sure".
  String.raw`\b(?:tbh|honestly|frankly|to be honest|really)\b`,
  // ...the figure not known to the unit (dunno exactly, not sure exactly; round 33).
  String.raw`\b(?:exactly|precisely)\b`,
  // No hurry, said around a reply put off: "no rush, i'll get back to you".
  String.raw`\bno (?:rush|hurry)\b`,
  // An apology around a short reply: "haven't counted, sorry".
  String.raw`\b(?:sorry|sry|soz)\b`,
  String.raw`\bteacher\b`,
  // Whom a short message is said to: "hi boss", "thanks mate", "you there sir?".
  String.raw`\bboss\b`,
  String.raw`\bmate\b`,
  // Chat particles closing a short reply, among Chinese words too (不知道 la, 不清楚 lor).
  String.raw`\b(?:la|lah|lor|leh|loh)\b`,
  String.raw`\bsir\b`,
  String.raw`\bguys\b`,
  String.raw`\bbro\b`,
  String.raw`\bbuddy\b`,
  String.raw`\bdude\b`,
  String.raw`\bma'?am\b`,
  String.raw`\bfolks\b`,
  String.raw`\bplease\b`,
  String.raw`\bpls\b`,
  String.raw`\bplz\b`,
  String.raw`\bcan\b`,
  String.raw`\bcould\b`,
  String.raw`\bwould\b`,
  String.raw`\bwill\b`,
  String.raw`\byou\b`,
  String.raw`\bu\b`,
  String.raw`\bi\b`,
  String.raw`\bme\b`,
  String.raw`\bmy\b`,
  String.raw`\bwe\b`,
  String.raw`\bus\b`,
  String.raw`\bour\b`,
  String.raw`\bwant\b`,
  String.raw`\bwanna\b`,
  String.raw`\bto\b`,
  String.raw`\blike\b`,
  String.raw`\blet['’]?s\b`,
  String.raw`\blet\b`,
  String.raw`\bthe\b`,
  String.raw`\ba\b`,
  String.raw`\ban\b`,
  String.raw`\bnow\b`,
  String.raw`\bthanks\b`,
  String.raw`\bthank\b`,
  String.raw`\bthx\b`,
  String.raw`\bhi\b`,
  String.raw`\bhello\b`,
  String.raw`\bhey\b`,
  String.raw`\bjust\b`,
  String.raw`\bgo\b`,
  String.raw`\bsome\b`,
  String.raw`\bin\b`,
  String.raw`\binto\b`,
  String.raw`\bswitch\b`,
  String.raw`\bchange\b`,
  String.raw`\bback\b`,
  String.raw`\bspeak\b`,
  String.raw`\btalk\b`,
  String.raw`\breply\b`,
  String.raw`\brespond\b`,
  String.raw`\banswer\b`,
  String.raw`\bwrite\b`,
  String.raw`\buse\b`,
  String.raw`\busing\b`,
  String.raw`\blanguage\b`,
  String.raw`\bwith\b`,
  String.raw`\bshow\b`,
  String.raw`\bgive\b`,
  String.raw`\bget\b`,
  String.raw`\bneed\b`,
  String.raw`\bdo\b`,
  String.raw`\bis\b`,
  String.raw`\bthere\b`,
  String.raw`\bany\b`,
  String.raw`\bok\b`,
  String.raw`\bokay\b`,
  String.raw`\ba(?:l|ll )right\b`,
  String.raw`\bversion\b`,
  String.raw`\bmode\b`,
  String.raw`\breply\b`,
];

/** A firm or a platform pointed at, not a kind of service ("that factoring company", "they", "those guys"): see zh. */
export const firmPointedAt: Words = [
  // Not the owner's own firm or one like it ("a small company like ours", "our company"; round 28, fix28c).
  String.raw`(?<!\b(?:small|little|our|my|own)\s)\b(?:compan(?:y|ies)|firms?|platforms?|apps?|they|them|guys|people|agents?|brokers?|lenders?|this one|that one|websites?)\b`,
];

/** Talked or written to, later (talk, text, get back to you). */
const TALKED_LATER = String.raw`talk|chat|speak|text|msg|message|reply|get back to (?:you|u)`;
/** A little later: later, soon, tonight, tomorrow. */
const A_BIT_LATER = String.raw`later|soon|tmr|tomorrow|tonight|in a bit|after`;
/** The talk put off to a little later, closing an aside ("gotta pick up my kid, talk later", "phone dying, ttyl"): see zh (round 37, fix37c). */
export const laterTalk: Words = [
  String.raw`\b(?:(?:i['’]?ll |will |we['’]?ll |can we )?(?:${TALKED_LATER})(?: (?:to |with )?(?:you|u))?(?: again)? (?:${A_BIT_LATER})|ttyl|talk soon)\b`,
];

/** The owner's firm spoken of as a kind ("a small factory like ours", "for firms like us"): see zh. */
export const kindOfFirmAsked: Words = [String.raw`\blike (?:ours|us|mine|me)\b|\bsuch as ours\b`];

/** Whether a kind is allowed, asked of the owner's firm ("are we allowed to do crowdfunding", "can we legally use leasing"): see zh. */
export const permissionAsked: Words = [
  String.raw`\b(?:are|am)\s+(?:we|i)\s+(?:even\s+|actually\s+|really\s+)?(?:allowed|permitted)\s+to\b|\b(?:can|could|may)\s+(?:we|i)\s+legally\b`,
  String.raw`\bis (?:it|that) (?:even\s+)?(?:allowed|permitted) for (?:us|me|a|an|small)\b`,
];

/** A service weighed by a price word ("is leasing expensive for us", "cost-wise", "would it be cheap"): see zh. */
export const servicePriced: Words = [
  String.raw`\b(?:expensive|pricey|pricy|costly|cheap|affordable|cost-?wise|price-?wise)\b|\bcosts? (?:a lot|much|too much)\b`,
];

/** What may come first: so, ok, and, but, still. */
// ...or after a sigh ("so thats it? no way to get my money back at all"; round 53).
const BACK_ASKED_LEAD = String.raw`(?:so\s+)?(?:that'?s it\s*\?*\s*)?(?:so\s+|ok\s+|and\s+|but\s+)?(?:still\s+)?`;
/** Who would get it back, after the opener (round 52: "can the police still get it back"). */
const BACK_ASKER = String.raw`(?:i|we|to|the police|the bank|they|anyone|you)`;
/** The getting, and what: "get it", "recover the money". */
const BACK_WHAT = String.raw`(?:it|them|the money|my money|our money|that money|that|any of it)`;
// ...clawed with the money between ("can the bank claw it back"; round 57, convention 618).
const BACK_VERB = String.raw`(?:get|getting|recover|recovering|reverse|reversing|claw back|claw|clawing|pull|pulling|bring)`;
const BACK_SEEN = String.raw`(?:see|seeing)\s+(?:it|the money|my money|our money|that money|any of it|a cent of it)\s+(?:again|back)`;
// ...or seen again ("any chance i see that money again", "will we ever see it again"; round 56).
// ...still after the modal ("any chance the police can still get it back"; round 58, convention 707).
const BACK_GETTING = String.raw`(?:(?:can|could|will|would)\s+(?:still\s+)?)?(?:ever\s+)?(?:${BACK_VERB}\s+${BACK_WHAT}|${BACK_SEEN})`;
/** How the ask opens: can, will, is there any way, any chance of. */
// ...or any chance ("is there any chance i see it again"; round 56).
// ...at all after the way ("is there any way at all the bank can claw it back"; round 57, convention 618).
const BACK_ASKED_OPENER =
  String.raw`(?:can|could|will|would|do|is there (?:still )?(?:any|a) (?:way|chance|hope)(?: at all)?(?: (?:of|that))?` +
  String.raw`|any (?:chance|way|hope)(?: of| to)?|how (?:can|do)|no (?:way|chance|hope)(?: (?:to|of))?)`;
/**
 * Getting money back asked with nothing said of what money ("can i get it back", "any chance of getting it back?", "will i get my money
 * back"; round 50): read by run.ts only when the message reads nothing else; the dialog answers it after a fraud's answer.
 */
export const moneyBackAsked: Words = [
  String.raw`(?:^|[.!?,]\s*)\s*${BACK_ASKED_LEAD}${BACK_ASKED_OPENER}?\s*${BACK_ASKER}?\s*(?:still\s+)?${BACK_GETTING}\s*(?:back)?\s*(?:at all)?\s*\?*\s*$`,
];

/** Money not sent said: "havent paid them anything", "didnt send it yet", "we have not transferred". */
const NOT_SENT_VERB = String.raw`(?:havent|haven't|have not|have nt|didnt|didn't|did not|did nt)\s+(?:paid|sent|transferred|send|pay|transfer|given|give)`;
const NOT_SENT_WHAT = String.raw`(?:\s+(?:them|him|her|it|anything|any money|a (?:cent|penny|thing)|the money|the fee)){0,2}(?:\s+(?:yet|at all))?`;
/** Thanks said first, before a reply to a fraud's answer ("thx, didnt pay", "thanks. whats the number to check"; round 57, found talking). */
const THANKS_FIRST = String.raw`(?:(?:thanks?|thx|ty|cheers)(?:\s+(?:a lot|so much|heaps))?\s*[,.!]*\s*)?`;
const NOT_SENT = String.raw`${THANKS_FIRST}(?:no+|nope|nah|ok|okay|alright)?\s*,?\s*(?:luckily|thank god|thankfully)?\s*,?\s*(?:i|we)?\s*${NOT_SENT_VERB}${NOT_SENT_WHAT}`;
/** A worry or relief said with it: "but im worried", "phew". */
const WORRIED = String.raw`(?:but|and)?\s*(?:i'?m|im|we'?re|were)\s+(?:so\s+|really\s+|a bit\s+|kinda\s+)?(?:worried|scared|nervous|panicking|freaked out)|phew|thank god`;
// ...or the other side hanging up ("and he hung up"; round 55).
/** When it was done: "the second he asked for the code", "as soon as she said pay". */
// ...or when the owner said he would check ("hung up when i said id ring the bank myself"; round 57, convention 616).
const THE_MOMENT = String.raw`(?:\s+(?:the second|the moment|as soon as|right after|when)\s+(?:he|she|they|i|we)\s+[^.?!]{0,36})`;
// ...his number blocked the moment he asked ("blocked his number the second he asked for the code"; round 55).
// ...the number pointed at ("hung up and blocked the number"; round 57, convention 646).
const BLOCKED = String.raw`blocked (?:him|her|them|(?:his|her|their|the|that) (?:number|wechat|account|contact))`;
const CUT_OFF = String.raw`(?:and\s+)?(?:i\s+|we\s+|he\s+|she\s+|they\s+)?(?:hung up(?: on (?:him|her|them|me|us))?|${BLOCKED}|ignored (?:him|her|them))${THE_MOMENT}?`;
/** How the other side presses: calling, texting, sending voice messages (round 54: "he keeps sending voice msgs tho"). */
const PRESSING = String.raw`(?:pushing|calling|ringing|phoning|texting|messaging|chasing|sending (?:me |us )?(?:voice (?:msgs|messages|notes)|msgs|messages|texts))`;
// ...from other numbers ("he keeps ringing from different numbers"; round 56).
const PRESS_FROM = String.raw`(?:\s+from\s+(?:different|new|other|another|a different|a new|loads of|lots of)\s+(?:numbers?|phones?|accounts?))`;
/** The other side pressing: he, they, or the agent, the caller, the guy (round 66, judge-237: "the agent keeps calling me about it"). */
const PRESSER = String.raw`(?:he|she|they|(?:the|that|this) (?:agent|guy|caller|man|woman|lady|salesman|loan agent|broker))`;
/** What the pressing is about, and how often: "about it", "about the fee"; "every hour", "all day". */
const PRESSED_ABOUT = String.raw`(?:\s+about (?:it|that|the fee|the money|the deposit))?(?:\s+(?:every|each) (?:hour|day|minute)|\s+all day)?`;
const STILL_PRESSING = String.raw`(?:but\s+)?${PRESSER}(?:'s|s|'re| is| are| keeps?| kept)?\s+(?:still\s+)?${PRESSING}(?: (?:me|us))?${PRESS_FROM}?${PRESSED_ABOUT}(?:\s+(?:tho|though))?`;
/** Said to check first: "said id go to the bank first", "told him i'd ask my boss" (round 53). */
// ...oneself ("told him id call the bank myself"; round 55).
const CHECKER = String.raw`(?:the |my |our )?(?:bank|police|you|boss|wife|husband|family)(?:\s+(?:first|myself|directly))?`;
const CHECKING_FIRST = String.raw`(?:and\s+)?(?:i\s+)?(?:said|told (?:him|her|them))\s+(?:i'?d|id|i would|i'?ll|ill|i will)\s+(?:go to|check with|call|ask|talk to)\s+${CHECKER}`;
/** The other side turning nasty when put off ("he got nasty and hung up"; round 57, convention 616), as zh's TURNED_NASTY. */
const TURNED_NASTY =
  String.raw`(?:but\s+|and\s+|then\s+)?(?:he|she|they)\s+(?:got|went|turned|became|started (?:getting|being))\s+` +
  String.raw`(?:really\s+|super\s+|all\s+)?(?:nasty|angry|rude|aggressive|abusive|mad|threatening)(?:\s+(?:${CUT_OFF}))?`;
/** The one claimed reached on the number known ("rang my son on his old number and hes totally fine"; round 57), as zh's checked. */
const CHECKED_KNOWN =
  String.raw`(?:and\s+)?(?:i\s+|we\s+)?(?:rang|called|phoned|messaged|texted)\s+(?:my|our|the)\s+[a-z]+(?:\s+[a-z]+)?\s+on\s+(?:his|her|their|the)\s+` +
  String.raw`(?:old|real|usual|own|normal)\s+number(?:\s+and\s+(?:he|she|they|it)(?:'s|s|'re| is| are)?\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|ok|okay|safe|alright))?`;
/** Not paying now, said or asked to be sure ("ok so i shouldnt pay the fee then?", "so i wont pay him"; round 60, convention 715). */
const WONT_PAY =
  String.raw`(?:(?:ok|okay|so|right)\s*,?\s*){0,2}(?:i|we)\s+(?:shouldn'?t|should not|won'?t|will not|am not going to|'?m not gonna|im not gonna|don'?t)\s+` +
  String.raw`(?:pay|send|transfer|wire)(?:\s+(?:him|her|them|it|the fee|the deposit|anything|that))?(?:\s+then)?(?:\s*,?\s*right)?\s*\??`;
const SENT_FEELING = String.raw`${WORRIED}|${CUT_OFF}|${STILL_PRESSING}|${CHECKING_FIRST}|${TURNED_NASTY}|${CHECKED_KNOWN}|${WONT_PAY}`;
/** Money not (yet) sent, said alone after a fraud was described ("no i havent sent anything", "didnt pay yet, but im worried"): see zh. */
export const notSentYet: Words = [`^\\s*(?:(?:${NOT_SENT}|${SENT_FEELING})\\s*[,.!~]*\\s*)+$`];

const CALL_WHOM = String.raw`(?:who|whom|what number|which number|which office|where)`;
const CALLING = String.raw`(?:call|ring|phone|contact|report (?:it |this |that )?(?:to)?|check with)`;
/** The office to check with, after the calling ("which number do i ring to check with the court"; round 54). */
const OFFICE_CHECKED = String.raw`(?:\s+to\s+(?:check|verify|ask|confirm)(?:\s+(?:it|this|that))?\s+(?:with|at)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)`;
/** Whether it is really who said, checked ("to check if its really customs", "to see whether hes actually from the bank"; round 56). */
const IS_REALLY = String.raw`(?:its|it'?s|it is|he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are|this is|that'?s|thats)`;
const CHECK_IF_REAL = String.raw`(?:\s+to\s+(?:check|see|find out|verify|confirm)\s+(?:if|whether)\s+${IS_REALLY}\s+(?:really|actually|truly)?\s*(?:from\s+)?(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)`;
/** The number asked after it: "whats the number", "and what is their phone number" (round 53). */
const NUMBER_ASKED = String.raw`(?:(?:and\s+)?(?:what'?s|whats|what is) (?:the|their) (?:number|phone number)\s*)`;
/** Whom to call asked, alone ("who do i call first", "what number should i ring", "who to call"): see zh. */
/** An office's or a firm's own number asked, to ring it oneself ("whats the fire dept's real number, i'll ring them myself"; round 55). */
const OWN_NUMBER_ASKED = String.raw`(?:what'?s|whats|what is)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?(?:'s|s)?\s+(?:real|official|actual|own|proper)?\s*(?:phone\s+)?(?:number|hotline)`;
/** The number for a line named ("whats the number for that anti fraud line"; round 57, convention 617). */
const NUMBER_FOR_LINE = String.raw`(?:what'?s|whats|what is)\s+(?:the\s+)?(?:phone\s+)?number\s+(?:for|of)\s+(?:that|the|this)\s+[a-z]+(?:[\s-][a-z]+){0,2}?\s+(?:line|hotline|helpline|centre|center)`;
/** The real number named, then whose ("whats the real number for customs"; round 57, convention 648). */
const REAL_NUMBER_FOR = String.raw`(?:what'?s|whats|what is)\s+(?:the\s+)?(?:real|official|actual|proper)\s+(?:phone\s+)?(?:number|hotline)\s+(?:for|of)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?`;
/** The number to check or call with, asked ("whats the number to check", "what's the number i should call"; round 57, found talking). */
// ...a hotline, and whom to check on after it ("ok whats the hotline i should call to check on this guy?").
const NUMBER_TO_CHECK =
  String.raw`(?:what'?s|whats|what is)\s+(?:the\s+)?(?:phone\s+)?(?:number|hotline|line)\s+(?:to|(?:i|we)\s+should)\s+(?:check|call|ring|verify)(?:\s+to\s+(?:check|verify))?` +
  String.raw`(?:\s+(?:on\s+)?(?:it|that|this|him|her|them|with|(?:this|that)\s+(?:guy|person|caller|number)))?`;
// ...gonna said for it ("gonna ring them myself"; round 57, convention 648).
const RING_MYSELF = String.raw`(?:i'?ll|ill|i will|we'?ll|let me|so i can|(?:i'?m\s+|im\s+)?(?:gonna|going to))\s+(?:ring|call|phone|contact)\s+(?:them|it|him|her)(?:\s+(?:myself|ourselves|directly))?`;
export const whoToCallAsked: Words = [
  String.raw`^\s*${THANKS_FIRST}(?:so|ok|okay|then|and)?\s*,?\s*(?:${OWN_NUMBER_ASKED}|${NUMBER_FOR_LINE}|${REAL_NUMBER_FOR}|${NUMBER_TO_CHECK})\s*[,?.]?\s*(?:${RING_MYSELF})?\s*[?.!]*\s*$`,
  // ...or how to check it asked ("how do i check it", "how can i verify that"; round 52).
  String.raw`^\s*(?:so|ok|okay|then)?\s*,?\s*how (?:do|can|should) (?:i|we) (?:check|verify|confirm) (?:it|that|this|him|her|them)\s*\??\s*$`,
  // ...where to check it, and the number asked ("where do i check that, whats the number"; round 53).
  String.raw`^\s*(?:so|ok|okay|then)?\s*,?\s*where (?:do|can|should) (?:i|we) (?:check|verify|confirm) (?:it|that|this|him|her|them)\s*[,?]?\s*${NUMBER_ASKED}?\??\s*$`,
  // ...and the office to check with after it ("which number do i ring to check with the court"; round 54).
  // ...two openers, and whether the caller is who he said asked after it ("ok so what number do i call to check if its really customs"; round 56).
  String.raw`^\s*(?:(?:so|ok|okay|then|and)\s*,?\s*){0,2}${CALL_WHOM}\s+(?:(?:do|should|shall|can)\s+(?:i|we)\s+|to\s+)${CALLING}(?:\s+(?:first|then|now|about it))?` +
    String.raw`(?:${OFFICE_CHECKED}|${CHECK_IF_REAL})?\s*\??\s*$`,
];

/** An English month's name, short or whole (the one source: both locales' terms by a date, run.ts's ENGLISH_MONTH). */
export const MONTH_NAME_EN = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
/** A month by its name, or the year's end (read by run.ts, termUntil). */
const MONTH_NAMES_EN = `(${MONTH_NAME_EN})`;
/** A hedge before a reply: "prob", "probably", "maybe", "i think" (round 56). */
const HEDGE_EN = String.raw`prob(?:ably)?|prolly|maybe|likely|about|i think|i guess|guess`;
/** Repaid, used or needed by then: "pay it back", "need it back", "wont need it", "repay". */
const PAID_BACK_EN = String.raw`pay(?:ing)? (?:it |this |that |the loan |you |them )?back|repay\w*|clear (?:it|the loan)|borrow (?:it )?|use it`;
// ...or not touched, or spare, till then ("500k we wont touch till march", "~300k spare till oct"; round 65).
const NEEDED_EN = String.raw`need (?:it |the money |them )?(?:back|again)|(?:won'?t|wont|will not|don'?t|dont|do not) (?:need|touch)(?: it| the money| them)?|sitting|sits|lying|idle|spare(?! parts?| tyres?| tires?)|doing nothing`;
const UNTIL_VERB_EN = String.raw`\b(?:${PAID_BACK_EN}|${NEEDED_EN})\b`;
/**
 * The money's term by a date ("pay it back by april", "wont need it till march", "need it back by the end of the year"; round 52): the
 * month (group 2) or the year's end (group 3), next year's or not (group 1); see zh.
 */
export const termUntil: Words = [
  // ...said alone, as the reply to how long ("till april", "by next march").
  // ...a hedge before it, the year's end without "the" ("prob till end of year"; round 56).
  `^\\s*(?:(?:${HEDGE_EN})\\s+)?(?:till|until|by|before|around)\\s+(?:early\\s+|mid\\s+|late\\s+|the end of\\s+)?(next\\s+)?(?:${MONTH_NAMES_EN}|(the end of the year|end of (?:the |this )?year|year[- ]end)|(?:the )?rainy season)\\s*[.!?]*\\s*$`,
  `${UNTIL_VERB_EN}[^.?!]{0,30}?\\b(?:till|til|'til|until|by|before|in)\\s+(?:early\\s+|mid\\s+|late\\s+|the end of\\s+)?(next\\s+)?(?:${MONTH_NAMES_EN}\\b(?:\\s+next\\s+year\\b)?|(the end of the year|end of (?:the |this )?year|year[- ]end|new year)|(?<=\\bbefore\\s+(?:next\\s+)?)(?:the )?(?:next )?rainy season)`,
  // ...a month of next year closing the reply after what it waits for ("till the beans are sold, prob march next year"; round 60,
  // convention 714).
  `(?:^|[,;]\\s*)(?:(?:${HEDGE_EN})\\s+)?(?:(?:till|until|by|around)\\s+)?(?:early\\s+|mid\\s+|late\\s+)?(?:${MONTH_NAMES_EN})\\s+next\\s+year\\s*[.!?]*\\s*$`,
];
/** This time next year, as the term ("pay it back this time next year"): twelve months. */
export const termYearOn: Words = [String.raw`${UNTIL_VERB_EN}[^.?!]{0,24}?\b(?:this time next year|by next year this time)\b`];

/** When the money must be back, told by a later use ("need it back before we stock up for new year"; round 52): see zh. */
export const useTimesMoneyBack: Words = [String.raw`\bneed (?:it|the money|them) back (?:before|by|for|when)\b`];
