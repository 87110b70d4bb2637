// A sweep of customers, suppliers and partners named beside the firm's own trade (round 16, customers16): whom the
// firm sells to after a sum and its period (一年卖个一百多万 主要供给火锅店, "we sell about 1.5 mil a year, mostly to
// cafes"), buyers outside the word lists (物业公司, 县医院, mines, construction sites), who the clients are (客户主要是…,
// "our clients are…"), whom the firm supplies or delivers to (给…供货/配送, "we supply…"), whom it buys from (从…进货,
// "we buy … from…") and whom it works with (跟…合作, "we work with…"); in Chinese, English and mixed. The firm's own trade,
// head counts, sums and purposes in the same message are still read, and the customers' trade never is.
// Compares the whole Understanding but its language. Prints the share read wrong by frame and, with --list, each miss.
// Usage: npx tsx scripts/sweeps/customers16.ts [--list] [--kind <frame>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
const cny = (value: number) => ({ value, currency: 'CNY' });
const { cases, add } = sweepCases();

/** The firm's own trade in Chinese, with its industry. */
const zhTrades: Array<[phrase: string, industry: string]> = [
  ['我们是茶厂', 'industry'],
  ['我们开客栈的', 'accommodation'],
  ['我们养鸡的', 'agriculture'],
  ['我们开五金店的', 'retail'],
  ['我们搞装修的', 'construction'],
  ['我们跑运输的', 'transport'],
  ['我们是做布草洗涤的', 'other'],
  ['我们开印刷厂', 'industry'],
  ['我们开饭店的', 'catering'],
  ['我们是汽修厂', 'other'],
  ['我们做豆腐的', 'industry'],
  ['我们是烘咖啡豆的', 'industry'],
  ['我们种蔬菜的', 'agriculture'],
];
/** Buyers named in Chinese, in and outside the word lists: their trades are never the firm's. */
const zhBuyers = [
  '物业公司',
  '县医院',
  '学校食堂',
  '矿上',
  '酒店',
  '工地',
  '蛋糕厂',
  '火锅店',
  '咖啡馆',
  '旅行社',
  '幼儿园',
  '养老院',
  '驾校',
  '加油站',
  '搅拌站',
  '月子中心',
  '烧烤摊',
  '茶楼',
  '超市',
  '水泥厂',
  '物流公司',
  '房地产公司',
  '部队',
  '婚庆公司',
  '洗浴中心',
  '健身房',
  '花店',
  '卫生院',
  '乡政府',
  '汽修厂',
];
/** Suppliers named in Chinese. */
const zhSuppliers = ['饲料厂', '批发市场', '云天化', '化肥厂', '屠宰场', '供销社', '酒厂', '纸箱厂', '老挝那边的农户', '昆明的批发商'];
/** Sums and their periods in Chinese, with the year's revenue. */
const zhSales: Array<[phrase: string, revenue: number]> = [
  ['一年卖个一百多万', 1000000],
  ['一年卖一百五十万左右', 1500000],
  ['一年大概八十来万', 800000],
  ['一个月卖七八万', 900000],
  ['一年营业额三百来万', 3000000],
  ['一年流水两百万', 2000000],
  ['去年做了六百多万', 6000000],
];
/** Words before the buyers after a sum: how much of the custom they are, and the verb of supplying. */
const zhSupplyVerbs = ['主要供给', '主要卖给', '大部分发给', '基本上都送到', '主要供应', '一般卖给'];
const zhJoins = ['跟', '和', '、', '还有'];

