// English word lists for figures: money cues (the words around a sum that say what it is:
// revenue, assets, the amount needed, a unit price, a sum that is none of ours) and marks (a
// year, a month, a day, a head-count label, a total, "fewer than", a denial, a term, the firm's
// age, a rate), each found as a mention and read by pipeline/figures.ts from where it stands; the
// fillers that may stand between a mark and its number.

import type { FigureGaps, MarkWords, MoneyCueWords, Words } from '../types';

/** All told, between what was said and the period it is asked for ("whats that all in per year"; round 58). */
export const ALL_TOLD_THEN = String.raw`(?: (?:all in|in total|altogether|all up|all told))?`;

/** Every month or week (round 30): a payment's own period, said before it. */
const EVERY_PERIOD = String.raw`\b(?:monthly|every month|each month|every week|each week|weekly)\b`;
/** A sum right after, a hedge before it (round 30): " about 300k", " rmb 50k". */
const SUM_NEXT = String.raw`\s*(?:about |around |roughly |like |maybe |some |over )?(?:rmb|cny|¥)?\s*\d`;
/** Sales looked at, not a sum wanted ("looking at 2m in sales this year"). */
const SALES_LOOKED_AT = String.raw`[^,.;!?]{0,30}\b(?:sales|revenue|turnover|a year|per year|a month|per month)\b`;

/** About, around: the words before a sum of sales. */
/** A sum said alone to open the message, then how much or what asked ("200k, how much would the", "500k, what would the"). */
const SUM_THEN_ASKED = String.raw`^\s*(?:about |around |roughly )?(?:rmb ?|¥)?\d[\d,.]*\s*(?:k|m|w|mil|million|grand|yuan|rmb|万)?\s*[,;:]\s*(?:so |then |and )?(?:how much|what)\b[^.;?!]{0,30}?`;
const ABOUT = String.raw`(?:(?:about|around|roughly|some|over|nearly|almost|like|maybe|approx\.?|approximately|just under|just over)\s+)?`;
/** The sum itself, its unit and currency: "1.5 mil", "800k", "rmb 60,000", "2 million yuan", "900k or so". */
const SALES_SUM = String.raw`(?:rmb|cny|¥)?\s*\d[\d,]*(?:\.\d+)?\s*(?:k|m|w|mil|mill?ions?|thousand|grand|wan)?(?:\s*(?:yuan|rmb|cny|kuai|bucks))?(?:\s*(?:-ish|or so))?`;
/** Its period: "a year", "per month", "annually", "last year" (round 41). */
const SALES_PERIOD = String.raw`(?:\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|yr|mo|season)|\s+(?:annually|monthly|yearly|weekly|daily)|\s+(?:last|this|past)\s+(?:year|yr))?`;
/**
 * A sum of sales and its period as owners type them after a verb of selling ("about 1.5 mil a year", "60k a month",
 * "roughly 2m annually"): words that name no goods, so a sum said between a verb of selling and "to" ends the words
 * before the customers (industries.ts, scopes.ts), no longer window.
 */
/** This year as it will end: "we'll finish around", "we will close at" (round 25). */
// ...or as it should or might end, the verb of doing too ("this year we should end up near 1.4m", "we might do 900k": round 27).
// ...likely or going to between ("we'll likely hit", "we're likely to do", "we're gonna do": round 28).
const YEAR_SUBJECT = String.raw`we(?:['’]?ll| will| should| might| ought to| prob(?:ably)?| reckon we['’]?ll|['’]?re| are)?(?: (?:prob(?:ably)?|likely|gonna|going to|to))*`;
const YEAR_ENDING = String.raw`${YEAR_SUBJECT} (?:finish|end|close|do|hit|make|reach|get to|land)(?: up)?(?: at| on| around| near)?`;
/** A hedge before a year's sum: about, around, prob, closer to. */
const YEAR_HEDGE = String.raw`(?:about|around|roughly|approx|approximately|maybe|like|almost|nearly|over|prob|probably|likely|closer to|close to|near|somewhere around|more like|looking like|looks like)`;
/** A hedge before what a wish costs: prob, about, around. */
const COST_HEDGE = String.raw`\b(?:prob|probably|about|around|roughly|maybe|approx|approximately)\b`;
/** A wish to get, open or build something: "need to buy", "want to open", "planning to set up" (round 25: a budget after it). */
const WANTING_TO_GET_INFINITIVE = String.raw`\b(?:need|needs|want|wants|looking|plan|plans|planning)\s+to\s+(?:buy|get|replace|upgrade|add|open|build|set up|start|expand|renovate|fit out)\b`;
/** ...said with the verb's -ing or the thing planned ("thinking of opening a 2nd shop", "planning a second shop": round 31, fix31c). */
/** Words of planning before what is planned: thinking of, considering, planning on, looking into. */
const PLANNING_WORDS = String.raw`\b(?:thinking (?:of|about)|considering|planning (?:on )?|looking (?:at|into))`;
/** What is planned: getting or opening something (buying, opening, setting up), or one more of it ("a second", "a new"). */
const PLANNED_GETTING = String.raw`(?:buying|getting|replacing|upgrading|adding|opening|building|setting up|starting|expanding|renovating|a (?:second|2nd|third|3rd|new)\b)`;
const WANTING_TO_GET_ING = String.raw`${PLANNING_WORDS}\s*${PLANNED_GETTING}`;
const WANTING_TO_GET = String.raw`(?:${WANTING_TO_GET_INFINITIVE}|${WANTING_TO_GET_ING})`;

/** Who or what a hard time hit, after its verb ("killed us", "hit the village"): see the age-before marks. */
/** The verb of a hard time, past, irregular too; not a lender's (approved) nor a wish (needed, borrowed). */
const HARD_VERB = String.raw`\b(?!(?:approv|lend|loan|grant|offer|fund|financ|sign|quot|borrow|need|want|request|ask|appli|us)ed)(?![a-z]*eed\b)(?:[a-z]+ed|hit|shut|kept|held|cut|left|put|took|knocked|broke|froze|sank|shook|beat)`;
const HARD_HIT = String.raw`(?:us|me|them|it|everyone|everything|(?:the|our|my) (?:[a-z-]+ ){0,2}?[a-z-]+)`;

/** About, before a sum (round 29, goods bought by their value). */
const ABOUT_WORD = String.raw`(?:about |around |roughly |over |up to |nearly |maybe |like |some )`;
/** A sum of goods: rmb 50k, 200,000 yuan. */
const SUM_OF_GOODS = String.raw`(?:rmb|cny|¥)?\s*\d[\d.,]*\s*(?:k|m|mil|million|w|万)?\s*(?:rmb|yuan|cny)?`;

/** A year's trading judged after it ("was bad", "not bad", "pretty slow"; round 41): said between the year and its sum. */
const YEAR_JUDGED_EN = String.raw`\s+(?:was\s+|is\s+|been\s+)?(?:(?:pretty|quite|really|very|kinda|a bit|so)\s+)?(?:bad|slow|ok|okay|good|fine|tough|rough|hard|quiet|alright|not bad|not great|not good|so-so|better|worse|meh)`;
export const SALES_SAID = `${ABOUT}${SALES_SUM}${SALES_PERIOD}`;

/**
 * "each" right before a figure, a thing named between or not ("need 3 more trucks, each 450k", "each truck is 450k"): the price of
 * one of the things counted (round 24); not a period ("each month 30k"). One list for the price cue below and `EACH_BEFORE_SUM`
 * (lexicon/index.ts, read by pipeline/figures.ts `thingsCounted`), each framing it with the figure after it.
 */
/**
 * People gone from a count said before ("12 but 2 just quit", "10, 3 of them left last month", "minus the 2 part timers"):
 * their heads are taken off it (round 26). After the count that is gone, or before it.
 */
export const staffGoneAfter: Words = [
  String.raw`(?:\s+(?:of them|of those|of us|people|staff|workers|guys|employees))?\s+(?:just\s+|recently\s+|already\s+|have\s+|has\s+)?(?:quit|left|resigned|retired|walked out|gone)\b`,
];
export const staffGoneBefore: Words = [String.raw`\b(?:minus|less|take away|lost)\s+(?:the\s+)?`];
export const eachBeforeFigure: Words = [
  String.raw`\beach(?!\s+(?:month|year|day|week|season|quarter|time|night|yr|mo)s?\b)(?:\s+(?:one|[a-z]+))?\s*(?:is|costs?|at|about|around|=|:)?`,
];

/** Stock and seedlings raised: "raise" before them names the trade, not money raised. */
const STOCK_RAISED = [
  ...['pigs?', 'hogs?', 'cattle', 'cows?', 'goats?', 'sheep', 'yaks?', 'chickens?', 'ducks?', 'geese', 'poultry', 'fish', 'trout'],
  ...['sturgeon', 'bees', 'silkworms', 'rabbits?', 'crayfish', '(?:bull)?frogs', 'deer', 'rats', 'seedlings', 'livestock', 'animals'],
];

/** What an owner calls the firm whose age follows: "open a noodle shop 2 years". */
const firmNouns: Words = [
  'shop',
  'store',
  'restaurant',
  'cafe',
  'business',
  'company',
  'factory',
  'farm',
  'hotel',
  'guesthouse',
  'stall',
  'homestay',
  'inn',
  'salon',
  'workshop',
  'bakery',
  'clinic',
  'studio',
  'teahouse',
  'bar',
];

/** The owner's own money toward a cost: "we have 200k", "i can put in 40k", "down payment 20万" (no sum wanted). */
const OWN_FUNDS: Words = [
  String.raw`\b(?:i|we)(?:'ve| have)? (?:can |could )?(?:have|got|put in|saved(?: up)?|raised)\b`,
  String.raw`\bdown ?payment(?: of| is)?\b`,
  // The sum put in of the owner's own ("I can put 400k of my own money in"; round 64, found by a tester).
  String.raw`\b(?:i|we) (?:can |could |will |['’]ll )put\b`,
  // Without a subject, as owners type: "…, have 100k of our own, …", "got 50k saved".
  String.raw`(?<=(?:^|[,;])\s*)(?:have|got|saved(?: up)?|put in)\b`,
  String.raw`\bmy own\b`,
  // "own money 50w", "our own funds 200k", as traders write it.
  String.raw`\b(?:(?:our|my) )?own (?:money|funds|cash|savings)\b`,
  // Savings or money put by named before their sum ("have some savings, 50k", "i've put away 40k", "savings of 60k"; round 38, fix38b,
  // convention 343): the owner's own.
  String.raw`(?:\b(?:(?:some|our|my) )?savings?(?: of| are| is)?,?|\bput (?:away|aside|by)\b)`,
];

