// A sweep of the trade decided by what the firm does with a product (round 15, trades): produce grown or
// raised (agriculture), processed (manufacturing), carried for others (transport), bought in and sold on
// (wholesale); crafts and services named by their head noun or verb (carving, tin crafts, costumes made,
// fit-out, repairs, rentals, software); controls where the customers, a relative or a plan name another trade.
// In Chinese, English and mixed. Compares `industry`, `industryWeak`, and that no purpose or money comes from
// the trade words. Prints the share read wrong by frame and, with --list, each miss.
// Usage: npx tsx scripts/sweeps/trades.ts [--list] [--kind <frame>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
/** The fields compared: the trade, and no purpose or sum read from its words. */
const KEYS = ['industry', 'industryWeak', 'purpose', 'amount', 'money'];

const { cases, add: addCase } = sweepCases();
const add = (kind: string, text: string, industry: string, weak = false): void =>
  addCase(kind, text, weak ? { industry, industryWeak: true } : { industry });
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const zhProduce = [
  '茶叶',
  '咖啡豆',
  '核桃',
  '芒果',
  '菌子',
  '松茸',
  '辣椒',
  '花椒',
  '甘蔗',
  '玉米',
  '三七',
  '蜂蜜',
  '火龙果',
  '香蕉',
  '土豆',
  '魔芋',
  '橡胶',
  '蔬菜',
  '西瓜',
  '榴莲',
];
const zhTowns = ['普洱', '临沧', '版纳', '保山', '大理', '红河', '文山', '昭通'];
const zhBuyers = ['饲料厂', '加工厂', '饭店', '酒店', '超市', '水果店', '茶厂', '收购商'];
const zhAbroad = ['老挝', '缅甸', '越南', 'Laos', 'Myanmar', 'Vietnam'];

// A. Processing (zh): the produce made into goods is manufacturing.
const zhMade: Array<[string, string]> = [
  ['芒果', '芒果干'],
  ['核桃', '核桃油'],
  ['辣椒', '辣椒酱'],
  ['玫瑰花', '花酱'],
  ['菌子', '干巴菌酱'],
  ['咖啡豆', '挂耳咖啡'],
  ['梅子', '梅子酒'],
  ['荞麦', '荞麦面'],
  ['玉米', '玉米粉'],
  ['土豆', '薯片'],
];
zhMade.forEach(([p, made], i) => {
  add('zh-process', `我们把${p}做成${made}卖`, 'industry');
  add('zh-process', `在${pick(zhTowns, i)}把${p}加工成${made}`, 'industry');
});
zhProduce.forEach((p, i) => {
  add('zh-process', `我们是做${p}加工的`, 'industry');
  add('zh-process', `在${pick(zhTowns, i)}开了个${p}烘干厂`, 'industry');
  add('zh-process', `我们主要做${p}初加工，${pick(['工人十几个', '一年几百吨', '有两条线'], i)}`, 'industry');
});
for (const t of ['普洱茶饼', '茶饼', '沱茶', '砖茶'])
  for (const f of ['我们压{}', '在临沧压{}的', '自己压{}卖']) add('zh-process', f.replace('{}', t), 'industry');
for (const [t, v] of [
  ['酿梅子酒', 'industry'],
  ['酿葡萄酒', 'industry'],
  ['酿米酒', 'industry'],
  ['烤包谷酒', 'industry'],
  ['榨甘蔗汁 做红糖', 'industry'],
  ['榨核桃油', 'industry'],
  ['榨菜籽油', 'industry'],
  ['晒菌干', 'industry'],
  ['熏腊肉', 'industry'],
  ['腌酸菜', 'industry'],
  ['炒茶', 'industry'],
  ['烘咖啡豆', 'industry'],
] as const)
  for (const f of ['我们在乡下{}', '{}的，家庭作坊', '在弥勒{} 一年卖几十万']) add('zh-process', f.replace('{}', t), v);
for (const w of ['茶叶精制厂', '初制所', '茶叶初制所', '咖啡豆初加工厂', '烘焙工坊', '菌子烘干房', '酱菜作坊', '粉丝厂']) {
  add('zh-process', `我们家开了个${w}`, 'industry');
  add('zh-process', `${w}是我在管`, 'industry');
}

// B. Carrying (zh): produce carried for others is transport, the produce and the customers not the trade.
zhProduce.forEach((p, i) => {
  add('zh-carry', `我开个货车拉${p}`, 'transport');
  add('zh-carry', `帮${pick(['糖厂', '果园', '茶厂', '老板们', '合作社', '菜农'], i)}拉${p}的`, 'transport');
  add('zh-carry', `专门拉${p}到${pick(['昆明', '广州', '成都', '上海'], i)}`, 'transport');
  add('zh-carry', `我们跑车 拉${p}为主`, 'transport');
  add('zh-carry', `拉${p}的货车 有三台`, 'transport');
});

