// What a message says to the hand-off, besides what the NLU reads in it: a mobile number or a time
// to call back (the contact a customer leaves for the desk), a number that was meant as a phone
// but is not a mainland mobile one, whether it mentions calling at all, and whether it asks after
// the desk ("有人吗", "anyone there?") or its hours ("你们几点上班"). Pure; the word lists are data,
// per language, compiled once; the dialog decides what the cues mean where the conversation is.

export interface HandoffCues {
  /** A mainland mobile number (11 digits, 1[3-9]...), digits only. */
  phone?: string;
  /** A run of digits that looks meant as a phone number but is not a mobile one, as written. */
  badNumber?: string;
  /** A time to call back, as written ("明天上午10点以后", "after 3pm"). */
  callbackTime?: string;
  /** The message talks about calling or contacting ("打给我", "call me"). */
  mentionsCall: boolean;
  /** The message asks whether anyone is there / how long, or when the desk is staffed. */
  asks?: 'presence' | 'hours';
  /** The customer no longer wants a person ("算了 不找人了", "never mind"): back to the bot. */
  cancels?: true;
}

const CALL_WORDS = [
  '打给我',
  '打我',
  '给我打',
  '打电话',
  '来电',
  '回电',
  '电话',
  '联系我',
  '手机',
  '号码',
  '微信同号',
  'call',
  'ring',
  'phone',
  'mobile',
  'contact me',
  'reach me',
  'number',
];

const PRESENCE_WORDS = [
  '有人吗',
  '有人没',
  '有人不',
  '有没有人',
  '人呢',
  '在吗',
  '在不在',
  '还在吗',
  '人在吗',
  '在没在',
  '没人',
  '没得人',
  '没有人',
  '等了好久',
  '等好久',
  '等了半天',
  '等半天',
  '等了很久',
  '等这么久',
  '等了这么久',
  '要等多久',
  '还要等',
  '等多久',
  '多久才',
  '什么时候回',
  '啥时候回',
  '几时回',
  '什么时候联系',
  '啥时候联系',
  '什么时候有人',
  '啥时候有人',
  '什么时候打',
  '咋个还',
  '怎么还没',
  '还没回',
  '咋个不回',
  '怎么不回',
  '有消息没',
  '有没有消息',
  '等了一上午',
  '等了一下午',
  '等了一天',
  '格有人',
  '有人在',
  '有没得人',
  '咋个没人',
  '咋个不理',
  '怎么不理',
  '人去哪',
  '人都去哪',
  'anyone there',
  'anybody there',
  'anyone here',
  'anybody here',
  'is someone there',
  'is somebody there',
  'are you there',
  'still waiting',
  'how long',
  'when will someone',
  'when will somebody',
  'when will you',
  'when will an adviser',
  'when will the adviser',
  'when will a person',
  'waiting for ages',
  'been waiting',
  'still nothing',
  'nobody there',
  'no one there',
  'nobody here',
  'no one here',
  'is anyone',
  'is anybody',
  'where is everyone',
  'any news',
  'any update',
];

const HOURS_WORDS = [
  '几点上班',
  '几点下班',
  '几点开门',
  '几点有人',
  '上班时间',
  '工作时间',
  '营业时间',
  '服务时间',
  '办公时间',
  '什么时候上班',
  '啥时候上班',
  '哪天上班',
  '周末上班',
  '周末有人',
  '下班了',
  '上班没',
  'opening hours',
  'office hours',
  'business hours',
  'working hours',
  'open hours',
  'what time do you open',
  'when are you open',
  'when do you open',
  'are you open',
  'when do you close',
  'what time do you close',
];

/**
 * The request for a person withdrawn: 不找人了, 不用人工了, 不等了, "never mind", "forget it". Not a
 * guarantor not looked for (我们不找人担保): the person words end the phrase. 算了 alone too.
 */
