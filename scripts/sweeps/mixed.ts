// A sweep of Chinese inside English and of channels and markets said loosely (round 14, mixed14): English
// frames with Chinese words for trades, goods, purposes, numbers and platforms; Chinese frames with the
// platforms listed and denied loosely (淘宝 抖音 都没做, 网上这块还没弄); online sales through B2B platforms and
// chat apps (1688, via alibaba, 朋友圈卖); trade across the border said by where goods go (ship to vietnam,
// 边贸); a plan then a denial (以后可能做进口 现在没有); a buyer's unpaid job money (工程款没结, the developer
// still owes us). Each message with the profile fields it must give (compared over the situation keys only).
// Prints the share read wrong by frame and, with --list, each miss. Usage:
//   npx tsx scripts/sweeps/mixed.ts [--list] [--kind trade|figure|purpose|online|market|plan|owed]

import { isDeepStrictEqual } from 'node:util';
import { understand } from '../../src/nlu';
import { SITUATION_KEYS } from '../../src/nlu/types';
import { printTally, tally, type Tally } from './tally';

type Fields = Record<string, unknown>;
interface Case {
  kind: string;
  frame: string;
  text: string;
  expected: Fields;
}

const cny = (value: number) => ({ value, currency: 'CNY' });
const cases: Case[] = [];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
/** Frames with {slots}: each filled in turn from its list, the expected fields from the filler. */
const add = (kind: string, frame: string, text: string, expected: Fields): void => {
  cases.push({ kind, frame, text, expected });
};

// Trades named in Chinese inside English frames.
const zhTrades: Array<[string, string]> = [
  ['客栈', 'accommodation'],
  ['民宿', 'accommodation'],
  ['小卖部', 'retail'],
  ['超市', 'retail'],
  ['五金店', 'retail'],
  ['火锅店', 'catering'],
  ['米线店', 'catering'],
  ['饭馆', 'catering'],
  ['奶茶店', 'catering'],
  ['茶厂', 'industry'],
  ['加工厂', 'industry'],
  ['物流公司', 'transport'],
  ['装修公司', 'construction'],
  ['养猪场', 'agriculture'],
  ['合作社', 'agriculture'],
  ['茶园', 'agriculture'],
  ['洗车店', 'other'],
  ['美发店', 'other'],
  ['批发部', 'wholesale'],
];
const towns = ['dali', 'kunming', 'lijiang', 'jinghong', 'tengchong', 'mengzi'];
zhTrades.forEach(([t, id], i) => {
  const town = pick(towns, i);
  add('trade', 'we run a {t} in {town}', `we run a ${t} in ${town}`, { industry: id });
  add('trade', 'i have a small {t}, {n} 个 workers', `i have a small ${t}, ${3 + (i % 5)} 个 workers`, {
    industry: id,
    employees: 3 + (i % 5),
  });
  add('trade', 'my {t} makes about {n}万 a month', `my ${t} makes about ${2 + (i % 6)}万 a month`, {
    industry: id,
    annualRevenueCny: (2 + (i % 6)) * 10000 * 12,
  });
  add('trade', 'our {t} has {n} staff, need {m}万', `our ${t} has ${4 + (i % 7)} staff, need ${10 + i}万`, {
    industry: id,
    employees: 4 + (i % 7),
    amount: cny((10 + i) * 10000),
  });
  add('trade', 'we are a {t} in {town}', `we are a ${t} in ${town}`, { industry: id });
});

// Figures in Chinese inside English.
const zhSums: Array<[string, number]> = [
  ['50万', 500000],
  ['200万', 2000000],
  ['三十万', 300000],
  ['一百万', 1000000],
  ['5个w', 50000],
  ['八十万', 800000],
  ['1.5万', 15000],
  ['20万块', 200000],
];
zhSums.forEach(([s, v]) => {
  add('figure', 'about {s} a year', `about ${s} a year`, { annualRevenueCny: v });
  add('figure', 'we make {s} a month', `we make ${s} a month`, { annualRevenueCny: v * 12 });
  add('figure', 'need {s} for 3 years', `need ${s} for 3 years`, { amount: cny(v), termMonths: 36 });
  add('figure', 'want to borrow {s}', `want to borrow ${s}`, { amount: cny(v) });
  add('figure', 'revenue is {s} per year', `revenue is ${s} per year`, { annualRevenueCny: v });
  add('figure', 'sales around {s} last year', `sales around ${s} last year`, { annualRevenueCny: v });
});
[3, 5, 8, 12, 20].forEach((n) => {
  add('figure', '{n} 个 workers', `${n} 个 workers`, { employees: n });
  add('figure', 'we have {n} 个 staff', `we have ${n} 个 staff`, { employees: n });
  add('figure', 'about {n}个人 in the shop', `about ${n}个人 in the shop`, { employees: n, industry: 'retail' });
  add('figure', '{n} 个员工 plus me', `${n} 个员工 plus me`, { employees: n + 1 });
});

