// A sweep of sums that are not the loan wanted (round 15, owed): money owed TO the firm (a buyer's money held back,
// not settled, still owed to us: buyerOwes, no sum from it), the firm's OWN debts (to a supplier, a freight company,
// the landlord: no buyerOwes, no sum), a loan already held said by what is left of it (还剩, left on it: not the sum
// wanted), and sales said by what was sold, billed or taken in over a period (a year's, a month's, a day's x 365), each
// alone or beside a request with its own sum, after a trade or not; in Chinese, English and mixed. Compares buyerOwes,
// money, amount, annualRevenueCny and industry (a told complaint alone may be the receivables question instead of
// buyerOwes, as the corpus reads it). Prints the share read wrong by frame and, with --list, each miss.
// Usage: npx tsx scripts/sweeps/owed.ts [--list] [--frames] [--kind <frame>]

import { isDeepStrictEqual } from 'node:util';
import { understand } from '../../src/nlu';
import { printTally, type Tally, tally } from './tally';

type Fields = Record<string, unknown>;
interface Case {
  kind: string;
  text: string;
  expected: Fields;
  /** Told alone: buyerOwes or the receivables question will do. */
  owedAlone?: boolean;
  /** The industry is not compared (goods named with no trade may hint at one). */
  anyIndustry?: boolean;
}
const KEYS = ['buyerOwes', 'money', 'amount', 'annualRevenueCny', 'industry', 'termMonths'];

const cny = (value: number) => ({ value, currency: 'CNY' });
const cases: Case[] = [];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** A trade said before, with its industry (or none). */
const zhTrades: Array<[string, string | undefined]> = [
  ['', undefined],
  ['做建材批发的 ', 'wholesale'],
  ['我们搞装修的 ', 'construction'],
  ['开五金店的 ', 'retail'],
  ['我们是做茶叶批发的，', 'wholesale'],
];
const enTrades: Array<[string, string | undefined]> = [
  ['', undefined],
  ['we run a wholesale business, ', 'wholesale'],
  ['small building crew here, ', 'construction'],
  ['we have a hardware shop, ', 'retail'],
];
/** A request with its own sum (before or after), or none. */
const zhAsks: Array<[string, number | undefined]> = [
  ['', undefined],
  [' 想借二十万', 200000],
  ['，想贷五十万周转', 500000],
  [' 现在想借三十万发工资', 300000],
];
const enAsks: Array<[string, number | undefined]> = [
  ['', undefined],
  [', need 200k', 200000],
  [', we want to borrow 150k for stock', 150000],
  ['. looking for a 300k loan', 300000],
];
const zhOwedSums = ['四百多万', '八十来万', '一百多万', '三十几万', '两百万', '60万', '一百二十万', '四十来万'];
const enOwedSums = ['900k', 'about 300k', '1.2m', '450,000', '2 million', '80k', 'around 600k'];

/** A. Money owed to the firm, Chinese: buyer B, sum S, the money M. */
const zhBuyers = [
  '开发商',
  '甲方',
  '大客户',
  '厂里',
  '经销商',
  '超市',
  '医院',
  '学校',
  '几个客户',
  '酒店',
  '总包',
  '加工厂',
  '下游',
  '饭店',
];
const zhMoney = ['货款', '工程款', '进度款', '尾款', '材料款'];
const zhOwedFrames: Array<(b: string, s: string, m: string) => string> = [
  (b, s) => `${b}还欠我们${s}`,
  (b, s, m) => `${b}欠了我们${s}${m}`,
  (b, s, m) => `${b}还有${s}${m}没结`,
  // With no buyer named, 材料款 may be the firm's own bill: the buyer's money only.
  (_b, s, m) => `${m === '材料款' ? '货款' : m}还有${s}没结`,
  (b, s, m) => `${b}拖着${s}的${m}没给`,
  (b, s, m) => `${b}压了我们${s}${m}没结`,
  (b, s, m) => `${b}那边还压着${s}${m}`,
  (b, s, m) => `${b}那边的${m}还有${s}没给`,
  (b, s, m) => `${m}压在${b}那边 ${s}收不回来`,
  (b, s) => `${b}那边还有${s}没结`,
  (b, s) => `${b}一共欠我们${s}`,
  (b, s) => `${b}欠我们的${s}到现在都没给`,
  (b, s, m) => `${b}的${m}还差${s}没到账`,
  (b, s) => `${b}还有${s}没打过来`,
];
let i = 0;
for (const [f, frame] of zhOwedFrames.entries())
  for (const [trade, industry] of zhTrades)
    for (const [ask, sum] of zhAsks) {
      i++;
      const text = `${trade}${frame(pick(zhBuyers, i + f), pick(zhOwedSums, i), pick(zhMoney, i + 2 * f))}${ask}`;
      const expected: Fields = {};
      if (industry) expected.industry = industry;
      if (sum !== undefined) Object.assign(expected, { buyerOwes: true, amount: cny(sum) });
      cases.push({ kind: `zh-owed-${f}`, text, expected, owedAlone: sum === undefined });
    }
