// A sweep of figures' roles in everyday words (round 16, figures16): a day's takings times the days the firm opens or
// works (一个月开二十六天, 一年干三百天, open 6 nights a week: no term), sales said by 'make' (we make 40k a month: revenue,
// no profit), costs advanced (工资跟材料款要垫四十万: the sum wanted, working capital), a price after a plan to buy (a
// filling machine is about 200k, we want one: the sum wanted), invoices unpaid (250k of our invoices are still unpaid:
// buyerOwes, no sum), a loan being repaid (still paying back 80k to the credit union: nothing), sales before and now
// (used to do 2m, now 1.2m: the sum now), sums hedged (出头, 不到, 小, 上下, a bit over, just under); in Chinese,
// English and mixed words. Compares the whole Understanding but its language. Prints the share read wrong by frame.
// Usage: npx tsx scripts/sweeps/figures16.ts [--list] [--kind <frame>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
const cny = (value: number) => ({ value, currency: 'CNY' });
const { cases, add } = sweepCases();

/** A day's takings in Chinese words, with their value. */
const zhDay: Array<[string, number]> = [
  ['两千', 2000],
  ['三千来块', 3000],
  ['一千五左右', 1500],
  ['两千出头', 2000],
  ['八百块', 800],
  ['五六百块', 550],
  ['2500', 2500],
  ['四千多', 4000],
];
const enDay: Array<[string, number]> = [
  ['2k', 2000],
  ['around 3k', 3000],
  ['about 1500', 1500],
  ['a bit over 2k', 2000],
  ['roughly 800', 800],
  ['4,000', 4000],
];

// A. Days open or worked with a day's takings: the day's times the days (no term).
zhDay.forEach(([s, v], i) => {
  const days = [26, 25, 28, 30, 22][i % 5] as number;
  const zhDays = ['二十六', '二十五', '二十八', '三十', '二十二'][i % 5];
  add('zh-days-open', `一天卖${s} 一个月开${zhDays}天`, { annualRevenueCny: v * days * 12 });
  add('zh-days-open', `一个月开${zhDays}天 一天么${s}`, { annualRevenueCny: v * days * 12 });
  add('zh-days-open', `一天流水${s} 一个月做${zhDays}天`, { annualRevenueCny: v * days * 12 });
  add('zh-days-open', `一个月干${zhDays}天左右 一天收个${s}`, { annualRevenueCny: v * days * 12 });
  const week = [6, 5, 7][i % 3] as number;
  const zhWeek = ['六', '五', '七'][i % 3];
  add('zh-days-open', `一天收${s} 一个礼拜开${zhWeek}天`, { annualRevenueCny: v * week * 52 });
  add('zh-days-open', `一个星期开${zhWeek}天 每天卖${s}`, { annualRevenueCny: v * week * 52 });
  const year = [300, 280, 320][i % 3] as number;
  const zhYear = ['三百', '两百八十', '三百二十'][i % 3];
  add('zh-days-open', `我们一年干${zhYear}天左右 一天流水${s}`, { annualRevenueCny: v * year });
  add('zh-days-open', `一天营业额${s} 一年开${zhYear}天`, { annualRevenueCny: v * year });
});
enDay.forEach(([s, v], i) => {
  const week = [6, 5, 7][i % 3] as number;
  const month = [26, 25, 28][i % 3] as number;
  add('en-days-open', `we take ${s} a day, open ${week} days a week`, { annualRevenueCny: v * week * 52 });
  add('en-days-open', `open ${week} nights a week, ${s} a night`, { annualRevenueCny: v * week * 52 });
  add('en-days-open', `${s} a night, we open ${week} nights a week`, { annualRevenueCny: v * week * 52 });
  add('en-days-open', `we do ${s} a day, open about ${month} days a month`, { annualRevenueCny: v * month * 12 });
  add('en-days-open', `open ${month} days a month, sales ${s} a day`, { annualRevenueCny: v * month * 12 });
  add('en-days-open', `we work about 300 days a year, ${s} a day`, { annualRevenueCny: v * 300 });
});
for (const [text, v] of [
  ['一天 sales 两千出头, open 六天 a week', 2000 * 6 * 52],
  ['一天 about 1500, 一个月开二十六天', 1500 * 26 * 12],
  ['每天 3k 左右, 一个礼拜开五天', 3000 * 5 * 52],
  ['open 6 天 a week, 一天 两千', 2000 * 6 * 52],
  ['一个月开 25 天, 一天 sales 八百', 800 * 25 * 12],
  ['一年干 300 天, 每天 2k', 2000 * 300],
] as const)
  add('mixed-days-open', text, { annualRevenueCny: v });