// What a price is given for: goods by the piece or weight, a night, a load, a worker.
const PRICED_UNIT = [
  // Goods by the piece or weight: "per bag", "each bottle", "a kilo".
  'bag|kg|kilo|box|bottle|piece|unit|cup|cake|pack|packet|jar|item|bowl|plate|night',
  // A load: "per container", "a truckload", "each pallet".
  'container|load|truckload|shipment|ton|tonne|crate|pallet',
  // A head or worker: "per person", "each picker".
  'head|person|worker|picker|driver|waiter|cook|helper|employee|staff',
  // A customer, a child or a place served: "per kid", "a student", "per guest", "per room" (round 66, a tester's daycare fees).
  'kid|child|student|pupil|customer|guest|patient|client|room|table|class|lesson|session',
].join('|');
// Not a payment the firm makes: "to pay upfront", "to pay our suppliers", "to pay wages".
// ...nor the firm paying its suppliers, named with a word before them (round 20: "for 90 days to pay vietnamese suppliers",
// "for 半年 to pay 泰国 supplier": the loan's term, then what it pays).
// ...nor the loan paid back ("need 80k, 6 months to pay it back": the term; round 39).
const PAID_BACK_WORDS = String.raw`(?:it|that|them|this|the loan|the money)\s+(?:back|off)|back|off`;
const NOT_PAID_BY_US = String.raw`(?!\s+(?:(?:upfront|up front|up-front|in advance|for|our|the|my|${PAID_BACK_WORDS}|(?:\S+\s+){0,2}(?:suppliers?|farmers|growers|workers|staff|wages))\b|(?:\S+\s+)?(?:供应商|厂家)))`;

/** A loan said before in the sentence: its sum is no year's takings. */
/** Whom the firm owes, named before the sum: "a logistics firm", "our supplier" (not "us", nor "on 250k"). */
const CREDITOR = String.raw`(?!us\b|me\b|on\b|for\b|in\b|about\b|around\b)(?:(?:the|our|my|a|an|some)\s+)?[a-z-]+(?:\s+(?!about\b|around\b|roughly\b|like\b|maybe\b|over\b|nearly\b|almost\b|rmb\b)[a-z-]+)?`;
/** A loan asked later to pay that debt: "… and need a loan to pay them". */
const DEBT_THE_LOAN_PAYS = String.raw`[^.!?]*\b(?:loan|borrow\w*|need)\b[^.!?]{0,24}\bto pay (?:them|it|him|her|that|this|(?:them|it) (?:off|back))\b`;
const A_LOAN_BEFORE = String.raw`\b(?:loans?|borrow\w*|lent|lend\w*|owe\w*|debts?)\b[^.!?]{0,40}`;
/** A sum opening a clause, with the word after it: "maybe 2.4m last", ", about 900k this". */
// ...the sum pointed at, then was or is ("the 2m was last years sales", "2m was last year"; round 65).
const SUM_OPENING_A_CLAUSE = String.raw`(?:^|[,;.!]|\b(?:and|but|so))\s*(?:(?:the|that)\s+)?(?:(?:about|around|roughly|maybe|like|approx|prob|probably)\s+)?\d[\d.,]*\s*(?:k|m|mil|million|mn)?(?:\s+(?:rmb|yuan|cny|kuai))?(?:\s+(?:was|is))?\s+\w+`;
/** A thing wanted or bought, before its price: "getting a bigger roaster", "want a new truck". */
const THING_WANTED = String.raw`\b(?:get|getting|buy|buying|want|wanna|need|replac\w*|upgrad\w*|purchas\w*)\b`;
/** A new one, priced and then borrowed for ("a new one costs about 120k, we'd like to borrow that"); not a price
 * said alone ("a new oven costs like 40k these days"). */
const NEW_ONE = String.raw`\b(?:new|bigger|another|second)\b`;
const BORROWED_AFTER = String.raw`[^.?!]*?\b(?:borrow\w*|loan|financ\w*)\b`;
/** Its price said: "its about", "it's like", "costs", "runs", "goes for". */
const ITS_PRICE = String.raw`(?:(?:(?:it|that|which|this|the (?:new )?one)(?:['’]s|s| is| costs?| runs?| goes for)?)|costs?|runs?|goes for|priced at)\b`;
/** A sum right after, with a hedge: " about 350k", " like 200k". */
const ABOUT_A_SUM = String.raw`\s+(?:(?:about|around|roughly|like|maybe|approx\w*|nearly|almost|over|just|only)\s+)?(?:rmb|cny|¥)?\s*\d`;
/** The price of the thing wanted, said after it: "getting a bigger roaster, its about 350k", "want a new
 * truck, costs about 400k", "a new van runs like 200k"; or before the wish: "a filling machine is about 200k, we want one". */
/** The wish said after the price: ", we want one", "and we need to buy one", ", i'd like to get it". */
const WANTED_AFTER = String.raw`[^.?!;,]{0,12}[,;]?\s*(?:and\s+|so\s+)?(?:we|i)(?:['’]d)?\s+(?:want|need|wanna|would like|like|plan|hope)\s+(?:to\s+(?:buy|get|add|have)\s+)?(?:one|it|that|a new one|another)\b`;
const PRICE_OF_A_THING_WANTED = String.raw`(?:(?<=${THING_WANTED}[^.?!]{0,40}?)\b${ITS_PRICE}(?=${ABOUT_A_SUM})|(?<=${NEW_ONE}[^.?!]{0,40}?)\b${ITS_PRICE}(?=${ABOUT_A_SUM}${BORROWED_AFTER})|\b(?:is|${ITS_PRICE})(?=${ABOUT_A_SUM}${WANTED_AFTER}))`;
/** Verbs of money earned over a period, past: "did", "turned over", "pulled in", "brought in". */
const EARNED = ['did', 'made', 'turned over', 'grossed', 'pulled in', 'brought in', 'took in', 'raked in'].join('|');

