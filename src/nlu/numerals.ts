// One numeral as people type it, to a number: Arabic with thousands separators, Chinese numerals
// (nzh, plus the colloquial forms it gets wrong), English number words. Positions and units are
// numbers.ts's business; this file only turns a numeral's own characters into a value.

import Nzh from 'nzh';

/** Anything larger is not a quantity a small business states; it is a phone number or a typo. */
export const MAX_VALUE = 1e15;

const MAGNITUDE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
// The banker's numerals of contracts and receipts ("伍拾万元", "壹佰万"), as the everyday ones.
const FINANCIAL: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};
/** The banker's numeral characters, for the scanner. */
export const FINANCIAL_CHARS = Object.keys(FINANCIAL).join('');
const FINANCIAL_RE = new RegExp(`[${FINANCIAL_CHARS}]`, 'g');

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The factor of a run of magnitude characters: 千万 = 1e7, 万 = 1e4, "" = 1. */
export function magnitudeOf(chars: string): number {
  let factor = 1;
  for (const ch of chars) factor *= MAGNITUDE[ch] ?? 1;
  return factor;
}

const DIGIT_CHAR: readonly string[] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function valid(n: number): number | undefined {
  return Number.isFinite(n) && n >= 0 && n <= MAX_VALUE ? n : undefined;
}

/**
 * A range of two Chinese digits (十五六: 15.5, 七八: 7.5) said as a count is the whole count, as 七八个 is (round 33, corpus convention
 * 166): above two, with a half from the range, not a decimal said with 点 nor written in digits, nor 一两 (1.5: a year or two as a term).
 */
export function isChineseDigitRange(value: number, written: string): boolean {
  return value > 2 && !Number.isInteger(value) && !/[\d.点]/.test(written);
}

/** "800,000", "1.5", "12" -> number. */
export function parseArabic(s: string): number | undefined {
  if (!/^(?:\d+(?:,\d{3})*)?(?:\.\d+)?$/.test(s) || s === '' || s === '.') return undefined;
  return valid(Number(s.replace(/,/g, '')));
}

const CN_CHARS = /^[零一二三四五六七八九十百千万亿]+$/;
// "两三百万", "三五个": two ascending digits are a range, not the digit string "23".
const CN_RANGE = /^([一二三四五六七八九])([一二三四五六七八九])([十百千万亿]*)$/;
// "十五六", "三十五六万", "一百五六十万": a range in the last digits after a round part.
const CN_RANGE_AFTER = /^(.*[十百千万亿])([一二三四五六七八九])([一二三四五六七八九])([十百千万亿]*)$/;
const CN_DECIMAL = /^([^点]*)点([零一二三四五六七八九]+)([十百千万亿]*)$/;
// "一万二" means 12,000 and "三千五" 3,500: a lone digit after a unit counts in the next unit
// down. nzh reads them as 10,002 and 3,005, so the unit is written out before decoding.
const CN_COLLOQUIAL_TAIL = /^(.*[一二三四五六七八九十])([百千万亿])([一二三四五六七八九])$/;
const NEXT_UNIT_DOWN: Readonly<Record<string, string>> = { 百: '十', 千: '百', 万: '千', 亿: '千万' };

function decodeWithNzh(s: string): number | undefined {
  if (s === '') return 0;
  try {
    // nzh's typings say string; it returns a number. Number() accepts both.
    return valid(Number(Nzh.cn.decodeS(s)));
  } catch {
    return undefined;
  }
}

/**
 * A Chinese numeral: "五十万", "两百万", "一点五亿", "十几" (= 15: 几 is read as 5, the middle of
 * its range, documented approximation; `few` says otherwise, as for 大几十万), "一万二" (= 12,000),
 * "两三百" (= 250, a range's middle), "伍拾万" (banker's numerals). 多/余/来 ("三十多") are
 * dropped: the lower bound is what was said. Undefined when not a numeral.
 */
