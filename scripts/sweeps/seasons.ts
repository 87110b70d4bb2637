// A sweep of revenue said by parts of the year and of figures in loose forms (round 14, seasons): a busy and a
// quiet season's month (named by season words, harvests, busy/slow, months, with their lengths said or not),
// harvests each said whole (their sum is the year), sums with slips and loose forms (一白二十万, 五十好几万, 百把万,
// "1.2 million ish"), takings against profit, a week's or a day's takings with the days worked, and the loans,
// prices and costs beside them; in Chinese, English and mixed. Prints the share read wrong by frame and, with
// --list, each miss. Usage: npx tsx scripts/sweeps/seasons.ts [--list] [--kind <frame>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
/** The fields compared: the figures (a trade named as filler is another kind's). */
const FIGURE_KEYS = ['annualRevenueCny', 'amount', 'money', 'termMonths', 'deniedMoney', 'employees', 'offer'];

const cny = (value: number) => ({ value, currency: 'CNY' });
const { cases, add } = sweepCases();
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** A Chinese sum in several forms, with its value in yuan. */
const zhSums: Array<[string, number]> = [
  ['二十万', 200000],
  ['20万', 200000],
  ['二十来万', 200000],
  ['十八九万', 185000],
  ['20w', 200000],
  ['二十多万', 200000],
  ['三四十万', 350000],
  ['十五万左右', 150000],
  ['12万', 120000],
  ['二十几万', 250000],
  ['十来万', 100000],
  ['八万', 80000],
];
const zhLow: Array<[string, number]> = [
  ['五六万', 55000],
  ['五万', 50000],
  ['两三万', 25000],
  ['三万左右', 30000],
  ['4万', 40000],
  ['一两万', 15000],
  ['六万来块', 60000],
  ['三万多', 30000],
];
const enHigh: Array<[string, number]> = [
  ['200k', 200000],
  ['120k', 120000],
  ['about 150k', 150000],
  ['300k', 300000],
  ['around 80k', 80000],
  ['250,000', 250000],
];
const enLow: Array<[string, number]> = [
  ['50k', 50000],
  ['maybe 60k', 60000],
  ['like 20k', 20000],
  ['around 30k', 30000],
  ['40k', 40000],
];
const halfAndHalf = (hi: number, lo: number) => Math.round(((hi + lo) / 2) * 12);
const weighed = (hi: number, lo: number, months: number) => hi * months + lo * (12 - months);

// A. A busy season's month and the quiet one's, Chinese, no length said: half and half.
const zhPeak = [
  '旺季',
  '忙的时候',
  '生意好的时候',
  '榨季',
  '采茶季',
  '菌子季节',
  '收购季',
  '农忙的时候',
  '旅游旺季',
  '好的月份',
  '忙季',
  '收烟的时候',
];
const zhQuiet = ['淡季', '其他时候', '平时', '闲的时候', '生意差的时候', '其余月份', '别的月份', '剩下的时间', '淡的时候', '其他月份'];
const zhMonthLead = ['一个月', '每个月', '一个月能', '一个月拉得到', '一个月卖', '每月流水', '一个月营业额', '月均'];
const zhQuietLead = ['', '也就', '一个月', '就', '只有', '一个月也就'];
zhPeak.forEach((p, i) => {
  zhQuiet.forEach((q, j) => {
    const [hi, hv] = pick(zhSums, i + j);
    const [lo, lv] = pick(zhLow, i * 3 + j);
    add('zh-two', `${p}${pick(zhMonthLead, i + j)}${hi} ${q}${pick(zhQuietLead, j)}${lo}`, {
      annualRevenueCny: halfAndHalf(hv, lv),
    });
  });
});
// ...with a comma, and a loan asked beside it (the loan the amount).
zhPeak.forEach((p, i) => {
  const [hi, hv] = pick(zhSums, i);
  const [lo, lv] = pick(zhLow, i);
  add('zh-two-loan', `${p}一个月${hi}，${pick(zhQuiet, i)}${lo}，想借三十万`, {
    annualRevenueCny: halfAndHalf(hv, lv),
    amount: cny(300000),
  });
  add('zh-two-loan', `想贷五十万 ${p}一个月${hi} ${pick(zhQuiet, i + 1)}${lo}`, {
    annualRevenueCny: halfAndHalf(hv, lv),
    amount: cny(500000),
  });
});
// ...a season of rain or dryness said with good or bad trade.
for (const [text, value] of [
  ['雨季生意差 一个月两三万 旱季好点 一个月七八万', halfAndHalf(75000, 25000)],
  ['旱季生意好 一个月十万 雨季生意差 一个月三万', halfAndHalf(100000, 30000)],
  ['雨季是淡季 一个月三万 其他时候一个月十万', halfAndHalf(100000, 30000)],
  ['冬天是淡季一个月四万 夏天旺季一个月十二万', halfAndHalf(120000, 40000)],
  ['夏天生意好 一个月二十万 冬天差 一个月五万', halfAndHalf(200000, 50000)],
] as const)
  add('zh-rain', text, { annualRevenueCny: value });

