// English word lists. Industries: the words that name each trade, with a priority. The highest priority found wins;
// equal priorities go to the earliest in the text. 30 processing/manufacturing (the crop word does
// not count); 26 growing/raising verbs and farm forms; 25 a business form that names its trade
// (客栈, 餐馆, 物流公司, 批发...); 20 shops and online shops (retail) and the standard's "other" row
// (clinics, salons, repairs); 11 a shop of no named kind (门面, 再开一家店); 10 a product on its own
// (茶叶, 咖啡, 菌子) or 做...生意; 5-8 weak words many trades mention in passing (物流, 仓库, 旅游).
// At WEAK_INDUSTRY_PRIORITY (12) or below a match is only a hint. Every locale lists every rule,
// in the same order (some with no words). A lookbehind (?<!...) / lookahead (?!...) on a word says
// what may not stand before / after it.

import { platforms } from './markets';
import { citiesAbroad, countriesAbroad, nationalities } from './places';
import type { IndustryWords, Words } from '../types';

/** Goods a firm makes ("we make furniture", "producing walnut oil"): manufacturing. */
/** Workers whose trade is a personal service: the owner named as one is in the "other" trades. */
const SERVICE_WORKERS = String.raw`(?:photographers?|videographers?|tailors?|seamstress(?:es)?|dressmakers?|mechanics?|hairdressers?|barbers?|(?:hair )?stylists?|beauticians?|masseurs?|masseuses?|locksmiths?|cobblers?|shoemakers?|tutors?|wedding planners?)`;
const madeGoods: Words = [
  'oil',
  'furniture',
  'wine',
  'beer',
  'liquor',
  'spirits',
  'juice',
  'clothes',
  'clothing',
  'garments',
  'shoes',
  'bricks',
  'cement',
  'paper',
  'soap',
  'cosmetics',
  'medicines?',
  'sauces?',
  'tofu',
  'paint',
  'parts',
  'textiles',
  'fabrics?',
  'packaging',
  'handicrafts',
  String.raw`jewel(?:le)?ry`,
  'pottery',
  'ceramics',
  'cakes?',
  String.raw`pastr(?:y|ies)`,
  // Food made and packed ("we make canned bamboo shoots", "producing pickled vegetables"): manufacturing, per the size standard.
  String.raw`(?:canned|tinned|pickled|preserved|frozen|packaged|bottled) \w+`,
  'snacks',
  'candy',
  'sweets',
  String.raw`jams?`,
  String.raw`sausages?`,
];

/** Crops and wild produce: named alone a hint of farming; bought to sell on, a trade ("tea buyers"). */
export const produce: Words = [
  // Longer first: an alternation takes the first word that fits.
  'tea leaves',
  'tea',
  'coffee beans',
  'coffee',
  'beans',
  'flowers?',
  'fruits?',
  'mushrooms?',
  'vegetables?',
  'matsutake',
  'walnuts?',
  'rubber',
  'sugar ?cane',
  'herbs',
  'honey',
  // Medicinal herbs grown under the forest: dendrobium (石斛), notoginseng (三七).
  'dendrobium',
  'shihu',
  'notoginseng',
];

/** Produce sold on after it is bought: English says it in buyingTrade's "buy … and sell" (zh/industries.ts soldOn). */
export const soldOn: Words = [];

/** A trade named by what it buys to sell on ("rubber buyers", "we buy mushrooms and sell them to..."). */
export const buyingTrade: Words = [
  String.raw`\b(?:${produce.join('|')}) (?:buyers?|traders?|dealers?|collectors?)\b`,
  String.raw`\band(?= (?:re)?sell(?:s|ing)?\b)(?<=\b(?:buy|buys|buying|bought|purchase|purchases|purchasing|collect|collects|collecting)\b[^.;!?]{0,60}and)`,
];

/** Whom an agency runs online shops for: "for brands", "for other businesses" (scopes.ts servedShops: the shops are theirs). */
export const agencyClients = String.raw`for\s+(?:other\s+|our\s+|\w+\s+)?(?:brands?|businesses|clients|merchants|sellers|companies|factories)\b`;

/** Machines and vehicles a rental firm hires out ("we rent out excavators and cranes"). */
const rentedGoods: Words = [
  String.raw`excavators?`,
  String.raw`cranes?`,
  String.raw`machines?`,
  'machinery',
  'equipment',
  String.raw`forklifts?`,
  String.raw`trucks?`,
  String.raw`cars?`,
  String.raw`vans?`,
  String.raw`vehicles?`,
  String.raw`bikes?`,
  String.raw`e-?bikes?`,
  'scaffolding',
  String.raw`generators?`,
  String.raw`tents?`,
  String.raw`tools?`,
];

