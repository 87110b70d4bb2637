// A sweep of purposes, sums and terms (round 14): what the money is for said by what is bought, built,
// opened or paid (a drying yard built, a second shop taken over, tobacco leaf bought in, wages until
// buyers pay), crossed with request frames (想借/差/缺/要, want/need/borrow, or none), sums and terms in
// many forms, and a loan already held said before (还剩十二万没还, still owe 80k on the old loan), in
// Chinese, English and mixed words, each with the purpose, amount and term it must give (and no other sum).
// Prints the share read wrong by frame and, with --list, each miss. Usage:
//   npx tsx scripts/sweeps/purposes.ts [--list] [--frame NAME]

import { isDeepStrictEqual } from 'node:util';
import { understand } from '../../src/nlu';

type Fields = Record<string, unknown>;
interface Case {
  frame: string;
  text: string;
  expected: Fields;
}
const cny = (value: number) => ({ value, currency: 'CNY' });
const cases: Case[] = [];
const add = (frame: string, text: string, expected: Fields): void => {
  cases.push({ frame, text, expected });
};
const EQ = 'equipment-expansion';
const WC = 'working-capital';
const RN = 'renovation';

// Things bought, built, opened or paid, by the purpose they give.
const zhObjects: Array<[string, string]> = [
  ['修个晒豆子的场子', EQ],
  ['建个晾晒场', EQ],
  ['在后院添两个房间', EQ],
  ['再盘个铺子', EQ],
  ['加盖一层', EQ],
  ['搭个大棚', EQ],
  ['换个大点的门面', EQ],
  ['搞个冷库', EQ],
  ['买台打包机', EQ],
  ['买个烘干的机器', EQ],
  ['开个二店', EQ],
  ['开第二家店', EQ],
  ['把旁边的地租下来扩园', EQ],
  ['再开一家分店', EQ],
  ['上一条分拣线', EQ],
  ['买台榨汁的机器', EQ],
  ['买辆冷藏车', EQ],
  ['修个仓库', EQ],
  ['修个分拣的场子', EQ],
  ['弄个压面的机器', EQ],
  ['换几台新的缝纫机', EQ],
  ['再租个铺面', EQ],
  ['把隔壁盘下来', EQ],
  ['建个烤房', EQ],
  ['盖个鸡舍', EQ],
  ['修屋顶', RN],
  ['装修一下客房', RN],
  ['翻新一下门面', RN],
  ['把厨房重新弄一下', RN],
  ['换个地板', RN],
  ['重新刷一下墙', RN],
  ['收烟叶', WC],
  ['进一批货', WC],
  ['订一批化肥', WC],
  ['买饲料', WC],
  ['买苗子', WC],
  ['买小猪', WC],
  ['买几头小牛来养', WC],
  ['发工资', WC],
  ['付房租', WC],
  ['给供应商结货款', WC],
  ['收咖啡豆', WC],
  ['备点货', WC],
  ['发工人工资', WC],
  ['进点酒水', WC],
  ['订一批包装盒', WC],
  ['买鸡苗', WC],
  ['收一批核桃', WC],
  ['交房租跟水电', WC],
];
const enObjects: Array<[string, string]> = [
  ['build a drying yard', EQ],
  ['open a second shop', EQ],
  ['open a second place', EQ],
  ['open another branch', EQ],
  ['put up a greenhouse', EQ],
  ['add two more rooms', EQ],
  ['build a cold storage room', EQ],
  ['buy a packing machine', EQ],
  ['get a machine that sorts the beans', EQ],
  ['buy a machine that presses oil', EQ],
  ['rent the land next door to expand', EQ],
  ['move to a bigger shop', EQ],
  ['buy a refrigerated truck', EQ],
  ['add a second floor', EQ],
  ['build a new warehouse', EQ],
  ['fix the roof', RN],
  ['redo the kitchen', RN],
  ['renovate the guest rooms', RN],
  ['repaint the shop', RN],
  ['buy in coffee cherries', WC],
  ['buy tobacco leaf from farmers', WC],
  ['stock up before new year', WC],
  ['pay wages', WC],
  ['cover rent', WC],
  ['pay our suppliers', WC],
  ['buy feed', WC],
  ['buy piglets', WC],
  ['buy seedlings', WC],
  ['order fertilizer', WC],
  ['pay the workers until the buyers pay us', WC],
];
// A sum as said and its value.
const zhSums: Array<[string, number]> = [
  ['二十万', 200000],
  ['15万', 150000],
  ['8w', 80000],
  ['三十来万', 300000],
  ['五万块', 50000],
  ['一百二十万', 1200000],
  ['40个w', 400000],
];
const enSums: Array<[string, number]> = [
  ['200k', 200000],
  ['150,000', 150000],
  ['80k yuan', 80000],
  ['1.2 million', 1200000],
  ['50k rmb', 50000],
  ['300 thousand', 300000],
];
const zhTerms: Array<[string, number | undefined]> = [
  ['', undefined],
  [' 借两年', 24],
  [' 一年', 12],
  [' 分三年还', 36],
  [' 两三年还清', 30],
  [' 一年半载', 12],
  [' 到年底还', undefined],
  [' 十八个月', 18],
];
const enTerms: Array<[string, number | undefined]> = [
  ['', undefined],
  [' for 2 years', 24],
  [' over 18 months', 18],
  [', pay back in a year', 12],
  [' till after harvest', undefined],
  [' for two or three years', 30],
];
const zhHeld = ['', '之前贷的三十万还剩十万没还 ', '信用社那笔还欠八万 ', '手上还有一笔五十万的贷款 '];
const enHeld = ['', 'still owe 80k on the old loan, ', 'we already have a 300k loan, ', 'the old loan has 50k left, '];