// B. The busy season's length said: weighed by its months.
const zhLengths: Array<[string, number]> = [
  ['旺季三个月', 3],
  ['旺季有四个月', 4],
  ['十月到二月是旺季', 5],
  ['6到9月是旺季', 4],
  ['榨季五个月', 5],
  ['旺季就两个月', 2],
  ['七八月是旺季', 2],
  ['忙季有半年', 6],
];
zhLengths.forEach(([l, m], i) => {
  const [hi, hv] = pick(zhSums, i);
  const [lo, lv] = pick(zhLow, i);
  add('zh-length', `${l} 一个月${hi} 其他时候${lo}`, { annualRevenueCny: weighed(hv, lv, m) });
  add('zh-length', `${l}，每个月能做${hi}，淡季${lo}`, { annualRevenueCny: weighed(hv, lv, m) });
});

// C. English: busy and slow months, seasons before or after their sums, months named.
const enPeak = [
  'busy months',
  'in peak season',
  'high season',
  'during harvest',
  'in the busy season',
  'peak months',
  'tourist season',
  'good months',
];
const enQuiet = [
  'slow months',
  'off season',
  'rest of the year',
  'low season',
  'the other months',
  'quiet months',
  'otherwise',
  'bad months',
];
enPeak.forEach((p, i) => {
  enQuiet.forEach((q, j) => {
    const [hi, hv] = pick(enHigh, i + j);
    const [lo, lv] = pick(enLow, i + 2 * j);
    const verb = pick(['we do ', '', 'about ', 'we make '], i + j);
    add('en-two', `${p} ${verb}${hi} a month, ${q} ${lo}`, { annualRevenueCny: halfAndHalf(hv, lv) });
  });
});
enPeak.forEach((p, i) => {
  const [hi, hv] = pick(enHigh, i);
  const [lo, lv] = pick(enLow, i);
  add('en-two', `${p} we do ${hi}, ${pick(enQuiet, i)} ${lo}`, { annualRevenueCny: halfAndHalf(hv, lv) });
  add('en-after', `${hi} a month in high season, ${lo} in low season`, { annualRevenueCny: halfAndHalf(hv, lv) });
  add('en-two-loan', `${p} ${hi} a month, ${pick(enQuiet, i + 3)} ${lo}. need a 100k loan`, {
    annualRevenueCny: halfAndHalf(hv, lv),
    amount: cny(100000),
  });
});
const enLengths: Array<[string, number]> = [
  ['peak season (oct to feb)', 5],
  ['peak season is 3 months,', 3],
  ['june to september', 4],
  ['busy season lasts 4 months,', 4],
  ['high season (may-aug)', 4],
  ['from nov to jan', 3],
];
enLengths.forEach(([l, m], i) => {
  const [hi, hv] = pick(enHigh, i);
  const [lo, lv] = pick(enLow, i);
  add('en-length', `${l} ${hi} a month, rest of year ${lo}`, { annualRevenueCny: weighed(hv, lv, m) });
});

