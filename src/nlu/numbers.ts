// The quantity scanner: finds every number in a normalized message with what it counts — money
// (with its ISO 4217 currency), people, a duration in months — or nothing (a bare number), and
// where it stands, so understand.ts can read the words around it. Numbers come as people type
// them: "50万", "3千5百万", "2.5个w", "1个亿", "百来万", "个把亿", "1.5k", "half a million",
// "RMB 300k", and a sum glued to a term ("借五十万一年") is two quantities.

import {
  EN_NUMBER_SOURCE,
  FINANCIAL_CHARS,
  MAX_VALUE,
  magnitudeOf,
  parseArabic,
  parseChineseNumeral,
  parseEnglishNumber,
  parseMixedNumeral,
  isChineseDigitRange,
} from './numerals';
import {
  CORRECTED_STAFF_BARE,
  CORRECTED_STAFF_BEFORE,
  HANDS_CALLED_IN,
  SEASON_AFTER_COUNT,
  BOTH_SEASONS,
  SEASON_RIGHT_BEFORE,
  SEASONAL_HIRE_BEFORE,
  SEASONAL_STAFF_BEFORE,
  STAFF_NOW_BEFORE,
  STAFF_WORD_IN_SENTENCE,
  TO_HIRE,
} from './lexicon/index';
import { typedAsWell } from './lexicon/compile';

interface Span {
  /** Index of the first character in the normalized text. */
  start: number;
  /** Index after the last character (unit included). */
  end: number;
}
export interface MoneyQuantity extends Span {
  kind: 'money';
  value: number;
  /** ISO 4217; "CNY" when the message names no currency. */
  currency: string;
}
export interface PeopleQuantity extends Span {
  kind: 'people';
  value: number;
}
export interface DurationQuantity extends Span {
  kind: 'duration';
  /** The duration in months (a year is 12, a week 12/52, a day 1/30), rounded to 2 decimals. */
  value: number;
}
export interface NumberQuantity extends Span {
  kind: 'number';
  value: number;
}
export type Quantity = MoneyQuantity | PeopleQuantity | DurationQuantity | NumberQuantity;

// Everything below runs on normalize()d text: lowercase, NFKC (so "，" is already ","), Simplified.

// A round number said with its unit alone, roughly, where no numeral stands before it. Never 千万
// alone (千万别 is "by no means"); 万一 and 万元 are no numerals either.
const LEAD_SOURCE =
  // 个把月, 个把年 (a month, a year or so) also right after a sum: 借三十万个把月就还, 贷一百万 个把年.
  String.raw`(?:(?<![\d零〇一二两三四五六七八九十百千万亿几])|(?=个把[月年]))(?<lead>` +
  [
    String.raw`个把(?=[万亿月年]|[百千]万)`, // 个把亿 (about 1e8), 个把月, 个把年; 个把千万, 个把百万 (round 63)
    String.raw`[百千万](?:来|把|多|余)(?=\s*(?:[万亿元块人个]|w(?![a-z])))`, // 百来万, 千把块, 万把块
    String.raw`百(?=[万亿])`, // 借个百万
    String.raw`(?<=[过破上近超])(?:千万|亿|万|[百千](?=[人个块元]))(?![一二两三四五六七八九])`, // 过亿, 破千万, 上千人
  ].join('|') +
  ')';

const TOKEN = new RegExp(
  [
    LEAD_SOURCE,
    // A sum said by its count of digits ("six figures", "low six figures", "high 5 figures"): 几十万 in English, the middle
    // of its range (500k) as 几十万 is 50万, the low and the high ends as 小几十万 and 大几十万 (200k, 800k) (round 21).
    String.raw`(?<figures>\b(?:(?<figSize>low|mid|high)[- ]?)?(?<figDigits>five|six|seven|eight|[5-8])[- ]figures?\b)`,
    // Thousands separators only in groups of exactly three, so "30,40" stays two numbers; a comma
    // after the last group ends the clause ("800,000，需要..." is normalized to "800,000,需要").
    String.raw`(?<ar>\d+(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?)`,
    // A day of the week (周五, 星期六, 礼拜天: not 一周五天, a week of five days) is no number.
    String.raw`(?<dayName>(?<=(?<![一每这上下两几半]个?)(?:周|星期|礼拜))[一二三四五六日天](?![十百千万亿零〇点]))`,
    // A fraction of a year or a month (四分之三年, 二分之一年): read as 半年 is.
    String.raw`(?<frac>(?<fd>[二两三四五六七八九十])分之(?<fn>[一二三四五六七八九]))(?=个?(?:年|月))`,
    // 好几 after a ten, a hundred or a thousand (五十好几万, 三百好几): 几 (五十几万).
    String.raw`(?<cn>(?:[零〇一二两三四五六七八九十百千万亿几${FINANCIAL_CHARS}]|(?<=[十百千])好(?=几))+(?:点[零〇一二两三四五六七八九]+)?)`,
    // "半年", "大半年" (most of a year, about 9 months).
    // Not a half of the calendar (上半年, 下半年: a time, no length).
    String.raw`(?<half>(?<![上下])大?半)(?=个?(?:年|月|季度))`,
    // "年半" alone is a year and a half (借五十万 年半还完), not after a numeral or a word of the calendar.
    String.raw`(?<yearHalf>年(?<![\d零〇一二两三四五六七八九十百千几今去明前后上下每当半近本同]年)半(?![载年]))`,
    // "年把" (a year or so: 借个年把时间, 年把就还), as 个把月 is a month or so; not 一年把钱还了, 今年把…
    String.raw`(?<yearOrSo>年(?<![\d零〇一二两三四五六七八九十百千几今去明前后上下每当半近本同整全]年)把(?=时间|光景|就|左右|的|[还吧嘛哦呢啊]|\s|$|[,.!?]))`,
    String.raw`\b(?<en>${EN_NUMBER_SOURCE})\b`,
  ].join('|'),
  'g',
);

// After an Arabic numeral: Chinese units ("50万", "1.5亿", "100多万"), with the colloquial rest
// ("1万5" = 15,000, "1万5千", "1万2000"), or English/Internet multipliers ("500k", "2m",
// "2 million", "50w" = 50万). The rest must not be followed by a unit of its own ("50万2年").
// "1个亿", "2.5个亿", "一百多个亿": 个 may stand between a number and 亿; "80 万": one space before 万 or 亿.
const AR_MAGNITUDE =
  /(?:\s*[多余来]|多?个多?(?=亿)|\s(?=[万亿]))?(?<mag>[十百千万亿]+)(?:(?<subn>\d{1,4})(?<subm>[千百十]?)(?![\d.年月个天周星季人名位岁号日次%元块]))?/y;
// "w" is 万 as typed on a phone ("50w", "2.5个w", "两个w"; spaced as mixed replies type it, "50 个 w": round 31, "30 w": round 40); "kw" 千万 ("年营业额2kw"), attached, not a
// machine's power (5kw的发电机, 3kwh).
// 万 spelt in pinyin ("80 wan", "50wan") and million as typed in a hurry ("1.5 milion", "3 millon", "2 mill").
const EN_MULTIPLIER =
  /(?<mul>kw(?!h|\s*的?[\u4e00-\u9fff]{0,3}[机电泵炉器灯板])|\s*(?:k|mn|mil|mill|milion|millon|milions|millons|millio|millions?|bn|billions?|thousands?|grand|m|wan)|(?:[多余来]|\s?多?个\s?多?|\s)?w)(?![a-z])/y;
const CN_APPROX_MAGNITUDE = /(?:[多余来]|多?个多?(?=亿))(?<mag>[十百千万亿]+)/y;
// After a Chinese numeral, "w" only with 个 ("两个w"); after 百来/千把, also alone ("百来w").
const CN_W = /[多来]?个多?w(?![a-z])/y;
// ...and alone after a numeral with a unit below 万 ("五十w", "一百多w", "二十来w"), as phones type it.
// ...spaced too, as mixed messages type it ("两百 w"; round 40).
const CN_UNIT_W = /(?:[多来]|\s)?w(?![a-z])/y;
// Southwest money talk: after a verb of borrowing or lacking, 个 with nothing after it is 万
// ("差五十个左右", "借两百个", "想借30个", "借三十个才够"); "要二十个人", "借两个杯子" keep their nouns.
// ...or with what the money is for after it, a verb or a space: "借两百个收货", "差二十个 发工资".
const GE_AS_WAN =
  /\s*(?:多|来)?个(?=\s*(?:左右|上下|的样子|差不多|吧|就够|就行|才够|才行|够了|[,.!?;，。！？；]|$)|\s|(?:收|进|买|周转|备|压|发|付|还|换|盖|建|搞|整|用来?))/y;