// The request first, the owed sum after it.
for (const [f, frame] of zhOwedFrames.entries()) {
  const text = `想借二十万 ${frame(pick(zhBuyers, f + 3), pick(zhOwedSums, f + 1), pick(zhMoney, f))}`;
  cases.push({ kind: 'zh-owed-after', text, expected: { buyerOwes: true, amount: cny(200000) } });
}

/** B. Money owed to the firm, English. */
const enBuyers = [
  '2 clients',
  'the developer',
  'our distributor',
  'the hotels',
  'a contractor',
  'the factory',
  'the supermarket chain',
  'one big customer',
  'the school',
  'three restaurants',
];
const enOwedFrames: Array<(b: string, s: string) => string> = [
  (b, s) => `${b} still owe us ${s}`,
  (b, s) => `${s} is still owed to us by ${b}`,
  (b, s) => `we're owed ${s} by ${b}`,
  (b, s) => `${b} hasn't paid us ${s} yet`,
  (_b, s) => `${s} still owed to us`,
  (b, s) => `${b} owes us ${s} for the last job`,
  (_b, s) => `there's ${s} in unpaid invoices`,
  (b, s) => `${b} is sitting on ${s} of our money`,
  (b, s) => `we have ${s} outstanding from ${b}`,
  (b, s) => `${b} still haven't settled ${s} with us`,
  (b, s) => `we are still waiting on ${s} from ${b}`,
  (_b, s) => `${s} owed to us is overdue`,
];
for (const [f, frame] of enOwedFrames.entries())
  for (const [trade, industry] of enTrades)
    for (const [ask, sum] of enAsks) {
      i++;
      const text = `${trade}${frame(pick(enBuyers, i + f), pick(enOwedSums, i))}${ask}`;
      const expected: Fields = {};
      if (industry) expected.industry = industry;
      if (sum !== undefined) Object.assign(expected, { buyerOwes: true, amount: cny(sum) });
      cases.push({ kind: `en-owed-${f}`, text, expected, owedAlone: sum === undefined });
    }

/** C. Mixed: a buyer owing in one language's words, the request in the other's. */
for (const [text, amount] of [
  ['甲方 still owes us 两百多万, 想借 80万 发工资', 800000],
  ['客户欠我们 about 300k, need 100k 周转', 100000],
  ['one big client 压了我们 八十多万 货款, want to borrow 40万', 400000],
  ["开发商 hasn't paid us 一百多万 yet, 想借五十万", 500000],
  ['the 经销商 still owe us 60万, need 30万', 300000],
  ['工程款 还有 四百多万 没结, need 1m loan', 1000000],
  ['we are owed 两百万 by 总包, 想贷 100万', 1000000],
  ['超市 那边 还压着 八十来万 货款 looking for 30万', 300000],
] as const)
  cases.push({ kind: 'mixed-owed', text, expected: { buyerOwes: true, amount: cny(amount) } });

/** D. The firm's own debts: no buyerOwes, no sum; the creditor names no trade of ours. */
const zhCreditors = ['物流公司', '供应商', '饲料厂', '批发商', '房东', '装修公司', '材料商', '酒厂', '运输公司'];
const zhDebts = ['运费', '货款', '材料款', '房租', '尾款', '饲料钱'];
const zhOwnFrames: Array<(c: string, s: string, m: string) => string> = [
  (c, s, m) => `欠${c}的${m}还有${s}没结`,
  (c, s) => `我们还欠${c}${s}`,
  (c, s, m) => `还欠着${c}${s}${m}`,
  (c, s) => `${c}那边我们还欠${s}`,
  (c, s, m) => `欠${c}${s}${m}还没还`,
  (c, s, m) => `${c}的${m}我们还有${s}没付`,
];
for (const [f, frame] of zhOwnFrames.entries())
  for (const [trade, industry] of zhTrades)
    for (const [ask, sum] of zhAsks) {
      i++;
      const text = `${trade}${frame(pick(zhCreditors, i + f), pick(zhOwedSums, i), pick(zhDebts, i + f))}${ask}`;
      const expected: Fields = {};
      if (industry) expected.industry = industry;
      if (sum !== undefined) expected.amount = cny(sum);
      cases.push({ kind: `zh-own-${f}`, text, expected });
    }