/** Goods a shop sells: "a building materials shop", "phone store" are retail. */
const shopGoods: Words = [
  'tea',
  'fruit',
  'flower',
  'clothing',
  'clothes',
  'shoe',
  'grocery',
  'hardware',
  'phone',
  'mobile phone',
  'gift',
  'souvenir',
  'convenience',
  'corner',
  'book',
  'pet',
  String.raw`jewel(?:le)?ry`,
  'jade',
  'furniture',
  'drug',
  'liquor',
  'wine',
  String.raw`building materials?`,
  'tile',
  'paint',
  'farm supply',
  'farm supplies',
  String.raw`fertili[sz]er`,
  'appliance',
  'electronics',
  'toy',
  'stationery',
  'cosmetics',
  'optical',
  'tobacco',
  'vegetable',
  'opticians?',
];

/** Firms that buy goods to use or sell on: selling to them is wholesale. */
const businessBuyers: Words = [
  'contractors',
  'builders',
  'retailers',
  'wholesalers',
  'businesses',
  'companies',
  'construction sites',
  'hospitals',
  'clinics',
  'schools',
  'shops',
  'stores',
  'supermarkets',
  'restaurants',
  'hotels',
  'factories',
  'exporters',
  'importers',
  'traders',
];

/** Where goods go when they are exported ("we sell coffee to thailand", "ship flowers to bangkok"). */
const abroad: Words = [...countriesAbroad, ...citiesAbroad, 'abroad', 'overseas'];
const shipVerbs: Words = ['sell', 'sells', 'selling', 'sold', 'ship', 'ships', 'shipping', 'supply', 'supplying'];

/** Online marketplaces: "we sell on pinduoduo" is a hint of retail. */
const marketplaces: Words = ['online', 'on the internet', ...platforms, 'jd', 'kuaishou', 'wechat', 'weidian'];
const negations: Words = [String.raw`don['’]?t`, 'do not', String.raw`doesn['’]?t`, 'does not', 'not', 'never'];

/** Crops a grower names: "coffee growers", "tea estates". */
const crops: Words = ['tea', 'coffee', 'flower', 'fruit', 'vegetable', 'mushroom'];
/** Crops named by the grower ("we grow blueberries"): the produce and the fields' own crops. */
const grownCrops: Words = [
  ...produce,
  String.raw`[a-z]*berr(?:y|ies)`,
  String.raw`grapes?`,
  String.raw`oranges?`,
  'citrus',
  String.raw`mangoe?s?`,
  String.raw`bananas?`,
  String.raw`avocados?`,
  String.raw`potato(?:es)?`,
  String.raw`tomato(?:es)?`,
  'tobacco',
  'corn',
  'maize',
  'rice',
  String.raw`macadamias?`,
  'konjac',
  String.raw`chil(?:i|li)e?s?`,
  String.raw`peppers?`,
  String.raw`crops?`,
];
/** Animals raised: "we raise pigs", "we keep bees". */
const livestock: Words = [
  String.raw`pigs?`,
  String.raw`hogs?`,
  'cattle',
  String.raw`cows?`,
  String.raw`goats?`,
  'sheep',
  String.raw`yaks?`,
  String.raw`chickens?`,
  String.raw`ducks?`,
  String.raw`geese`,
  'poultry',
  'fish',
  // Fish farmed in Yunnan's cold water: trout, sturgeon, carp, tilapia.
  String.raw`(?:rainbow )?trout`,
  'sturgeon',
  'carp',
  'tilapia',
  'bees',
  'silkworms',
  String.raw`rabbits?`,
  'shrimp',
  'prawns',
  'crayfish',
  'frogs',
];
/** Not the farmers a firm buys from, supplies or helps ("we buy from local growers"). */
const notServed = String.raw`(?<!\b(?:from|with|for|to|help|helps|helping)\s(?:(?:the|local|small|nearby|many|other)\s)*)`;

