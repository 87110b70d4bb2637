// A sweep of the trade read from how owners name it when its goods are in no list (round 16, trades16): a
// shop's goods with 做…的 (made, traded, grown: a hint when only the product is named), ethnic crafts and
// costumes, English verbs used loosely (we truck / grow / do / run …), Yunnan verbs (整X的, 搞X的, 开个X),
// trades named by their place (X厂, X场, X坊, X铺, X庄园, 农家乐, a farmstay), and the purpose named by a thing
// built or bought that no list holds (鸡棚, 收银台, a cold room, the backyard turned into a beer garden, 加盖一层).
// In Chinese, English and mixed. Compares the trade, its weakness, the purpose and the sums, and that no head
// count comes from the trade's words. Prints the share read wrong by frame and, with --list, each miss.
// Usage: npx tsx scripts/sweeps/trades16.ts [--list] [--kind <frame>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
/** The fields compared. */
const KEYS = ['industry', 'industryWeak', 'industryAlso', 'purpose', 'amount', 'money', 'employees', 'crossBorder', 'onlineSales'];

const { cases, add } = sweepCases();
const trade = (industry: string, weak = false, more: Fields = {}): Fields => ({
  industry,
  ...(weak ? { industryWeak: true } : {}),
  ...more,
});
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cny = (value: number): Fields => ({ value, currency: 'CNY' });

const zhTowns = ['大理', '鹤庆', '剑川', '建水', '喜洲', '腾冲', '瑞丽', '勐海', '沙溪', '元阳'];

// A. 做X的 with only a product named (zh): a hint of its trade, by what is usually done with it.
const zhGoodsOnly: Array<[string, string]> = [
  ['翡翠', 'wholesale'],
  ['玉石', 'wholesale'],
  ['普洱茶', 'agriculture'],
  ['咖啡', 'agriculture'],
  ['核桃', 'agriculture'],
  ['模具', 'industry'],
];
zhGoodsOnly.forEach(([g, id], i) => {
  for (const f of ['我们家做{}的 十几年了', '做{}的 在{t}', '我是做{}的', '我们是做{}的 一家人'])
    add('zh-goods-only', f.replace('{}', g).replace('{t}', pick(zhTowns, i)), trade(id, true));
});

// B. Crafts and costumes made (zh): manufacturing, whatever the verb (做, 搞, 整, 专门做) and the craft.
const zhCrafts = [
  '傣族服装',
  '彝族服装',
  '民族服饰',
  '白族服装',
  '扎染',
  '蜡染',
  '刺绣',
  '木雕',
  '根雕',
  '石雕',
  '银器',
  '银饰',
  '铜器',
  '斑铜',
  '乌铜走银',
  '竹编',
  '草编',
  '织锦',
  '紫陶',
  '土陶',
  '黑陶',
  '剪纸',
  '唐卡',
  '东巴纸',
];
zhCrafts.forEach((c, i) => {
  add('zh-craft', `专门做${c} 自己${pick(['裁自己缝', '做自己卖', '画', '打'], i)}`, trade('industry'));
  add('zh-craft', `在${pick(zhTowns, i)}搞${c}的`, trade('industry'));
  add(
    'zh-craft',
    `整${c}的 ${pick(['一家人干', '十几年了', '就我们两口子'], i)}`,
    trade('industry', false, i % 3 === 2 ? { employees: 2 } : {}),
  );
  add('zh-craft', `我们${pick(['家', '村', ''], i)}做${c}的`, trade('industry'));
});