const enCreditors = [
  'the trucking company',
  'our supplier',
  'the feed mill',
  'the landlord',
  'the wholesaler',
  'the builders',
  'a logistics firm',
];
const enOwnFrames: Array<(c: string, s: string) => string> = [
  (c, s) => `we still owe ${c} ${s}`,
  (c, s) => `we owe ${c} ${s.replace(/^(?:about|around) /, '')} for freight`,
  (c, s) => `${s} still owed to ${c}`,
  (c, s) => `we're behind ${s} with ${c}`,
  (c, s) => `we haven't paid ${c} the ${s.replace(/^(?:about|around) /, '')} yet`,
];
for (const [f, frame] of enOwnFrames.entries())
  for (const [trade, industry] of enTrades)
    for (const [ask, sum] of enAsks) {
      i++;
      const text = `${trade}${frame(pick(enCreditors, i + f), pick(enOwedSums, i))}${ask}`;
      const expected: Fields = {};
      if (industry) expected.industry = industry;
      if (sum !== undefined) expected.amount = cny(sum);
      cases.push({ kind: `en-own-${f}`, text, expected });
    }

/** E. A loan held said by what is left of it: not the sum wanted. */
const zhLenders = ['农商行', '信用社', '建行', '邮储', '村镇银行'];
const zhLeft = ['六万', '八万', '十二万', '二十来万', '5万'];
const zhHeldFrames: Array<(l: string, s: string) => string> = [
  (l, s) => `已经有个贷款在${l} 还剩${s}`,
  (l, s) => `${l}的贷款还剩${s}没还`,
  (l, s) => `去年在${l}贷了三十万 还剩${s}`,
  (l, s) => `${l}那边还有${s}没还完`,
  (l, s) => `之前在${l}借的还剩${s}`,
  (l, s) => `${l}的贷款还有${s}要还`,
];
for (const [f, frame] of zhHeldFrames.entries())
  for (const [ask, sum] of zhAsks) {
    i++;
    const text = `${frame(pick(zhLenders, i), pick(zhLeft, i + f))}${ask}`;
    cases.push({ kind: `zh-held-${f}`, text, expected: sum === undefined ? {} : { amount: cny(sum) } });
  }
const enLenders = ['the rcc', 'the credit union', 'the bank', 'ccb', 'the rural bank'];
const enLeft = ['150k', '60k', 'about 90k', '40k', '120,000'];
const enHeldFrames: Array<(l: string, s: string) => string> = [
  (l, s) => `already have a loan with ${l}, ${s} left on it`,
  (l, s) => `there's ${s} left on our loan from ${l}`,
  (l, s) => `we still have ${s} to pay off at ${l}`,
  (l, s) => `got ${s} outstanding on a loan from ${l}`,
  (l, s) => `${s} still left to repay on the ${l} loan`,
  (l, s) => `we have ${s} remaining on a loan with ${l}`,
];
for (const [f, frame] of enHeldFrames.entries())
  for (const [ask, sum] of enAsks) {
    i++;
    const text = `${frame(pick(enLenders, i), pick(enLeft, i + f))}${ask}`;
    cases.push({ kind: `en-held-${f}`, text, expected: sum === undefined ? {} : { amount: cny(sum) } });
  }
for (const [text, amount] of [
  ['已经有个 loan 在农商行 还剩六万', undefined],
  ['农商行 还有一笔 loan, 还剩 6万, 这次 need 20万', 200000],
  ['we have a 信用社 loan, 还剩八万, want 15万 more', 150000],
  ['bank loan 还剩 十二万 没还, 想再借 20万', 200000],
] as const)
  cases.push({ kind: 'mixed-held', text, expected: amount === undefined ? {} : { amount: cny(amount) } });