/** A wish to get a thing: "wanna get", "need to buy", "looking to replace". */
const WISH_TO_GET = String.raw`\b(?:wanna|want to|need to|gonna|going to|plan to|planning to|looking to|hoping to)\s+(?:get|buy|add|replace)`;
/** The thing named after it, a word or two with an article and a word of its kind: "a new oven", "a second truck". */
const THING_NAMED = String.raw`(?:(?:a|an|one|another|two|some)\s+)?(?:(?:new|bigger|second|used|second-hand)\s+)?[a-z-]+(?:\s+[a-z-]+)?`;
export const moneyCues: readonly MoneyCueWords[] = [
  {
    slot: 'revenue',
    words: [
      String.raw`\b(?:we|i)\s+(?:${EARNED}|sold)\b`,
      // "good days we do 5k", "we do like 80k a month": takings, a sum right after.
      // Not a sum asked ("can we do 500k", "could i do 300k instead"): the one wanted.
      String.raw`(?<!\b(?:can|could|shall|should|cant|can't|can’t)\s+)\b(?:we|i)\s+do\b(?=\s*(?:(?:about|around|roughly|like|maybe|almost|over|nearly)\s+)?\d)`,
      // Without a subject, as owners type: "made 3.6m last yr", "did 800k this year".
      String.raw`(?:^|(?<=[,;.]\s*))(?:${EARNED})\b`,
      // ...and what was sold, its worth right after ("sold 1.8 million RMB of green beans last year").
      String.raw`(?:^|(?<=[,;.]\s*))sold\b(?=\s*(?:(?:about|around|roughly|like|maybe|almost|over|nearly)\s+)?(?:rmb|¥)?\s*\d)`,
      String.raw`\brevenues?\b`,
      // Chat abbreviations: "rev around 1.2m", "yearly rev 3m".
      String.raw`\brev\b`,
      // "last year about 800k", as 去年大概两百万: last year's takings (not "last year we borrowed 300k").
      // ...and this year's ("this year around 1.2m", beside next year's hope).
      // ...and this year's as it will end ("this year we'll finish around 2.2m", "this year prob closer to 1.8m").
      // ...the ending's words read with the cue, so a long one keeps the sum within reach ("we'll likely hit around 1.1m": round 28).
      // ...or an earlier year's ("the year before last about 1.2 million", "2 years ago around 900k": round 29, fix29b).
      // ...the year's own, then was or is ("last year's was 2m, this year's probably 1.7m": round 36, corpus convention 243).
      // ...or so far ("this year so far about 600k"; round 41, convention 284's case).
      String.raw`\b(?:(?:last|this) (?:year|yr)|(?:the )?(?:year|yr) before last|(?:two|2) (?:years|yrs) ago)(?:['’]s(?:\s+(?:was|is))?)?\b(?:\s+so far\b)?(?:[,\s]*${YEAR_ENDING}(?=\s))?(?=[,\s]*(?:${YEAR_HEDGE}\s+)*\d)`,
      // ...the year's trading judged first ("last year was bad, about 300k", "this year not bad, maybe 800k"; round 41), as 去年不太好 三十来万.
      String.raw`\b(?:last|this) (?:year|yr)(?=${YEAR_JUDGED_EN}[,;\s]+(?:${YEAR_HEDGE}\s+)*\d)`,
      // A sum and its year as a clause of its own: "1.8m last year", "sell to cafes, maybe 2.4m last yr" (the year's takings).
      // Not a loan's sum ("bank gave us a loan, 300k last year").
      String.raw`(?<!${A_LOAN_BEFORE})\b(?:last|this)(?<=${SUM_OPENING_A_CLAUSE}) (?:year|yr)(?:['’]?s (?:sales|revenue|turnover))?\b(?=\s*(?:[.,;!]|$))`,
      String.raw`\bturnover\b`,
      // A factory's output value (产值): "output last year 6m", "annual output value about 20m".
      String.raw`\boutput(?: value)?\b`,
      // Money taken in at the till: "monthly takings about 150k", "we take in 5k a day", "the till does 3k".
      String.raw`\btakings\b`,
      // Not a loan taken as what might be ("if we take 250k, how much a month"): the amount below.
      String.raw`(?<!\b(?:if|say|suppose|supposing)\s+)\b(?:we|i)\s+take(?: in)?\s+(?=(?:about|around|roughly|like|maybe|almost|over|nearly)?\s*\d)`,
      // "sale per day around 4000", "one yr sale about 6 mil": sales in Chinglish (not "for sale").
      String.raw`(?<!\bfor )\bsales?\b`,
      String.raw`\bincome\b`,
      String.raw`\bmake about\b`,
      // "busy months we make 90k", "we make 40k off the stall": a sum made is takings (not "we make 18 payments of 3900":
      // a sum, not a count, right after).
      String.raw`\b(?:we|i|they)\s+make\b(?=\s*(?:(?:about|around|roughly|like|maybe|probably|prob|almost|over|nearly|only|just)\s+)*(?:rmb|¥)?\s*(?:\d[\d.,]*\s*(?:k|m|mil|million|w|万)\b|\d{4,}|\d{1,3}(?:,\d{3})+))`,
      // "sell about 80k a month", "we do 2 mil a year": sales over a period.
      String.raw`\b(?:sell|sold|do|make|turn over|pull in|bring in|${EARNED})\s+(?:about|around|roughly|like|maybe|almost|over|nearly)\b`,
      String.raw`\bgross\b`,
      // Turning over a sum, with no hedge ("we turn over 1.5 mil", "the shop turns over 80k a month"; round 30).
      String.raw`\bturns? over\b(?=\s*(?:rmb|¥)?\s*\d)`,
      // Present tense with any subject, a sum right after: "busy months bring in 90k", "the shop pulls in about 60k".
      String.raw`\b(?:brings?|pulls?|rakes?)\s+in\b(?=\s*(?:(?:about|around|roughly|like|maybe|almost|over|nearly)\s+)?\d)`,
      // Work billed: "we bill clients around 200k a month", "invoiced about 3m last year".
      // A sum in Chinese numerals too, as mixed messages write it ("we billed 三百万 last year").
      String.raw`\b(?:bill(?:s|ed)?|invoice[sd]?)(?:\s+(?:our\s+|the\s+)?(?:clients?|customers?|buyers?))?\b(?=\s*(?:(?:about|around|roughly|like|maybe|almost|over|nearly)\s+)?(?:\d|[一二两三四五六七八九十几]))`,
      // Takings: "monthly takings around 60k", "the till takes 3k a day".
      String.raw`\btakings\b`,
      // Gross merchandise value, as livestream and online sellers count their sales.
      String.raw`\bgmv\b`,
      // "i sell fruit online, around 80k a month": what is sold, when a sum with a period follows.
      String.raw`\bsell(?:s|ing)?\b(?!\s+for\b)`,
      // Goods shipped or moved, said as their worth or roughly: "we ship 80k worth a month", "move about 2m a year".
      String.raw`\b(?:ship(?:s|ped)?|move[sd]?)\s+(?:(?:about|around|roughly|like|maybe|almost|over|nearly)\b|(?=[^,.;]{0,16}\bworth\b))`,
    ],
  },
  { slot: 'assets', words: [String.raw`\bassets?\b`] },
  {
    slot: 'price',
    words: [
      String.raw`\b(?:each|per|a|one)\s+(?:${PRICED_UNIT})\b(?:\s+(?:sells?|costs?|is|goes)(?:\s+for)?)?`,
      String.raw`\bunit price\b`,
      // "each" before the figure (buy 3 more trucks, each 450k; each truck is 45万): a piece's price (`eachBeforeFigure`).
      ...eachBeforeFigure.map((w) => String.raw`${w}(?=\s*(?:rmb|cny|¥)?\s*\d)`),
      // "each one sells for 12", "each 卖 8 块" (traders mix them): a piece's price.
      String.raw`\beach(?:\s+one)?\s*(?:sells?(?:\s+for)?|costs?|goes for|卖|要)`,
      String.raw`\bsells? for\b`,
      String.raw`\bretails? (?:at|for)\b`,
      String.raw`\bpriced at\b`,
    ],
  },
  {
    slot: 'other',
    words: [
      // A product's least sum ("the minimum deposit is 200k", "min investment 50k"; round 54): the bank's, no figure of the owner's.
      String.raw`\b(?:minimum|min\.?)\s+(?:deposit|investment|to open|buy[- ]in|subscription)(?:\s+(?:is|of|was))?`,
      // Prepaid or membership cards sold or topped up ("150k of membership cards", "prepaid cards … about 200k sold so far"; round 33,
      // fix33c, convention 159): the customers' money paid ahead for services still owed, no sales and no sum of the firm's.
      String.raw`\b(?:prepaid|pre-paid|membership|member|stored[- ]value|top-?up|gift|loyalty) cards?\b`,
      String.raw`(?<=\b(?:prepaid|pre-paid|membership|member|stored[- ]value|top-?up|gift|loyalty) cards?\b[^.;!?]{0,60})\b(?:sold|topped up|loaded)\b`,
      // ...and lessons, classes or treatments sold ahead in packages ("300k of prepaid class packages", "course packs paid upfront",
      // "lesson packs sold"; round 34, fix34d, convention 202): the same money paid ahead.
      String.raw`\b(?:(?:prepaid|pre-paid|class|lesson|course|session|treatment|wash|tuition)\s+)+(?:packages?|packs?|passes|bundles)\b`,
      // A difference against another time ("down 20k from the same quarter last year", "up 50k on last year"; round 27,
      // convention 36): how much more or less, no sum of its own.
      String.raw`\b(?:down|up)(?: by)?(?=\s+(?:about |around |roughly |like )?(?:rmb|cny|¥)?\s*\d[\d.,]*\s*(?:k|m|w|million|thousand)?\s+(?:from|on|than|compared|vs)\b)`,
      // The owner's own money toward a cost: "we have 200k", "we got 700k from family".
      ...OWN_FUNDS.map((w) => String.raw`${w}(?=\s*(?:about |around |only |just )?(?:rmb|cny|¥)?\s*\d)`),
      // Money owed to the firm: "the supermarket owes us 200k", "200k in receivables".
      String.raw`\bowes?\s+(?:us|me)\b`,
      String.raw`\b(?:in\s+)?receivables?\b`,
      // ...said of the money ("300k still owed to us", "we're owed 400k", "2m outstanding from the hotels", "900k in unpaid
      // invoices", "sitting on 1.2m of our money", "hasn't paid us 900k", "still waiting on 900k from the developer"); or
      // the firm's own debt ("we still owe the trucking company 30k", "150k outstanding on a loan"): no sum wanted.
      String.raw`\b(?:owed|owing|outstanding|unpaid|overdue)\b`,
      // A sum of the firm's invoices ("250k of our invoices are still unpaid"): billed and owed, no sum wanted.
      String.raw`(?<=\d[\d.,]*\s*(?:k|m|mil|million|w|万)?\s+)of (?:our|my|the) (?:invoices|bills)\b`,
      String.raw`\bsitting on\b`,
      // An order's or a contract's value, the sum before it ("we got a 2 million baht order", "a 300k contract from a hotel"):
      // what the buyer will pay, no sum wanted.
      String.raw`(?<=\d[\d.,]*\s*(?:k|m|mil|million|w|万)?\s*(?:rmb|yuan|cny|usd|dollars?|baht|thb|kip|dong|vnd|kyat)?\s+)(?:orders?|contracts?|purchase orders?)\b`,
      String.raw`\b(?:ha(?:ve|s)n['’]?t|has not|have not|never|still not|not yet) (?:yet )?(?:paid|settled)(?:\s+(?:us|me|(?:the|our|my|a|an)\s+[a-z-]+(?:\s+the)?))?`,
      // The firm's own debt, its creditor named before the sum ("we still owe a logistics firm around 600k", "we're behind
      // 80k with our supplier"): the cue reaches the sum past the creditor's words.
      // Not what is owed asked ("how much interest would we owe on 250k"), nor a debt the loan wanted pays ("we owe our
      // supplier 150k and need a loan to pay them": the sum wanted).
      String.raw`\bowe\s+${CREDITOR}(?!${DEBT_THE_LOAN_PAYS})`,
      String.raw`\bbehind\b(?=\s+(?:about |around |over |nearly )?(?:rmb|¥)?\s*\d)`,
      String.raw`\bwaiting (?:on|for)\b(?=(?:[^.!?,;]|[.,](?=\d)){0,24}\bfrom\b)`,
      // Goods bought by their value ("we buy about 50k of mushrooms a day", "buying 200k worth of beans a week"; round 29): what the
      // firm buys, no sales and no sum wanted, as 一天要收好几万的货 reads.
      String.raw`\b(?:buy|buys|buying|bought|purchase|purchases|purchasing)\b(?=\s+${ABOUT_WORD}?${SUM_OF_GOODS}\s+(?:worth )?of\b)`,
      // A deposit paid or asked ("the landlord wants a 30k deposit"): a cost, no sum wanted.
      String.raw`\bdeposits?\b`,
      // Money advanced to growers or for a job, with the loan asked after it ("we advance about 2m to
      // farmers … borrow 1.5m"): an outlay, not the sum wanted.
      String.raw`\b(?:advance|advances|advancing|advanced|front|fronting)\b(?=\s+(?:about |around |some |over |up to )?(?:rmb|cny|¥)?\s*\d)(?=.*?\b(?:borrow|loan)\b)`,
      String.raw`\bprofits?\b`,
      // What the firm keeps, said with a verb ("we net 15k a month", "we clear about 50k", "we pocket 20k"):
      // a profit, no sales; not a buyer's time to pay (net 60 days).
      String.raw`\b(?:net|nett|clear|pocket|keep|take home)\b(?=\s+(?:about |around |maybe |like |roughly |only |just |approx\.? )*(?:rmb|cny|¥)?\s*\d(?![\d,.]*\s*days?\b))`,
      String.raw`\bmargins?\b`,
      String.raw`\blos(?:s|ses|t)\b`,
      // Not the price of a thing wanted ("want a new roaster, costs about 350k": the sum wanted, below).
      String.raw`(?!${PRICE_OF_A_THING_WANTED})\bcosts?\b`,
      String.raw`\brent\b`,
      String.raw`\bsalar(?:y|ies)\b`,
      String.raw`\bwages\b`,
      // The wage bill by its other name: "payroll is 120k a month".
      String.raw`\bpayroll\b`,
      // The labour bill and bills in general: "our labour bill is 25k a month", "labor runs 30k".
      String.raw`\blabou?r\b`,
      String.raw`\bbills?\b`,
      String.raw`\bexpenses?\b`,
      // Running costs: "electricity is 6k a month", "fuel about 20k a month".
      String.raw`\b(?:electricity|utilities|utility bills?|power bills?|water and power|fuel|diesel|petrol|gas bills?)\b`,
      // ...and the running costs of selling online: "courier fees are now 30k a month", "shipping fees", "ad spend" (round 31, fix31a).
      String.raw`\b(?:courier|shipping|delivery|postage|express|logistics|advertising|ad|ads|promotion|marketing|platform)\s+(?:fees?|costs?|charges?|bills?|spend(?:ing)?)\b`,
      String.raw`\bregistered capital\b`,
      // Not the interest asked of a sum said alone before it (see the amount words).
      String.raw`(?<!${SUM_THEN_ASKED})\binterest\b`,
      String.raw`\bspend(?:ing)?\b`,
      String.raw`\brepay\w*`,
      String.raw`\binstal(?:l)?ments?\b`,
      // Money spent, repaid, or a loan taken before: history, not the sum wanted.
      String.raw`\bspent\b`,
      String.raw`(?<!\b(?:if|say|suppose|supposing) )\b(?:we|i)(?: already)? (?:borrowed|took out)\b`,
      String.raw`\bpa(?:y|ying|id) back\b`,
      String.raw`(?<!\b(?:if|say|suppose|supposing) (?:we|i) )\b(?:took|taken)\b(?: out)?(?: an? loans?)?(?: of)?`,
      // A payment made every month or week, its payee between, a loan asked after it ("monthly we pay the supplier in vietnam
      // about 300k, need a loan of 1m", "every month we pay our growers around 200k"; round 30, fix30c): an outlay, no sum wanted.
      String.raw`(?<=${EVERY_PERIOD}[^.;!?\d]{0,20}?)\b(?:(?:we|i) )?pa(?:y|ys|ying)\b[^.;!?\d]{0,30}?(?=${SUM_NEXT})(?=.*?\b(?:borrow|loan)\b)`,
      // (Not the whole repaid asked of a loan: "how much would i pay in total for 150k over 6 months"; round 64, found by a tester.)
      String.raw`(?<!\bhow much (?:would|will|do|did|should) )\b(?:we|i) (?:paid|pay)\b`,
      String.raw`\b(?:last|previous|old|existing|current|first) loans?\b(?: (?:was|is|of))?`,
      // What something is worth or what is owed: "stock is worth 800k", "we owe suppliers 200k".
      // Not goods sold over a period: "we sell about 500k worth a year", "200k worth of tea a month", "sold 800k worth last year".
      // Not the assets' own worth ("our assets are worth around 6 million", "assets worth 8m": the assets, round 21).
      String.raw`(?<!\bassets?\s+(?:(?:are|is|r|were|all|altogether|together|probably|roughly)\s+){0,2})\bworth\b(?!\s+(?:of\b|(?:a|per|each|every|last|this) (?:year|month|week|day)\b))`,
      String.raw`\bvalued? at\b`,
      String.raw`\bowe\w*`,
      String.raw`\bdebts?\b`,
    ],
  },
  {
    slot: 'amount',
    words: [
      // The sum interest is asked on: "how much interest would i pay on 100k", "interest on a 200k loan"; or any cost of
      // borrowing asked on it: "what would monthly payments look like on 150k", "the repayments on 80k".
      // ...the asking's verb between ("how much would the interest be on 400k over 2 years", "what will the interest come to on 300k"; round 31).
      String.raw`(?<=\b(?:how much|what(?:['’]s|s| is| would be)?(?: the)?)(?: (?:would|will|does|did|is)(?: the| our| my)?)? interest\b[^,.;?]{0,20}?)\bon(?= (?:a |an )?\d)`,
      // ...the monthly bare, or the sum after for ("whats the monthly on 1.2m over 5 yrs", "monthly repayment for 2m over 10 years?";
      // round 33, convention 150), not a span after for ("monthly payments for 3 years").
      String.raw`(?<=\b(?:(?:monthly |weekly )?(?:re)?payments?|instal+ments?|monthlies|monthly|emis?)\b[^,.;?]{0,20}?)\b(?:on|for)(?= (?:a |an )?(?:rmb\s*|¥)?\d(?![\d.,]*\s*(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)\b))`,
      // A sum right after what would, its cost asked after it ("what would 500k for 18 months cost us altogether"; round 33,
      // convention 149): the loan's sum.
      String.raw`\bwhat (?:would|will|does|do|might)\b(?= (?:rmb\s*|¥)?\d[^.?!]{0,30}?\bcost\b)`,
      // ...or the whole repaid asked for a sum ("how much would i pay in total for 150k over 6 months at that rate"; round 64): the loan's sum.
      String.raw`(?<=\bhow much (?:would|will|do|should) (?:i|we) (?:pay|repay|pay back)(?: in total| altogether| all in)?\s)(?:for|on)(?= (?:a |an )?(?:rmb\s*|¥)?\d)`,
      // Another sum supposed bare after what about, only or just before it ("what about only 150k then?", "how about just 80k";
      // round 31): the loan's sum weighed, as "what about borrowing only 150k then?" reads (convention 86).
      // ...or after what if ("what if only 100k"; round 61).
      String.raw`\b(?:what|how) (?:about|if) (?:only|just)(?= (?:rmb\s*|¥)?\d)`,
      String.raw`\bneeds?\b`,
      String.raw`\bneeded\b`,
      // A hedged sum opening the clause after a wish to get or build ("wanna build 3 more rooms upstairs, prob 280k"; round 61): what it costs.
      String.raw`(?<=(?:${WANTING_TO_GET}|\bwanna\s+(?:buy|get|build|open|add|expand|renovate|set up))[^.;!?]{0,60}[,;]\s*)${COST_HEDGE}(?=\s*(?:rmb\s*|¥)?\d)`,
      // A trade-finance instrument with its sum right after ("need an rmb letter of credit, ~1.2m", "forfaiting for 5m"; round 59): the sum financed.
      String.raw`\b(?:letters? of credit|l\/c|lcs?|forfait\w*|trade financ\w*|(?:import|export|pre-?export) financ\w*|packing (?:credit|loans?))\b(?:[,\s~]*(?:(?:for|of|worth|about|around|roughly)\s+)?~?)(?=(?:rmb\s*|¥)?\d)`,
      // Stock the firm has to lay in, its sum later in the sentence ("before plum season we have to stock up on sugar and jars, roughly
      // 150k"; round 36, fix36c, convention 251): the need said with its sum, as "need" reads; not beside a loan asked.
      String.raw`\b(?:have|has|got)\s+to\s+(?:stock up|lay in|stockpile|buy in|buy up|stock)\b(?=[^.;!?]{0,50}?\d)(?![^.;!?]*\b(?:borrow\w*|loans?)\b)`,
      // A budget beside a loan wanted ("budget 250k, 3 year loan if possible"; round 23), as 预算…贷 reads: the sum wanted;
      // not with the owner's own money said ("budget 800k, we have 300k": the rest is wanted).
      String.raw`\bbudget(?:ed)?\b(?=[^.;]*\b(?:loans?|borrow\w*|financ\w*)\b)(?![^.;]*\b(?:have|got|own|saved|short)\b)`,
      // ...or after a thing the firm needs to buy in its sentence ("need to buy a new block machine, budget 700k"; round 24):
      // the need stated with its sum, as a sum needed reads; so after a place to open or build ("want to open a second branch,
      // budget 600k"; round 25).
      String.raw`(?<=${WANTING_TO_GET}[^.;!?]{0,40})\bbudget(?:ed)?\b(?![^.;]*\b(?:have|got|own|saved|short)\b)`,
      // ...or after things needed or wanted named with their article ("need a new camera, ring lights and a sound card …, budget
      // around 25k"; round 31, fix31a).
      String.raw`(?<=\b(?:need|needs|want|wants)\s+(?:a|an|new|some|more|two|three|\d+)\b[^.;!?]{0,80})\bbudget(?:ed)?\b(?![^.;]*\b(?:have|got|own|saved|short)\b)`,
      // "we'd like 150k more", "i would like 200k for a van": a sum wanted (not "like 20k", a filler); the subject left out
      // after a clause's end too (", would like 200k to buy more silver"; round 25).
      String.raw`(?:\b(?:we|i)(?:['’]d|\s+would)|(?<=(?:^|[,;.!]\s*))would)\s+like\b(?=\s+(?:about |around |roughly |maybe )?(?:rmb|¥)?\s*\d)`,
      // What the money wanted is for, its sum later ("the money is to build a coop, 200k or so"); see zh 钱拿来.
      String.raw`\bthe (?:money|loan|cash) (?:is|would be|will be|['’]s) (?:mainly |mostly |mostly going |going )?(?:to|for)\b`,
      // A loan taken as what might be: "if we take 250k", "say we took 400k".
      String.raw`(?<=\b(?:if|say|suppose|supposing) (?:we|i) )(?:take|took|get|got)(?: out)?(?: a loan of)?\b`,
      String.raw`\bborrow\w*`,
      // A loan taken out, another one ("can we take out another 200k", "want to take out 150k"; round 43).
      String.raw`\btake out(?: (?:another|a second|one more|a new))?\b(?=\s+(?:about |around |roughly |maybe )?(?:rmb|¥)?\s*\d)`,
      // ...or another sum to get ("can we get another 200k for fertiliser"; round 49): more borrowing; a bare "get 200k" stays no cue (419).
      String.raw`\b(?:can|could) (?:we|i) (?:still )?get (?:another|an extra|a further)\b(?=\s+(?:about |around |roughly |maybe )?(?:rmb|¥)?\s*\d)`,
      // Not whether one can get a loan, asked right after a sum with its period ("2m a year can we get a loan": the year's sales).
      String.raw`\bloans?\b(?<!\b(?:a|per|each|every) (?:year|yr|month)\b,?\s*(?:so\s+)?(?:can|could|will|would) (?:we|i) (?:still |even )?(?:get|have|take) (?:a |any )?loans?)`,
      // Money to be advanced or paid upfront, its sum right after, with no loan asked after it ("need to front 150k for
      // wages", "have to pay upfront 200k"): the owner's need (with a loan after it, an outlay: see the 'other' cues).
      String.raw`\b(?:advance|front|pay (?:upfront|up front|in advance))\b(?=\s+(?:about |around |roughly |some |like |maybe )?(?:rmb|cny|¥)?\s*\d)(?!.*?\b(?:borrow|loan)\b)`,
      // Not stock raised ("we mainly raise pigs, about 800k a year": the trade, no sum asked).
      // Nor the sum itself raised to another ("raise it to 150k": the sum replaced, scopes.ts replaceCue).
      String.raw`\braise\b(?!\s+(?:[\w-]+\s+){0,2}?(?:${STOCK_RAISED.join('|')})\b)(?!\s+(?:it|that|this)\s+(?:up\s+)?to\b|\s*到)`,
      String.raw`\bfinanc\w*`,
      String.raw`\bfunding\b`,
      String.raw`\bfund\b`,
      String.raw`\bidle\b`,
      String.raw`\bspare\b`,
      String.raw`\bsurplus\b`,
      String.raw`\binvest\w*`,
      String.raw`\brequire\w*`,
      // "想 apply 30万": traders mixing English write apply for borrow.
      String.raw`\bapply(?: for)?\b`,
      // A share of the sum asked: "600k in all, 200k for freezers and the rest for stock".
      // Not the rest of the year or the time (a quiet season: "the rest of the year maybe 50k a month").
      String.raw`\bthe rest\b(?! of the (?:year|yr|time)\b)`,
      String.raw`\bof it\b`,
      // The loan's amount named ("change the amount to 300k", "amount should be 1.2m"); not an amount of goods or sales.
      String.raw`\b(?:loan |borrowing )?amount\b(?! of (?:sales|revenue|turnover|goods|stock|work|orders?)\b)`,
      String.raw`\blooking for\b`,
      // A sum looked at for a thing or a need, the sum right after ("looking at 1.5 mil for two new excavators", "looking at about 15k
      // for a used one"; round 30, fix30c): the sum wanted; not sales looked at ("looking at 2m in sales this year").
      String.raw`\blooking at\b(?=${SUM_NEXT}|\s+(?:a|half a) (?:mil|million)\b)(?!${SALES_LOOKED_AT})`,
      String.raw`\bwant\b`,
      // The one spoken for wanting a sum ("my brother runs a garage, he wants 100k"; round 30): the sum wanted, as "he needs" reads.
      // ...or after "and" ("my dad runs a small inn in lijiang and wants 200k"; round 45).
      String.raw`(?<=\b(?:he|she|they|and)\s+)wants\b(?=\s+(?:about |around |roughly |like |maybe )?(?:rmb|¥)?\s*\d)`,
      String.raw`\bshort of\b`,
      // The part of a cost still missing (shortOf below): "short by 300k", "still need 80k".
      String.raw`\b(?:short by|short|still need|still missing|missing|the gap is|a gap of)\b`,
      String.raw`\bcredit line\b`,
      // The sum a cost is asked about is the sum borrowed: "how much interest for 500k".
      String.raw`\b(?:interest|fees?) (?:for|on)\b`,
      // The interest asked right after a sum said as its own phrase ("200k, how much would the interest be", "500k, what would the
      // interest come to"; round 28, fix28c, convention 43): the sum is the loan's, as 五十万 利息要多少 reads (convention 33).
      String.raw`(?<=${SUM_THEN_ASKED})\binterest\b`,
      // The price of the thing wanted, said after it: "getting a bigger roaster, its about 350k", "want a new
      // truck, costs about 400k", "a new van runs like 200k".
      PRICE_OF_A_THING_WANTED,
      // ...or its price right after the thing wanted, with a hedge and no price word ("wanna get a new oven around 50k",
      // "need to buy a second truck about 200k"): the sum wanted, as 想买台挖机 要七十万 is.
      // ...the thing named in three words or the hedge after a comma ("looking to buy a cold storage unit, approx 350k"; round 31).
      String.raw`(?<=${WISH_TO_GET}\s+${THING_NAMED}(?:\s+[a-z-]+)?\s*,?\s+)(?:around|about|roughly|approx\w*)\b(?=\s+(?:rmb|¥)?\s*\d)`,
    ],
  },
];

