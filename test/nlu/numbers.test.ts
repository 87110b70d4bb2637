// findQuantities() and the numeral parsers: every way of writing a sum, a head count or a
// duration that Yunnan's small businesses use, in both languages.

import { describe, expect, it } from 'vitest';
import { findQuantities, normalize, parseArabic, parseChineseNumeral, parseEnglishNumber } from '../../src/nlu';
import { parseMixedNumeral } from '../../src/nlu/numerals';

/** [kind, value, currency?] for each quantity found, which is what the table states. */
function scan(text: string): (string | number)[][] {
  return findQuantities(normalize(text)).map((q) => (q.kind === 'money' ? [q.kind, q.value, q.currency] : [q.kind, q.value]));
}

describe('parseChineseNumeral', () => {
  it.each([
    ['五十万', 500_000],
    ['两百万', 2_000_000],
    ['二十五', 25],
    ['十', 10],
    ['一百零五', 105],
    ['一万二', 12_000],
    ['三千五', 3_500],
    ['两百五', 250],
    ['十万八千', 108_000],
    // A range in the last digits after a round part: the middle.
    ['十五六', 15.5],
    ['三十五六万', 355_000],
    ['一百五六十万', 1_550_000],
    ['一亿二千万', 120_000_000],
    ['一点五亿', 150_000_000],
    ['一点五', 1.5],
    ['十几', 15], // 几 is read as 5, the middle of its range
    ['二十几', 25],
    ['几十万', 500_000],
    ['两三百万', 2_500_000], // a range reads as its middle
    ['三十多', 30], // 多 keeps the lower bound
    ['零', 0],
    // Banker's numerals, as on contracts and receipts.
    ['伍拾万', 500_000],
    ['壹佰万', 1_000_000],
    ['叁仟伍佰', 3_500],
  ])('%s = %d', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  it('reads 几 as the value it is given: the top of its range for 大几, the bottom for 小几', () => {
    expect([parseChineseNumeral('几十万', 8), parseChineseNumeral('几百万', 2)]).toEqual([800_000, 2_000_000]);
  });

  it.each(['几', '万', '百万', '', '点', 'abc', '一个'])('%j is not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});

describe('parseMixedNumeral: Arabic digits with Chinese units', () => {
  it.each([
    ['3千5百万', 35_000_000], // the last unit applies to all: not 3,500 and a stray 万
    ['1千2百万', 12_000_000],
    ['2亿3千万', 230_000_000],
    ['1万5千', 15_000],
    ['12万3千', 123_000],
  ])('%s = %d', (text, expected) => {
    expect(parseMixedNumeral(text)).toBe(expected);
  });

  it.each(['3千5', '50万', '3千', '', 'abc', '3千5百万元'])('%j is not one', (text) => {
    expect(parseMixedNumeral(text)).toBeUndefined();
  });
});

describe('parseArabic and parseEnglishNumber', () => {
  it.each([
    ['800,000', 800_000],
    ['1.5', 1.5],
    ['12', 12],
  ])('parseArabic(%s) = %d', (text, expected) => {
    expect(parseArabic(text)).toBe(expected);
  });
  it.each(['', '.', '1,2', '1e5', '-3'])('parseArabic(%j) is undefined', (text) => {
    expect(parseArabic(text)).toBeUndefined();
  });
  it.each([
    ['two', 2],
    ['twelve', 12],
    ['twenty-five', 25],
    ['one and a half', 1.5],
    ['half a', 0.5],
    ['a', 1],
    ['a dozen', 12],
    ['a hundred', 100],
    ['two hundred', 200],
    ['two hundred and fifty', 250],
    ['a couple hundred', 200],
    ['a quarter', 0.25],
    ['one hundred twenty-five', 125],
  ])('parseEnglishNumber(%s) = %d', (text, expected) => {
    expect(parseEnglishNumber(text)).toBe(expected);
  });
});

describe('findQuantities: money', () => {
  it.each([
    ['50万', 500_000, 'CNY'],
    ['五十万', 500_000, 'CNY'],
    ['两百万', 2_000_000, 'CNY'],
    ['1.5亿', 150_000_000, 'CNY'],
    ['3千万', 30_000_000, 'CNY'],
    ['800,000', 800_000, 'CNY'],
    ['80000元', 80_000, 'CNY'],
    ['5千块钱', 5_000, 'CNY'],
    ['500k', 500_000, 'CNY'],
    ['2m', 2_000_000, 'CNY'],
    ['50w', 500_000, 'CNY'],
    ['2 million', 2_000_000, 'CNY'],
    ['half a million', 500_000, 'CNY'],
    ['1.2 million yuan', 1_200_000, 'CNY'],
    ['¥80,000', 80_000, 'CNY'],
    // A currency named before the sum, as traders write it.
    ['越南盾100万', 1_000_000, 'VND'],
    ['泰铢50万', 500_000, 'THB'],
    ['美金3万', 30_000, 'USD'],
    ['￥80,000', 80_000, 'CNY'],
    ['RMB 2m', 2_000_000, 'CNY'],
    ['CNY 300,000', 300_000, 'CNY'],
    ['300,000 rmb', 300_000, 'CNY'],
    ['$50k', 50_000, 'USD'],
    ['USD 20,000', 20_000, 'USD'],
    ['20,000 dollars', 20_000, 'USD'],
    ['HK$ 1m', 1_000_000, 'HKD'],
    ['2万美元', 20_000, 'USD'],
    ['5万美金', 50_000, 'USD'],
    ['10万越南盾', 100_000, 'VND'],
    ['5000泰铢', 5_000, 'THB'],
    ['20万缅币', 200_000, 'MMK'],
    ['100万老挝基普', 1_000_000, 'LAK'],
    ['3 million kip', 3_000_000, 'LAK'],
    ['1000 euros', 1_000, 'EUR'],
    ['10万港币', 100_000, 'HKD'],
    ['一万二', 12_000, 'CNY'],
    ['1万5', 15_000, 'CNY'],
    ['1万5千', 15_000, 'CNY'],
    ['100多万', 1_000_000, 'CNY'],
    ['20-30万', 250_000, 'CNY'],
    ['二十到三十万', 250_000, 'CNY'],
    ['１００万', 1_000_000, 'CNY'],
    // Arabic digits with two Chinese units.
    ['3千5百万', 35_000_000, 'CNY'],
    ['年营业额3千5百万', 35_000_000, 'CNY'],
    ['1千2百万', 12_000_000, 'CNY'],
    ['2亿3千万', 230_000_000, 'CNY'],
    // Written with 千 and a thousand or more: yuan (a count has its own unit after it).
    ['3千', 3_000, 'CNY'],
    ['5千', 5_000, 'CNY'],
    ['三千五', 3_500, 'CNY'],
    ['两千', 2_000, 'CNY'],
    // 个 before 亿 or w, as said aloud.
    ['1个亿', 100_000_000, 'CNY'],
    ['一个多亿', 100_000_000, 'CNY'], // 多 keeps the lower bound
    ['两个亿', 200_000_000, 'CNY'],
    ['2.5个亿', 250_000_000, 'CNY'],
    ['一百多个亿', 10_000_000_000, 'CNY'],
    ['2.5w', 25_000, 'CNY'],
    ['差2.5个w', 25_000, 'CNY'],
    ['两个w', 20_000, 'CNY'],
    // A round unit said alone, roughly: one of it.
    ['想借百来万', 1_000_000, 'CNY'],
    ['百把万', 1_000_000, 'CNY'],
    ['百多万', 1_000_000, 'CNY'],
    ['借个百万', 1_000_000, 'CNY'],
    ['融资个把亿', 100_000_000, 'CNY'],
    ['千把块', 1_000, 'CNY'],
    ['万把块钱', 10_000, 'CNY'],
    ['千来万', 10_000_000, 'CNY'],
    ['三十来万', 300_000, 'CNY'],
    ['两千来万', 20_000_000, 'CNY'],
    ['年销售额过亿', 100_000_000, 'CNY'],
    ['营收破千万', 10_000_000, 'CNY'],
    ['上万块', 10_000, 'CNY'],
    // English and symbols.
    ['1.5k', 1_500, 'CNY'],
    ['2 mil', 2_000_000, 'CNY'],
    ['RMB 300k', 300_000, 'CNY'],
    ['¥50万', 500_000, 'CNY'],
    ['５０万', 500_000, 'CNY'],
    ['50来w', 500_000, 'CNY'],
    ['50多w', 500_000, 'CNY'],
    ['伍拾万元', 500_000, 'CNY'],
    ['大几十万', 800_000, 'CNY'], // the top of the range
    ['小几百万', 2_000_000, 'CNY'], // the bottom
    ['a hundred thousand', 100_000, 'CNY'],
    ['three hundred k', 300_000, 'CNY'],
    ['one hundred and fifty thousand', 150_000, 'CNY'], // not "fifty thousand"
    ['two hundred thousand yuan', 200_000, 'CNY'],
    ['five hundred dollars', 500, 'USD'],
    ['a million and a half', 1_500_000, 'CNY'],
    ['a quarter million', 250_000, 'CNY'], // not "a quarter" (3 months) and a million
    ['quarter of a million', 250_000, 'CNY'],
    ['a couple hundred thousand', 200_000, 'CNY'],
    // Ranges: the middle.
    ['借3、40万', 350_000, 'CNY'], // 30万 to 40万
    ['三、四十万', 350_000, 'CNY'],
    ['between 300k and 500k', 400_000, 'CNY'],
    ['between 300 and 500k', 400_000, 'CNY'],
    ['介于30万和50万之间', 400_000, 'CNY'],
  ])('%s', (text, value, currency) => {
    expect(scan(text)).toEqual([['money', value, currency]]);
  });
});

describe('findQuantities: people', () => {
  it.each([
    ['30人', 30],
    ['30个人', 30],
    ['三十个员工', 30],
    ['30名员工', 30],
    ['30 employees', 30],
    ['12 full-time staff', 12],
    ['twelve workers', 12],
    ['十几个人', 15], // 十几 ("ten-odd") is read as 15
    ['三十多人', 30],
    ['3到5个人', 4],
    ['两个伙计', 2],
    ['10来个人', 10], // 来 ("or so") keeps the number said
    ['百把人', 100],
    ['员工上千人', 1_000],
    ['两千多人', 2_000],
    ['one hundred and twenty staff', 120],
    ['5到6个人', 6], // a head count is whole, also in the middle of a range
    ['员工5、6个', 6],
    ['家里4口人', 4],
    ['我们两口子', 2],
    ['20-odd employees', 20],
    ['twenty-odd staff', 20],
    ['30ish staff', 30],
    ['3 full-timers', 3],
    ['two part-timers', 2],
  ])('%s', (text, value) => {
    expect(scan(text)).toEqual([['people', value]]);
  });
});

describe('findQuantities: durations in months', () => {
  it.each([
    ['半年', 6],
    ['一年半', 18],
    ['两年半', 30],
    ['18个月', 18],
    ['两年', 24],
    ['3年', 36],
    ['三个月', 3],
    ['一个季度', 3],
    ['一个半月', 1.5],
    ['90天', 3],
    ['期限6月', 6],
    ['6 months', 6],
    ['two years', 24],
    ['1.5 years', 18],
    ['a year', 12],
    ['a year and a half', 18],
    ['half a year', 6],
    ['one and a half years', 18],
    ['18-month', 18],
    ['1-2年', 18],
    ['个把月', 1],
    ['大半年', 9], // most of a year
    ['一年半载', 12], // "a year or so", not a year and a half
    ['一年零三个月', 15],
    ['1年3个月', 15],
    ['2 years and 3 months', 27],
  ])('%s', (text, value) => {
    expect(scan(text)).toEqual([['duration', value]]);
  });
});

describe('findQuantities: bare numbers and things that are not quantities', () => {
  it.each([
    ['7', [['number', 7]]],
    ['员工三十', [['number', 30]]],
    [
      '1,2,3',
      [
        ['number', 1],
        ['number', 2],
        ['number', 3],
      ],
    ],
    ['5百', [['number', 500]]], // 百 alone stays a bare number: the dialog knows what it asked
    ['2023年成立', []], // a calendar year
    ['6月份', []], // a month of the year
    ['6月', []],
    ['50亩茶园', []], // land, not money
    ['3家店', []],
    ['年化5%', []],
    ['p2p', []],
    ['5g', []],
    ['4s店', []],
    ['万一', []],
    ['千万别', []],
    ['一家', []],
    ['统一', []],
    ['三七', []],
    ['十分感谢', []],
    ['13812345678', []], // a phone number
    ['1e20', []],
    ['第二个', []],
    ['千万别借', []], // "by no means"
    ['万一还不上', []], // "in case"
    ['百分之五十', []],
    ['两千年', []], // a year
    ['3千米', []],
    ['伍', []], // a surname as much as a numeral
    // Counted things, also with 多 or 个 between: not yuan although written with 千.
    ['厂房两千平', []],
    ['店面一千多平米', []],
    ['一天卖三千杯', [['duration', 0.03]]],
    ['两千多个订单', []],
    ['卖了3千单', []],
    ['3千多只鸡', []],
  ] as const)('%s', (text, expected) => {
    expect(scan(text)).toEqual(expected);
  });

  it('reads several quantities in order with their positions', () => {
    const text = normalize('员工25人，营业额800万，借100万，两年');
    const found = findQuantities(text);
    expect(found.map((q) => q.kind)).toEqual(['people', 'money', 'money', 'duration']);
    for (const q of found) expect(text.slice(q.start, q.end)).toMatch(/25人|800万|100万|两年/);
  });

  it('keeps two sums joined by "and" apart unless "between" opens them', () => {
    expect(scan('revenue 3m and loan 500k')).toEqual([
      ['money', 3_000_000, 'CNY'],
      ['money', 500_000, 'CNY'],
    ]);
  });

  it('reads a grouped number before a full-width comma', () => {
    expect(scan('营业额800,000，需要借50万')).toEqual([
      ['money', 800_000, 'CNY'],
      ['money', 500_000, 'CNY'],
    ]);
  });

  it.each([
    ['借50万2年', 500_000, 24],
    ['借50万一年', 500_000, 12],
    ['贷款30万半年', 300_000, 6],
    // A lone digit after 万 is not "五十万一" = 501,000 when a unit of its own follows.
    ['借五十万一年', 500_000, 12],
    ['借五十万两年', 500_000, 24],
    ['借十万三个月', 100_000, 3],
  ])('keeps a sum and a term written together apart: %s', (text, sum, months) => {
    expect(scan(text)).toEqual([
      ['money', sum, 'CNY'],
      ['duration', months],
    ]);
  });
});
