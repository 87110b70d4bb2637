// Text normalization and script-based language detection: the first step of every analysis, so
// that the lexicon and the number scanner only ever see one spelling of each thing.

import * as OpenCC from 'opencc-js';
import type { Locale } from '../locale';
import { KEY_WORDS_EN, NEAR_WORDS_EN } from './lexicon/en/near-words';
import { notRoleSpellings, roleKeyWords, unitVariants } from './lexicon/en/variants';
import { homophones } from './lexicon/zh/homophones';

/**
 * Longer input is cut here before any work: the contract caps a message at 2,000 characters, and
 * a bound keeps every regex pass linear in a small constant even when a caller forgets the cap.
 */
export const MAX_INPUT_LENGTH = 4000;

// Built once: the dictionaries take milliseconds to load, a conversion then takes microseconds.
// Taiwan phrases first (軟體 -> 软件, 網路 -> 网络: phrase-level, so it must see the original
// characters), then Hong Kong variant characters that the Taiwan table does not cover.
const fromTaiwan = OpenCC.Converter({ from: 'twp', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
// Character-level only: tells whether a message has Traditional characters at all. The Taiwan
// phrase table must not run over Simplified text: it rewrites mainland words that mean something
// else in Taiwan (程序员 -> 进程员, 文件 -> 文档).
const taiwanCharacters = OpenCC.Converter({ from: 'tw', to: 'cn' });

// Code-unit regexes (no `u` flag) so they can see halves of surrogate pairs.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /\p{Cc}/gu;
// Zero-width spaces, bidi overrides, soft hyphens, BOMs: invisible, but they split words apart.
const FORMAT = /\p{Cf}/gu;
const SPACES = /\s+/g;
const HAN_TEST = /\p{Script=Han}/u;

/**
 * One canonical spelling: well-formed UTF-16, NFKC (full-width digits and letters become ASCII,
 * full-width punctuation too), Simplified characters, lowercase Latin, no control or format
 * characters, single spaces, trimmed.
 */
export function normalize(text: string): string {
  if (text === lastInput) return lastOutput;
  lastOutput = normalizeAnew(text);
  lastInput = text;
  return lastOutput;
}

// The last message normalized: a turn reads the same words several times (the NLU, the
// conversation's language rule), and the result depends on the words alone.
let lastInput: string | undefined;
let lastOutput = '';

function normalizeAnew(text: string): string {
  let s = text.length > MAX_INPUT_LENGTH ? text.slice(0, MAX_INPUT_LENGTH) : text;
  s = s.replace(LONE_SURROGATE, ' ');
  s = s.normalize('NFKC');
  s = s.replace(CONTROL, ' ').replace(FORMAT, '').replace(TILDE, tildeRead);
  // OpenCC only matters when there are Han characters; skipping it keeps English messages cheap.
  if (HAN_TEST.test(s))
    s = keyWordsTyped(
      wordsJoined(
        spokenChinese(
          simplified(s).replace(SPACES, ' ').replace(DE_WRITTEN_LI, '的').replace(GO_WRITTEN_KE, '去').replace(LE_WRITTEN_LOU, '了'),
        ),
      )
        .replace(TWO_WITH_MEASURE, '两')
        .replace(ONE_LEFT_UNSAID, '一')
        .replace(HUNDRED_TYPED, '百')
        .replace(TEN_THOUSAND_TYPED, '万')
        .replace(STAFF_TYPED, '员工')
        .replace(RATE_TYPED, '费')
        .replace(WEALTH_TYPED, '理')
        .replace(AGAIN_TYPED_ZAI, '再')
        .replace(FIRST_SAID_TOU, '第')
        .replace(ITEM_SAID_YANG, '个')
        .replace(BORROW_TYPED, '贷')
        .replace(POTENTIAL_TYPED, '得')
        .replace(SPACED_NUMERAL, '')
        .replace(UNIT_TYPED_APART, '')
        .replace(MEASURE_TYPED_APART, '')
        .replace(RANGE_TYPED_APART, rangeJoined),
    );
  return chatSpelling(spokenEnglish(s.toLowerCase().replace(SPACES, ' ').trim()));
}

/**
 * A tilde (～, ~ after NFKC) typed between facts as a pause or a flourish (员工8个～一年卖两百万, "2 ppl ~ 一天 卖 一千五",
 * 想贷五十万进货～～: round 34) is a comma; at the end it is nothing. Before digits it stays (a range, 2~3万, or about: ~50k,
 * 一晚 ~1500), and between two Chinese numerals (两～三万) it is a range.
 */
const TILDE = /\s*~+\s*/g;
function tildeRead(tilde: string, at: number, text: string): string {
  const before = text[at - 1] ?? '';
  const after = text[at + tilde.length] ?? '';
  if (after === '') return '';
  if (/\d/.test(after) || (/[零〇一二两三四五六七八九十百千万]/.test(before) && /[零〇一二两三四五六七八九十]/.test(after))) return tilde;
  return ', ';
}

/**
 * Voice input (round 23): WeChat's speech-to-text writes what the owner says as said, its stutters and fillers with it.
 * A word of two to four Chinese characters said twice or more in a row, perhaps with a space or a comma between
 * (我们我们, 员工员工, 去年去年, 一年 一年, 不对不对), is read once; a character said twice is a word of its own (嗯嗯,
 * 谢谢, 看看) and stays. Fillers that carry nothing are dropped: 就是说, the 那个 said while finding the word after
 * 卖 or 开 (卖那个瓷砖, 开那个米线馆), the 呢 of 然后呢 and a topic's 呢 before what is
 * said of it (员工呢有三十来个, 营业额呢大概两百万). A number said with 点 between digits (2点5个亿, 4点35) is a decimal,
 * not a time before 分, 刻 or 钟.
 */
function spokenChinese(s: string): string {
  return s
    .replace(NUMBER_STARTED_AGAIN, '')
    .replace(PERIOD_STARTED_AGAIN, '')
    .replace(HAN_REPEATED, saidOnce)
    .replace(SPOKEN_FILLER_ZH, '')
    .replace(SPOKEN_DECIMAL_ZH, '.');
}
/**
 * A number begun, then said again whole after a pause (营业额大概是三百 三百五十万, 员工十 十二个): the false start is dropped,
 * so the whole number stands by its cue. Only a start the whole number begins with, in Chinese numerals.
 */
const NUMBER_STARTED_AGAIN =
  /(?<![零一二两三四五六七八九十百千万亿])([零一二两三四五六七八九十百千万亿]{1,4})[ ,，](?=\1[零一二两三四五六七八九十百千万亿])/g;
/**
 * One person added with 个 alone, its 一 left unsaid (四个 还有个学徒, 加上个收银的, 另外还有个帮厨的: round 26): 一个, so the count
 * reads as 还有一个学徒 does. Only after a word that adds people, before a word and its end (not 还有个问题 in a longer clause).
 */
const ONE_LEFT_UNSAID = /(?<=(?:还有|加上|外加|另外|另外还有)\s?)(?=个\p{Script=Han}{1,4}(?:$|[\s，,。!?！？]))/gu;
/**
 * A Chinese numeral with its 万 or 亿 typed a space apart (一百 万, 两百 万左右, 八十 万块: round 26): one number, as 80 万 is
 * in digits; not 万一 (in case) nor a word that starts with 万 (万达, 万能).
 */
const UNIT_TYPED_APART =
  /(?<=[十百千][零一二两三四五六七八九]?|[二两三四五六七八九]十|[一二两三四五六七八九]百|[一二两三四五六七八九]千)\s+(?=[万亿](?!一(?![年月个天周])|[达能象科物家岁事]))/g;
/**
 * A measure word typed a space after its numeral (社员 一百二十 户, 两百 亩, 三十 头 猪; round 46), joined to it: the count of
 * households, land or stock, no bare number replied.
 */
const MEASURE_TYPED_APART = /(?<=[零一二两三四五六七八九十百千几\d])\s+(?=[户亩头间台辆吨斤棵株箱](?![\da-z]))/g;

/**
 * A range of two Chinese digits typed a space apart before its unit (二 三十万, 七 八十个, 三 四万: round 34): one range, as
 * 二三十万 reads; only digits one after the other (二 三, 七 八), the first standing alone after no number or 第.
 */
const RANGE_TYPED_APART = /(?<![零〇一二两三四五六七八九十百千万亿几第\d])([一二两三四五六七八])\s+(?=([二两三四五六七八九])[十百千万])/g;
const NEXT_DIGIT: Readonly<Record<string, string>> = {
  一: '二两',
  二: '三',
  两: '三',
  三: '四',
  四: '五',
  五: '六',
  六: '七',
  七: '八',
  八: '九',
};
function rangeJoined(all: string, first: string, next: string): string {
  return NEXT_DIGIT[first]?.includes(next) ? first : all;
}
/**
 * A period begun, then said again longer after a pause (一年 一年半吧, 两年 两年半, 三个月 三个月半; round 24): the false start is
 * dropped, so the whole period stands (a term restarted as speech-to-text writes it); not a period denied (不是一年 一年半).
 */
const PERIOD_STARTED_AGAIN =
  /(?<![零一二两三四五六七八九十])(?<!不是\s?)([一二两三四五六七八九十]{1,3}个?[年月])[ ,，](?=\1[半多零一二两三四五六七八九十])/g;
const HAN_REPEATED = /(\p{Script=Han}{2,4})(?:[ ,]?\1)+/gu;
/**
 * A word said twice, read once; but not a verb said twice to mean "a little" (考虑考虑, 商量商量: 我考虑考虑 is a polite
 * no), nor, across a space or a comma, the end of one phrase and the start of the next (休一天 一天卖一千二: the first
 * copy must be a whole word, 一年 一年), nor a figure whose second copy runs on into a longer word (一个 一个月收入三万:
 * 一个, then 一个月; 两个 两个店面).
 */
function saidOnce(repeat: string, word: string, at: number, text: string): string {
  if (VERBS_SAID_TWICE.has(word) || NO_SAID_TWICE.has(word)) return repeat;
  if (repeat.length > word.length * 2 || /[ ,]/.test(repeat)) {
    const before = text[at - 1];
    const rest = text.slice(at + repeat.length);
    const again = countSaidAgain(word, rest);
    if (before !== undefined && before !== ' ' && before !== ',' && !again) return repeat;
    if (/^[\d零一二两三四五六七八九十几半]/.test(word) && /^\p{Script=Han}/u.test(rest) && !again) return repeat;
  }
  return word;
}
/**
 * A count or a sum said again alone after a pause (师傅有三个 三个 学徒两个, 一年卖三十万 三十万左右: round 34): the copy after
 * the space is the whole figure again, nothing run on after it but a hedge that ends it, so the figure is said once even where
 * the first copy ends a longer phrase.
 */
function countSaidAgain(word: string, rest: string): boolean {
  return (
    /^[零一二两三四五六七八九十百千几]+[个万块]$/.test(word) &&
    /^(?:$|[^\p{Script=Han}]|(?:左右|上下|吧|嘛|啊)(?!\p{Script=Han}))/u.test(rest)
  );
}
/**
 * A no said twice (不是不是 九个): a restart, the figure before taken back; said once (八个 不是九个) it may deny the
 * figure after, so the doubling is kept for the correction's words to read (lexicon zh/scopes.ts correctionCue).
 */
const NO_SAID_TWICE: ReadonlySet<string> = new Set(['不是']);
/** Verbs said twice as a softer, shorter doing (考虑考虑, 商量商量, 研究研究): the repeat is their meaning. */
const VERBS_SAID_TWICE: ReadonlySet<string> = new Set(
  '考虑 商量 研究 了解 打听 琢磨 合计 比较 讨论 思考 学习 休息 准备 介绍 计算 对比 核对 整理 盘算 咨询 问问'.split(' '),
);
// ...and the 那个 said while finding the figure after 有 or a hedge (一年大概有那个两百来万的营业额, 差不多那个十来个: round 34).
// (Not the 呢 closing a figure supposed, more asked after it: 那借三年呢 一个月要还好多, 那借二十万呢 一个月还好多; round 60.)
const FIGURE_SAID = String.raw`[\d零一二两三四五六七八九十百千几]\s?(?:个)?\s?(?:万|千|百|年|月|期|块|元)(?:还|来还)?`;
const SPOKEN_FILLER_ZH = new RegExp(
  String.raw`就是说|(?<=然后)呢|(?<=[卖开]\s?)那个(?=\p{Script=Han}{2})|(?<=(?:有|大概|差不多|大约|就是|也就)\s?)那个\s?(?=[\d一二两三四五六七八九十几])|(?<=\p{Script=Han})(?<!${FIGURE_SAID})呢(?=[ ,]?(?:有|是|大概|差不多|一共|只有|[\d零一二两三四五六七八九十几]))`,
  'gu',
);
const SPOKEN_DECIMAL_ZH = /(?<=\d)点(?=\d{1,3}(?![\d.]|\s?[分刻钟]))/g;

/**
 * English said aloud (round 23): the hesitation sounds (um, uh, er, erm, hmm), "you know" and "like" set off as a filler are
 * dropped, and one to three words said twice in a row (the the, we have we have) are read once.
 */
function spokenEnglish(s: string): string {
  if (!/[a-z]/.test(s)) return s;
  const t = s
    .replace(HUNDREDS_IN_DIGITS, hundredsWritten)
    .replace(HESITATION_EN, '')
    .replace(YOU_KNOW_SAID, '')
    .replace(LIKE_SAID, '')
    .replace(WORDS_REPEATED, (all: string, word: string) => (DOUBLED_NAMES_EN.has(all) ? all : word));
  return t === s ? s : t.replace(SPACES, ' ').trim();
}
/**
 * Hundreds said in digits before a thousand's unit ("2 hundred k", "like 2-3 hundred k"; round 63): written as the figure they are
 * (200k, 200-300k), as the number grammar reads it.
 */
const HUNDREDS_IN_DIGITS = /(?<![\d.])([1-9])(?:\s*[-~]\s*([1-9]))?\s+hundred\s*(k|grand|thousand)\b/g;
function hundredsWritten(_all: string, low: string, high: string | undefined, unit: string): string {
  return high === undefined ? `${low}00${unit === 'k' ? 'k' : ` ${unit}`}` : `${low}00-${high}00${unit === 'k' ? 'k' : ` ${unit}`}`;
}
const HESITATION_EN = /(?<![a-z\d'])(?:u+m+|u+h+m*|e+r+m+|e+r+|h+m+)(?![a-z\d'])[,.]*/g;
/** "you know" set off as a filler: not known of (let you know, do you know, everything you know about me). */
const YOU_KNOW_SAID =
  /(?<!\b(?:let|do|did|does|if|what|as|all|how|who|where|when|why|everything|anything|don't|dont|didn't|didnt)) you know(?=,|$| (?:and|so|but|we|i|like)\b),?/g;
/** Names that are a word said twice (a tuk tuk, a bye bye, mahi mahi): the doubling is the name, not a stutter. */
const DOUBLED_NAMES_EN: ReadonlySet<string> = new Set(
  'tuk tuk|bye bye|so so|mahi mahi|chop chop|hush hush|yo yo|cous cous|bon bon|choo choo|pom pom|goody goody|dum dum|tom tom|no no|night night|knock knock'.split(
    '|',
  ),
);
/**
 * "like" said as a filler: between a modal's subject and its verb (can we like lease a truck, should i like apply), or
 * starting over an article (we run a like a small shop); not "would you like", nor "like to".
 */
const LIKE_SAID =
  /(?<=\b(?:can|could|should|will|may|might|must|shall) (?:we|i|you|they|he|she)) like(?= (?!to\b|it\b|this\b|that\b)[a-z])|\ba like(?= an? )/g;
const WORDS_REPEATED = /(?<![a-z'])([a-z]+(?:'[a-z]+)?(?: [a-z]+(?:'[a-z]+)?){0,2})(?:,? \1)+(?![a-z'])/g;

/**
 * Chinese typed a word at a time, as phones type it (去年 做 了 两 千 万, 贷款 要 不 要 抵押, 我们 莫得 网店, 都是 在 店 里 卖):
 * in a message whose Chinese words stand apart (`WORD_SPACED`: characters standing alone as words, two or more and a
 * third of its Chinese words at least), the space between two Chinese words is a word's, not a clause's end, so every
 * list reads the phrase as it reads it typed together: the space between two words all of Han characters is dropped.
 * Between two numerals the number's grammar decides (`numeralsJoin`): 两 千 万, 三十 万, 一千 二 百 万 join; 三千 十
 * (3,000, then ten) and 十 万 一 年 (the sum, then its year) stay apart. A space beside a Latin word or a word with a
 * digit stays (借 3万 分 12 期: the sum, then its instalments), nor after a figure's measure (摄影师 2 个 化妆师 1 个) or a figure typed as one
 * word (workers 二十几个 旺季 50 多), nor into the label of a figure in digits (客户 员工 4个), after a word of saying (app 说
 * 可以 借) or beside a period (十 万 美金 半年 付…). A message written in phrases (一年产值一千二百来万
 * 每个月电费就要七八万, 保安五 保洁三 电工一, 不对 不是八个 是十一个) keeps its spaces: there a space ends a clause.
 */
function wordsJoined(s: string): string {
  if (!HAN_SPACE_HAN.test(s)) return s;
  const words = s.split(' ');
  if (!WORD_SPACED(words.filter((w) => HAN_WORD.test(w) && !FIGURE_WORD.test(w)))) return s;
  let out = words[0] as string;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    const joins =
      HAN_WORD.test(words[i - 1] as string) &&
      !FIGURE_WORD.test(words[i - 1] as string) &&
      !FIGURE_ENDED.test(words[i - 1] as string) &&
      !DIGITS.test(words[i - 2] ?? '') &&
      !DIGITS.test(words[i + 1] ?? '') &&
      !SAYING.test(words[i - 1] as string) &&
      !SENTENCE_PARTICLE.test(words[i - 1] as string) &&
      !PERIOD_WORD.test(word) &&
      !PERIOD_WORD.test(words[i - 1] as string) &&
      HAN_WORD.test(word) &&
      !isPhrase(words[i - 1] as string) &&
      !isPhrase(word) &&
      !subjectOpens(words[i - 1] as string, word) &&
      (!NUMERAL.test(out.at(-1) as string) || !NUMERAL.test(word[0] as string) || numeralsJoin(out, words, i));
    // An aspect particle joins its verb whatever stands after it (转 了 12k 过去: 转了; round 53).
    const aspect = ASPECT_PARTICLE.test(word) && HAN_WORD.test(words[i - 1] as string) && !FIGURE_WORD.test(words[i - 1] as string);
    out += joins || aspect ? word : ` ${word}`;
  }
  return out;
}

/**
 * A phrase, not a word: six Han characters or more typed together (我们做家具的 想贷五十万买台机器 要 抵押 不; round 42): the space beside it ends
 * a clause, as in a message written in phrases, while the short words typed apart after it still join (要抵押不).
 */
function isPhrase(word: string): boolean {
  return word.replace(/\p{P}+$/u, '').length >= 6;
}
/**
 * The owner, or one of theirs, opening a new clause after a word of two characters or more that takes no object (想借 两百万 备货 我老婆
 * 的 信用卡 有 几次 逾期: 备货, then 我老婆's card; round 43): the space ends a clause; after a word that takes the person as its object
 * (借给 我, 帮 我们) or a single character (是 我们), the words join.
 */
function subjectOpens(before: string, word: string): boolean {
  return OWNER_OPENS.test(word) && before.length >= 2 && !TAKES_A_PERSON.test(before);
}
const OWNER_OPENS = /^(?:我|咱)/u;
const TAKES_A_PERSON = /[给跟和帮让叫替对问借找被带连像比陪教诉同与把将向于是说讲]$|(?:除了|告诉|通知|建议|包括|加上|算上|只有|就是)$/u;
const HAN_SPACE_HAN = /\p{Script=Han} \p{Script=Han}/u;
/** An aspect particle typed as its own word (转 了, 交 过): it belongs to the verb before it (round 53). */
const ASPECT_PARTICLE = /^[了过着]\p{P}*$/u;
/** A word ending in a sum with its unit (一个月流水四万多, 一年卖两百万): the words after it are another phrase's too (round 40). */
const FIGURE_ENDED = /\p{Script=Han}[零〇一二两三四五六七八九十百千几]+[万千百块元][多来左右]*$/u;
/** A figure typed as one word (二十几个, 三十万): the words after it are another phrase's. */
const FIGURE_WORD = /^[零〇一二两三四五六七八九十百千万几来多]+[个万千百块元]\p{P}*$/u;
/**
 * A word that ends a sentence with its particle (贷款 要 抵押 吗 我们 是 开 超市 的: round 34): the words after it are the next
 * sentence's, as a question mark would make them; 吧 and 嘛 only standing alone (酒吧, 干嘛 are words).
 */
const SENTENCE_PARTICLE = /(?:[吗呢啊呀哦啦]|^[吧嘛])$/u;
/** A word of saying: the words said start after it (app 说 可以 借 3万…: the app's terms). */
const SAYING = /^(?:说|讲|称)$/;
/** A period said as a word (半年, 一年, 三个月): a sum's term or a figure's period, its own phrase (十 万 美金 半年). */
const PERIOD_WORD = /^[半一二两三四五六七八九十几]+个?(?:年|月|天|星期|礼拜)\p{P}*$/u;
/** A word with a digit: the Chinese word after it is its unit or measure (2 个, 800 万), the next phrase after that. */
const DIGITS = /\d/;
/** A word of Han characters only (a punctuation mark after it aside). */
const HAN_WORD = /^\p{Script=Han}+\p{P}*$/u;
/**
 * The Chinese words apart: two or more characters standing alone as words, a third of the Chinese words at least; or
 * (round 21) three words or more, none longer than three characters and half of them two, as phones type words with
 * few single characters (想借 三十万 装修 门面, 去年 卖了 三百多万 今年 想借 五十万). Phrases of three characters each
 * (保安五 保洁三 电工一) or longer (不对 不是八个 是十一个) are a message written in phrases. A figure typed as one word
 * (两千来块, 七八个) is no word of the count (round 34: 烧烤 一晚上 能卖 两千来块 is typed a word at a time; its figure
 * is as long as the number says).
 */
const WORD_SPACED = (words: readonly string[]): boolean => {
  const lengths = words.map((w) => w.replace(/\p{P}+$/u, '').length);
  const alone = lengths.filter((n) => n === 1).length;
  if (alone >= 2 && alone * 3 >= words.length) return true;
  return words.length >= 3 && lengths.every((n) => n <= 3) && lengths.filter((n) => n === 2).length * 2 >= words.length;
};
const NUMERAL = /^[零〇一二两三四五六七八九十百千万亿几]$/;
const DIGIT = /^[零〇一二两三四五六七八九几]$/;
const UNIT_RANK: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/**
 * Whether the numeral word at i goes on the number before it (typed so far: `out`): a unit after a digit, or after a
 * smaller unit (两 千, 三十 万, 二百 万); a digit after a thousand or a hundred when the next lower unit follows it (一千 二 百
 * 万, 一千 二百).
 */
function numeralsJoin(out: string, words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  const run = /[零〇一二两三四五六七八九十百千万亿几]+$/.exec(out)?.[0] ?? '';
  const last = run.at(-1) as string;
  const first = word[0] as string;
  const rank = UNIT_RANK[first];
  if (rank !== undefined) {
    if (DIGIT.test(last)) return true;
    const units = [...run].map((c) => UNIT_RANK[c] ?? 0);
    return rank > Math.max(...units);
  }
  const lower = last === '千' ? '百' : last === '百' ? '十' : undefined;
  if (lower === undefined || !DIGIT.test(first)) return false;
  const next = word.length > 1 ? word[1] : words[i + 1]?.[0];
  return next === lower;
}

/**
 * The domain's key words as a phone's pinyin input slips them, one character for another of the same sound (员攻,
 * 交练, 鲜业, 流谁, 利吸, 营页额 for 员工, 教练, 鲜叶, 流水, 利息, 营业额): each slip read as its key word, same
 * length. The slips are data (`lexicon/zh/homophones.ts`, generated once by scripts/homophones/gen-homophones.mjs),
 * only those that are no word of their own, no part of one and rarely astride two words; the longest slip at a
 * place wins.
 */
const SLIPS: ReadonlyMap<string, string> = new Map(
  Object.entries(homophones).flatMap(([key, slips]) => slips.flatMap((l) => l.split(' ')).map((slip): [string, string] => [slip, key])),
);
const SLIP_LENGTHS = [...new Set([...SLIPS.keys()].map((k) => k.length))].sort((a, b) => b - a);
/** The characters that may start a slip: a message with none of them is left as it is at once. */
const SLIP_STARTS = new Set([...SLIPS.keys()].map((k) => k[0] as string));

function keyWordsTyped(s: string): string {
  let out = '';
  let i = 0;
  let changed = false;
  while (i < s.length) {
    const key = SLIP_STARTS.has(s[i] as string) ? slipAt(s, i) : undefined;
    if (key === undefined) {
      out += s[i];
      i++;
    } else {
      out += key;
      i += key.length;
      changed = true;
    }
  }
  return changed ? out : s;
}

function slipAt(s: string, i: number): string | undefined {
  for (const n of SLIP_LENGTHS) {
    const key = SLIPS.get(s.slice(i, i + n));
    if (key !== undefined) return key;
  }
  return undefined;
}

/**
 * A Chinese number typed apart, a word at a time, as some owners type every word (去年 做 了 两 千 万, 借 三 十 万): the
 * space before a unit (十百千万亿) after a numeral standing alone is dropped, so the number reads whole. Not after a numeral
 * inside a word (统一 万达) or a number (员工每个月三千 十个人: 3000 a month, then 10 people), nor before a digit (十 万 一 年
 * stays 十万 一 年).
 */
const SPACED_NUMERAL = /(?<=(?:^|\s)[零〇一二两三四五六七八九十百千几])\s+(?=[十百千万亿])/g;
/** 俩 (two) typed before a measure word, as owners do (医生俩个, 俩位师傅): read as 两, same length. */
const TWO_WITH_MEASURE = /俩(?=\s*[个位名])/g;

/**
 * 哩 written for 的 (Yunnan's and Sichuan's way of writing the particle as said: 建行哩打电话来, 卖哩腊肉, 打到他发过来哩账户上,
 * 格是真哩; round 54), read as 的, same length, so that every rule reading 的 reads it too; not the 哩 of a word (咖哩, 英哩,
 * 公哩, 哔哩哔哩, 叽哩咕噜) nor a doubled 哩哩, nor the slips of 利 the homophones table reads (哩息, 哩率, 哩润).
 */
const DE_WRITTEN_LI = /(?<![咖英公哔叽哩])哩(?![哩息率润])/g;

/**
 * 喽 written for the particle 了 (讲错喽, 卖完喽, 转过去喽; round 54), read as 了, same length; not 哈喽 (hello) nor 喽啰.
 */
const LE_WRITTEN_LOU = /(?<!哈)喽(?![啰喽])/g;

/**
 * 克 written for 去 (Yunnan's 去 as said: 打过克两回了, 拿克进货, 要克农信社, 我 想 克 农商行, 克年 for 去年; round 54), read as 去,
 * same length: after a verb it points (过克, 打克, 拿克, 拉货克河口), after a wish, a should or a person it goes (要克, 想克, 我克, 马上克: round 55; 该克哪家银行办: round 56; 本人克网点办, 明天克弥勒的农商行问问: round 61), and 克年
 * is last year, and after a pause before what is gone to do (想贷二十万 克进点货); not a gram (五百克, 千克: no verb before), nor 克 of a word (麦克风, 星巴克, 巧克力, 克服, 克扣, 克制, 克隆, 克拉).
 */
const GO_WRITTEN_KE = new RegExp(
  String.raw`(?:(?<=[过出回进打拿转汇寄送带搬拉跑走货要想先再就还也都没莫我你他她们该人自天]\s?|马上\s?)|(?<=^|[,，。!！?？]|(?<![\d零一二两三四五六七八九十百千万])\s))克(?![服隆拉力莱里斯萨制星扣勤敌数])` +
    String.raw`|(?<![\d零一二两三四五六七八九十百千万])克(?=年)|(?<=\s)克(?=进|买|办|贷|借|整|搞|找|问|交|还|开|看|拿)` +
    // ...before a counter or a lender gone to, or the asking there (克柜台办, 克农商行, 克问问; round 61).
    String.raw`|克(?=柜台|网点|营业厅|银行|信用社|农商行|农信社|问问|问一下|问下)`,
  'g',
);

/**
 * 白 typed for 百 inside a number (两白万, 三白多万, 五白块: the pinyin is the same), read as 百, same length;
 * only between a numeral and what follows a hundred (万, 千, 多, 来, 块, 元, or its tens and units then one of them: 一白二十万),
 * so 白天, 黑白 stay.
 */
const HUNDRED_TYPED = /(?<=[一二两三四五六七八九几])白(?=[万千多来块元]|[零一二两三四五六七八九十]{1,3}[万千块元多来]|\s*$)/g;

/**
 * 原工, 圆工 or 元工 typed for 员工 (the pinyin is the same), and 员攻 or 员公 (the second character's), read as 员工,
 * same length, so that the number grammar's staff words count it too (原工有六个, 元工不到二十个, 员攻十几个); not
 * 原工作, 原工厂, 原工资 (the former job, plant, wage), nor 元 after a sum (五元工本费), nor 会员公司, 员公司.
 */
const STAFF_TYPED =
  /(?:[原圆]|(?<![\d零〇一二两三四五六七八九十百千万块])元)工(?![作厂资艺程序种位])|员(?:攻|公(?![司众开告布寓园共交路安务款正平章示积]))/g;

/**
 * 废 typed for 费 before 率, or after 手续, 服务, 年, 会员, 管理 (废率, 手续废: the same sound; round 54: 商户码跟个人码的废率格是一样的),
 * read as 费, same length, where every rule reading a fee reads it, guards too; 废 elsewhere (作废, 废品, 报废, 这一年废了) keeps its sense.
 */
const RATE_TYPED = /废(?=率)|(?<=手续|服务|年|会员|管理)废(?![了掉品物弃除话])/g;

/**
 * 里财 typed for 理财 (the pinyin is the same; round 55: 客户经理天天喊我们买里财), read as 理财, same length; not 里 before 财务,
 * 财产, 财政, 财富, 财物, 财神, 财会, 财经 (店里财务, 家里财产: the 里 of a place).
 */
/** 在 typed for 再 after a sum borrowed, before what is done again (想借五十万在开个教室; round 61), same length. */
const AGAIN_TYPED_ZAI = /(?<=(?:借|贷)\s?[^，。,.!?；;\s]{0,6}?(?:万|千|块|元|w|k)\s?)在(?=开|建|盖|买|添|加|扩|弄|整|搞)/g;
/** 头一个 said for 第一个 (头一个的利息高不高; round 61): the first, read as 第一个, same length. */
const FIRST_SAID_TOU = /头(?=一\s*(?:个|种|项|条|样))/g;
/** 第二样 said for 第二个 (第二样还可以; round 61): an item by its place, read with 个, same length. */
const ITEM_SAID_YANG = /(?<=第\s*(?:[一二两三四五六]|\d)\s*)样/g;
const WEALTH_TYPED = /里(?=财(?![务产政富物神会经]))/g;

/**
 * 代 typed for 贷 (the pinyin is the same) between a wish to borrow and its sum (想代二十万, 再代点, 要代个五万), read as
 * 贷, same length; 代 elsewhere (代理, 代办, 代销, 代付) keeps its own sense.
 */
const BORROW_TYPED = /(?<=(?:想|要|再|还想|准备|打算|需要|可以|能)\s*)代(?=\s*(?:个|点|款|一下)?\s*[\d一二两三四五六七八九十几百千])/g;

/**
 * 的 typed for 得 between a verb and what it can reach (靠的住, 信的过, 贷的到, 还的起, 批的下来: the pinyin is the same;
 * round 46: 网贷到底靠不靠的住), read as 得, same length; not 的 before a noun that begins with those characters (贷款的到账时间,
 * 还的上个月: the 的 of the thing named).
 */
const POTENTIAL_TYPED =
  /(?<=(?:靠|信|贷|借|还|批|拿|要|办|申请|搞|整))的(?=住|过(?![去来年月期])|到(?![账期时手底])|着|起(?!来)|上(?![个月年期次回周])|下来)/g;

/**
 * 完 typed for 万 after a numeral that ends in a digit or a ten, a hundred, a thousand (二十完, 五十来完, 20完: the
 * pinyin is the same), read as 万, same length; not a verb's 完 after a count of something (分三次还完, 一年还完).
 */
const TEN_THOUSAND_TYPED = /(?<=(?:\d|[十百千])(?:来|多|余|几)?)完(?![成工了全毕整事善美蛋结])/g;

/**
 * 么 is Simplified (什么, and Yunnan's particle: 么得 = 没得, 钱么要等), but the Taiwan tables read it as
 * the Traditional variant of 幺 (small): it is kept as written through the conversion.
 */
const KEPT = /么/g;
const KEPT_MARK = '\uE000';
const KEPT_BACK = /\uE000/g;

function simplified(text: string): string {
  const s = text.includes('么') ? text.replace(KEPT, KEPT_MARK) : text;
  const converted = fromHongKong(taiwanCharacters(s) === s ? s : fromTaiwan(s));
  return s === text ? converted : converted.replace(KEPT_BACK, '么');
}

/**
 * English words owners type as chat spellings, read as the word: "wat docs do i need", "hw much",
 * "where r we supposed to apply", "r u open". One word a line; "r" only as a verb (before or after
 * a question word or a pronoun), never a letter standing alone.
 */
const CHAT_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:wat|wut|wht|whut)\b/g, 'what'],
  // ...and with its is joined: "wats factoring", "wuts leasing" (round 33).
  [/\b(?:wats|wuts|whts|whuts)\b/g, "what's"],
  [/\b(?:wher|whr)\b/g, 'where'],
  [/\bb4\b/g, 'before'],
  // A share's word after its number is its sign: "30pct", "2 per cent", "5 percent" read as 30%, 2%, 5% wherever % is read
  // (a down payment, a fee, a rate; round 23). "percentage points" and a share in words ("a few percent") are left.
  [/(?<=\d) ?(?:pct|per ?cent)\b\.?/g, '%'],
  [/\bthru\b/g, 'through'],
  // n for and between two words ("roast n pack them ourselves", "4 full time n 2 part timers"; round 54).
  [/(?<=[a-z\d] )n(?= [a-z\d])/g, 'and'],
  // An abbreviation's dot is no sentence's end: "7 incl. the owner".
  [/\bincl\.(?=\s)/g, 'including'],
  [/\bhw\b(?= (?:much|many|long|to|do|does|can|should)\b)/g, 'how'],
  // w/ and w for with, before whom or what it is with: "w/ my brother", "i run it w my wife" (never w
  // after a figure: 5w is 50,000, "3 w" too).
  [/(?<![\d.] ?)\bw\/ ?(?!o\b)(?=[a-z\d])|(?<![\d.] ?)\bw (?=(?:my|our|his|her|me|him|them|us|the)\b)/g, 'with '],
  [/\br\b(?= (?:u|you|we|they|there|these|those|i)\b)|(?<=\b(?:where|how|what|who|when|why|which|u|you|we|they) )r\b/g, 'are'],
];