const MONEY_VERB_BEFORE = /(?:借|贷|差|缺|融资|筹|周转)(?:个|了|点|上|到)?\s*$/;
const LEAD_W = /(?:多?个多?)?w(?![a-z])/y;
// "3千5百万": Arabic digits with two or more Chinese units (parseMixedNumeral).
const MIXED_AT = /(?:\d{1,4}[十百千万亿]+){2,}/y;
/** "12ish", "20-ish" (but "30ish staff" keeps its staff word for PEOPLE_AFTER). */
const ISH_AFTER = /-?ish(?![a-z])/y;
/** 几 right after two Arabic digits of tens ("20几个"): not the start of a numeral of its own; a space may stand
 * between, as typed in mixed messages ("30 几个"; round 23). */
const SOME_AFTER_TENS = / ?几/y;

// A numeral ending in a lone digit after a unit ("五十万一") and followed by a unit of its own
// ("五十万一年", "十万三个月"): the digit opens the next quantity, it is not 501,000. Not a rate or payment word after a space (四万五 月息2分,
// 九万二 年化8%: 45,000 and 92,000; round 49), which opens a figure of its own, as the durations' own unit words read (line 262).
const OWN_UNIT_AFTER = /\s*(?:个|年(?![息化华]|利率)|月(?![息供]|利率)|周|星期|季度|天|人|名|位|号|期|岁|家|次)/y;
const COLLOQUIAL_TAIL = /[万亿]([一二两三四五六七八九]{1,2})$/;
// ...nor a 一 that opens a word of its own ("十二万一直拖着", "五万一起还", "二十万一般够了"): not 121,000.
const WORD_OF_ONE_AFTER = /(?:直|定|般|样|起|下|些|点|共|边|旦|向|律|切|同|再|口气)/y;
// A unit right after a rough word of LEAD_SOURCE ("百来万").
const LEAD_MAGNITUDE = /\s*(?<mag>[百千]?万|亿)/y;
const MULTIPLIER_VALUE: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  thousands: 1e3,
  grand: 1e3,
  w: 1e4,
  // 千万 as phones type it: "2kw" (k for 千, w for 万).
  kw: 1e7,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  millions: 1e6,
  mill: 1e6,
  milion: 1e6,
  millon: 1e6,
  milions: 1e6,
  millons: 1e6,
  millio: 1e6,
  wan: 1e4,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
};

/** Things counted in 块 (a plot, a brick, a cake of tofu, a watch): "三千多块豆腐" is no sum of yuan. */
const THINGS_IN_KUAI = '地田土板砖豆饼肉糕玉石布表屏牌瓦';
/** "一块五", "两块八": yuan and tenths (角) spoken without the 毛. */
/** Only small prices are spoken so ("一万块五年" is ten thousand, then five years). */
const JIAO_BELOW = 100;
const JIAO_DIGITS = '零一二三四五六七八九';
const JIAO_AFTER = /(?<=块)[一二三四五六七八九](?![十百千万亿\d个块斤袋包箱年月天日周期次号])/y;
const CURRENCY_AFTER = new RegExp(
  String.raw`\s*(?:多|余|来|左右)?\s*(?<c>元|块钱|块(?![${THINGS_IN_KUAI}])|人民币|美元|美金|越南盾|越南币|越币|泰铢|泰币|缅币|缅元|缅甸币|老挝基普|老挝币|基普|欧元|港币|港元|日元|` +
    String.raw`rmb|cny|renminbi|yuan|usd|us dollars?|hk dollars?|hong kong dollars?|hkd|dollars?|bucks|vnd|dong|kip|lak|kyat|mmk|baht|thb|euros?|eur)(?![a-z])`,
  'y',
);
/** After a Chinese currency word spaced from a sum: what the currency did (缅币最近跌得凶, 泰铢也涨了), the word a phrase's subject. */
const CURRENCY_AS_SUBJECT = /^(?:最近|这段时间|这两年|今年|也|都|又|还|一直|老是|跌|涨|贬|升|汇率|不值钱|换)/;
const CURRENCY_BEFORE =
  /(?<c>¥|hk\$|us\$|\$|€|£|₫|฿|₭|rmb|cny|usd|hkd|eur|vnd|thb|lak|mmk|人民币|美元|美金|港币|港元|越南盾|越南币|越币|泰铢|泰币|缅币|缅元|缅甸币|老挝基普|老挝币|基普|欧元|日元)\s*$/;

const CURRENCY_CODE: Readonly<Record<string, string>> = {
  元: 'CNY',
  块钱: 'CNY',
  块: 'CNY',
  人民币: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  renminbi: 'CNY',
  yuan: 'CNY',
  '¥': 'CNY',
  美元: 'USD',
  美金: 'USD',
  usd: 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  $: 'USD',
  us$: 'USD',
  港币: 'HKD',
  港元: 'HKD',
  hkd: 'HKD',
  'hk dollar': 'HKD',
  'hk dollars': 'HKD',
  'hong kong dollar': 'HKD',
  'hong kong dollars': 'HKD',
  hk$: 'HKD',
  越南盾: 'VND',
  越南币: 'VND',
  越币: 'VND',
  vnd: 'VND',
  dong: 'VND',
  '₫': 'VND',
  泰铢: 'THB',
  泰币: 'THB',
  baht: 'THB',
  thb: 'THB',
  '฿': 'THB',
  缅币: 'MMK',
  缅元: 'MMK',
  缅甸币: 'MMK',
  kyat: 'MMK',
  mmk: 'MMK',
  老挝基普: 'LAK',
  老挝币: 'LAK',
  基普: 'LAK',
  kip: 'LAK',
  lak: 'LAK',
  '₭': 'LAK',
  欧元: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  '€': 'EUR',
  日元: 'JPY',
  '£': 'GBP',
};

// "人" but not 人民币/人次/人均/人口/人工智能: those are money, visits, averages, population, AI.
// "4口人", "两口子" (a couple) are people.
// The staff words read as owners type them (`typedAsWell`: 员功 for 员工, 师父 for 师傅, employes), as every list is.
const PEOPLE_AFTER = typedAsWell(
  new RegExp(
    String.raw`\s*(?:多|余|来)?\s*(?:号人|口人|口子|[名位](?!数)(?:员工|工人|职工|雇员|伙计|店员|服务员|人)?|个\s*(?:staffs?|workers?|em?ployee?s?)\b|个?(?:员工|工人|职工|雇员|伙计|店员|服务员|司机|厨师|工程师|程序员|技术员|导游|保洁|保安|老师|教师|医生|护士|教练|技师|理发师|人)(?!民币|次|均|口|工(?!作|资)|民|家))` +
      // "a 3-person studio", "a 5-man crew", "a six-member team": the team's size; not a co-op's members by their homes or
      // farms ("150 member households", "80 member families"; round 32, corpus conventions 105 and 113): no staff.
      String.raw`|\s*-?\s*(?:person|persons|man|men|member(?!\s+(?:famil|household|farm|grower|village|home))|strong)(?![a-z])` +
      // "20-odd staff", "30ish staff", "3 full-timers", "one hired cook".
      String.raw`|(?:\s*-?\s*(?:odd|ish)|\+|\s+or so)?\s*(?:full[- ]time |part[- ]time |permanent |regular |hired |paid )?(?:full[- ]?timers?|part[- ]?timers?|em?ployee?s?|staffs?(?:ers| members)?|people|ppl|persons?|workers?|members of staff|heads|guys|labou?rers|crew|drivers?|cooks?|chefs?|waiters?|waitress(?:es)?|cleaners?|technicians?|engineers?|developers?|devs?|programmers?|guides|salespeople|teachers?|doctors?|nurses?|stylists?|mechanics?|trainers?|helpers?|assistants?)(?![a-z'’])`,
    'y',
  ),
);