/** The part of a cost still missing: the sum to borrow, whatever total was said before it. */
export const shortOf: Words = [
  String.raw`short(?: of| by)?`,
  String.raw`still (?:need|missing)`,
  'missing',
  String.raw`the gap is|a gap of`,
];
/** The owner's own money toward a cost (among the other cues above). */
export const ownFunds: Words = OWN_FUNDS;
/** The rest of a cost, to borrow, with no sum said: "need to borrow the rest", "the rest from a loan". */
export const restAsked: Words = [
  String.raw`\b(?:borrow|loan|finance|financing|credit) (?:for )?the (?:rest|remainder|remaining|difference)\b`,
  String.raw`\bthe (?:rest|remainder|difference) (?:from|with|by|as|on) (?:a |the )?(?:loan|bank|credit)\b`,
  // Needing the rest, as owners say it: "need the rest", "need a loan for the difference", "looking for the balance".
  String.raw`\b(?:need|want|looking for|short)(?: (?:to borrow|a loan for|help with|funding for|money for))? the (?:rest|remainder|difference|balance)\b`,
];

/** What may stand between a year and the sum after it, as its period: "a year about 3m", "per year like 2m". */
export const yearSumGap: Words = [
  'about',
  'around',
  'roughly',
  'like',
  'maybe',
  'approx',
  'approximately',
  'only',
  'just',
  'almost',
  'nearly',
  'over',
  'we do',
  'we make',
  'we sell',
];