// C. Buying and selling (zh): produce bought in and sold on is wholesale.
zhProduce.forEach((p, i) => {
  add('zh-trade', `从${pick(zhAbroad, i)}进${p}卖给${pick(zhBuyers, i)}`, 'wholesale');
  add('zh-trade', `收${p}卖给${pick(zhBuyers, i + 3)}`, 'wholesale');
  add('zh-trade', `给几家${pick(['酒店', '饭店', '学校食堂', '超市'], i)}送${p}`, 'wholesale');
  add('zh-trade', `给${pick(['酒店', '饭店', '食堂', '超市'], i)}供应${p}`, 'wholesale');
  add('zh-trade', `客户主要在${pick(zhAbroad, i)} 我们卖${p}过去`, 'wholesale');
});

// D. Growing and raising (zh): agriculture.
const zhCrops = ['蓝莓', '沃柑', '茶叶', '咖啡', '核桃', '石榴', '芒果', '三七', '烤烟', '花椒', '玫瑰', '土豆'];
zhCrops.forEach((c, i) => {
  add('zh-grow', `我们种${c} 两百多亩`, 'agriculture');
  add('zh-grow', `在${pick(zhTowns, i)}种${c}的`, 'agriculture');
});
for (const a of ['猪', '黑山羊', '牛', '鸡', '蜂', '鱼', '竹鼠', '鸭子']) {
  add('zh-grow', `在山上养${a}`, 'agriculture');
  add('zh-grow', `我家是养${a}的`, 'agriculture');
}

// E. English: processing, carrying, buying and selling, growing.
const enProduce = [
  'tea',
  'coffee beans',
  'walnuts',
  'mangoes',
  'mushrooms',
  'chillies',
  'sugarcane',
  'corn',
  'bananas',
  'durian',
  'dragon fruit',
  'potatoes',
  'vegetables',
  'rubber',
  'flowers',
];
const enAbroad = ['laos', 'myanmar', 'vietnam', 'thailand'];
const enBuyers = ['feed mills', 'hotels', 'restaurants', 'supermarkets', 'factories', 'cafes'];
enProduce.forEach((p, i) => {
  add('en-process', `we dry ${p} in ${pick(["pu'er", 'lincang', 'baoshan', 'dali'], i)}`, 'industry');
  add('en-process', `we process ${p}`, 'industry');
  add('en-process', `we run a small ${p} drying plant`, 'industry');
  add('en-process', `we turn ${p} into ${pick(['snacks', 'jam', 'powder', 'sauce', 'dried slices'], i)}`, 'industry');
  add('en-carry', `we truck ${p} from ${pick(enAbroad, i)} to kunming`, 'transport');
  add('en-carry', `i drive a truck hauling ${p} for farmers`, 'transport');
  add('en-carry', `we haul ${p} for ${pick(['a sugar mill', 'the orchards', 'tea factories', 'traders'], i)}`, 'transport');
  add('en-carry', `we transport ${p} to ${pick(['guangzhou', 'chengdu', 'shanghai'], i)}`, 'transport');
  add('en-trade', `i bring ${p} from ${pick(enAbroad, i)} and sell to the kunming market`, 'wholesale');
  add('en-trade', `we buy ${p} from farmers and sell to ${pick(enBuyers, i)}`, 'wholesale');
  add('en-trade', `we supply ${p} to ${pick(enBuyers, i + 1)}`, 'wholesale');
  add('en-trade', `we deliver ${p} to ${pick(['hotels', 'restaurants', 'school canteens'], i)}`, 'wholesale');
  add('en-grow', `we grow ${p} on 200 mu`, 'agriculture');
});
for (const [t, v] of [
  ['we press walnut oil', 'industry'],
  ["we press pu'er cakes", 'industry'],
  ['we press tea cakes', 'industry'],
  ['we roast coffee', 'industry'],
  ['we roast coffee and sell beans to cafes', 'industry'],
  ['we brew plum wine', 'industry'],
  ['we make rice wine', 'industry'],
  ['we smoke ham', 'industry'],
  ['we pickle vegetables', 'industry'],
  ['we raise goats', 'agriculture'],
  ['we raise pigs in the hills', 'agriculture'],
  ['we keep bees', 'agriculture'],
] as const)
  add('en-process', t, v);

