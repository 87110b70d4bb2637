// English word lists. Yes and no, only when the message is essentially that.

import type { Words } from '../types';

export const yes: Words = [
  String.raw`confirm(?:ed)?`,
  'go ahead',
  'do it',
  'yes please',
  'ok',
  'okay',
  'okey',
  'okk',
  'k',
  'kk',
  'yes',
  'yeah',
  'yea',
  'yep',
  'yup',
  'ya',
  'yah',
  'y',
  'sure thing',
  'sure',
  'correct',
  'right',
  String.raw`that['’]?s right`,
  String.raw`(?:that['’]?s|that is|it['’]?s|it is) correct|that['’]?s it`,
  // The figure just said, confirmed: "that's the number", "that's the right amount", "that figure is right".
  String.raw`(?:that['’]?s|that is|it['’]?s|it is) (?:the (?:right |correct )?|about )?(?:figure|number|amount|sum|price|right)|(?:that|the) (?:figure|number|amount|sum|price) is (?:right|correct)`,
  // Agreed as proposed: "sounds good", "works for me", "fine by us" (apostrophes are gone when read).
  String.raw`sounds (?:good|great|fine|ok|okay|right|about right|perfect)|(?:that )?works(?: for (?:me|us))?|fine (?:by|with) (?:me|us)`,
  // Settled, in chat words: "alright, deal", "perfect, lock it in", "let's do it".
  String.raw`alright|all right|aight|perfect|deal|lock it in|let['’]?s do (?:it|that|this)`,
  // ...in chat words, or closed with "then" ("sweet", "all right then", "ok then").
  String.raw`sweet|(?:alright|all right|ok|okay|right|sure|fine) then`,
  // The offer taken, as owners say it: "go on then", "go for it", "why not" ("go on" alone asks for more: details).
  String.raw`go on then|go for it|why not`,
  // The proposal taken: "let's go with that", "go with that one", "we'll take it", "i'll take that".
  String.raw`(?:let['’]?s |(?:we|i)['’]?ll |(?:we|i) will )?(?:go with|take) (?:that|this|it)(?: one| then)?`,
  'exactly',
  // Right on the mark: "spot on", "bang on", "you got it".
  String.raw`(?:spot|bang|dead) on`,
  String.raw`(?:you|u) got it`,
  'of course',
  'absolutely',
  'definitely',
  'indeed',
  'true',
  String.raw`👍`,
  // The thing proposed asked to be sent, with no yes word before it ("send it over", "send it, i'll check": round 28): the
  // yes, read by its closing (yesClosing) after this empty opening.
  String.raw`(?=(?:(?:please|pls|plz|just) )?send (?:it|them|em|me|us)\b)`,
];

/** The owner's look promised after the sending asked (", i'll check", "and i'll have a look": round 28). */
const LOOK_PROMISED = String.raw`(?:[,\s]+(?:and )?i\s?(?:ll|will) (?:check|look|have a look|take a look)(?: (?:at )?(?:it|them|em))?(?: out| over| through)?)?`;

/** What closes a yes, never a yes alone: "yep all good" (said alone, "all good" may say nothing is needed). */
export const yesClosing: Words = [
  String.raw`(?:(?:that['’]?s|thats|its|it['’]?s) )?all good`,
  // ...the thing proposed asked for: "send it over", "send me the details", "pls send it through", "share it with me".
  // ...them said in chat words: "send em over", "send 'em through" (apostrophes are gone when read; round 27).
  String.raw`(?:(?:please|pls|plz|just|go ahead and|can you|could you) )?(?:send|share|forward|email) (?:it|them|em|that|this)(?: (?:over|through|across|along))?(?: (?:to|with) (?:me|us))?${LOOK_PROMISED}`,
  String.raw`(?:(?:please|pls|plz|just) )?(?:send|share|forward|email) (?:it |them )?(?:me|us)(?: (?:the )?(?:details|plan|info|link|form|offer|quote))?`,
];