// Purposes in Chinese inside English.
const zhPurposes: Array<[string, string]> = [
  ['设备', 'equipment-expansion'],
  ['进货', 'working-capital'],
  ['装修', 'renovation'],
  ['买货车', 'equipment-expansion'],
  ['周转', 'working-capital'],
  ['发工资', 'working-capital'],
  ['扩建', 'equipment-expansion'],
  ['买原料', 'working-capital'],
  ['买冷柜', 'equipment-expansion'],
  ['盖个冷库', 'equipment-expansion'],
];
zhPurposes.forEach(([p, id], i) => {
  const [s, v] = pick(zhSums, i);
  add('purpose', 'need {s} for {p}', `need ${s} for ${p}`, { amount: cny(v), purpose: id });
  add('purpose', 'want {s} to {p}', `want ${s} to ${p}`, { amount: cny(v), purpose: id });
  add('purpose', 'the money is for {p}, about {s}', `the money is for ${p}, about ${s}`, { amount: cny(v), purpose: id });
});

// Online sales: platforms by name in Chinese and English, chat apps, B2B platforms, live-streaming; then denied.
const zhPlatforms = ['淘宝', '抖音', '拼多多', '快手', '京东', '1688', '阿里巴巴', '微信', '朋友圈', '小红书'];
const enPlatforms = ['taobao', 'douyin', 'pinduoduo', 'kuaishou', 'jd', '1688', 'alibaba', 'wechat', 'wechat moments', 'xiaohongshu'];
const zhGoods = ['普洱', '鲜花饼', '核桃', '菌子', '蜂蜜', '茶叶', '咖啡豆', '腊肉'];
const enGoods = ['tea', 'honey', 'walnuts', 'coffee', 'flowers', 'mushrooms'];
zhPlatforms.forEach((p, i) => {
  const g = pick(zhGoods, i);
  add('online', 'we sell {g} on {p}', `we sell ${g} on ${p}`, { onlineSales: true });
  add('online', 'most orders come from {p}', `most orders come from ${p}`, { onlineSales: true });
  add('online', 'we sell via {p}', `we sell via ${p}`, { onlineSales: true });
  add('online', '在{p}上卖{g}', `在${p}上卖${g}`, { onlineSales: true, industry: 'retail' });
  add('online', '{g}主要通过{p}卖出去', `${g}主要通过${p}卖出去`, { onlineSales: true });
  add('online', '我们在{p}上接单', `我们在${p}上接单`, { onlineSales: true });
});
enPlatforms.forEach((p, i) => {
  const g = pick(enGoods, i);
  add('online', 'we sell {g} via {p}', `we sell ${g} via ${p}`, { onlineSales: true });
  add('online', 'orders come through {p}', `orders come through ${p}`, { onlineSales: true });
  add('online', 'we get orders on {p}', `we get orders on ${p}`, { onlineSales: true });
  add('online', '主要在 {p} 上卖', `主要在 ${p} 上卖`, { onlineSales: true });
});
const zhLive = ['直播带货', '直播卖货', '做直播', '开直播卖'];
zhLive.forEach((l, i) => {
  add('online', 'we do {l} for {g}', `we do ${l} for ${pick(zhGoods, i)}`, { onlineSales: true });
  add('online', '我们在抖音{l}', `我们在抖音${l}`, { onlineSales: true });
});
// Denied in a list, with spaces, 都没做 and other loose words.
const zhPairs: Array<[string, string]> = [
  ['淘宝', '抖音'],
  ['拼多多', '快手'],
  ['抖音', '快手'],
  ['京东', '淘宝'],
  ['淘宝', '拼多多'],
  ['小红书', '抖音'],
];
const zhDenyEnds = ['都没做', '都没搞', '都没有', '都没弄', '都不做', '都还没开', '一个都没做', '都没上'];
zhPairs.forEach(([a, b], i) => {
  const d = pick(zhDenyEnds, i);
  const d2 = pick(zhDenyEnds, i + 3);
  add('online', '{a} {b} {d}', `${a} ${b} ${d}`, { onlineSales: false });
  add('online', '{a}、{b}{d}', `${a}、${b}${d2}`, { onlineSales: false });
  add('online', '{a} 跟 {b} {d} 就在店里卖', `${a} 跟 ${b} ${d} 就在店里卖`, { onlineSales: false });
  add('online', '{a}{b}这些 我们{d}', `${a}${b}这些 我们${d2}`, { onlineSales: false });
});
const zhOnlineLoose = ['网上这块', '线上这块', '网上', '网店这块', '电商这块', '线上渠道'];
const zhNotYet = ['还没弄', '还没做', '还没搞', '暂时没弄', '一直没做起来', '还没开始'];
zhOnlineLoose.forEach((o, i) => {
  add('online', '{o}{n}', `${o}${pick(zhNotYet, i)}`, { onlineSales: false });
  add('online', '{o} {n} 都是线下卖', `${o} ${pick(zhNotYet, i + 2)} 都是线下卖`, { onlineSales: false });
});
const enOnlineDenied = [
  'no taobao no douyin, only the shop',
  'not on 淘宝 or 抖音',

  'we don\u2019t sell online, only at the market',
  'no 网店, we sell at the market',
  'we have no 网店',
  'we never did 电商',
  'we don\u2019t do 直播',
  'nothing on 拼多多 or 淘宝',
];
for (const t of enOnlineDenied) add('online', '(en denial)', t, { onlineSales: false });
// One platform alone denied leaves the others: no fact (the corpus convention).
add('online', '(en denial)', 'we are not on 淘宝', {});