const zhFrames: Array<[string, (o: string, s: string) => string]> = [
  ['zh 想借S O', (o, s) => `想借${s}${o}`],
  ['zh 想贷S用来O', (o, s) => `想贷${s}用来${o}`],
  ['zh O 差S', (o, s) => `${o} 差${s}`],
  ['zh 准备O 还缺S', (o, s) => `准备${o} 还缺${s}`],
  ['zh 要O 大概要S', (o, s) => `要${o} 大概要${s}`],
  ['zh O，需要S', (o, s) => `${o}，需要${s}`],
  ['zh 钱拿来O S', (o, s) => `钱拿来${o} ${s}左右`],
];
const enFrames: Array<[string, (o: string, s: string) => string]> = [
  ['en want to borrow S to O', (o, s) => `want to borrow ${s} to ${o}`],
  ['en need S to O', (o, s) => `need ${s} to ${o}`],
  ['en we plan to O, need about S', (o, s) => `we plan to ${o}, need about ${s}`],
  ['en looking for S so we can O', (o, s) => `looking for ${s} so we can ${o}`],
  ['en O, about S', (o, s) => `we want to ${o}, about ${s}`],
];
const mixedFrames: Array<[string, (o: string, s: string) => string]> = [
  ['mixed 想 borrow S O', (o, s) => `想 borrow ${s} ${o}`],
  ['mixed need S O', (o, s) => `need ${s} ${o}`],
  ['mixed O loan S', (o, s) => `${o} loan 大概 ${s}`],
];

