// English word lists. Scopes: stretches of a message that change what the words in them mean (a denial, a side line,
// things bought, customers supplied) and cues that the message corrects or replaces a figure.

import type { Words } from '../types';
import { agencyClients, produce } from './industries';
import { premisesTakenOver } from './purposes';
import { countriesAbroad, nationalities } from './places';

/** Customers a firm sells to that are served, not resold to: "sell tea to hotels". */
const SERVED = String.raw`(?:hotels?|restaurants?|guesthouses?|hospitals?|schools?)`;
/** Customers who use what they buy in their own work: "sell fertiliser to farmers". */
const USERS = String.raw`(?:farmers|growers|farms|factories|workshops|builders|contractors)`;
/** What may stand before the customers: "local hospitals", "the hotels". */
const CUSTOMER_ADJECTIVE = String.raw`(?:(?:a|an|local|nearby|the|our|big|small|${[...countriesAbroad, ...nationalities].join('|')})\s+)*`;
/** The kinds of customer a firm supplies ("we supply hotels and restaurants"). */
const CUSTOMERS = String.raw`(?:hotels?|restaurants?|guesthouses?|hospitals?|schools?|shops?|stores?|supermarkets?|farms?|farmers|growers|factor(?:y|ies)|processors|retailers|wholesalers|construction (?:sites?|companies|firms|projects)|building sites?|mines)`;
/** Verbs of providing to customers, then what is provided, then "to": "supplies lunch boxes to", "rent out cranes to". */
const PROVIDE_TO = String.raw`(?:supply|supplies|supplying|deliver\w*|provid\w*|(?:rent|rents|renting|lease|leases|leasing|hire|hires|hiring)(?:\s+out)?)\s+(?:[\w-]+\s+){1,4}?to`;

export const alsoClause: Words = [
  String.raw`\balso (?:\w+ )?(?:export|import|sell|run|do|make|grow|trade|operate|own|have an? (?:shop|store|restaurant|guesthouse|farm|factory))\w*\b`,
  String.raw`\b(?:export|import|sell|trade)\w* (?:\w+ ){0,4}(?:too|as well)\b`,
  String.raw`\bon the side\b`,
];

export const industryDenial: Words = [
  // "not really a restaurant"; a trade in Chinese words too: "we're not 批发".
  String.raw`\b(?:not|no longer)\s+(?:(?:really|quite|exactly|even|technically)\s+)?(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:\w+|[\u3400-\u9fff]{1,8})`,
  // A shop denied is no trade: "we got no online store", "don't have a shop".
  String.raw`\b(?:no|don['’]?t have(?: an?)?|do not have(?: an?)?)\s+(?:online\s+|physical\s+)?(?:shops?|stores?)\b`,
];

export const boughtThings: Words = [
  // A shop planned is not the trade ("planning a 2nd store", "open a third shop"), as 想开个分店 is not.
  String.raw`\b(?:(?:a|an|our)\s+(?:second|third|fourth|2nd|3rd|4th|new|bigger)|another|one more)\s+(?:branch|store|shop|outlet|location)(?:es|s)?\b`,
  // Premises taken over ("take over the shop next door"): not the firm's own trade.
  ...premisesTakenOver,
  // Growers paid for their produce ("pay the thai farmers before the season"): suppliers, not the firm's trade.
  // With what they are paid for: "pay farmers for their coffee cherries".
  String.raw`\bpay(?:s|ing)? (?:our |the |my )?(?:[a-z]+ )?(?:farmers|growers)\b(?:\s+for\s+(?:(?:the|their|our)\s+)?(?:[^\s.,;!?]+\s+){0,2}?(?:${produce.join('|')})\b)?`,
  // Produce bought ("we buy coffee beans from farmers", "purchasing raw tea"): no hint that the firm grows it.
  // Not past "for": in "buy equipment for coffee roasting" the coffee is what the equipment is for.
  String.raw`\b(?:buy|buys|buying|bought|purchas\w*|collect\w*)\s+(?:(?!for\b)[^\s.,;!?]+\s+){0,4}?(?:${produce.join('|')})\b(?:\s+from\s+(?:\w+\s+){0,3}?(?:farmers|growers|villagers|farms))?`,
  String.raw`\b(?:want|plan|planning|going|hope)\s+to\s+(?:open|start|set up)\s+(?:an?\s+)?online\s+(?:shop|store)[^,.;!?]*`,
  // A cold store is premises or equipment, not a shop: "the new cold store", "our cold storage".
  String.raw`\b(?:a|an|the|our|my)\s+(?:(?:new|second|bigger|own|small|big)\s+)*cold (?:stores?|storage|rooms?)\b(?!\s+(?:business|company|firm|services?))`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?machines?\b`,
  // A machine named in Chinese after an English verb, as traders mix them: "for 烘干机", "buy 一台杀青机" (手机 is a phone).
  String.raw`\b(?:buy|buying|get|for)\s*(?:[一两几\d]+\s*)?[台部个]?[^\sa-z，。,！？!?]{0,5}(?<!手)机(?![票构会场器人制])`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?equipment\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?lines?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?warehouses?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?cold stores?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?facility\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?facilities\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?trucks?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?vans?\b`,
  String.raw`\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?workshops?\b`,
];

