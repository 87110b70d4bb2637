// English word lists. Purposes, in precedence order (the first that matches wins): the more specific first; funding
// purposes beat "just looking"; equipment beats working capital. borrowWish: a wish to borrow.

import type { PurposeWords, Words } from '../types';
import { citiesAbroad, countriesAbroad, nationalities } from './places';

/** Where a payment comes from or goes to abroad: a country, a city across the border, or abroad itself. */
const placesAbroad: Words = [...countriesAbroad, ...citiesAbroad, 'abroad', 'overseas', 'foreign'];

/** Currencies of the neighbours and of trade: paid in one, a payment across the border. */
const foreignCurrencies: Words = [
  'baht',
  'thb',
  'kyat',
  'mmk',
  'kip',
  'lak',
  'dong',
  'vnd',
  'riel',
  'ringgit',
  'myr',
  String.raw`rupees?`,
  'usd',
  String.raw`(?:us )?dollars`,
  String.raw`euros?`,
  'yen',
];
/** Paid or paying in one ("pay suppliers in vnd", "get paid in ringgit"): also cross-border trade (markets.ts). */
export const paidInForeignCurrency: Words = [
  String.raw`\b(?:pa(?:y|ys|id|ying)|settl\w*|invoic\w*)\b[^.,;!?]{0,30}\bin (?:${foreignCurrencies.join('|')})\b`,
];

/** What a farm buys for a season: "fertilizer", "pig feed". */
const farmInputs: Words = [
  String.raw`fertili[sz]ers?`,
  String.raw`pesticides?`,
  'seeds',
  String.raw`(?:animal |pig |fish |cattle |chicken |poultry )?feed`,
  'fodder',
];

/** Goods a trader buys to sell on: "buy rough stones", "buying timber". */
const tradedGoods: Words = [
  String.raw`stones?`,
  String.raw`gem(?:stone)?s`,
  'jade',
  'timber',
  'logs',
  'cashews',
  'nuts',
  'durians?',
  'seafood',
  'rice',
  'grain',
  'sugar',
  'rubber',
];

/** Equipment and buildings a firm buys new: "a new lift", "another cold room". */
/** Vehicles a firm buys to use ("2 delivery vans", "3 new buses"). */
const vehicles: Words = [
  String.raw`trucks?`,
  String.raw`vans?`,
  String.raw`vehicles?`,
  String.raw`cars?`,
  String.raw`lorr(?:y|ies)`,
  String.raw`reefers?`,
  String.raw`bus(?:es)?`,
  String.raw`pickups?`,
  String.raw`minibus(?:es)?`,
];
/** ...and what kind they are ("a small refrigerated truck"). */
const vehicleKinds: Words = [
  'small',
  'big',
  'used',
  'second-hand',
  'refrigerated',
  'reefer',
  'delivery',
  'new',
  'more',
  'electric',
  'tour',
  'school',
];

const equipmentNouns: Words = [
  'lift',
  'oven',
  'roaster',
  'dryer',
  'truck',
  'van',
  'car',
  'kiln',
  'boiler',
  'press',
  'freezer',
  'fridge',
  'printer',
  'washer',
  'washing machine',
  'shed',
  'barn',
  'coop',
  'pen',
  'greenhouse',
  'cellar',
  'wine cellar',
  'grill',
  'stove',
  'cooler',
  'cold room',
  'cold store',
  'cold storage',
  'boat',
  'tractor',
  // Ponds and tanks a fish or shrimp farm adds: "new ponds", "2 more fish tanks".
  'pond',
  'fish tank',
  // "a new paint booth", "a spray booth".
  'booth',
];

/** Parts of the premises an owner redoes: "redo the bathrooms", "fix up the kitchen". */
const premisesParts: Words = [
  String.raw`bath ?rooms?`,
  'kitchens?',
  'rooms?',
  'toilets?',
  'floors?',
  'interiors?',
  'lobby',
  'facade',
  'roof',
  'courtyard',
  'premises',
  'place',
  'shop',
  'store',
  'restaurant',
  'guesthouse',
  'hotel',
];
/** Renovating the premises, in the words owners use: renovate, refurbish, redo or fix up the rooms. */
export const renovationWords: Words = [
  String.raw`\brenovat(?:e|es|ing|ion)\b(?! (?:company|business|firm|contractors?|work|services?)\b)`,
  String.raw`\brefurbish\w*`,
  String.raw`\bfit[- ]out\b`,
  String.raw`\bredecorat\w*`,
  String.raw`\bremodel\w*`,
  String.raw`\brevamp\w*`,
  String.raw`\b(?:re-?do(?:ing)?|fix(?:ing)? up|do(?:ing)? up|spruc(?:e|ing) up|re-?paint(?:ing)?)\s+(?:(?:the|our|my|all|some|of|a|few|old|\d+)\s+)*(?:[a-z]+\s+)?(?:${premisesParts.join('|')})\b`,
];