// C. Trades named by their place (zh): the head and the word before it decide.
const zhPlaces: Array<[string, string]> = [
  ['米粉厂', 'industry'],
  ['纸箱厂', 'industry'],
  ['石材厂', 'industry'],
  ['醋厂', 'industry'],
  ['红糖厂', 'industry'],
  ['豆腐坊', 'industry'],
  ['榨油坊', 'industry'],
  ['织锦坊', 'industry'],
  ['扎染坊', 'industry'],
  ['银器坊', 'industry'],
  ['酒坊', 'industry'],
  ['红糖坊', 'industry'],
  ['竹鼠场', 'agriculture'],
  ['兔场', 'agriculture'],
  ['养牛场', 'agriculture'],
  ['鸭场', 'agriculture'],
  ['鱼场', 'agriculture'],
  ['茶场', 'agriculture'],
  ['洗车场', 'other'],
  ['茶叶铺', 'retail'],
  ['五金铺', 'retail'],
  ['杂货铺', 'retail'],
  ['布匹铺', 'retail'],
  ['烟酒铺', 'retail'],
  ['葡萄庄园', 'agriculture'],
  ['咖啡庄园', 'agriculture'],
  ['农家乐', 'catering'],
];
zhPlaces.forEach(([p, id], i) => {
  add('zh-place', `开了个${p}`, trade(id));
  add('zh-place', `在${pick(zhTowns, i)}整了个${p}`, trade(id));
  add('zh-place', `开个${p} ${pick(['两口子做', '三个工人', '请了四个人'], i)}`, trade(id, false, { employees: pick([2, 3, 4], i) }));
  add('zh-place', `我家是开${p}的`, trade(id));
  add('zh-place', `路边搞了个${p}`, trade(id));
});

// D. Produce bought in and sent on, said with Yunnan verbs (搞X的 … 收了发…): wholesale.
const zhProduce = ['菌子', '松茸', '核桃', '花椒', '芒果', '榴莲', '咖啡豆', '三七'];
zhProduce.forEach((p, i) => {
  add('zh-deal', `搞${p}的 每年${pick(['雨季', '秋天', '收获的时候'], i)}收了发${pick(['广东', '上海', '昆明'], i)}`, trade('wholesale'));
  add('zh-deal', `整${p}的 从村里收 拉去${pick(['广州', '成都', '昆明'], i)}卖`, trade('wholesale'));
});

// E. What the money builds or buys, named by a thing no list holds (zh).
const zhBuilt = ['鸡棚', '鸭棚', '羊圈', '猪圈', '晒棚', '烤房', '凉棚', '牛棚', '冷库', '晾棚'];
zhBuilt.forEach((b, i) => {
  add('zh-built', `想再盖个${b} 差${pick(['三万', '五万', '八万'], i)}`, {
    purpose: 'equipment-expansion',
    amount: cny(pick([30000, 50000, 80000], i)),
  });
  add('zh-built', `打算搭个${b}`, { purpose: 'equipment-expansion' });
});
for (const [t, a] of [
  ['想借五万 买个收银台 再弄个冷柜', 50000],
  ['想在上面加盖一层 要十五万', 150000],
  ['楼顶想加盖一层 差二十万', 200000],
  ['想把院子改成啤酒花园 要六万', 60000],
  ['把后院改成露营地 差十万', 100000],
] as const)
  add('zh-built', t, { purpose: 'equipment-expansion', amount: cny(a) });

// F. English verbs used loosely and trades named by place (en).
const enProduce = ['durians', 'bananas', 'mangoes', 'pineapples', 'watermelons', 'coffee cherries'];
enProduce.forEach((p, i) => {
  add('en-verb', `we truck ${p} up from ${pick(['mohan', 'jinghong', 'ruili'], i)} to kunming`, trade('transport'));
  add('en-verb', `i truck ${p} for the growers`, trade('transport'));
});
for (const [c, n] of [
  ['the beans', 8],
  ['the coffee', 5],
  ['the tea', 12],
  ['our own plums', 4],
] as const)
  add('en-verb', `we grow ${c} and roast them ourselves, ${n} ppl`, trade('agriculture', false, { employees: n }));
for (const g of ['coffee', 'tea', 'walnuts', 'mushrooms'])
  add('en-verb', `we do ${g} in ${pick(['puer', 'lincang', 'baoshan'], g.length)}`, trade('agriculture', true));