export const industryRules: readonly IndustryWords[] = [
  {
    id: 'industry',
    priority: 30,
    words: [
      String.raw`\bpastr(?:y|ies) (?:maker|making|workshop)s?\b`,
      String.raw`\b(?:drying|dehydrating) (?:plant|factory|workshop|facility|mill)s?\b`,
      String.raw`\b(?:dry|dries|drying) (?:our |the )?(?:mushrooms|fungi|fruit|chil(?:i|li)es|peppers|flowers|tea)\b`,
      String.raw`\broaster(?:y|ies|s)?\b`,
      // "coffee roasting", "tea processing": the product before the process.
      String.raw`\b(?:coffee|tea|nuts?|walnuts?|beans?|cocoa|rubber|mushrooms?) (?:roast\w*|process\w*|drying|dryers?)\b`,
      String.raw`\b(?:roast|process)(?:s|es|ed|ing)?\s+(?:our own\s+)?(?:\w+\s+)?(?:coffee|tea|beans|nuts|walnuts|food|fruits?|mushrooms?|meat|rubber|sugar ?cane|grain|rice|timber|wood|leaves)\b`,
      String.raw`\bfactor(?:y|ies)\b`,
      String.raw`\bmanufactur\w*`,
      String.raw`\b(?:make|makes|making|produce|produces|producing)\s+(?:our own\s+)?(?:\w+\s+){0,2}(?:${madeGoods.join('|')})\b`,
      String.raw`(?<!payment |card |data )\bprocessing\b`,
      String.raw`\bprocessors?\b`,
      String.raw`\bmills?\b`,
      // Drinks made: "a small winery", "craft brewery", "a distillery".
      String.raw`\b(?:winer(?:y|ies)|brewer(?:y|ies)|distiller(?:y|ies))\b`,
      // Printing as the trade (印刷), not a print shop's copies: "a printing company", 做printing的.
      String.raw`\bprinting (?:business|company|factory|house|plant|press)\b`,
      String.raw`(?<=(?:做|搞)\s?)printing\b(?!\s+(?:shops?|stores?))`,
      // A workshop where goods are made ("we make rice noodles in a small workshop"); not a repair shop's.
      String.raw`\bworkshops?\b(?<!\brepair workshops?)`,
      // Cloth woven and dyed as a craft: "we weave cotton cloth", "a weaving cooperative", "batik dyeing".
      String.raw`\bweav(?:e|es|ing|ers)\b`,
    ],
  },
  // A processed product ("dried mushrooms"): manufacturing over a sale abroad or online, but not over
  // the trade the owner names ("we r wholesale of dried mushrooms").
  // Crafts sold by the maker's own shop: Chinese only (zh/industries.ts).
  // A shop in front and a workshop behind ("shop in front, workshop at the back"): sold by the maker's own shop.
  {
    id: 'retail',
    priority: 31,
    words: [
      String.raw`\b(?:shop|store|showroom) (?:in (?:the )?front|at the front)\b[^.;!?]{0,12}\b(?:workshop|factory) (?:behind|at the back|in the back)\b`,
    ],
  },
  { id: 'industry', priority: 24, words: [String.raw`\bdried (?:mushrooms|fungi|fruits?|chil(?:i|li)es|peppers|flowers|tea|meat|beef)\b`] },
  // Food made, not grown: manufacturing, below a shop or a trade that sells it.
  { id: 'industry', priority: 19, words: [String.raw`\bflower (?:cakes?|pastr(?:y|ies))\b`, String.raw`\bcured (?:ham|meat)s?\b`] },
  {
    id: 'agriculture',
    priority: 26,
    words: [
      String.raw`(?<!\b(?:from|with|for|to|help|helps|helping)\s(?:(?:the|local|small|nearby|tea|coffee|flower|fruit|many|other)\s)*)\bfarm(?:s|ing|ers?)?\b`,
      String.raw`\bplantations?\b`,
      String.raw`\borchards?\b`,
      String.raw`\bcooperatives?\b`,
      String.raw`\bco-?ops?\b`,
      String.raw`\blivestock\b`,
      String.raw`\bfisher(?:y|ies)\b`,
      String.raw`\bbeekeep\w*`,
      String.raw`\bgrow(?:s|ing)? (?:our own )?(?:tea|coffee|flowers?|fruits?|vegetables?|mushrooms?|rice|crops?|walnuts?)\b`,
      String.raw`${notServed}\b(?:${crops.join('|')}) (?:growers?|growing|farm\w*|gardens?|estates?)\b`,
      String.raw`${notServed}\bgrowers?\b`,
      // Named by the verb of growing or raising: "we grow blueberries", "we raise pigs", "i keep bees".
      String.raw`\b(?:grow(?:s|ing)?|plant(?:s|ing)?|cultivat(?:e|es|ing))\s+(?:(?:our own|some|a lot of|mostly|organic)\s+)?(?:${grownCrops.join('|')})\b`,
      String.raw`\b(?:rais(?:e|es|ing)|rear(?:s|ing)?|breed(?:s|ing)?|keep(?:s|ing)?|farm(?:s|ing)?)\s+(?:(?:our own|some|a few|mostly|black|free[- ]range)\s+)?(?:[\d,]+\s+)?(?:${livestock.join('|')})\b`,
    ],
  },
  {
    id: 'wholesale',
    priority: 25,
    words: [
      String.raw`(?<!\bsole )\btrad(?:e|es|ing|ers?)\b(?!\s+(?:fairs?|shows?|finance|credit))`,
      String.raw`\bborder trade\b`,
      String.raw`\b(?:jade|gem|tea|coffee) ?(?:business\b|生意)`,
      String.raw`\bwholesal\w*`,
      // Goods sold to businesses ("we sell building materials to contractors", "medical supplies
      // to local hospitals", "spare parts to shops in laos") is wholesale; "we sell to hospitals"
      // names no goods, so no trade.
      String.raw`\bto (?=(?:(?:local|nearby|other|small|big)\s)?(?:${businessBuyers.join('|')})\b)(?<=\b(?:sell|sells|selling|sold|supply|supplies|supplying)\s(?:[\w-]+\s){1,3}to )`,
      ...buyingTrade,
      String.raw`\bimport(?:s|ing|ers?)?\b`,
      String.raw`\bexport(?:s|ing|ers?)?\b`,
      String.raw`\bdistribut\w*`,
    ],
  },
  // Cross-border e-commerce sells to consumers abroad: retail, over the export rule below.
  // Food supplied to customers: Chinese only (zh/industries.ts).
  { id: 'wholesale', priority: 15, words: [] },
  { id: 'retail', priority: 22, words: [String.raw`(?:\bcross[- ]?border |跨境\s*)e-?commerce\b`] },
  // Selling to another country is exporting ("we sell coffee to thailand"): over a product sold.
  {
    id: 'wholesale',
    priority: 21,
    words: [
      String.raw`\b(?:${shipVerbs.join('|')})\b[^.,;!?]{0,30}\b(?:to|into) (?:${abroad.join('|')})\b`,
      // Goods going to buyers abroad: "everything goes via our warehouse to vietnamese buyers".
      String.raw`\bto (?:${[...nationalities, ...abroad].join('|')}) (?:buyers|customers|clients|importers|traders|distributors)\b`,
    ],
  },
  {
    id: 'accommodation',
    priority: 25,
    words: [
      String.raw`\bhotels?\b`,
      String.raw`\binns?\b`,
      String.raw`\bguest ?houses?\b`,
      String.raw`\bhostels?\b`,
      String.raw`\bhome ?stays?\b`,
      String.raw`\bb&b\b`,
      String.raw`\bbed and breakfast\b`,
      String.raw`\blodges?\b`,
      String.raw`\bmotels?\b`,
      String.raw`\bresorts?\b`,
      String.raw`\bsell(?:s|ing)? rooms\b`,
    ],
  },
  {
    id: 'catering',
    priority: 25,
    words: [
      String.raw`\brestaurants?\b`,
      String.raw`\bnoodles?\b`,
      String.raw`\bcaf[eé]s?\b(?<!\b(?:internet|net) ?caf[eé]s?)`,
      String.raw`\bcoffee ?(?:shops?|houses?|bars?)\b`,
      String.raw`\btea ?houses?\b`,
      // Drinks made to order are catering, not the tea or a shop's goods ("my own bubble tea shop").
      String.raw`\b(?:bubble|milk|boba) ?tea\b`,
      String.raw`\b(?:juice|smoothie|dessert) (?:bars?|shops?|stalls?)\b`,
      String.raw`\bsnack (?:bars?|stalls?|shops?|stands?|street)\b`,
      String.raw`\bfood ?stalls?\b`,
      String.raw`\bcatering\b`,
      // Catering by its verb and its noun: "we cater weddings", "we cater for 500 students daily", "caterers"
      // (not a shop catering to a kind of customer: "we cater to tourists", "cater for all budgets").
      String.raw`\b(?:we|i)\s+(?:(?:also|mainly|mostly|do|just|only)\s+)?cater(?:s|ed|ing)?\b(?!\s+to\b)(?!\s+for\s+(?:all|every|any|different|most|many|your)\b)`,
      String.raw`\bcater(?:s|ed|ing)? (?:for )?(?:weddings|events|parties|functions|lunches|meals|banquets|school|schools|offices|factories)\b`,
      String.raw`\bcaterers?\b`,
      // A bakery, and its common misspellings ("a small bakry").
      String.raw`\bbake?r(?:y|ies)\b`,
      String.raw`\bbakeries\b`,
      String.raw`\bbistros?\b`,
      String.raw`\bcanteens?\b`,
      String.raw`\bbarbecue\b`,
      // Food cooked to sell ("grill fish on meituan"), a kitchen that only delivers ("a small kitchen").
      String.raw`\b(?:grill(?:ed)?|roast(?:ed)?|fried|bbq|spicy|steamed) (?:fish|chicken|duck|noodles?)\b`,
      String.raw`\b(?:small|tiny|little|ghost|cloud|delivery[- ]only) kitchens?\b`,
      String.raw`\b(?:meituan|eleme|ele\.me) (?:delivery|waimai)\b`,
      String.raw`\bbbq\b`,
      String.raw`\bhot ?pot\b`,
      // A bar (酒吧): "a small bar", "wine bar", 开了个 bar; a karaoke bar is the 'other' row.
      String.raw`\b(?:a|an|our|my|small|little|cocktail|wine|beer|craft beer|music|jazz|rooftop)\s+bars?\b`,
      String.raw`(?<=[开个家]\s?)bars?\b`,
    ],
  },
  {
    id: 'transport',
    priority: 25,
    words: [
      String.raw`\blogistics\b`,
      String.raw`\bfreight\b`,
      String.raw`\btrucking\b`,
      String.raw`\bhaulage\b`,
      // Carrying others' goods ("we haul thai fruit across laos", "we carry cargo to vientiane"): the cargo is not the trade.
      String.raw`\bhaul(?:s|ing|ed|iers?|ers?)?\b`,
      String.raw`\b(?:carry|carries|carrying|move|moves|moving)\s+(?:\w+\s+){0,2}?(?:cargo|freight|loads|containers)\b`,
      String.raw`\btaxis?\b`,
      // Ride-hailing: "i drive for didi", "a didi driver".
      String.raw`\bdriv(?:e|es|ing) (?:for )?(?:didi|uber|grab)\b`,
      String.raw`\b(?:didi|uber|grab) driver\b`,
      String.raw`\btransport(?:ation)?\b`,
      String.raw`\bshipping company\b`,
      String.raw`\bbus company\b`,
      String.raw`\bcold[- ]chain\b(?! storage| warehous)`,
      // Freight forwarding (运输代理, G58) and trucking named by the verb: "we truck goods to laos", "i drive a truck for hire".
      String.raw`\bfreight[- ]forward\w*`,
      String.raw`\btruck(?:s|ed)?\s+(?:\w+\s+)?(?:goods|cargo|freight|loads|containers|${produce.join('|')})\b`,
      String.raw`\b(?:i|we)\s+driv(?:e|es)\s+(?:a|an|our|my|our own|my own)?\s*(?:trucks?|lorr(?:y|ies)|vans?|minivans?|taxis?|cabs?|(?:mini)?bus(?:es)?|coach(?:es)?)\b`,
    ],
  },
  { id: 'transport', priority: 5, words: [] },
  {
    id: 'warehousing',
    priority: 25,
    words: [
      String.raw`\bwarehousing\b`,
      String.raw`\bwarehouse (?:company|business|services?|operators?)\b`,
      String.raw`\b(?:run|runs|operate|operates|own|owns) (?:a|an) (?:\w+ )?warehouses?\b`,
      String.raw`\bcold storage\b`,
      String.raw`\bstorage (?:company|business|services?)\b`,
    ],
  },
  // A warehouse the firm keeps its stock in is premises, not the trade ("2 shops and 1 warehouse",
  // "stock in the warehouse"): a hint only, and none when it is counted or located in.
  {
    id: 'warehousing',
    priority: 8,
    // Where staff work is no trade: "warehouse staff", "the rest are warehouse", "其他都是 warehouse 的".
    notBefore: [
      String.raw`\b(?:in|at|from|to) (?:the|our|my) `,
      String.raw`\b(?:\d+|one|two|three) `,
      String.raw`\b(?:rest|others) (?:are|r|work in) (?:all )?`,
      String.raw`(?:其他|其余|剩下)的?(?:都|全)?是\s*`,
    ],
    notAfter: [String.raw`\s*(?:staff|workers?|guys|people|team|crew)\b`],
    words: [String.raw`\bstorage\b`, String.raw`\bwarehouses?\b`],
  },
  {
    id: 'postal',
    priority: 25,
    words: [
      String.raw`\bcouriers?\b`,
      String.raw`\bexpress delivery (?:company|business|service)\b`,
      String.raw`\bparcel (?:delivery|service)\b`,
      String.raw`\bpostal\b`,
    ],
  },
  { id: 'postal', priority: 5, words: [String.raw`\bexpress delivery\b`] },
  {
    id: 'leasing-business-services',
    priority: 25,
    words: [
      String.raw`\b(?:print|printing|copy|photocopy)(?:ing)? (?:shop|store|centre|center)s?\b`,
      String.raw`\btravel agen\w*`,
      String.raw`\bsell(?:s|ing)? (?:tours|trips|tour packages)\b`,
      String.raw`\btour (?:operators?|agency|agencies|company|companies)\b`,
      String.raw`\bconsulting\b`,
      String.raw`\bconsultancy\b`,
      String.raw`\bconsultants\b`,
      String.raw`\badvertising (?:agency|company|business)\b`,
      String.raw`\bad agency\b`,
      String.raw`\bmarketing agency\b`,
      String.raw`\brental (?:company|business)\b`,
      // Running others' online shops (电商代运营) is a business service.
      // The platform word stays outside the match, in the clients' shops (scopes.ts servedShops).
      String.raw`(?<=\b(?:e-?commerce|online|taobao|tmall|douyin) )(?:operations? )?agenc(?:y|ies)\b`,
      // "we run tmall stores for tea brands": the stores are the clients' (scopes.ts servedShops).
      String.raw`(?<=\b(?:shops?|stores?|accounts?)\s)${agencyClients}`,
      String.raw`\bcar rental\b`,
      String.raw`\bleasing (?:company|business|firm)\b`,
      // Machines and vehicles rented out are the trade, whoever hires them ("we rent out excavators to construction sites").
      String.raw`\b(?:rent|rents|renting|lease|leases|leasing|hire|hires|hiring)\s+out\s+(?:(?:our|the|\w+)\s+)?(?:${rentedGoods.join('|')})\b`,
      String.raw`\b(?:${rentedGoods.join('|')}) (?:rental|hire|leasing)\b`,
    ],
  },
  {
    id: 'leasing-business-services',
    priority: 8,
    words: [
      String.raw`\btourism\b`,
      String.raw`\brentals?\b`,
      String.raw`\badvertising\b(?<!(?:\bfor|\bon|\bsome|\bmore|点|些)\s*advertising)`,
      String.raw`\brent(?:s|ing)? out\b`,
    ],
  },
  // Trades the size standard does not list (its "other" row): clinics, schools, salons, repairs.
  // Not when the firm supplies or serves them ("给医院供货", "we supply clinics").
  {
    id: 'other',
    priority: 20,
    notBefore: [String.raw`\b(?:to|for|supply|supplies|supplying|serve|serves|serving|near)\s(?:\w+\s){0,2}`],
    words: [
      String.raw`\bclinics?\b`,
      String.raw`\bhospitals?\b`,
      String.raw`\bdental\b`,
      String.raw`\bdentists?\b`,
      String.raw`\bkindergartens?\b`,
      String.raw`\bhair ?dress\w*\b`,
      String.raw`\bbarbers?\b`,
      String.raw`\bbarbershops?\b`,
      String.raw`\bnail salons?\b`,
      String.raw`\bgyms?\b`,
      String.raw`\b(?:yoga|pilates|dance|martial arts?|kung fu|boxing) (?:studios?|centres?|centers?|classes|schools?|halls?)\b`,
      String.raw`\bfitness (?:centre|center|studio)s?\b`,
      String.raw`\blaundr(?:y|ies|omats?)\b`,
      String.raw`\bhousekeeping\b`,
      String.raw`\bnursing homes?\b`,
      String.raw`\belderly care\b`,
      String.raw`\bphotograph(?:y|ers?) studios?\b`,
      String.raw`\bwedding (?:planners?|planning|services?|photo\w*|videos?|video\w*|dress(?:es)? rental)\b`,
      // Funeral services: "a funeral home", "we do funeral services".
      String.raw`\bfuneral (?:homes?|services?|parlou?rs?|business|director)\b`,
      String.raw`\bphoto ?studios?\b`,
      String.raw`\bkaraoke\b`,
      String.raw`\bktv\b`,
      String.raw`\b(?:internet|net) ?caf[eé]s?\b`,
      String.raw`\bcar ?wash(?:es)?\b`,
      String.raw`\b(?:beauty|hair) (?:salon|parlou?r|shop|studio|centre|center)s?\b`,
      String.raw`\b(?:private|driving|language|music|dance|art|training) schools?\b`,
      String.raw`\b(?:training|tutoring) (?:centre|center|company|institute|business)s?\b`,
      String.raw`\b(?:car|auto|bike|motorbike|phone|appliance|shoe|watch) repairs?\b`,
      String.raw`\brepair (?:shop|garage|service|workshop)s?\b`,
      // The owner's own trade named by its worker: "i'm a freelance photographer", "i am tailor", "we
      // are mechanics"; or the message opening on it: "wedding photographer, me and my assistant".
      String.raw`\b(?:i am|i'm|im|i work as|we are|we're|we r)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?${SERVICE_WORKERS}\b`,
      String.raw`^(?:[a-z-]+\s+){0,2}?${SERVICE_WORKERS}(?=\s*(?:$|[,.;:(-]|here\b|in\b|from\b|based\b))`,
      // A garage run, had or named as the firm: "we r 2 brothers running the garage", "my garage fixes
      // trucks", "garage with 3 mechanics" (not a garage to park in: "park in the garage").
      String.raw`\b(?:run|runs|running|own|owns|owning|have|has|got|opened?)\s+(?:the|a|an|our|my)\s+(?:(?:small|little|local|family|own|car|auto|truck|motorbike|bike|tyre|tire)\s+){0,2}garage\b`,
      String.raw`\b(?:my|our)\s+(?:(?:small|little|local|family|car|auto)\s+)?garage\b(?=\s+(?:fix|repair|servic|does|do|has|with|is busy|specializ|specialis)\w*)`,
      String.raw`^(?:(?:a|small|little|local|family|car|auto|truck)\s+){0,2}garage\b(?=\s*(?:$|[,.;:(-]|with\b|in\b|near\b))`,
      // Things fixed as the trade: "fixing motorbikes", "we repair phones and laptops".
      String.raw`(?:^|[,;]\s*|\b(?:we|i)\s+(?:\w+\s+)?)(?:fix|fixes|fixing|repair|repairs|repairing|servic(?:e|es|ing))\s+(?:(?:old|used|second-hand|electric)\s+)?(?:cars|motorbikes|motorcycles|bikes|scooters|e-bikes|phones|mobiles|trucks|tractors|shoes|watches|computers|laptops|appliances|tyres|tires|engines)\b`,
      // Leisure and personal services: "we do massage and foot spa", "an escape room", "a billiards hall".
      String.raw`\bmassage\b(?! chairs?| guns?)`,
      String.raw`\bfoot ?spas?\b`,
      String.raw`\bescape rooms?\b`,
      String.raw`\bbilliards?\b`,
      String.raw`\bmahjong (?:parlou?r|hall|room|club)s?\b`,
    ],
  },
  // Software made for a sector is software, not the sector ("we build iot systems for smart farming"):
  // over the sector's own words (farm 26), when the firm makes or sells it.
  {
    id: 'software-it',
    priority: 27,
    words: [
      String.raw`\b(?:make|makes|making|build|builds|building|develop|develops|developing)\s+(?:[\w-]+\s+){0,3}?(?:software|apps|iot (?:systems?|platforms?|solutions?))\b`,
    ],
  },
  {
    id: 'software-it',
    priority: 25,
    words: [
      String.raw`\bsoftware (?:company|development|house|firm|business|startup|studio|team)\b`,
      String.raw`\b(?:tech|it|app|internet) (?:startup|studio)\b`,
      String.raw`\b(?:make|build|develop|sell|write|do)s? software\b`,
      String.raw`\bin software\b`,
      String.raw`\bit (?:services?|company|firm|consult\w*|outsourcing|solutions?)\b`,
      String.raw`\bapp (?:development|developers?)\b`,
      // Apps named by the verb of making them: "we build apps", "we make mobile apps for clinics".
      String.raw`\b(?:build|builds|building|make|makes|making|develop|develops|developing)\s+(?:\w+\s+)?apps\b`,
      String.raw`\bweb (?:development|design)\b`,
      String.raw`\bsaas\b`,
    ],
  },
  {
    id: 'construction',
    priority: 25,
    words: [
      String.raw`\brenovation (?:company|business|firm|contractors?|work|services?)\b`,
      String.raw`\bwe do renovations?\b`,
      // Renovating for others: "we renovate houses for clients".
      String.raw`\brenovat\w*\s+(?:[\w-]+\s+){0,2}?for\s+(?:clients|customers|people|others|owners)\b`,
      // A crew that builds, and the trade's work done for others: "a building crew", "we do house renovations", "doing home remodeling".
      String.raw`\b(?:building|construction|renovation|decorating|decoration|plastering|roofing) (?:crews?|teams?|gangs?|outfits?)\b`,
      String.raw`\b(?:we|i) do (?:\w+ )?(?:renovations|remodell?ing|fit-?outs|plastering|roofing|tiling)\b`,
      String.raw`\b(?:doing|does) (?:house|home|apartment|flat|office|shop) (?:renovations|remodell?ing|decorating|fit-?outs)\b`,
      String.raw`\bconstruction\b`,
      String.raw`\bbuilding contractors?\b`,
      String.raw`(?<!\b(?:to|for|with)\s)\bcontractors?\b`,
      String.raw`\bbuilders?\b`,
      String.raw`\binterior (?:design|decoration)\b`,
    ],
  },
  { id: 'real-estate', priority: 25, words: [String.raw`\breal estate\b`, String.raw`\bproperty develop\w*`, String.raw`\brealty\b`] },
  {
    id: 'property-management',
    priority: 25,
    words: [
      String.raw`\bproperty management\b`,
      String.raw`\bfacilit(?:y|ies) management\b`,
      // Buildings managed for their owners: "we manage 3 apartment buildings", "managing office blocks".
      String.raw`\bmanag(?:e|es|ing)\s+(?:\w+\s+){0,2}(?:apartment|residential|office|commercial)\s+(?:buildings?|blocks?|complex(?:es)?|compounds?|estates?)\b`,
    ],
  },
  {
    id: 'information-transmission',
    priority: 25,
    words: [
      String.raw`\bisps?\b`,
      String.raw`\binternet service providers?\b`,
      String.raw`\btelecom\w*`,
      String.raw`\bbroadband\b`,
      String.raw`\bmobile network\b`,
    ],
  },
  {
    id: 'retail',
    priority: 20,
    words: [
      String.raw`\b(?:${shopGoods.join('|')})\s+(?:shops?|stores?|stalls?)\b`,
      // "a small shop selling phones", "3 shops selling jade".
      String.raw`\b(?:shops?|stores?|stalls?) selling\b`,
      // Selling by livestream (直播带货) is online retail.
      String.raw`\blive ?stream(?:s|ing|ers?)?\b`,
      String.raw`\b(?:douyin|tiktok|kuaishou|taobao) live\b`,
      String.raw`\bsell(?:s|ing)?\s+(?!(?:rooms?|tours?|tickets?|trips?|services?|meals?|food|beds?|stays?)\b)(?:\w+\s+){0,3}to\s+(?:tourists|visitors|locals|consumers|shoppers|passers-by)\b`,
      String.raw`\bgrocer(?:y|ies)\b`,
      String.raw`\bpharmac(?:y|ies)\b`,
      String.raw`\bdrug ?stores?\b`,
      String.raw`\bsupermarkets?\b`,
      // Convenience chains run as a franchise: "a 7-Eleven franchise", "our familymart".
      String.raw`\b(?:7-?eleven|seven-eleven|7-11|familymart|lawson|circle k)\b`,
      String.raw`\bretail\w*`,
      String.raw`\bboutiques?\b`,
      String.raw`\be-?commerce\b`,
      String.raw`\bonline (?:shops?|stores?)\b`,
      // The firm's own shop: "sell tea in our own shop", "we sell from my store".
      String.raw`\b(?:our|my) own (?:shops?|stores?|stalls?)\b`,
      String.raw`\bsell(?:s|ing)?\s+(?:\w+\s+){0,3}?(?:in|at|from|through)\s+(?:our|my)\s+(?:\w+\s+)?(?:shops?|stores?|stalls?)\b`,
      // Sold at a market stall, goods named in either script: "we sell 腊肉 at the market".
      String.raw`\bsell(?:s|ing)?\s+(?:(?!to\b)\S+\s+){1,3}?(?:at|in) the (?:(?:night|farmers['’]?|local|wet|morning) )?(?:market|bazaar)\b`,
    ],
  },
  {
    id: 'retail',
    priority: 11,
    words: [
      String.raw`\bsell(?:s|ing)?\s+(?:jade|jewel(?:le)?ry|gems?|gemstones|clothes|clothing|phones?|furniture|hardware|groceries)\b`,
      String.raw`\bshops?\b`,
      String.raw`\bstores?\b`,
    ],
  },
  {
    id: 'retail',
    priority: 10,
    // "我们卖普洱茶 on taobao": a Chinese verb before an English marketplace, as traders mix them.
    words: [String.raw`(?<!\b(?:${negations.join('|')}) )(?:\bsell(?:s|ing)?\b|卖)(?=[^.,;!?，。]{0,40}\b(?:${marketplaces.join('|')})\b)`],
  },
  { id: 'wholesale', priority: 10, words: [String.raw`\bbuilding materials?\b`] },
  {
    id: 'agriculture',
    priority: 10,
    // A price remark ("rubber latex price dropped", "coffee prices are up") is market talk, no trade.
    notAfter: [String.raw`(?:\s+[a-z]+)?\s+prices?\b`],
    words: [String.raw`\b(?:${produce.join('|')})\b`],
  },
  // The Chinese list's rules for a shop or goods in no list and goods made: no English words here.
  { id: 'retail', priority: 18, words: [] },
  { id: 'industry', priority: 10, words: [] },
];