const CANCEL = new RegExp(
  [
    String.raw`不(?:找|要|用|需要|想找|想要|用找)(?:人工|真人|客服|顾问)`,
    String.raw`不(?:用)?找人了`,
    String.raw`不要人了`,
    String.raw`不(?:用)?等了`,
    String.raw`^\s*算了(?:吧|嘛|哈|啦)?\s*[。.!！~～]*\s*$`,
    // Said alone, of the request just made: 不要了, 不需要了, 不找了 (the wish taken back; 不要 alone may refuse the number).
    String.raw`^\s*(?:不要|不需要|不想要|不找|不想找)了(?:吧|嘛|哈|啦|哦)?\s*[。.!！~～]*\s*$`,
    String.raw`\bnever\s*mind\b`,
    String.raw`\bforget (?:it|about it)\b`,
    // "cancel" said alone or of the request ("cancel that"), not of a loan asked about ("can i cancel the loan?").
    String.raw`^\s*(?:please\s+)?cancel(?:\s+(?:it|that|this|the request|my request))?(?:\s+please)?\s*[.!]*\s*$`,
    String.raw`\bno need (?:for )?(?:an? |the )?(?:agent|person|human|adviser|advisor)\b`,
    String.raw`\b(?:don['’]?t|do not) need (?:an? |the )?(?:agent|person|human|adviser|advisor)\b`,
  ].join('|'),
  'i',
);

const compile = (words: readonly string[]) =>
  new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|'), 'i');
/** "打" as in calling: "下午打", "打过来嘛" (not 打折, 打款). */
const CALL_VERB = /打(?:给|过来|来|电话|我|吧|嘛|哈|哦|撒|[，。！,.!\s]|$)/;
const CALL_BY_WORD = compile(CALL_WORDS);
const CALL = { test: (text: string) => CALL_BY_WORD.test(text) || CALL_VERB.test(text) };
const PRESENCE = compile(PRESENCE_WORDS);
const HOURS = compile(HOURS_WORDS);

/** A mobile number, possibly written +86 138 1234 5678 or 138-1234-5678. */
const MOBILE = /(?<![\d+])(?:\+?86[\s-]?)?(1[3-9]\d(?:[\s-]?\d{4}){2})(?!\d)/;
/** Any run of 7 or more digits (with spaces or dashes inside): meant as a phone number. */
const DIGIT_RUN = /(?<!\d)\+?\d(?:[\s-]?\d){6,}(?!\d)/;

const ZH_NUM = '[0-9一二三四五六七八九十两]{1,3}';
const ZH_DAY = '(?:今天|明天|后天|今晚|明早|明晚|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|工作日|周末)';
const ZH_PART = '(?:早上|早晨|上午|中午|下午|傍晚|晚上|午饭后|下班后)';
const ZH_CLOCK = `(?:${ZH_NUM}(?:[:：]\\d{2}|点(?:钟|半|${ZH_NUM}分?)?))`;
const ZH_TIME = new RegExp(
  `(?:${ZH_DAY}\\s*)?(?:${ZH_PART}\\s*)?(?:${ZH_CLOCK})(?:以后|之后|后|以前|之前|前|左右)?|${ZH_DAY}\\s*(?:${ZH_PART})?(?:以后|之后)?|${ZH_PART}(?:以后|之后)?|随时`,
);
const EN_TIME = new RegExp(
  '(?:(?:after|before|around|at|from|by)\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)' +
    '(?:\\s*(?:-|to)\\s*\\d{1,2}(?::\\d{2})?\\s*(?:am|pm))?' +
    '|(?:(?:this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+)?(?:morning|afternoon|evening|lunchtime|noon)' +
    '|\\b(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?|any\\s?time)\\b',
  'i',
);

const FULL_WIDTH_DIGIT = /[０-９]/g;

function callbackTime(text: string): string | undefined {
  const found = [ZH_TIME.exec(text), EN_TIME.exec(text)].filter((m): m is RegExpExecArray => m !== null);
  if (found.length === 0) return undefined;
  // From the first mention to the end of the last one that follows it closely ("明天 下午3点").
  const first = found.reduce((a, b) => (b.index < a.index ? b : a));
  return first[0].trim();
}

export function readHandoffCues(raw: string): HandoffCues {
  const text = raw.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const cues: HandoffCues = { mentionsCall: CALL.test(text) };
  const mobile = MOBILE.exec(text);
  if (mobile) cues.phone = mobile[1]!.replace(/[\s-]/g, '');
  else {
    const run = DIGIT_RUN.exec(text);
    if (run) cues.badNumber = run[0].trim();
  }
  // The time is read without the phone number, whose digits are no clock.
  const time = callbackTime(mobile ? text.replace(mobile[0], ' ') : text);
  if (time) cues.callbackTime = time;
  if (CANCEL.test(text)) cues.cancels = true;
  if (PRESENCE.test(text)) cues.asks = 'presence';
  else if (HOURS.test(text)) cues.asks = 'hours';
  return cues;
}