// D. Harvests each said whole: the year is their sum.
const zhHarvests: Array<[string, string]> = [
  ['春茶', '秋茶'],
  ['头茬', '二茬'],
  ['春季', '秋季'],
  ['上半年', '下半年'],
  ['早稻', '晚稻'],
  ['春节那一季', '国庆那一季'],
];
zhHarvests.forEach(([a, b], i) => {
  const [hi, hv] = pick(zhSums, i);
  const [lo, lv] = pick(zhLow, i);
  add('zh-harvest', `${a}卖${hi} ${b}${lo}`, { annualRevenueCny: hv + lv });
  add('zh-harvest', `${a}能收${hi}，${b}也就${lo}`, { annualRevenueCny: hv + lv });
});
add('zh-harvest', '春茶卖五十万 夏茶二十万 秋茶十五万', { annualRevenueCny: 850000 });
const enHarvests: Array<[string, string]> = [
  ['spring tea', 'autumn tea'],
  ['first harvest', 'second harvest'],
  ['spring crop', 'autumn crop'],
  ['first half of the year', 'second half'],
];
enHarvests.forEach(([a, b], i) => {
  const [hi, hv] = pick(enHigh, i);
  const [lo, lv] = pick(enLow, i);
  add('en-harvest', `${a} ${hi}, ${b} ${lo}`, { annualRevenueCny: hv + lv });
  add('en-harvest', `${a} brings in ${hi}, ${b} maybe ${lo}`, { annualRevenueCny: hv + lv });
});
add('en-harvest', 'spring tea 500k, summer tea 200k, autumn tea 150k', { annualRevenueCny: 850000 });

// E. Number slips and loose forms, with the words of takings.
const zhLoose: Array<[string, number]> = [
  ['一白二十万', 1200000],
  ['两白万', 2000000],
  ['一百二十万', 1200000],
  ['两百来万', 2000000],
  ['小一百万', 1000000],
  ['小两百万', 2000000],
  ['大几十万', 800000],
  ['五十好几万', 550000],
  ['三十好几万', 350000],
  ['百把万', 1000000],
  ['一百多万', 1000000],
  ['八九十万', 850000],
  ['七十来万', 700000],
];
const zhTakings = ['一年流水', '营业额一年', '一年进账', '一年下来', '一年卖', '去年营业额', '一年能做', '年营业额'];
zhLoose.forEach(([s, v], i) => {
  zhTakings.forEach((t, j) => {
    if ((i + j) % 2 === 0) add('zh-loose', `${t}${s}`, { annualRevenueCny: v });
  });
  add('zh-loose-loan', `${pick(zhTakings, i)}${s} 想借二十万`, { annualRevenueCny: v, amount: cny(200000) });
  add('zh-loose-staff', `元工${(i % 5) + 3}个 ${pick(zhTakings, i + 1)}${s}`, { annualRevenueCny: v, employees: (i % 5) + 3 });
});
const enLoose: Array<[string, number]> = [
  ['about 1.5 mil', 1500000],
  ['1.2 million ish', 1200000],
  ['half a million', 500000],
  ['a couple hundred k', 200000],
  ['1.5m', 1500000],
  ['2 mil', 2000000],
  ['800k or so', 800000],
  ['roughly a million', 1000000],
  ['a million and a half', 1500000],
  ['like 600k', 600000],
];
const enTakings: Array<[string, string]> = [
  ['turnover is ', ' a year'],
  ['we do ', ' a year'],
  ['sales ', ' per year'],
  ['revenue ', ' annually'],
  ['we make ', ' a year in sales'],
  ['annual sales ', ''],
];
enLoose.forEach(([s, v], i) => {
  enTakings.forEach(([a, b], j) => {
    if ((i + j) % 2 === 0) add('en-loose', `${a}${s}${b}`, { annualRevenueCny: v });
  });
  add('en-loose-loan', `${pick(enTakings, i)[0]}${s}${pick(enTakings, i)[1]}, need 100k`, {
    annualRevenueCny: v,
    amount: cny(100000),
  });
});
for (const [text, v] of [
  ['一年 turnover 大概 1.5 mil', 1500000],
  ['营业额 a year 大概 两百万', 2000000],
  ['revenue 一年 80万 左右', 800000],
  ['一年 sales 小一百万', 1000000],
] as const)
  add('mixed-loose', text, { annualRevenueCny: v });