// 周转 is not "weeks", 天猫 is not "days" nor 天天 (every day: 一天 1500 天天都开), 年代/年级 are not years nor 年化/年利率 after a sum (每期还3300 年化是多少; round 46; 年华 typed for it: round 58), 月份/月底 are calendar months; 月息, 年息, 月供 open a
// rate or a payment, no length of time (先扣八千 月息一分二: no 8,000 months).
// A 年 typed a space after the number that opens a year's figure ("员工12 年销售额3000万", phone
// typing) belongs to that figure, not to the number: no "12 years".
const YEAR_OPENS_FIGURE = String.raw`(?<=\s年)(?=(?:销售|营业|营收|收入|流水|产值|利润|出货|交易))`;
const DURATION_AFTER = new RegExp(
  String.raw`\s*(?:多|来)?\s*(?<cu>个半月|个多月|个月|个季度|季度|个星期|星期|周(?![转年岁边末一二三四五六日天])|年(?![代级息化华]|利率)(?!${YEAR_OPENS_FIGURE})|天(?!猫|天)|月(?![份底初中末号日息供]))(?<ch>半(?!载))?` +
    // "2 and a half years", "2 years and a half".
    // ...not a quarter as a share of the goods ("about a quarter goes to laos", "a quarter of it is exported": round 22; three
    // quarters of a year stays 9 months).
    String.raw`|(?<ea>\s+and\s+a\s+half)?\s*-?\s*(?<eu>years?|yrs?|months?|mos?|mths?|quarters?(?!\s+(?:of\s+(?:it|them|this|that|these|those|our|what)|goes|go|went|gets?|is|are)\b)|weeks?|wks?|days?)(?![a-z])(?!\s+round\b)(?<eh>\s+and\s+a\s+half)?`,
  'y',
);
const MONTHS_PER_UNIT: Readonly<Record<string, number>> = {
  个半月: 1,
  个多月: 1,
  个月: 1,
  月: 1,
  个季度: 3,
  季度: 3,
  个星期: 12 / 52,
  星期: 12 / 52,
  周: 12 / 52,
  年: 12,
  天: 1 / 30,
  year: 12,
  years: 12,
  yr: 12,
  yrs: 12,
  month: 1,
  months: 1,
  mo: 1,
  mos: 1,
  mth: 1,
  mths: 1,
  quarter: 3,
  quarters: 3,
  week: 12 / 52,
  weeks: 12 / 52,
  wk: 12 / 52,
  wks: 12 / 52,
  day: 1 / 30,
  days: 1 / 30,
};
// A bare "6月" is June unless a loan word is right before it ("期限6月", "借6月").
const MONTH_TERM_BEFORE = /(?:期限|借|贷|用|还|分)\s*$/;
// "12期", "分十二期", "二十四期": monthly instalments. "一期工程", "三期" (phase one, three) are not, hence the
// conditions: digits, a loan word before, or a count of months in whole half-years (六期, 三十六期).
const INSTALMENTS_AFTER = /\s*期(?![间限货末中初工项])/y;
// A team's name before its size in words: "a team of seven", "crew of five", "a group of twelve".
const TEAM_OF_BEFORE = /\b(?:team|crew|group) of\s*$/;
// "员工5个": 个 counts people when a staff word comes just before, or before a denied count
// ("员工不是5个，是8个", "不是八个员工 是十二个").
// "员工三十来个", "员工20多个": an approximate count too. "staff 5个", "workers 12个", "drivers 只有3个": an English staff
// word before it, as traders mix them.
// Not 个把月 after it ("借三十万 个把月就还": a month or so, the next figure), nor 个把年.
/** How far after a count hands called in are looked for, the words between them (七八个吧 忙的时候还要喊几个小工). */
const HANDS_REACH = 40;
/** A figure or a unit between the count and the hands called in: they are not of the count. */
const FIGURE_BETWEEN = /[\d一二两三四五六七八九十百千万]|\b(?:k|m|years?|months?)\b|[年月天块元]/;
/** A price's period or unit right before the number (一晚一百二, 每斤十五): a price, no count of people. */
const PRICE_PERIOD_BEFORE = /(?:一|每)(?:晚|天|个月|月|年|间|斤|公斤|个|份|碗|桌)\s*$|\b(?:a|per|each)\s+(?:night|day|month|room|kg)\s*$/;
const GE_OPENING = /^\s*(?:多|来|余)?\s*个/;
const GE_AFTER = /\s*(?:多|来|余)?\s*个(?![月季星半多]|把[月年万亿])/y;
/**
 * 个 with nothing named after it: the message's end, a break, or only a word of approximation or a
 * particle ("十五个左右", "二十来个吧", "估计三十个上下", "十个就够了", "15个 maybe"; enough said with 就 apart: 八十个左右就够用了,
 * 一百个就差不多了).
 */
const COUNT_ALONE =
  /\s*(?:多|来|余)?\s*个(?=(?:左右|上下|出头|的样子|样子|差不多|就|够用|够|行|可以|足够|吧|啊|嘛|哦|呢|哈|啦|了|噶|咯|喽)*(?:[\s\p{P}]|$))/uy;
// ...and in Chinese, the two said after the one: 一年两年, 一年或者两年, 一两个月 is read by the numerals.
const OR_TWO = /\s+or\s+(?:two|2)\b|(?:\s*(?:或者?|或是)\s*)?两(?:个月|年)(?![半后前])/y;
/** A verb of making or selling right before a count: goods counted ("一天做两千来个", "卖了三百多个"), no answer. */
const GOODS_VERB_BEFORE = /(?:做|卖|产|出|烤|蒸|煮|炒|包|订|发|运|送|生产|出货)(?:了|个|出)?\s*$/;
/** We, right before a count ("我们三个", "咱们一共五个"). */
const WE_BEFORE = /(?:我们|咱们|俺们)(?:家)?(?:一共|总共|就|只有)?\s*$/;
/**
 * After an English number word: the end, punctuation, or a hedge ("fifteen or so", "twenty maybe", "thirty odd", "forty i'd say"),
 * the owner counted in ("fifteen including me", "twelve incl. myself") or enough said ("thirty should do").
 */