let i = 0;
const pick = <T>(xs: T[]): T => xs[i++ % xs.length] as T;
for (const [fname, f] of zhFrames) {
  for (const [o, p] of zhObjects) {
    const [s, v] = pick(zhSums);
    const [t, m] = pick(zhTerms);
    const h = pick(zhHeld);
    add(fname, `${h}${f(o, s)}${t}`, { purpose: p, amount: cny(v), ...(m ? { termMonths: m } : {}) });
  }
}
for (const [fname, f] of enFrames) {
  for (const [o, p] of enObjects) {
    const [s, v] = pick(enSums);
    const [t, m] = pick(enTerms);
    const h = pick(enHeld);
    add(fname, `${h}${f(o, s)}${t}`, { purpose: p, amount: cny(v), ...(m ? { termMonths: m } : {}) });
  }
}
for (const [fname, f] of mixedFrames) {
  for (const [o, p] of zhObjects) {
    const [s, v] = pick(zhSums);
    add(fname, f(o, s), { purpose: p, amount: cny(v) });
  }
}
// A second batch, written after the first fixes: other things, other frames, other held loans.
const zhObjects2: Array<[string, string]> = [
  ['砌个烤房', EQ],
  ['挖两个鱼塘', EQ],
  ['装一套太阳能', EQ],
  ['换台新的发电机', EQ],
  ['买个二手面包车', EQ],
  ['租个更大的仓库', EQ],
  ['再包二十亩地', EQ],
  ['添几张床', EQ],
  ['搭个彩钢棚', EQ],
  ['上一台筛选的机器', EQ],
  ['换厨房的灶台', EQ],
  ['多开一个档口', EQ],
  ['把楼上那层租下来', EQ],
  ['做个新招牌', RN],
  ['把卫生间重新弄', RN],
  ['铺个地砖', RN],
  ['进一批年货', WC],
  ['收一批菌子', WC],
  ['付鲜叶钱', WC],
  ['给工人开工资', WC],
  ['交铺租', WC],
  ['结饲料款', WC],
  ['付运费', WC],
  ['进点冻品', WC],
  ['买包装材料', WC],
  ['收一车西瓜', WC],
  ['囤点化肥', WC],
  ['买两百只鸭苗', WC],
];
const enObjects2: Array<[string, string]> = [
  ['set up a second stall', EQ],
  ['open another location', EQ],
  ['build a chicken coop', EQ],
  ['put in a cold room', EQ],
  ['get a sorting machine', EQ],
  ['buy a machine to peel the nuts', EQ],
  ['fix up the rooms', RN],
  ['repaint the walls', RN],
  ['redo the bathroom', RN],
  ['pay the pickers', WC],
  ['cover wages over the slow season', WC],
  ['stock up for tet', WC],
  ['buy green beans from growers', WC],
  ['pay the landlord', WC],
  ['buy bags and boxes', WC],
  ['buy 300 ducklings', WC],
];
const zhFrames2: Array<[string, (o: string, s: string) => string]> = [
  ['zh2 想整S来O', (o, s) => `想整${s}来${o}`],
  ['zh2 O的钱不够 还差S', (o, s) => `${o}的钱不够 还差${s}`],
  ['zh2 打算O，贷个S', (o, s) => `打算${o}，贷个${s}`],
  ['zh2 主要是O 要S', (o, s) => `主要是${o} 要${s}`],
];
const enFrames2: Array<[string, (o: string, s: string) => string]> = [
  ['en2 hoping to borrow S, mainly to O', (o, s) => `hoping to borrow ${s}, mainly to ${o}`],
  ['en2 S loan to O', (o, s) => `we need a ${s} loan to ${o}`],
  ['en2 the money is to O, S', (o, s) => `the money is to ${o}, ${s} or so`],
];
const zhHeld2 = ['', '上次借的还有十来万没还完，', '农商行那边还欠着二十万 ', '去年贷了五十万 还了一半 '];
const enHeld2 = ['', 'we are still paying off 100k, ', 'got a loan of 300k last year, ', 'have 60k left to repay on our current loan. '];
for (const [fname, f] of zhFrames2) {
  for (const [o, p] of zhObjects2) {
    const [s, v] = pick(zhSums);
    const [t, m] = pick(zhTerms);
    const h = pick(zhHeld2);
    add(fname, `${h}${f(o, s)}${t}`, { purpose: p, amount: cny(v), ...(m ? { termMonths: m } : {}) });
  }
}
for (const [fname, f] of enFrames2) {
  for (const [o, p] of enObjects2) {
    const [s, v] = pick(enSums);
    const [t, m] = pick(enTerms);
    const h = pick(enHeld2);
    add(fname, `${h}${f(o, s)}${t}`, { purpose: p, amount: cny(v), ...(m ? { termMonths: m } : {}) });
  }
}
for (const [o, p] of zhObjects2) {
  const [s, v] = pick(zhSums);
  add('mixed2 need S O', `need ${s} ${o}`, { purpose: p, amount: cny(v) });
  add('mixed2 想借 S to O', `想借 ${s} to ${o}`, { purpose: p, amount: cny(v) });
}

// The sum adjusted: a sum said too much, then the one wanted; half of a sum; the part missing of a loan cut.
const tooMuch: Array<[string, number, number]> = [
  ['银行说能批八十万 感觉太多了 借五十万就够了', 800000, 500000],
  ['八十万太多了 少借点 五十万就够', 800000, 500000],
  ['本来想借一百万 还是少借点 六十万就行', 1000000, 600000],
  ['the bank offered 800k which feels too high, can we do 500k', 800000, 500000],
  ['800k feels too high, can we do 500k instead', 800000, 500000],
  ['they approved 1 million but thats too much, 600k is enough', 1000000, 600000],
  ['1m is too much for us, maybe 400k', 1000000, 400000],
  ['信贷员说可以给一百万 太高了 六十万就行', 1000000, 600000],
  ['五十万借多了 三十万够了', 500000, 300000],
  ['500k is way too much, we only need 300k', 500000, 300000],
  ['the loan officer said 1.5m, thats a bit much, lets do 1m', 1500000, 1000000],
  ['二十万太多 十万够了', 200000, 100000],
];
for (const [text, denied, amount] of tooMuch) {
  add('adjusted', text, { amount: cny(amount), deniedMoney: cny(denied) });
}