/** A figure's label said alone before a pause, its figure after the comma ("revenue, about 2 million", "staff, 12"): see zh labelPaused. */
export const labelPaused: Words = [
  String.raw`(?:revenue|turnover|annual sales|yearly sales|monthly sales|sales|income|takings|staff|employees|workers|headcount|head count)`,
  String.raw`(?:staff count|team size|(?:loan )?amount|(?:loan |repayment )?term|how much we need|how long)`,
  // The owner's own money named, a pause, then its sum ("have some savings, 50k, but need to borrow 120k"; round 39): one clause.
  String.raw`(?:savings|own money|own funds)`,
  // A year judged, a pause, then its sum ("last year was bad, about 300k"; round 41): one clause.
  String.raw`(?:last|this) (?:year|yr)${YEAR_JUDGED_EN}`,
];
/** The fillers of a pause after a figure's label ("revenue wise,", "staff is,"): see zh labelPause. */
export const labelPause: Words = [String.raw`(?:-?wise|is|are|was|um|uh|like)`];

/** A period echoed as a question at the start of a reply ("per month? roughly 35k", "a year? maybe 400k"): see zh periodEchoed. */
export const periodEchoed: Words = [String.raw`(?:(?:per|a|each|every) (?:month|year)|monthly|yearly|annually|annual)`];

/** Bare verbs of wanting after a cost word: English says "rent is" or "rent costs" (other cues). */
export const wanting: Words = [];

/** Half of the sum said taken for now ("borrow half for now", "just half of that"): see zh halfTaken. */
/** A payment received said before ("paid only half", "paid us only half"): no half of the loan taken. */
const PAID_BEFORE = String.raw`\b(?:paid|pay|pays|paying|settled|gave|given|sent|transferred)\s(?:(?:us|me|them)\s)?`;
export const halfTaken: Words = [
  // Not a payment received in part ("the county paid only half"; round 32).
  String.raw`(?<!${PAID_BEFORE})\b(?:borrow|take|get|do|just|only)\s+(?:about\s+)?half\b(?!\s+(?:a|an|one)\b|\s*(?:mil|m\b|million))(?:\s+of\s+(?:it|that|this))?`,
  String.raw`\bhalf (?:of )?(?:it|that) (?:for now|first|to start)\b`,
];

/** The verb that says a sum too much: "is", "seems", "feels". */
const TOO_MUCH_VERBS = String.raw`(?:is|['’]s|thats|seems|sounds|feels|looks|might be|may be|would be)`;
/** A sum said too much, right after it ("300k is too much", "1m seems a bit much"): see zh tooMuch. */
export const tooMuch: Words = [
  // Said of the sum right before, with a word between: "800k which feels too high", "1m but thats too much".
  String.raw`(?:,\s*)?(?:(?:which|that|but|but that)\s+)?(?:${TOO_MUCH_VERBS}\s+)?(?:(?:way|a bit|a little|kinda|probably|maybe)\s+)?(?:too (?:much|high|big|many)|a lot|a bit much|overkill)`,
];

/** Words between a sum said too much and the one wanted: "so", "let's do", "can we do", "for us, maybe". */
const TOO_MUCH_THEN = [
  ...['so', 'then', 'just', "let['’]?s", 'lets', 'maybe', 'perhaps', "i['’]?ll", "we['’]?ll", 'i', 'we', 'will', 'would', 'only'],
  ...['make', 'it', 'do', 'go', 'with', 'borrow', 'take', 'need', 'instead', 'can', 'could', 'how about', 'what about'],
  ...['for us', 'for me', 'us', 'me'],
];