const EN_COUNT_ALONE =
  /(?=\s*(?:$|[\p{P}]|(?:or so|or more|ish|-?\s?odd|maybe|probably|tops|max|give or take|i (?:think|guess|reckon)|i['’]?\s?d say|(?:including|incl\.?|counting) (?:me|myself|the owner)|should do|is enough)\b))/uy;
/** How far back the staff word is read: past a denied count of two or three digits ("员工不是十二个 是"). */
const STAFF_WORD_REACH = 14;
/** ...and back to a staff word before a season's count ("工人 农忙时候五十几个 平时十来个"). */
const SEASON_REACH = 40;
// A few words, then a space, between them: "员工不多 七八个", (in English before the Chinese, now between: "staff 现在 十个", round 26) "人不多 三四个" (人 opening its phrase), "人其实没那么多 就七个".
const STAFF_WORD_BEFORE = typedAsWell(
  /(?:(?:员工|职工|雇员|工人|伙计|店员|人数|人员|司机|厨师|服务员|师傅|工程师|老师|技术员|人手|(?<![\u4e00-\u9fff])人(?=(?:不|很|也|还)?(?:多|少))|(?<![\u4e00-\u9fff])人(?:其实|实际上|也)?(?:没得|没有|没|哪有|哪里有)(?:那么|这么)多|(?:没得|莫得|没有|没|哪有|哪里有|哪儿有)(?:好多|几个|多少|那么多|这么多)人)(?:(?:\S{0,4}\s*|\s+)(?:就|只有|才|就是|也就|顶多|最多)?\s*|不是\s*\S{1,6}\s*[，,]?\s*(?:是|而是))|不是\s*[\d一二两三四五六七八九十几]+\s*个?(?:人|员工|工人|伙计|店员)\s*[，,]?\s*(?:是|而是)|\b(?:staffs?|workers?|employees?|drivers)\s*(?:(?:现在|目前|如今|一共|总共)\s*)?(?:(?:不多|不少|很少)\s*)?(?:有|是|只有|就|才|就只有)?\s*)$/,
);

/** How far back a corrected count reads its staff word. */
const CORRECTED_STAFF_REACH = 40;

// "两千万 员工40人", "500多万 员工8个": a Chinese staff word after a space with a count right after it
// labels that count (the next clause), not the sum before it; in English only after a sum
// ("revenue 20 mil employees 40"), as "10 staff 5mil sales" is the usual order.
/** After a staff word spaced from a count: what the staff did next (员工也走了, 工人都回家了, 员工工资), its own phrase's subject. */
const SUBJECT_OF_NEXT = /^(?:也|都|还|又|工资|走|跑|辞|离)/;
const LABEL_OF_NEXT = /\s*[:：]?\s*(?:有|是|共|一共)?\s*[\d一二两三四五六七八九十几]/y;

// Counted things that are neither money, people nor time: percentages, ages, land, rooms, stores,
// dates, product codes ("5g", "4s店"). Their numbers are not slots. A daily rate after a sum is no
// date ("5万 日息万分之四"); a 分 spaced from the sum before a count of periods splits it ("借 3万 分 12 期"), as 分期 after it does
// (三十来万 分期三年; round 63). People
// counted follow their number with no space unless a measure word stands between (想借五十万 客户还欠我们…: a sum, then
// the next phrase). 只 before a verb is "only", no animals counted (借五万 只给四万六, 借 8万 只 到 7万3: the cash given short).
const MEASURE_AFTER = new RegExp(
  String.raw`(?:多|余|来)?(?:\s*(?:个|位|名)\s*)?(?:游客|客人|顾客|人次|客户|用户|会员|粉丝|学生|订单)|\s*(?:多|余|来)?\s*(?:%|‰|折|倍|成(?![本立都交])|度|°|号|日(?![息利均化])|点钟|(?<!多)点(?![\d零一二三四五六七八九])|分(?!期)(?![\d一二两三四五六七八九十几半]+\s*(?:个?月|年|期|次|批))(?!(?<=\s分)\s+[\d一二两三四五六七八九十几半]+\s*(?:个?月|年|期|次|批))|级|楼|层|岁|届|次|周年|年代|月份|亩|吨|斤|公斤|克|平米|平方|平(?![台安常时])|公里|米(?![线粉饭])|台|辆|家|间|张|套|棵|株|头|只(?![给到有拿剩够是能放转批借贷还卖差]|打(?!算)|\s+[给到有拿剩放转打]\s*[\d一二两三四五六七八九])|羽|匹|窝|尾(?![款数货])|箱|件|款|种|条|期(?!限|间)|批|份|杯|碗|瓶|包|袋|盒|罐|桌|单(?![价位])|趟|个(?!人|员工|工人|把[月年万亿])|块(?=[${THINGS_IN_KUAI}]))`,
  'y',
);
// ...in English: "60 machines", "3 trucks", "20 percent". Not after a sum's letter: "a 60k machine" is its price.
const COUNTED_EN = [
  ...['percent', 'per ?cent', 'times', 'tons?', 'tonnes?', 'acres?', 'hectares?', 'mu', 'rooms?', 'beds?', 'stores?', 'shops?'],
  ...['branches', 'outlets', 'trucks?', 'cars?', 'vehicles?', 'machines?', 'units?', 'pieces?', 'items?', 'products?'],
  ...['customers?', 'clients?', 'users?', 'years? old', "o'clock", 'st', 'nd', 'rd', 'th'],
];
const MEASURE_AFTER_EN = new RegExp(String.raw`\s*(?:${COUNTED_EN.join('|')})(?![a-z])`, 'y');
/** A sum written with its letter: 60k, 2m, 1.5w. */
const LETTER_UNIT = /\d\s*(?:k|m|w)$/;

/** More numbers than this in one message is not a conversation; the rest are not read. */
export const MAX_QUANTITIES = 100;

const ORDINAL_BEFORE = /第\s*$/;
// "百分之五十", "千分之三": a percentage or per mille, written before its number.
const PERCENT_BEFORE = /[百千]分之\s*$/;
// "5g", "4s店", "3d": a digit glued to letters is part of a name.
const LETTER_AFTER = /[a-z]/y;
const RANGE_JOIN = /^\s*(?:-|~|～|到|至|—|–|or|to|或者|或)\s*$/;
// "maybe 80k, maybe 100k", "要么二十万 要么三十万": two sums said as alternatives, each after the same kind of hedge (round 41).
const ALTERNATIVE_JOIN = /^[\s,，]*(?:or\s+)?(?:maybe|may be|要么|可能|也许)\s*$/;
const ALTERNATIVE_BEFORE = /(?:\bmaybe|\bmay be|要么|可能|也许)\s*$/;
// "between 300k and 500k", "介于30万和50万之间": "and" joins a range only after "between".
const AND_JOIN = /^\s*(?:and|和|与)\s*$/;
const BETWEEN_BEFORE = /(?:\bbetween|介于)\s*$/;
// "一年零三个月", "1年3个月", "2 years 3 months": one duration in two parts; not two Chinese phrases
// a space apart ("借六十万 五年 一个月还多少": the term, then the month an instalment is asked for).
const DURATION_PARTS_JOIN = /^\s*(?:零|又|and)?\s*$/;
const SPACED_CHINESE_PARTS = /[\u4e00-\u9fff]\s+$/;
// "三、四十万", "3、40万": two neighbouring digits, the second written with its tens (30万-40万);
// "5、6个人": 5 or 6.
const NEIGHBOUR_JOIN = /^\s*、\s*$/;
const LETTER_BEFORE = /[a-z]$/;
const LEADING_MAGNITUDES = /^[百千万亿]+/;
const _HAS_MAGNITUDE = /[十百千万亿]/;

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The text up to `reach` characters before `start`: where a word before a number is looked for. */
export function preceding(text: string, start: number, reach: number): string {
  return text.slice(Math.max(0, start - reach), start);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A numeral before its unit is read: its value so far and what we know about it. */
interface Token {
  start: number;
  end: number;
  value: number;
  /** The numeral's last unit ("五十万" -> 1e4, "3千" -> 1e3, "12" -> 1): a range's low end is in it. */
  scale: number;
  /** A unit that only money takes here: 万 and up, or an English multiplier ("500k", "2 million"). */
  moneyUnit: boolean;
  /** A unit was attached after digits or words ("3千", "500k"): then it cannot also be a duration. */
  attached: boolean;
  /** months-word: a length said as one word, in months (年半 18, 年把 12). */
  source: 'ar' | 'cn' | 'half' | 'months-word' | 'en' | 'lead';
  /** "800,000": separators suggest a sum of money. */
  grouped: boolean;
  digits: number;
}

function applyEnglishMultiplier(text: string, token: Token): void {
  // "2 and a half million": the half said before the unit.
  const halfFirst = execAt(AND_A_HALF, text, token.end);
  const mulAt = halfFirst === null ? token.end : token.end + halfFirst[0].length;
  const mul = execAt(EN_MULTIPLIER, text, mulAt);
  const word = mul?.groups?.mul?.replace(/[多个余来]/g, '').trim();
  if (mul === null || word === undefined) {
    if (halfFirst === null) chineseUnitAfterWords(text, token);
    return;
  }
  if (word === 'w' && token.source !== 'ar') return;
  const factor = MULTIPLIER_VALUE[word] ?? 1;
  if (halfFirst !== null && factor < 1e3) return;
  token.value = (token.value + (halfFirst === null ? 0 : 0.5)) * factor;
  token.scale = factor;
  token.moneyUnit = true;
  token.attached = true;
  token.end = mulAt + mul[0].length;
  // "1w2", "4w2左右", "3k5": one digit right after w or k is the next place down (12,000, 42,000, 3,500), as 1万2 is.
  const rest = (word === 'w' || word === 'k') && Number.isInteger(token.value) ? execAt(DIGIT_AFTER_UNIT, text, token.end) : null;
  if (rest !== null) {
    token.value += Number(rest[0]) * (factor / 10);
    token.end += 1;
  }
  // "a million and a half": half of the unit more.
  const half = factor >= 1e3 ? execAt(AND_A_HALF, text, token.end) : null;
  if (half !== null) {
    token.value += factor / 2;
    token.end += half[0].length;
  }
  if (token.source === 'en' && factor === 1e3 && half === null) chineseUnitAfterWords(text, token);
}
/**
 * English number words before 万 or 亿, as owners mix them ("fifty 万", "two thousand 万", "一年 大概 thirty 万"): the
 * words are the count of that unit, as 五十万 and 两千万 are (round 26).
 */
function chineseUnitAfterWords(text: string, token: Token): void {
  if (token.source !== 'en' || token.value < 1) return;
  if (/^an?$/.test(text.slice(token.start, token.end))) return;
  const unit = execAt(CN_UNIT_AFTER_WORDS, text, token.end);
  const factor = unit?.groups?.u === '亿' ? 1e8 : 1e4;
  if (unit === null) return;
  token.value *= factor;
  token.scale = factor;
  token.moneyUnit = true;
  token.attached = true;
  token.end += unit[0].length;
}
/** 万 or 亿 right after English number words, a space or 个 between (fifty 万, two thousand 万, twenty 个万): not 万一. */
const CN_UNIT_AFTER_WORDS = /\s?(?:多|来)?(?:个\s?)?(?<u>[万亿])(?!一(?![年月天个]))/y;
const AND_A_HALF = /\s+and\s+a\s+half\b/y;
/**
 * One digit glued after w or k, with no unit of its own after it (1w2, not 5w2年, 3k5个), nor digits after a comma (9w5, 每个月 is
 * 95,000; round 58).
 */
const DIGIT_AFTER_UNIT = /\d(?![\d.年月个天周星季人名位岁号日次%元块a-z]|,\d)/y;

function readArabic(text: string, start: number, end: number, raw: string): Token | undefined {
  const base = parseArabic(raw);
  if (base === undefined) return undefined;
  const token: Token = {
    start,
    end,
    value: base,
    scale: 1,
    moneyUnit: false,
    attached: false,
    source: 'ar',
    grouped: raw.includes(','),
    digits: raw.replace(/\D/g, '').length,
  };
  const mixed = /^\d+$/.test(raw) ? execAt(MIXED_AT, text, start) : null;
  const mixedValue = mixed ? parseMixedNumeral(mixed[0]) : undefined;
  if (mixed && mixedValue !== undefined) {
    token.value = mixedValue;
    token.scale = magnitudeOf(/[十百千万亿]+$/.exec(mixed[0])?.[0] ?? '');
    token.moneyUnit = token.scale >= 1e4;
    token.attached = true;
    token.end = start + mixed[0].length;
    return token;
  }
  // "20几个", "30几万": 几 after a round number of tens is its middle, as 二十几 is 25.
  const some = base >= 10 && base < 100 && base % 10 === 0 && /^\d+$/.test(raw) ? execAt(SOME_AFTER_TENS, text, end) : null;
  if (some !== null) {
    token.value += 5;
    token.end += some[0].length;
  }
  // "12ish", "20-ish": about that many.
  const ish = /^\d+$/.test(raw) ? execAt(ISH_AFTER, text, token.end) : null;
  if (ish !== null) token.end += ish[0].length;
  const mag = execAt(AR_MAGNITUDE, text, token.end);
  const magChars = mag?.groups?.mag;
  if (mag === null || magChars === undefined) {
    applyEnglishMultiplier(text, token);
    applyGeAsWan(text, token);
    return token;
  }
  const last = magChars[magChars.length - 1] ?? '';
  const lastScale = magnitudeOf(last);
  token.scale = magnitudeOf(magChars);
  token.value *= token.scale;
  token.moneyUnit = token.scale >= 1e4;
  token.attached = true;
  token.end += mag[0].length;
  const subDigits = mag.groups?.subn;
  if (subDigits !== undefined) {
    const sub = Number(subDigits);
    const subUnit = mag.groups?.subm ?? '';
    const rest = subUnit !== '' ? sub * magnitudeOf(subUnit) : subDigits.length === 1 ? sub * (lastScale / 10) : sub;
    if (Number.isInteger(base) && lastScale >= 100 && rest < lastScale) token.value += rest;
    else token.end -= subDigits.length + subUnit.length; // not a rest after all: leave it be
  }
  // "5千多万", "3百来万": a rough word, then 万 or 亿 multiplies the whole (as "五千多万" does).
  if (subDigits === undefined && lastScale < 1e4) applyChineseMagnitude(text, token, CN_APPROX_MAGNITUDE);
  return token;
}

/** A numeral in 万, then another in 万 right after it: the first alone. */
const TWO_WAN = /^([^万亿]*[一二两三四五六七八九十百千几]万)(?=[一二两三四五六七八九十百千几]+万)/;

function readChinese(text: string, start: number, end: number, raw: string): Token | undefined {
  // "万一", "千万别", "百分之": a numeral cannot open with a bare unit.
  const lead = LEADING_MAGNITUDES.exec(raw);
  let numeral = lead ? raw.slice(lead[0].length) : raw;
  const from = lead ? start + lead[0].length : start;
  // "十万八万", "三万五万": two sums in 万 side by side are two numbers (a range, findQuantities), not 十万八 of 万 (round 67).
  const twice = TWO_WAN.exec(numeral);
  if (twice?.[1] !== undefined) {
    numeral = twice[1];
    end = from + numeral.length;
  }
  // "五十万两三年": the tail after 万, a unit of its own after it, is the next number (两三年), not 万两三.
  // Two numerals after 万 are a range of the next number only after tens of 万 (五十万两三年; 一万五六个月
  // is 一万五 and 六个月).
  const tailMatch = COLLOQUIAL_TAIL.exec(numeral);
  const tail = tailMatch?.[1]?.length === 2 && !/[十百千]/.test(numeral.slice(0, tailMatch.index)) ? tailMatch[1].slice(1) : tailMatch?.[1];
  if (tail !== undefined && (execAt(OWN_UNIT_AFTER, text, end) || (tail === '一' && execAt(WORD_OF_ONE_AFTER, text, end)))) {
    numeral = numeral.slice(0, -tail.length);
    end -= tail.length;
  }
  if (numeral === '') return undefined;
  // 大几十万 is the top of the range (about 80万), 小几百万 the bottom (about 200万).
  const size = numeral.startsWith('几') ? text[from - 1] : undefined;
  const value = parseChineseNumeral(numeral, size === '大' ? 8 : size === '小' ? 2 : 5);
  if (value === undefined) return undefined;
  const units = numeral.replace(/[^十百千万亿]/g, '');
  const token: Token = {
    // ...the 大 or 小 read with it is the number's own (一年大几十万吧: the year right before its sum; round 63).
    start: size === '大' || size === '小' ? from - 1 : from,
    end,
    value,
    scale: magnitudeOf(units.slice(-1)),
    moneyUnit: false,
    attached: false,
    source: 'cn',
    grouped: false,
    digits: 0,
  };
  token.moneyUnit = token.scale >= 1e4 || value >= 1e4;
  applyChineseMagnitude(text, token, CN_APPROX_MAGNITUDE);
  if (!token.attached) applyChineseMagnitude(text, token, CN_W, 1e4);
  if (!token.attached && token.scale >= 10 && token.scale < 1e4) applyChineseMagnitude(text, token, CN_UNIT_W, 1e4);
  applyGeAsWan(text, token);
  return token;
}

/** 个 as 万 after a verb of borrowing or lacking (GE_AS_WAN), for a bare number. */
function applyGeAsWan(text: string, token: Token): void {
  if (token.attached || !MONEY_VERB_BEFORE.test(preceding(text, token.start, 4))) return;
  applyChineseMagnitude(text, token, GE_AS_WAN, 1e4);
}

/**
 * A unit after a rough word ("三十来万", "一个多亿", "百来万") or a "w": it multiplies the numeral.
 * `re` names the unit in a group `mag`, or `factor` is given.
 */
function applyChineseMagnitude(text: string, token: Token, re: RegExp, factor?: number): void {
  const approx = execAt(re, text, token.end);
  if (approx === null) return;
  const mag = approx.groups?.mag;
  if (factor === undefined && mag === undefined) return;
  factor ??= magnitudeOf(mag ?? '');
  token.value *= factor;
  token.scale *= factor;
  token.moneyUnit = token.value >= 1e4;
  token.attached = true;
  token.end += approx[0].length;
}

/** "百来万", "千把块", "个把亿": the unit alone stands for one of it (see LEAD_SOURCE). */
function readLead(text: string, start: number, end: number, raw: string): Token {
  const value = raw === '个把' ? 1 : magnitudeOf(raw.replace(/[^十百千万亿]/g, ''));
  const token: Token = {
    start,
    end,
    value,
    scale: value,
    moneyUnit: value >= 1e4,
    attached: false,
    source: 'lead',
    grouped: false,
    digits: 0,
  };
  applyChineseMagnitude(text, token, LEAD_MAGNITUDE);
  if (!token.attached) applyChineseMagnitude(text, token, LEAD_W, 1e4);
  return token;
}

/** The count of digits a sum is said by ("six figures"). */
const FIGURE_DIGITS: Readonly<Record<string, number>> = { five: 5, six: 6, seven: 7, eight: 8, 5: 5, 6: 6, 7: 7, 8: 8 };

function readToken(text: string, match: RegExpExecArray): Token | undefined {
  const groups = match.groups ?? {};
  const start = match.index;
  const end = start + match[0].length;
  if (groups.lead !== undefined) return readLead(text, start, end, groups.lead);
  if (groups.ar !== undefined) return readArabic(text, start, end, groups.ar);
  if (groups.dayName !== undefined) return undefined;
  // 这一块, 那一块, 哪一块: a part of the business (网上这一块还没弄), no sum of yuan.
  if (groups.cn === '一' && /[这那哪]$/.test(text.slice(0, start)) && text.startsWith('块', end)) return undefined;
  if (groups.cn !== undefined) return readChinese(text, start, end, groups.cn);
  const base: Omit<Token, 'value' | 'source'> = {
    start,
    end,
    scale: 1,
    moneyUnit: false,
    attached: false,
    grouped: false,
    digits: 0,
  };
  if (groups.figures !== undefined) {
    const digits = FIGURE_DIGITS[groups.figDigits ?? ''] ?? 6;
    const value = (groups.figSize === 'low' ? 2 : groups.figSize === 'high' ? 8 : 5) * 10 ** (digits - 1);
    return { ...base, value, scale: value, moneyUnit: true, attached: true, source: 'en' };
  }
  if (groups.half !== undefined) return { ...base, value: groups.half === '大半' ? 0.75 : 0.5, source: 'half' };
  if (groups.frac !== undefined) {
    const value = (parseChineseNumeral(groups.fn ?? '') ?? 0) / (parseChineseNumeral(groups.fd ?? '') ?? 1);
    return value > 0 && value < 1 ? { ...base, value, source: 'half' } : undefined;
  }
  if (groups.yearHalf !== undefined) return { ...base, value: 18, source: 'months-word' };
  if (groups.yearOrSo !== undefined) return { ...base, value: 12, source: 'months-word' };
  if (groups.en !== undefined) {
    const value = parseEnglishNumber(groups.en);
    if (value === undefined) return undefined;
    const token: Token = { ...base, value, source: 'en' };
    applyEnglishMultiplier(text, token);
    return token;
  }
  return undefined;
}

/** Digits of a calendar year: 1990 to 2039. */
const CALENDAR_YEAR = /^(?:199\d|20[0-3]\d)$/;
/** The words before a year said in English: in 2025, for 2024, back in 2023, "no wait that was 2023" (round 64, found by a tester). */
const YEAR_OPENER = /\b(?:in|for|during|since|of|from|until|till|by|was)\s+$/;
/** The words after a year that open its figure: 2025 revenue, 2024's sales, 2023 we did. */
const YEAR_LABELS = /['’]s\b|\s+(?:revenue|sales|turnover|income|takings|profit|we|our|i|was|were|it|营业额|流水|收入|卖了|做了)/y;

function money(token: Token, currency: string, start = token.start, end = token.end): MoneyQuantity {
  return { kind: 'money', value: round2(token.value), currency, start, end };
}

/** A Chinese unit of time right after a numeral: 年, 个月, 天, 周, 季度. */
const SPAN_UNIT_AFTER = /^\s*(?:个)?(?:年|月|天|周|星期|季度)/;
/** Reads the unit after a token (and a currency before it) and decides what it counts. */
function classify(text: string, token: Token): Quantity | undefined {
  const { start } = token;
  if (token.source === 'months-word') return { kind: 'duration', value: token.value, start, end: token.end };
  const before = preceding(text, start, 8);
  if (ORDINAL_BEFORE.test(before) || PERCENT_BEFORE.test(before)) return undefined;
  // "60k rmb a month": the currency is the sum's before it, not the article's ("a" counts only before a unit).
  const article = token.source === 'en' && /^an?$/.test(text.slice(start, token.end));
  const currencyBefore = article ? null : CURRENCY_BEFORE.exec(before);
  if (!currencyBefore && token.source === 'ar' && LETTER_BEFORE.test(before)) return undefined;

  const named = execAt(CURRENCY_AFTER, text, token.end);
  // (Not a currency spaced from a Chinese sum that opens a phrase of its own: 一年营业额三千来万 缅币最近跌得凶; round 67.)
  const currencyAfter =
    named !== null &&
    /^\s+\S/u.test(named[0]) &&
    /\p{Script=Han}/u.test(named.groups?.c ?? '') &&
    CURRENCY_AS_SUBJECT.test(text.slice(token.end + named[0].length))
      ? null
      : named;
  // A currency named before a span, no sum (收美金一年有没得额度限制: a year of dollars received; round 61): the span.
  const spanAfterCurrency = currencyBefore && !currencyAfter && !token.moneyUnit && SPAN_UNIT_AFTER.test(text.slice(token.end));
  const currencyWord = spanAfterCurrency ? undefined : (currencyAfter?.groups?.c ?? currencyBefore?.groups?.c);
  if (currencyWord !== undefined && token.source !== 'half') {
    let end = currencyAfter ? token.end + currencyAfter[0].length : token.end;
    const from = currencyBefore && !currencyAfter ? start - before.length + currencyBefore.index : start;
    const jiao = currencyWord === '块' ? execAt(JIAO_AFTER, text, end) : null;
    if (jiao !== null && Number.isInteger(token.value) && token.value < JIAO_BELOW) {
      end += jiao[0].length;
      return money({ ...token, value: token.value + JIAO_DIGITS.indexOf(jiao[0]) / 10 }, 'CNY', from, end);
    }
    return money(token, CURRENCY_CODE[currencyWord] ?? 'CNY', from, end);
  }

  const people = execAt(PEOPLE_AFTER, text, token.end);
  // The staff word is the next count's label ("员工 十五个", "营业额六百来万员工十五个": a sum in 万 runs
  // into the label of the count after it, no head count being that large).
  const labelsNext =
    people !== null &&
    (token.moneyUnit || /^\s+\p{Script=Han}/u.test(people[0])) &&
    execAt(LABEL_OF_NEXT, text, token.end + people[0].length);
  // "订单一百二十万 工人工资发不出来": a sum in 万, then a space and a staff word, is a sum; the
  // staff word begins the next phrase (no head count is that large).
  // ...and any count spaced from a staff word that opens a phrase of its own (估计只有一百二 员工也走了两个; round 67): the staff word
  // is that phrase's subject, no label of the count before.
  const sumThenPhrase =
    people !== null &&
    /^\s+\p{Script=Han}/u.test(people[0]) &&
    (token.moneyUnit || SUBJECT_OF_NEXT.test(text.slice(token.end + people[0].length)));
  if (people && token.source !== 'half' && !labelsNext && !sumThenPhrase) {
    return { kind: 'people', value: Math.round(token.value), start, end: token.end + people[0].length };
  }

  if (!token.moneyUnit && !token.attached) {
    const duration = execAt(DURATION_AFTER, text, token.end);
    if (duration?.groups) {
      const unit = duration.groups.cu ?? duration.groups.eu ?? '';
      const end = token.end + duration[0].length;
      let count = token.value;
      if (duration.groups.ch !== undefined || duration.groups.eh !== undefined || duration.groups.ea !== undefined || unit === '个半月') {
        count += 0.5;
      }
      // "a year or two", "a month or 2": one or two of them.
      const orTwo = count === 1 ? execAt(OR_TWO, text, end) : null;
      if (orTwo !== null) return { kind: 'duration', value: round2(1.5 * (MONTHS_PER_UNIT[unit] ?? 0)), start, end: end + orTwo[0].length };
      // "2023年" is a calendar year, "6月" a month of the year: neither is a length of time.
      if (unit === '年' && token.value >= 100) return undefined;
      // ...but "个把月" is "a month or so".
      if (unit === '月' && token.source !== 'lead' && token.value <= 12 && !MONTH_TERM_BEFORE.test(before) && text[end] !== '期') {
        return undefined;
      }
      return { kind: 'duration', value: round2(count * (MONTHS_PER_UNIT[unit] ?? 0)), start, end };
    }
  }

  // A calendar year in digits in English, "in 2025 we did about 2m", "2025 revenue was 1.2m", "2024's sales": the year the
  // figure is of, no figure (round 37, fix37b, corpus convention 283), as 2023年 reads.
  if (
    !token.moneyUnit &&
    !token.attached &&
    CALENDAR_YEAR.test(text.slice(start, token.end)) &&
    (YEAR_OPENER.test(before) || execAt(YEAR_LABELS, text, token.end))
  ) {
    return undefined;
  }
  if (token.source === 'half') return undefined;
  if (!token.attached && execAt(LETTER_AFTER, text, token.end)) return undefined;
  const ge = execAt(GE_AFTER, text, token.end);
  if (
    ge &&
    (STAFF_WORD_BEFORE.test(preceding(text, start, STAFF_WORD_REACH)) ||
      SEASONAL_STAFF_BEFORE.test(preceding(text, start, SEASON_REACH)) ||
      SEASONAL_HIRE_BEFORE.test(preceding(text, start, SEASON_REACH)) ||
      CORRECTED_STAFF_BEFORE.test(preceding(text, start, CORRECTED_STAFF_REACH)) ||
      // The count one has now ("目前有七个"), beside people still to hire ("还想招两个司机").
      (STAFF_NOW_BEFORE.test(before) && TO_HIRE.test(text.slice(Math.max(0, start - SEASON_REACH), token.end + SEASON_REACH))))
  ) {
    return { kind: 'people', value: Math.round(token.value), start, end: token.end + ge[0].length };
  }
  // "七八个吧 忙的时候还要喊几个小工", "about 8, we call in extra hands when it's busy": a bare count, then hands called in at busy
  // times with no figure between, is the regular staff (round 37, fix37b, corpus convention 286).
  if (!token.moneyUnit && !token.attached && token.value > 1 && token.value < 1000 && !PRICE_PERIOD_BEFORE.test(before)) {
    const rest = text.slice(token.end, token.end + HANDS_REACH);
    const hands = HANDS_CALLED_IN.exec(rest);
    if (hands !== null && !FIGURE_BETWEEN.test(rest.slice(0, hands.index).replace(GE_OPENING, ''))) {
      return {
        kind: 'people',
        value: Math.round(token.value),
        start,
        end: token.end + (execAt(GE_AFTER, text, token.end)?.[0].length ?? 0),
      };
    }
  }
  // "staff count was a typo, 14 not 41", "wrong headcount, its 9": a bare count right after the staff corrected is people.
  if (
    !token.moneyUnit &&
    !token.attached &&
    Number.isInteger(token.value) &&
    token.value > 0 &&
    token.value < 1000 &&
    execAt(DURATION_AFTER, text, token.end) === null &&
    CORRECTED_STAFF_BARE.test(preceding(text, start, CORRECTED_STAFF_REACH))
  ) {
    return { kind: 'people', value: token.value, start, end: token.end };
  }
  // "50 workers in the peak months, 15 all year round": a count with its season, staff named before.
  if (
    !token.moneyUnit &&
    Number.isInteger(token.value) &&
    SEASON_AFTER_COUNT.test(text.slice(token.end, token.end + SEASON_REACH)) &&
    STAFF_WORD_IN_SENTENCE.test(preceding(text, start, SEASON_REACH))
  ) {
    return { kind: 'people', value: token.value, start, end: token.end };
  }
  // "十五个左右", "二十来个", "七八个": a count with nothing named after 个 is a bare number, the
  // count of what was asked (not 一个, an article: 就我一个, 一个朋友); a count is whole.
  const counted = token.moneyUnit || token.attached ? null : execAt(COUNT_ALONE, text, token.end);
  if (counted && !(token.source === 'cn' && token.value === 1) && !GOODS_VERB_BEFORE.test(before)) {
    // "我们三个", "咱们就四个": we, so many: a head count, as "the three of us".
    // "平时五个 忙的时候要请十来个": a count right after a season word, both seasons named: hands.
    const seasonal = SEASON_RIGHT_BEFORE.test(preceding(text, start, SEASON_REACH)) && BOTH_SEASONS.test(text);
    const kind = WE_BEFORE.test(before) || seasonal ? 'people' : 'number';
    return { kind, value: Math.round(token.value), start, end: token.end + counted[0].length };
  }
  const instalments = token.moneyUnit || token.attached ? null : execAt(INSTALMENTS_AFTER, text, token.end);
  if (
    instalments &&
    Number.isInteger(token.value) &&
    token.value <= 120 &&
    (token.source === 'ar' || MONTH_TERM_BEFORE.test(before) || (token.value >= 6 && token.value % 6 === 0))
  ) {
    return { kind: 'duration', value: token.value, start, end: token.end + instalments[0].length };
  }
  if (execAt(MEASURE_AFTER, text, token.end)) return undefined;
  if (!LETTER_UNIT.test(text.slice(start, token.end)) && execAt(MEASURE_AFTER_EN, text, token.end)) return undefined;
  if (token.moneyUnit) return money(token, 'CNY');
  // "5千", "三千五", "3千5百", "千把": a numeral written with its units and worth a thousand or
  // more is a sum of yuan (a count of people, things or years has its unit after it).
  if (token.value >= 1000 && (token.attached || token.source === 'cn' || token.source === 'lead')) {
    return money(token, 'CNY');
  }
  // "a team of seven", "crew of five": a number word after a team's name is its size.
  if (
    token.source === 'en' &&
    token.value >= 2 &&
    Number.isInteger(token.value) &&
    TEAM_OF_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  ) {
    return { kind: 'people', value: token.value, start, end: token.end };
  }
  // "about fifteen", "twenty or so", "a dozen, maybe": a number word with nothing counted after it
  // but a hedge is a bare count ("one" and "a" are words, "the two of us" the owner and one more).
  if (token.source === 'en')
    return token.value >= 2 && Number.isInteger(token.value) && execAt(EN_COUNT_ALONE, text, token.end)
      ? { kind: 'number', value: token.value, start, end: token.end }
      : undefined;
  // A Chinese digit with no unit ("一家", "三七", "统一") is a word, not a number.
  if (token.source === 'cn' && token.scale === 1) return undefined;
  // Eleven digits and more with no unit: phone and ID numbers.
  if (token.source === 'ar' && !token.attached && token.digits >= 11) return undefined;
  if (token.grouped) return money(token, 'CNY');
  // "十五六", "七八吧": a range of two Chinese digits said alone as a reply, the unit left off because the question gave it, is a
  // count, whole as 七八个 is (round 33, corpus convention 166); not a decimal said with 点 (二点五), nor a figure inside a longer message,
  // nor 一两 (a year or two as a term: 1.5).
  if (
    token.source === 'cn' &&
    Number.isInteger(token.value * 2) &&
    isChineseDigitRange(token.value, text.slice(start, token.end)) &&
    RANGE_ALONE_BEFORE.test(text.slice(0, start)) &&
    execAt(RANGE_ALONE_AFTER, text, token.end) !== null
  )
    return { kind: 'number', value: Math.round(token.value), start, end: token.end };
  return { kind: 'number', value: round2(token.value), start, end: token.end };
}

/** Two bare counts joined as a range: "5 or 6", "10-12", "8 to 10", 8到10. */
const BARE_RANGE_JOIN = /^\s*(?:-|~|～|到|or|to)\s*$/;
/** Before two bare counts said alone as a range: only English hedges ("about", "usually", "like", "prob"). */
const BARE_RANGE_BEFORE =
  /^\s*(?:(?:about|around|roughly|approx|usually|normally|maybe|probably|prob|like|say|between|um|uh|hmm|oh|well|just|only)\b[\s,]*)*$/i;
/** ...and after them: only a hedge or punctuation to the end ("5 or 6 i guess", "10-12 usually"). */
const BARE_RANGE_AFTER = /\s*(?:(?:i (?:think|guess|reckon)|usually|normally|probably|maybe|or so|i['’]?d say)\b[\s,]*)*[\p{P}\s]*$/uy;

/** Before a bare Chinese range said alone: only a hedge (大概, 估计, 差不多, 也就). */
const RANGE_ALONE_BEFORE = /^\s*(?:大概|大约|估计|差不多|可能|应该|也就|就|有|一共|总共)*\s*$/;
/** ...and after it: only a hedge or a particle to the end (十五六吧, 七八左右). */
const RANGE_ALONE_AFTER = /(?:左右|上下|的样子|样子|吧|啊|嘛|哦|呢|哈|啦|噶|咯)*[\s\p{P}]*$/uy;

/** The text between two numbers makes them one range: "-", "到", "or", "between ... and". */
function joinsRange(text: string, low: Span, highStart: number): boolean {
  const join = text.slice(low.end, highStart);
  if (RANGE_JOIN.test(join)) return true;
  if (ALTERNATIVE_JOIN.test(join) && ALTERNATIVE_BEFORE.test(preceding(text, low.start, 12))) return true;
  return AND_JOIN.test(join) && BETWEEN_BEFORE.test(preceding(text, low.start, 12));
}

/**
 * The low end, in the high end's unit, of a range whose low end has no unit of its own ("20-30万":
 * 20; "三、四十万": 30), or undefined when the two numbers are no range.
 */
function rangeLow(text: string, low: Token, high: Token): number | undefined {
  const top = high.value / high.scale;
  if (!(top > 0)) return undefined;
  if (joinsRange(text, low, high.start)) return low.value < top ? low.value : undefined;
  if (!NEIGHBOUR_JOIN.test(text.slice(low.end, high.start)) || !Number.isInteger(low.value)) return undefined;
  const tens = top / (low.value + 1);
  return low.value >= 1 && low.value <= 8 && [1, 10, 100, 1000].includes(tens) ? low.value * tens : undefined;
}

/**
 * Two bare numbers of hundreds or more joined as a range, the top under three times the bottom ("we make 2000-2500 a
 * day", "1500 to 1800"): one range, as "20-30万" is; not small numbers ("2-3": menu numbers, counts) nor years
 * ("2019-2023").
 */
function bareRange(text: string, low: Token, high: Token): boolean {
  if (low.value < 100 || high.value <= low.value || high.value > 3 * low.value) return false;
  if (low.value >= 1900 && high.value <= 2100) return false;
  return RANGE_JOIN.test(text.slice(low.end, high.start));
}

/** How far apart two sums said side by side may be to be one range (十万八万, 三万五万; not 一百万八万). */
const SIDE_BY_SIDE_RATIO = 2;
/** Two sums in 万 said side by side with nothing between (十万八万, 三万五万; round 67): a range, whichever comes first. */
function wanSideBySide(text: string, a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'money' || b.kind !== 'money' || a.end !== b.start || text[a.end - 1] !== '万' || text[b.end - 1] !== '万') return false;
  const [low, high] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  return low > 0 && high / low <= SIDE_BY_SIDE_RATIO;
}

function sameUnit(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'money' && b.kind === 'money') return a.currency === b.currency;
  return a.kind === b.kind;
}

/**
 * Every quantity in a normalize()d message, in order of position. Ranges ("20-30万", "3到5个人")
 * become their middle. Values are finite, >= 0 and <= 1e15; anything else is left out. At most
 * MAX_QUANTITIES are returned.
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  // The last numeral with no unit, kept to read "20-30万" as one range.
  let pendingBare: Token | undefined;
  let pendingIndex = -1;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    if (match[0].length === 0) {
      TOKEN.lastIndex += 1;
      continue;
    }
    const token = readToken(text, match);
    if (token === undefined) continue;
    // Usually the token's end or later; earlier when a digit opens the next quantity ("五十万一年").
    TOKEN.lastIndex = token.end;
    if (!Number.isFinite(token.value) || token.value < 0 || token.value > MAX_VALUE) continue;

    const quantity = classify(text, token);
    const isBare = !token.attached && (quantity === undefined || quantity.kind === 'number');

    // A count with its 个 ("三到五个", "20-30个") is a range too; a bare number is not ("2-3").
    const ranged =
      quantity !== undefined &&
      (quantity.kind !== 'number' || quantity.end > token.end || (pendingBare !== undefined && bareRange(text, pendingBare, token)));
    const low = ranged && pendingBare !== undefined ? rangeLow(text, pendingBare, token) : undefined;
    if (quantity !== undefined && pendingBare !== undefined && low !== undefined) {
      const high = token.value / token.scale;
      if (pendingIndex >= 0) found.splice(pendingIndex, 1);
      quantity.value = round2((quantity.value * (low + high)) / (2 * high));
      quantity.start = pendingBare.start;
    }
    const previous = found[found.length - 1];
    if (
      quantity?.kind === 'duration' &&
      previous?.kind === 'duration' &&
      previous.value % 12 === 0 &&
      quantity.value < 12 &&
      DURATION_PARTS_JOIN.test(text.slice(previous.end, quantity.start)) &&
      !(SPACED_CHINESE_PARTS.test(text.slice(previous.start, quantity.start)) && /^[\u4e00-\u9fff]/.test(text.slice(quantity.start)))
    ) {
      found.pop();
      quantity.value = round2(previous.value + quantity.value);
      quantity.start = previous.start;
    }
    if (quantity !== undefined && quantity.kind !== 'number' && previous !== undefined && sameUnit(previous, quantity)) {
      // "30万-50万", "20人到30人", "2年至3年": both ends carry the unit.
      if ((previous.value < quantity.value && joinsRange(text, previous, quantity.start)) || wanSideBySide(text, previous, quantity)) {
        found.pop();
        quantity.value = round2((previous.value + quantity.value) / 2);
        quantity.start = previous.start;
      }
    }
    // "about 5 or 6", "usually 10-12": two bare counts joined as a range, said alone as a reply with only hedges around them, the
    // unit left off because the question gave it, are one count, whole, as 十五六 reads (round 36, corpus convention 244).
    if (
      quantity?.kind === 'number' &&
      previous?.kind === 'number' &&
      found.length === 1 &&
      // Not a menu's numbers ("1 or 2", "2 or 3": undecided between options): counts of three up.
      previous.value >= 3 &&
      Number.isInteger(previous.value) &&
      Number.isInteger(quantity.value) &&
      previous.value < quantity.value &&
      quantity.value < 1000 &&
      BARE_RANGE_JOIN.test(text.slice(previous.end, quantity.start)) &&
      BARE_RANGE_BEFORE.test(text.slice(0, previous.start)) &&
      execAt(BARE_RANGE_AFTER, text, quantity.end) !== null
    ) {
      found.pop();
      quantity.value = Math.round((previous.value + quantity.value) / 2);
      quantity.start = previous.start;
    }
    // A head count is whole, also in the middle of a range ("5到6个人" = 6, as 七八个人 = 8); so is a count ("三到五个").
    if (quantity?.kind === 'people' || (quantity?.kind === 'number' && ranged)) quantity.value = Math.round(quantity.value);
    if (quantity !== undefined) found.push(quantity);
    if (found.length >= MAX_QUANTITIES) break;
    pendingBare = isBare ? token : undefined;
    pendingIndex = isBare && quantity !== undefined ? found.length - 1 : -1;
  }
  return found;
}