// Round 15 (w16-purposes): request frames x things (vehicles, machines, rooms, lines, stock, prepayments, fit-outs)
// x the verbs that fit them (add, build, buy, replace, 换, 添, 上, 改成), with and without sums and ordinals, in
// Chinese, English and mixed words; a thing bought names no trade, so the industry is compared too (none).
// Controls: things the firm has, sells or rents out, customers' purchases.
const R15 = 'r15';
type Thing = [verbs: string[], objects: string[], purpose: string];
const zhThings: Thing[] = [
  [['买', '添', '换', 'add', '再买', '新买'], ['两台冷藏车', '一辆面包车', '几辆电动三轮', '一台叉车', '第三辆货车', '五辆教练车'], EQ],
  [['买', '添', '换', '上', 'add', '再上'], ['一台烘干机', '两台数控机床', '一套灌装设备', '几台缝纫机', '第二台烤箱', '一批冷柜'], EQ],
  [['建', '盖', '新建', '添', '加', 'add', 'build'], ['两间客房', '三间教室', '两个守灵厅', '一个展厅', '一个冷库', '一个鸡舍'], EQ],
  [['上', '建', '添', 'add', '新上', '再上'], ['一条烘焙线', '一条包装线', '一条生产线', '第二条生产线'], EQ],
  [['进', '买', '囤', '备'], ['一批货', '一批年货', '两吨化肥', '一批木薯', '点原料'], WC],
  [['预付', '垫付', '先付'], ['酒店跟车队的钱', '供应商的货款', '工人的工资', '材料款'], WC],
  [['换', '把'], ['货架跟冷柜', '店里的桌椅', '厨房的灶台'], EQ],
];
const enThings: Thing[] = [
  [
    ['buy', 'get', 'add', 'replace our'],
    ['a refrigerated truck', 'a 3rd truck', 'a second tuk tuk', 'two more vans', 'a used minibus'],
    EQ,
  ],
  [
    ['buy', 'get', 'add', 'put in', 'replace the'],
    ['a dryer', 'two cnc machines', 'a filling machine', 'a second oven', 'new freezers'],
    EQ,
  ],
  [['build', 'add', 'put up'], ['3 more classrooms', 'two guest rooms', 'a cold room', 'a chicken coop', 'a showroom'], EQ],
  [['set up', 'put in', 'add'], ['a baking line', 'a packing line', 'a second production line'], EQ],
  [['buy', 'stock up on', 'order'], ['more cassava', 'goods for new year', 'fertilizer', 'raw materials'], WC],
  [['prepay', 'pay in advance for'], ['the hotels and the bus company', 'our suppliers', 'the materials'], WC],
];
const zhFrames15: Array<[string, (vo: string, s: string) => string]> = [
  ['zh15 想借S VO', (vo, s) => `想借${s} ${vo}`],
  ['zh15 VO 差S', (vo, s) => `${vo} 差${s}`],
  ['zh15 准备VO 大概要S', (vo, s) => `准备${vo} 大概要${s}`],
  ['zh15 我们想VO，要借S', (vo, s) => `我们想${vo}，要借${s}`],
  ['zh15 想再VO (no sum)', (vo) => `想再${vo}`],
];
const enFrames15: Array<[string, (vo: string, s: string) => string]> = [
  ['en15 need S to VO', (vo, s) => `need ${s} to ${vo}`],
  ['en15 want to borrow S to VO', (vo, s) => `want to borrow ${s} to ${vo}`],
  ['en15 we want to VO, about S', (vo, s) => `we want to ${vo}, about ${s}`],
  ['en15 planning to VO, need S', (vo, s) => `planning to ${vo}, need ${s}`],
  ['en15 we wanna VO (no sum)', (vo) => `we wanna ${vo}`],
];
const zhVO = (v: string, o: string): string =>
  v === '把' ? `把${o}都换了` : ['预付', '垫付', '先付'].includes(v) ? `要${v}${o}` : `${v}${/^[a-z]/.test(v) ? ' ' : ''}${o}`;
const add15 = (frame: string, text: string, purpose: string, amount?: number, more: Fields = {}): void =>
  add(`${R15} ${frame}`, text, { purpose, ...(amount ? { amount: cny(amount) } : {}), ...more });