/** An acknowledgement that, with thanks after it and nothing else ("ok thanks", "okay thank you"), closes the talk: see zh. */
export const acknowledgements: Words = ['ok', 'okay', 'okey', 'okk', 'kk?', 'alright', 'all right', 'got it', 'i see'];

/** The question given up before a closing, thanks after it ("never mind, ill ask the bank, thanks"): see zh. */
/**
 * The errand after going ("gotta go pick up my kid", "need to go pick up guests from the airport", "gotta go prep for dinner service",
 * "gotta run to the border gate"): a few words of it.
 */
const ERRAND_VERB = String.raw`(?:pick up|get|see|meet|open|close|feed|help|prep|prepare|cook|fetch|load|unload|deliver|drive|collect|check on|check|sort out|water|pack|lock up|serve)`;
const ERRAND = String.raw`(?:${ERRAND_VERB}(?:\s+(?:for\s+|from\s+)?[a-z']+){1,4}|to\s+(?:the\s+|my\s+|our\s+)?[a-z']+(?:\s+[a-z']+)?)`;
const ERRAND_AFTER = String.raw`\s+${ERRAND}`;
export const closingLeads: Words = [
  String.raw`never ?mind|nvm|oh well|fair enough|(?:ok(?:ay)?|right|alright) then`,
  // Off to other things, or to talk it over, beside the goodbye or the thanks ("gotta go pick up my kid. bye", "thx, ill talk to my wife"; round 63).
  String.raw`(?:i\s+)?(?:gotta|got to|have to|need to|must)\s+(?:go|run|head (?:out|off)|get going)(?:${ERRAND_AFTER})?`,
  // ...or going somewhere now ("ok thanks, going to the port now, bye", "thx, off to the roastery, bye"; round 63).
  String.raw`(?:i['’]?m\s+|we['’]?re\s+)?(?:going|off|heading|headed)\s+(?:back\s+)?to\s+(?:the\s+|my\s+|our\s+)?[a-z']+(?:\s+[a-z']+)?(?:\s+now)?`,
  // ...the errand alone after a goodbye word said first ("gotta go" is one): "pick up my kid", "open the shop", "to the border gate".
  ERRAND,
  String.raw`(?:let me|i(?:'?ll| will)|gonna|need to)\s+(?:talk|discuss|check)(?:\s+(?:it|this))?\s+with\s+(?:my\s+)?[a-z]+`,
];

/** Thanks closing a short reply (see acknowledgements). */
export const thanksClosing: Words = [String.raw`(?:thanks?|thank (?:you|u)|thx|ty|ta|cheers|many thanks)(?: (?:a lot|so much|very much))?`];

/** A particle closing a short reply, as chat English in Yunnan and Singapore types it: "ok la", "yes lah", "no lor". */
export const answerParticles: Words = ['la', 'lah', 'leh', 'lor', 'loh', 'ah', 'ya', 'mate', 'boss'];

/** An interjection opening a short reply: "oh ok", "ahh sure", "oh no need" (not "oh no" alone, dismay). */
export const replyOpenings: Words = [String.raw`\b(?:oh+|ah+|ooh+)\b(?!\s*no+\s*[!.]*$)`];