/** Where works outside the firm stand, or what they did (round 34, convention 176): out front, next door, blocked the road. */
const WORKS_PLACE = String.raw`out front|outside|in front|next door|nearby|near (?:us|our)|on (?:our|the) (?:street|road)|across the (?:street|road)|blocked|closed|shut`;
/** In the order of FIGURE_MARKS (lexicon/types.ts); every locale lists every mark. */
export const figureMarks: readonly MarkWords[] = [
  {
    mark: 'per-year',
    words: [
      String.raw`\b(?:a|per|each|every) (?:year|yr)\b`,
      String.raw`\b(?:annually|yearly|per annum)\b`,
      String.raw`\/\s*(?:year|yr)\b`,
      // The year named as the sum's own span ("maybe 300k for the year", "2m over the whole year"; not "for a year", a term).
      String.raw`\b(?:for|over|in) the (?:whole |full |entire )?(?:year|yr)\b`,
    ],
  },
  {
    mark: 'per-month',
    words: [
      String.raw`\bper month\b`,
      String.raw`\ba month\b`,
      String.raw`\bmonthly\b`,
      String.raw`\beach month\b`,
      String.raw`\bevery month\b`,
      // Last month's takings ("sales last month were 200k"): a month's.
      String.raw`\blast month(?:'s)?\b`,
      // One month's takings ("one month sale 150k", "1 month we do 80k"); not a span asked (for one month, within 1 month).
      String.raw`(?<!\b(?:for|within|after|in just|takes?|took)\s)\b(?:one|1) month(?:'s)?\b(?!\s+(?:ago|later|loan|term|free|grace)\b)`,
    ],
  },
  {
    mark: 'per-week',
    words: [
      String.raw`\bper week\b`,
      String.raw`\ba week\b`,
      String.raw`\bweekly\b`,
      String.raw`\beach week\b`,
      String.raw`\bevery week\b`,
      String.raw`\blast week(?:'s)?\b`,
      String.raw`(?<!\b(?:for|within|after|in just|takes?|took)\s)\b(?:one|1) week(?:'s)?\b(?!\s+(?:ago|later|loan|term|free|grace)\b)`,
    ],
  },
  {
    mark: 'per-day',
    words: [
      String.raw`\bper day\b`,
      String.raw`\ba day\b`,
      String.raw`\bdaily\b`,
      String.raw`\beach day\b`,
      String.raw`\bevery day\b`,
      // A good or a bad day's takings: "good days we do 5k, bad days 1k".
      String.raw`\b(?:good|bad|busy|slow|quiet|best|worst) days?\b`,
    ],
  },
  // A semester's fees ("tuition about 900k per semester"): half a year's.
  { mark: 'per-half-year', words: [String.raw`\b(?:a|per|each|every|last) semester\b`] },
  // A quarter's sales ("90k per quarter", "quarterly sales", "last quarter", "this quarter"; not "a quarter million"): a fourth of the year's.
  {
    mark: 'per-quarter',
    words: [String.raw`\b(?:a|per|each|every|last|this|one) quarter\b(?!\s+(?:of|million|mil|m)\b)`, String.raw`\bquarterly\b`],
  },
  {
    mark: 'per',
    words: [String.raw`\b(?:a|an|per|each|every)\b`],
  },
  {
    mark: 'people-label',
    words: [
      // (Not none said: "just me and my wife, no staff, about 1500 a day"; round 64, judge-234.)
      String.raw`(?<!\b(?:no|zero|without|any)\s)\bstaff(?: of)?`,
      String.raw`(?<!\b(?:no|zero|without|any)\s)\bemployees`,
      String.raw`\bheadcount`,
      String.raw`\bteam of`,
      String.raw`\bcrew of`,
      // The team with its count right after, as a form filled in or before Chinese (team 6个, team: 8).
      String.raw`\b(?:team|crew)(?=\s*:?\s*(?:\d{1,3}|[一二两三四五六七八九十几]{1,3})\s*(?:个|人|ppl|people|$|[,.;，。]))`,
      // A shift's people: "two shifts of 6" (times the shifts: figures.ts unitsEach).
      String.raw`\bshifts? of`,
      String.raw`\bworkforce(?: of)?`,
      String.raw`\bteam size`,
      String.raw`\bemploy(?:s|ing)?`,
      // The owner's own side set against another's ("my brother has 20 workers, i only have 3"): the count ends its phrase.
      String.raw`(?<=\b(?:my brother|my sister|my cousin|my uncle|my dad|my father|his|hers?|theirs?)\b[^.;!?]{0,60}?)\b(?:i|we)\s+(?:only |just )?(?:have|got)(?=\s+\d+\s*(?:$|[,.;!?]))`,
    ],
  },
  {
    mark: 'strictly-below',
    words: [String.raw`\bunder`, String.raw`\bless than`, String.raw`\bfewer than`, String.raw`\bbelow`],
  },
  {
    mark: 'total',
    words: [
      String.raw`\bin total\b`,
      String.raw`\baltogether\b`,
      String.raw`\bin all\b`,
      String.raw`\ba total of\b`,
      String.raw`\btotal(?: of)?\b`,
      // The owner counted in: "4 including me", "6 counting myself", "7 incl. the owner", as 连我在内 (not "not including me": left out).
      String.raw`(?<!\bnot\s+)(?:,\s*)?\b(?<!\bnot\s+)(?:including|incl\.?|counting|with) (?:me|myself|the owner|the boss)\b`,
      // ...the owner said first, then counted in: "12, me included", "12 myself included" (round 35; not "me not included": left out).
      String.raw`(?:,\s*)?\b(?:me|myself|the owner|the boss)\s+(?:included|incl\.?|counted)\b`,
      // ...or the owner's family counted in ("10 including my wife", "8 counting my husband and me"; round 27), as 连我老婆一共十个.
      String.raw`(?<!\bnot\s+)(?:,\s*)?\b(?:including|incl\.?|counting) (?:me and |myself and )?(?:my|the) (?:wife|husband|partner|son|daughter|mum|mom|dad|parents|family|brother|sister|kids|sons|daughters)\b`,
    ],
  },
  {
    mark: 'not-staff',
    words: [
      String.raw`\bcustomers?`,
      String.raw`\bguests?`,
      String.raw`\bvisitors?`,
      String.raw`\busers?`,
      String.raw`\bfollowers?`,
      String.raw`\bclients?`,
      // Members, students, patients, passengers and diners counted, whatever language the count is in ("members 三百多").
      String.raw`\b(?:members|students|patients|passengers|diners)`,
      // Serving, not the servers who do it ("two servers").
      String.raw`\bserv(?:e|es|ing)\b`,
      // A hiring need is no head count: "we need more than 30 people", "looking to hire 10".
      String.raw`\bneed(?:s|ed)?(?: (?:more than|over|about|around|at least|another))?`,
    ],
  },
  // People still to be hired, whatever their role: "need to hire 10 drivers", "recruiting 5 cooks",
  // "gonna employ 2 more", "plan to take on 3 more waiters" (employ, take on, add: only as a plan;
  // "we employ 12" is the staff). The season's hands ("we hire 25 pickers during the harvest") are
  // told apart in figures.ts.
  {
    mark: 'to-hire',
    words: [
      // Not the firm's habit said plainly, "we hire 4 polishers", "i also hire 2 pickers in harvest" (staff had, a season's
      // when timed), unless more are wanted ("we hire 3 more").
      String.raw`\b(?:hiring|recruit(?:s|ing)?)(?: (?:more than|over|about|around|at least|another))?`,
      // Not hands hired already ("family 4个人 加 hired 2个", "3 hired workers"), nor a clause of the facts listed with its
      // subject left out (", hire 4 workers", "hire 2 guides in summer").
      String.raw`(?<!(?:\b(?:we|i|also|usually|normally|always|regularly|typically)\s|[,;，]\s?|^))\bhire\b(?: (?:more than|over|about|around|at least|another))?`,
      String.raw`\b(?<=(?:(?:we|i)\s+(?:also\s+|usually\s+|normally\s+|always\s+)?|[,;，]\s?|^))hire(?=\s+(?:another|more|\S+\s+more)\b)`,
      String.raw`\b(?:to|will|gonna|going to|['’]ll) (?:employ|take on|add)(?: (?:more than|over|about|around|at least|another))?`,
    ],
  },
  // The count one has now, beside people still to hire: "planning to take on 3 more, right now we have 9".
  {
    mark: 'staff-now',
    words: [
      String.raw`\b(?:right now|currently|at the moment|at present|for now|now)[,\s]+(?:we|i)\s*(?:have|['’]ve got|got|employ|are|r)(?: only| just)?`,
    ],
  },
  // A count inside the total said beside it: "about 25 of us, counting the two drivers", "12 staff incl. 3 cooks".
  { mark: 'included', words: [String.raw`(?<!\bnot\s+)\b(?:counting|including|incl\.?|inc\.?|that includes|which includes)`] },
  // A count added to the staff counted before: "12 staff plus 2 part-timers", "8 employees + 3 drivers".
  { mark: 'added', words: [String.raw`(?:\bplus|\+|\band also|\bon top of that|\bas well as|\bthen there(?:['’]s| are| r))`] },
  // A sum said too much, then the one wanted ("300k is too much, just borrow 200k", "1m seems a bit much, maybe 600k"):
  // set aside for the one after, as one not enough.
  {
    mark: 'not-enough',
    words: tooMuch.map((w) => String.raw`${w}\b[\s,.;!]*(?:(?:${TOO_MUCH_THEN.join('|')})\b[\s,?]*)*(?=\d)`),
  },
  {
    mark: 'denied',
    words: [
      ...[String.raw`\bnot`, String.raw`\bisn['’]?t`, String.raw`\baren['’]?t`, String.raw`\brather than`, String.raw`\binstead of`],
      // A sum said not needed before it ("we dont need 600k, 400k will do", "don't need 100万"; round 27); not a ceiling (don't
      // need more than 200k).
      String.raw`\b(?:don['’]?t|do not|dont|won['’]?t|wont)\s+(?:really\s+|actually\s+)?need(?:\s+(?:the|a|all|the full|the whole|all of))?(?=\s*\d)`,
    ],
  },
  {
    mark: 'term-before',
    words: [
      String.raw`\bfor`,
      String.raw`\bover`,
      String.raw`\bterm(?: of)?`,
      String.raw`\brepay\w*(?: in| within| over)?`,
      String.raw`\bwithin`,
      String.raw`\bduration(?: of)?`,
      String.raw`\bperiod(?: of)?`,
      String.raw`\bloan`,
      String.raw`\bborrow\w*`,
    ],
  },
  {
    mark: 'term-after',
    words: [String.raw`\bterm\b`, String.raw`\bloans?\b`, String.raw`\bto repay\b`],
  },
  {
    mark: 'age-before',
    words: [
      // "open a noodle shop 2 years", "had this restaurant 5 years": the firm named, then its age (first:
      // the longest reading at the verb, before "running" alone).
      String.raw`\b(?:open(?:ed)?|run(?:ning)?|had|owned)(?<!\bto [a-z]+)\s+(?:a|an|the|this|my|our)\s+(?:[a-z'’-]+\s+){0,2}(?:${firmNouns.join('|')})(?: for)?`,
      // Orders booked ahead so long ("orders are booked out 3 months", "booked solid for the next 2 months", "a backlog of 4 months"; round 35,
      // open): the backlog, no term.
      String.raw`\bbooked (?:out|up|solid|full)(?: for)?(?: the next)?|\bbacklog of`,
      // A hard time told with its span (covid killed us for 3 yrs, the floods hit us for a year: round 28), its verb irregular too and
      // what it hit any words of the firm's ("covid shut our bakery for two years", "the floods cut our road off for 4 months": round 29):
      // a span gone by, no term; not a lender's verb (approved us for) nor a wish (needed the money for). Before the single verbs below,
      // so the verb's longest reading wins.
      String.raw`${HARD_VERB}\s+${HARD_HIT}(?:\s+(?:hard|bad|badly|down|out|off|back|shut|closed|in half))?\s+for`,
      // Works or a closure outside the firm told with its span, its harm after ("road works out front for 8 months killed our sales", "the
      // road was closed for half a year"; round 34, corpus convention 176): a span gone by, no term.
      // ...the works outside by a place word or a closure, not the loan's own use ("1m for construction for 2 years": its term).
      String.raw`\b(?:road ?works?|roadworks|construction|building work)\s+(?:${WORKS_PLACE})\b[^,.;!?\d]{0,20}?\bfor|\bthe road (?:was |got )?(?:closed|blocked|dug up)\b[^,.;!?\d]{0,20}?\bfor`,
      String.raw`\bin business(?: for)?`,
      // A buyer holding the firm's money a while ("client's been sitting on our final payment for 5 months"; round 33, fix33a): how long
      // it has been owed, no term.
      String.raw`\b(?:been\s+)?(?:sitting on|holding(?: back)?|held back|withholding|withheld)\s+(?:our|my|the)\s+(?:[a-z]+\s+){0,2}?(?:money|payments?|cash|balance|invoices?)(?: for)?`,
      // A buyer not paying a while ("our vietnamese buyer hasn't paid for 2 months"; round 34, fix34b): how long it has been owed, no term.
      String.raw`\b(?:ha(?:ve|s)n['’]?t|has not|have not|never|still not)\s+(?:yet\s+)?(?:paid|settled)(?:\s+(?:us|me))?(?: for| in)?`,
      String.raw`\boperat\w*(?: for)?`,
      // Not the firm kept running with the money ("500k to keep the business running for 4 months": the loan's term; round 30).
      String.raw`(?<!\bkeep(?:\s+[a-z'’-]+){0,3}\s+)\brunning(?: for)?`,
      String.raw`\btrading(?: for)?`,
      String.raw`\bbeen(?: (?!for\b)[a-z]+){0,3}(?: for)?`,
      String.raw`\bopen(?:ed)?(?: for)?`,
      String.raw`\bestablished(?: for)?`,
      String.raw`\bfounded`,
      String.raw`\bclosed(?: for)?`,
      // Work stopped each season or each time ("every winter the site stops for 2 months", "we can't work for 3 months when the rains
      // come"; round 33, fix33a, corpus convention 145): the stop's span, no term.
      // ...or months of work lost to it ("each rainy season we lose 3 months of work").
      String.raw`\b(?:lose|loses|lost|losing)(?=\s+(?:about\s+|around\s+|like\s+)?(?:\d+|one|two|three|four|five|six)\s+(?:months?|weeks?)\s+(?:of\s+)?(?:work|jobs|business)\b)`,
      String.raw`\b(?:stops?|stopped|halts?|halted|sits? idle|(?:can['’]?t|cannot|can not|couldn['’]?t|don['’]?t|do not)\s+work|no work)(?:\s+(?:work|everything|at all))?\s+for`,
      String.raw`\bshut(?: down)?(?: for)?`,
      String.raw`\b(?:struggl(?:ed|ing)|suffer(?:ed|ing)|los(?:t|ing) money|in the red|(?:sat|stood) idle|lasted|dragged on|went on)(?: for)?`,
      String.raw`\bexisted(?: for)?`,
      String.raw`\bexperience(?: of)?`,
      String.raw`\b(?:last|past|previous)`,
    ],
  },
  {
    mark: 'age-after',
    words: [
      String.raw`\bold\b`,
      String.raw`\bago\b`,
      String.raw`\bof experience\b`,
      String.raw`\bexperience\b`,
      String.raw`\bin business\b`,
      String.raw`\bnow\b`,
      String.raw`\bhistory\b`,
      // "open thai restaurant 5 yr already": how long it has been.
      String.raw`\balready\b`,
      // How long a cost has gone unpaid: "2 months behind on wages", "3 months overdue", "two months in arrears".
      String.raw`\b(?:behind|overdue|in arrears|unpaid|late on|late with)\b`,
      // How long a cost has gone unpaid: "2 months behind on wages", "3 months overdue", "two months in arrears".
      String.raw`\b(?:behind|overdue|in arrears|unpaid|late on|late with)\b`,
      // A span of a hard time named after it (3 years of covid, two years of drought): gone by.
      String.raw`\bof (?:covid|the pandemic|(?:the )?lockdowns?|drought|floods?|roadworks|losses|bad (?:business|harvests?|sales))\b`,
      // The wait for a farm's first yield ("first harvest is 3 years away", "3 years before the first harvest"; round 37, fix37a,
      // convention 277): no term.
      String.raw`\baway\b|\b(?:before|till|until) (?:the |our |we get (?:the |a )?)?first (?:harvest|crop|yield|fruit)\b`,
      // ...or the years trees take to bear ("trees take 4 years to bear", "takes three years to produce"; round 38, fix38b, convention 336).
      String.raw`\bto (?:bear|produce|fruit|yield|give (?:a )?(?:crop|harvest)|be harvested|harvest|pick)\b`,
    ],
  },
  {
    mark: 'rate-before',
    words: [
      // A percentage's period ("margin is 20% a year"): never a loan's term.
      '%',
      String.raw`\bper ?cent\b`,
      String.raw`\bpct\b`,
      String.raw`\bper\b`,
      String.raw`\beach\b`,
      String.raw`\bevery\b`,
      String.raw`\brevenue\b`,
      String.raw`\bturnover\b`,
      String.raw`\bsales\b`,
      String.raw`\btakings\b`,
      String.raw`\bgmv\b`,
      // A cost's or a profit's own period: "profit a year", "rent per month".
      String.raw`\bprofits?\b`,
      String.raw`\brent\b`,
      String.raw`\bwages\b`,
      String.raw`\bpayroll\b`,
      String.raw`\bcosts?\b`,
      String.raw`\bexpenses?\b`,
      // What the thing just said comes to in a year ("whats that a year", "how much is that a year"; round 48, 478): its cost's period.
      String.raw`\b(?:what(?:['’]?s| is)|how much(?:['’]s| is)) (?:that|it|this)${ALL_TOLD_THEN}(?=\s+(?:a|per|each|every) year\b)`,
      // A rate in words has its period too: "3 points a month", "18 percent a year", "3 fen interest monthly".
      String.raw`\b(?:percent|pct|points?|fen)\b(?:\s+interest)?`,
    ],
  },
  {
    mark: 'rate-after',
    words: [
      String.raw`\brevenue\b`,
      String.raw`\bturnover\b`,
      String.raw`\bsales?\b`,
      String.raw`\bin sales\b`,
      String.raw`\bin revenue\b`,
      String.raw`\btakings\b`,
      // A profit's or the rent's own period, the word after it: "一个月 net profit 两万", "一个月 rent 8k".
      String.raw`\b(?:net |gross )?profits?\b`,
      String.raw`\brent\b`,
      String.raw`\bgmv\b`,
      // "一年 output 一千一百万": a factory's output value over the period.
      String.raw`\boutput(?: value)?\b`,
    ],
  },
  // When a buyer pays: "payment terms of 90 days", "net 60", "buyers pay us 90 days later", "paid after 3 months".
  {
    mark: 'paid-before',
    words: [
      String.raw`\bpayment terms?(?: of| are| is)?`,
      String.raw`\bnet\b`,
      // "owes us 350k on 60 day terms": the buyer's days of credit (round 37, fix37f, convention 318), not a loan's term.
      String.raw`\bon\b(?=\s*\d+\s*-?\s*days?\s+(?:credit|terms?|payment)\b)`,
      String.raw`\b(?:pays?|paying|paid)(?: us| me)?(?: only)?(?: after| in| within)`,
      // Settled or paid out after a while (round 31): "pinduoduo settles with us after 15 days", "tiktok pays us out after 2 weeks".
      String.raw`\b(?:settles?|settling|settled)(?: with)?(?: us| me)?(?: only)?(?: after| in| within)`,
      String.raw`\b(?:pays?|paying|paid) (?:us |me )?out(?: only)?(?: after| in| within)`,
      String.raw`\b(?:credit|payment) (?:period|terms?)(?: of| is| are)?`,
      // The while a buyer takes to pay, more said between (round 23): "our dealers take two months or more to pay us".
      String.raw`\b(?:takes?|taking|took)(?=\s[^.!?,;]{0,30}?\bto pay\b(?!\s+(?:it\s+)?(?:back|off)\b))`,
    ],
  },
  {
    mark: 'paid-after',
    words: [
      String.raw`(?:later|after)?\s*(?:to pay${NOT_PAID_BY_US}|to get paid|before (?:they|he|she|buyers?|customers?) pays?|before we get paid|payment terms?|credit|(?<=\bdays?[\s-]*)terms)\b`,
      String.raw`\blater\b`,
      // "pay 90 days after delivery", "60 days after invoicing": the days a buyer takes, not a term.
      // ...or after the buyer's own work on the goods ("the mill pays us 3 months after crushing"; round 54).
      String.raw`\bafter (?:delivery|delivering|invoic\w*|shipment|shipping|receipt|receiving (?:the )?goods|the goods arrive|we deliver|crushing|pressing|processing|milling)\b`,
      // "pay us 60 days late": the days late, not a term (not a late fee).
      String.raw`\blate\b(?!\s+(?:fees?|charges?|penalt))`,
      // ...or the payout's lag, delay or wait ("around 2-3 weeks lag", "a 2 week delay on payouts"; round 62).
      String.raw`\b(?:lag|delay|wait)\b`,
    ],
  }, // What is left of a lease (zh 合同还有五年); English not yet collected.
  { mark: 'lease-before', words: [] },
  // A span the lender requires before it (zh 要开满三年); English not yet collected.
  { mark: 'required-before', words: [] },
  // ...or the records asked for: "2 yrs of tax records", "6 months of bank statements", "3 years of accounts".
  {
    mark: 'required-after',
    words: [
      String.raw`of\s+(?:(?:tax|bank|business|financial|sales|vat|social insurance|pension|audited)\s+)?(?:records?|statements?|accounts?|returns?|history|filings?|payslips?|books|invoices|bookkeeping)\b`,
    ],
  },
  // A sum a lender granted ("approved for", "offered us", "gave us", "a limit of"), then said too little.
  {
    mark: 'granted',
    words: [
      String.raw`\b(?:approved|offered|gave|lent|granted)(?:\s+(?:us|me))?(?:\s+(?:for|only|just))*`,
      String.raw`\b(?:limit|credit line)(?:\s+(?:of|is|was))?`,
    ],
  },
  {
    mark: 'too-little',
    words: [String.raw`not (?:nearly |near |even close to )?enough\b`, String.raw`(?:way |far )?too (?:little|low|small)\b`],
  },
];