for (const t of [
  'hiking tours in tiger leaping gorge',
  'tea tours for tourists',
  'trekking tours around meili',
  'day tours to the rice terraces',
])
  add('en-verb', `we run ${t}`, trade('leasing-business-services'));
for (const [t, id] of [
  ['we have a farmstay near shaxi', 'accommodation'],
  ['we run a farmstay in the hills', 'accommodation'],
  ['small farmstay, 6 rooms', 'accommodation'],
  ['small tie dye workshop, 5 women working', 'industry'],
  ['batik workshop in the old town', 'industry'],
  ['family pottery kiln in jianshui', 'industry'],
  ['we make silver jewellery in heqing', 'industry'],
  ['we make dai costumes for dance groups', 'industry'],
  ['we brew corn liquor and sell it by the jin', 'industry'],
  ['we got a stall selling dai costumes at the night market', 'retail'],
  ['we have a shop selling yi embroidery', 'retail'],
  ['we do tie dye', 'industry'],
  ['we carve wood masks', 'industry'],
] as const)
  add('en-verb', t, t.includes('5 women') ? trade(id, false, { employees: 5 }) : trade(id));

// G. What the money builds or buys (en).
for (const [t, a] of [
  ['want to turn the backyard into a beer garden, need about 60k', 60000],
  ['need 50k to turn the garage into a coffee corner', 50000],
  ['need 120k to build a cold room out back', 120000],
  ['want 30k to put in a chicken coop', 30000],
  ['need 80k to add another floor', 80000],
  ['want to add a drying shed, about 40k', 40000],
] as const)
  add('en-built', t, { purpose: 'equipment-expansion', amount: cny(a) });
add('en-built', 'we have a farmstay near shaxi, want to add a chicken coop', { industry: 'accommodation', purpose: 'equipment-expansion' });

// H. Mixed: an English verb, craft or place with Chinese words.
zhProduce.slice(0, 6).forEach((p, i) => {
  add('mixed', `每天 truck ${p} 去${pick(['昆明', '广州', '成都'], i)}`, trade('transport'));
  add('mixed', `we grow ${p} in ${pick(['保山', '普洱', '临沧'], i)}`, trade('agriculture'));
  add('mixed', `我们 grow ${p} 自己也 make ${pick(['jam', 'sauce', 'dried slices'], i)}`, trade('agriculture'));
});
for (const c of ['silver jewelry', 'tie-dye', 'batik', 'wood carving'])
  add('mixed', `在${pick(zhTowns, c.length)}开了个 ${c} 坊`, trade('industry'));
for (const t of ['我们 run 一个 farmstay 在沙溪', '在大理 run 个 farmstay', '开了个 farmstay 三个房间'])
  add('mixed', t, trade('accommodation'));
for (const t of ['我们是 coffee farm 在孟连', '我们是个 tea farm', '家里是 mushroom farm']) add('mixed', t, trade('agriculture'));
add('mixed', '想 build 个 cold room 放水果 要八万', { purpose: 'equipment-expansion', amount: cny(80000) });
add('mixed', '院子想 turn into beer garden 差五万', { purpose: 'equipment-expansion', amount: cny(50000) });
add('mixed', '想 add 个鸡棚 差三万', { purpose: 'equipment-expansion', amount: cny(30000) });

// I. Controls: a trade named plainly, a thing had, the customers' trade.
add('control', '我们是做木雕的', trade('industry'));
add('control', '做模具的', trade('industry', true));
add('control', '开了个洗衣房', trade('other'));
add('control', '冷库已经有了 想借十万进货', { purpose: 'working-capital', amount: cny(100000) });
add('control', 'we already have a cold room, need 100k for stock', { purpose: 'working-capital', amount: cny(100000) });
add('control', '我们做茶叶 客户主要是出口商', trade('agriculture', true));

runSweep(cases, (text) => {
  const all = understand(text) as unknown as Fields;
  return Object.fromEntries(KEYS.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
});