// Trade across the border: where goods go, border trade, in English and Chinese; denied in mixed words.
const countriesEn = ['vietnam', 'laos', 'myanmar', 'thailand'];
const countriesZh = ['越南', '老挝', '缅甸', '泰国'];
const zhBorderGoods = ['水果', '日用品', '橡胶', '建材'];
countriesEn.forEach((c, i) => {
  const g = pick(enGoods, i);
  add('market', 'we ship {g} to {c}', `we ship ${g} to ${c}`, { industry: 'wholesale', crossBorder: true });
  add('market', 'we send {g} to buyers in {c}', `we send ${g} to buyers in ${c}`, { industry: 'wholesale', crossBorder: true });
  add('market', 'we do border trade with {c}', `we do border trade with ${c}`, { industry: 'wholesale', crossBorder: true });
  add('market', 'we sell {zg} to {cz}', `we sell ${pick(zhBorderGoods, i)} to ${pick(countriesZh, i)}`, {
    industry: 'wholesale',
    crossBorder: true,
  });
  add('market', 'we do 边贸 with {c}', `we do 边贸 with ${c}`, { industry: 'wholesale', crossBorder: true });
  add('market', '做{cz}的生意', `在河口做${pick(countriesZh, i)}的生意`, { industry: 'wholesale', crossBorder: true });
  add('market', 'ship to {c}', `ship to ${c}`, { crossBorder: true });
});
['河口', '磨憨', '瑞丽', '畹町'].forEach((town, i) => {
  add('market', '在{town}做边贸', `在${town}做边贸`, { industry: 'wholesale', crossBorder: true });
  add('market', 'we do border trade at {town}', `we do border trade at ${['hekou', 'mohan', 'ruili', 'wanding'][i]}`, {
    industry: 'wholesale',
    crossBorder: true,
  });
  add('market', '边境贸易 in {town}', `边境贸易 in ${['hekou', 'mohan', 'ruili', 'wanding'][i]}`, {
    industry: 'wholesale',
    crossBorder: true,
  });
});
const zhMarketWords = ['出口', '进口', '外贸', '跨境', '边贸'];
const enDenyFrames = [
  "we don't do {m}",
  'no {m}, only local',
  'we never did {m}',
  'not doing any {m}',
  "we don't do {m} at all",
  'no {m} for us',
];
zhMarketWords.forEach((m, i) => {
  for (const f of enDenyFrames) add('market', f, f.replace('{m}', m), { crossBorder: false });
  add('market', 'we do {m} to {c}', `we do ${m} to ${pick(countriesEn, i)}`, { industry: 'wholesale', crossBorder: true });
});