export const no: Words = [
  'no',
  'nope',
  'nah',
  'n',
  'not really',
  // Not needed: "no need", "not need", "dont need".
  'no need',
  String.raw`not need(?:ed)?`,
  String.raw`don['’]?t need`,
  // No money needed at all, said whole: "we don't need a loan", "no loan needed", "not borrowing".
  String.raw`(?:(?:we|i) )?(?:don['’]?t|do not) (?:need|want) (?:a |any )?(?:loan|loans|to borrow|money|financing)`,
  String.raw`no (?:loan|borrowing|financing)(?: needed)?(?: for now| after all)?`,
  String.raw`not (?:borrowing|taking a loan)(?: after all| for now)?`,
  // The asking given up: "forget it", "forget about it" (as 算了; round 28, fix28c).
  String.raw`forget (?:it|that|about it)`,
  // Borrowing given up, decided or put off (round 27, convention 32): "we've decided not to take a loan", "we won't borrow
  // after all", "we'll hold off on borrowing" (apostrophes are gone when read: "weve", "wont", "well").
  String.raw`(?:(?:we|i)\s?(?:ve|have)? )?decided (?:not to|against) (?:borrow(?:ing)?|tak(?:e|ing) (?:a |the |any )?loan|get(?:ting)? (?:a |the |any )?loan)(?: after all)?`,
  String.raw`(?:we|i)\s?(?:wont|will not|ll not|re not going to|are not going to|m not going to) (?:borrow|take (?:a |the |any )?loan)(?: after all)?`,
  String.raw`(?:(?:we|i)\s?(?:ll|will) )?(?:hold|put) off (?:on )?(?:borrowing|the loan|taking (?:a |the )?loan)(?: for now)?`,
  // Not so far: "not yet", "nope not yet".
  'not yet',
  // Nothing needed now: "we're good", "i'm fine for now", "not for now" (apostrophes are gone when read: "were good").
  String.raw`(?:we|i)\s?(?:re|are|m|am|were) (?:good|fine|ok|okay|alright|all good)(?: for now)?|not (?:right )?now|not for now`,
  // ...held off: "hold off for now", "let's hold off" (round 27).
  String.raw`(?:lets )?hold off(?: (?:for now|for a bit|on that|on it))?`,
  // The offer put off to another time: "maybe another time", "some other time", "next time", "maybe later".
  String.raw`(?:maybe |perhaps )?(?:some ?other (?:time|day)|another (?:time|day)|next time)(?: maybe| perhaps)?|maybe later`,
  // ...to a week or a month named, said maybe ("maybe next week", "perhaps next month": round 28); "next week" alone may be a time asked.
  String.raw`(?:maybe|perhaps|probably|prob) (?:next|in a) (?:week|month|couple of (?:weeks|months))|(?:next|in a) (?:week|month) (?:maybe|perhaps)`,
  'no thanks',
  'no thank you',
  'not at all',
  // None of the listed things taken, said to a choice (none of them, neither, none of those really; round 33, corpus convention 168).
  String.raw`(?:none|neither)(?: of (?:them|those|these|the (?:options|above|three|two))(?: (?:options|ones))?)?(?: really| thanks)?`,
  // ...said twice or with why ("neither really, none of them fit us", "none of those suit us"; round 34).
  String.raw`(?:(?:none|neither)(?: really)?,? )?(?:none|neither) of (?:them|those|these|the (?:options|above)) (?:really )?(?:fits?|suits?|works?|helps?)(?: (?:us|me|for us))?`,
  'negative',
  'wrong',
  'incorrect',
  'false',
  String.raw`👎`,
];

/**
 * The reason a no gives after it, the owner managing without the proposal ("no thanks, we'll manage", "nope, we'll sort it
 * out ourselves"): still the no. Apostrophes are gone when read ("well manage").
 */
const MANAGING = [
  'manage',
  'cope',
  String.raw`(?:sort|figure|work) (?:it|something) out`,
  'handle it',
  String.raw`find (?:another|a different|some other) way`,
  String.raw`be (?:fine|ok|okay|alright)`,
  'get by',
  'make do',
].join('|');
/** Without the loan, after managing: "we'll get by without a loan", "we'll manage without borrowing" (round 28, fix28c). */
const WITHOUT_IT = String.raw`without (?:a |the |any )?(?:loan|borrowing|it|one)`;
/** The family or friends who may lend the owner money, in a no's reason (my uncle, our relatives). */
const LENDING_KIN = 'family|relatives|parents|uncle|aunt|brother|sister|dad|mum|mom|cousin|friends?|in-laws';
/** A change of mind said before a no (round 27, convention 32): "actually", "on second thought", "never mind", "forget it". */
// ...talked or thought over, the minds changed ("we talked it over and", "weve changed our minds"; round 28, fix28c).
export const noLeads: Words = [
  String.raw`actually|on second thought|on 2nd thought|never ?mind|nvm|forget (?:it|that)|scratch that`,
  String.raw`(?:(?:we|i)\s?(?:ve|have)? )?(?:talked (?:it |this )?over|thought (?:it|about it|this) over|thought about it|slept on it|changed (?:our|my) minds?)(?: with \w+(?: \w+)?)?(?:,? (?:and|so))?`,
];

