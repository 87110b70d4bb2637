// English word lists. Staff roles: head counts given by role ("8 drivers and 3 office staff")
// add up to the staff. Generic words (employees, staff, people) are not roles.

import type { Words } from '../types';

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
  // Named by where they work: "2 office girls", "4 kitchen hands", "3 shop assistants".
  String.raw`(?:office|kitchen|shop|store|front[- ]desk|sales|delivery|warehouse|factory|farm|field|floor|counter) (?:girls?|boys?|ladies|guys|hands?|assistants?|helpers?)`,
  'office staff',
  'office workers?',
  String.raw`clerks?`,
  String.raw`cashiers?`,
  String.raw`accountants?`,
  String.raw`workers?`,
  String.raw`technicians?`,
  String.raw`mechanics?`,
  'salespeople',
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
  String.raw`storekeepers?`,
  String.raw`stylists?`,
  String.raw`hairdressers?`,
  String.raw`couriers?`,
  String.raw`porters?`,
  String.raw`tailors?`,
  String.raw`pharmacists?`,
  String.raw`bakers?`,
  String.raw`crafts(?:men|women|people)`,
  String.raw`artisans?`,
  String.raw`silversmiths?`,
  // "just 2 of us": the count before it is a head count.
  String.raw`\bof us\b`,
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
/** Staff counted apart from the owners: "3 staff besides us", "2 cooks apart from me", "not counting us". */
export const ownersBeside: Words = [
  String.raw`\b(?:besides|apart from|other than|not counting|not including|excluding|on top of|as well as)\s+(?:us|me|myself)(?:\s+(?:two|both|2))?\b`,
  // The owners named after the staff counted: "12 staff plus me and my wife", "plus my husband and me".
  String.raw`\b(?:plus|and also|as well as)\s+(?=(?:me|my|i)\b|我(?:和|跟|同))`,
  // Staff added after the owners named: "me n my husband run a bakery, plus 3 staff".
  String.raw`(?:\bplus|\band also|\+)\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(?:\w+\s+)?(?:staff|employees|workers|helpers|people|ppl)\b)`,
];
/** The owner and the spouse in one word (zh 两口子), in English the two of them ("only the two of us"). */
export const couple: Words = [String.raw`\b(?:the )?(?:two|2) of us\b`, String.raw`\bus two\b`, String.raw`\bboth of us\b`];
/** The owner alone, as a head count (see zh/roles.ts). */
export const ownerAlone: Words = [
  String.raw`\b(?:just|only) myself\b`,
  String.raw`\b(?:by|on) my own\b`,
  String.raw`\bby myself\b`,
  String.raw`\bme alone\b`,
  String.raw`\bmyself only\b`,
];

/** Staff counted in a season ("30 pickers during harvest", "8 staff, up to 20 in the tourist season"); the regular count. */
export const peakSeason: Words = [
  String.raw`during (?:the )?(?:harvest|season|peak|busy|picking|tourist)\w*(?: season| months?| time)?`,
  String.raw`in (?:the )?(?:high |peak |busy |tourist |picking |harvest |rainy |dry )?(?:season|peak months?|busy months?)`,
  String.raw`at (?:the )?(?:peak|harvest|picking)(?: time| season)?`,
];
export const regularSeason: Words = [
  String.raw`all year(?: round)?`,
  'year round',
  'normally',
  'usually',
  String.raw`regular(?:ly)?`,
  String.raw`off[- ]season`,
  String.raw`full[- ]time`,
];

/** The owner counted after the staff or said to work ("2 mechanics + me", "i drive one myself"): one more head. */
export const ownerWorks: Words = [
  String.raw`(?<=\d[^,.;]{0,24}?)(?:\+|&|\band\b|\bplus\b)\s*(?:me|myself)\b`,
  String.raw`\bi (?:drive|work|cook|do the \w+) (?:one )?(?:myself|too|as well)\b`,
  // "i pitch in too", "i help out as well": the owner works beside them.
  String.raw`\bi (?:pitch in|help out|work alongside|muck in)(?: them)?(?: myself| too| as well)?\b`,
];