/** The whole year said of a sum ("like 200k the whole yr", "whole year around 500k"): see zh wholeYear. */
export const wholeYear: Words = [
  String.raw`\b(?:the |a |for the )?(?:whole|full|entire) (?:year|yr)\b`,
  String.raw`\ball (?:year|yr)(?: round)?\b`,
  String.raw`\ball in all\b`,
  String.raw`\bfor the (?:year|yr)\b`,
];

/** What may stand between a mark and its number: "in business for about 3 years", "staff of 20". */
export const figureGaps: FigureGaps = {
  duration: ['about', 'abt', 'around', 'over', 'nearly', 'almost', 'roughly', 'approximately', 'just', 'only', 'another', 'the', 'a'],
  // ...and the pause after a label said alone ("staff, around 20": one clause by LABEL_PAUSED).
  people: ['of', 'is', 'are', 'was', 'were', 'r', 'about', 'abt', 'around', 'approximately', 'roughly', '~', 'nearly', 'almost', ','],
  // ...and the tilde owners type for about ("need a loan, ~1.2m"; round 59).
  approximately: ['about', 'abt', 'approx', 'around', 'roughly', 'approximately', 'maybe', '~'],
  // A hedge between a count and the owner counted in after it: "twenty or so including myself", "15ish incl. me".
  total: ['or so', '-?ish', 'odd'],
  possessive: [],
};