// B. Sales said by make (a month, a week, a year, busy and slow months): revenue, no profit, no trade.
const enMake: Array<[string, number]> = [
  ['40k', 40000],
  ['about 90k', 90000],
  ['maybe 25k', 25000],
  ['around 120k', 120000],
  ['like 60k', 60000],
];
enMake.forEach(([s, v], i) => {
  add('en-make', `we make ${s} a month`, { annualRevenueCny: v * 12 });
  add('en-make', `we make ${s} a month off it`, { annualRevenueCny: v * 12 });
  add('en-make', `we make ${s} a week`, { annualRevenueCny: v * 52 });
  add('en-make', `make ${s} a month, want to borrow 100k`, { annualRevenueCny: v * 12, amount: cny(100000) });
  const [q, qv] = enMake[(i + 2) % enMake.length] as [string, number];
  add('en-make', `busy months we make ${s}, slow months ${q}`, { annualRevenueCny: ((v + qv) / 2) * 12 });
  add('en-make', `in good months we make ${s}, in bad months ${q}`, { annualRevenueCny: ((v + qv) / 2) * 12 });
});
for (const [text, v] of [
  ['一个月 make 个 5万 左右', 600000],
  ['一个月 make 八万左右', 960000],
  ['每个月 we make 十来万', 1200000],
  ['一年 make 个 200万', 2000000],
] as const)
  add('mixed-make', text, { annualRevenueCny: v });
// 挣 with a sum is what the firm keeps, by the corpus (一年下来能挣个30万: no sales): controls.
for (const text of ['一个月能挣个七八万', '一年能挣个二十来万']) add('zh-earn-kept', text, {});

// C. Costs advanced said alone: the sum wanted, working capital.
const zhSums: Array<[string, number]> = [
  ['四十万', 400000],
  ['二十来万', 200000],
  ['三十万左右', 300000],
  ['15万', 150000],
  ['五十多万', 500000],
];
const zhAdvanced = ['工人工资跟材料款要垫', '这批活要先垫', '材料钱得先垫', '要先垫付工人工资', '货款要先垫进去'];
zhAdvanced.forEach((lead, i) => {
  for (const [s, v] of zhSums.slice(i % 2, (i % 2) + 3)) add('zh-advanced', `${lead}${s}`, { amount: cny(v), purpose: 'working-capital' });
});
const enSums: Array<[string, number]> = [
  ['150k', 150000],
  ['about 200k', 200000],
  ['300k', 300000],
  ['roughly 80k', 80000],
];
for (const lead of ['need to front', 'we have to advance', 'gotta front', 'have to pay upfront'])
  for (const [s, v] of enSums) add('en-advanced', `${lead} ${s} for wages and materials`, { amount: cny(v), purpose: 'working-capital' });
for (const [text, v] of [
  ['要先垫 workers 工资 二十万', 200000],
  ['need to 垫 三十万 for materials', 300000],
  ['工资 材料 要 front 40万', 400000],
] as const)
  add('mixed-advanced', text, { amount: cny(v), purpose: 'working-capital' });

// D. A price after a plan to buy (or a plan after a price): the sum wanted; two wanted: twice the price.
const zhThings = ['灌装机', '烘干机', '冷藏车', '包装机', '面包车'];
zhThings.forEach((thing, i) => {
  const [s, v] = zhSums[i] as [string, number];
  add('zh-price', `想买台${thing} 差不多要${s}`, { amount: cny(v), purpose: 'equipment-expansion' });
  add('zh-price', `${thing}一台要${s} 想买一台`, { amount: cny(v), purpose: 'equipment-expansion' });
  add('zh-price', `想添台${thing} 大概${s}`, { amount: cny(v), purpose: 'equipment-expansion' });
  add('zh-price', `${thing}一台${s} 想再买两台`, { amount: cny(2 * v), purpose: 'equipment-expansion' });
});
const enThings = ['filling machine', 'dryer', 'refrigerated truck', 'packing machine', 'delivery van'];
enThings.forEach((thing, i) => {
  const [s, v] = enSums[i % enSums.length] as [string, number];
  add('en-price', `a ${thing} is ${s}, we want one`, { amount: cny(v), purpose: 'equipment-expansion' });
  add('en-price', `a new ${thing} costs ${s}, we want to buy one`, { amount: cny(v), purpose: 'equipment-expansion' });
  add('en-price', `we want a ${thing}, its ${s}`, { amount: cny(v), purpose: 'equipment-expansion' });
});
for (const [text, v] of [
  ['想买台 CNC 机床 大概 35万', 350000],
  ['a 烘干机 is about 8万, 想买一台', 80000],
] as const)
  add('mixed-price', text, { amount: cny(v), purpose: 'equipment-expansion' });

