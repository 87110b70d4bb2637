// Short answers that stand for a choice: a menu number ("2", "第二个", "option 2", "详情2") and
// yes/no. Only when the message is essentially that; a number with a unit or a label is a slot.

import { isChineseDigitRange, MAX_VALUE, parseArabic, parseChineseNumeral, parseEnglishNumber } from './numerals';
import { ACKNOWLEDGED_THANKS, NO, YES } from './lexicon';

export interface Choice {
  number: number;
  /** "详情2", "details 2", "tell me more about 2": the number, and the command `details`. */
  details: boolean;
}

const EN_ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  last: -1,
};

// Edges that do not change the choice: punctuation (but not "#"), politeness, "I pick", an "ok" before it, a chat particle after it ("2 la", 第二个嘛).
const TRIM_END = /[\s.。!！?？~～,，、;；:：)）]+$/;
const TRIM_START = /^[\s,，、(（]+/;
/** Words that say a choice is made, in Chinese: 我选, 就要, 选择, 还是选 (round 26). */
const CHOOSING_ZH = ['请', '我选', '我要', '我就要', '(?:那)?就(?:选|要|整)?', '(?:那)?还是(?:选|要|整)?', '整', '选择', '选', '要'];
/** The same in English: "i pick", "we'll go with", "let's go with", "take". */
const CHOOSING_EN = [
  // ...let's do ("lets do the 2nd one"; round 54).
  ...['i choose', 'i pick', "i['’]ll take", "(?:i|we)['’]?ll (?:go with|pick|choose|take)", "i['’]d like", "let['’]?s (?:go with|do|try)"],
  ...['go with', 'i want', 'pick', 'choose', 'select', 'take'],
];
// A change of mind before it (算了 还是选第一个, 想了一下 还是第二个, "actually, let's go with 2", "on second thought, option 3"; round 26).
const LEAD_POLITE = new RegExp(
  // ...and the next one asked after a reply (那第二个呢, "and the second one?"; round 60, convention 715).
  String.raw`^(?:(?:okay|ok|好的?|嗯|算了|想了一?下|改主意了|actually|on second thought|hmm|那|那么|and|so|what about|how about)[\s,，]*)?(?:(?:${[...CHOOSING_ZH, ...CHOOSING_EN].join('|')})\s*)?`,
);
// A kind pointed at after its number: 第4个那种, 第二个那个.
// A Latin word only as a word of its own: "2 la", "b please", never the end of "blah" or "yeah".
// Several may close it: 三号那个嘛 (the kind pointed at, then a particle).
const TAIL_POLITE =
  /(?:\s*(?:吧|呢|啊|啦|哈|嘛|咯|哦|嘞|噻|呀|喽|那种|那个|那一个|那款|谢谢|(?:就)?(?:要|选|整)?它(?:了)?)|(?:\s+|(?<![a-z]))(?:please|pls|plz|thanks|thank you|thx|ty|la|lah|lor|ah)){1,3}$/;

/**
 * A number standing alone in Chinese is written up to hundreds (二, 十二, 两百, 第三个); with
 * 千 (三千五) it is a sum as people speak it, for the number grammar (numbers.ts).
 */
const CN_SMALL = '[零〇一二两三四五六七八九十百]{1,5}';
// "800,000" is not here: thousands separators make it a sum of money, which numbers.ts reads.
const BARE = /^(?<n>\d+(?:\.\d+)?)$/;
const BARE_CN = new RegExp(`^(?<n>${CN_SMALL})$`);
const NUMBERED = new RegExp(
  String.raw`^(?:#|no\.?|number|num|nr\.?|option|choice|item|编号|序号|第)?\s*(?<n>\d{1,6}|${CN_SMALL})\s*(?:(?:号|项|个|条|种)?\s*(?:方案|选项|产品|option|choice)|号|项|个|条|种|\.|、|\))?$`,
);
const EN_ORDINAL_CHOICE =
  /^(?:the\s+)?(?:(?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)|(?<d>\d{1,3})(?:st|nd|rd|th))(?:\s+(?:one|option|item|choice))?$/;
/** A menu item picked by its letter, as lists are lettered too: "option b", "(c)", "选B", "b选项"; a = 1. */
const LETTER_CHOICE = /^(?:option|choice|item|answer|选项|选|答案)?\s*[(（]?(?<l>[a-e])[)）]?\s*(?:选项|项|option)?$/;
const EN_WORD_CHOICE = /^(?:(?:option|number|choice|item)\s+)?(?<w>[a-z]+(?:[- ][a-z]+)?)$/;
/** Words asking for an item's details before its number ("详情 2", "tell me more about 3")... */
const DETAILS_WORDS_ZH = ['详情', '详细', '细节', '具体', '介绍', '查看', '看看', '展开', '了解'];
const DETAILS_WORDS_EN = [
  String.raw`details?`,
  'more',
  'info',
  'information',
  'tell me more',
  'tell me',
  'more info',
  'explain',
  String.raw`show(?: me)?`,
  String.raw`what(?:['’]s| is)`,
  'what about',
  'how about',
  // How to apply for it (round 23): "how do we apply for option 2", "how can i get number 1".
  String.raw`how (?:do|can|would|should) (?:i|we) (?:apply|sign up|get|go for)`,
];
const ITEM_WORDS_EN = [String.raw`no\.?`, 'number', 'option', 'item', '#'];
/** ...and after it ("2的详情", "第三个靠谱吗"). */
const DETAILS_AFTER_ZH = [
  '详情',
  '详细',
  '细节',
  '是什么',
  '是哪样',
  '是啥',
  '咋个样',
  '怎么样',
  '如何',
  '好不好',
  '靠谱吗',
  '咋个申请',
  '怎么申请',
  '如何申请',
  '咋个办',
  '怎么办理',
  // ...how or where to apply in other words (咋个办理, 咋个弄, 去哪里申请; round 23).
  String.raw`(?:咋个|咋|怎么|如何)(?:办理|弄|整|操作|申请)`,
  // ...applying said in English after the Chinese how (第二个 咋个 apply; round 31: the English where-to-apply words read "where 可以
  // apply", so apply is no word of the code-switch table).
  String.raw`(?:咋个|咋|怎么|如何)\s?(?:apply|sign up)`,
  String.raw`(?:去|在|到)?(?:哪里|哪儿|哪点|哪个地方)(?:申请|办理|办)`,
  // What it is, a thing or a word after it (第二个是哪样东西, 第一个是什么意思), or told more of in words of telling (第三个讲细点,
  // 第二个详细讲讲, 第一个介绍一下, 第二个再说说; round 29).
  String.raw`是(?:个)?(?:哪样|什么|啥子?)(?:东西|意思|玩意儿?|产品|贷款)?`,
  // ...what it does (第三个是搞哪样的, 第二个是做什么的; round 33).
  String.raw`是(?:搞|做|干)(?:哪样|什么|啥子?)(?:的)?`,
  String.raw`(?:再)?(?:详细|具体|仔细)?(?:讲|说|介绍|解释)(?:讲|说)?(?:一下|下|一哈|哈)?(?:得)?(?:细|详细|清楚|具体)?(?:一)?(?:点|些)?`,
  // ...or said not understood (第二个没看懂, 第二个再讲细点嘛 没咋个看懂; round 63).
  String.raw`没(?:咋个|怎么|太|大)?(?:看|听)(?:懂|明白)|(?:看|听)不(?:太|大)?(?:懂|明白)`,
];
/** The asking after the item, a particle after it, and a second asking (第三个是搞哪样的 讲细点; round 33). */
// ...whether it will do asked first (第二个得不得 咋个办, 第一个行不行 怎么办理; round 62).
const WILL_IT_DO_ZH = String.raw`(?:得不得|行不行|可不可以|能不能|要得不)\s*[，,]?\s*`;
const DETAILS_ASKED_ZH = String.raw`(?:${WILL_IT_DO_ZH})?(?:${DETAILS_AFTER_ZH.join('|')})(?:嘛|呢|哦|啊)?(?:\s*[，,]?\s*(?:${DETAILS_AFTER_ZH.join('|')}))?`;
const DETAILS_BEFORE = new RegExp(
  String.raw`^(?:${DETAILS_WORDS_ZH.join('|')})\s*(?:一下)?\s*(?:第)?\s*(?<n>\d{1,6}|${CN_SMALL})\s*(?:个|项|号|条)?$` +
    String.raw`|^(?:${DETAILS_WORDS_EN.join('|')})\s+(?:about\s+|on\s+|of\s+|for\s+)?(?:(?:${ITEM_WORDS_EN.join('|')})\s*)?(?<m>\d{1,6})$`,
);
/** How to apply asked: "how do we sign up", "how can i apply". */
// ...or how it is done ("number 2, how do we do it"; round 62).
const APPLY_ASKED_EN = String.raw`how (?:do|can|would|should) (?:i|we) (?:apply|sign up|get|go for|go about|do (?:it|that|this))`;
const DETAILS_AFTER = new RegExp(
  // The kind pointed at between (3号那个咋个申请, 第二个那种怎么办理; round 23); a second asking after the first (第三个是搞哪样的 讲细点;
  // round 33);
  // ...the item named in English (option 3 咋个办理), a word of need before the asking (4号那个要咋个办理).
  String.raw`^(?:第|(?:${ITEM_WORDS_EN.join('|')})\s*)?\s*(?<n>\d{1,6}|${CN_SMALL})\s*(?:个|项|号|条|种)?\s*(?:那个|这个|那种|这种|那款)?\s*(?:的)?(?:具体|到底)?(?:要|该|得)?${DETAILS_ASKED_ZH}[?？]?$` +
    String.raw`|^(?<m>\d{1,6})\s+details?$` +
    // ...how to apply asked after the item in English ("the 2nd one, how do we sign up for it", "option 2, how can we apply").
    String.raw`|^(?:the\s+)?(?:(?<w>first|second|third|fourth|fifth)|(?<d>\d)(?:st|nd|rd|th)|(?:${ITEM_WORDS_EN.join('|')})\s*(?<o>\d{1,2}))(?:\s+(?:one|option|item|choice))?[,\s]+` +
    String.raw`(?:${APPLY_ASKED_EN})(?:\s+(?:for\s+)?(?:it|that|this|that one|this one))?$`,
);

/** Who put the item forward, after it ("the first one you suggested"). */
const PUT_FORWARD_EN = String.raw`\s+(?:you|u)\s+(?:suggested|recommended|mentioned|listed|gave(?: us| me)?)`;
/**
 * An item pointed at by its place in English, what it is or more of it asked ("what's the first one about", "tell me about the
 * 2nd option", "explain the third one"; round 29), or how to apply for it ("how do i apply for the second one", "how to sign up
 * for the 1st option"; round 49, as 第二个咋个申请): its number and details; after "ok so", with the one who put it forward after
 * it ("ok so how do i sign up for the first one you suggested"; round 57, convention 633).
 */
const DETAILS_ORDINAL_EN = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|so|and|then|alright|right|cool)[\s,]+)*(?:what(?:['’]s| is| was)|whats|tell (?:me|us) (?:more )?(?:about|abt)|more (?:about|on)|explain|describe|details (?:of|on|about)` +
    String.raw`|(?:${APPLY_ASKED_EN}|how to (?:apply|sign up|get))(?:\s+(?:for|with))?)\s+` +
    String.raw`(?:the\s+)?(?:(?<w>first|second|third|fourth|fifth)|(?<d>\d)(?:st|nd|rd|th))(?:\s+(?:one|option|item|choice))?(?:${PUT_FORWARD_EN})?(?:\s+(?:about|again|exactly))?$`,
);
/** Words of approval said of an item, in Chinese (听起来不错, 还可以, 看着挺合适; Yunnan 要得, 得行: round 32) and in English ("sounds good", "looks alright"). */
// ...the approval in English after the Chinese word (看起来 ok, 感觉 还 good; round 34).
const APPROVAL_ZH =
  String.raw`(?:听起来|看起来|看着|感觉|好像|似乎)(?:还|挺|蛮|很|也)?(?:不错|可以|行|好|合适|靠谱)(?:的)?(?:样子)?|(?:还|挺|蛮)?(?:不错|可以|行|要得|得行)` +
  String.raw`|(?:听起来|看起来|看着|感觉)\s*(?:还|挺|蛮|很|也)?\s*(?:ok|okay|good|fine|not bad)\b`;
const APPROVAL_EN =
  String.raw`(?:sounds?|looks?|seems?)\s+(?:really\s+|pretty\s+|quite\s+|about\s+)?(?:good|ok|okay|great|fine|nice|right|best|promising|alright|all right|decent)(?:\s+to (?:me|us))?` +
  // ...or a bare ok, good or fine after it (第一个 ok, "3rd is fine", "number 2 good"; round 33, corpus convention 168).
  String.raw`|(?:is|would be) (?:good|fine|ok|okay|great)|works? for (?:us|me)|will do|ok(?:ay)?|good|fine`;
/**
 * An item picked with a word of approval after it (第一个听起来不错, 第二个还可以, "the third option looks good", "the second one
 * sounds good", 第二个 sounds ok; round 29): the pick, its number (what is left must read as an item on its own).
 */
const APPROVED_AFTER = new RegExp(String.raw`\s*(?:${APPROVAL_ZH})$|\s+(?:${APPROVAL_EN})$`);
/**
 * ...and a request about it after the approval (第一个 looks good 咋个申请, number 3 还可以 要咋个弄, "the 2nd one looks good how do i
 * apply", "option 3 seems alright, how do we sign up"; round 31): the pick with the request read as asked of it.
 */
const APPROVED_BETWEEN = new RegExp(
  String.raw`^(?<pick>.+?)(?:\s*(?:${APPROVAL_ZH})|\s+(?:${APPROVAL_EN}))(?:\s*[,，.。!！~]+\s*|\s+|(?=[\u4e00-\u9fff]))(?<asked>\S.*)$`,
);

/** Not knowing the thing said after it: 没听说过, 没听过, 不晓得, 不太懂, never heard of it, not familiar with it. */
const NOT_KNOWN_AFTER =
  /[\s,，]+(?:(?:我|我们)?(?:从来)?(?:没|没有|莫|莫得)(?:听说过|听过|见过|用过)|(?:我|我们)?(?:不晓得|不知道|不太懂|不懂|搞不懂)|(?:i['’]?ve |we['’]?ve )?never heard of (?:it|that|this|them)|not familiar with (?:it|that|this))(?:的|呢|哦|啊|嘛)?$/;
/** An ordinal in digits: 2nd, 3rd. */
const ORDINAL_DIGITS = /\b\d(?:st|nd|rd|th)\b/;

function numeral(s: string): number | undefined {
  const n = /^[\d.,]+$/.test(s) ? parseArabic(s) : parseChineseNumeral(s);
  return n !== undefined && n <= MAX_VALUE ? n : undefined;
}

/**
 * The item pointed at as the bot's own (你刚才推荐的第二个, 你推荐的 option 3, "the 2nd one you recommended"; round 27): the item
 * itself, the pointer no word of its own.
 */
const BOTS_ITEM =
  /(?:你们?|您)(?:刚才|刚刚|之前|上面|前面)?(?:推荐|建议|讲|说|列|给)(?:出来)?的\s*|\s*(?:that |which )?(?:you|u) (?:just )?(?:recommended|suggested|mentioned|listed|gave(?: us| me)?)\b/;

function clean(text: string): string {
  return text
    .replace(TRIM_END, '')
    .replace(TRIM_START, '')
    .replace(BOTS_ITEM, ' ')
    .trim()
    .replace(TAIL_POLITE, '')
    .replace(LEAD_POLITE, '');
}

/** Longer messages are never a bare choice; the bound also keeps the anchored regexes cheap. */
const MAX_CHOICE_LENGTH = 60;

export function readChoice(text: string): Choice | undefined {
  if (text.length > MAX_CHOICE_LENGTH) return undefined;
  const s = clean(text);
  if (s === '') return undefined;

  const bare = BARE.exec(s) ?? BARE_CN.exec(s);
  if (bare?.groups?.n !== undefined) {
    const n = numeral(bare.groups.n);
    // "十五六", "七八": a range of Chinese digits said alone is a count, whole (numbers.ts reads it so inside a message too).
    const whole = n !== undefined && isChineseDigitRange(n, bare.groups.n) ? Math.round(n) : n;
    return whole === undefined ? undefined : { number: whole, details: false };
  }
  const details = DETAILS_BEFORE.exec(s) ?? DETAILS_AFTER.exec(s);
  if (details?.groups) {
    const { n: cn, m: digits, w, d, o } = details.groups;
    const n = w !== undefined ? EN_ORDINAL[w] : numeral(cn ?? digits ?? d ?? o ?? '');
    if (n !== undefined) return { number: n, details: true };
  }
  const ordinalAsked = DETAILS_ORDINAL_EN.exec(s);
  if (ordinalAsked?.groups) {
    const { w, d } = ordinalAsked.groups;
    const n = w !== undefined ? EN_ORDINAL[w] : Number(d);
    if (n !== undefined && n > 0) return { number: n, details: true };
  }
  const numbered = NUMBERED.exec(s);
  if (numbered?.groups?.n !== undefined) {
    const n = numeral(numbered.groups.n);
    // "七八个" is a count of seven or eight (numbers.ts reads it whole), no item picked.
    if (n !== undefined && Number.isInteger(n)) return { number: n, details: false };
  }
  const ordinal = EN_ORDINAL_CHOICE.exec(s);
  if (ordinal?.groups) {
    const n = ordinal.groups.w !== undefined ? EN_ORDINAL[ordinal.groups.w] : Number(ordinal.groups.d);
    // "the last one" has no number we could know here.
    if (n !== undefined && n > 0) return { number: n, details: false };
  }
  const letter = LETTER_CHOICE.exec(s);
  if (letter?.groups?.l !== undefined) return { number: letter.groups.l.charCodeAt(0) - 96, details: false };
  const word = EN_WORD_CHOICE.exec(s);
  if (word?.groups?.w !== undefined && !/^an?$/.test(word.groups.w)) {
    const n = parseEnglishNumber(word.groups.w);
    if (n !== undefined && Number.isInteger(n)) return { number: n, details: false };
  }
  // An item asked about, then not knowing it said after (第一个是哪样 没听说过, "what's the second one, never heard of it"; round 29,
  // judge-88): the item asked about.
  const unknown = s.replace(NOT_KNOWN_AFTER, '');
  if (unknown !== s && unknown !== '') {
    const asked = readChoice(unknown);
    if (asked?.details) return asked;
  }
  const between = APPROVED_BETWEEN.exec(s)?.groups;
  if (between?.pick !== undefined && between.asked !== undefined) {
    const picked = readChoice(between.pick);
    const asked = picked !== undefined && !picked.details ? readChoice(`${between.pick} ${between.asked}`) : undefined;
    if (asked?.details && asked.number === picked?.number && (ITEM_MARKED.test(between.pick) || ORDINAL_DIGITS.test(between.pick)))
      return asked;
  }
  const approved = s.replace(APPROVED_AFTER, '');
  if (approved !== s && approved !== '') {
    const picked = readChoice(approved);
    if (
      picked !== undefined &&
      !picked.details &&
      Number.isInteger(picked.number) &&
      (ITEM_MARKED.test(approved) || ORDINAL_DIGITS.test(approved))
    )
      return picked;
  }
  return undefined;
}

// A numbered item named inside a longer request: "第一个方案详细说说", "explain option 2 please",
// "tell me more about the second one".
const ITEM_IN_TEXT = new RegExp(
  String.raw`第\s*(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3})(?!方|者|产业|季度|期)\s*(?:个|项|条|种|号)?` +
    String.raw`|(?:^|[\s(])(?:no\.?|number|option|item|#)\s*(?<m>\d{1,3})\b` +
    String.raw`|\bthe (?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?: (?:one|option|item|choice|service))?\b` +
    // ...in figures ("lets do the 2nd one, where do i go to apply"; round 54).
    String.raw`|\bthe (?<o>\d)(?:st|nd|rd|th)(?: (?:one|option|item|choice|service))?\b`,
);

/** The item a longer message points at, for `details` requests. */
export function findItemNumber(text: string): number | undefined {
  const m = ITEM_IN_TEXT.exec(text);
  if (m?.groups === undefined) return undefined;
  const { n, m: digits, w, o } = m.groups;
  if (w !== undefined) return EN_ORDINAL[w];
  return numeral(n ?? digits ?? o ?? '');
}

/** A word that says an item is pointed at, not a count or a sum: 第, 号, 选, option, number, the second one. */
const ITEM_MARKED = /第|号|选|\b(?:option|number|no|choice|item)\b|#|\b(?:first|second|third|fourth|fifth)\b/;
/** Where an opening clause may end: punctuation or a space. */
const CLAUSE_END = /[\s,，。.!！?？;；:：]+/g;

/**
 * A menu pick opening a longer message, a request after it (第二个嘛 利息大概好多, 就三号那个 一个月要还好多, "number 2 please, how much
 * would that one cost us", 选 3 吧, 利息 how much: round 27): the item's number, when the opening clause alone reads as a pick
 * and says it is one (第, 号, 选, option…; a bare "3" may be a count or a term: 3 年 利息多少).
 */
export function openingItem(text: string): number | undefined {
  if (text.length > MAX_CHOICE_LENGTH * 2) return undefined;
  CLAUSE_END.lastIndex = 0;
  let tried = 0;
  for (let m = CLAUSE_END.exec(text); m !== null && tried < 4; m = CLAUSE_END.exec(text), tried += 1) {
    const opening = text.slice(0, m.index);
    if (opening.trim() === '' || m.index + m[0].length >= text.length) continue;
    if (!ITEM_MARKED.test(opening)) continue;
    const choice = readChoice(opening);
    if (choice !== undefined && Number.isInteger(choice.number) && choice.number > 0 && choice.number <= 20) return choice.number;
  }
  return undefined;
}

/**
 * An item of the advice named right before what is asked of it, with no break (第一个要准备哪些材料, 第三个格是要抵押, 第2个 approval
 * 大概要多久, "the second one, how long does approval take"; round 60, convention 715): the item's number.
 */
// (Not a second shop, plant or child: 第二个店装修 利息多少; round 63.)
const ITEM_ZH = String.raw`第\s*(?<n>[一二两三四五六七八九十]|\d{1,2})\s*(?:个|种|项|条)(?!\s*(?:月|年|期|季|家|人|店|厂|门|孩|娃|儿|女|客|仓|车))`;
const ITEM_EN = String.raw`(?:the\s+)?(?:(?<w>first|second|third|fourth|fifth)|(?<od>\d)(?:st|nd|rd|th))\s+(?:one|option)\b|(?:number|option|no\.?|#)\s*(?<d>\d)\b`;
const ITEM_BEFORE_ASKED = new RegExp(String.raw`^\s*(?:那|那么|就|and|so|ok|okay)?[\s,，]*(?:${ITEM_ZH}|${ITEM_EN})`);
/**
 * An item of the advice named by its number or its place with "one" anywhere in a question of how to have it ("can i do number 1 on my
 * phone or do i gotta go to the branch", "is option 2 ok for us"; round 61): the item (not "the first time", "no 2 ways about it").
 */
const ITEM_NAMED_EN = String.raw`\b(?:number|option|item|no\.|#)\s*(?<d>[1-9])\b(?!\s*(?:years?|months?|%|k\b|w\b))|\bthe (?<w>first|second|third|fourth|fifth) (?:one|option|item|choice)\b`;
/**
 * ...or a Chinese item marked as one anywhere in the message (我们在通海做酱菜的 一年卖三百来万 第一个要准备哪些手续, 3号那个 rate 会不会很高; round
 * 63): 第 with its measure word, or a number with the kind pointed at after it; not a shop, a child or a customer counted (第二个店).
 */
const ITEM_NAMED_ZH = String.raw`第\s*(?<n>[一二两三四五六七八九]|[1-9])\s*(?:个|种|项|条)(?!\s*(?:月|年|期|季|家|人|店|厂|门|孩|娃|儿|女|客|仓|车|礼拜|星期))|(?<h>[一二两三四五六七八九]|[1-9])\s*号\s*(?=那个|这个|那种|那款)`;
const ITEM_NAMED = new RegExp(`${ITEM_NAMED_EN}|${ITEM_NAMED_ZH}`, 'g');
/** The one item a message names anywhere (`ITEM_NAMED`), unless it names two different ones (those are weighed: `itemsWeighed`). */
export function itemNamed(text: string): number | undefined {
  const named = new Set<number>();
  for (const m of text.matchAll(ITEM_NAMED)) {
    const { d, w, n, h } = m.groups ?? {};
    const item = w !== undefined ? EN_ORDINAL[w] : numeral(d ?? n ?? h ?? '');
    if (item !== undefined && item > 0) named.add(item);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/** After an item's number, the kind pointed at: 二号那个, 3号这种. */
const NUMBERED_KIND_AFTER = String.raw`\s*号\s*(?=那个|这个|那种|那款)`;
/** ...or by its number with the kind pointed at after it (二号那个 批下来要等好久, 三号那个要不要抵押; round 61). */
const ITEM_NUMBERED_BEFORE_ASKED = new RegExp(
  String.raw`^\s*(?:那|那么|就)?[\s,，]*(?<n>[一二两三四五六七八九十]|\d{1,2})${NUMBERED_KIND_AFTER}`,
);
export function itemBeforeAsked(text: string): number | undefined {
  const m = ITEM_BEFORE_ASKED.exec(text) ?? ITEM_NUMBERED_BEFORE_ASKED.exec(text);
  if (m?.groups === undefined) return undefined;
  const { n, w, d, od } = m.groups;
  const item = w !== undefined ? EN_ORDINAL[w] : numeral(n ?? d ?? od ?? '');
  return item !== undefined && Number.isInteger(item) && item > 0 && item <= 20 ? item : undefined;
}

/** The item a question of how to have it is asked of: named before the question, or by its number inside an English one. */
export function itemAskedOf(text: string): number | undefined {
  return itemBeforeAsked(text) ?? itemNamed(text);
}

/** The item a request opens with: a pick opening its own clause (openingItem), or named right before what is asked (itemBeforeAsked). */
export function itemOpening(text: string): number | undefined {
  return openingItem(text) ?? itemBeforeAsked(text);
}

/** An item's place named: 第二个, 第3种, "the second", "2nd", "option 3". */
const ITEM_PLACE_ZH = String.raw`第\s*(?<n>[一二两三四五]|[1-5])\s*(?:个|种|项|条|家)?(?!\s*(?:月|年|期|季|次|笔|天|人|名))`;
const ITEM_PLACE_EN = String.raw`\b(?<w>first|second|third|fourth|fifth)\b|\b(?<o>[1-5])(?:st|nd|rd|th)\b|\b(?:option|number|no\.?|#)\s*(?<d>[1-5])\b`;
const NOT_AN_ITEM_AFTER_EN = String.raw`(?!\s*(?:years?|months?|yrs?|time|times|payments?|instal+ments?|half|quarter|weeks?|days?|loans?|place|of all)\b)`;
/** ...or by its number with the kind pointed at after it (二号那个; round 61). */
const ITEM_NUMBERED_ZH = String.raw`(?<h>[一二两三四五]|[1-5])${NUMBERED_KIND_AFTER}`;
const ITEM_PLACE = new RegExp(String.raw`(?:${ITEM_PLACE_ZH}|${ITEM_NUMBERED_ZH}|(?:${ITEM_PLACE_EN})${NOT_AN_ITEM_AFTER_EN})`, 'gi');
/** Something else named to weigh an item against: a service's or a lender's words (网商贷, 银行贷款, crowdfunding, "a bank loan"). */
const WEIGHED_AGAINST = /跟|和|比|还是|\b(?:than|vs\.?|versus|or|compared (?:to|with))\b/i;
/**
 * One item of the advice weighed against something else named (第二个跟网商贷比 哪个划得来, 头一个跟银行贷款比 哪个划算, "is crowdfunding better
 * than number 2 for us?"; round 63): the item's number, when the message names one item only and weighs.
 */
export function itemWeighedAgainst(text: string): number | undefined {
  if (!WEIGHING.test(text) || !WEIGHED_AGAINST.test(text)) return undefined;
  return itemNamed(text);
}

/** Two bare digits weighed ("1 or 2, which one is better", 1还是2, "whats the difference between 1 and 2"): no unit after the second. */
const DIGITS_WEIGHED =
  /(?<![\d.])(?<a>[1-5])\s*(?:or|vs\.?|versus|and|&|还是|跟|和)\s*(?<b>[1-5])(?![\d.%]|\s*(?:years?|months?|yrs?|mos?|k|w|m|million|万|千|个月|年|期|%|percent|people|staff|人)\b)/i;
/** Words that weigh one against another: which, better, 哪个, 还是 … 好, 比. */
const WEIGHING = /哪个|哪样|还是|比|划算|合适|区别|差别|不同|\b(?:which|better|best|cheaper|vs\.?|versus|prefer|compare|difference)\b/i;
/**
 * Items of the advice weighed against each other by their places (第二个好还是第三个好, 第一个跟第二个哪个好, "which is better, the first or
 * the second", "option 1 vs option 3?"; round 61): the items' numbers, in the order named, when two or more differ. A place of a month or
 * a year (第一个月, "the first year") is no item, nor a bare digit before a unit ("1 or 2 years").
 */
export function itemsWeighed(text: string): number[] | undefined {
  if (!WEIGHING.test(text)) return undefined;
  const items: number[] = [];
  for (const m of text.matchAll(ITEM_PLACE)) {
    const { n, w, o, d, h } = m.groups ?? {};
    const item = w !== undefined ? EN_ORDINAL[w.toLowerCase()] : numeral(n ?? o ?? d ?? h ?? '');
    if (item !== undefined && item > 0 && !items.includes(item)) items.push(item);
  }
  if (items.length < 2) {
    const bare = DIGITS_WEIGHED.exec(text)?.groups;
    if (bare?.a !== undefined && bare.b !== undefined && bare.a !== bare.b) return [Number(bare.a), Number(bare.b)];
  }
  return items.length >= 2 ? items : undefined;
}

const EMOJI = /\p{Extended_Pictographic}/u;
const NOT_WORD = /[\p{P}\s]+/gu;

const APOSTROPHE = /['’]/g;
/** A space between two Han characters: no word break Chinese writes. */
const HAN_SPACED = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

export function readYesNo(text: string): 'yes' | 'no' | undefined {
  if (text.length > MAX_CHOICE_LENGTH) return undefined;
  let s = text.replace(APOSTROPHE, '').replace(NOT_WORD, ' ').trim();
  if (s === '' && !EMOJI.test(text)) return undefined;
  // Chinese words spaced apart, as mixed messages type them ("yes 就是 这个 数"), are read as one run.
  s = s.replace(HAN_SPACED, '$1');
  // Repetition adds nothing: "好好好", "yes yes", "嗯嗯嗯".
  s = s.replace(/^(.+?)(?:\s*\1)+$/u, '$1');
  // An acknowledgement then thanks closes the talk (好的谢谢, ok thanks): the thanks command, no yes.
  if (ACKNOWLEDGED_THANKS.test(s)) return undefined;
  if (YES.test(s)) return 'yes';
  if (NO.test(s)) return 'no';
  return undefined;
}