/** The days of the week a day's sales are said for (zh/figures.ts weekdays, weekend). */
const MONTH_NAMES = String.raw`jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec`;
/** The months a month's sales are said for ("june to september", "from may-aug"). */
export const monthSpan: Words = [
  String.raw`\b(?:${MONTH_NAMES})[a-z]*\.?\s*(?:to|-|–|through|thru|till|until)\s*(?:${MONTH_NAMES})[a-z]*\b`,
];
/** Months named one after another: "september", "july and august", "nov-dec". */
const MONTH_WORD = String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`;
const MONTH_LIST = String.raw`(?:${MONTH_WORD}\.?(?:\s*(?:and|&|,|to|-|through)\s*)?)+`;
/**
 * The other season's sales as a share of the one just said. Half ("half that in summer") is a sum of its own in English
 * (halfOfThat), read by the seasons' pair, so no share word here; double ("double that") is a share.
 */
export const seasonShareHalf: Words = [];
export const seasonShareDouble: Words = [String.raw`\b(?:double|twice)(?: of)? (?:that|it|this)\b`];
/**
 * Months selling double the rest, right after a month's sales ("30k a month, double in september", "twice that
 * in july and august", "july and august double"): the sum for the rest, twice for the months named.
 */
export const monthsDouble: Words = [
  String.raw`^[^.;!?]{0,16}?\b(?:double|twice(?: as much)?|2x|x2)\b(?: that| it)?\s+(?:in|during|for|over)\s+${MONTH_LIST}`,
  String.raw`^[^.;!?]{0,16}?\b(?:in\s+)?${MONTH_LIST}\s*(?:is|are|it['’]?s|we do|we sell)?\s*(?:double|twice(?: as much| that)?|2x|x2)\b`,
];
/**
 * A season named before its length ("peak season is 3 months", "the busy season lasts about 4 months", "slow season
 * runs 8 months"): the months it holds, no loan term; beside a busy and a quiet season's sales, their weights.
 */
export const peakSeasonLength: Words = [
  String.raw`\b(?:high|peak|busy|tourist|harvest)\s+(?:season|period|time)(?:\s+(?:is|lasts?|runs?|goes|is only|is just))?(?:\s+for)?`,
];
export const quietSeasonLength: Words = [
  String.raw`\b(?:low|slow|off|quiet)[- ]?(?:season|period|time)(?:\s+(?:is|lasts?|runs?|goes))?(?:\s+for)?`,
];
/**
 * A harvest or a half of the year named before its whole sales ("spring tea 600k, autumn tea 200k", "first harvest
 * 120k, second harvest 60k", "first half of the year 300k, second half 100k"): two or more named make the year.
 */
export const harvestNamed: Words = [
  String.raw`\b(?:spring|summer|autumn|fall|winter|early|late|main)\s+(?:tea|crop|harvest|flush|picking)s?\b`,
  String.raw`\b(?:first|second|third|1st|2nd|3rd)\s+(?:harvest|crop|flush|picking|batch)\b`,
  String.raw`\b(?:first|second)\s+half(?:\s+of\s+(?:the\s+)?(?:year|yr))?\b`,
];
/** The crop ready or its harvest begun ("when the coffee is ripe", "once the plums are in", "when the harvest starts"; round 60). */
export const cropReady: Words = [
  String.raw`\b(?:when|once|while) (?:the )?[a-z]+(?: [a-z]+)? (?:is|are|s|gets?|get) (?:ripe|ready|in|in season|being (?:picked|harvested))\b`,
  String.raw`\b(?:when|once|while) (?:the )?(?:harvest|picking|plucking|season) (?:comes?|starts?|is on|begins?)\b`,
];
/**
 * A season of the trade's work named by what is done in it, with what is picked or bought before it ("tea picking season",
 * "the walnut buying season", "harvest time", "at harvest"): see zh/seasons.ts workSeason.
 */
export const workSeason: Words = [
  String.raw`\b(?:[a-z]+\s+)?(?:picking|harvest(?:ing)?|buying|purchasing|tapping|pressing|crushing|collecting|plucking)\s+(?:season|time|months?|period)\b`,
  String.raw`\b(?:at|during|over|in|after|before)\s+(?:the\s+)?harvest\b`,
  // A crop's or a trade's season named by what it is for ("before the tea season", "mushroom season"): round 22 (fix22e), as
  // zh/seasons.ts SEASON_OF.
  String.raw`\b(?:tea|coffee|mango|lychee|litchi|grape|blueberry|fruit|mushroom|tobacco|sugar\s?cane|cane|rubber|walnut|tourist|wedding|school)\s+season\b`,
  // ...or before or until it starts ("before tea picking starts in march", "till the harvest begins"; round 28).
  String.raw`\b(?:before|until|till|when)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:picking|harvest(?:ing)?|plucking|tapping|crushing|pressing)\b`,
  // The crop's picking named after during ("during coffee picking", "at tea plucking"): the season, no trade.
  String.raw`\b(?:during|at|over)\s+(?:the\s+)?[a-z]+\s+(?:picking|harvest(?:ing)?|plucking|tapping)\b`,
  // ...or the crop ready ("25 pickers when the coffee is ripe"; round 60).
  ...cropReady,
];

/** A season of the year named ("rainy season", "dry season", "summer"): see zh/seasons.ts yearSeasons. */
export const yearSeasons: Words = [String.raw`\b(?:(?:rainy|wet|dry|monsoon)\s+season|summers?|winters?|spring|autumn)\b`];
/** A wish or a plan to do something, then its sum with only "about" between ("planning to redo the kitchen, around 80k"). */
export const wishThenSum: Words = [
  String.raw`\b(?:plan(?:ning)?|hoping|going|looking)\s+to\s+(?!(?:hit|reach|do|make|sell|earn|ask|know|check)\b)[^.!?;\d]{1,30}?[\s,]*(?:about|around|roughly|approx(?:imately)?\.?|~)\s*`,
  // ...or thinking of getting it ("thinking of getting a 7th truck, around 450k"; round 33, fix33a): the thing planned's price.
  String.raw`${WANTING_TO_GET_ING}[^.!?;]{1,30}?[\s,]*(?:about|around|roughly|approx(?:imately)?\.?|~)\s*`,
  // ...or money needed, what for, then "like" the sum ("need cash to pay workers b4 spring festival, like 80w"; round 62).
  String.raw`\b(?:need|needs|needed|want|wanna)\s+(?:some\s+|the\s+|more\s+)?(?:cash|money|funds?|funding|capital|a loan)\b[^.!?;\d]{0,50}?[\s,]+(?:like|about|around|roughly|maybe|approx(?:imately)?\.?|~)\s*`,
];
/** What may stand before a sum that opens a reply ("about 600k", "bout 80k", "need like 40k"): see zh/figures.ts sumOpensReply. */
export const sumOpensReply: Words = [
  String.raw`\b(?:about|around|roughly|bout|abt|approx(?:imately)?|maybe|prob(?:ably)?|like|say|we need|need|i need|just|only|um+|uh+|hmm+|ok|so)\b|~`,
];
/** A sum said enough for its use: see zh/figures.ts enoughForUse ("200k is enough to fix up the shop"). */
export const enoughForUse: Words = [
  // ...ought to be, and most of it for the use ("60k ought to be enough, mostly for new freezers": round 35, corpus convention 210).
  String.raw`(?:is|will be|should be|would be|ought to be|oughta be|'?s)\s+(?:plenty|enough)\s*,?\s*(?:(?:mostly|mainly|largely|mostly just|all)\s+)?(?:to|for)\b`,
];
/**
 * Nothing more said of the sum: the end, or a turn to another matter ("200k should be enough, though my credit…"; round 42), or its
 * sentence ended ("100k should be enough. we also have a 200k loan…"; round 43).
 */
const NOTHING_MORE_EN = String.raw`\s*(?:[.!]*\s*$|[.!]+\s|[,;.]\s*(?:though|but|however|although|only)\b)`;
/** Said enough or fine, nothing after it: "100k is enough", "200k or so should be plenty", "50k max is fine". */
// (...or a Chinese hedge between, as mixed replies type it: 3w5 左右 should be enough; round 54.)
const SAID_ENOUGH_AT_END_EN = String.raw`(?:\s+(?:or so|max|tops)|\s*(?:左右|上下|差不多))?\s+(?:is|will be|should be|would be|'?s|oughta be|ought to be)\s+(?:plenty|enough|fine)${NOTHING_MORE_EN}`;
/** Said to do, nothing after it: "200k will do", "80k should do it", "100k would do the job". */
const WILL_DO_AT_END_EN = String.raw`\s+(?:will|should|would|oughta|'?ll|'?d)\s+do(?:\s+(?:it|the (?:job|trick)))?${NOTHING_MORE_EN}`;
/** A sum said enough, nothing after it: see zh/figures.ts enoughAlone ("100k should be enough", "200k will do"). */
export const enoughAlone: Words = [
  `${SAID_ENOUGH_AT_END_EN}|${WILL_DO_AT_END_EN}`,
  // ...said to cover it ("35k should cover it", "80k oughta cover us": round 27, convention 19's English form).
  // ...another matter after a comma ("150k should cover it, we ship to haiphong every two weeks"; round 53).
  String.raw`\s+(?:will|should|would|oughta|ought to|'?ll|'?d|can|could)\s+cover\s+(?:it|us|that|everything|the lot)\s*(?:[.!]*\s*$|[,;.!]\s)`,
];
/** The days the firm opens, after a day's sales ("5k a day, open 6 days a week", "we work 25 days a month", "open 6 nights a week"). */
export const daysOpen: Words = [
  // Open every day or night ("open every night", "open daily", "open 7 days"): every day of the year.
  String.raw`\bopen\s+(?:every\s+(?:single\s+)?(?:day|night)|daily|nightly|all\s+week|(?:7|seven)\s+days(?!\s+(?:a|per|each|every)\s+(?:month|year|yr)))\b`,
  // A count in Chinese needs no word boundary before it ("开 六天 a week", open read as 开 inside Chinese).
  String.raw`(?<![a-z\d])(?:(?:open|work|working|trade|trading|operate|operating)\s+)?(?:about\s+|around\s+|like\s+)?(?:\d+|five|six|seven|[一二两三四五六七])\s*(?:days|nights|天)\s+(?:a|per|each|every)\s+(?:week|month|year|yr)\b`,
];
/**
 * A sum said as half the sum before it ("45k a month in winter, half that in summer", "otherwise about half that",
 * 淡季 half that): a money figure of its own, half of the sum named before it (extract.ts quantities).
 */
export const halfOfThat: Words = [
  String.raw`\b(?:(?:about|around|roughly|maybe|only|just|like)\s+)?half\s+(?:of\s+)?(?:that|this|it)\b`,
  String.raw`\bhalf\s+as\s+much\b`,
];
/** The other season named in English (restOfYearLess). */
const OTHER_SEASON_EN = String.raw`(?:the\s+)?(?:winter|summer|spring|autumn|fall|rainy season|dry season|low season|off[- ]?season|slow season|quiet season|slow months|(?:the\s+)?rest of (?:the\s+)?(?:year|yr)|other months|otherwise)`;
/**
 * The rest of the year said only to sell less, with no figure ("way less in winter", "the rest of the year much lower", "low season not
 * much at all"; round 34, corpus convention 178): beside one season's sales the year is not told (figures.ts readSlots).
 */
export const restOfYearLess: Words = [
  String.raw`\b(?:way|much|a lot|far|a good bit)\s+(?:less|lower)\s+(?:in|during)\s+${OTHER_SEASON_EN}\b(?![^.;!?]{0,12}\d)`,
  String.raw`\b${OTHER_SEASON_EN}\b[^,.;!?\d]{0,12}?\b(?:(?:way|much|a lot|far)\s+(?:less|lower|slower|quieter)|not (?:much|a lot)|barely anything|hardly anything)\b(?![^.;!?]{0,12}\d)`,
];
/** The rest of the year said to sell nothing: "rest of the year almost nothing", "other months dead". */
export const restOfYearNone: Words = [
  String.raw`\b(?:(?:the )?rest of (?:the )?(?:year|yr)|other months|the other months|off months)\b[^,.;!?]{0,16}?\b(?:nothing|zero|dead|no sales|no business|nil)\b`,
];

/** The month's sales said for the months just named only, after the sum ("june to september, about 300k a month then"; round 64). */
export const salesThenOnly: Words = [
  String.raw`^[\s,]*(?:then|only then|during (?:those|these|that|the) (?:months|season|time)|in those months)\b`,
];

export const weekdays: Words = [
  String.raw`\bweek ?days?\b`,
  String.raw`\b(?:mon(?:day)?s?)\s*(?:to|-|through|thru|till)\s*(?:fri(?:day)?s?)\b`,
  String.raw`\bworking days?\b`,
];
/** The kinds of season a need is said for (peak, harvest, tea...) and the busy ones said joined ("busy-season"). */
const SEASON_KINDS = String.raw`high|peak|busy|harvest|picking|buying|tourist|tea|coffee|mushroom|walnut|season's`;
const BUSY_KINDS = String.raw`high|peak|busy|harvest|picking|buying`;
/**
 * A season named, then its need said right after it, up to the sum ("during the season we need about 2 million", "busy season needs around
 * 2m", "in harvest season we'll need 1.2m"): see zh (round 32, corpus convention 115).
 */
export const seasonNeedLead: Words = [
  String.raw`\b(?:(?:during|in|for|over|through)\s+(?:the\s+)?(?:(?:${SEASON_KINDS})\s+)*(?:season|months|period)|(?:${BUSY_KINDS})[- ](?:season|months|period))` +
    String.raw`\s*,?\s*(?:(?:we|we'll|we will|we'd|we usually|we typically|we always|we normally|i|usually|typically|normally|always|it)\s+)?` +
    String.raw`(?:need|needs|will need|would need|require|requires|takes|need to borrow|have to borrow)\s+(?:(?:about|around|roughly|approx\.?|approximately|like|some|at least|maybe)\s+)?$`,
];
export const weekend: Words = [String.raw`\bweekends?\b`, String.raw`\bsat(?:urday)?s?\s*(?:and|&|\/|\+)?\s*sun(?:day)?s?\b`];
/** The worth of things owned said with no word of assets ("the building and machines are worth about 3m", "we own…, 800k all together"): see zh. */
export const ownedWorth: Words = [String.raw`\b(?:worth|all together|altogether|in total|combined|we own|we have)\b`];
/** One thing said had, then worth a sum ("we have a cold store worth about 2m", "we own a truck worth 300k"): see zh. */
export const thingHad: Words = [
  // ...a comma before the worth (we have a cold store in honghe, worth about 1.2m; round 44).
  String.raw`\b(?:we|i)\s*(?:have|own|['’]ve got|got)\s+(?:a|an|one)\b[^,.;!?]{1,30}?(?:,\s*)?\b(?:worth|valued at)\b`,
];
/** Money said needed with no sum ("we need cash", "short of money"): see zh. */
export const moneyNeeded: Words = [
  String.raw`\bneed(?:s|ed)?\s+(?:some\s+|a lot of\s+|extra\s+|more\s+)?(?:cash|money|funds|capital|working capital)\b|\bshort of (?:cash|money|funds)\b`,
];

/** The sale the loan is repaid after, its goods named ("till the beans are sold", "once the coffee is sold"): see zh. */
export const repaidAfterSold: Words = [
  String.raw`\b(?:till|til|until|once|after|when)\s+(?:the\s+|our\s+|all\s+the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|s|gets?|get|has been|have been)\s+sold\b`,
  // ...or said sold by the term's end ("half a year, the tea will be sold by then"; round 64, judge-232).
  String.raw`\b(?:the\s+|our\s+|all\s+the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:will|should|would|'ll)\s+(?:all\s+)?be\s+(?:all\s+)?sold\s+(?:by then|by that time|by the end|by then anyway)\b`,
];