// F. Mixed.
zhProduce.slice(0, 10).forEach((p, i) => {
  add('mixed', `我们 truck ${p} to 昆明`, 'transport');
  add('mixed', `从 ${pick(['Laos', 'Myanmar', 'Vietnam'], i)} 进${p} 卖给${pick(zhBuyers, i)}`, 'wholesale');
  add('mixed', `we do ${p}初加工`, 'industry');
  add('mixed', `我们 sell ${p} to ${pick(['hotels', 'restaurants', 'supermarkets'], i)}`, 'wholesale');
});
enProduce.slice(0, 8).forEach((p, i) => {
  add('mixed', `我们 收 ${p} 然后卖给${pick(zhBuyers, i)}`, 'wholesale');
  add('mixed', `帮 farmers 拉 ${p}`, 'transport');
});

// G. Crafts and services by head noun or verb (zh).
for (const [t, v] of [
  ['做墓碑石材雕刻的', 'industry'],
  ['做石雕的', 'industry'],
  ['做锡工艺品的', 'industry'],
  ['做铜工艺品的', 'industry'],
  ['做银饰加工的', 'industry'],
  ['做木雕工艺品的', 'industry'],
  ['做民族服装的 有四个裁缝', 'industry'],
  ['专门做演出服的', 'industry'],
  ['做室内装修的', 'construction'],
  ['做店面装修的', 'construction'],
  ['开手机维修店的', 'other'],
  ['一个人开手机维修店', 'other'],
  ['修电脑的', 'other'],
  ['开了个小卖部', 'retail'],
  ['在村里开小卖部', 'retail'],
  ['做婚庆舞台灯光音响租赁的', 'leasing-business-services'],
  ['做帐篷出租的', 'leasing-business-services'],
  ['搞桌椅出租', 'leasing-business-services'],
  ['做舞台灯光租赁', 'leasing-business-services'],
  ['做音响租赁的', 'leasing-business-services'],
  ['做发电机出租的', 'leasing-business-services'],
  ['做活动板房租赁', 'leasing-business-services'],
  ['开软件公司的', 'software-it'],
  ['做小程序开发的', 'software-it'],
  ['做网站的', 'software-it'],
] as const) {
  add('zh-craft', t, v);
  add('zh-craft', `我们是${t.replace(/^(做|开|搞)/, '$1')} 在${pick(zhTowns, t.length)}`, v);
}

// H. Crafts and services (en).
for (const [t, v] of [
  ['we carve tombstones', 'industry'],
  ['we make tin crafts in gejiu', 'industry'],
  ['we make silver jewellery by hand', 'industry'],
  ['i run a tailoring shop making costumes, 4 seamstresses', 'industry'],
  ['we sew costumes for dance troupes', 'industry'],
  ['we make uniforms for schools', 'industry'],
  ['stone carving workshop', 'industry'],
  ['we do interior fit out', 'construction'],
  ['we do fit-outs for shops and offices', 'construction'],
  ['interior fit out company', 'construction'],
  ['phone repair shop', 'other'],
  ['i fix phones at the market', 'other'],
  ['small corner shop near the school', 'retail'],
  ['we rent out tents', 'leasing-business-services'],
  ['we rent out stage lighting and sound for weddings', 'leasing-business-services'],
  ['party tent rental', 'leasing-business-services'],
  ['we hire out tables and chairs for banquets', 'leasing-business-services'],
  ['sound system rental business', 'leasing-business-services'],
  ['small software shop', 'software-it'],
  ['we build apps for restaurants', 'software-it'],
  ['we make websites for local shops', 'software-it'],
  ['it shop, we set up networks for offices', 'software-it'],
] as const)
  add('en-craft', t, v);

// I. Controls: the customers', a relative's or a planned trade is not the firm's.
add('control', '我哥在版纳种橡胶，我自己跑运输', 'transport');
add('control', '我妈在老家养猪，我在昆明开货车拉菜', 'transport');
add('control', '准备以后开个咖啡烘焙厂，现在主要收咖啡豆卖', 'wholesale');
add('control', '给茶厂拉鲜叶的', 'transport');
add('control', '给酒店做布草洗涤', 'other');
add('control', 'my brother grows tea, i drive a truck', 'transport');
add('control', 'we make packaging boxes for tea factories', 'industry');
add('control', 'we haul cane for the sugar mill', 'transport');
add('control', 'our buyers are coffee roasters, we grow the beans', 'agriculture');

runSweep(cases, (text) => {
  const all = understand(text) as unknown as Fields;
  return Object.fromEntries(KEYS.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
});