export function parseChineseNumeral(raw: string, few = 5): number | undefined {
  let s = raw
    .replace(FINANCIAL_RE, (ch) => FINANCIAL[ch] ?? ch)
    .replace(/两/g, '二')
    .replace(/〇/g, '零')
    .replace(/[多余来]/g, '')
    // 五十好几 is 五十几.
    .replace(/好(?=几)/g, '');
  if (s.includes('几')) {
    if (s.replace(/几/g, '') === '') return undefined; // 几 alone is "a few", not a number
    s = s.replace(/几/g, DIGIT_CHAR[few] ?? '五');
  }
  if (s === '' || /^[百千万亿]/.test(s)) return undefined;

  const decimal = CN_DECIMAL.exec(s);
  if (decimal) {
    const [, whole = '', fraction = '', units = ''] = decimal;
    if (whole !== '' && !CN_CHARS.test(whole)) return undefined;
    const integer = decodeWithNzh(whole);
    if (integer === undefined) return undefined;
    let frac = '';
    for (const ch of fraction) frac += String(DIGIT[ch] ?? 0);
    return valid((integer + Number(`0.${frac}`)) * magnitudeOf(units));
  }
  if (!CN_CHARS.test(s)) return undefined;

  const range = CN_RANGE.exec(s);
  if (range) {
    const low = DIGIT[range[1] ?? ''] ?? 0;
    const high = DIGIT[range[2] ?? ''] ?? 0;
    if (low < high) return valid(((low + high) / 2) * magnitudeOf(range[3] ?? ''));
  }
  const after = CN_RANGE_AFTER.exec(s);
  if (after) {
    const [, head = '', a = '', b = ''] = after;
    // "一千五六" is 1,500-1,600, as "一千五" is 1,500: after 百/千/万/亿 with no unit of their own,
    // the two digits count in the next unit down (after 十 they are ones: "十五六").
    const unit = after[4] || (NEXT_UNIT_DOWN[head.at(-1) ?? ''] ?? '');
    if ((DIGIT[a] ?? 0) < (DIGIT[b] ?? 0)) {
      const low = decodeWithNzh(`${head}${a}${unit}`);
      const high = decodeWithNzh(`${head}${b}${unit}`);
      if (low !== undefined && high !== undefined) return valid((low + high) / 2);
    }
  }

  const tail = CN_COLLOQUIAL_TAIL.exec(s);
  if (tail) s = `${s}${NEXT_UNIT_DOWN[tail[2] ?? ''] ?? ''}`;
  return decodeWithNzh(s);
}

// "3千5百万", "1亿2千万": Arabic digits, each with a Chinese unit, the last unit applying to all.
const MIXED_NUMERAL = /^(?:\d{1,4}[十百千万亿]+){2,}$/;
const MIXED_GROUP = /(\d{1,4})([十百千万亿]+)/g;

/**
 * A numeral of Arabic digits and Chinese units: "3千5百万" = 35,000,000 (not 3,500 and a stray
 * 万), "1千2百万" = 12,000,000, "2亿3千万" = 230,000,000, "1万5千" = 15,000. Each group of digits
 * is written out in Chinese and the whole read as a Chinese numeral. Undefined for anything else.
 */
export function parseMixedNumeral(raw: string): number | undefined {
  if (!MIXED_NUMERAL.test(raw)) return undefined;
  const chinese = raw.replace(MIXED_GROUP, (_all, digits: string, units: string) => {
    const n = Number(digits);
    return n === 0 ? '' : `${String(Nzh.cn.encodeS(n))}${units}`;
  });
  return chinese === '' ? undefined : parseChineseNumeral(chinese);
}

const EN_ONES: Readonly<Record<string, number>> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
  couple: 2,
};
const EN_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const ONES_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORDS = 'zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const BELOW_HUNDRED = `(?:${TENS_WORDS})(?:[- ](?:${ONES_WORDS}))?|${TEEN_WORDS}|${ONES_WORDS}`;
// "two hundred", "a hundred and fifty", "one hundred twenty-five".
const HUNDREDS = `(?:${ONES_WORDS}|an?|a couple(?: of)?) hundred(?:(?: and)? (?:${BELOW_HUNDRED}))?`;
// "a quarter million", "quarter of a million": only before a large unit ("a quarter" alone is 3 months).
const QUARTER = String.raw`(?:a |one )?quarter(?: of an?)?(?= (?:million|mil|mn|billion|bn)\b)|(?:a |one )?quarter of an?(?= (?:year|yr)\b)`;
/**
 * English number words as a regex source, for the scanner. "a"/"an" only count before a unit
 * ("a year", "a million"), or every article in a sentence would be a number.
 */