// A plan then a denial, and a plan alone, both ways.
const zhPlans = ['以后可能做', '明年打算做', '打算明年开始做', '想以后做', '过两年可能做'];
const zhNows = ['现在没有', '现在还没做', '目前没有', '现在还没', '暂时还没有'];
zhPlans.forEach((p, i) => {
  const m = pick(zhMarketWords, i);
  add('plan', '{p}{m} {now}', `${p}${m} ${pick(zhNows, i)}`, { crossBorder: false });
  add('plan', '{p}{m}', `${p}${m}`, {});
  add('plan', '{p}{m} 现在就在昆明开超市', `${p}${m} 现在就在昆明开超市`, { industry: 'retail' });
  add('plan', '{p}电商 {now}', `${p}电商 ${pick(zhNows, i + 1)}`, { onlineSales: false });
  add('plan', '{p}淘宝', `${p}淘宝`, {});
});
const mixedPlans = ['打算 next year 开始做', 'maybe next year 做', 'plan to 做', 'thinking of 做', 'next year 可能做'];
mixedPlans.forEach((p, i) => {
  const c = pick(countriesEn, i);
  add('plan', '{p} {C} 的生意', `${p} ${c} 的生意`, {});
  add('plan', '{p} 出口', `${p} 出口`, {});
  add('plan', '{p} 淘宝', `${p} 淘宝`, {});
  add('plan', '{p} 出口 but not now', `${p} 出口 but not now`, { crossBorder: false });
});
const enPlans = [
  'we might start importing next year but not now',
  'planning to export next year, not yet',
  'maybe sell on taobao later, not yet',
  'we want to open a 网店 next year',
  'plan to do 外贸 next year',
  'next year we might do 出口',
];
enPlans.forEach((t) => {
  const key = /taobao|网店/.test(t) ? 'onlineSales' : 'crossBorder';
  add('plan', '(en plan)', t, /not (?:now|yet)/.test(t) ? { [key]: false } : {});
});

// A buyer's unpaid job money: 工程款没结, the developer still owes us.
const zhOwed = [
  '工程款没结',
  '工程款还没结',
  '甲方工程款一直没给',
  '开发商的工程款拖着没结',
  '尾款还没到账',
  '货款一直没回来',
  '项目的钱甲方还没给',
];
zhOwed.forEach((o, i) => {
  add('owed', '{o} 想借{n}万周转', `${o} 想借${20 + i}万周转`, {
    buyerOwes: true,
    amount: cny((20 + i) * 10000),
    purpose: 'working-capital',
  });
  add('owed', '{o} need {n}万', `${o} need ${20 + i}万`, { buyerOwes: true, amount: cny((20 + i) * 10000) });
});
const enOwed = [
  'the developer still owes us for the job',
  'the contractor hasn\u2019t paid us for the project',
  'the developer still hasn\u2019t settled the job',
  'the main contractor still owes us',
  'our client never paid the final payment',
  'the 开发商 still owes us',
  'the 甲方 hasn\u2019t paid us yet',
];
enOwed.forEach((o, i) => {
  add('owed', '{o}, need {n}k', `${o}, need ${200 + i * 10}k`, { buyerOwes: true, amount: cny((200 + i * 10) * 1000) });
});

const args = process.argv.slice(2);
const list = args.includes('--list');
const only = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
const situation = (u: Fields): Fields =>
  Object.fromEntries(Object.entries(u).filter(([key]) => (SITUATION_KEYS as readonly string[]).includes(key)));
const byFrame: Tally = new Map();
const byKind: Tally = new Map();
for (const c of cases) {
  if (only !== undefined && c.kind !== only) continue;
  const got = situation({ ...understand(c.text) });
  // A channel or a market frame names goods, no trade: the trade the goods hint at is another kind's.
  if (['online', 'market', 'plan'].includes(c.kind) && !('industry' in c.expected)) delete got.industry;
  const ok = isDeepStrictEqual(got, c.expected);
  tally(byKind, c.kind, ok);
  tally(byFrame, `${c.kind}\t${c.frame}`, ok);
  if (!ok && list) console.log(`${c.kind}\t${c.text}\n\twant ${JSON.stringify(c.expected)}\n\tgot  ${JSON.stringify(got)}`);
}
if (args.includes('--frames')) {
  for (const [frame, [wrong, n]] of byFrame) if (wrong > 0) console.log(`  ${frame}: ${wrong}/${n}`);
}
printTally(byKind);