/**
 * The customers themselves (their trade is not the firm's), not the verb before them: "sell ... to"
 * stays outside, where the wholesale rule reads it (industries.ts).
 */
export const customersSupplied: Words = [
  String.raw`\b(?=${SERVED})(?<=\bsell\w*\s+(?:[\w-]+\s+){0,3}?to\s+${CUSTOMER_ADJECTIVE})${SERVED}(?:\s+(?:and|or)\s+\w+)?`,
  // Buyers who use the goods, not resell them: "sell fertiliser to vietnam farmers", "sell parts to factories".
  String.raw`\b(?=${USERS})(?<=\bsell\w*\s+(?:[\w-]+\s+){0,3}?to\s+${CUSTOMER_ADJECTIVE})${USERS}\b`,
  String.raw`\b(?=${CUSTOMERS})(?<=\b(?:supply|supplies|supplying|deliver\w*|sell\w*)\s+(?:to\s+)?${CUSTOMER_ADJECTIVE})${CUSTOMERS}(?:\s+(?:and|or)\s+${CUSTOMERS})?\b`,
  // Whom the goods or the machines go to: "a kitchen that supplies lunch boxes to factories", "we rent out cranes to construction sites".
  String.raw`\b(?=${CUSTOMERS})(?<=\b${PROVIDE_TO}\s+${CUSTOMER_ADJECTIVE})${CUSTOMERS}(?:\s+(?:and|or)\s+${CUSTOMERS})?\b`,
  // Who the buyer is: "our buyer is a big supermarket", "our customers are mostly hotels".
  String.raw`\b(?=${CUSTOMERS})(?<=\b(?:our|my|the)\s+(?:main\s+|biggest\s+|only\s+)?(?:buyers?|customers?|clients?)\s+(?:is|are)\s+(?:(?:a|an|some|mostly|mainly|all)\s+)?${CUSTOMER_ADJECTIVE})${CUSTOMERS}\b`,
  // Goods for a trade, not the trade: "hotel supplies", "restaurant equipment" (酒店用品 in zh).
  String.raw`\b(?:hotel|restaurant|catering|salon|hospital|office) (?:supplies|supply|equipment|linens?)\b`,
  // Who supplies the firm: "our supplier is a big tea factory" (its trade is not the firm's either).
  String.raw`\b(?:our|my|the)\s+(?:main\s+|biggest\s+|only\s+)?(?:suppliers?|vendors?)\s+(?:is|are)\s+[^,.;!?]{0,30}`,
  // Who pays the firm, or owes it: "hotels pay us 60 days later", "the supermarket owes us 200k".
  String.raw`\b(?:(?:the|our|local|big)\s+)?${CUSTOMERS}\s+(?:(?:always|usually|often|only|never)\s+)?(?:pay|owe)s?\s+(?:us|me)\b`,
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

export const renovationTrade: Words = [
  String.raw`\brenovation (?:company|business|firm|contractors?|work|services?)\b`,
  String.raw`\bwe do renovations?\b`,
];

export const correctionCue: Words = [
  String.raw`\bsorry\b`,
  String.raw`\bcorrection\b`,
  String.raw`\bi meant\b`,
  String.raw`\bmy mistake\b`,
  String.raw`\bmy bad\b`,
  String.raw`\boops\b`,
  // Taking back what was just typed: "no wait, 80k", "oh wait".
  String.raw`\b(?:no|oh|hang on),? wait\b`,
  // A figure mistyped: "typo", "missed a zero", "one zero too many", "mistyped".
  String.raw`\btypo\b`,
  String.raw`\bmis-?typed\b`,
  String.raw`\b(?:missed|forgot|dropped|left off|added) (?:a|one|an extra) (?:zero|0)\b`,
  String.raw`\b(?:one|a) (?:zero|0) too (?:many|few)\b`,
  String.raw`\btoo many zeros?\b`,
  String.raw`\bactually,?\s+(?:we|i)(?:['’]re|['’]m| are| am| r| do| run| sell| make| own)\b`,
  // A figure said to be off: "i said too few", "we put the wrong number", "i got the number wrong" (not "prices are too high").
  String.raw`\b(?:i|we) (?:said|put|wrote|typed|gave) (?:too (?:few|many|low|high)|(?:the )?wrong (?:number|figure))\b|\bgot (?:it|that|the (?:number|figure)) wrong\b`,
];

export const replaceCue: Words = [
  String.raw`\binstead\b`,
  String.raw`\bchange (?:it )?to\b`,
  String.raw`\bmake (?:it|that)\b`,
  String.raw`\bchange (?:it|that|this|the \w+) to\b`,
  String.raw`\bi meant\b`,
];

/** Whether a kind of firm may borrow or what it counts as: the firm stands before ("a guesthouse count as…"). */
export const eligibilityAfterTopic: Words = [];
/** ...and the firm stands after ("can a guesthouse apply", "does a sole trader count as micro", "what counts as small"). */
export const eligibilityBeforeTopic: Words = [
  String.raw`^(?:can|could|may|does|do|is|are) (?:an?|my|our)\b`,
  String.raw`\bwhat counts as\b`,
];

/** A question about what a word means: the word stands before ("is leasing legal?"). */
export const questionAfterTopic: Words = [String.raw`\b(?:legal|allowed|permitted)\b(?=\s*\?|\s*$)`, String.raw`\bmeans?\b(?=\s*\?|\s*$)`];
/** ...and the word stands after ("what is crowdfunding", "what does leasing mean"). */
export const questionBeforeTopic: Words = [
  String.raw`\bwhat(?:['’]s| is| are| does)\b`,
  String.raw`\bmeaning of\b`,
  String.raw`\bwhat do you mean by\b`,
  String.raw`\bis it (?:legal|allowed) to\b`,
];

/** A denial of a fact ("we don't sell on Taobao", "we have no export"). */
export const factDenial: Words = [
  String.raw`\b(?:don['’]?t|do not|doesn['’]?t|does not|never|no longer)\s+(?:have|sell|do|run|use|trade|(?:export|import)\w*)\b`,
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

/** Someone else's business ("my sister runs a restaurant"). */
export const relatives: Words = [
  // "my husband's family has a tea factory": their family's business is theirs too.
  // In-laws too: "my brother in law", "my sister-in-law's shop", "my in-laws".
  String.raw`\bmy (?:sister|brother|father|mother|dad|mum|mom|parents|husband|wife|friend|cousin|uncle|aunt|neighbou?r|son|daughter|grandpa|grandma|grandfather|grandmother|old man)s?(?:[- ]in[- ]laws?)?(?:['’]s)?(?:\s+(?:family|folks|relatives|side))?`,
  String.raw`\bmy in[- ]laws(?:['’])?`,
];
export const relativeBusinessVerbs: Words = [
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
];

/** A lender or an agent speaking ("the bank said they can lend us 300k"): their offer is no sum the owner states. */
export const lenders: Words = [
  String.raw`(?:\b(?:the|a|our|my|this|that) |^)(?:bank|broker|loan agent|agent|lender|loan officer|account manager|platform|loan (?:guy|man|woman|lady))\b`,
  // Someone unnamed, as 有人说: "someone says i can get 1m", "a guy on wechat said".
  String.raw`\b(?:someone|somebody|some guy|a guy|sb)\b(?: on (?:wechat|douyin|the phone|tiktok))?`,
];
export const lenderSpeech: Words = [
  String.raw`says?\b`,
  String.raw`said\b`,
  String.raw`told (?:me|us)\b`,
  String.raw`offered\b`,
  String.raw`promised\b`,
];