export const noReasons: Words = [
  // Said fine without it, before or instead of the way ("no it's fine, we'll cope"; apostrophes are gone: "its fine").
  String.raw`(?:its|it is|thats|that is|were|we are|im|i am) (?:fine|ok|okay|alright|all good)(?: (?:thanks|thank you))?`,
  String.raw`(?:we|i)\s?(?:ll|will|can|re gonna|are gonna|m gonna) (?:${MANAGING})(?: (?:ourselves|myself|on our own|somehow))?(?: ${WITHOUT_IT})?`,
  // ...a relative or a friend to lend it ("my uncle will lend us some", "family can help us out").
  String.raw`(?:my |our )?(?:${LENDING_KIN})(?: (?:will|can|ll|said (?:they|he|she) (?:will|would|can)))? (?:lend|loan|help)(?: (?:us|me))?(?: (?:some|some money|the money|a bit|out))?`,
];

/**
 * What may stand around a bare count given as a reply ("about 15", "not sure, 30 maybe?"): see
 * zh/answers.ts. Read with punctuation as spaces: "i'd" is "i d".
 */
export const replyFillers: Words = [
  String.raw`\babout\b`,
  String.raw`\babt\b`,
  String.raw`\baround\b`,
  String.raw`\broughly\b`,
  String.raw`\bapprox(?:imately|\.)?`,
  String.raw`\bmaybe\b`,
  String.raw`\bperhaps\b`,
  String.raw`\bprobably\b`,
  String.raw`\bprob\b`,
  String.raw`\blike\b`,
  String.raw`\bsay\b`,
  String.raw`\bgive or take(?: a few)?\b`,
  String.raw`\bor so\b`,
  // "ten-ish", "twenty ish": about that many, after a number word.
  String.raw`\bish\b`,
  // "thirty odd", "forty-odd": a few more than that, after a number.
  String.raw`\bodd\b`,
  String.raw`\bmore or less\b`,
  String.raw`\bsomething like\b`,
  String.raw`\bclose to\b`,
  String.raw`\bnearly\b`,
  String.raw`\balmost\b`,
  String.raw`\bat least\b`,
  String.raw`\bat most\b`,
  String.raw`\btops\b`,
  String.raw`\bi (?:guess|think|reckon)\b`,
  String.raw`\bi\s?d say\b`,
  String.raw`\bguess\b`,
  String.raw`\bwe(?:\s?ve| have)?(?: got)?\b`,
  String.raw`\bhave\b`,
  String.raw`\bthere(?:\s?s| are| is)\b`,
  String.raw`\bit(?:\s?s| is)?\b`,
  String.raw`\bits\b`,
  String.raw`\bjust\b`,
  String.raw`\bonly\b`,
  String.raw`\bin total\b`,
  // "18 total", "total 18": the count said whole (round 62).
  String.raw`\btotal\b`,
  String.raw`\baltogether\b`,
  String.raw`\bnow\b`,
  String.raw`\bcurrently\b`,
  String.raw`\bnot sure\b`,
  String.raw`\bnot certain\b`,
  String.raw`\bdunno\b`,
  String.raw`\bidk\b`,
  String.raw`\bi don\s?t know\b`,
  String.raw`\bactually\b`,
  String.raw`\bsorry\b`,
  String.raw`\boops\b`,
  String.raw`\bi meant\b`,
  String.raw`\bmake it\b`,
  String.raw`\bhmm+\b`,
  String.raw`\bum+\b`,
  String.raw`\buh+\b`,
  String.raw`\bwell\b`,
  String.raw`\bok(?:ay)?\b`,
  String.raw`\byeah\b`,
  // Enough said after the count (about 40 should do, 30 is enough): the count still stands alone.
  String.raw`\b(?:should|would|will|that\s?ll) do\b`,
  String.raw`\b(?:is |are )?enough\b`,
  '~',
];