// F. Takings against profit: the margin, what reaches the hand, the net is no revenue.
const zhProfit = ['毛利', '纯利', '到手', '净赚', '利润', '纯赚'];
zhProfit.forEach((p, i) => {
  add('zh-profit', `一年流水八十万 ${p}二十万`, { annualRevenueCny: 800000 });
  add('zh-profit', `${p}一年三十来万 营业额一百多万`, { annualRevenueCny: 1000000 });
  add('zh-profit', `一个月营业额十万 ${p}两万`, { annualRevenueCny: 1200000 });
  add('zh-profit', `${pick(['一年', '一个月'], i)}${p}也就五万`, {});
});
const enProfit = ['profit', 'net', 'we keep', 'we pocket', 'margin', 'take home'];
enProfit.forEach((p) => {
  add('en-profit', `turnover 900k a year, ${p} maybe 150k`, { annualRevenueCny: 900000 });
  add('en-profit', `about 80k a month in sales, ${p} 15k`, { annualRevenueCny: 960000 });
});

// G. A week's or a day's takings, with the days worked.
for (const [text, v] of [
  ['一个星期流水一万五左右', 780000],
  ['一个礼拜营业额两万', 1040000],
  ['每周进账一万多', 520000],
  ['一天卖三千 一个月开二十五天', 900000],
  ['一天营业额两千左右 一个礼拜开六天', 624000],
  ['一天卖四五千 一年开三百天', 1350000],
] as const)
  add('zh-week', text, { annualRevenueCny: v });
for (const [text, v] of [
  ['weekly takings around 20k', 1040000],
  ['about 15k a week', 780000],
  ['5k a day, open 6 days a week', 1560000],
  ['we take 3k a day, open 25 days a month', 900000],
  ['we do 2k a day, open 300 days a year', 600000],
] as const)
  add('en-week', text, { annualRevenueCny: v });
add('mixed-week', '流水 a week 大概 2万', { annualRevenueCny: 1040000 });
add('mixed-week', 'weekly 营业额 一万五', { annualRevenueCny: 780000 });

// H. Mixed seasons.
for (const [text, v] of [
  ['旺季 one month 大概 25万, 淡季 like 8万', halfAndHalf(250000, 80000)],
  ['busy season 一个月三十万, slow season 十万左右', halfAndHalf(300000, 100000)],
  ['peak season 一个月 20万, 其他时候 5万', halfAndHalf(200000, 50000)],
  ['旺季 200k a month, 淡季 50k', halfAndHalf(200000, 50000)],
  ['high season 一个月 15w, low season 5w', halfAndHalf(150000, 50000)],
] as const)
  add('mixed-two', text, { annualRevenueCny: v });

// I. Controls: a loan, a price or a cost beside seasons is none of the sales.
add('control', '旺季一个月二十万 淡季五万 房租一年六万', { annualRevenueCny: halfAndHalf(200000, 50000) });
add('control', '旺季一个月二十万 淡季五万 一斤卖八十块', { annualRevenueCny: halfAndHalf(200000, 50000) });
add('control', '榨季要垫一百万收甘蔗 想借五十万', { amount: cny(500000) });
add('control', '春茶收鲜叶要三十万 想贷二十万', { amount: cny(200000) });
add('control', 'busy months 120k a month, slow months 50k, rent is 8k a month', { annualRevenueCny: halfAndHalf(120000, 50000) });
add('control', 'in peak season we pay 40k a month in wages', {});
add('control', 'spring tea costs us 300k to buy in, need a 200k loan', { amount: cny(200000) });
add('control', '旺季工人二十几个 平时五个', { employees: 5 });

runSweep(cases, (text) => {
  const all = understand(text) as unknown as Fields;
  return Object.fromEntries(FIGURE_KEYS.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
});
