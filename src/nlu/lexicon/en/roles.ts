// English word lists. Staff roles: head counts given by role ("8 drivers and 3 office staff")
// add up to the staff. Generic words (employees, staff, people) are not roles.

import type { Words } from '../types';
import { cropReady } from './figures';

/** A period said before a sum (一天, 每个月, a day, per month): its sales are takings, not people (the `sales` role). */
const PERIOD_BEFORE = String.raw`(?:一天|每天|一晚|每晚|一个月|每个月|一周|一个星期|一年|\ba day|\bper day|\ba month|\bper month|\bdaily|\bmonthly)`;

/** Not sales made or their figures after the word (10 sales a day, sales are up, sales revenue). */
const NOT_SALES_MADE = String.raw`(?!\s+(?:a|an|per|each|every|of|in|on|this|last|are|were|is|was|revenue|volume|figures?|up|down)\b)`;
/** No period's sum right before (一天 大概 6000 sales): the `sales` role's count is people only without one. */
const NO_PERIOD_SUM = String.raw`(?<!${PERIOD_BEFORE}\s*(?:大概|差不多|大约|about|around|roughly)?\s*[\d.,]+\s+)`;
/** A count of people right before, perhaps named as people: "3", "nine workers", "2 staff". */
const COUNTED_BEFORE = String.raw`(?<=\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?:people\s+|staff\s+|guys\s+|workers\s+)?)`;
/** A count right before, not of places had or got ("we have 2 office", "rent 2 office"). */
const COUNT_NOT_HAD = String.raw`(?<=\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)(?<!\b(?:have|has|got|rent\w*|own\w*|open\w*|buy\w*|bought|buil\w*)\s+\w+\s+)`;
/** Places of work where people are counted: the kitchen, the warehouse, the front desk. */
const WORKPLACES = [
  ...['kitchen', 'office', 'warehouse', 'workshop', 'factory', 'front desk', 'reception', 'front of house', 'back of house'],
  ...['shop floor', 'packing room', 'production line', 'assembly line', 'studio', 'salon'],
  // Posts by where they stand: "2 guys on the till", "1 on the door", "3 behind the bar".
  ...['till', 'tills', 'register', 'counter', 'door', 'bar', 'grill', 'wok', 'desk', 'gate', 'floor'],
  // ...and on the vehicles or the machines they run ("3 guys on the trucks", "2 on the machines": round 27).
  ...['trucks', 'vans', 'machines', 'site', 'line'],
];

/** Verbs of the firm's work said of people counted ("3 girls sew"): they are its hands. */
const WORK_VERBS = ['sew', 'cook', 'pick', 'pack', 'clean', 'work', 'help', 'serve', 'drive', 'do', 'make', 'weave']
  .concat(['embroider', 'cut', 'wash', 'deliver', 'load', 'carve', 'paint', 'bake'])
  .join('|');