/**
 * A decimal said in words before a large unit or a percent, as speech-to-text writes it ("two point five million", "one
 * point two million", "three point eight five percent"): the whole part, "point", then each digit said (round 23).
 */
const DIGIT_WORDS = `zero|${ONES_WORDS}`;
const SPOKEN_DECIMAL = `(?:${BELOW_HUNDRED}|zero) point (?:${DIGIT_WORDS})(?: (?:${DIGIT_WORDS}))?(?= ?(?:万|亿)| (?:million|mil|mn|billion|bn|thousand|grand|k|percent)\\b)`;
export const EN_NUMBER_SOURCE =
  `(?:${SPOKEN_DECIMAL}|${HUNDREDS}|${QUARTER}|(?:${TENS_WORDS})(?:[- ](?:${ONES_WORDS}))?|${TEEN_WORDS}|(?:${ONES_WORDS}|a couple(?: of)?) dozen|${ONES_WORDS}|a dozen|a couple(?: of)?` +
  `|half an?|half(?= (?:year|yr|month)\\b)|an?(?= (?:year|month|quarter|week|day|million|mil|mn|billion|bn|thousand|half)\\b))(?: and a half)?`;

/** "twenty-five", "two hundred and fifty", "one and a half", "half a", "a" -> number. */
export function parseEnglishNumber(raw: string): number | undefined {
  let s = raw.trim();
  const point = /^(.+) point ((?:\w+)(?: \w+)?)$/.exec(s);
  if (point !== null) {
    const whole = point[1] === 'zero' ? 0 : parseEnglishNumber(point[1] ?? '');
    const digits = (point[2] ?? '').split(' ').map((w) => EN_ONES[w]);
    if (whole === undefined || digits.some((d) => d === undefined || d > 9)) return undefined;
    return whole + Number(`0.${digits.join('')}`);
  }
  let extra = 0;
  if (s.endsWith(' and a half')) {
    extra = 0.5;
    s = s.slice(0, -' and a half'.length);
  }
  if (/^half(?: an?)?$/.test(s)) return 0.5 + extra;
  if (/^(?:(?:a|one) )?quarter(?: of an?)?$/.test(s)) return 0.25;
  const hundreds = /^(\w+|a couple(?: of)?) hundred(?:(?: and)? (.+))?$/.exec(s);
  if (hundreds) {
    const word = hundreds[1] ?? '';
    const head = word === 'a' || word === 'an' ? 1 : word.startsWith('a couple') ? 2 : EN_ONES[word];
    const rest = hundreds[2] === undefined ? 0 : parseEnglishNumber(hundreds[2]);
    if (head === undefined || head < 1 || head > 9 || rest === undefined || rest >= 100) return undefined;
    return head * 100 + rest + extra;
  }
  s = s.replace(/^a (dozen|couple)(?: of)?$/, '$1');
  // "a couple dozen": two twelves (round 21).
  s = s.replace(/^a couple(?: of)? dozen$/, 'two dozen');
  // "two dozen": so many twelves.
  const dozens = /^(\w+) dozen$/.exec(s);
  if (dozens !== null) {
    const head = EN_ONES[dozens[1] ?? ''];
    return head === undefined || head < 1 || head > 9 ? undefined : head * 12 + extra;
  }
  const parts = s.split(/[- ]/);
  const [first = '', second] = parts;
  if (parts.length > 2) return undefined;
  const tens = EN_TENS[first];
  if (tens !== undefined) {
    if (second === undefined) return tens + extra;
    const ones = EN_ONES[second];
    return ones !== undefined && ones >= 1 && ones <= 9 ? tens + ones + extra : undefined;
  }
  const ones = second === undefined ? EN_ONES[first] : undefined;
  return ones === undefined ? undefined : ones + extra;
}

/** Months by the first three letters of their English names, in order. */
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A month's number from how it is written: "4", "十二", "apr", "April"; undefined when it is none (0, 13, "maybe"). Read by a span
 * of months (figures.ts) and by a term said by a date (run.ts, termUntil).
 */
export function monthNumber(written: string): number | undefined {
  const word = written.trim().toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : /^[a-z]/.test(word) ? MONTHS_EN.indexOf(word.slice(0, 3)) + 1 : parseChineseNumeral(word);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined;
}
