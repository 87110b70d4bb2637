// A sweep of code-switched messages (round 13): the key words of the word lists (verbs of buying,
// building and renovating, things bought, trades, figure words, denials and plans) put in mixed
// frames, English inside Chinese and Chinese inside English, each with its expected reading.
// Prints the share read wrong and, with --list, each miss. Usage:
//   npx tsx scripts/sweeps/codeswitch.ts [--list] [--kind purpose|trade|figure|market|payout]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;

const cny = (value: number) => ({ value, currency: 'CNY' });
const { cases, add } = sweepCases();

// Purposes: an English verb before a Chinese thing, a Chinese verb before an English thing.
const zhMachines = [
  '冷藏车',
  '烘干机',
  '货车',
  '冰柜',
  '咖啡机',
  '叉车',
  '烤箱',
  '打包机',
  '挖机',
  '发电机',
  '制冰机',
  '面包车',
  '洗衣机',
  '空调',
  '数控机床',
  '雕刻机',
];
const enMachines = [
  'truck',
  'freezer',
  'CNC',
  'oven',
  'forklift',
  'coffee machine',
  'excavator',
  'van',
  'printer',
  'dryer',
  'generator',
  'ice machine',
  'fridge',
  'tractor',
  'espresso machine',
  'laser cutter',
];
const enGetVerbs = ['buy', 'add', 'get', 'replace', 'upgrade', 'purchase'];
const zhGetVerbs = ['买', '添', '换', '配', '加', '购置', '再买', '添置'];
const zhCounts = ['', '一台', '两台', '五台', '几台', '个'];
zhMachines.forEach((m, i) => {
  const v = enGetVerbs[i % enGetVerbs.length] as string;
  const c = zhCounts[i % zhCounts.length] as string;
  add('purpose', `想借 ${10 + i}万 ${v} ${c}${m}`, { amount: cny((10 + i) * 10000), purpose: 'equipment-expansion' });
  add('purpose', `want 借 ${i + 2}0w ${v} ${c}${m}`, { amount: cny((i + 2) * 100000), purpose: 'equipment-expansion' });
  add('purpose', `想 ${v} ${c}${m} 差 ${i + 3}万`, { amount: cny((i + 3) * 10000), purpose: 'equipment-expansion' });
});
enMachines.forEach((m, i) => {
  const v = zhGetVerbs[i % zhGetVerbs.length] as string;
  const c = ['', '一台', '两台', '个', '台', '辆'][i % 6] as string;
  add('purpose', `想借 ${10 + i}万 ${v}${c} ${m}`, { amount: cny((10 + i) * 10000), purpose: 'equipment-expansion' });
  add('purpose', `need ${i + 2}0万 ${v} ${m}`, { amount: cny((i + 2) * 100000), purpose: 'equipment-expansion' });
});
const zhBuildings = ['冷库', '牛棚', '猪圈', '大棚', '烘房', '晒场', '仓库', '鸡舍', '厂房', '温室', '车间', '羊圈'];
const enBuildings = [
  'cold storage',
  'warehouse',
  'greenhouse',
  'barn',
  'drying yard',
  'shed',
  'workshop',
  'chicken coop',
  'cow shed',
  'pig pen',
  'cold room',
  'drying room',
];
const enBuildVerbs = ['build', 'put up', 'expand', 'extend', 'build a new', 'add a'];
const zhBuildVerbs = ['建', '盖', '搭', '扩', '扩建', '建个', '盖个', '搭个', '扩个', '新建'];
zhBuildings.forEach((b, i) => {
  const v = enBuildVerbs[i % enBuildVerbs.length] as string;
  add('purpose', `想借 ${20 + i}万 ${v} ${b}`, { amount: cny((20 + i) * 10000), purpose: 'equipment-expansion' });
  add('purpose', `want to ${v} ${b} 需要 ${30 + i}万`, { amount: cny((30 + i) * 10000), purpose: 'equipment-expansion' });
});
enBuildings.forEach((b, i) => {
  const v = zhBuildVerbs[i % zhBuildVerbs.length] as string;
  add('purpose', `想借 ${20 + i}万 ${v} ${b}`, { amount: cny((20 + i) * 10000), purpose: 'equipment-expansion' });
  add('purpose', `打算${v} ${b} 差 ${30 + i}万`, { amount: cny((30 + i) * 10000), purpose: 'equipment-expansion' });
});
const zhPremises = ['店面', '厨房', '门面', '客房', '卫生间', '大堂', '包间', '餐厅', '房间', '铺面'];
const enPremises = ['kitchen', 'shop', 'rooms', 'lobby', 'bathroom', 'storefront', 'dining room', 'guest rooms', 'office', 'salon'];
const enRenovate = ['renovate', 'redo', 'fix up', 'refurbish', 'remodel', 'redecorate'];
const zhRenovate = ['装修', '翻新', '重新装修', '改造', '装修一下', '翻修'];
zhPremises.forEach((p, i) => {
  const v = enRenovate[i % enRenovate.length] as string;
  add('purpose', `想借 ${5 + i}万 ${v} ${p}`, { amount: cny((5 + i) * 10000), purpose: 'renovation' });
  add('purpose', `打算 ${v} 一下${p} 借个${8 + i}万`, { amount: cny((8 + i) * 10000), purpose: 'renovation' });
});
enPremises.forEach((p, i) => {
  const v = zhRenovate[i % zhRenovate.length] as string;
  add('purpose', `想借 ${5 + i}万 ${v} ${p}`, { amount: cny((5 + i) * 10000), purpose: 'renovation' });
  add('purpose', `${p} 要${v} 借${8 + i}万`, { amount: cny((8 + i) * 10000), purpose: 'renovation' });
});
const zhConsumables = ['原料', '饲料', '化肥', '种子', '货', '原材料', '包装材料', '面粉', '布料', '建材'];
const enConsumables = [
  'stock',
  'materials',
  'raw materials',
  'feed',
  'seeds',
  'fertilizer',
  'packaging',
  'inventory',
  'ingredients',
  'supplies',
];
const enStockVerbs = ['buy', 'stock up on', 'get', 'buy more', 'pay for'];
const zhStockVerbs = ['进', '买', '囤', '进一批', '买点'];
zhConsumables.forEach((c, i) => {
  const v = enStockVerbs[i % enStockVerbs.length] as string;
  add('purpose', `想借 ${5 + i}万 ${v} ${c}`, { amount: cny((5 + i) * 10000), purpose: 'working-capital' });
});
enConsumables.forEach((c, i) => {
  const v = zhStockVerbs[i % zhStockVerbs.length] as string;
  add('purpose', `想借 ${5 + i}万 ${v} ${c}`, { amount: cny((5 + i) * 10000), purpose: 'working-capital' });
  add('purpose', `need ${6 + i}万 ${v}${c}`, { amount: cny((6 + i) * 10000), purpose: 'working-capital' });
});