export const staffRoles: Words = [
  String.raw`drivers?`,
  String.raw`operators?`,
  String.raw`(?:seasonal |part[- ]time |full[- ]time |temporary )workers?`,
  String.raw`cooks?`,
  String.raw`chefs?`,
  String.raw`waiters?`,
  String.raw`waitress(?:es)?`,
  String.raw`servers?`,
  String.raw`cleaners?`,
  String.raw`(?:security )?guards?`,
  // People counted, then the work they do: "3 girls sew", "5 ladies pick the tea", "2 lads do the loading" (not "my 2 girls"); or
  // working ("she has 2 girls working for her": round 36, convention 245).
  String.raw`(?<=(?<!\b(?:my|our|his|her|their)\s)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)(?:girls|ladies|lads|women|men|boys)(?=\s+(?:(?:who|that)\s+)?(?:${WORK_VERBS}|working)\b)`,
  // Named by where they work: "2 office girls", "4 kitchen hands", "3 shop assistants".
  String.raw`(?:office|kitchen|shop|store|front[- ]desk|sales|delivery|warehouse|factory|farm|field|floor|counter) (?:girls?|boys?|ladies|guys|hands?|assistants?|helpers?)`,
  // Trades named by their craft: "4 stonemasons", "2 silversmiths".
  String.raw`(?:stone)?masons?`,
  String.raw`(?:black|silver|gold|lock)?smiths?`,
  'office staff',
  'office workers?',
  // A place of work said alone after its count, ending the item ("20 drivers n 3 office", "4 kitchen, 3 floor"): its staff.
  // Not places had or got ("we have 2 office", "rent 2 office").
  `${COUNT_NOT_HAD}(?:office|kitchen|warehouse|workshop|front desk|reception|floor)(?=\\s*(?:$|[.,;!?)+&/]|\\b(?:and|n|plus)\\b))`,
  // ...or before its count, ending the item ("14 drivers, plus office 3", "kitchen 4, floor 6"; round 64, found by a tester).
  String.raw`\b(?:office|kitchen|warehouse|workshop|front desk|reception|floor)(?=\s+(?:about\s+|around\s+)?\d{1,3}\s*(?:$|[.,;!?)]|\b(?:and|n|plus|people|ppl|staff)\b))`,
  // Others counted beside the owner ("me and 3 others", "3 others plus me"): hands (round 35, corpus convention 207).
  String.raw`(?<=\b(?:me|myself|i)\s+(?:and|plus|n|\+|with)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few)\s+)others\b`,
  String.raw`(?<=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)others(?=\s+(?:and|plus|n|\+)\s+(?:me|myself)\b)`,
  // Hands called guys or lads, counted right after "with" ("i run a noodle shop with 2 guys", "i run a car wash with 3 lads"): the hands the
  // owner works beside, as helpers are (round 36, corpus convention 245; ownerWithCounted in pipeline/people-listed.ts).
  String.raw`(?<=\bwith\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)(?:guys|lads|blokes|fellas|dudes)\b`,
  String.raw`clerks?`,
  String.raw`cashiers?`,
  String.raw`accountants?`,
  String.raw`workers?`,
  String.raw`technicians?`,
  String.raw`mechanics?`,
  'salespeople',
  // Salespeople counted as "sales" ("14 devs + 2 sales", "sales 三个"); not sales made ("10 sales a day") or revenue.
  // Nor a period's sales before it (一天 大概 6000 sales, a month about 80000 sales): takings, no head count.
  String.raw`${NO_PERIOD_SUM}(?<=\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)sales(?:\s+(?:reps?|guys|girls|people))?\b${NOT_SALES_MADE}`,
  String.raw`sales(?:\s+reps?)?(?=\s*(?:\d+|[一二两三四五六七八九十几]+)\s*[个名位])`,
  // ...or after a count with its Chinese measure word (3 个 sales, 两个 sales): people, as 三个销售 are.
  String.raw`(?<=(?:\d+|[一二两三四五六七八九十几]+)\s*[个名位]\s*)sales(?:\s+(?:reps?|guys|girls|people))?\b(?!\s*(?:额|收入|volume|revenue))`,
  String.raw`sales reps?`,
  // Office admin staff: "1 admin", "2 admins" (not the admin fee).
  String.raw`(?:office )?admins?\b(?!\s+(?:fees?|charges?|costs?|work|stuff|tasks?|side))`,
  'sales staff',
  String.raw`receptionists?`,
  String.raw`helpers?`,
  String.raw`pickers?`,
  String.raw`farmhands?`,
  String.raw`engineers?`,
  String.raw`programmers?`,
  String.raw`developers?`,
  String.raw`devs?`,
  String.raw`designers?`,
  String.raw`teachers?`,
  // Childcare and care staff: "5 nannies", "3 caregivers"; a livestream's "4 hosts", "2 streamers".
  String.raw`nann(?:y|ies)`,
  String.raw`caregivers?`,
  String.raw`hosts?`,
  String.raw`(?:live)?streamers?`,
  String.raw`nurses?`,
  String.raw`guides?`,
  String.raw`housekeepers?`,
  String.raw`instructors?`,
  // In a driving school or a gym; a coach company's buses are counted as vehicles beside staff
  // ("4 coaches, 12 employees": the staff count is the larger, not a sum of roles).
  String.raw`coach(?:es)?`,
  String.raw`doctors?`,
  String.raw`riders?`,
  String.raw`apprentices?`,
  String.raw`interns?`,
  String.raw`trainees?`,
  String.raw`storekeepers?`,
  String.raw`stylists?`,
  String.raw`hairdressers?`,
  String.raw`couriers?`,
  String.raw`porters?`,
  String.raw`tailors?`,
  String.raw`pharmacists?`,
  String.raw`bakers?`,
  // Trades named by their worker: "14 carpenters", "6 welders and 2 electricians".
  String.raw`carpenters?`,
  String.raw`joiners?`,
  String.raw`welders?`,
  String.raw`masons?`,
  String.raw`bricklayers?`,
  String.raw`plasterers?`,
  String.raw`plumbers?`,
  String.raw`electricians?`,
  // Hands hired by the day: "6 day laborers", "3 day workers" (no days counted).
  String.raw`day[- ](?:labou?rers?|workers?|hands?)`,
  String.raw`labou?rers?`,
  String.raw`weavers?`,
  String.raw`potters?`,
  String.raw`butchers?`,
  String.raw`gardeners?`,
  String.raw`packers?`,
  String.raw`machinists?`,
  String.raw`seamstress(?:es)?`,
  // Garment workers named by the work ("35 sewers", "20 sewing workers"; round 35, open).
  String.raw`sewers`,
  // Men and women hired, as owners call them: "4 lads on the van", "2 blokes".
  String.raw`lads`,
  // Women hired, as owners call them: "5 local ladies to pick tea", "3 aunties in the kitchen".
  String.raw`ladies`,
  String.raw`aunties`,
  String.raw`blokes?`,
  String.raw`fellas`,
  // Hands hired: "4 hired hands", "3 farm hands".
  String.raw`(?:hired|farm) hands?`,
  String.raw`crafts(?:men|women|people)`,
  String.raw`artisans?`,
  String.raw`silversmiths?`,
  String.raw`baristas?`,
  // Personal services by their staff: "3 photographers 1 makeup girl", "11 therapists".
  String.raw`photographers?`,
  String.raw`(?:makeup|make-up) (?:artists?|girls?|ladies)`,
  String.raw`(?:massage )?therapists?`,
  String.raw`beauticians?`,
  // "2 part-timers and 1 full-timer".
  String.raw`(?:full|part)[- ]?timers?`,
  // People whose -er/-or word names no machine, food or customer, so counted alone ("we have 4 bartenders"); the
  // others of that form (washers, loaders, runners, trainers) only beside another role (staffForms).
  ...['bartenders?', 'barbers?', 'bookkeepers?', 'tutors?', 'carers?', 'videographers?', 'presenters?', 'dispatchers?'],
  ...['sorters?', '(?:rubber )?tappers?', 'painters?', 'tilers?', 'roofers?', 'fitters?', 'jewell?ers?', 'marketers?'],
  ...['supervisors?', 'translators?', 'interpreters?', 'janitors?', 'groundskeepers?', 'bouncers?', 'dancers?'],
  ...['lifeguards?', 'detailers?', 'shelf[- ]stackers?', 'truckers?', 'herders?', 'milkers?', 'brewers?', 'inspectors?'],
  ...['copywriters?', 'coders?', 'masseurs?', 'masseuses?', 'editors?', 'dishwashers?', 'car washers?', 'pickers?'],
  // Words of no person's ending: "3 maids", "2 vets", "4 reps", "a secretary", "2 team leads", "5 stock boys".
  ...['maids?', 'housemaids?', 'vets?', 'bellboys?', 'bellhops?', 'reps?', 'secretar(?:y|ies)', 'team leads?', 'stock boys?'],
  ...['valets?', 'midwi(?:fe|ves)', 'physios?', 'handym[ae]n', 'forem[ae]n', 'fisherm[ae]n', 'boatm[ae]n', 'chauffeurs?'],
  // The hands of tourist rides and stays (round 33, fix33c): "10 handlers", "4 horse wranglers", "6 mahouts", "3 housekeeping staff".
  ...['(?:horse )?handlers?', '(?:horse )?wranglers?', 'mahouts?', 'housekeeping(?: staff)?', 'room attendants?'],
  // People counted by where they work: "3 in the kitchen", "9 people in the warehouse", "2 at the front desk".
  String.raw`${COUNTED_BEFORE}(?:(?:in|at|on|behind) (?:the )?(?:${WORKPLACES.join('|')})|on (?:the |our |my )?(?:payroll|books))`,
  // "just 2 of us": the count before it is a head count.
  String.raw`\bof us\b`,
];