/** Premises taken over for more room (expansion); also things bought (scopes.ts), no statement of the trade. */
export const premisesTakenOver: Words = [
  String.raw`\b(?:take|takes|taking|took) over (?:the |a |another |that )?(?:\w+ )?(?:shop|store|unit|space|premises|place|floor|stall|building|warehouse|restaurant)s?\b`,
];

export const purposeRules: readonly PurposeWords[] = [
  {
    id: 'cross-border-settlement',
    words: [
      String.raw`\bcross[- ]border (?:payments?|settlement|collection|transfers?|remittances?)\b`,
      String.raw`\binternational (?:payments?|transfers?|remittances?)\b`,
      String.raw`\bforeign (?:exchange|currency)\b`,
      String.raw`\bfx\b`,
      ...paidInForeignCurrency,
      String.raw`\bpay (?:our |the )?(?:vietnamese|lao|laotian|burmese|myanmar|thai|cambodian|foreign|overseas) (?:suppliers?|partners?|factories|sellers)\b`,
      String.raw`\bpay (?:our |the |my )?(?:suppliers?|partners?|factories|sellers) (?:in|from) (?:${placesAbroad.join('|')})\b`,
      String.raw`\b(?:receive|collect|get|accept|take)\s+(?:\w+\s+){0,2}(?:payments?|money|paid)\s+from\s+(?:\w+\s+)?(?:${placesAbroad.join('|')})`,
      String.raw`\b(?:receiv|collect|accept|tak|get)\w*\s+(?:(?:yen|dollars?|usd|euros?|eur|kyat|baht|dong|kip|rupees?|foreign|overseas|international|cross-border)\s+)+(?:payments?|money|currency)\b`,
      String.raw`\b(?:buyers?|customers?|clients?)\s+(?:in|from)\s+(?:\w+\s+){0,2}?(?:${placesAbroad.join('|')})\b(?=[^.?!]{0,40}\bpa(?:y|ys|id|ying)\b)`,
      // Collected from buyers of a country: "we need to collect payments from thai distributors".
      String.raw`\b(?:receiv|collect|accept|tak|get)\w*\s+(?:\w+\s+){0,2}?(?:payments?|money|paid)\s+from\s+(?:our |the |my )?(?:${nationalities.join('|')})\s+(?:buyers?|customers?|clients?|distributors?|importers?|partners?|wholesalers?|traders?|shops?|stores?)\b`,
      // Paid by buyers abroad: "how to get paid by vietnamese buyers", "getting paid by customers in laos".
      String.raw`\bpaid by (?:our |the |my )?(?:(?:${nationalities.join('|')})\s+(?:buyers?|customers?|clients?|importers?)|(?:buyers?|customers?|clients?|importers?)\s+(?:in|from)\s+(?:${placesAbroad.join('|')}))\b`,
    ],
  },
  {
    id: 'payment-collection',
    words: [
      String.raw`\bpos\b`,
      String.raw`\baccept(?:ing)? (?:\w+ )?payments?\b`,
      String.raw`\bcollect(?:ing)? (?:\w+ )?payments?\b`,
      String.raw`\btak(?:e|ing) (?:\w+ )?payments?\b`,
      String.raw`\bqr ?codes?\b`,
      String.raw`\bcard payments?\b`,
      String.raw`\bcheckout\b`,
      String.raw`\bpayment terminals?\b`,
      String.raw`\bmobile payments?\b`,
    ],
  },
  {
    id: 'wealth-management',
    words: [
      String.raw`\bidle (?:cash|money|funds?)\b`,
      String.raw`\bspare (?:cash|money)\b`,
      String.raw`\bsurplus (?:cash|funds?|money)\b`,
      String.raw`\binvest(?:ing)? (?:our |my |the |some )?(?:surplus|spare|idle|extra)\b`,
      String.raw`\bwealth management\b`,
      String.raw`\bsavings?\b`,
      String.raw`\bpark (?:our |my |the )?(?:money|cash)\b`,
      String.raw`\bput (?:our |my |the )?(?:money|cash) to work\b`,
    ],
  },
  {
    id: 'product-innovation',
    words: [
      String.raw`\bnew products?\b(?! line)`,
      String.raw`\br ?& ?d\b`,
      String.raw`\br and d\b`,
      String.raw`\binnovat\w*`,
      String.raw`\blaunch\w*`,
      String.raw`\bdevelop (?:a |new )\w*`,
      // A product of its own built: "build a new app", "create our own software", "design a new range".
      String.raw`\b(?:build|building|develop\w*|design\w*|creat\w*)\s+(?:a |an |our |my )?(?:new |own )+(?:\w+ )?(?:apps?|software|platform|website|games?|products?|recipes?|flavou?rs?|range)\b`,
      String.raw`\bnew (?:services?|flavou?rs?|brand)\b`,
    ],
  },
  {
    id: 'equipment-expansion',
    words: [
      String.raw`\bmachine\w*`,
      String.raw`\bequipments?\b`,
      ...renovationWords,
      String.raw`\bexpan(?:d|ds|ding|sion)\b`,
      String.raw`\b(?:production|processing|drying|packaging|packing|assembly|bottling|roasting|sorting|cold[- ]chain) lines?\b`,
      String.raw`\bbuild(?:ing)? (?:a |an |our |more )?(?:new |second |bigger )?(?:\w+ )?(?:facility|facilities|factory|plant|warehouse|workshop|greenhouse|cold store|building|premises)\b`,
      String.raw`\bnew (?:factory|plant|branch|store|shop|outlet|premises|workshop)\b`,
      // Premises taken over: "take over the unit next door", "taking over the shop upstairs".
      ...premisesTakenOver,
      String.raw`\bopen (?:a |another |one more |a (?:second|third|2nd|3rd|new) |more )(?:branch|store|shop|outlet|restaurant|location)e?s?\b`,
      String.raw`\bopen (?:a (?:second|third|2nd|3rd)|another) one\b`,
      String.raw`\b(?:second|third|fourth|2nd|3rd|4th|another) (?:branch|store|shop|outlet|location|restaurant)e?s?\b`,
      // "a new oven", "a new pressure washer": one word may qualify the thing.
      String.raw`\b(?:new|another|second|bigger) (?:[a-z-]+ )?(?:${equipmentNouns.join('|')})s?\b`,
      // "buy a small truck", "buy 3 used vans": a vehicle bought.
      // "buy a small truck", "for 2 delivery vans", "3 new buses": a vehicle bought, or counted as wanted.
      String.raw`\b(?:buy|buying|get|purchase|for) (?:a |an |new |more |another |\d+ |two |three |four |five |my own |our own |my |our )*(?:(?:${vehicleKinds.join('|')})\s+)*(?:${vehicles.join('|')})\b`,
      String.raw`\b(?:\d+|two|three|four|five|six|a few|some) (?:more |new |used |second-hand )+(?:(?:${vehicleKinds.join('|')})\s+)*(?:${vehicles.join('|')})\b`,
      // A store for cold goods: "a cold storage", "a cold room", "cold store".
      String.raw`\bcold (?:rooms?|storage|stores?)\b`,
      // Buildings for animals or stores on a farm: "build a new shed", "a bigger pig barn".
      String.raw`\b(?:build(?:ing)?|dig(?:ging)?|new|bigger|another|second) (?:a |an |our |(?:\w+ )?more )?(?:new |second |bigger )?(?:[a-z]+ )?(?:sheds?|barns?|pens?|pigst(?:y|ies)|stables?|coops?|cellars?|stalls? for|ponds?)\b`,
      // An English verb with a Chinese object, as traders mix them: "buy 电动车", "want买辆冷链车".
      String.raw`\b(?:buy|buying|get|new|for)\s*(?:[一两几\d]+\s*)?[辆台部个批]?[^\sa-z，。,！？!?]{0,4}?(?<!手)[车机](?![票费位间厢构会场器人制])`,
      String.raw`\bupgrad\w*`,
      // Not the machines a rental firm hires out ("we hire out forklifts"): its goods, no use of money.
      String.raw`(?<!\b(?:rent|rents|renting|hire|hires|hiring|lease|leases|leasing) out (?:our |the )?)\b(?:tools|tooling|forklifts?|ovens?|excavators?|tractors?|roasters?|dryers?)\b`,
      String.raw`\bnew (?:production |processing |packing |packaging )?lines?\b`,
      String.raw`\bgreenhouses?\b`,
    ],
  },
  {
    id: 'working-capital',
    words: [
      String.raw`\bcash ?flow\b`,
      // Money to last a slack season: "to get through the low season", "tide us over the rainy months".
      String.raw`\b(?:get|getting|tide (?:us|me)|carry (?:us|me)|see (?:us|me)) (?:through|over) (?:the |this )?(?:low|slow|off|quiet|lean|rainy|dry|winter) ?(?:season|months?|period|patch)\b`,
      String.raw`\bworking cap(?:ital|itol)?\b`,
      String.raw`\bstock(?:ing)?\b`,
      String.raw`\brestock\w*`,
      String.raw`\binventory\b`,
      String.raw`\bpayroll\b`,
      String.raw`\bwages\b`,
      String.raw`\bsalar(?:y|ies)\b`,
      String.raw`\braw materials?\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*raw\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*goods\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*stock\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*supplies\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*produce\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*materials?\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*ingredients\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*tea\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*tea leaves\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*coffee(?: beans| cherries)?\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*beans\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*flowers\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*mushrooms\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*crops?\b`,
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*harvest\b`,
      // One word may say whose: "pay the thai farmers", "pay our local suppliers".
      String.raw`\bpay (?:our |the |my )?(?:[a-z]+ )?(?:suppliers?|workers|staff|employees|wages|pickers|drivers|farmers|growers)\b`,
      // Inputs of a season bought, not sold ("200k for fertilizer"; "we sell fertilizer" is a trade).
      String.raw`\b(?:for|buy|buying|purchas\w*|pay for|more) (?:the |our |some )?(?:${farmInputs.join('|')})\b`,
      // Money needed before a season's buying ("need 1.5 mil before tapping season", "before the harvest").
      String.raw`\bbefore (?:the |this |next )?(?:[a-z]+ ){0,2}(?:season|harvest)\b`,
      String.raw`\b(?:tide|get|carry) (?:us|me) (?:over|through)\b`,
      // Goods paid for before they are sold ("need 2m to pay upfront", "to pay in advance").
      String.raw`\bpay(?:ing)? (?:[a-z]+ )?(?:upfront|up front|up-front|in advance)\b`,
      String.raw`\bliquidity\b`,
      // Money short for a spell: "cash is tight", "money's tight this month", "tight on cash".
      String.raw`\b(?:cash|money|funds?|things are)(?:['’]s| is| are| was| were| has| have)?(?: been| getting| gotten| gets)? (?:(?:a bit|very|really|so|pretty|quite|super) )?tight\b`,
      String.raw`\btight on (?:cash|money|funds)\b`,
      String.raw`\bshort (?:of|on) (?:cash|money|funds)\b`,
      // Goods bought to sell on, in a lot ("for a container of cashews", "buy two truckloads of durian").
      String.raw`\b(?:for|buy|buying|purchas\w*|import\w*)\s+(?:a|an|one|two|three|\d+|another|the next)\s+(?:containers?|shipments?|truckloads?|loads?|batch(?:es)?|consignments?|lots?)\s+of\b`,
      // Traded goods bought ("buy rough stones at the auction", "buy raw jade"): stock.
      String.raw`\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:(?:our|the|more|some|rough|raw|uncut|fresh)\s+)*(?:${tradedGoods.join('|')})\b`,
      String.raw`\bat (?:the |an? )?(?:next |upcoming )?auctions?\b`,
      String.raw`\bbridg(?:e|ing) loans?\b`,
    ],
  },
  {
    id: 'information',
    words: [
      String.raw`\bjust (?:looking|browsing|curious|asking)\b`,
      String.raw`\blearn (?:about|more)\b`,
      String.raw`\bfind out (?:about|more)\b`,
      String.raw`\bcurious about\b`,
      String.raw`\bwant to know\b`,
      String.raw`\bjust want to understand\b`,
    ],
  },
];

export const borrowWish: Words = [String.raw`\b(?:want|need|would like|looking for|apply for)\s+(?:a\s+)?loans?\b`];