// Trades named in English inside Chinese frames.
const enTrades: Array<[string, string]> = [
  ['hotpot', 'catering'],
  ['bbq', 'catering'],
  ['bakery', 'catering'],
  ['cafe', 'catering'],
  ['coffee shop', 'catering'],
  ['milk tea', 'catering'],
  ['noodle shop', 'catering'],
  ['guesthouse', 'accommodation'],
  ['homestay', 'accommodation'],
  ['hostel', 'accommodation'],
  ['logistics', 'transport'],
  ['trucking', 'transport'],
  ['car rental', 'leasing-business-services'],
  ['e-bike rental', 'leasing-business-services'],
  ['bike rental', 'leasing-business-services'],
  ['equipment rental', 'leasing-business-services'],
  ['car wash', 'other'],
  ['car repair', 'other'],
  ['hair salon', 'other'],
  ['nail salon', 'other'],
  ['massage', 'other'],
  ['photography', 'other'],
  ['used car', 'retail'],
  ['second-hand phone', 'retail'],
  ['seafood wholesale', 'wholesale'],
  ['fruit wholesale', 'wholesale'],
  ['software', 'software-it'],
  ['app development', 'software-it'],
  ['furniture factory', 'industry'],
  ['construction', 'construction'],
  ['supermarket', 'retail'],
  ['pharmacy', 'retail'],
  ['clothing store', 'retail'],
  ['property management', 'property-management'],
  ['real estate', 'real-estate'],
  ['warehouse', 'warehousing'],
];
for (const [t, id] of enTrades) {
  add('trade', `我们做 ${t} 的`, { industry: id });
  add('trade', `我在大理做 ${t} 生意`, { industry: id });
  add('trade', `在昆明搞 ${t} 员工5个`, { industry: id, employees: 5 });
}
const enStreamed = ['jade', 'tea', 'honey', 'clothes', 'fruit', 'coffee', 'flowers', 'mushrooms', 'jewelry', 'cosmetics'];
for (const g of enStreamed) {
  add('trade', `我们做 ${g} 直播 在抖音卖`, { industry: 'retail', onlineSales: true });
  add('trade', `主要做 ${g} 直播带货`, { industry: 'retail', onlineSales: true });
}
const zhTradesInEnglish: Array<[string, string]> = [
  ['火锅店', 'catering'],
  ['客栈', 'accommodation'],
  ['民宿', 'accommodation'],
  ['物流', 'transport'],
  ['洗车店', 'other'],
  ['美发店', 'other'],
  ['超市', 'retail'],
  ['装修公司', 'construction'],
  ['二手车', 'retail'],
  ['奶茶店', 'catering'],
];
for (const [t, id] of zhTradesInEnglish) add('trade', `we run a ${t} in dali`, { industry: id });