/**
 * Words that make an -er/-or form counted a person, not a machine (lexicon/index.ts FORM_WITH_PEOPLE): a verb of employing
 * before the count ("we employ 4 polishers", "pay 3 carvers", "run a workshop with 3 carvers"), a verb of working after the word ("6 pickers help us", "5
 * weavers who work from home"), or a Chinese classifier of people before it ("4个 carver", "3 名 stitchers").
 */
const EMPLOYING = String.raw`\b(?:employ(?:s|ed|ing)?|hire[sd]?|pay(?:s|ing)?|paid|train(?:s|ed)?|manage|supervise|take on|took on|with)`;
const EMPLOYED_COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of|a dozen)`;
export const formPeopleBefore: Words = [
  String.raw`${EMPLOYING}\s+(?:(?:about|around|like|some|over|just|only)\s+)?${EMPLOYED_COUNT}\s*`,
  String.raw`[个名位]\s*`,
];
export const formPeopleAfter: Words = [
  String.raw`\s+(?:who\s+|that\s+)?(?:help|helps|helping|work|works|working|come|comes|do the|make|making|carve|weave|pick|sew)\b`,
  String.raw`\s+(?:on (?:the|our) payroll|full[- ]time|part[- ]time|year[- ]round)\b`,
  // The owner added after them: "6 washers plus me", "2 loaders and myself".
  String.raw`\s*(?:\+|&|\band\b|\bplus\b)\s*(?:me|myself)\b`,
];

/**
 * The owner runs the firm with the people listed after "with" ("i run a noodle shop with my wife and 2 staff", "run a tea
 * farm with my parents, 6 pickers help us"): the owner is one head more than those listed (people-listed.ts).
 */
const OWNER_SUBJECT = String.raw`(?:^|\b(?:i|we)\s+|\b(?:i['’]?m|we['’]?re)\s+|[,.;]\s*)(?:also\s+|now\s+|still\s+)?`;
const RUNS = String.raw`(?:run|running|own|manage|operate|work|started|opened|set up|keep)`;
/** The firm named after the verb: a few words ("a small noodle shop", "the place"). */
// Its words may be Chinese in a mixed message (run a 米线 shop in 蒙自 with my sister).
const FIRM_NAMED = String.raw`(?:(?:a|an|the|this|our|my|small|little|family)\s+)*[a-z\u4e00-\u9fff-]+(?:\s+[a-z\u4e00-\u9fff-]+){0,3}`;
/** Where the firm is, said between it and "with" ("a guesthouse in dali old town with my sister"). */
const FIRM_PLACED = String.raw`(?:,?\s+(?:in|at|near|outside|on|by)\s+[a-z\u4e00-\u9fff'’-]+(?:\s+[a-z\u4e00-\u9fff'’-]+){0,3})?`;
/** A head noun of a firm, naming it with no verb before ("noodle shop with my brother", "fruit stall w my mum"). */
const FIRM_HEAD = String.raw`(?:shop|stall|store|stand|kiosk|farm|orchard|restaurant|place|caf[eé]|bar|salon|studio|workshop|garage|guesthouse|homestay|inn|hostel|bakery|teahouse|clinic|factory|mill|business)`;
export const ownerRunsWith: Words = [
  String.raw`${OWNER_SUBJECT}${RUNS}\s+${FIRM_NAMED}${FIRM_PLACED}\s+(?:together\s+)?with`,
  // The firm had with kin ("i got a noodle shop w/ my wife", "we have a fruit stall with my mum", "i've got a bakery with my
  // sister"): run as with "run"; the firm named by its head noun, as "have" and "got" say much else.
  String.raw`(?:${OWNER_SUBJECT}(?:have|got|have got)|\b(?:i|we)['’]?ve got)\s+(?:(?:a|an|the|this|our|my|small|little|family)\s+)*(?:[a-z\u4e00-\u9fff'’-]+\s+){0,3}${FIRM_HEAD}${FIRM_PLACED}\s+(?:together\s+)?with`,
  // The firm named with no verb, opening the message or a phrase: "noodle shop w/ my brother", "car repair shop w my son".
  String.raw`(?:^|[,.;]\s*)(?:(?:a|an|our|my|small|little|family)\s+)*(?:[a-z'’-]+\s+){0,3}${FIRM_HEAD}${FIRM_PLACED}\s+(?:together\s+)?with`,
  // ...or in Chinese before the English with: "开 打印店 的 w my husband", "我 开 米线店 with my wife".
  String.raw`(?:^|[,.;，。]\s*)(?:我们?\s*)?(?:开|做|搞|经营)\s*[^,.;，。]{1,12}?\s*的?\s+(?:together\s+)?with`,
];

/**
 * The owner speaking as one, with the verbs the firm is run by ("i run", "i've got", "im running"; not "my wife and i run"): the
 * owner with hands counted after "with" is one more (people-listed.ts ownerWithCounted, round 32, corpus convention 108).
 */
export const oneOwnerRuns: Words = [
  String.raw`(?<!(?:\band|\bn|&|\bplus)\s)\bi(?:['’]?m|['’]?ve)?\s+(?:also\s+|now\s+|still\s+|just\s+)?(?:${RUNS}|have|got)\b`,
];

/** The owner and the people named with them ("just me and my wife", "only me, my husband and my mom"). */
export const householdOne: Words = [
  'wife',
  'missus',
  'husband',
  'partner',
  'mom',
  'mum',
  'mother',
  'dad',
  'father',
  'son',
  'daughter',
  'brother',
  'sister',
  'cousin',
  'friend',
  'girlfriend',
  'boyfriend',
  'bro',
  'sis',
  'gf',
  'bf',
  'hubby',
  String.raw`fianc[eé]e?`,
  'apprentice',
  'helper',
  'assistant',
  'uncle',
  'aunt',
];
export const householdTwo: Words = ['parents', 'in-laws'];
/** Kin named in a list of the people at work, beyond those named with the owner ("my mom, my aunt, me and 4 village women"). */
export const kinListed: Words = [
  ...['brothers?', 'sisters?', 'sons?', 'daughters?', 'fathers?', 'mothers?'].map((kin) => String.raw`${kin}[- ]in[- ]law`),
  ...['nephews?', 'nieces?', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'grand(?:son|daughter)s?', 'auntie'],
  ...['brothers', 'sisters', 'sons', 'daughters', 'cousins', 'uncles', 'aunts', 'relatives?'],
  // The owner's partners counted in the list ("me and my 2 partners plus 4 workers": round 30, corpus convention 66).
  String.raw`(?:business\s+)?partners`,
  String.raw`co-?owners`,
  // Children as one's own only (my 3 kids, our two children, our 2 boys): "3 kids" alone beside the owners is no one at work.
  String.raw`(?<=\b(?:my|our)\s+(?:\d\s+|two\s+|three\s+|four\s+)?)(?:kids?|children|child|boys?|girls?)`,
];
/** Partners named who are not kin (zh/roles.ts partnerWords): English counts its partners in kinListed ("my 2 partners"). */
export const partnerWords: Words = [];
/** The owner named in a list of the people at work: me, myself, i (not counted in a total: "12, me included"; round 35). */
export const ownerListed: Words = [String.raw`\b(?:me|myself|i)\b(?!['’]|\s+(?:included|incl\.?|counted)\b)`];
/** The owner as "i", a subject as often as one of a list ("…2 doctors, i drive a taxi"): listed only beside another named. */
export const ownerAsSubject: Words = [String.raw`\bi\b`];
/** Hands named with the owner as theirs ("me and my helper"): in a list of the people at work only so, never counted. */
export const handsNamedWithOwner: Words = ['apprentice', 'helper', 'assistant'];
/** The family counted as a group in a list of the people at work: "the 3 of us in the family" is rare; none. */
export const familyCounted: Words = [];
/**
 * Someone the message is about, first in a list of the people at work ("my dad has a tofu workshop, him and 2 helpers"),
 * not after a verb ("we pay him and 2 helpers").
 */
export const otherListed: Words = [String.raw`(?<![a-z]\s)\b(?:him|her)\b`];
/** Words joining the people listed: ",", "and", "plus", "with". */
export const peopleJoiners: Words = [',', String.raw`\+`, '&', String.raw`\b(?:and also|as well as|and|plus|n|with|also)\b`];
/** Staff counted apart from the owners: "3 staff besides us", "2 cooks apart from me", "not counting us". */
export const ownersBeside: Words = [
  // ...the owner typed in Chinese too (not counting 我).
  String.raw`\b(?:besides|apart from|other than|not counting|not including|excluding|on top of|as well as)\s+(?:(?:us|me|myself)(?:\s+(?:two|both|2))?\b|我(?:们)?)`,
  // The owner left out in other words: "that's without me", "me not included", "doesn't count me".
  String.raw`\b(?:(?:that|it)['’]?s\s+|thats\s+|its\s+)?without\s+(?:me|myself)\b|\b(?:me|myself)\s+not\s+(?:included|counted|incl\.?)|\b(?:does\s*n['’]?t|does not|doesnt|not)\s+(?:include|count|incl\.?)\s+(?:me|myself)\b`,
  // The owners named after the staff counted: "12 staff plus me and my wife", "plus my husband and me".
  String.raw`(?:\b(?:plus|and also|as well as)|\+)\s*(?=(?:me|my|i)\b|我(?:和|跟|同))`,
  // Staff added after the owners named: "me n my husband run a bakery, plus 3 staff".
  String.raw`(?:\bplus|\band also|\+)\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(?:\w+\s+)?(?:staff|employees|workers|helpers|people|ppl)\b)`,
  // No one hired beside the owners named: "my wife and i run a noodle shop, no hired help": they are all the heads.
  String.raw`\b(?:no|without(?: any)?|don'?t have any|never hired any)\s+(?:hired\s+|other\s+|outside\s+|paid\s+)?(?:help|staff|employees|workers|hands)\b`,
  // ...or no one else: "my husband and i run a noodle shop, nobody else".
  String.raw`\b(?:nobody|no one|no-one|noone)\s+else\b`,
];
/** The owner and the spouse in one word (zh 两口子), in English the two of them ("only the two of us"). */
/** Two partners named (zh/roles.ts partnersOfTwo); English names its partners by the word, read with the owners named. */
export const partnersOfTwo: Words = [];
export const couple: Words = [String.raw`\b(?:the )?(?:two|2) of us\b`, String.raw`\bus two\b`, String.raw`\bboth of us\b`];
/** Kin or partners counted as the owners ("we r 2 brothers", "3 partners"). */
const KIN_COUNTED = ['brothers', 'sisters', 'siblings', 'partners', 'cousins', 'friends', 'owners', 'co-owners', 'founders'].join('|');
const COUNT_WORD = String.raw`(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b`;
/** What follows them: a break, a verb of running the firm, or staff added ("+ 4 staff", "plus 5 workers", "and 3 staff"). */
const AFTER_KIN_COUNTED = [
  ...[String.raw`$|[,.;(:+]`, 'running', 'run', 'who', 'and we', 'we', 'own', 'together', String.raw`in\b`, String.raw`plus\b`],
  String.raw`and\s+(?:(?:about|around|roughly|like|some)\s+)?(?:${COUNT_WORD}|a dozen\b)`,
  String.raw`with\s+${COUNT_WORD}`,
  // ...or Chinese words adding or hiring the staff (two partners 加 5 个工人, three partners 请了八个工人).
  String.raw`(?:再?加上?|还有|另外|外加|(?:还|又)?(?:请了?|雇了?|招了?))`,
].join('|');
/** The owners as a family group with its count ("we're a family of four", zh 一家三口). */
export const ownersGroup: Words = [
  String.raw`\b(?:we(?:['’]re| are| r)? )?(?:a )?family of (?:two|three|four|five|six|[2-6])\b`,
  // The owners as kin or partners counted: "we r 2 brothers", "three partners (me, my uncle and his
  // son)", "we are 3 sisters running it"; not someone's kin ("my 2 brothers", "his two sons").
  // ...and staff added after them ("we're 2 partners + 4 staff", "3 partners plus 5 workers").
  String.raw`(?<!\b(?:my|his|her|their|our|the|your)\s)\b(?:two|three|four|five|six|[2-6])\s*(?:个\s*)?(?:${KIN_COUNTED})\b(?=\s*(?:${AFTER_KIN_COUNTED}))`,
  // ...or as "N of us" with the kin or partners' word after ("3 of us partners and we hired 5 guys"; round 30).
  String.raw`(?<!\b(?:my|his|her|their|our|the|your)\s)\b(?:two|three|four|five|six|[2-6])\s+of\s+us\s+(?:${KIN_COUNTED})\b(?=\s*(?:${AFTER_KIN_COUNTED}))`,
  // The owners as "us" counted: "just us 2", "only us three" (not "pay us 2 months later", "give us 3 days").
  String.raw`\b(?:just|only) us (?:two|three|four|five|[2-5])\b(?!\s*(?:weeks?|months?|years?|yrs?|days?|hours?|k\b|m\b|w\b|million|thousand|%))`,
];
/** The owner alone, as a head count (see zh/roles.ts). */
export const ownerAlone: Words = [
  String.raw`\b(?:just|only) myself\b`,
  String.raw`\b(?:by|on) my own\b`,
  String.raw`\bby myself\b`,
  String.raw`\bme alone\b`,
  String.raw`\bmyself only\b`,
  // Working alone: "i work alone", "i run it solo", "a one-man shop".
  String.raw`\bi (?:work|run it|do (?:it|everything)(?: all)?)(?: all)? (?:alone|solo)\b`,
  String.raw`\bone[- ](?:man|woman|person) (?:shop|band|show|business|operation|outfit)\b`,
];

/** Staff counted in a season ("30 pickers during harvest", "8 staff, up to 20 in the tourist season"); the regular count. */
/** When a head count was true (zh/roles.ts staffBefore, staffNow): "40 before, 14 now", "used to have 25, down to 9". */
export const staffBefore: Words = [
  String.raw`\bused to(?: (?:have|be|employ))?\b`,
  String.raw`\bbefore\b`,
  String.raw`\bpreviously\b`,
  String.raw`\bback then\b`,
  // The year or the season before said as owners type it (last yr, last season: 20 pickers last season, 8 full timers now).
  // ...its 's typed without the apostrophe too (the 2m was last years sales; round 65).
  String.raw`\blast (?:year|yr|season)(?:['’]?s)?\b`,
  String.raw`\bpre[- ]?covid\b`,
  String.raw`\bat (?:the|our) peak\b`,
  String.raw`\bonce had\b`,
];
/** Hands called in at busy times after a count said (zh/roles.ts handsCalledIn): "about 8, we call in extra hands when it's busy". */
export const handsCalledIn: Words = [
  String.raw`\b(?:call|bring|get|pull|rope)(?:s|ing)? in (?:some |a few |extra |more |a couple of |casual |temp )*(?:hands|help|helpers|people|temps|casuals|workers|staff|relatives|family)\b`,
];
/** A year before last year, against last year said after it (zh/roles.ts yearBeforeLast): "the year before last 2m, last year 1.6m". */
export const yearBeforeLast: Words = [String.raw`\byear before last\b`, String.raw`\b(?:2|two) (?:years|yrs) ago\b`];
export const lastYear: Words = [String.raw`\blast (?:year|yr)(?:['’]?s)?\b`];
/** This year so far (zh/roles.ts yearSoFar): "this year so far 900k", "year to date", "ytd". */
export const yearSoFar: Words = [String.raw`\bso far\b`, String.raw`\b(?:year )?to date\b`, String.raw`\bytd\b`, String.raw`\bup to now\b`];
export const staffNow: Words = [
  String.raw`\bnow\b`,
  String.raw`\bcurrently\b`,
  String.raw`\bthese days\b`,
  String.raw`\btoday\b`,
  // The period of now said with this (this year, this yr, this quarter, this month): this quarter we did 700k, same quarter last year…
  String.raw`\bthis (?:year|yr|quarter|month)\b`,
  String.raw`\b(?:down|cut|dropped|reduced|shrunk|shrank) to\b`,
  String.raw`\b(?:only|just) \d+ (?:left|remain)`,
];

/**
 * A festival's month or one month named as the busy one ("december alone brings in 200k", "the new year month", "in the month of
 * spring festival"; round 29, convention 50): a busy season of one month.
 */
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
export const festivalMonth: Words = [
  String.raw`\b(?:${MONTH_NAMES})\b(?=\s+(?:alone|by itself|on its own)\b)`,
  String.raw`\b(?:the )?(?:new year|chinese new year|spring festival|mid-?autumn|festival|christmas|holiday) month\b`,
];
export const peakSeason: Words = [
  // A festival's month named as the busy one (腊月, 春节那个月, "december alone"; round 29): figures.ts weighs it one month.
  ...festivalMonth,
  // Temporary hands ("25 temp workers", "10 casuals") beside the regular staff: hired for the rush, as a season's.
  String.raw`\b(?:temp|temps|temporary|casual|casuals)\b`,
  String.raw`during (?:the )?(?:harvest|season|peak|busy|picking|tourist)\w*(?: season| months?| time)?`,
  String.raw`in (?:the )?(?:(?:high |peak |busy |tourist |picking |harvest |rainy |dry )?(?:season|peak months?|busy months?)|harvest\b)`,
  String.raw`at (?:the )?(?:peak|harvest|picking)(?: time| season)?`,
  // "25k a month in peak", "in the peak": the busy season said by its word alone.
  String.raw`\bin (?:the )?peak\b(?!\s+hours?\b)`,
  // A season named bare before its sums ("high season 200k a month", "peak months we do 300k").
  String.raw`\b(?:high|peak|busy|tourist|harvest|picking)[- ](?:season|months?|period)\b`,
  String.raw`\bin season\b`,
  // ...or by the work going on ("about 20 when we're picking coffee"; round 63).
  String.raw`\bwhen (?:we['’]?re|we are|we|they['’]?re|they are)\s+(?:picking|harvesting|plucking|busiest|busy)\b`,
  // ...or by the crop ready ("when the coffee is ripe", "when the harvest starts"; round 60, convention 714).
  ...cropReady,
  // A season named by its crop or its work ("in tea season", "during mango season", "for the coffee harvest"), as 采茶季 is in
  // zh/seasons.ts; not a quiet season (low, off, slow, dead) (round 35, corpus convention 208).
  String.raw`\b(?:in|during|at|for|over) (?:the )?(?!(?:low|off|slow|quiet|dead|shoulder|rainy|dry|wet|same|whole|next|last|this)\b)[a-z]+(?: picking| harvest| plucking)? (?:season|harvest)\b`,
  // A season of the year or a holiday named for the extra hands: "a part-timer in summer", "over new year".
  String.raw`(?:in|during|over|for) (?:the )?(?:summer|winter|autumn|fall|spring|holidays?|new year|spring festival|golden week)(?: months?| season| time| rush)?`,
  // "each autumn", "every summer": a season that comes back.
  String.raw`(?:each|every) (?:summer|winter|autumn|fall|spring|harvest|season|year at harvest)`,
  // "30 seasonal pickers", "20 个 seasonal workers": hands for the season.
  String.raw`\bseasonal\b`,
  // A good or busy day against a bad one: "good days we do 5k", "on a busy day".
  String.raw`\b(?:on )?(?:a )?(?:good|busy|best)(?: days?| weeks?| months?)\b`,
  String.raw`\b(?:the )?(?:good|busy|best|peak)(?: ones)\b`,
];
export const regularSeason: Words = [
  // The rest of the year beside a busy season named ("the rest of the year maybe 50k a month", "other months 100k").
  String.raw`(?:the )?rest of (?:the )?(?:year|yr|time)`,
  String.raw`\bother (?:times|months)\b`,
  String.raw`\botherwise\b`,
  String.raw`(?:the )?other months`,
  String.raw`all year(?: round)?`,
  // ...most of it ("6 or 7 most of the year, about 20 when we're picking"; round 63).
  String.raw`(?:for |in )?most of the (?:year|yr|time)`,
  'year round',
  'normally',
  'usually',
  String.raw`regular(?:ly)?`,
  String.raw`off[- ]season`,
  String.raw`(?:in (?:the )?)?(?:low|slow|quiet)[- ](?:season|months?|period)`,
  String.raw`full[- ]time`,
  // The staff kept all year beside the season's hands: "core team is 7", "the core crew".
  String.raw`\bcore (?:team|staff|crew)\b`,
  // "25 seasonal workers and 4 permanent": the staff kept all year.
  String.raw`permanent(?:ly)?`,
  String.raw`\b(?:on )?(?:a )?(?:bad|slow|quiet|worst)(?: days?| weeks?| months?)\b`,
  // ...the other season said as "ones" after the first ("busy months 100k, slow ones 40k": round 35).
  String.raw`\b(?:the )?(?:bad|slow|quiet|worst|dead|low)(?: ones)\b`,
];

/** The owner counted after the staff or said to work ("2 mechanics + me", "i drive one myself"): one more head. */
const FAMILY_ONE = ['wife', 'husband', 'mum', 'mom', 'mother', 'dad', 'father', 'son', 'daughter', 'brother', 'sister'].join('|');
/** A count said before, in digits or words. */
const COUNT_SAID_BEFORE = String.raw`(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)`;
/** Doing a job: "does", "handles", "minds". */
const DOES_THE_JOB = String.raw`(?:does|handles|runs|mans|minds|works|takes care of)`;
/** Jobs of the firm the owner or one of the family does: "does the books", "cooks", "runs the till". */
const OWN_JOBS = [
  // Any work said with -ing or a noun of the work ("i do the cutting", "i do all the repairs", "she does the sewing").
  String.raw`(?:do|does) (?:all |most of |some of )?the (?!(?:nothing|something|anything|everything)\b)(?:[a-z]+ing|repairs|haircuts|alterations|deliveries)`,
  String.raw`(?:do|does) (?:the )?(?:books|till|accounts|cooking|driving|deliveries|cleaning|buying|orders|front desk|dispatch|sales|bookkeeping|admin|paperwork)`,
  String.raw`(?:drive|drives) the (?:van|truck|lorry|car|bus|minibus|cart|tuk-tuk|forklift)`,
  // Cooking or driving said bare, the phrase ending there ("my husband cooks, i do the till"): not "i drive a taxi".
  String.raw`(?:cooks?|drives?|serves?|bakes?|sews?)(?=\s*(?:$|[,.;!?]|\band\b|\bplus\b|\+))`,
  // The goods made or the orders taken ("my mum makes the noodles", "i take the orders", round 25).
  String.raw`(?:make|makes|take|takes) the (?:orders|noodles|dumplings|bread|cakes|food|tea|coffee|tofu|buns)`,
  String.raw`(?:keep|keeps) the books`,
  String.raw`(?:run|runs|work|works|mind|minds|handle|handles|man|mans) the (?:kitchen|till|counter|front desk|front|register|wok|grill|books|accounts|deliveries|orders)`,
  String.raw`(?:handle|handles|do|does) (?:the )?(?:deliveries|delivery|books|accounts|orders)`,
]
  .map((job) => `(?:${job})`)
  .join('|');
/** One of the family at a job of the firm, beside the staff counted ("my husband cooks, i do the till, plus 2 waitresses"): one more head each. */
export const familyWorks: Words = [
  String.raw`\b(?:my|the) (?:${FAMILY_ONE}|missus|hubby) (?:also |usually |mostly )?(?:${OWN_JOBS})\b`,
  // One of the family added after the staff counted: "10 staff plus my wife", "6 drivers + my son".
  String.raw`(?:\bplus|\+|\band also)\s+(?:my|the) (?:${FAMILY_ONE}|missus|hubby)\b(?=\s*(?:$|[,.;!?]))`,
];
/** Firms, not staff, counted after "work with": "i work with 2 suppliers". */
const NOT_STAFF_WITH = String.raw`(?:suppliers?|customers?|buyers?|retailers?|wholesalers?|distributors?|developers?|contractors?|growers?)\b`;
/** Staff counted right after: "1 helper", "2 guides", "1个 帮工" (a word of a person's form or a Chinese word). */
const STAFF_COUNTED_AFTER = String.raw`\s+(?:\d{1,2}|one|two|three|four|five|an?)\s*个?\s*(?:(?!${NOT_STAFF_WITH})[a-z]+(?:er|or|ist|ista|ant|ian|ide|ice|anic)s?\b|staff\b|[\u4e00-\u9fff])`;
export const ownerWorks: Words = [
  // The owner at a job of the firm: "i do the till", "i cook", "i run the kitchen".
  String.raw`\bi (?:also |usually |mostly )?(?:${OWN_JOBS})\b`,
  // ...said after 我自己 among English words (我自己 do the cooking, 我自己 cook).
  String.raw`我自己?\s*(?:${OWN_JOBS})\b`,
  String.raw`(?<=(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[^,.;]{0,24}?)(?:\+|&|\band\b|\bplus\b)\s*(?:me|myself)\b`,
  String.raw`\bi (?:drive|work|cook|do the \w+) (?:one )?(?:myself|too|as well)\b`,
  // The owner working with the staff counted after: "i work with 1 helper", "work with 2 guides", 我 work with 1个 帮工.
  String.raw`(?:\bi\s+|我\s*|(?<=^|[,.;，。]\s*))work(?:ing)?\s+(?:together\s+)?(?:with|alongside)(?=${STAFF_COUNTED_AFTER})`,
  // The owner last in a list of the staff counted, after a comma: "2 cooks, 3 waiters, 1 cleaner, me".
  String.raw`(?<=${COUNT_SAID_BEFORE}[^.;]{0,40}?),\s*(?:and\s+)?(?:me|myself)(?=\s*(?:$|[.;!?]))`,
  // "3 trucks, i drive one, plus 2 drivers": the owner drives one of the vehicles counted.
  String.raw`\bi (?:drive|run|man) one(?: of them)?\b`,
  // A job last in a list of the staff counted, done by one of the family: "3 cooks, 2 waiters, my wife does the till".
  String.raw`(?<=${COUNT_SAID_BEFORE}[^.;]{0,40}?)\bmy (?:${FAMILY_ONE}) ${DOES_THE_JOB} the (?!shop|store|business|company|firm|restaurant|place)\w+\b`,
  // "i pitch in too", "i help out as well": the owner works beside them.
  String.raw`\bi (?:pitch in|help out|work alongside|muck in)(?: them)?(?: myself| too| as well)?\b`,
];

/*
 * People named by the FORM of the word, after a head count (lexicon/index.ts STAFF_FORMS): an unseen
 * role is still a role. "2 dentists", "3 hygienists", "4 electricians", "2 salesmen", "3 nail
 * techs", "kitchen staff", "ground crew", a qualifier or one modifier between ("2 full-time
 * farmhands", "3 forklift operators", "3 sales clerks"), or "a" ending a list of roles counted ("…
 * and a dishwasher": extract.ts counts it one). -er/-or words are also machines, foods and
 * customers (printers, burgers, visitors): extract.ts keeps them only beside another role. Words of
 * that form that name no staff (customers, tourists, freezers, restaurants) are the exceptions.
 */
/** The tens said in words with their ones ("twenty-two", "forty five"), and the teens (round 53; extract.ts counts by role with it). */
export const EN_TENS_AND_TEENS =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:thir|four|fif|six|seven|eigh|nine)teen';
/** Dozens, tens and teens said in words before full time or permanent ("a dozen full time", "twenty-two permanent"; round 53). */
const EN_NUM = String.raw`(?<![\w.,])(?:\d+|(?:a|one|two|three|a couple of) dozen|${EN_TENS_AND_TEENS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)`;
const QUALIFIER = String.raw`(?:(?:full|part)[- ]?time|seasonal|casual|temporary|temp|extra|local|skilled|experienced|young|female|male|paid)`;
const PERSON_END = String.raw`(?:ists?|ians?|ants?|m[ae]n|hands?|techs?|staff|crew|ers?|ors?)`;
const NOT_STAFF = [
  ...['customers?', 'buyers?', 'clients?', 'guests?', 'tourists?', 'patients?', 'students?', 'members?', 'users?', 'followers?'],
  ...['visitors?', 'passengers?', 'diners?', 'shoppers?', 'subscribers?', 'viewers?', 'readers?', 'tenants?', 'renters?', 'travell?ers?'],
  ...['borrowers?', 'lenders?', 'investors?', 'partners?', 'owners?', 'suppliers?', 'vendors?', 'sellers?', 'dealers?', 'traders?'],
  ...['distributors?', 'retailers?', 'wholesalers?', 'exporters?', 'importers?', 'manufacturers?', 'producers?', 'farmers?', 'growers?'],
  ...['villagers?', 'residents?', 'merchants?', 'others', 'computers?', 'containers?', 'printers?', 'heaters?', 'freezers?', 'cylinders?'],
  ...['chillers?', 'dryers?', 'mixers?', 'burners?', 'blenders?', 'grinders?', 'roasters?', 'fryers?', 'boilers?', 'generators?'],
  ...['tractors?', 'harvesters?', 'excavators?', 'trailers?', 'scooters?', 'motors?', 'elevators?', 'compressors?'],
  ...['refrigerators?', 'monitors?', 'projectors?', 'scanners?', 'routers?', 'speakers?', 'lockers?', 'counters?', 'dispensers?'],
  ...['coolers?', 'conveyors?', 'incubators?', 'sensors?', 'stickers?', 'posters?', 'flyers?', 'vouchers?', 'layers?'],
  ...['broilers?', 'lit(?:er|re)s?', '\\w*met(?:er|re)s?', 'orders?', 'tours?', 'hours?', 'floors?', 'doors?', 'colou?rs?', 'flavou?rs?'],
  ...['sectors?', 'numbers?', 'letters?', 'papers?', 'covers?', 'towers?', 'corners?', 'dinners?', 'burgers?', 'beers?', 'flowers?'],
  ...['peppers?', 'cucumbers?', 'oysters?', 'lobsters?', 'chambers?', 'quarters?', 'cent(?:er|re)s?', 'chapters?', 'restaurants?'],
  ...['plants?', 'variants?', 'grants?', 'pants', 'ramen', 'lists?', '(?:second|first)-hand', 'years?', 'reefers?', 'tankers?'],
  ...['cookers?', 'steamers?', 'cutters?', 'shredders?', 'sprayers?', 'planters?', 'juicers?', 'toasters?', 'smokers?', 'mowers?'],
  ...['tillers?', 'crushers?', 'sterili[sz]ers?', 'dehydrators?', 'extruders?', 'shakers?', 'timers?', 'trackers?', 'chargers?'],
  // (washers and loaders are machines alone, people beside another role: "4 washers and 2 guys on the till".)
  // Kin, read by the people listed (people-listed.ts), no staff by form: "my 2 brothers help on weekends".
  ...['(?:grand|step)?(?:mothers?|fathers?|daughters?)', '(?:step)?brothers?', 'sisters?', 'lovers?', 'neighbou?rs?', 'strangers?'],
  // Things of that form said in mixed messages after 个: "两个 offer", "三个 folder".
  ...['offers?', 'answers?', 'filters?', 'folders?', 'banners?', 'drawers?', 'shutters?', 'ledgers?', 'registers?', 'boosters?'],
  // Words that only look like a person's: "1.5 million for 3 trucks", "after", "per".
  ...['wants?', 'for', 'or', 'per', 'her', 'after', 'under', 'over', 'other', 'later', 'never', 'ever', 'either', 'neither', 'rather'],
  // The person asked for to talk to, never staff: "connect me with a human agent".
  'humans?',
  ...['better', 'water', 'paper', 'manner', 'matter', 'summer', 'winter', 'dinner', 'corner', 'quarter', 'border', 'mirror'],
].join('|');
/** A word of a person's form that names no machine, food or customer ("carvers", "weavers", not "dryers"): people-listed.ts. */
export const PERSON_FORM_WORD = String.raw`^(?!(?:${NOT_STAFF})$)(?:[a-z]+?${PERSON_END}|workers|helpers|people|guys|women|ladies|folks|girls|boys|lads|men|gals)$`;
/** The word names the person, not a thing it qualifies: not "reefer" in "25 reefer trucks". */
const NOT_A_MODIFIER = String.raw`(?!\s+(?!(?:plus|as|is|was|has|this|us|his|its|does)\b)[a-z]+s\b)`;
const HEAD = String.raw`\b(?!(?:${NOT_STAFF})\b)(?:[a-z]+?${PERSON_END}|techs?|hands?)(?![a-z])${NOT_A_MODIFIER}`;
/** One word qualifying the role ("forklift operators", "sales clerks"): no joining or function word. */
const MODIFIER = String.raw`(?!(?:and|or|but|the|a|an|of|to|for|with|who|that|are|r|is|k|m|mil|million|thousand|hundred|dozen|couple)\b)[a-z]+(?:-[a-z]+)?`;
/** A role listed, or a word of a person's form. */
const ROLE = String.raw`(?:${staffRoles.join('|')}|${HEAD}|(?<=[a-z][- ])(?:staff|crew))`;
/**
 * "a" or "an" ending a list, after a joining word or a verb of employing ("we hire a cleaner and a cook") ("2 dentists, 3 hygienists and a receptionist", "my dad + a dishwasher",
 * 我跟 my wife 和 a cook): the role after it is one head. The staff forms read the role there and the role counts
 * (pipeline/extract.ts) count it one: the same words for both.
 */