for (const [fname, f] of zhFrames15) {
  for (const [verbs, objects, p] of zhThings) {
    for (const v of verbs) {
      for (const o of objects) {
        if (v === '把' && !/跟|桌椅|灶台/.test(o)) continue;
        const [s, n] = pick(zhSums);
        add15(fname, f(zhVO(v, o), s), p, fname.includes('no sum') ? undefined : n);
      }
    }
  }
}
for (const [fname, f] of enFrames15) {
  for (const [verbs, objects, p] of enThings) {
    for (const v of verbs) {
      for (const o of objects) {
        const [s, n] = pick(enSums);
        add15(fname, f(`${v} ${o}`, s), p, fname.includes('no sum') ? undefined : n);
      }
    }
  }
}
// Mixed: an English verb before Chinese things, a Chinese verb before English things, English requests.
const mixed15: Array<[string, string, string]> = [
  ['add 五台冷藏车', '五台冷藏车', EQ],
  ['add 一条烘焙线', '一条烘焙线', EQ],
  ['build 两间教室', '两间教室', EQ],
  ['buy 第三辆货车', '第三辆货车', EQ],
  ['换 cars', 'cars', EQ],
  ['换 new 冷柜', 'new 冷柜', EQ],
  ['上条 baking line', 'baking line', EQ],
  ['添 two more rooms', 'two more rooms', EQ],
  ['buy 木薯', '木薯', WC],
  ['预付 hotel 的钱', 'hotel', WC],
  ['买 more 饲料', '饲料', WC],
  ['replace 货架', '货架', EQ],
];
for (const [vo, , p] of mixed15) {
  const [s, n] = pick(zhSums);
  add15('mixed15 想借 S VO', `想借 ${s} ${vo}`, p, n);
  add15('mixed15 need S VO', `need ${s} ${vo}`, p, n);
  add15('mixed15 想再 VO (no sum)', `想再 ${vo}`, p);
}
// A thing priced, then wanted: the thing is what the money buys; the price is a cost, no sum wanted.
for (const [t, p] of [
  ['一台新货车要三十万 我们想买一台', EQ],
  ['一台烘干机十五万 想买一台', EQ],
  ['a new truck costs 300k, we want to get one', EQ],
  ['a filling machine is about 200k, we want one', EQ],
  ['he has one truck and wants a loan for a second one', EQ],
] as const) {
  add15('priced', t, p, undefined, t.startsWith('he') ? { about: 'someone' } : {});
}
// Controls: things the firm has, sells or rents out, or its customers buy, beside the money's own use.
for (const [t, p, ind, n] of [
  ['我们有三台冷藏车 想借二十万周转', WC, 'transport', 200000],
  ['我们是卖冰柜的 想借十万进货', WC, 'retail', 100000],
  ['我们出租挖机 想借五十万再买两台', EQ, 'leasing-business-services', 500000],
  ['we sell trucks, need 500k for stock', WC, 'retail', 500000],
  ['we rent out tents, need 100k to buy more tents', EQ, 'leasing-business-services', 100000],
  ['设备我们已经有了 主要缺进货的钱 三十万左右', WC, undefined, 300000],
  ['we already have the machines, we need 200k for stock', WC, undefined, 200000],
] as const) {
  add15('controls', t, p, n, ind ? { industry: ind } : {});
}

const keys = ['purpose', 'amount', 'termMonths', 'money', 'deniedMoney'];
const args = process.argv.slice(2);
const list = args.includes('--list');
const only = args.includes('--frame') ? args[args.indexOf('--frame') + 1] : undefined;
const byFrame = new Map<string, { n: number; wrong: number; examples: string[] }>();
let wrong = 0;
for (const c of cases) {
  if (only && !c.frame.includes(only)) continue;
  const u = understand(c.text) as unknown as Fields;
  const caseKeys = c.frame.startsWith(R15) ? [...keys, 'industry'] : keys;
  const diffs = caseKeys.filter((k) => !isDeepStrictEqual(u[k], c.expected[k]));
  const row = byFrame.get(c.frame) ?? { n: 0, wrong: 0, examples: [] };
  row.n++;
  if (diffs.length > 0) {
    row.wrong++;
    wrong++;
    row.examples.push(
      `${c.text}  -> ${diffs.map((k) => `${k}: ${JSON.stringify(u[k])} (want ${JSON.stringify(c.expected[k])})`).join('; ')}`,
    );
  }
  byFrame.set(c.frame, row);
}
let total = 0;
for (const [frame, row] of byFrame) {
  total += row.n;
  console.log(`${frame}: ${row.wrong}/${row.n} wrong`);
  for (const e of row.examples.slice(0, list ? 1000 : 2)) console.log(`    ${e}`);
}
console.log(`total: ${wrong}/${total} wrong (${((100 * wrong) / total).toFixed(1)}%)`);