/** F. Sales said by what was sold, billed or taken in over a period. */
const zhSalesTrades: Array<[string, string | undefined]> = [
  ['', undefined],
  ['我们做批发的 ', 'wholesale'],
  ['开茶叶店的 ', 'retail'],
];
const zhGoods = ['茶叶', '生豆', '核桃', '水果', '建材'];
const zhSalesFrames: Array<[(g: string) => string, number]> = [
  [(g) => `去年卖${g}卖了八百来万`, 8000000],
  [(g) => `一年${g}能卖三百多万`, 3000000],
  [(g) => `一年光卖${g}就有两百来万`, 2000000],
  [(g) => `去年${g}出了一千二百来万的货`, 12000000],
  [(g) => `一年加工费加卖${g}的钱有八百来万`, 8000000],
  [(g) => `一个月卖${g}能卖个二十来万`, 2400000],
  [() => '一天能卖个八百来块', 292000],
  [() => '一天进账两千左右', 730000],
  [(g) => `去年光${g}就卖了六百万`, 6000000],
  [() => '去年出货出了一千二百来万', 12000000],
];
for (const [f, [frame, revenue]] of zhSalesFrames.entries())
  for (const [trade, industry] of zhSalesTrades)
    for (const [ask, sum] of zhAsks.slice(0, 3)) {
      i++;
      const text = `${trade}${frame(pick(zhGoods, i))}${ask}`;
      const expected: Fields = { annualRevenueCny: revenue };
      if (industry) expected.industry = industry;
      if (sum !== undefined) expected.amount = cny(sum);
      // Processing fees beside goods sold say the trade no plainer than the trade said before them.
      cases.push({ kind: `zh-sales-${f}`, text, expected, anyIndustry: industry === undefined || text.includes('加工费') });
    }
const enSalesTrades: Array<[string, string | undefined]> = [
  ['', undefined],
  ["we're a wholesaler, ", 'wholesale'],
  ['small tea shop here, ', 'retail'],
];
const enGoods = ['green beans', 'tea', 'walnuts', 'coffee', 'furniture'];
const enSalesFrames: Array<[(g: string) => string, number]> = [
  [(g) => `sold 1.8 million RMB of ${g} last year`, 1800000],
  [(g) => `we sold about 2.4m worth of ${g} last year`, 2400000],
  [(g) => `we sell ${g} to roasters in shanghai, roughly 1.1m yuan last yr`, 1100000],
  [() => 'we billed 5.5m last yr', 5500000],
  [() => 'we gross about 60k per month', 720000],
  [() => 'we take in about 400 a day', 146000],
  [() => 'we invoiced 3.6 million last year', 3600000],
  [(g) => `made 900k in sales last year selling ${g}`, 900000],
  [(g) => `last year we moved about 2m of ${g}`, 2000000],
  [(g) => `we do about 80k a month selling ${g}`, 960000],
  [() => 'we turn over roughly 1.5m a year', 1500000],
  [() => 'takings run about 3k a day', 1095000],
];
for (const [f, [frame, revenue]] of enSalesFrames.entries())
  for (const [trade, industry] of enSalesTrades)
    for (const [ask, sum] of enAsks.slice(0, 3)) {
      i++;
      const text = `${trade}${frame(pick(enGoods, i))}${ask}`;
      const expected: Fields = { annualRevenueCny: revenue };
      if (industry) expected.industry = industry;
      if (sum !== undefined) expected.amount = cny(sum);
      cases.push({ kind: `en-sales-${f}`, text, expected, anyIndustry: industry === undefined });
    }
for (const [text, revenue, amount] of [
  ['去年 sold 三百来万 的货, 想借 50万 进货', 3000000, 500000],
  ['一年 revenue 大概 八百来万, 主要 sell 生豆', 8000000, undefined],
  ['last year 卖了 两百多万 的 tea', 2000000, undefined],
  ['we billed 三百万 last year, need 50万', 3000000, 500000],
  ['一天 take in 大概 一千五', 547500, undefined],
] as const) {
  const expected: Fields = { annualRevenueCny: revenue };
  if (amount !== undefined) expected.amount = cny(amount);
  cases.push({ kind: 'mixed-sales', text, expected, anyIndustry: true });
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const only = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
const byKind: Tally = new Map();
for (const c of cases) {
  if (only !== undefined && !c.kind.startsWith(only)) continue;
  const all = understand(c.text) as Fields;
  const got: Fields = {};
  for (const k of KEYS) if (all[k] !== undefined) got[k] = all[k];
  const want: Fields = { ...c.expected };
  if (c.anyIndustry) {
    delete got.industry;
    delete want.industry;
  }
  let ok: boolean;
  if (c.owedAlone) {
    const owed = all.buyerOwes === true || all.question === 'receivables';
    delete got.buyerOwes;
    ok = owed && isDeepStrictEqual(got, want);
  } else ok = isDeepStrictEqual(got, want);
  tally(byKind, args.includes('--frames') ? c.kind : c.kind.replace(/-\d+$/, ''), ok);
  if (!ok && list)
    console.log(
      `${c.kind}\t${c.text}\n\twant ${JSON.stringify(c.expected)}${c.owedAlone ? ' (+owed)' : ''}\n\tgot  ${JSON.stringify(got)} q=${String(all.question)} bo=${String(all.buyerOwes)}`,
    );
}
printTally(byKind);