// ...and in chat words ("3 nurses n a receptionist"; round 34).
export const A_ENDING_LIST = String.raw`(?:(?:,|\band|\bn|&|\+|\bplus|\bwith|\bw|\bbesides|\balso|\bhire[sd]?|\bemploy(?:s|ed)?)\s+|[和跟加有、]\s*)an?\s+`;
/** A count in Chinese or digits, perhaps approximate (十来, 三十多, 20 几, 五六). */
const ZH_COUNT = String.raw`(?:\d+\s*几?|[一二两三四五六七八九十几]+)\s*[多来余]?`;
/** Words of about before a count in Chinese: 大概, 大约, 差不多. */
const ZH_APPROX = String.raw`(?:大概|大约|差不多|约|有|是)`;
/** Posts said alone for their staff in Chinese counts: "crew 十来个", "office 三个", "front desk 两个". */
const POSTS = String.raw`\b(?:staff|crew|office|admin|kitchen|management|front[- ]desk|reception)`;
/** One person named by a plain word for a person, as owners name a hand (a girl, a lady, a guy): see staffForms. */
const PERSON_ONE = String.raw`(?:lady|girl|guy|lad|bloke|woman|man|gal|fella|fellow|chap)`;
/** Where a hand works or what they do, right after the word for them: "on the front desk", "doing the books". */
const AT_WORK = String.raw`(?:on|in|at|behind|doing|who|that|for|running|minding|manning|working|handling|keeping|helping)`;
export const staffForms: Words = [
  String.raw`(?<=\b${EN_NUM}\s+|${A_ENDING_LIST})(?:${QUALIFIER}\s+)?(?:${MODIFIER}[- ])?${ROLE}(?![a-z])`,
  // One hand ending a list, named by a plain word for a person and where they work or what they do ("4 lads on the floor and a
  // lady doing the books", "6 guys in the workshop and a girl on the front desk": round 27).
  String.raw`(?<=${A_ENDING_LIST})${PERSON_ONE}(?=\s+${AT_WORK}\b)`,
  // "6 full-time and 2 part-time (staff)": the qualifier alone is the staff it qualifies.
  String.raw`(?<=\b${EN_NUM}\s+)${QUALIFIER}(?=\s*(?:and|or|&|\+|,|/)\s*${EN_NUM}\s)`,
  String.raw`(?<=\b${EN_NUM}\s+)(?:full|part)[- ]?time(?:\s+(?:staff|employees|people|workers))?(?![a-z-])`,
  // "25 seasonal workers and 4 permanent", "30 pickers in season, 5 regular": the staff kept all year, the noun left out.
  // ...or said to work all year ("12 workers in harvest season 4 all year").
  String.raw`(?<=\b${EN_NUM}\s+)(?:permanent|regular|year[- ]round|all year(?: round)?)(?=\s*(?:$|[,.;!?)]|\band\b|\bplus\b))`,
  // A role listed with its count after a colon or a dash ("dentists: 3, nurses: 4", "drivers - 6"), as a form filled in.
  String.raw`(?<![a-z-])(?:${MODIFIER}[- ])?(?:${ROLE})(?=\s*[:=]\s*\d|\s+-\s*\d)`,
  // In Chinese: "nail techs 三个", "2个 hygienists", "crew 十来个", "office 大概3个", "drivers 20 几个"; a post
  // said alone stands for its staff there (crew, office, admin, kitchen).
  String.raw`(?:${MODIFIER}[- ])?(?:${ROLE}|${POSTS})(?=\s*${ZH_APPROX}?\s*${ZH_COUNT}\s*[个名位])`,
  String.raw`(?<=${ZH_COUNT}\s*[个名位]\s*)(?:${HEAD}|${POSTS})(?![a-z])`,
];