// E. Invoices unpaid: a buyer owes, the sum no figure.
for (const s of ['六十多万', '二十来万', '30万', '一百万左右']) {
  add('zh-invoices', `客户那边还有${s}的发票没结`, { buyerOwes: true });
  add('zh-invoices', `开出去的发票还有${s}没收回来`, { buyerOwes: true });
  add('zh-invoices', `还有${s}货款压在超市那边`, { buyerOwes: true });
}
for (const s of ['250k', 'about 400k', '1.2m', '90k']) {
  add('en-invoices', `${s} of our invoices are still unpaid`, { buyerOwes: true });
  add('en-invoices', `we have ${s} in unpaid invoices`, { buyerOwes: true });
  add('en-invoices', `clients still havent paid ${s} of invoices`, { buyerOwes: true });
}
for (const text of ['还有 30万 的 invoices 客户没付', '有 50万 invoices 还没收回来', 'customers 还欠 我们 20万 货款'])
  add('mixed-invoices', text, { buyerOwes: true });

// F. A loan being repaid: nothing (no sum wanted, no offer).
for (const s of ['八万', '十五万', '二十来万', '5万']) {
  add('zh-repaying', `信用社那笔${s}的贷款还在还`, {});
  add('zh-repaying', `银行还有${s}在还`, {});
  add('zh-repaying', `每个月还在还信用社的钱 还剩${s}`, {});
}
for (const s of ['80k', '150k', 'about 200k', '50k']) {
  add('en-repaying', `still paying back ${s} to the credit union`, {});
  add('en-repaying', `we are still repaying ${s} to the bank`, {});
  add('en-repaying', `paying off ${s} on our old loan`, {});
}
for (const text of ['信用社的 loan 还在还, 还剩 5万', 'still 还 银行 二十万', '还在 pay back 信用社 8万']) add('mixed-repaying', text, {});

// G. Sales before and now: the sum now.
const zhBefore: Array<[string, string, number]> = [
  ['两百来万', '一百二十万左右', 1200000],
  ['三百万', '两百万出头', 2000000],
  ['八十万', '五十来万', 500000],
];
for (const [b, n, v] of zhBefore) {
  add('zh-before-now', `以前一年做${b} 现在也就${n}`, { annualRevenueCny: v });
  add('zh-before-now', `原来一年能卖${b} 现在只有${n}`, { annualRevenueCny: v });
  add('zh-before-now', `前几年一年${b} 这两年${n}`, { annualRevenueCny: v });
}
for (const [b, n, v] of [
  ['2m', 'about 1.2m', 1200000],
  ['3m', '2m', 2000000],
  ['800k', 'around 500k', 500000],
] as const) {
  add('en-before-now', `used to do ${b} a year, now ${n}`, { annualRevenueCny: v });
  add('en-before-now', `we used to make ${b} a year, now only ${n}`, { annualRevenueCny: v });
  add('en-before-now', `sales were ${b} a year before covid, now ${n}`, { annualRevenueCny: v });
}
for (const [text, v] of [
  ['以前 一年 做 3m, 现在 only 150万 左右', 1500000],
  ['used to 一年 两百万, 现在 about 1m', 1000000],
] as const)
  add('mixed-before-now', text, { annualRevenueCny: v });

// H. Sums hedged in both languages.
for (const [text, v] of [
  ['一个月营业额不到十万', 1200000],
  ['一年营业额八十万出头', 800000],
  ['去年卖了小一百万', 1000000],
  ['生意一年一百五十万上下', 1500000],
  ['一个月流水大概二十万出头', 2400000],
  ['一年营业额不到两百万', 2000000],
  ['一个礼拜能卖个万把块钱', 520000],
] as const)
  add('zh-hedged', text, { annualRevenueCny: v });
for (const [text, v] of [
  ['turnover was just under 1m last year', 1000000],
  ['sales a bit over 2m a year', 2000000],
  ['revenue a little under 500k a year', 500000],
  ['we sell just over 80k a month', 960000],
] as const)
  add('en-hedged', text, { annualRevenueCny: v });
for (const [text, v] of [
  ['一年 营业额 不到 100万', 1000000],
  ['一个月 sales 二十万出头', 2400000],
] as const)
  add('mixed-hedged', text, { annualRevenueCny: v });

runSweep(cases, (text) => {
  const { language: _language, rules: _rules, ...got } = understand(text) as unknown as Fields;
  return got;
});