/** The number grammar's unit words misspelled (`unitVariants`: "6 monts", "30 wrokers"), whole words. */
const UNIT_SPELLINGS: ReadonlyArray<[RegExp, string]> = Object.entries(unitVariants).map(([word, typos]) => [
  new RegExp(String.raw`\b(?:${typos.join('|')})\b`, 'g'),
  word,
]);

function chatSpelling(s: string): string {
  if (!/[a-z]/.test(s)) return s;
  for (const [re, word] of CHAT_SPELLINGS) s = s.replace(re, word);
  for (const [re, word] of UNIT_SPELLINGS) s = s.replace(re, word);
  return s.replace(LATIN_WORD, keyWordMisspelt).replace(WORD_AFTER_COUNT, roleMisspelt);
}

/** The roles and their singulars (waitresses: waitress), and the words one edit from them that are no misspelling. */
const singular = (w: string): string => (w.endsWith('sses') ? w.slice(0, -2) : w.slice(0, -1));
const ROLE_WORDS = roleKeyWords.flatMap((w) => [w, singular(w)]);
const NOT_ROLE_WORDS = new Set([...notRoleSpellings, ...NEAR_WORDS_EN]);
/** A word of six letters or more right after a count in digits or words ("3 dentsits", "two cheifs"). */
const WORD_AFTER_COUNT =
  /(?<=(?<![\w.,])(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )[a-z]{6,16}(?![a-z\d'-])/g;

/** A role misspelt by one edit after a count (`roleKeyWords`): "3 dentsits and 4 asistants", "6 teachrs". */
function roleMisspelt(word: string): string {
  if (
    ROLE_WORDS.includes(word) ||
    NOT_ROLE_WORDS.has(word) ||
    NOT_ROLE_WORDS.has(`${word}s`) ||
    KEY_WORDS.has(word) ||
    NOT_ENGLISH.has(word)
  )
    return word;
  // Near both forms of one role (mechanis: mechanics, mechanic): the plural if it ends in s.
  const found = new Set(roleKeyWords.filter((role) => oneEdit(word, role) || oneEdit(word, singular(role))));
  const [role] = found;
  if (role === undefined || found.size > 1) return word;
  return word.endsWith('s') ? role : singular(role);
}

/**
 * The domain's English key words misspelt by one edit, a letter dropped, added, changed or two swapped (staf, revenu,
 * laon, wokring, employess, equipement: `lexicon/en/near-words.ts`), read as the key word; never an English word one
 * edit from one (lean, load, stack, sale: generated once by scripts/homophones/gen-near-words.mjs), nor a word of four
 * letters or fewer but by a swap or a letter doubled, nor a misspelling as near two key words that are not forms of one.
 */
const KEY_WORDS = new Set(KEY_WORDS_EN);
const NEAR_WORDS = new Set(NEAR_WORDS_EN);
/** Each key word and each of its spellings with one letter dropped, with the key words they come from. */
const KEY_DELETES = new Map<string, string[]>();
for (const key of KEY_WORDS_EN)
  for (let i = -1; i < key.length; i++) {
    const d = i < 0 ? key : key.slice(0, i) + key.slice(i + 1);
    const keys = KEY_DELETES.get(d) ?? [];
    if (!keys.includes(key)) keys.push(key);
    KEY_DELETES.set(d, keys);
  }
const LATIN_WORD = /(?<![a-z\d'-])[a-z]{4,}(?![a-z\d'-])/g;

function keyWordMisspelt(word: string): string {
  if (word.length > 16 || KEY_WORDS.has(word) || NEAR_WORDS.has(word) || NOT_ENGLISH.has(word)) return word;
  const found = new Set<string>();
  for (let i = -1; i < word.length; i++) {
    const d = i < 0 ? word : word.slice(0, i) + word.slice(i + 1);
    for (const key of KEY_DELETES.get(d) ?? []) if (oneEdit(word, key)) found.add(key);
  }
  const key = oneKeyWord([...found]);
  if (key === undefined) return word;
  return key.length > 4 || (key.length === word.length && swapped(word, key)) || doubled(word, key) ? key : word;
}

/**
 * The key word meant among those one edit away: the only one, or of forms of one word (restaurant and restaurants for
 * restaurantd, renovation and renovating for renovatin: all but their last three letters the same), the first listed.
 */
function oneKeyWord(found: string[]): string | undefined {
  const [first] = found;
  if (first === undefined || found.length === 1) return first;
  const stem = (w: string): string => w.slice(0, Math.max(3, Math.min(...found.map((f) => f.length)) - 3));
  if (!found.every((f) => stem(f) === stem(first))) return undefined;
  return KEY_WORDS_EN.find((k) => found.includes(k));
}

/** Whether two different words are one edit apart: a letter dropped, added or changed, or two neighbours swapped. */
function oneEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    let diffs = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs++;
    return diffs === 1 || (diffs === 2 && swapped(a, b));
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Whether a word is a key word with one of its letters typed twice (loann, looan). */
function doubled(word: string, key: string): boolean {
  if (word.length !== key.length + 1) return false;
  let i = 0;
  while (i < key.length && word[i] === key[i]) i++;
  return i > 0 && word[i] === word[i - 1] && word.slice(i + 1) === key.slice(i);
}

/** Whether two words of one length differ by two neighbouring letters swapped (laon, loan). */
function swapped(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Latin letter runs that are not evidence of English: brands, platform names, currency codes and
 * units that Chinese speakers type just as often ("JD", "500k", "RMB", "POS").
 */
const NOT_ENGLISH = new Set([
  'jd',
  'qq',
  'wechat',
  'weixin',
  'alipay',
  'taobao',
  'tmall',
  'pdd',
  'pinduoduo',
  'douyin',
  'tiktok',
  'kuaishou',
  'shopee',
  'lazada',
  'huawei',
  'xiaomi',
  'oppo',
  'vivo',
  'iphone',
  'app',
  'rmb',
  'cny',
  'usd',
  'vnd',
  'thb',
  'lak',
  'mmk',
  'hkd',
  'eur',
  'yuan',
  'k',
  'w',
  'm',
  'mn',
  'bn',
  'km',
  'kg',
  'cm',
  'mm',
  'mb',
  'gb',
  'am',
  'pm',
  'pos',
  'qr',
  'p2p',
  'it',
  'vip',
  'id',
  'wifi',
  'ai',
  'ip',
  'tb',
]);

const LATIN_RUN = /\p{Script=Latin}+/gu;

/** The message's language from its script, or null when nothing tells (digits, emoji, brands). */
export function detectLanguage(text: string): Locale | null {
  return scriptLanguage(text.normalize('NFKC'));
}

/** detectLanguage on a message already normalize()d (the NLU's own reading: NFKC once is enough). */
export function scriptLanguage(s: string): Locale | null {
  if (HAN_TEST.test(s)) return 'zh-CN';
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(s); m !== null; m = LATIN_RUN.exec(s)) {
    const word = m[0].toLowerCase();
    if (word.length >= 2 && !NOT_ENGLISH.has(word)) return 'en';
  }
  return null;
}

const HAN_CHAR = /\p{Script=Han}/gu;

/**
 * Real English words that say nothing about the language a conversation should switch to: quick
 * replies any bilingual user types in either language.
 */
const NEUTRAL_WORDS = new Set(['ok', 'okay', 'yes', 'yeah', 'yep', 'no', 'nope', 'hi', 'hello', 'hey', 'thanks', 'thx', 'bye', 'sure']);

/**
 * How much of a message is in each language, in words: English words that are neither brands,
 * units nor quick replies, and Chinese words counted as two Han characters each (a Chinese word is
 * about two characters), so that the two can be compared. Used by writtenLanguage and by the
 * conversation's language rule (language-share.ts).
 */
export function languageWords(text: string): { zh: number; en: number } {
  return languageWordsNormalized(normalize(text));
}

/** languageWords on a message already normalize()d (the NLU's own reading: code-switch.ts). */
export function languageWordsNormalized(s: string): { zh: number; en: number } {
  let han = 0;
  HAN_CHAR.lastIndex = 0;
  while (HAN_CHAR.exec(s) !== null) han += 1;
  let english = 0;
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(s); m !== null; m = LATIN_RUN.exec(s)) {
    const word = m[0];
    if (word.length >= 2 && !NOT_ENGLISH.has(word) && !NEUTRAL_WORDS.has(word)) english += 1;
  }
  return { zh: han / 2, en: english };
}

/**
 * The language a message is plainly written in, for switching the conversation to it: a Chinese
 * phrase (two Han characters or more, their words -- two characters each -- at least as many as
 * the English words) or several English words
 * (two or more that are neither brands, units nor quick replies). Null when the message does not
 * say: a number, "ok", a brand name, a Chinese platform name inside an English sentence.
 * Stricter than detectLanguage, which also answers for "ok" or a lone "好".
 */
export function writtenLanguage(text: string): Locale | null {
  return languageOfWords(languageWords(text));
}

/** writtenLanguage on the counts languageWords gave. */
export function languageOfWords({ zh: chineseWords, en: english }: { zh: number; en: number }): Locale | null {
  if (chineseWords >= 1 && chineseWords >= english) return 'zh-CN';
  if (english >= 2 && english > chineseWords) return 'en';
  return null;
}
