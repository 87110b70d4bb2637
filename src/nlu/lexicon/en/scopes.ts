// English word lists. Scopes: stretches of a message that change what the words in them mean (a denial, a side line,
// things bought, customers supplied) and cues that the message corrects or replaces a figure.

import type { SpokenForWords, Words } from '../types';
import { SALES_SAID } from './figures';
import { BUYER_BY_HEAD, agencyClients, notGoodsGot, produce } from './industries';
import { OUTLET_TOO, objectBought, paidAhead, premisesTakenOver, spaceTurnedInto, thingBoughtToo, thingWornOut } from './purposes';
import { citiesAbroad, countriesAbroad, nationalities } from './places';
import { platforms } from './markets';

/** Customers a firm sells to that are served, not resold to: "sell tea to hotels". */
const SERVED = String.raw`(?:hotels?|restaurants?|guesthouses?|hospitals?|schools?)`;
/** Customers who use what they buy in their own work: "sell fertiliser to farmers". */
const USERS = String.raw`(?:farmers|growers|farms|factories|workshops|builders|contractors)`;
/** What may stand before the customers: "local hospitals", "the hotels", a count ("some 40 builders"). */
const CUSTOMER_ADJECTIVE = String.raw`(?:(?:\d[\d,]*\+?|about|around|some|over|nearly|almost|roughly|a|an|local|nearby|the|our|big|small|online|taobao|tmall|douyin|e-?commerce|${[...countriesAbroad, ...nationalities].join('|')})\s+)*`;
/** The kinds of customer a firm supplies ("we supply hotels and restaurants"). */
const CUSTOMERS = `(?:${[
  // Places that serve the public: hotels, schools, shops.
  String.raw`hotels?|restaurants?|guesthouses?|hospitals?|schools?|shops?|stores?|supermarkets?`,
  // Producers: farms, growers, factories.
  String.raw`farms?|farmers|growers|factor(?:y|ies)|processors`,
  // Makers who buy raw goods: "sell green beans to a roaster", "to bakeries".
  String.raw`roast(?:ers?|er(?:y|ies))|baker(?:y|ies)|brewer(?:y|ies)|mills?`,
  // Traders: retailers, wholesalers, exporters.
  'retailers|wholesalers|sellers|merchants|exporters|importers|traders',
  // Building and mining: "construction sites", "mines".
  String.raw`construction (?:sites?|companies|firms|projects)|building sites?|mines`,
  // Places that serve food and drink, and offices: "cafes", "canteens", "gyms".
  String.raw`cafes|caf[eé]s|bars|canteens|kitchens|clinics|offices|gyms|salons|kindergartens|caterers|developers|businesses|companies`,
  // Any firm named by its head noun: "coffee shops", "logistics companies", "tea houses", "property agencies".
  String.raw`(?!(?:mostly|mainly|largely|all|usually|also|and|or|to)\b)[a-z-]+ (?:shops|stores|companies|firms|houses|studios|agencies|developers|chains|parlou?rs)`,
  // Any buyer by its head noun, whatever its trade: "hotpot places", "gas stations", "army barracks", "temples".
  BUYER_BY_HEAD,
].join('|')})`;
/** People who buy for themselves: no trade to drop, and the retail rule reads them ("selling handicrafts to tourists"). */
const PEOPLE_SERVED = [
  'tourists',
  'visitors',
  'travell?ers',
  'backpackers',
  'locals',
  'people',
  'consumers',
  'individuals',
  'families',
  'students',
  'kids',
  'guests',
  'customers',
  'clients',
  'buyers',
  'everyone',
  'anyone',
];
/** Words that end a list of customers: the owner speaking again, a verb, a place or a time after them. */
const LIST_ENDS = [
  'we',
  'i',
  'us',
  'our',
  'my',
  'they',
  'them',
  'it',
  'he',
  'she',
  'but',
  'so',
  'because',
  'and',
  'or',
  'n',
  'to',
  'in',
  'at',
  'on',
  'from',
  'with',
  'for',
  'of',
  'by',
  'near',
  'around',
  'also',
  'plus',
  'mostly',
  'mainly',
  'need',
  'needs',
  'want',
  'wants',
  'have',
  'has',
  'had',
  'is',
  'are',
  'was',
  'were',
  'can',
  'will',
  'do',
  'does',
  'who',
  'that',
  'which',
  'every',
  'each',
  'per',
  'last',
  'this',
  'next',
  // The firm's own verbs after a comma ("we work with travel agencies, run a guesthouse"): a clause of its own.
  ...['run', 'runs', 'own', 'owns', 'operate', 'operates', 'make', 'makes', 'grow', 'grows', 'raise', 'raises'],
  ...['sell', 'sells', 'sold', 'buy', 'buys', 'employ', 'employs', 'hire', 'hires', 'got', 'get', 'gets'],
];
const NOT_A_CUSTOMER_WORD = `(?:${[...countriesAbroad, ...citiesAbroad, ...PEOPLE_SERVED, ...LIST_ENDS].join('|')})`;
/** A customer named by any words (a trade the lists may not know): "cafes", "bubble tea shops", "the local gyms". */
const ANY_CUSTOMER = String.raw`(?:(?:a|an|the|some|local|nearby|small|big|other|few|a few|several|many)\s+)*(?!${NOT_A_CUSTOMER_WORD}\b)[a-z][\w'-]*(?:\s+(?!${NOT_A_CUSTOMER_WORD}\b)[a-z][\w'-]*){0,2}`;
/** What joins the customers of a list as owners type it: and, or, n, &, +, also, plus, a comma. */
const CUSTOMER_JOIN = String.raw`(?:\s*(?:,|&|\+|/)\s*|\s+(?:and|or|n|also|plus|as well as|and also)\s+)`;
/** A list of customers named by any words: "cafes n bars", "hotels + guesthouses", "gyms, offices and schools". */
const CUSTOMER_LIST = String.raw`${ANY_CUSTOMER}(?:${CUSTOMER_JOIN}${ANY_CUSTOMER}){0,3}\b`;
/** How much of the custom a list is (mostly, mainly, all): an adverb before the customers. */
const HOW_MUCH = String.raw`(?:(?:mostly|mainly|largely|all|usually|basically|just|only|primarily|generally|also)\s+)*`;

/** Putting off paying: "delaying", "hold back", "drag out". */
const PUT_OFF = String.raw`(?:delay(?:s|ing|ed)?|hold(?:s|ing)? back|held back|drag(?:s|ging|ged)? out)`;
// Who pays the firm: customers, or the distributors between.
const PAYERS = String.raw`(?:distributors?|wholesalers?|importers?|${CUSTOMERS})`;
// Money collected from someone: "collect payments from", "get paid by".
const PAID_FROM = String.raw`\b(?:receiv|collect|accept|tak|get)\w*\s+(?:\w+\s+){0,2}?(?:payments?|money|paid)\s+(?:from|by)\s+`;
/** Verbs of providing to customers, then what is provided, then "to": "supplies lunch boxes to", "rent out cranes to". */
const PROVIDE_TO = String.raw`(?:supply|supplies|supplying|deliver\w*|provid\w*|(?:rent|rents|renting|lease|leases|leasing|hire|hires|hiring)(?:\s+out)?)\s+(?:[\w-]+\s+){1,4}?to`;

/** Services done for customers: "cleaning for", "security guards for", "catering for". */
const SERVICES_FOR = [
  ...['service', 'services', 'work', 'works', 'cleaning', 'security', 'outsourcing', 'guards?', 'design'],
  ...['repairs?', 'maintenance', 'training', 'consulting', 'catering'],
  // Trades named by their service, done for a kind of customer: "a laundry for hotels", "websites for restaurants".
  ...['laundry', 'laundries', 'washing', 'deliver(?:y|ies)', 'printing', 'photography', 'marketing', 'bookkeeping'],
  ...['accounting', 'software', 'apps?', 'websites?', 'mini ?programs?', 'transport', 'logistics', 'uniforms'],
  ...['photos', 'pictures', 'pics', 'videos'],
];
/** Places or people served named first in a list: "offices and", "homes or". */
const SERVED_FIRST = String.raw`(?:(?:offices?|homes?|households?|companies|families|villas?|apartments?|${CUSTOMERS})\s+(?:and|or|&)\s+)?`;

export const alsoClause: Words = [
  String.raw`\balso (?:\w+ )?(?:export|import|sell|run|do|make|grow|trade|operate|own|have an? (?:shop|store|restaurant|guesthouse|farm|factory))\w*\b`,
  // Produce processed, carried or hired out besides ("we're a pig farm, we also cure hams", "we also truck for others").
  String.raw`\balso (?:\w+ )?(?:cure|dry|dries|process|pickle|smoke|roast|press|brew|ferment|preserve|carve|sew|truck|haul|rent out|hire out)\w*\b`,
  String.raw`\b(?:export|import|sell|trade)\w* (?:\w+ ){0,4}(?:too|as well)\b`,
  String.raw`\bon the side\b`,
];

/** The verbs of a trade, denied as the firm's ("we don't grow coffee", "we don't truck the goods"): round 25. */
const TRADE_VERBS = ['grow', 'raise', 'farm', 'breed', 'plant', 'make', 'produce', 'manufacture', 'truck', 'haul', 'transport']
  .concat(['roast', 'process', 'build', 'fix', 'repair', 'cook', 'brew'])
  .join('|');
/** The rest of a denial, up to the trade said instead (but, we, just, only, instead). */
const UP_TO_TURN = String.raw`(?:(?!\b(?:but|we|i|just|only|instead)\b)[^,.;!?]){0,30}`;

export const industryDenial: Words = [
  // "not really a restaurant"; a trade in Chinese words too: "we're not 批发".
  String.raw`\b(?:not|no longer)\s+(?:(?:really|quite|exactly|even|technically)\s+)?(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:\w+|[\u3400-\u9fff]{1,8})`,
  // A shop denied is no trade: "we got no online store", "don't have a shop".
  // ...a street shop by its front ("no shopfront", "don't have a storefront").
  String.raw`\b(?:no|don['’]?t have(?: an?)?|do not have(?: an?)?)\s+(?:online\s+|physical\s+|retail\s+)?(?:shops?|stores?|shop ?fronts?|store ?fronts?)\b`,
  // A farm or a works not owned, the trade said after it ("we dont own a plantation, we buy green beans off growers"; round 65).
  String.raw`\b(?:don['’]?t|dont|do not|doesn['’]?t|does not)\s+(?:own|have|run)\s+(?:an?|any|the)\s+(?:[a-z-]+\s+)?(?:plantations?|farms?|orchards?|estates?|factor(?:y|ies)|plants?|mills?|fields?)\b`,
  // A trade's own verb denied ("we don't grow coffee, we roast it", "we don't truck the goods, we store them"; round 25): up
  // to the trade said instead.
  String.raw`\b(?:don['’]?t|do not|doesn['’]?t|does not|no longer|never)\s+(?:(?:actually|really|ourselves|even)\s+)?(?:${TRADE_VERBS})\b${UP_TO_TURN}`,
];