// Figure words: an English cue with Chinese figures, a Chinese cue in English words.
const enRevenue = ['revenue', 'turnover', 'sales', 'income'];
enRevenue.forEach((c, i) => {
  add('figure', `${c} 一年大概 ${3 + i}00万`, { annualRevenueCny: (3 + i) * 1000000 });
  add('figure', `一年 ${c} ${3 + i}00w 左右`, { annualRevenueCny: (3 + i) * 1000000 });
  add('figure', `${c} 一个月 ${2 + i}0万左右`, { annualRevenueCny: (2 + i) * 100000 * 12 });
  add('figure', `年${c} ${5 + i}00来万`, { annualRevenueCny: (5 + i) * 1000000 });
});
const zhRevenue = ['流水', '营业额', '营收', '销售额'];
zhRevenue.forEach((c, i) => {
  add('figure', `${c} about ${2 + i}00万 a year`, { annualRevenueCny: (2 + i) * 1000000 });
  add('figure', `monthly ${c} around ${3 + i}0万`, { annualRevenueCny: (3 + i) * 100000 * 12 });
  add('figure', `our ${c} is ${4 + i}00w per year`, { annualRevenueCny: (4 + i) * 1000000 });
});
const amountCues = ['amount', 'loan amount', 'loan', 'the amount'];
amountCues.forEach((c, i) => {
  add('figure', `${c} 改成 ${1 + i}.5个w`, { amount: cny((1 + i) * 10000 + 5000) });
  add('figure', `${c} 改成 ${2 + i}0万`, { amount: cny((2 + i) * 100000) });
  add('figure', `${c} 要 ${3 + i}个w`, { amount: cny((3 + i) * 10000) });
});
['借款金额', '贷款', '额度'].forEach((c, i) => {
  add('figure', `${c} change to ${3 + i}0万`, { amount: cny((3 + i) * 100000) });
});
['想借 2.5个w', '想借 3个w', 'need 5个w', '借 300w', 'want 借 1.5个w'].forEach((t) => {
  const n = Number(/(\d+(?:\.\d+)?)/.exec(t)?.[1]);
  add('figure', t, { amount: cny(n * 10000) });
});

// Markets denied or only planned, in mixed words.
const enMarkets: Array<[string, string]> = [
  ['export', 'crossBorder'],
  ['import', 'crossBorder'],
  ['cross-border', 'crossBorder'],
  ['online', 'onlineSales'],
  ['ecommerce', 'onlineSales'],
  ['online sales', 'onlineSales'],
];
for (const [m, key] of enMarkets) {
  add('market', `${m} 现在不做 以后看看`, { [key]: false });
  add('market', `${m} 暂时没做`, { [key]: false });
  add('market', `我们还没做 ${m}`, { [key]: false });
  add('market', `没搞 ${m} 的`, { [key]: false });
  add('market', `${m} 没有做 明年再说`, { [key]: false });
}
const zhMarkets: Array<[string, string]> = [
  ['出口', 'crossBorder'],
  ['外贸', 'crossBorder'],
  ['跨境', 'crossBorder'],
  ['网店', 'onlineSales'],
  ['电商', 'onlineSales'],
  ['网上卖', 'onlineSales'],
];
for (const [m, key] of zhMarkets) {
  add('market', `we don't do ${m}`, { [key]: false });
  add('market', `not doing ${m} yet`, { [key]: false });
  add('market', `no ${m} for now`, { [key]: false });
}

// Early payout from a selling platform in mixed words.
const platforms = ['拼多多', '淘宝', '美团', '抖音', '京东'];
for (const p of platforms) {
  add('payout', `${p} 的钱 想 early 拿到`, { question: 'platform-early-payout' });
  add('payout', `${p} early 拿到 可以吗`, { question: 'platform-early-payout' });
  add('payout', `${p} settlement 太慢 能不能提前拿`, { question: 'platform-early-payout' });
  add('payout', `can ${p} 的货款 早点到账`, { question: 'platform-early-payout' });
}

runSweep(cases, (text) => {
  const { language: _language, ...got } = understand(text) as unknown as Fields;
  return got;
});