/** The firm's own trade in English, with its industry. */
const enTrades: Array<[phrase: string, industry: string]> = [
  ['we run a tea factory', 'industry'],
  ['we run a guesthouse', 'accommodation'],
  ['we raise chickens', 'agriculture'],
  ['we run a hardware store', 'retail'],
  ['we do renovation', 'construction'],
  ['we run a trucking company', 'transport'],
  ['we run a laundry', 'other'],
  ['we roast coffee', 'industry'],
  ['we run a printing factory', 'industry'],
  ['we run a restaurant', 'catering'],
  ['we make tofu', 'industry'],
  ['we grow vegetables', 'agriculture'],
];
/** Buyers named in English, in and outside the word lists. */
const enBuyers = [
  'cafes',
  'hotels',
  'the county hospital',
  'property management companies',
  'schools',
  'mines',
  'construction sites',
  'cake factories',
  'travel agencies',
  'hotpot places',
  'kindergartens',
  'nursing homes',
  'driving schools',
  'gas stations',
  'logistics companies',
  'developers',
  'the township government',
  'army barracks',
  'wedding planners',
  'gyms',
  'bubble tea shops',
  'temples',
  'karaoke bars',
  'clinics',
];
/** Sums and their periods in English, with the year's revenue. */
const enSales: Array<[phrase: string, revenue: number]> = [
  ['about 1.5 mil a year', 1500000],
  ['around 800k a year', 800000],
  ['60k a month', 720000],
  ['roughly 2m a year', 2000000],
  ['about 3 million a year', 3000000],
];
const enJoins = [' and ', ' n ', ' & ', ' + ', ', '];
/** Suppliers named in English, with the goods got from them. */
const enSuppliers: Array<[goods: string, from: string]> = [
  ['our feed', 'a mill in qujing'],
  ['the beans', 'farmers in pu er'],
  ['our boxes', 'a packaging factory in kunming'],
  ['fertiliser', 'the co-op'],
  ['our meat', 'the slaughterhouse'],
  ['stock', 'a wholesaler in luosiwan'],
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

// A. zh: the firm's trade, a sum and its period, then the buyers (their trade is not the firm's).
zhTrades.forEach(([trade, industry], t) => {
  zhSales.forEach(([sales, revenue], s) => {
    const verb = pick(zhSupplyVerbs, t + s);
    const a = pick(zhBuyers, t * 3 + s);
    const b = pick(zhBuyers, t * 5 + s + 7);
    const join = pick(zhJoins, t + s);
    add('zh-sum-then-buyers', `${trade} ${sales} ${verb}${a}${join}${b}`, { industry, annualRevenueCny: revenue });
    add('zh-sum-then-buyers', `${trade}，${sales}，${verb}${a}`, { industry, annualRevenueCny: revenue });
  });
});
// B. zh: a sum and its period, then the buyers, no trade named.
zhSales.forEach(([sales, revenue], s) => {
  zhSupplyVerbs.forEach((verb, v) => {
    add('zh-sum-buyers-alone', `${sales} ${verb}${pick(zhBuyers, s * 4 + v)}`, { annualRevenueCny: revenue });
  });
});
// C. zh: who the customers are, before or after the trade, with a head count.
zhTrades.forEach(([trade, industry], t) => {
  zhBuyers.forEach((buyer, b) => {
    if ((t + b) % 3 !== 0) return;
    const other = pick(zhBuyers, b + 11);
    add('zh-clients-are', `${trade} 客户主要是${buyer}跟${other}`, { industry });
    add('zh-clients-are', `客户大部分是${buyer}，${trade}，有${(b % 9) + 3}个工人`, { industry, employees: (b % 9) + 3 });
  });
});
// D. zh: whom the firm supplies or delivers to (给…供货, 给…配送, 帮…送货).
zhTrades.forEach(([trade, industry], t) => {
  zhBuyers.forEach((buyer, b) => {
    if ((t + b) % 4 !== 0) return;
    add('zh-supply-to', `${trade}，主要给${buyer}供货`, { industry });
    add('zh-supply-to', `${trade} 还给几家${buyer}配送`, { industry });
  });
});
// E. zh: whom the firm buys from (从…进货, 货从…拿).
zhTrades.forEach(([trade, industry], t) => {
  zhSuppliers.forEach((supplier, s) => {
    if ((t + s) % 2 !== 0) return;
    // Goods got from across the border are imported: cross-border, the farmers there no trade of ours.
    const expected = supplier.startsWith('老挝') ? { industry, crossBorder: true } : { industry };
    add('zh-bought-from', `${trade}，货都是从${supplier}进的`, expected);
    add('zh-bought-from', `原料主要从${supplier}那里拿 ${trade}`, expected);
  });
});
// F. zh: whom the firm works with (跟…合作).
zhTrades.forEach(([trade, industry], t) => {
  zhBuyers.forEach((buyer, b) => {
    if ((t + b) % 5 !== 0) return;
    add('zh-work-with', `我们跟好几家${buyer}合作 ${trade.replace(/^我们/, '')}`, { industry });
  });
});
// G. zh: the buyers, then a sum wanted and what it buys: the need still read.
zhTrades.forEach(([trade, industry], t) => {
  const buyer = pick(zhBuyers, t * 7);
  add('zh-buyers-then-need', `${trade}，主要卖给${buyer}，想借二十万添台机器`, {
    industry,
    amount: cny(200000),
    purpose: 'equipment-expansion',
  });
  add('zh-buyers-then-need', `${trade} 客户主要是${buyer} 想借五十万进货`, {
    industry,
    amount: cny(500000),
    purpose: 'working-capital',
  });
});

// H. en: the firm's trade, a sum and its period, then the buyers.
enTrades.forEach(([trade, industry], t) => {
  enSales.forEach(([sales, revenue], s) => {
    const a = pick(enBuyers, t * 3 + s);
    const b = pick(enBuyers, t * 5 + s + 7);
    const join = pick(enJoins, t + s);
    add('en-sum-then-buyers', `${trade}, sell ${sales}, mostly to ${a}${join}${b}`, { industry, annualRevenueCny: revenue });
    add('en-sum-then-buyers', `${trade} and sell ${sales} to ${a} in kunming`, { industry, annualRevenueCny: revenue });
  });
});
// I. en: a sum and its period, then the buyers, no trade named; the need after them still read.
enSales.forEach(([sales, revenue], s) => {
  enBuyers.forEach((buyer, b) => {
    if ((s + b) % 3 !== 0) return;
    add('en-sum-buyers-alone', `we do ${sales}, mostly to ${buyer}`, { annualRevenueCny: revenue });
    add('en-sum-buyers-alone', `we sell ${sales} to ${buyer}, need 500k to build a cold room`, {
      annualRevenueCny: revenue,
      amount: cny(500000),
      purpose: 'equipment-expansion',
    });
  });
});
// J. en: who the clients are, before or after the trade.
enTrades.forEach(([trade, industry], t) => {
  enBuyers.forEach((buyer, b) => {
    if ((t + b) % 3 !== 0) return;
    const other = pick(enBuyers, b + 5);
    add('en-clients-are', `${trade}, our clients are mostly ${buyer}${pick(enJoins, b)}${other}`, { industry });
    add('en-clients-are', `our customers are ${buyer}, ${trade} with ${(b % 9) + 3} staff`, { industry, employees: (b % 9) + 3 });
  });
});
// K. en: whom the firm supplies or works with, and whom it buys from.
enTrades.forEach(([trade, industry], t) => {
  enBuyers.forEach((buyer, b) => {
    if ((t + b) % 4 !== 0) return;
    add('en-supply-work', `${trade}, we mainly supply ${buyer}`, { industry });
    add('en-supply-work', `we work with ${buyer}, ${trade}`, { industry });
    // The firm's own verb after the comma starts its own clause: no customer listed.
    if (trade.startsWith('we run ')) add('en-supply-work', `we work with ${buyer}, ${trade.replace(/^we /, '')}`, { industry });
  });
  enSuppliers.forEach(([goods, from], s) => {
    if ((t + s) % 2 !== 0) return;
    add('en-bought-from', `${trade}, we buy ${goods} from ${from}`, { industry });
    add('en-bought-from', `we get ${goods} from ${from}, ${trade}`, { industry });
  });
});

// M. zh: the buyers named in other words: whose business the firm does (做…的生意), whose orders it takes (接…的单),
// whom it serves (服务…, 服务对象是), who buys (买我们东西的主要是…), the buyers down the chain (下游是), work done for them
// old customers (老客户都是); and the suppliers (进货渠道是…, 上游是…, 从…批货).
const zhBuyerFrames: Array<(buyer: string) => string> = [
  (b) => `主要做${b}的生意`,
  (b) => `主要接${b}的单`,
  (b) => `主要服务${b}`,
  (b) => `服务对象主要是${b}`,
  (b) => `买我们东西的主要是${b}`,
  (b) => `下游主要是${b}`,
  (b) => `老客户都是${b}`,
  (b) => `东西都是${b}在用`,
  (b) => `订单主要来自${b}`,
];
const zhSupplierFrames: Array<(supplier: string) => string> = [
  (s) => `进货渠道主要是${s}`,
  (s) => `上游是${s}`,
  (s) => `一般从${s}批货`,
  (s) => `东西是${s}供的`,
  (s) => `${s}给我们供货`,
];
zhTrades.forEach(([trade, industry], t) => {
  zhBuyerFrames.forEach((frame, f) => {
    const buyer = pick(zhBuyers, t * 3 + f);
    add('zh-buyers-other-words', `${trade}，${frame(buyer)}`, { industry });
    add('zh-buyers-other-words', `${frame(buyer)} ${trade}`, { industry });
  });
  zhSupplierFrames.forEach((frame, f) => {
    const supplier = pick(zhSuppliers.slice(0, 8), t + f);
    add('zh-suppliers-other-words', `${trade}，${frame(supplier)}`, { industry });
  });
});
// N. en: the buyers named in other words: whom the firm serves or caters to, whose orders it takes, who buys from it,
// where most of its business comes from, who its customers include; and the
// suppliers (our supplier is, we source from, X supply us).
const enBuyerFrames: Array<(buyer: string) => string> = [
  (b) => `we mostly serve ${b}`,
  (b) => `we cater to ${b}`,
  (b) => `we take orders from ${b}`,
  (b) => `${b} buy from us`,
  (b) => `most of our business comes from ${b}`,
  (b) => `our customers include ${b}`,
  (b) => `our main customers are ${b}`,
];
const enSupplierFrames: Array<(supplier: string) => string> = [
  (s) => `our supplier is ${s}`,
  (s) => `we source from ${s}`,
  (s) => `${s} supplies us`,
  (s) => `we order from ${s}`,
];
enTrades.forEach(([trade, industry], t) => {
  enBuyerFrames.forEach((frame, f) => {
    const buyer = pick(enBuyers, t * 3 + f);
    add('en-buyers-other-words', `${trade}, ${frame(buyer)}`, { industry });
    add('en-buyers-other-words', `${frame(buyer)}, ${trade}`, { industry });
  });
  enSupplierFrames.forEach((frame, f) => {
    const [, supplier] = pick(enSuppliers, t + f);
    add('en-suppliers-other-words', `${trade}, ${frame(supplier)}`, { industry });
  });
});

// O. en: goods bought and resold or distributed to buyers: wholesale, the buyers' trade not the firm's.
const enGoods = ['walnuts', 'coffee beans', 'rice', 'tea', 'mushrooms', 'fruit'];
enGoods.forEach((goods, g) => {
  enBuyers.forEach((buyer, b) => {
    if ((g + b) % 3 !== 0) return;
    add('en-resold', `we buy ${goods} from farmers and resell to ${buyer}`, { industry: 'wholesale' });
    add('en-resold', `we distribute ${goods} to ${buyer}`, { industry: 'wholesale' });
  });
});

// L. mixed: Chinese frames with English buyers, English frames with Chinese buyers.
zhTrades.forEach(([trade, industry], t) => {
  const buyer = pick(enBuyers, t * 2);
  add('mixed', `${trade}，客户主要是 ${buyer}`, { industry });
  add('mixed', `${trade} 一年 turnover 两百来万，主要卖给 ${buyer}`, { industry, annualRevenueCny: 2000000 });
});
zhTrades.forEach(([trade, industry], t) => {
  const buyer = pick(enBuyers, t * 5 + 3);
  add('mixed', `${trade}，主要给 ${buyer} 供货`, { industry });
  add('mixed', `${trade} 也帮 ${buyer} 送货`, { industry });
});
enTrades.forEach(([trade, industry], t) => {
  const buyer = pick(zhBuyers, t * 3 + 1);
  add('mixed', `${trade}, 主要供给${buyer}`, { industry });
  add('mixed', `${trade}, our clients 主要是${buyer}`, { industry });
});

runSweep(cases, (text) => {
  const { language: _language, rules: _rules, ...got } = understand(text) as unknown as Fields;
  return got;
});