/** Verbs of getting goods in: "buy", "source", "order". */
/** Things fitted to a place: a sign, a counter, lights, shelves (what a shop's premises get). */
const FITTINGS = String.raw`sign|signage|signboard|counter|shelf|shelves|shelving|light|lighting|awning|aircon|air conditioner|cctv|camera|door|window|floor|tiles|display|rack`;
const GETTING_GOODS = String.raw`(?:buy|buys|bought|buying|get|gets|got|source[sd]?|order(?:s|ed)?|purchas\w*)`;
/** A trader goods come from: "a wholesaler", "the factory", "suppliers". */
const TRADER = String.raw`(?:wholesalers?|distributors?|factor(?:y|ies)|suppliers?|importers?|wholesale market)`;
/** Verbs that get or put in a line ("set up a baking line", "put in a packing line"). */
const LINE_PUT_IN = String.raw`buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want|set(?:ting)? up|put(?:ting)? in|add(?:ing)?`;
export const boughtThings: Words = [
  // A shop planned is not the trade ("planning a 2nd store", "open a third shop"), as 想开个分店 is not.
  String.raw`\b(?:(?:a|an|our)\s+(?:second|third|fourth|2nd|3rd|4th|new|bigger)|another|one more)\s+(?:branch|store|shop|outlet|location)(?:es|s)?\b`,
  // One more outlet beside the firm ("open an online store too"): a shop planned, not the trade.
  OUTLET_TOO,
  // Premises taken over ("take over the shop next door"): not the firm's own trade.
  ...premisesTakenOver,
  // A thing worn out ("the tea roller broke", "our coffee machine is dying"): what it is names no trade.
  ...thingWornOut,
  // Money paid ahead ("prepay the hotels"): whom it goes to names no trade.
  ...paidAhead,
  // Suppliers abroad paid, their goods named between ("to pay lao rubber suppliers", round 22): the goods name no trade.
  String.raw`\bpay(?:ing)? (?:our |the |my )?(?:vietnamese|lao|laotian|burmese|thai|cambodian) (?:[a-z]+ )?(?:suppliers?|farmers|growers)\b`,
  // ...or the growers paid named by their farms, their goods before ("to pay durian orchards in thailand"; round 45): the payee's, no trade.
  String.raw`\bpay(?:ing)? (?:our |the |my )?(?:[a-z]+ ){0,2}?(?:orchards?|farms?|plantations?)\b`,
  // ...any suppliers paid, their goods between ("pay our coffee suppliers in vietnam", "pay the timber supplier": round 29).
  String.raw`\bpay(?:ing)? (?:our |the |my )?(?:[a-z-]+ ){0,2}?(?:suppliers?|vendors?|sellers)\b`,
  // The firm's own place named as where a thing goes or a part of it redone ("new signage for the shop front", "a new counter for the
  // shop", "redo the shop sign"; round 29): the place, no trade (a sum "for the shop" and the shop renovated whole keep the weak retail).
  String.raw`\b(?:the|our|my)\s+(?:shop|store)(?=\s*(?:front|fronts|sign\w*|roof|floor|walls?|windows?|doors?|interior|lighting|lights|counter|shelves|awning|entrance)\b)`,
  String.raw`(?<=\b(?:${FITTINGS})s?\s+)for\s+(?:the|our|my)\s+(?:[a-z-]+\s+)?(?:shop|store)(?:\s+front)?\b`,
  // A space turned into something new ("turn the backyard into a beer garden"): what it becomes names no trade.
  ...spaceTurnedInto,
  // Goods stocked up on, in English inside Chinese too (过年前要 stock up 腊肉火腿, "stock up on cured ham"; round 63): what is stocked
  // names no trade.
  String.raw`\bstock(?:ing)?\s+up(?:\s+on)?\s+[^,.;!?，。；！？]{1,12}`,
  // Any object bought ("buy two dental chairs", "a used pallet jack"), or bought before ("we bought a
  // used roaster"): not the firm's own trade.
  ...objectBought,
  ...thingBoughtToo,
  String.raw`\bbought\s+(?:(?:a|an|one|two|three|\d+|new|used|second-?hand|another)\s+)+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?`,
  // Growers paid for their produce ("pay the thai farmers before the season"): suppliers, not the firm's trade.
  // With what they are paid for: "pay farmers for their coffee cherries".
  String.raw`\bpay(?:s|ing)? (?:our |the |my )?(?:[a-z]+ )?(?:farmers|growers)\b(?:\s+for\s+(?:(?:the|their|our)\s+)?(?:[^\s.,;!?]+\s+){0,2}?(?:${produce.join('|')})\b)?`,
  // Produce bought ("we buy coffee beans from farmers", "purchasing raw tea"): no hint that the firm grows it.
  // Not past "for": in "buy equipment for coffee roasting" the coffee is what the equipment is for.
  String.raw`\b(?:buy|buys|buying|bought|purchas\w*|collect\w*|order\w*|stock(?:ing)? up on)\s+(?:(?!for\b)[^\s.,;!?]+\s+){0,4}?(?:${produce.join('|')})\b(?:\s+from\s+(?:\w+\s+){0,3}?(?:farmers|growers|villagers|farms))?`,
  // ...or financed ("a letter of credit for coffee beans from vietnam", "a loan for tea leaves", "need 800k for coffee beans"; round 57,
  // convention 666): the goods bought name no trade.
  String.raw`(?<=\b(?:loans?|credit|money|cash|financing|\d[\d.,]*\s*(?:k|m|w)?)\s+)for\s+(?:(?:the|our|some|more)\s+)?(?:${produce.join('|')})\b`,
  // Goods bought from a trader ("we buy our rice from a wholesaler", "get stock from a factory in guangzhou"): the supplier's trade is not ours.
  String.raw`\b${GETTING_GOODS}\s+(?:[\w'-]+\s+){0,3}?from\s+(?:(?:a|an|the|our|local|some|big|small|one)\s+)*(?:[a-z-]+\s+)?${TRADER}\b`,
  // ...said of the goods ("our flour comes from a mill in chuxiong", "parts come from a wholesaler"): the supplier.
  String.raw`\b(?:comes?|came|coming)\s+from\s+(?:(?:a|an|the|our|local|some|big|small|one)\s+)*(?:[a-z-]+\s+)?(?:${TRADER}|mills?|farms?|farmers|growers|co-?ops?)\b`,
  // Goods got from a supplier named by any words ("we buy from local farms", "we buy latex off the tappers": round 50, "we source our stock from tea shops n
  // wholesalers"): the supplier's trade is not ours, and the goods are how the trade is supplied (supplyDescribed).
  String.raw`\b(?:buy|buys|bought|buying|get|gets|got|getting|source[sd]?|sourcing|purchas\w*|order|ordered)\s+(?:(?!(?:${notGoodsGot.join('|')})\b)[\w'-]+\s+){0,3}?(?:from|off)\s+${CUSTOMER_LIST}`,
  String.raw`\b(?:want|plan|planning|going|hope)\s+to\s+(?:open|start|set up)\s+(?:an?\s+)?online\s+(?:shop|store)[^,.;!?]*`,
  // A cold store is premises or equipment, not a shop: "the new cold store", "our cold storage".
  String.raw`\b(?:a|an|the|our|my)\s+(?:(?:new|second|bigger|own|small|big)\s+)*cold (?:stores?|storage|rooms?)\b(?!\s+(?:business|company|firm|services?|warehouses?|facilit(?:y|ies)|depots?))`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?machines?\b`,
  // A machine named in Chinese after an English verb, as traders mix them: "for 烘干机", "buy 一台杀青机" (手机 is a phone).
  String.raw`\b(?:buy|buying|get|for)\s*(?:[一两几\d]+\s*)?[台部个]?[^\sa-z，。,！？!?]{0,5}(?<!手)机(?![票构会场器人制])`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?equipment\b`,
  String.raw`\b(?:${LINE_PUT_IN})\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?lines?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?warehouses?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?cold stores?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?facility\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?facilities\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?trucks?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?vans?\b`,
  // ...its size said before what it is for ("build a small tea processing workshop"; round 62).
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some|small|little|big)\s+)*(?:\w+\s+){0,2}?workshops?\b`,
];

/**
 * The customers themselves (their trade is not the firm's), not the verb before them: "sell ... to"
 * stays outside, where the wholesale rule reads it (industries.ts).
 */
/** What the other side of a trade asks or will not do: "wants prepayment", "asks 30% up front", "won't deliver". */
const COUNTERPART_ASKS = String.raw`(?:wants?|asks?|asked|requires?|required|demands?|demanded|insists?|needs? (?:us|me)|only (?:takes|accepts)|won['’]?t|will not|refuses?)`;
/** The firm's sellers named: "our suppliers", "the sawmills in lincang", "my growers" (round 36, the merge: named parts). */
// ...or named by where they are from (lao farmers want cash on the spot; round 65).
const SELLERS_FROM = String.raw`(?:lao|laotian|burmese|myanmar|vietnamese|thai|cambodian|local)`;
const THE_FIRMS_SELLERS_EN = String.raw`\b(?:(?:our|my|the)\s+(?:[a-z]+\s+)?|${SELLERS_FROM}\s+)(?:${TRADER}|sawmills?|mills?|manufacturers?|sellers?|vendors?|farmers|growers|producers)(?:\s+(?:in|from)\s+[a-z]+)?`;
/** ...then what they ask of the firm, or that they sell to it: "all want cash", "only take cash", "who supply us". */
const SELLERS_ASK_OR_SUPPLY_EN = String.raw`\s+(?:(?:all|now|just|always)\s+)*(?:${COUNTERPART_ASKS}|only (?:take|accept))\b|\s+(?:who|that)\s+(?:sell|sells|supply|supplies)\s+(?:to\s+)?us\b`;

/** Whom the firm pays that names no payee's trade: its own people and running costs (pay our staff in cash, pay the rent first). */
const PAYING = String.raw`\b(?:pay|pays|paying|settle|settling|clear|clearing)`;
/** What is said of a paying after the payee: in a currency, for goods, before a date, upfront. */
const PAID_HOW = String.raw`(?:in|for|before|upfront|up front|first|every|each|by)\b`;
/** Buyers coming to the firm, then what they come for: "come to us to stock up", "come here to buy". */
const COMING = String.raw`(?:come|comes|came|coming)`;
const TO_BUY = String.raw`(?:[a-z]+\s+){0,2}?to\s+(?:stock up|restock|buy|purchase|pick up|get)\b`;
const NOT_A_PAYEE = String.raw`(?:staff|workers?|employees?|cooks?|chefs?|drivers?|team|crews?|waiters?|cleaners?|helpers?|people|wages|rent|bills?|money|loan|interest|deposit|balance|rest|difference)`;

/** Whom the customers are to the firm, said between them and their paying ("the builders we supply owe us"; round 30). */
const WHOM_WE_SERVE = String.raw`(?:\s+(?:that\s+)?(?:we|i)\s+(?:supply|sell to|deliver to|work for|build for))?`;
/** A verb of selling or the sales as a noun, before the sum sold (sell, supply, do, turn over; "sales": round 41). */
const SELLING_VERB = String.raw`(?:sell|sells|selling|sold|sales|supply|supplies|supplying|deliver\w*|ship\w*|do|does|did|make|makes|turn over|move|moves)`;
/** Verbs of a service done for others: wash, clean, launder, print, design, cook, bake. */
const WORK_DONE_VERB = String.raw`(?:wash|washes|washing|clean|cleans|cleaning|launder\w*|iron|irons|ironing|print|prints|printing|design|designs|designing|cook|cooks|cooking|bake|bakes|baking)`;
export const customersSupplied: Words = [
  // The other side of a trade named as the one asking ("the wholesaler wants prepayment", "the factory in vietnam asks
  // an advance payment"): a supplier or buyer, not the firm's trade ("our factory" may be the firm's own).
  String.raw`\bthe\s+(?:[a-z]+\s+)?(?:${TRADER}|sawmills?|mills?|exporters?|manufacturers?|sellers?|vendors?|buyers?)(?:\s+(?:in|from)\s+[a-z]+)?(?=\s+${COUNTERPART_ASKS}\b)`,
  // ...or the firm's own suppliers, growers or sellers named as asking or as selling to it ("our wholesalers want cash upfront", "the
  // farmers who sell us tea want to be paid on the spot"; round 36, fix36c, convention 254): those it buys from, no trade of its own.
  `${THE_FIRMS_SELLERS_EN}(?=${SELLERS_ASK_OR_SUPPLY_EN})`,
  // ...and the goods they sell it ("the farmers who sell us tea", "growers that supply us green beans"): bought, no trade of the firm's.
  String.raw`\b(?:who|that)\s+(?:sell|sells|supply|supplies)\s+us\s+[a-z-]+(?:\s+(?!(?:wants?|demands?|asks?|needs?|only|insists?|and|but|are|is|who|at|in|for|on)\b)[a-z-]+)?`,
  // Whom the goods go to, named by any words and listed as owners type them, with fillers or a channel before "to"
  // ("we sell mostly on taobao n to cafes in kunming", "deliver to gyms + offices", "supply to bubble tea shops", "resell
  // to cake factories", "distribute rice to canteens").
  String.raw`(?<=\b(?:sell|sells|selling|sold|resell\w*|resold|distribut\w*|supply|supplies|supplying|deliver|delivers|delivering|ship|ships|shipping)\b(?:\s+[\w'&+-]+){0,5}?\s+to\s+${HOW_MUCH})${CUSTOMER_LIST}`,
  // ...the verb and the goods in Chinese, the buyers in English (我们 sell 茶叶 to hotels, 供蔬菜 to canteens).
  String.raw`(?<=(?:卖|供应|供|送|发)(?:点|些)?\s*[\u4e00-\u9fff]{1,6}\s*to\s+${HOW_MUCH})${CUSTOMER_LIST}`,
  // ...a sum of sales and its period between the verb and "to" (the sum ends the words before the customers, across its
  // comma: "we sell about 1.5 mil a year, mostly to cafes", "we do around 800k a year, mostly to hotels"; the sales as a noun too:
  // "last year sales about 1.2m, mostly to a roaster in kunming", round 41).
  String.raw`(?<=\b${SELLING_VERB}\s+(?:(?:last|this|past)\s+(?:year|yr)\s+)?(?:(?:were|was|are|is|r|of|at)\s+)?${SALES_SAID}\s*,?\s+${HOW_MUCH}to\s+${HOW_MUCH})${CUSTOMER_LIST}`,
  // Where workers are placed or sent ("we place workers in factories", "we send cleaners to hotels"; round 66, judge-238): the customers.
  String.raw`(?<=\b(?:place|places|placing|send|sends|sending|supply|supplies|supplying)\s+(?:workers|staff|labou?r|cleaners|guards|nannies|drivers|people)\s+(?:in|into|to|for)\s+${HOW_MUCH})${CUSTOMER_LIST}`,
  // Whom the goods are carried for ("we haul cane for the sugar mill", "i truck fruit for the orchards"): customers.
  String.raw`(?<=\b(?:haul|hauls|hauling|truck|trucks|trucking|transport|transports|transporting|carry|carries|carrying)\b(?:\s+[\w'&+-]+){0,5}?\s+for\s+${HOW_MUCH})${CUSTOMER_LIST}`,
  // ...or whom a service is done for ("we wash sheets for about 30 inns n hotels", "we print menus for restaurants"; round 61).
  String.raw`(?<=\b${WORK_DONE_VERB}\b(?:\s+[\w'&+-]+){0,4}?\s+for\s+${HOW_MUCH}(?:(?:about|around|roughly|over|some|like)\s+)?(?:\d+\s+)?)${CUSTOMER_LIST}`,
  // Who the customers are, in any words ("customers are mostly cafes n bars", "most of our clients are gyms"): theirs.
  String.raw`(?<=\b(?:buyers?|customers?|clients?)\s+(?:is|are|r|=|:|include|includes|including|like|such as)\s+${HOW_MUCH})${CUSTOMER_LIST}`,
  // Whom the firm caters to, takes orders from or works for, and where its business comes from ("we cater to cake
  // factories", "we take orders from nursing homes", "most of our business comes from developers"): customers.
  String.raw`(?<=\b(?:cater(?:s|ing)?\s+(?:to|for)|take[sn]?\s+orders\s+from|orders\s+(?:come|coming)\s+from|works?\s+for)\s+${HOW_MUCH})${CUSTOMER_LIST}`,
  String.raw`(?<=\bbusiness\s+(?:(?:mostly|mainly|all)\s+)?comes?\s+(?:(?:mostly|mainly|all)\s+)?from\s+)${CUSTOMER_LIST}`,
  // Whom the firm serves, named by a kind of buyer ("we mostly serve hotpot places and cafes"; "serve noodles" is the trade).
  String.raw`\b(?=${CUSTOMERS})(?<=\b(?:serve|serves|serving|served)\s+${HOW_MUCH}${CUSTOMER_ADJECTIVE})${CUSTOMERS}(?:${CUSTOMER_JOIN}${ANY_CUSTOMER}){0,3}\b`,
  // The buyers or the suppliers as the subject, at a clause's start ("construction sites buy from us", "a mill in qujing
  // supplies us"): theirs, not the firm's trade.
  String.raw`(?<=(?:^|[,.;!?]\s*|\b(?:and|but|so)\s+))${CUSTOMER_LIST}(?=\s+(?:(?:mostly|mainly|all|usually)\s+)?(?:buy|buys|order|orders|get|gets)\s+(?:\w+\s+)?from\s+(?:us|me)\b)`,
  String.raw`(?<=(?:^|[,.;!?]\s*|\b(?:and|but|so)\s+))${CUSTOMER_LIST}(?=(?:\s+(?:in|from|at|near)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)?\s+(?:supply|supplies|delivers?|provides?)\s+(?:us|me)\b)`,
  // Whom the firm works with or mostly for ("we work with hotels and bars", "mostly for guesthouses"): customers.
  String.raw`(?<=\b(?:work|works|working|partner|partners|partnering)\s+(?:mostly\s+|mainly\s+)?with\s+)${CUSTOMER_LIST}`,
  // ...not a thing the money buys, said new or more ("mostly for new freezers", "mainly for a second oven": round 35).
  String.raw`(?<=\b(?:mostly|mainly|largely|usually)\s+for\s+)(?!(?:new|used|second[- ]hand|a|an|another|more|extra|some|the)\b)${CUSTOMER_LIST}`,
  String.raw`\b(?=${SERVED})(?<=\bsell\w*\s+(?:[\w-]+\s+){0,3}?to\s+${CUSTOMER_ADJECTIVE})${SERVED}(?:\s+(?:and|or)\s+\w+)?`,
  // Shops sold to with the goods between: "sell packaging to online shops".
  // ...exported or shipped to them, its origin between ("we export green coffee from puer to a roaster in chiang mai"; round 59).
  String.raw`(?<=\b(?:sell|export|ship)\w*\s+(?:[\w'-]+\s+){1,5}?to\s+(?:(?:a|an|local|nearby|the|our|big|small)\s+)*)(?:(?:online|taobao|tmall|douyin|e-?commerce)\s+)?${CUSTOMERS}\b`,
  // Buyers who use the goods, not resell them: "sell fertiliser to vietnam farmers", "supply hard hats to builders".
  String.raw`\b(?=${USERS})(?<=\b(?:sell\w*|wholesal\w*|supply|supplies|supplying|deliver\w*)\s+(?:[\w-]+\s+){0,3}?to\s+${CUSTOMER_ADJECTIVE})${USERS}\b`,
  // A list after the first ("mostly supply bakeries also online shops", "supply hotels & bars"): each joined by any filler.
  String.raw`\b(?=${CUSTOMERS})(?<=\b(?:supply|supplies|supplying|deliver\w*|sell\w*)\s+(?:to\s+)?${HOW_MUCH}${CUSTOMER_ADJECTIVE})${CUSTOMERS}(?:${CUSTOMER_JOIN}${ANY_CUSTOMER}){0,3}\b`,
  // Goods wholesaled to buyers who use or sell them: "we wholesale fertiliser to co-ops".
  String.raw`\b(?=${CUSTOMERS})(?<=\bwholesal\w*\s+(?:[\w-]+\s+){1,3}?to\s+${CUSTOMER_ADJECTIVE})${CUSTOMERS}(?:${CUSTOMER_JOIN}${ANY_CUSTOMER}){0,3}\b`,
  // Whom the goods or the machines go to: "a kitchen that supplies lunch boxes to factories", "we rent out cranes to construction sites".
  String.raw`\b(?=${CUSTOMERS})(?<=\b${PROVIDE_TO}\s+${CUSTOMER_ADJECTIVE})${CUSTOMERS}(?:\s+(?:and|or)\s+${CUSTOMERS})?\b`,
  // Whom a service is done for, a list of kinds or a plural ("cleaning service for office and hotel",
  // "security guards for factories and hotels"): customers, not the firm's trade.
  // ...the rest of the list with it ("a laundry for hotels n inns").
  String.raw`\b(?=${CUSTOMERS})(?<=\b(?:${SERVICES_FOR.join('|')})\s+for\s+${SERVED_FIRST}${CUSTOMER_ADJECTIVE})${CUSTOMERS}\b(?:${CUSTOMER_JOIN}${ANY_CUSTOMER}){0,3}\b`,
  // Who a buyer is, said beside it in brackets or commas ("a big client (a real estate agency) owes us 80k", "one buyer, a hotel group,";
  // round 67, found by a tester: the client's trade had become the firm's): theirs.
  String.raw`(?<=\b(?:buyers?|customers?|clients?)\s*(?:\(|,|-|–)\s*(?:(?:a|an|the|one|some|big|small)\s+)*)(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s*(?:\)|,|-|–))`,
  // Who the buyer is: "our buyer is a big supermarket", "our customers are mostly hotels".
  String.raw`\b(?=${CUSTOMERS})(?<=\b(?:our|my|the)\s+(?:main\s+|biggest\s+|only\s+)?(?:buyers?|customers?|clients?)\s+(?:is|are)\s+(?:(?:a|an|some|mostly|mainly|all)\s+)?${CUSTOMER_ADJECTIVE})${CUSTOMERS}\b`,
  // Buyers come to the firm to stock up ("buyers from guangdong come to us to stock up", "shops come here to buy"; round 28):
  // their buying, no need of the firm's (trade-scopes.ts drops the purpose it names).
  String.raw`\b${COMING}\s+(?:to us|here|over|to (?:our|my) (?:[a-z-]+\s+){0,2}?(?:place|warehouse|market|factory|yard))\s+${TO_BUY}`,
  // ...to the firm's shop, words before it ("tourists come to our little shop to buy silver": round 29): their buying only, the
  // shop still the firm's (a weak retail, as "only in our shop").
  String.raw`(?<=\b${COMING}\s+to (?:our|my) (?:[a-z-]+\s+){0,2}?(?:shop|store|stall|showroom|counter))\s+${TO_BUY}`,
  // ...and who they are, named before their coming ("restaurants come to our shop to buy"): customers, their trade not ours.
  String.raw`\b(?:(?:the|local|some|many|most|small)\s+)?[a-z-]+(?:\s+from\s+[a-z-]+)?(?=\s+(?:(?:all|always|often|usually|mostly|also)\s+)*(?:come|comes|came)\s+(?:to us|here|over|to (?:our|my)\b))`,
  // Online sellers supplied: "we supply taobao sellers" (their online sales, not the firm's).
  String.raw`\b(?:supply|supplies|supplying|sell\w* to)\s+(?:online|taobao|tmall|douyin|e-?commerce)\s+(?:shops?|stores?|sellers|merchants)\b(?:${CUSTOMER_JOIN}${ANY_CUSTOMER}){0,3}`,
  // Goods for a trade, not the trade: "hotel supplies", "restaurant equipment" (酒店用品 in zh).
  String.raw`\b(?:hotel|restaurant|catering|salon|hospital|office) (?:supplies|supply|equipment|linens?)\b`,
  // Who supplies the firm: "our supplier is a big tea factory" (its trade is not the firm's either).
  String.raw`\b(?:our|my|the)\s+(?:main\s+|biggest\s+|only\s+)?(?:suppliers?|vendors?)\s+(?:is|are)\s+[^,.;!?]{0,30}`,
  // Who pays the firm, or owes it: "hotels pay us 60 days later", "the supermarket owes us 200k".
  // ...with whom they are to the firm between ("the builders we supply owe us about 600k", "the shops we sell to still owe us"; round 30).
  String.raw`\b(?:(?:the|our|local|big)\s+)?${CUSTOMERS}${WHOM_WE_SERVE}\s+(?:(?:always|usually|often|only|never|still)\s+)?(?:(?:pay|owe)s?|settles?\s+with|settles?\s+up\s+with)\s+(?:us|me)\b`,
  // ...a plant named by what it makes ("the sugar mill pays us 2 months after crushing"; round 54).
  String.raw`\bthe\s+(?:[a-z-]+\s+)?(?:mill|factory|plant|refinery|processor|cannery)\s+(?:(?:always|usually|only|still)\s+)?(?:pays?|owes?)\s+(?:us|me)\b`,
  // ...named before a clause saying so ("the hotel that owed us 40k", "the supermarket which still owes us"; round 27).
  // ...a place between ("the hotel in jinghong that owed us 180k").
  String.raw`\b(?:(?:the|a|our|that|this|one)\s+)?[a-z-]+(?:\s+(?:in|at|near|from)\s+[a-z-]+|\s+[a-z-]+)?(?=\s+(?:that|which|who)\s+(?:still\s+)?(?:owe[sd]?|owing)\s+(?:us|me)\b)`,
  // ...or put off paying: "the co-ops keep delaying payment", "dealers hold back payments" (their trade is not the firm's).
  String.raw`\b(?:(?:the|our|local|big)\s+)?${CUSTOMERS}(?=\s+(?:(?:keep|always|usually|often|still)\s+)*${PUT_OFF}\s+(?:the\s+|their\s+|our\s+)?(?:payments?|paying)\b)`,
  // ...said with no "us", by when they pay: "the factories pay 90 days after delivery", "hotels only pay after 3 months".
  String.raw`\b(?:(?:the|our|local|big)\s+)?${CUSTOMERS}\s+(?:(?:always|usually|often|only|never)\s+)?(?:pay|settle)s?\s+(?:(?:only|us|me)\s+)?(?:after|late|later|in|within|\d+|one|two|three|six|a month|a year|once)\b`,
  // Whom the firm owes or pays back: "we owe the wholesaler money", "pay back the builder" (a creditor's trade is not ours).
  String.raw`\b(?:owe[sd]?|pay(?:ing)? back|repay(?:ing)?)\s+(?!to\b)(?:(?:the|our|my|a|an|some)\s+)?[a-z-]+(?:\s+[a-z-]+)?(?:\s+(?:about |around |roughly )?[\d.,]+\s*(?:k|m|million|mil)?\s+for\s+(?:the\s+)?[a-z-]+)?`,
  // ...named after the sum or the verb ("2m still owed to the wholesaler", "we're behind 80k with the feed mill", "we
  // haven't paid the builders the 300k yet").
  String.raw`\b(?:owed|owing)\s+to\s+(?!us\b|me\b)(?:(?:the|our|my|a|an|some)\s+)?[a-z-]+(?:\s+[a-z-]+)?`,
  // ...or pays, named by one word before its bill or what the paying is for ("pay the butcher's bill", "pay the mill in riel",
  // "settle the printer's invoice": round 29): a payee, not the firm's trade; not the firm's own people or costs (pay our staff).
  String.raw`${PAYING}\s+(?:off\s+)?(?:the|our|my)\s+(?!${NOT_A_PAYEE}\b)[a-z-]+(?=['’]s?\s+(?:bills?|invoices?|tab|account|money)\b|\s+${PAID_HOW})`,
  String.raw`\bbehind\b(?:[^,.;!?]|[.,](?=\d)){0,20}?\bwith\s+(?:(?:the|our|my|a|an)\s+)?[a-z-]+(?:\s+[a-z-]+)?`,
  String.raw`\b(?:we|i)\s+(?:still\s+)?(?:ha(?:ve|s)n['’]?t|have not|never)\s+(?:yet\s+)?paid\s+(?:(?:the|our|my|a|an)\s+)?[a-z-]+`,
  // Whom the money is collected from: "collect payments from thai distributors", "get paid by the wholesalers".
  String.raw`\b(?=${PAYERS}\b)(?<=${PAID_FROM}${CUSTOMER_ADJECTIVE})${PAYERS}\b`,
];

/**
 * A place named to say where the firm is ("next to the 7-Eleven", "across from the hotel"): the
 * business named is a landmark, not the firm's trade.
 */
// The owner saying who they are: "i am", "we r", "i'm originally", "im" as typed.
// Or the other owner, the boss, the landlord: "the owner is from singapore", "my husband is thai".
const WE_ARE = String.raw`\b(?:(?:i|we|(?:the|our|my) (?:owner|boss|landlord|partner|husband|wife))(?:['’]m|['’]re| am| are| r| is| was)|im)\s+(?:(?:originally|come)\s+)?`;
// From a country abroad: "from laos".
const FROM_ABROAD = String.raw`from\s+(?:${[...countriesAbroad, ...citiesAbroad].join('|')})`;
// Of a nationality: "a burmese family", "thai".
const OF_NATIONALITY = String.raw`(?:an?\s+)?(?:${nationalities.join('|')})(?:\s+(?:family|people|guys?|lady|man|woman|citizens?))?`;
/** Where the owner comes from ("i am from laos", "we r thai family", "I am Burmese"): who they are, no trade across the border. */
export const ownerOrigin: Words = [
  String.raw`${WE_ARE}(?:${FROM_ABROAD}|${OF_NATIONALITY})\b`,
  // The owner named in a list of facts, no verb: "spa in kunming, owner from chiang mai".
  String.raw`\b(?:the |our |my )?(?:owner|boss|founder|owners)\s+(?:(?:is|are|originally)\s+)*${FROM_ABROAD}\b`,
  // The owners named, then where they come from: "me and my wife from laos", "my husband and i, both from myanmar".
  String.raw`\b(?:me|i|us|we|my\s+(?:wife|husband|family|partner|parents|brother|sister|cousin))(?:\s+(?:and|&|n)\s+(?:my\s+)?(?:[a-z]+|i|me))?\s*,?\s+(?:(?:both|all|two|originally|are|r)\s+)*${FROM_ABROAD}\b`,
];

/** Those who do work or sell to the firm (builders, contractors, suppliers, dealers): round 25, as zh/scopes.ts. */
const PROVIDERS = String.raw`(?:builders?|contractors?|decorators?|carpenters?|plumbers?|electricians?|installers?|fitters?|architects?|suppliers?|vendors?|dealers?|(?:machine|equipment|truck|van|car) (?:seller|dealer|maker)s?)`;

/**
 * Whoever does work or sells to the firm, named as they price it (round 25): "builder quoted 350k", "the contractor wants
 * 200k to redo the kitchen", "a quote from the builder", "the dealer's price": their trade is not the firm's.
 */
export const providerQuoting: Words = [
  String.raw`\b${PROVIDERS}\s+(?:has\s+|have\s+|had\s+|just\s+|already\s+)?(?:quoted|quotes?|quoting|asked|asks|asking|wants|charges?|charging|estimated?|priced|says|said|gave us (?:a )?(?:quote|price|estimate))\b`,
  String.raw`\b(?:quote|price|estimate|bill)\s+(?:from|by)\s+(?:the\s+|a\s+|our\s+|my\s+)?${PROVIDERS}`,
  String.raw`\b${PROVIDERS}['’]s\s+(?:quote|price|estimate|bill)\b`,
];

export const landmark: Words = [
  String.raw`\b(?:next to|near|opposite|across from|beside|in front of|close to|behind)\s+(?:the|a|an)\s+[^,.;!?]{1,24}?(?=\s+(?:on|in|at|and|we|i|with|so)\b|[,.;!?]|$)`,
];

/** The online shops an agency runs for its clients ("we run tmall stores for brands"): theirs, not the firm's. */
export const servedShops: Words = [
  String.raw`\b(?:run|runs|running|manage|manages|managing|operate|operates|operating)\s+(?:[\w-]+\s+){0,3}?(?:shops?|stores?|accounts?)(?=\s+${agencyClients})`,
  // "a tmall operations agency": the platform is the clients'.
  String.raw`\b(?:e-?commerce|online|taobao|tmall|douyin)(?= (?:operations? )?agenc(?:y|ies)\b)`,
];

/** The user runs the business named with a relative or friend ("we run it together", "i'm his partner"). */
export const partnership: Words = [
  String.raw`\b(?:we|i) (?:run|own|started|opened|do) (?:it|this|that|the \w+) together\b`,
  String.raw`\b(?:i am|i['’]?m|im) (?:his|her|their) (?:business )?partner\b`,
  String.raw`\b(?:i|we) (?:co-?own|co-?run|share) (?:it|the business|the place)\b`,
  String.raw`\bi have a (?:share|stake) in it\b`,
];

/** A trade given up ("we used to sell phones, now we run a hotpot place"): no trade of the firm now. */
export const formerTrade: Words = [String.raw`\b(?:used to|formerly|previously)\b`];

/** A firm's word, and the renovation jobs it does ("renovation works", "fit-outs"). */
const FIRM_WORD = String.raw`(?:contractors?|company|firm|builders?|crew|team|business)`;
const RENOVATION_JOBS = String.raw`(?:renovations?|refurbishments?|fit[- ]?outs?)(?:\s+(?:works?|jobs|projects))?\b`;
export const renovationTrade: Words = [
  String.raw`\brenovation (?:company|business|firm|contractors?|work|services?)\b`,
  String.raw`\bwe do renovations?\b`,
  // The trade with a word of habit between ("we mainly do renovations", "i do home renovation").
  String.raw`\b(?:we|i)\s+(?:(?:also|mainly|mostly|just|only|usually)\s+)?do\s+(?:\w+\s+)?(?:renovations?|remodell?ing|fit[- ]?outs?)\b`,
  String.raw`\bfit[- ]?outs?\s+(?:company|companies|business|firm|contractors?|crew|team|services?)\b`,
  // Jobs taken from clients, in the plural: "we mostly take on hotel renovations", "we handle shop fit-outs".
  String.raw`(?<!\bto\s)\b(?:take on|do|handle|speciali[sz]e in)\s+(?:[\w-]+\s+){0,2}?(?:renovations|fit-outs|refurbishments)\b`,
  // ...or the firm described by the jobs it is doing ("a small building contractor in Kunming doing renovation works"; round 63).
  String.raw`\b${FIRM_WORD}\b[^.;!?]{0,30}?\b(?:doing|does|speciali[sz]ing in)\s+(?:[\w-]+\s+){0,2}?${RENOVATION_JOBS}`,
  // Renovating for others: "we renovate houses for clients".
  String.raw`\brenovat\w*\s+(?:[\w-]+\s+){0,2}?for\s+(?:clients|customers|people|others|owners)\b`,
];

/** A hedge opening a reply: oh, hmm, actually, prob. */
const HEDGE_OPENING = String.raw`(?:oh|ah|hmm|nah|no|um|actually|prob|probably|maybe|ok|okay)`;
/** Less than the figure said: "less than that", "a bit lower than i said". */
const LESS_THAN_SAID = String.raw`(?:a bit |a little |bit )?(?:less|lower|fewer|smaller) than (?:that|(?:i|we) (?:said|told you|put|wrote|gave))`;
/** The writer's own figure questioned, then put right ("need 5k? no, 50k", "20k... nope 200k", "15 staff? no. 50"). */
// ...the right one in Chinese numerals too ("一年半... no 两年": round 26).
// ...a word of second thought before the no ("around 120k i guess.. actually no, 140k"; round 61).
const FIGURE_QUESTIONED = String.raw`(?<=(?:\?|\.\.+|…)\s*(?:(?:actually|wait|oh|hmm|um|err)[,]?\s+)?)(?:no|nope|nah)\b[,.]?(?=\s*(?:it['’]?s\s*)?(?:\d|[一二两三四五六七八九十]))`;
/**
 * A figure taken back with a bare no right after it, the right one after ("30k no 35k", "2 years, no, 3 years", "term 两年 no
 * 三年"): as a question mark before the no (FIGURE_QUESTIONED) reads it, the figure said before put right (round 24).
 */
// ...the figures in English number words too ("two years, no, three", 三年, no, four: round 29, fix29b; not "no one").
const NUMBER_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|forty|fifty|sixty)\b`;
const FIGURE_BEFORE_NO = String.raw`(?:\d|[一二两三四五六七八九十百千万]|\b(?:one|${NUMBER_WORD}))`;
const UNIT_BEFORE_NO = String.raw`(?:k|m|w|mn|mil|million|万|千|yuan|rmb|years?|yrs?|months?|mos?|年|个月|staff|people|个|人)`;
const FIGURE_SAID_NO = String.raw`(?<=${FIGURE_BEFORE_NO}\s*${UNIT_BEFORE_NO}?\s*,?\s)(?:no|nope|nah)\b,?(?=\s*(?:it['’]?s\s*|make (?:it|that)\s*)?(?:\d|[一二两三四五六七八九十]|${NUMBER_WORD}))`;
/**
 * The words of a slip in a figure said before, each a kind: an apology in chat spellings (sry, soz, my apologies),
 * a slip named (misspoke, slip of the tongue, fat-fingered, miscounted, overestimated), the last words taken back
 * (ignore that, disregard my last message, strike that, let me fix that), the writer or the figure said off or
 * wrong (i was way off, i got it wrong, that number was off). Read as a correction (correctionCue) and, after a
 * staff word, as the count taken back (index.ts CORRECTED_STAFF_BEFORE).
 */
/** A figure named: revenue, the staff number, the amount. */
const FIGURE_NAMED = String.raw`(?:revenue|turnover|sales|income|staff|headcount|employees|amount|number|figure|sum|term)(?:\s+(?:number|count|figure))?`;
/** ...as said before: "i gave earlier", "that we told you before". */
const AS_SAID_BEFORE = String.raw`(?:(?:that\s+)?(?:i|we)\s+(?:gave|said|told you|put|typed|wrote|mentioned)\s+)?(?:(?:earlier|before|just now)\s+)?`;
export const correctionSlips: Words = [
  String.raw`\b(?:sry|soz|my apologies|my error)\b`,
  String.raw`\b(?:i )?(?:misspoke|mis-?spoke|miscounted|miscalculated|misread|mixed (?:it|them|the numbers?) up)\b`,
  String.raw`\bslip of the (?:tongue|finger)\b`,
  // The phone blamed: "autocorrect", "stupid keyboard", "typed too fast".
  String.raw`\bauto-?correct(?:ed|ion)?\b|\b(?:stupid |this )?keyboard\b(?=[,.!:;-])|\btyped too fast\b`,
  String.raw`\bfat[- ]?finger(?:ed|s)?\b`,
  String.raw`\b(?:i )?(?:over|under)-?estimated\b|\bi exaggerated\b`,
  String.raw`\bi made a (?:small |little )?(?:mistake|error)\b`,
  // Not "forget it" (never mind) nor "ignore the noise".
  String.raw`\b(?:ignore|disregard|strike) (?:that|this|what i (?:said|wrote|typed))\b|\b(?:ignore|disregard|forget) (?:my|the) (?:last|previous|earlier) (?:one|msg|message|number|figure|answer)\b`,
  String.raw`\blet me (?:correct|fix|redo) (?:that|this|it|myself)\b|\bcorrecting myself\b`,
  // Not "i was off work", "off sick": off at the end of its phrase, or off by a figure.
  String.raw`\b(?:i was|i got it|i had it|i had that) (?:way |a bit |slightly )?(?:wrong|off)(?=\s*(?:$|[,.;:!-]|\bby\b|\babout\b|\bthere\b))`,
  String.raw`\b(?:that|it|this|the)(?: (?:number|figure|amount|count|one))? (?:was|is) (?:way |a bit |slightly )?(?:off|incorrect|a mistake|a typo)\b`,
  String.raw`\bi said too (?:much|little|many|few|high|low)\b`,
  String.raw`\bscratch that\b`,
  // The bot's summary said wrong, as 你总结的不对 reads: "your summary's wrong", "the recap is off" (round 24).
  String.raw`\b(?:your|the|that|this) (?:summary|recap)(?:['’]s|\s+(?:is|was))?\s+(?:wrong|incorrect|off|not right|mistaken)\b`,
  // A figure said before recalled, then put right: "i said 20 workers earlier but that's with the pickers, only 7".
  String.raw`(?<=\b(?:i|we)\s+(?:said|told you|gave|put|wrote|mentioned)\s+[^.!?]{1,30}?\s)(?:earlier|before|just now)\s*,?\s*but\b`,
  // A figure put by mistake: "i put 520k by mistake", "typed 80k for revenue by mistake" (not "frozen by mistake").
  String.raw`(?<=\d[\d.,]*\s*(?:k|m|w|万|yuan)?\s+(?:[a-z]+\s+){0,3})by mistake\b`,
  String.raw`\bmis-?typed?\b`,
  String.raw`\b(?:typed|wrote|said|put|gave) (?:it |that |this )?wrong\b`,
  String.raw`\bwrong (?:number|figure|amount|count|info|headcount|staff (?:count|number))\b`,
  String.raw`\b(?:that|it|this|the|what i said)(?: (?:earlier |previous |first )?(?:number|figure|amount|count|one))?(?: (?:before|earlier))? (?:was|is) wrong\b`,
  String.raw`\b(?:i|we) (?:said|put|wrote|typed|gave) (?:too (?:few|many|low|high)|(?:the )?wrong (?:number|figure))\b`,
  String.raw`\bgot (?:it|that|the (?:number|figure)) wrong\b`,
  // The figure named, perhaps as said before, then said off: "revenue i gave earlier was wrong", "the staff number
  // i told you is too high".
  // Not a reason given ("rejected us because our revenue is too low"; round 40).
  String.raw`(?<!\b(?:because|since|cos|cause|coz|as)\s+(?:(?:our|the|my|its)\s+)?)\b${FIGURE_NAMED}\s+${AS_SAID_BEFORE}(?:was|is|were)\s+(?:way\s+|a bit\s+|slightly\s+)?(?:wrong|incorrect|too (?:high|low|much|many|few))\b`,
  // The figure named, then said lower or higher than given: "revenue is actually lower", "sales are lower than i said".
  String.raw`\b${FIGURE_NAMED}\s+(?:is|are|was|were|s)\s+(?:actually\s+|really\s+|a bit\s+|much\s+)?(?:lower|higher|less|smaller|bigger)\b(?=\s*(?:$|[,.;:!-]|than (?:i|we) (?:said|told you|put|wrote|gave)))`,
  // An apology or a mistake opening the message: "apologies, 250k", "small mistake - 11 staff".
  String.raw`^\s*(?:apologies|(?:a |one )?(?:small |little )?mistake)\b`,
  // The earlier figure said too high or too low: "too high earlier", "that was too low before".
  String.raw`\btoo (?:high|low|much|many|few) (?:earlier|before)\b`,
  // A zero typed too many or too few: "missed a zero", "one zero too many", "extra zero", "added an extra 0".
  String.raw`\b(?:missed|forgot|dropped|left off|added) (?:a|one|an extra) (?:zero|0)\b`,
  String.raw`\b(?:one|a) (?:zero|0) too (?:many|few)\b|\btoo many zeros?\b|\b(?:an )?extra (?:zero|0)\b`,
  // Less than the figure just given, opening the reply: "less than that", "not that much", "we don't need that much".
  // ...hedged, or less than said ("prob less than that, 250k should do it", "hmm less than i said, sales r more like 900k"; round 61).
  String.raw`^\s*(?:${HEDGE_OPENING}[,\s]+){0,2}(?:${LESS_THAN_SAID}|not (?:that|so) (?:much|high|big|many)|(?:we |i )?(?:don['’]?t|do not) need (?:that|so) much)\b`,
  // No said twice, or after a hesitation, opening the message: "no no, 11", "err no", "wait no".
  String.raw`^\s*(?:no,? no|(?:err|erm|uh|um|wait|oh),? no)\b`,
];

/** A figure's unit after its digits, as a correction follows it: k, million, years, staff. */
const FIGURE_UNIT = String.raw`(?:k|m|w|mn|million|万|yuan|years?|yrs?|months?|mos?|staff|people)`;
/** A term said in words: "a year", "two years", "six months". */
const TERM_IN_WORDS = String.raw`(?:a|an|one|two|three|four|five|six)\s+(?:years?|yrs?|months?)\b`;
/** A figure said before, named as said before: "earlier i said", "i told you … before", "previously said". */
const SAID_BEFORE = String.raw`(?:(?:earlier|before|previously|first)[, ]+(?:i |we )?(?:said|told you|wrote|put|typed|mentioned|gave)|(?:i|we) (?:said|told you|wrote|put|typed|mentioned|gave))`;
/** The turn to the right figure after it: "its actually", "but really", "should be", "correct number is". */
const TURN_TO_RIGHT = String.raw`(?:(?:it['’]?s|its|it is|is|but)\s+)?(?:actually|really|(?:the )?(?:real|correct|right|true)(?: (?:number|figure|one|count|amount))?(?: is)?|should be|it['’]?s|its|it is)`;
/** What follows an apology that puts nothing right: a question, a bother, not understanding (round 33). */
const APOLOGY_BEFORE_ASKING = [
  String.raw`what|what'?s|wats|whats|how|where|who|which|why|when|can|could|would|do|does|did|is|are`,
  String.raw`to (?:bother|ask|trouble)|for (?:the |my )?(?:bother|trouble|late|delay|asking)`,
  String.raw`i (?:don'?t|didn'?t|do not) (?:understand|get|know)|\?`,
].join('|');
export const correctionCue: Words = [
  ...correctionSlips,
  // Actually opening a message that denies what was said ("actually we dont own a plantation, we buy green beans…"; round 65), as
  // "actually it's X not Y" reads.
  // (Not a fact denied, "actually we don't sell online", nor a count put right, "actually 11 workers, not 7": only the firm itself.)
  String.raw`^\s*actually\b(?=[^.?!]{0,30}\b(?:(?:don['’]?t|dont|do not)\s+(?:own|run|have)\s+(?:an?|any)|(?:we['’]?re|we are|it['’]?s|its)\s+not\s+(?:an?|the))\b)`,
  // ...then the turn to the right one: "earlier i said 15 staff, its actually 11", "i said 520k before, real number is 250k".
  String.raw`(?<=\b${SAID_BEFORE}\b[^.;!?]{1,30}?)\b${TURN_TO_RIGHT}\b(?=[^.;!?\d]{0,12}\d)`,
  // A figure said to be wrong, its noun between: "the 15 staff was wrong, 11", "520k was a mistake, 250k".
  String.raw`(?<=\d[\d.,]*\s*(?:k|m|w|万|yuan)?\s*(?:[a-z]+\s+){0,2})(?:was|is) (?:wrong|a typo|a mistake|incorrect|off)\b`,
  // Not an apology before a question or for a bother ("sorry what's LPR?", "sorry to bother you", "sorry, how long does it take";
  // round 33): nothing put right.
  String.raw`\bsorry\b(?![,.!\s]*(?:but\s+)?(?:${APOLOGY_BEFORE_ASKING}))`,
  // The trade refined, said to be nearer another ("actually its more of a tea shop", "well, more like a grocery store really",
  // "or rather a guesthouse"): round 23; not a figure ("more like 2m": replaceCue).
  String.raw`\b(?:actually|well|really|or rather)\b,?\s*(?:it['’]?s\s+|its\s+|it is\s+|we['’]?re\s+|we are\s+)?(?:more\s+(?:of|like)|closer to)\s+(?:an?\s+|the\s+)(?=[a-z])`,
  String.raw`\bor rather\b(?=\s+(?:an?\s+)?[a-z])`,
  String.raw`\bcorrection\b`,
  String.raw`\bi meant\b`,
  // A figure given, then the count said forgotten before ("actually it's 22 technicians, forgot the night shift"; round 43).
  String.raw`(?<=\d[^.;!?]{0,30}[,;]\s*(?:i\s+|we\s+)?)forgot (?:the|to (?:count|add|include|mention)|about)\b`,
  // Taking back the figure just said: "sorry i mean 2 million", "scratch that", "i mean 15" (before a figure).
  // ...the figure said in words, as speech-to-text writes it ("sixty k, i mean six hundred k", round 23).
  String.raw`\bi mean(?=,?\s*(?:about |around |like )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b))`,
  // The writer's own figure questioned, then put right: "need 5k? no, 50k", "15 staff? nope 50".
  // ...the question mark may be dots ("20k... no 200k"), a stop after the no ("20k? no. 200k").
  String.raw`${FIGURE_QUESTIONED}`,
  FIGURE_SAID_NO,
  // A figure said, then another made of it right after ("12 months, make that 18 months", "30k, make it 35k"): round 24.
  // ...after dots too, the later figure in words ("6 months... make that a year", round 25).
  // ...a no or an actually between ("18 months.. no make it 2 years", "1 year... actually make it 2"; round 32).
  // ...a stop then actually between ("pay back in 2 yrs. actually make it 18 months"; round 61).
  String.raw`(?<=\d\s*${FIGURE_UNIT}?\s*(?:,|\.{1,}|…)?\s*(?:(?:no|nah|nope|actually|sorry|wait|hmm|um)[,.]?\s+)?)make (?:it|that)\b(?=\s*(?:about |around )?(?:\d|${TERM_IN_WORDS}))`,
  // A figure said again nearer the truth after one said ("2 years, actually closer to 18 months", "1.2m, well more like
  // 1.5m", "3 years, actually 2": round 25), not opening the reply ("actually more like 2m": replaceCue).
  String.raw`(?<=\d[^.;!?]{0,30}?[,\s])(?:actually|sorry|no|nah|well)\b,?\s*(?:it['’]?s\s+|its\s+)?(?:closer to|more like|nearer)?(?=\s*(?:about |around )?\d(?![\d.,]*\s*(?:of|out of|are|is|were|work|do)\b))`,
  // The right figure said as meant: "i said 20k, meant 200k", "meant 200k".
  String.raw`(?<!\bi )\bmeant\b(?=,?\s*(?:about |around )?\d)`,
  String.raw`\bmy mistake\b`,
  String.raw`\bmy bad\b`,
  String.raw`\boops\b`,
  // Taking back what was just typed: "no wait, 80k", "oh wait".
  String.raw`\b(?:no|oh|hang on),? wait\b`,
  // ..."wait no" between two figures ("40k... wait no 45k", "300k, wait, no, 350k": round 36, corpus convention 242).
  // ...the figure's purpose between (we need 80k for stock before spring festival, wait no, 100k; round 61).
  String.raw`(?<=\d[^;!?\d]{0,40}?)\bwait,?\s+(?:no|nah|nope)\b(?=[,.]?\s*(?:about |around )?\d)`,
  // ..."wait" alone opening the reply, a figure right after it: "wait, 80k not 800k" (not "wait" alone, a skip).
  String.raw`^\s*wait\b(?=[,:;\s-]*(?:about |around |it['’]?s |its )?\d)`,
  // A figure mistyped: "typo", "mistyped" (a zero too many or too few: correctionSlips).
  String.raw`\btypo\b`,
  // "actually it's" opening the reply, the right figure right after it, the wrong one denied: "actually its 300k not 3m"
  // (not a count said with actually alone, "actually 11 workers, not 7": figures12).
  String.raw`^\s*(?:(?:no|oh|sorry|wait),?\s+)?actually\b(?=,?\s*(?:it['’]?s |its |it is )(?:about |around )?\d[^.;!?]{0,20}\bnot\s+(?:about |around )?\d)`,
  // A figure given before said to be wrong: "wrong number earlier", "that figure was wrong".
  String.raw`\bactually,?\s+(?:we|i)(?:['’]re|['’]m| are| am| r| do| run| sell| make| own)\b`,
  // ...actually after the verb, with what it is not after ("we're actually a tea wholesaler, not a tea farm"; round 60, convention 715).
  String.raw`\b(?:we|i)(?:['’]re|['’]m| are| am)\s+actually\b(?=[^.;!?]{0,40},?\s+not\s+(?:an?\s+)?[a-z])`,
  // A figure said to be off: "i said too few", "we put the wrong number", "i got the number wrong" (not "prices are too high").
];

/** A figure as written in an English correction: "250k", "about 1.2m", "300,000 yuan". */
const CORRECTED_FIGURE = String.raw`(?:it['’]?s |it is |should be )?(?:about |around )?\d[\d.,]*\s*(?:k|m|mn|mil|million|w|wan|万|yuan|rmb)?`;
/** The sum said enough after it: "80k should do", "150k is enough". */
const ENOUGH_AFTER = String.raw`(?:\s+(?:should|would|will|can) do|\s+is (?:enough|fine|plenty))?`;
/** The words that may open a correction in English: a slip named (correctionSlips), or a note of an edit. */
const SLIP_OPENERS = [...correctionSlips, String.raw`\b(?:update|edit|correction)\b`].join('|');

export const replaceCue: Words = [
  // A slip named opening the message, then only the right figure ("misspoke, 250k", "ignore that - 80k", "update: 1.2m").
  // ...the wrong one denied after it ("fat fingered it, 60k not 600k").
  String.raw`^\s*(?:(?:oh|ah|ok|okay|hmm|um|uh|ugh)[,\s]+)?(?:${SLIP_OPENERS})(?: it| that)?[,:;\s-]*${CORRECTED_FIGURE}(?:[,\s]*not\s*${CORRECTED_FIGURE})?${ENOUGH_AFTER}\s*(?=$|[,.!;])`,
  String.raw`\binstead\b`,
  // A figure revised, the reply opening with it: "actually more like 2m", "more like 80k" (not "weekends more like 7k").
  String.raw`^\s*(?:(?:actually|no|nah|well|hmm|oh|sorry),?\s+)?more like\b(?=\s*(?:about |around )?\d)`,
  String.raw`\bchange (?:it )?to\b`,
  // A sum lowered or raised to another ("ok lower it to 250k", "bring it down to 80k", "bump it up to 300k", "let's go with 150k").
  String.raw`\b(?:lower|reduce|cut|drop|bring|knock|raise|bump|increase|up|push)\s+(?:it|that|this)\s+(?:down\s+|up\s+)?to\b`,
  // ...with a verb of moving it ("take it down to 80k", "put it up to 200k") or said bare ("go up to 150k").
  String.raw`\b(?:take|put|move|set)\s+(?:it|that|this)\s+(?:down|up)\s+to\b|\bgo (?:up|down) to\b(?=\s*(?:about |around )?\d)`,
  String.raw`\blet['’]?s (?:go with|do|say)\b(?=\s*(?:about |around )?\d)`,
  // Not the thing to be made ("need 1m to make it": the order, round 20).
  String.raw`(?<!\bto )\bmake (?:it|that)\b`,
  String.raw`\bchange (?:it|that|this|the \w+) to\b`,
  String.raw`\bi meant\b`,
  // An unlabelled sum questioned, then put right ("20k? no 200k"), or said as meant ("meant 200k"): it replaces a sum.
  FIGURE_QUESTIONED,
  FIGURE_SAID_NO,
  String.raw`(?<!\bi )\bmeant\b(?=,?\s*(?:about |around )?\d)`,
];

/** Whether a kind of firm may borrow or what it counts as: the firm stands before ("a guesthouse count as…"). */
export const eligibilityAfterTopic: Words = [];
/** ...and the firm stands after ("can a guesthouse apply", "does a sole trader count as micro", "what counts as small"). */
export const eligibilityBeforeTopic: Words = [
  String.raw`^(?:can|could|may|does|do|is|are) (?:an?|my|our)\b`,
  String.raw`\bwhat counts as\b`,
  String.raw`\bhow many\b[^,.;!?]{0,20}?\bcounts? as\b`,
  // What such firms usually do ("what do guesthouses usually borrow?", "how do exporters usually get paid?").
  String.raw`\b(?:what|how|where)\s+(?:do|does)\b(?=[^,.;!?]{1,30}\b(?:usually|normally|typically|generally)\b)`,
  // Whom a service is for, a kind of firm in the plural ("is leasing good for restaurants?", "does supply chain
  // finance suit wholesalers?"); not one firm described ("which payment service suits a small tea shop in pu'er?": the owner's).
  String.raw`\b(?:good|suitable|right|ok|okay|meant|designed|made|useful) for\b(?=\s+(?:[a-z-]+\s+)?[a-z-]+s\b[^,.;!?]*\?)`,
  String.raw`\bsuits?\b(?=\s+(?:[a-z-]+\s+)?[a-z-]+s\b[^,.;!?]*\?)`,
  // Products for a kind of firm, named in the plural ("your loans for exporters", "credit for farms").
  // (Not goods the money buys, nor a letter of credit: "a letter of credit for coffee beans from vietnam"; round 57, convention 666.)
  String.raw`(?<!\bletter of )\b(?:loans?|products?|schemes?|financing|credit|programm?es?|discounts?|offers?|rates?)\s+for\s+(?=(?:[a-z-]+\s+)?[a-z-]+s\b)` +
    String.raw`(?!(?:[a-z-]+\s+)?(?:beans|goods|supplies|materials|seeds|parts|trucks|vans|machines|fertili[sz]ers|imports|shipments|orders)\b)`,
];

/** A question about what a word means: the word stands before ("is leasing legal?"). */
export const questionAfterTopic: Words = [String.raw`\b(?:legal|allowed|permitted)\b(?=\s*\?|\s*$)`, String.raw`\bmeans?\b(?=\s*\?|\s*$)`];
/** ...and the word stands after ("what is crowdfunding", "what does leasing mean"). */
export const questionBeforeTopic: Words = [
  // What the lender does, asked ("do you do loans for exporters?", "is there a product for people
  // who sell online?", "which loans are for small restaurants?"): nothing of the firm.
  String.raw`\bdo (?:you|u)(?: guys)? (?:do|have|offer|give|lend|provide|make)\b`,
  String.raw`\b(?:is|are) there (?:any |a )?(?:loans?|products?|schemes?|services?|programm?es?)\b`,
  String.raw`\bwhich (?:loans?|products?|services?|banks?|platforms?|lenders?) (?:are|is|do|does|would|will)\b`,
  String.raw`\bwhat(?:['’]s| is| are| does)\b`,
  String.raw`\bmeaning of\b`,
  String.raw`\bwhat do you mean by\b`,
  String.raw`\bis it (?:legal|allowed) to\b`,
  // How long a thing takes, asked of it ("how long does a bank cross-border transfer take?"; round 64, found by a tester): nothing of the
  // firm's need.
  String.raw`\bhow long (?:does|do|will|would|did) (?=(?:a |an |the |it |this |that )?(?:[a-z-]+ ){0,4}(?:take|last)\b)`,
];

/**
 * What might be, asked ("what if i have 50 employees next year", "could we do 2 years instead?"): the
 * firm's facts asked about are none of the firm's (the loan's sum and term asked about are read: the
 * dialog shows the advice for them, and the owner can say otherwise).
 */
/** Weighed against what was said: lower, cheaper, go down ("would the monthly be lower", "does it go down"; round 26). */
// ...or more of it, or instead ("if we go for 2 years instead how much extra interest", "would the interest be a lot more"; round 30).
const WEIGHED_AGAINST = String.raw`\b(?:lower|higher|cheaper|smaller|less|more|extra|instead|go(?:es)? (?:down|up)|come down|drop)\b`;
export const whatIfAsked: Words = [
  String.raw`\b(?:what|how) (?:if|about if)\b`,
  // Another sum or term asked after "what about", the borrowing between ("what about borrowing just 100k then?", "how about 2 years",
  // "what about only taking 150k"; round 31, convention 86): what might be, as "what about if" reads.
  // ...we and the verb said ("how about we only take 120k then?"; round 43).
  // ...or over a span ("what about over 2 years then", "how about for 18 months"; round 57, convention 639).
  String.raw`\b(?:what|how) about\b(?=\s+(?:(?:borrowing|taking|getting|going with|going for|doing|a loan of|only|just|we|i|borrow|take|get|go with|over|for|in)\s+)*(?:rmb\s*|¥)?\d)`,
  // A condition weighed against what was said ("if we stretch it to 3 years does the monthly go down?"): what might be, as
  // 借十五万的话 每个月是不是还得少些; the condition alone before its cost asked stays the owner's.
  String.raw`\b(?:if|say|suppose|supposing)\b(?=[^.;!?]{0,50}?${WEIGHED_AGAINST})`,
  String.raw`\b(?:could|can|should) (?:i|we)\b(?=[^,.;!?]{0,40}\binstead\b)`,
  // The loan said, pointed at and changed as a condition ("and if we stretch it to 4 yrs whats the monthly", "if we spread it
  // over 5 years"; round 27): what might be, as 要是拉长到三年 reads.
  String.raw`\b(?:if|say|suppose|supposing)\b(?=\s+(?:we|i)\s+(?:stretch|spread|extend|push|drag|cut|shorten|bring|make)\s+(?:it|that|this|the (?:loan|term))\b)`,
];

/**
 * A condition, then a question about it ("if sales hit 3m would we still count as micro", "if we take
 * 250k, how much would we repay a month"): no fact of the firm; the loan's sum in it is asked about.
 */
export const conditionAsked: Words = [
  String.raw`\b(?:if|say|suppose|supposing)\b(?=[^.;!?]{0,40}?\b(?:(?:would|will|could|can|do|does|should|is|are)\s+(?:we|i|it|that|they|the bank|our)|how much|how long|what would|what['’]?s|whats)\b)`,
];

/**
 * A purchase said not to be needed ("we don't need a new truck", "not buying equipment"): what it
 * names is not what the money is for. Not money lacking for it ("no money to buy a new oven").
 */
export const purchaseDenied: Words = [
  String.raw`\b(?:don['’]?t|do not|doesn['’]?t|won['’]?t|no need to|not going to)\s+(?:need|want|plan to)?\s*(?:to\s+)?(?:buy|get|replace|add|upgrade|a new|new|any|extend|expand|enlarge|renovate|redo)\b[^,.;!?]{0,30}`,
  // ...or premises made bigger denied ("we don't plan to make the shop bigger"; round 32), not all making ("we don't make much profit").
  String.raw`\b(?:don['’]?t|do not|doesn['’]?t|won['’]?t|not going to)\s+(?:need|want|plan)?\s*(?:to\s+)?make\s+(?:the|our|my|it)\s+(?:[a-z]+\s+){0,2}?(?:bigger|larger)\b`,
  String.raw`\bnot (?:buying|getting|replacing)\b[^,.;!?]{0,30}`,
  // A purpose given up (round 25): "forget the new oven", "scrap the renovation", "instead of a van", "not for stock anymore",
  // "the loan isn't for a truck".
  String.raw`\b(?:forget(?: about)?|scrap|ditch|drop|never mind)\s+(?:the|that|our|a|an|about the)\b[^,.;!?]{0,30}`,
  String.raw`\b(?:instead of|rather than)\b[^,.;!?]{0,30}`,
  String.raw`\b(?:isn['’]?t|is not|not|no longer)\s+(?:going\s+)?(?:to be\s+)?(?:for|towards|on)\s+(?:a|an|the|our|buying|getting|paying|stock|new)\b[^,.;!?]{0,30}`,
];

/** What the firm pays that may get dearer: rent, wages, materials, feed, fuel (costRisen). */
const RISING_COSTS = String.raw`rents?|wages?|salar(?:y|ies)|labou?r(?: costs?)?|costs?|prices?|raw materials?|materials?|feed|fertili[sz]er|fuel|electricity|shipping`;
/**
 * A cost said risen, told ("rent went up 20%", "our wages have gone up", "the landlord raised the rent"; round 34, corpus convention 175):
 * a circumstance, no use of the money; the money FOR it said outside it ("need 60k to pay the rent") keeps its purpose.
 */
export const costRisen: Words = [
  String.raw`\b(?:${RISING_COSTS})\s+(?:(?:has|have|had|just|all|also|keeps?|kept|again)\s+)*(?:went|gone|go(?:es)?|going|rose|risen|rises?|increased|jumped|doubled|shot|climbed|(?:is|are|was|were)\s+up)\b(?:\s+up\b)?`,
  String.raw`\b(?:raised|hiked|upped|put up|increased)\s+(?:the\s+|our\s+|my\s+)?(?:${RISING_COSTS})\b`,
];

/** A denial of a fact ("we don't sell on Taobao", "we have no export"). */
export const factDenial: Words = [
  // One platform denied ("no taobao", "not on lazada", "not selling on shopee"): not sold there, which says nothing
  // of the other places online (a list of them, or "nothing online", denies online sales: markets.ts).
  String.raw`\b(?:no|not|nor|neither)\s+(?:(?:sold|selling|sell)\s+)?(?:on\s+)?(?=(?:${platforms.join('|')})\b)`,
  String.raw`\b(?:don['’]?t|do not|doesn['’]?t|does not|never|no longer)\s+(?:have|sell|do|run|use|trade|(?:export|import)\w*)\b|\bnever\s+(?:used|tried|borrowed|had|sold)\b`,
  // Not begun yet: "haven't started selling on tiktok", "not yet started exporting".
  String.raw`\b(?:haven['’]?t|have not|hasn['’]?t|has not|not)\s+(?:yet\s+)?(?:started|begun)\s+[a-z]+ing\b`,
  // Given up: "we stopped exporting", "quit selling online".
  String.raw`\b(?:stopped|quit|gave up)\s+[a-z]+ing\b`,
];

/** The rest of an offer's clause, up to the owner's own turn ("but we need 500k"). */
const OFFER_TAIL = String.raw`(?:(?!\b(?:but|we|i)\b)[^.;!?,])*`;
/** What someone else does with an offer: "says", "promised", "called". */
const sayVerbs: Words = [
  String.raw`says?`,
  'said',
  String.raw`tells?`,
  'told',
  String.raw`claims?`,
  'claimed',
  String.raw`promis(?:es|ed)`,
  String.raw`offer(?:s|ed)`,
  'called',
];
/** Someone other than the owner. */
const others: Words = ['he', 'she', 'they', 'it', 'someone', 'somebody'];
/** Verbs of someone who offers a loan ("he can get me 500k", "can approve 300k for us"). */
const offerVerbs: Words = ['get', 'lend', 'loan', 'approve', 'give', 'arrange', 'find', 'provide', 'offer', 'release'];
/**
 * A loan someone else offers or promises ("a loan agent says he can get me 500k", "the bank
 * offered us 200k"): its sum is not the owner's need. Not what the owner says ("i said").
 */
export const offeredBy: Words = [
  String.raw`\b(?:${sayVerbs.join('|')})\b(?<!\b(?:i|we)\s[a-z]+)[^.;!?]{0,24}?\b(?:${others.join('|')})\s+(?:can|could|will|would|is able to)\s+(?:\w+\s+)?(?:${offerVerbs.join('|')})\b${OFFER_TAIL}`,
  String.raw`\b(?:bank|lender|agent|broker|platform|company)\s+(?:offer(?:s|ed)|promis(?:es|ed))\s+(?:me|us)\b${OFFER_TAIL}`,
];

/**
 * What might be, not what is ("if we ever export to laos", "maybe someday we'll sell online"): no
 * trade, no cross-border or online sales of the firm's; what the money would be for is still read.
 */
/** What a plan not yet done may reach for: selling online or abroad (a place of it within a few words). */
const PLANNED_PLACE_ONLINE =
  'online|taobao|tmall|jd|pinduoduo|douyin|tiktok|shopee|lazada|amazon|etsy|ebay|temu|aliexpress|e-?commerce|wechat';
const PLANNED_PLACE_ABROAD = String.raw`abroad|overseas|vietnam|laos|myanmar|thailand|foreign trade|border trade|cross-border|export\w*|import\w*`;
const PLANNED_MARKET = String.raw`[^,.;!?]{0,30}?\b(?:${PLANNED_PLACE_ONLINE}|${PLANNED_PLACE_ABROAD})\b`;
/** A start meant or supposed ("planning to start", "thinking of starting", "might start"); not a firm to open by its kind (a start-up, round 36). */
const WISH_TO_START_EN = String.raw`(?:plan|plans|planning|hope|hoping|want|wanting|going|aim|aiming) to (?:start|begin)(?!\s+(?:a|an|my own|our own|my|our)\s+(?!${PLANNED_MARKET}))`;
/** ...nor one thought of ("thinking about starting a laundromat"; round 37, fix37a, convention 274). */
const FIRM_THOUGHT_OF_EN = String.raw`(?!\s+(?:a|an|my own|our own|my|our)\s+(?!${PLANNED_MARKET}))`;
const MEANING_TO_START_EN = String.raw`\b(?:${WISH_TO_START_EN}|thinking (?:of|about) (?:starting|beginning)${FIRM_THOUGHT_OF_EN}|(?:might|may|could|will|gonna) (?:start|begin))\b`;
/** Words of a plan or an intention: "planning", "we intend", "thinking about", "gonna", "want to try". */
const PLANNING = String.raw`plan(?:s|ning)?|intend(?:s|ing)?|hop(?:e|es|ing)|thinking (?:of|about)|considering|going|gonna|might|want(?:s|ing)? to try`;
/** Verbs of starting to sell somewhere new: sell, open, launch, try, get into. */
const PLANNED_VERBS = String.raw`sell\w*|open\w*|launch\w*|try\w*|get(?:ting)? into|do(?:ing)?`;
export const hypothetical: Words = [
  String.raw`\bif\s*(?:(?:we|i)\s+)?(?:(?:ever|one day|someday|some day|eventually|later|in (?:the )?future|decide to|decided to|were to|start(?:ed)? to)\b|以后|将来)[^,.;!?，。；！？]*`,
  String.raw`[^,.;!?，。；！？]*\b(?:someday|some day|one day|in (?:the )?future|down the road)\b[^,.;!?，。；！？]*`,
  // A plan to start (planning to start exporting, want to begin selling online): not done yet.
  // Or may start ("we might start selling online next year", "may begin exporting").
  // Not a firm started ("planning to start a small bakery in my village": the firm to be, its trade read; round 36, fix36e), unless
  // online or abroad ("planning to start a taobao store").
  `${MEANING_TO_START_EN}[^,.;!?，。；！？]*`,
  // A plan or an intention to sell, export or open somewhere new ("planning to export to thailand", "we intend to
  // export", "thinking about exporting", "going to open a taobao store soon", "might try tiktok shop"): not done yet.
  // Not a shop planned by a start-up ("planning to open a bubble tea shop": the firm to be, its trade read).
  String.raw`\b(?:${PLANNING})\s+(?:to\s+)?(?:start\s+|begin\s+)?(?:export\w*|import\w*|(?:${PLANNED_VERBS})\b(?=${PLANNED_MARKET}))\b[^,.;!?，。；！？]*`,
  // A market thought of or planned for, named at once ("thinking about e-commerce next year", "considering exports").
  String.raw`\b(?:thinking (?:of|about)|considering|plan(?:s|ning)? (?:for|on))\s+(?:e-?commerce|online|export\w*|import\w*|foreign trade|border trade|cross-border|taobao|douyin)\b[^,.;!?，。；！？]*`,
  // A place online or abroad named right after maybe ("not yet, maybe an ebay store next year", "maybe vietnam later"): not done yet.
  String.raw`\b(?:maybe|perhaps|possibly)\s+(?:(?:a|an|our own)\s+)?(?:${PLANNED_PLACE_ONLINE}|${PLANNED_PLACE_ABROAD})\b[^,.;!?，。；！？]*`,
  // What one heard ("heard cross-border e-commerce is booming"): said of others.
  String.raw`\b(?:i |we )?(?:heard|hear)(?: that)?\b[^,.;!?，。；！？]*`,
];

/** The rest of a clause, up to the turn to what is wanted now ("and need another 100k"). */
// A loan taken or held: "we borrowed", "paid off", "already have a mortgage", "our current loan".
/** The sum of a loan held, before its noun: "200k ", "1.5 million ", "50,000 yuan ". */
const HELD_SUM = String.raw`(?:[\d.,]+\s*(?:k|m|mil|million|w|wan|万|yuan|rmb)?\s+(?:yuan |rmb )?)?`;
/** A loan held, its sum and kind before its noun: "200k bank loan", "1 million mortgage", "old loan". */
const HELD_LOAN = String.raw`(?:(?:existing|outstanding|old|current|previous) )?${HELD_SUM}(?:bank |business |car |house |home |outstanding |existing |old )?(?:loan|mortgage|debt)s?`;
/** A loan held's sum after it ("of 500k"), its lender ("from the rural credit coop") and its end ("is due", "ends"; round 40). */
const HELD_SUM_AFTER = String.raw`(?: of [\d.,]+\s*(?:k|m|mil|million|w|wan|yuan|rmb)?)?`;
const HELD_LENDER_AFTER = String.raw`(?: (?:from|with|at) (?:the |a |an )?[a-z]+(?:[ -][a-z]+){0,3}?)?`;
const COMES_DUE = String.raw`(?:due|ends|ending|expires|expiring|matures|maturing|runs out|comes due)\b`;
const HAD_A_LOAN = [
  // Not a loan taken as what might be ("if we took out 600k, how much…").
  // Not the loan wanted paid back over its term ("need 600k …, paid back over 3 years"; round 43).
  String.raw`(?<!\b(?:if|say|suppose|supposing) )(?:we|i) (?:borrowed|took out)|(?:paid (?:off|back)|repaid)(?!\s+(?:over|in|within)\s+(?:\d|a |one|two|three|four|five|six|half))`,
  // Said with no subject, as chat does: "borrowed 200k in 2023", "previously borrowed 200k", "currently repaying a 200k loan".
  String.raw`(?:^|(?<=[,;]\s*)|\b(?:previously|already|before|last year) )(?:borrowed|took out)|\b(?:currently|still|now) (?:repaying|servicing)`,
  // The loan held, then "already": "200k loan already".
  String.raw`${HELD_LOAN} already`,
  String.raw`already (?:have|got|had) (?:a |an )?(?:loan|mortgage)|(?:our|my|the) (?:current|existing|previous|last|old) loan`,
  // A sum got from a lender before ("we already got 150k from rcc last year"): a loan had.
  String.raw`already (?:got|took|borrowed|received) ${HELD_SUM}(?:from|last|in)\b`,
  // A loan held, its sum said ("already have a 200k loan from the bank", "we got a 50k loan last year", "still
  // carrying a 300k mortgage"); not one wished for ("need to have a 200k loan", "can we get a loan", "if we got a 500k loan").
  String.raw`(?<!\b(?:to|can|could|would|will|if|may|might)\s(?:(?:we|i)\s+)?)(?:(?:already|still|currently)\s+)?(?:have|has|got|carry|carrying)\s+(?:a |an |one )?${HELD_LOAN}`,
  // ...or being repaid: "still paying off 120k to the bank", "paying back a 100k loan".
  // Not a term to repay in ("pay back in 18 months").
  String.raw`still\s+(?:paying|pay)\s+(?:off|back)|paying\s+(?:off|back)\s+(?:a |an |the |our |my )?${HELD_LOAN}`,
  // A loan dated in the past: "our loan from last year", "last year's loan", "the loan we took in 2021".
  String.raw`(?:our|my|the) loans? (?:from|of|in) (?:last|\d{4})|last year['’]s loan|loans? (?:we|i) (?:took|got|had)`,
  // A loan taken, its sum said ("we took a 50k loan last month"), or the owner's loan by its lender ("our loan from the microcredit
  // company is 100k"; round 34, convention 171), said as it is (is, was, costs), not as it should be ("our loan from the bank
  // needs to be 500k", "would be"); not one supposed ("if we took a 50k loan").
  String.raw`(?<!\b(?:if|say|suppose|supposing) )(?:we|i) took (?:a |an |one )?${HELD_LOAN}|(?:our|my) loans? (?:from|with|at) (?:the |a |an )?[a-z]+(?:[ -][a-z]+){0,2} (?:is|was|has|costs?|charges?|runs?)\b`,
  // The owner's loan said due or ending ("my bank loan of 500k is due next month", "our 300k loan from the rural credit coop ends in
  // march"; round 40): a loan held, whose sum is no need.
  String.raw`(?:our|my|the|that) ${HELD_LOAN}${HELD_SUM_AFTER}${HELD_LENDER_AFTER} (?:is |was )?${COMES_DUE}`,
  // Money still owed to a lender: "we still owe the credit coop 150k", "owe the bank about 80k".
  String.raw`(?:we|i)\s+(?:still\s+)?owe\s+(?:the\s+|our\s+|a\s+)?(?:[a-z]+\s+)?(?:bank|credit (?:coop|co-op|cooperative|union)|rcc|lender|microlender|loan company)`,
  // The firm's own debt to its landlord or suppliers told with its age ("we owe the landlord 6 months rent", "we still owe the wholesaler
  // for last season's stock, about 8 months now"; round 28, convention 38): its clause holds no figure, term or purpose of the loan wanted.
  String.raw`(?:we|i)\s+(?:still\s+)?(?:owe|are behind (?:on|with))\s+(?:the\s+|our\s+|my\s+)?(?:landlord|suppliers?|wholesalers?|vendors?|rent)\b` +
    String.raw`[^,.;!?]{0,30}?\b(?:\d+|a|one|two|three|four|five|six|several|a few|few)\s+(?:months?|years?|weeks?)\b`,
].join('|');
const UP_TO_OWN_TURN = String.raw`(?:(?!\b(?:and|but|now|so)\b)[^,.;!?，。；！？])*`;

/** Those a firm pays week after week, no lender ("we still have to pay our staff through winter": wages, not a loan held; round 29). */
const RUNNING_PAYEES = String.raw`(?:staff|workers?|employees|wages|salar(?:y|ies)|payroll|rent|bills|pickers|hands|crew|team)\b`;
/**
 * A loan the firm already has or had ("we borrowed 500k last year", "paid off a 100k loan", "our
 * current loan is 4.35%", "2 years left on it"): its clause holds no figure of the loan wanted now.
 */
/** The firm's own debt inside a loan-held phrase (the landlord, the suppliers, the rent, the wages): see zh. */
export const firmOwnDebt: Words = [String.raw`\b(?:landlord|suppliers?|wholesalers?|vendors?|rent|wages|payroll)\b`];
export const existingLoan: Words = [
  String.raw`[^,.;!?，。；！？]*\b(?:${HAD_A_LOAN})\b${UP_TO_OWN_TURN}`,
  String.raw`[^,.;!?，。；！？]*\b(?:years?|yrs?|months?|mos?) left\b${UP_TO_OWN_TURN}`,
  // What is left on a loan held, its sum before ("already have a loan with the rcc, 150k left on it", "there's 90k left on
  // our loan", "we still have 60k to pay off at the bank", "120,000 remaining on a loan with ccb"); not a debt the sum
  // wanted pays off ("need 60k to pay off a high interest loan").
  String.raw`(?:[^,.;!?，。；！？]|[.,](?=\d))*\b(?:left|remaining|outstanding)\s+on\s+(?:it|the|our|my|that|this|a|an)\b${UP_TO_OWN_TURN}`,
  String.raw`(?:[^,.;!?，。；！？]|[.,](?=\d))*\bstill (?:have|got)\b(?:[^,.;!?，。；！？]|[.,](?=\d)){0,20}\bto (?:pay|repay)(?: (?:off|back))?\b(?!\s+(?:(?:our|the|my|all|all the|everyone's)\s+)?${RUNNING_PAYEES})${UP_TO_OWN_TURN}`,
];

/**
 * Sales hoped for or aimed at ("hope to hit 2m next year", "aiming for 1m next year", "our target is 3m", "next
 * year we should do 2m"): not the revenue now, nor a sum wanted; a loan in it is still the sum wanted.
 */
const HOPING = [
  ...[String.raw`hop(?:e|es|ing)`, String.raw`aim(?:s|ing)?`, String.raw`target(?:ing)?`, String.raw`plan(?:s|ning)?`],
  ...[String.raw`want(?:s|ing)?`, 'wanna', String.raw`try(?:ing)?`, String.raw`expect(?:s|ing)?`],
  ...['should', 'could', 'might', 'will', 'gonna', "['’]ll"],
].join('|');
/** A sum aimed at, as written: "2.5m", "about 3 million", "rmb 800k". */
const TARGET_SUM = String.raw`(?:about |around |like )?(?:rmb|¥)?\s*\d[\d.,]*\s*(?:k|m|mn|mil|million|w)?`;
/** No use said for the sum after it ("for new trucks", "to buy a van"): then it is money wanted, not sales. */
const NO_USE_SAID = String.raw`(?![^,.;!?]*\b(?:for|to (?:buy|pay|open|expand))\b)`;
/** This year's end said before the verb ("this year we'll hit 1.1m"): the year's sales as it will end, no target (round 28). */
const NOT_THIS_YEAR = String.raw`(?<!\bthis (?:year|yr)\b[,\s]*(?:we|i)\s*)`;
/**
 * Sales so far in a firm's first months or year ("first year of business, revenue so far about 200k", "we've made about 80k so far";
 * round 36, fix36e, convention 263): no year's revenue.
 */
export const salesSoFar: Words = [
  String.raw`\b(?:revenue|sales|turnover|takings|income)\s+(?:so far|to date)\b[^,.;!?，。；！？]{0,24}`,
  String.raw`\b(?:we|i)(?:'ve| have)\s+(?:made|sold|done|taken in)\b[^,.;!?，。；！？]{0,20}?\b(?:so far|to date)\b`,
  String.raw`\b(?:so far|to date)\b[^,.;!?，。；！？]{0,6}\b(?:revenue|sales|turnover|takings|we(?:'ve| have) (?:made|sold|done))\b[^,.;!?，。；！？]{0,20}`,
];
export const salesTarget: Words = [
  String.raw`${NOT_THIS_YEAR}\b(?:${HOPING})\s+(?:to\s+)?(?:hit|reach|get to|grow to|double|break|cross|top|achieve)\b[^,.;!?，。；！？]*`,
  // Not the firm kept going with the money ("need 1.5m to keep going for 6 months": the loan's term; round 30).
  String.raw`\b(?:aim(?:s|ing)?|shoot(?:ing)?|(?<!\bkeep(?:\s+[a-z'’-]+){0,3}\s+)going)\s+for\b[^,.;!?，。；！？]*`,
  String.raw`\b(?:target|goal)\s+(?:is|of|for)\b[^,.;!?，。；！？]*`,
  // A sum wanted for next year, with no purpose said for it: "we want 2.5m next year", "hoping to do 3m next yr".
  String.raw`\b(?:${HOPING})\s+(?:to\s+(?:do|make|sell|turn over)\s+)?${TARGET_SUM}\s+(?:in |by )?(?:next|the coming) (?:year|yr)\b${NO_USE_SAID}[^,.;!?，。；！？]*`,
  String.raw`\bnext (?:year|yr)\s+(?:we|i)\s*(?:['’]ll|will|should|could|might|hope to|want to|plan to)\s+(?:do|make|hit|reach|sell)\b[^,.;!?，。；！？]*`,
  // Sales more than now said of a plan (the new shop would add another 1m a year, could bring in an extra 300k): an increase,
  // no sales of its own.
  String.raw`\b(?:would|could|will|should|might|['’]d)\s+(?:add|bring in|make|do|earn|sell)\s+(?:an?\s+)?(?:extra|another|additional)\b[^,.;!?，。；！？]*`,
];

/**
 * The words of a sales target that make a sum in it the sum wanted: borrowing, not wanting ("want to hit 2m next
 * year and borrow 200k"; "want", "need" alone leave the target a target).
 */
export const targetBorrowing: Words = [
  String.raw`\bborrow\w*`,
  String.raw`\bloans?\b`,
  String.raw`\bfinanc\w*`,
  String.raw`\bcredit\b`,
  String.raw`\blend\w*`,
];

/** Words after "sell" that start no name of goods. */
const NOT_GOODS = ['to', 'for', 'and', 'but', 'at', 'in', 'on', 'from', 'so', 'we', 'i', 'it', 'them'];
/** Verbs that may follow "and" in a list of goods sold and start the next clause instead. */
const NEXT_CLAUSE_VERBS = [
  ...['need', 'needs', 'want', 'wants', 'buy', 'get', 'also', 'have', 'has', 'are', 'is', 'would', 'will', 'plan', 'looking'],
  ...['accept', 'accepts', 'take', 'takes', 'collect', 'collects', 'receive', 'pay', 'pays', 'make', 'makes', 'do', 'does'],
  ...['offer', 'offers', 'provide', 'deliver', 'ship', 'ships', 'export', 'import', 'run', 'keep'],
];
/** One to three words naming the goods. */
const GOODS = String.raw`(?:\s+(?!(?:${NOT_GOODS.join('|')})\b)[a-z-]+){1,3}`;
/** ", and X things" after the goods: more goods in the list. */
const MORE_GOODS = String.raw`(?:,?\s+(?:and|or|&)(?:\s+(?!(?:${NOT_GOODS.join('|')}|${NEXT_CLAUSE_VERBS.join('|')})\b)[a-z-]+){0,2}\s+[a-z-]+s\b)*`;
/** Verbs of the work a trade does to others' things: fix, repair, service, build, install. */
const TRADE_WORK_VERBS = ['fix', 'fixes', 'repair', 'repairs', 'service', 'services', 'build', 'builds', 'install', 'installs'];
/** Goods the firm sells ("we sell tractors to farmers"): no purpose of its own; not what is sold off ("sell the old truck"). */
// The goods sold may be a list: "selling second hand fridges and washing machines".
export const soldGoods: Words = [
  // Machines hired out are the trade's stock too: "we rent out 3 excavators", "hire out scaffolding".
  String.raw`\b(?:rent|rents|renting|rented|hire|hires|hiring|lease|leases|leasing)\s+out(?:\s+(?!(?:to|for|and|but|at|in|on|from)\b)[\w-]+){1,3}`,
  // Goods named before the hire word as the trade: "equipment rental", "a scaffolding hire business".
  String.raw`\b(?:equipment|machinery|machine|excavator|crane|forklift|scaffolding|tool|generator|tent|truck|car|van|vehicle|bike|e-?bike)s? (?:rental|hire|leasing)\b`,
  String.raw`\b(?:sell|sells|selling|sold|distribut\w*|deal in)\b(?!\s+(?:off|(?:the|our|my) old)\b)${GOODS}${MORE_GOODS}`,
  // Things fixed, built or installed for others as the trade ("we fix tractors", "our firm builds greenhouses"):
  // the customers' things, not bought; not one of the firm's own ("we build a new shed").
  String.raw`\b(?:we|i|company|firm|team|crew)\s+(?:(?:also|mainly|mostly|just|only|usually)\s+)?(?:${TRADE_WORK_VERBS.join('|')})\b(?!\s+(?:a|an|the|our|my|new|another|more|one|two|\d+)\b)${GOODS}${MORE_GOODS}`,
];

/** A purchase said as the trade's habit ("we mainly buy rough stone from myanmar"): how it is supplied, no purpose. */
export const supplyHabit: Words = [String.raw`\b(?:mainly|mostly|usually|normally|always|regularly|generally)\b`];

/**
 * Another firm the owner deals with, named as its own with its own facts (round 26): a supplier (perhaps said what it is
 * after a comma: "our supplier, a tea factory, gave us 3 months credit"), the co-op or one customer with its own verb ("the
 * co-op sells about 10m a year", "one hotel alone buys 2m a year of produce"). Their figures, trade and terms are theirs.
 */
/** A supplier said what it is after a comma: "our supplier, a tea factory, gave us…". */
const SUPPLIER_SAID = String.raw`(?:,\s*(?:a|an|the)\s+[a-z-]+(?:\s+[a-z-]+)?\s*,)?`;
/** The supplier's own verb: it gives credit, sells, makes. */
const SUPPLIER_VERB = String.raw`(?=\s+(?:gave|gives?|lets?|extended|extends|offers?|offered|sells?|sold|makes?|made|does|did|produces?|has|had|charges?|charged)\b)`;
/** Another firm's own verb of trade: the co-op sells, one hotel alone buys. */
const FIRM_VERB = String.raw`(?=\s+(?:sells?|sold|makes?|made|does|did|buys?|bought|produces?|orders?|ordered|spends?|spent|takes?|took|turns? over)\b)`;
const ONE_FIRM = String.raw`(?:hotel|restaurant|shop|store|customer|client|supermarket)`;
/** Credit given the firm by the one named before ("gives me 60 days credit", "lets us pay in 30 days"): a supplier's terms. */
const CREDIT_GIVEN = String.raw`(?=\s+(?:gives?|gave|lets?|extends?|extended|offers?|offered)\s+(?:me|us)\b[^.?!]{0,20}\b(?:credit|terms|days)\b)`;
export const otherFirms: Words = [
  // A maker giving the firm credit ("the factory gives me 60 days credit if i pay a 10% deposit"; round 66, a tester): the supplier.
  String.raw`\b(?:the|that|our) (?:factory|mill|plant|manufacturer|maker|brand)\b${CREDIT_GIVEN}`,
  // The supplier as the subject of its own verb (not one the firm owes or pays: "we owe our supplier 300k").
  String.raw`\b(?:our|the|that) (?:main |biggest |largest |big |only )?(?:suppliers?|wholesalers?)\b${SUPPLIER_SAID}${SUPPLIER_VERB}`,
  // The co-op, or one customer or that one, with its own verb (not "the shop does 3k a day": the owner's own).
  String.raw`\b(?:(?:the|that) (?:co-?op|cooperative)|one ${ONE_FIRM}(?: alone)?|that (?:${ONE_FIRM}|estate|plantation|factory|mill))\b${FIRM_VERB}`,
];

/** People described by their trade: in English the relative comes first ("my friend who exports"), read in `relatives`. */
export const describedPeople: Words = [];

// A relative or friend: "sister", "cousin brother", "neighbour".
const RELATIVE = String.raw`sister|brother|father|mother|dad|mum|mom|parents|husband|wife|friend|cousin (?:brother|sister)|cousin|uncle|aunt|neighbou?r|son|daughter`;
// By marriage, possessive, or their family: "-in-law", "'s", "'s family".
const IN_LAW_FAMILY = String.raw`(?:[- ]in[- ]laws?)?(?:['’]s)?(?:\s+(?:family|folks|relatives|side))?`;
/** A firm named after a relative's name: "(my uncles noodle) shop", "(my cousins tea) factory". */
const THEIR_FIRM = String.raw`(?:shop|store|factory|company|firm|farm|restaurant|stall|business|garage|workshop|hotel|inn|guesthouse|cafe|bakery|mill|plant|clinic|salon)`;
/** Someone else's business ("my sister runs a restaurant"). */
export const relatives: Words = [
  // "my husband's family has a tea factory": their family's business is theirs too.
  // In-laws too: "my brother in law", "my sister-in-law's shop", "my in-laws".
  String.raw`\bmy (?:${RELATIVE}|grandpa|grandma|grandfather|grandmother|old man)s?${IN_LAW_FAMILY}(?:,?\s+who)?`,
  // Their business named after them: "my neighbour's bakery makes 3m", "my uncle's tea shop has".
  // ...the apostrophe dropped as chat drops it ("my cousins tea factory does like 3m a year", "my uncles noodle shop makes 2m"; round 61).
  String.raw`\bmy (?:${RELATIVE})s?['’]s?(?:\s+[a-z-]+){1,2}?(?=\s)`,
  // ...the apostrophe dropped as chat drops it, a firm named after it ("my cousins tea factory does like 3m a year", "my uncles noodle
  // shop makes 2m"; round 61); not the relatives counted with the owner ("my sisters and i run a bakery").
  String.raw`\bmy (?:${RELATIVE})s(?=\s+(?:[a-z-]+\s+){0,2}${THEIR_FIRM}\b)(?:\s+[a-z-]+){1,2}?(?=\s)`,
  // A parent opening the message with no "my", as chat drops it ("mum owns the tailor shop", "dad runs a noodle stall"; round 45).
  String.raw`(?<=^\s*)(?:(?:mum|mom) and dad|dad and (?:mum|mom)|mum|mom|dad)(?=\s+(?:owns?|runs?|has|have|sells?|grows?|makes?|does|do|keeps?)\b)`,
  // Someone spoken of: "he runs a hotel", "she sells online".
  String.raw`\b(?:he|she)\b`,
  String.raw`\bmy in[- ]laws(?:['’])?`,
  // People around, not the firm: "everyone around here exports", "my village grows tea".
  String.raw`\b(?:everyone|everybody|many people|a lot of people|lots of people|most people|other people|others)(?: (?:around|round) (?:here|there))?`,
  String.raw`\bmy (?:village|hometown|home town|home village)`,
  // A business nearby: "the restaurant next door", "the hotel across the street".
  String.raw`\bthe\s+(?:[a-z-]+\s+){1,2}?(?:next door|across the (?:road|street)|opposite)`,
  // The people nearby, named as owners type them: "guy next door makes 5m", "lady across the street sells…".
  String.raw`\b(?:guy|guys|lady|man|woman|folks|people|neighbou?rs?)\s+(?:next door|across the (?:road|street)|opposite)\b`,
];
// A parent or spouse in their own right, not their family nor an in-law ("my husband's family", "my father-in-law").
const NOT_THEIR_FAMILY = String.raw`(?![- ]in[- ]laws?|['’]s?\s+(?:family|folks|relatives|side))`;
/**
 * Whom the user speaks for, by the words that start a relative's business (relatives above): "my dad has a
 * noodle factory" is the father's, "she needs 100k" someone's spoken of. The first rule that matches wins.
 * Not the people around, a neighbour, the shop next door.
 */
export const spokenFor: readonly SpokenForWords[] = [
  {
    id: 'parents',
    words: [String.raw`\bmy (?:parents|folks)(?![a-z])${NOT_THEIR_FAMILY}`, String.raw`(?:(?:mum|mom) and dad|dad and (?:mum|mom))(?=\s)`],
  },
  // (...or with no "my", opening the message: "dad runs…", "mum owns…"; round 45.)
  { id: 'father', words: [String.raw`\bmy (?:father|dad|old man|pa)(?![a-z])${NOT_THEIR_FAMILY}`, String.raw`dad(?=\s)`] },
  { id: 'mother', words: [String.raw`\bmy (?:mother|mum|mom|ma)(?![a-z])${NOT_THEIR_FAMILY}`, String.raw`(?:mum|mom)(?=\s)`] },
  { id: 'husband', words: [String.raw`\bmy husband(?![a-z])${NOT_THEIR_FAMILY}`] },
  { id: 'wife', words: [String.raw`\bmy wife(?![a-z])${NOT_THEIR_FAMILY}`] },
  { id: 'spouse', words: [] },
  {
    id: 'family',
    words: [
      String.raw`\bmy (?:sister|brother|cousin|uncle|aunt|son|daughter|grandpa|grandma|grandfather|grandmother|in[- ]laws)`,
      // ...an in-law ("my mother in law runs a flower wholesale stall"; round 43).
      String.raw`\bmy (?:mother|father|brother|sister|son|daughter)[- ]in[- ]law\b`,
      String.raw`\bmy (?:parents|father|dad|mother|mum|mom|husband|wife)(?![a-z])`,
    ],
  },
  { id: 'friend', words: [String.raw`\bmy friends?\b`] },
  { id: 'someone', words: [String.raw`\b(?:he|she)\b`] },
];
/** A need of the user's own said beside another's ("i need 80k", "im only asking for myself"): the message stays the user's. */
export const ownNeed: Words = [
  String.raw`\bi(?:'?m| am)? (?:only |just )?(?:need|want|asking for myself|borrowing)\b`,
  String.raw`\bfor myself\b`,
];

/**
 * A message that speaks of another's business for a reason of the user's own: a loan they had ("my friend
 * borrowed 50k from an app"), who sent the user here ("told me about you"), the user to do the same.
 */
export const notSpokenFor: Words = [
  // (Not a loan never had: "she's never borrowed before"; round 43.)
  String.raw`(?<!\b(?:never|not|n['’]t|nt)\s(?:(?:ever|yet)\s)?)\b(?:borrowed|took out|took a loan)\b`,
  String.raw`\b(?:told me about|recommended|referred)\b`,
  String.raw`\b(?:i|we) (?:also|too) (?:want|plan|need)\b`,
  String.raw`\b(?:i|we) want to (?:open|start) one too\b`,
  // The other's firm disowned ("…his 15 staff, not mine", "that's not part of my business"; round 64): the message is the owner's own.
  String.raw`\bnot (?:mine|ours|part of (?:my|our) (?:business|firm|company|shop))\b|\bnothing to do with (?:me|us|my business)\b`,
];
/** Verbs said of one of the family that name no trade of theirs: their part in the user's firm, what they think or say. */
const NOT_THEIR_TRADE = [
  ...['helps', 'works', 'handles', 'keeps', 'manages', 'looks', 'takes', 'joins', 'comes', 'goes', 'lives', 'stays'],
  ...['says', 'thinks', 'feels', 'reckons', 'suggests', 'tells', 'asks', 'knows', 'agrees', 'wants', 'needs', 'means'],
  // Words ending in s that are no verb: "me, my brother plus 4 hired hands".
  ...['plus', 'minus', 'this', 'thus', 'always', 'sometimes', 'perhaps', 'besides', 'yes', 'less'],
];
export const relativeBusinessVerbs: Words = [
  // A business they ran once ("my uncle used to run a brick kiln here": round 25), as 我家老汉以前开砖厂.
  String.raw`used to (?:run|own|have|do|sell)\b`,
  String.raw`runs?\b`,
  String.raw`owns?\b`,
  'has',
  'have',
  'opened',
  'does',
  String.raw`sells?`,
  String.raw`grows?`,
  String.raw`farms?`,
  String.raw`raises?`,
  String.raw`drives?`,
  String.raw`works? (?:in|at|for)`,
  'is',
  String.raw`makes?`,
  'made',
  String.raw`earns?`,
  'borrowed',
  // Not what they want of the user ("my wife wants us to borrow").
  String.raw`wants?\b(?!\s+(?:us|me)\b)`,
  String.raw`needs?\b(?!\s+(?:us|me)\b)`,
  String.raw`exports?`,
  String.raw`imports?`,
  'took',
  'got',
  String.raw`turns? over`,
  // What they buy is theirs too: "my uncle wants to buy a bus".
  String.raw`wants? to (?:buy|get)`,
  'buys',
  'bought',
  // Any verb of a trade said of them ("my brother in law hauls freight", "my husband fixes motorbikes", "my
  // sister trades jade"): theirs; not words of their part in the user's own firm or of what they say.
  String.raw`(?!(?:${NOT_THEIR_TRADE.join('|')})\b)[a-z]{2,}[^s\W]s\b`,
];
/**
 * Their firm named as theirs, with no verb ("my cousin's logistics company, me i just…"); in English words only
 * (not 把隔壁的shop盘下来, premises taken over: the Chinese rule knows the neighbour's).
 */
export const relativeFirm: Words = [
  String.raw`(?<![\u3400-\u9fff]\s*)(?:company|firm|shop|store|business|factory|farm|restaurant|stall)\b`,
];

/** A lender or an agent speaking ("the bank said they can lend us 300k"): their offer is no sum the owner states. */
export const lenders: Words = [
  String.raw`(?:\b(?:the|a|our|my|this|that) |^)(?:bank|broker|loan agent|agent|lender|loan officer|account manager|platform|loan (?:guy|man|woman|lady))\b`,
  // A bank's people, a factor, a lessor: "the bank guy said", "a factoring company said they can buy our invoices".
  String.raw`\b(?:bank (?:guy|man|woman|lady|manager|staff)|(?:factoring|leasing|finance|guarantee) (?:company|firm|guy))\b`,
  // A lender named by its kind, and its people by an English title: "the credit union director told us",
  // "the branch manager said", "our relationship manager", "the rural bank's loan officer".
  String.raw`(?:\b(?:the|a|our|my|this|that) |^)(?:credit union|credit co-?op(?:erative)?|rural bank|microlender|micro-?loan company|leasing company)\b`,
  String.raw`\b(?:bank|credit union|branch|loan|credit|lending|relationship|account|client)(?:'s)? (?:director|manager|officer|president|head|boss|rep|representative|staff|clerk|people|person|adviser|advisor)s?\b`,
  // Someone unnamed, as 有人说: "someone says i can get 1m", "a guy on wechat said".
  String.raw`\b(?:someone|somebody|some guy|a guy|sb)\b(?: on (?:wechat|douyin|the phone|tiktok))?`,
  // A caller who names where he is from, and calls: "a guy from 'mybank' called, said", "someone called saying".
  String.raw`\b(?:someone|somebody|some guy|a guy|a man|a woman|a lady|a caller)\b(?: (?:from|claiming to be from) [^,.!?]{1,30}?)? (?:called|rang|phoned|texted|messaged|call|ring|phone)(?: (?:me|us))?,?`,
];
/**
 * Lenders outside the private-lending ceiling, named in an offer ("the bank offered 80k at 6%", "the credit union
 * quoted us 4.35%", "a microloan company offers…"): see zh/scopes.ts. Not a bank account, card, statement or transfer,
 * nor a bank compared with ("cheaper than the bank").
 */
/** Not a lender compared with ("than the bank", "like the credit union"). */
const NOT_COMPARED = String.raw`(?<!\b(?:than|vs|versus|like)\s+(?:(?:the|a|my|our)\s+)?)`;
/** Banks by their English short names, and the online banks ("ccb", "cmb", "webank", "mybank"): lenders named (round 24). */
export const BANK_NAMES = String.raw`icbc|ccb|boc|cmb|bocom|psbc|spdb|citic|webank|mybank`;
export const licensedLenders: Words = [
  String.raw`${NOT_COMPARED}\b(?:bank|credit union|credit co-?op(?:erative)?|${BANK_NAMES})s?\b(?!\s*(?:account|card|statement|transfer|deposit)s?\b)`,
  // The online banks' own loan products by their pinyin names (wangshangdai, weilidai, weiyedai; round 31, convention 88).
  String.raw`${NOT_COMPARED}\b(?:wei ?li ?dai|wang ?shang ?dai|wei ?ye ?dai)\b`,
  // ...a company written short ("honghe microcredit co approved 80k"; round 49), or spaced ("micro loan company"; round 58).
  String.raw`${NOT_COMPARED}\b(?:microlender|micro[- ]?(?:loan|finance|credit) (?:company|firm|co)|microfinance (?:company|firm|institution|co)|pawn ?shop|(?:leasing|factoring) company|lessor)s?\b`,
  // (Not a guarantee company, which lends none: see zh; round 60.)
];
export const lenderSpeech: Words = [
  String.raw`says?\b`,
  String.raw`said\b`,
  String.raw`told (?:me|us)\b`,
  String.raw`offered\b`,
  String.raw`promised\b`,
  String.raw`saying\b`,
];

/** Words of getting a thing (see zh/scopes.ts): "our bakery has 5 ovens" owns them. */
export const gettingWords: Words = [
  String.raw`\b(?:buy|buys|buying|bought|get|getting|purchas\w*|for|need\w*|want\w*|add|adding|replac\w*|upgrad\w*)\b`,
  String.raw`\b(?:more|new|another|borrow\w*|loan|financ\w*|rent|lease|order|install\w*)\b`,
  String.raw`\b(?:build|building|built|made|set up|put up|putting up|put in|putting in)\b`,
];

/** A thing the firm has, pledged right after it is named ("a warehouse we can pledge", "the trucks as collateral"; see zh). */
export const pledgedAfter: Words = [
  String.raw`\s+(?:that |which )?(?:we|i) (?:can|could|would|will|'d|are willing to|are happy to) (?:pledge|put up|offer|use)\b`,
  // (...the goods' own word between: "our tea stock as collateral"; round 45.)
  String.raw`(?:\s+(?:stock|stocks|inventory|goods))?\s+(?:as|for) (?:collateral|security|a pledge)\b`,
  String.raw`\s+(?:can|could) (?:be )?(?:pledged|used as collateral|put up as collateral)\b`,
];
/** A thing taken to be pledged, right before it ("pledge our workshop", "use the warehouse as collateral"; see zh). */
export const pledgedBefore: Words = [String.raw`\b(?:pledg(?:e|ing)|mortgag(?:e|ing))\s+(?:our|my|the)\s+`];

/** The customers' buying as a purpose's words ("buyers come to us to stock up": trade-scopes.ts, no need of the firm's; see zh). */
export const customersBuying: Words = [String.raw`\b(?:stock(?:ing)? up|restock\w*|buy\w*)\b`];

/** Whether a thing counts as a kind of use, asked ("does a greenhouse count as equipment", "is a cold room counted as equipment"; see zh). */
export const countsAsAsked: Words = [
  String.raw`\b(?:does|do|would|will|can|could|is|are)\b[^.?!]{1,40}?\b(?:counts?|counted|qualif(?:y|ies)|classed|considered)\s+(?:as\s+)?(?:an?\s+)?(?:equipment|renovation|working capital|fixed assets?|capex)\b`,
];

/** The export's finance or relief named: the tax rebated on exports, export credit and its insurance. */
const EXPORT_FINANCE_EN = String.raw`export (?:tax |vat )?(?:rebates?|refunds?)|export credit(?: insurance)?`;
/** Words that ask, in the sentence of the name. */
const ASKS_EN = String.raw`can|could|do|does|did|is|are|how|what|whats|any|would|should|will|which`;
/** An export's finance or relief named in a question ("do banks do loans against export tax rebates?", "can we borrow on our export tax refund"; see zh). */
export const exportFinanceAsked: Words = [
  String.raw`(?<=\b(?:${ASKS_EN})\b[^.!?]{0,60}?)\b(?:${EXPORT_FINANCE_EN})\b|\b(?:${EXPORT_FINANCE_EN})\b(?=[^.!]*(?:\?|？|吗|有没有|能不能|可不可以|怎么|有用不))`,
];
