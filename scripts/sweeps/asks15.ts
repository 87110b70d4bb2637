// A sweep of what owners ask an adviser (round 15, asks15): question frames (Chinese, English, mixed) crossed
// with the stories told before them and the thing asked: money from abroad in a named currency, how to receive it
// (currency-exchange); money changed with people at a market (money-changer); repayments feared (cannot-repay); a
// platform lending one's money to businesses for a return (p2p-style); a sum and term asked what-if with the
// monthly repayment; a rate word's meaning; offers told as stories (the sum kept back, the cash in hand, what is
// repaid); a guarantee fee or interest taken at payout asked if normal; a wallet used by a buyer abroad. Each
// message's whole Understanding is compared (but its language): a question sets no fact of the firm from its story.
// Prints the share read wrong by kind and, with --list, each miss. Usage:
//   npx tsx scripts/sweeps/asks15.ts [--list] [--kind <kind>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
const { cases, add } = sweepCases();
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cny = (value: number) => ({ value, currency: 'CNY' });

// A. Money from abroad in a named currency, how to receive it: the currency question, nothing else.
const zhPayers: Array<[string, string]> = [
  ['老挝那边的客户', '基普'],
  ['缅甸的老板', '缅币'],
  ['越南客户', '越南盾'],
  ['泰国买家', '泰铢'],
  ['那边的经销商', '美金'],
];
const zhPays = (c: string) => [`要用${c}付货款`, `想付${c}给我们`, `打${c}过来`, `说只能付${c}`, `结账用${c}`];
const zhReceive = ['我们咋个收', '我们这边怎么收比较好', '这种钱要怎么处理', '我们要怎么弄', '要开什么样的账户', '怎么收才安全'];
zhPayers.forEach(([who, c], i) => {
  zhPays(c).forEach((p, j) => {
    add('currency-zh', `${who}${p} ${pick(zhReceive, i + j)}`, { question: 'currency-exchange' });
  });
});
const enPayers: Array<[string, string]> = [
  ['our lao customer', 'kip'],
  ['a vietnamese buyer', 'dong'],
  ['the thai shops we sell to', 'baht'],
  ['our myanmar distributor', 'kyat'],
];
const enPays = (c: string) => [`wants to pay in ${c}`, `can only pay us in ${c}`, `will send ${c}`, `pays in ${c} cash`];
const enReceive = ['how do we receive it', 'how should we handle that', 'whats the best way to take it', 'what account do we need'];
enPayers.forEach(([who, c], i) => {
  enPays(c).forEach((p, j) => {
    add('currency-en', `${who} ${p}, ${pick(enReceive, i + j)}`, { question: 'currency-exchange' });
  });
});
for (const text of ['老挝 customer 想付 kip 我们怎么收', '越南买家 pay 越南盾 我们 how to 收', '缅甸客户要付 kyat 我们这边怎么 handle'])
  add('currency-mixed', text, { question: 'currency-exchange' });

// B. Money changed with people at a market or in the street.
const zhPlaces = ['在瑞丽', '在河口', '在磨憨口岸', '边境上', '街上'];
const zhChangers = ['找私人换', '跟那些换钱的阿姨换', '在市场上找人换', '找人换'];
const zhCurrencies = ['缅币', '越南盾', '基普', '泰铢'];
const zhChangeTails: Array<[string, Fields]> = [
  ['格可以', {}],
  ['格安全', { command: 'platform-check' }],
  ['会不会出问题', {}],
  ['靠得住不', { command: 'platform-check' }],
  ['能不能换', {}],
];
zhPlaces.forEach((place, i) => {
  zhChangers.forEach((ch, j) => {
    const [tail, extra] = pick(zhChangeTails, i + j);
    add('changer-zh', `${place}${ch}${pick(zhCurrencies, i + 2 * j)} ${tail}`, { question: 'money-changer', ...extra });
  });
});
const enChange: Array<[string, Fields]> = [
  ['is it safe to change kyat with the money guys at the ruili market', { command: 'platform-check' }],
  ['can we swap rmb for dong with the ladies on the street in hekou', {}],
  ['should we change kip at the market or at a bank', {}],
  ['a guy at the border market changes baht cheaper than the bank, ok to use him?', {}],
];
for (const [text, extra] of enChange) add('changer-en', text, { question: 'money-changer', ...extra });
for (const text of ['在瑞丽 market 找人换 kyat 格可以', '河口 street 上换 dong 行不行'])
  add('changer-mixed', text, { question: 'money-changer' });

// C. Repayments feared, with what to do asked (no figure, no fact of the story).
const zhDue = ['下个月的月供', '这个月的贷款', '银行那笔钱', '下期的还款'];
const zhFear = ['怕是还不上了', '可能还不起', '估计要逾期了', '恐怕还不了'];
const zhDo = ['提前跟银行讲格有用', '要不要先找银行说', '能不能跟银行商量晚几天还', '先打电话给银行好不好'];
zhDue.forEach((due, i) => {
  zhFear.forEach((fear, j) => {
    add('repay-zh', `${due}${fear} ${pick(zhDo, i + j)}`, { question: 'cannot-repay' });
  });
});
const enDue = ["next month's repayment", "this month's instalment", 'the loan payment due on the 15th'];
const enFear = ["i'm scared we can't make", 'we probably wont be able to pay', "looks like we'll miss"];
const enDo = ['should i tell the bank early', 'does it help to call the bank before', 'can we ask them for more time'];
enDue.forEach((due, i) => {
  enFear.forEach((fear, j) => {
    add('repay-en', `${fear} ${due}, ${pick(enDo, i + j)}`, { question: 'cannot-repay' });
  });
});

// D. A platform lending one's money to businesses for a return.
const zhPlatforms = ['有个平台说', '一个app讲', '网上有个网站', '朋友推荐的平台说'];
const zhLend = ['把钱放它那里 它借给做生意的人', '帮我们把钱借给小老板', '把闲钱出借给商户', '把钱借给开店的人'];
const zhReturn = ['一年给百分之十二', '每个月给一分利', '年化10%', '一年八个点'];
const zhP2pTails: Array<[string, Fields]> = [
  ['格靠谱', { command: 'platform-check' }],
  ['能不能投', {}],
  ['值得投吗', {}],
  ['', {}],
];
zhPlatforms.forEach((p, i) => {
  zhLend.forEach((l, j) => {
    const [tail, extra] = pick(zhP2pTails, i + j);
    add('p2p-zh', `${p}${l} ${pick(zhReturn, i + j)}${tail ? ` ${tail}` : ''}`, { question: 'fraud-p2p-style', ...extra });
  });
});
const enP2p = [
  'a website wants to lend our spare cash out to other shop owners at 9% a year, worth trying?',
  'this app lends my money to small businesses and pays me 1% a month, good idea?',
  'a platform says it will lend our savings to local traders for 12% a year, should we',
  'put money on an app that loans it to shopkeepers, 10% yearly return, thoughts',
];
for (const text of enP2p) add('p2p-en', text, { question: 'fraud-p2p-style' });

// E. A sum and a term asked what-if, with the monthly repayment.
const zhIf = ['要是', '如果', '假如'];
const zhSum: Array<[string, number]> = [
  ['贷个二十五万', 250000],
  ['借三十万', 300000],
  ['贷50万', 500000],
  ['借个十五万', 150000],
];
const zhTerm: Array<[string, number]> = [
  ['分三年还', 36],
  ['借两年', 24],
  ['五年还清', 60],
  ['分24期', 24],
];
const zhMonthly = ['一个月大概要还几多', '每个月还好多', '月供多少', '一个月要还多少钱'];
zhIf.forEach((w, i) => {
  zhSum.forEach(([s, v], j) => {
    const [t, m] = pick(zhTerm, i + j);
    add('whatif-zh', `${w}${s} ${t} ${pick(zhMonthly, i + 2 * j)}`, {
      command: 'cost',
      amount: cny(v),
      termMonths: m,
      hypothetical: true,
      monthlyAsked: true,
    });
  });
});
const enIf: Array<[string, number, number]> = [
  ['what if we borrow 150k over 2 years, how much each month', 150000, 24],
  ['what if we took 300k for 3 years, whats the monthly', 300000, 36],
  ['what about if we borrow 80k for a year, how much per month', 80000, 12],
  ['what if we go for 500k over 5 years, monthly repayment?', 500000, 60],
];
for (const [text, v, m] of enIf)
  add('whatif-en', text, { command: 'cost', amount: cny(v), termMonths: m, hypothetical: true, monthlyAsked: true });
for (const [text, v, m] of [
  ['要是借 20万 三年 monthly 要还多少', 200000, 36],
  ['如果 borrow 三十万 两年 每个月还多少', 300000, 24],
] as const)
  add('whatif-mixed', text, { command: 'cost', amount: cny(v), termMonths: m, hypothetical: true, monthlyAsked: true });

// F. A rate word's meaning asked: the term, no cost.
const zhHeard = ['人家老讲', '银行的人说', 'app上写着', '大家都在说'];
const zhWords: Array<[string, string]> = [
  ['年化', 'annualised-rate'],
  ['年化利率', 'annualised-rate'],
  ['月息', 'monthly-rate'],
  ['LPR', 'lpr'],
];
const zhWhat = ['到底是指哪样', '是什么意思', '是哪样意思', '指的是啥'];
zhHeard.forEach((h, i) => {
  zhWords.forEach(([word, term], j) => {
    // Heard twice over (人家老讲年化年化的), then asked.
    add('meaning-zh', `${h}${word}${word}的 ${word}${pick(zhWhat, i + j)}`, { term });
  });
});
for (const [text, term] of [
  ['people keep saying apr, what does it actually mean', 'annualised-rate'],
  ['what does annualised rate actually mean', 'annualised-rate'],
  ['the app shows an annualized rate, what is that exactly', 'annualised-rate'],
  ['年化 rate 到底是指哪样', 'annualised-rate'],
  ['LPR 是 what', 'lpr'],
] as const)
  add('meaning-en', text, { term });

// G. Offers told as stories, then the cost asked.
const zhKept: Array<[string, Fields]> = [
  ['借五万 放款的时候直接扣了五千利息 实际只拿到四万五', { principal: 50000, fee: 5000, received: 45000 }],
  ['借八万 放款时直接扣了六千利息 实际到手七万四', { principal: 80000, fee: 6000, received: 74000 }],
  ['借 10w 实际到手 9.2w 一年还 11w', { principal: 100000, received: 92000, total: 110000, months: 12 }],
  ['借 15w 到手 13.8w 一年还 17w', { principal: 150000, received: 138000, total: 170000, months: 12 }],
  ['借二十万 到手十八万五 一年后还二十三万', { principal: 200000, received: 185000, total: 230000, months: 12 }],
  [
    '贷三万 到卡上只有两万七 每个月还两千九 还一年',
    { principal: 30000, received: 27000, instalment: 2900, months: 12, repayment: 'monthly' },
  ],
];
const zhCostTails = ['实际利率多少', '格划算', '贵不贵', '真实年化是多少'];
zhKept.forEach(([story, offer], i) => {
  add('offer-zh', `${story} ${pick(zhCostTails, i)}`, { command: 'cost', offer });
});
for (const [text, offer, service] of [
  [
    '网商贷 approve 了 8万 年化 14.6% 36 期 每月还多少',
    { principal: 80000, annualRatePct: 14.6, months: 36, repayment: 'monthly' },
    'big-data-finance',
  ],
  [
    '微粒贷批了 5万 年化 18% 24 期 每个月还多少',
    { principal: 50000, annualRatePct: 18, months: 24, repayment: 'monthly' },
    'big-data-finance',
  ],
  ['借十万 年化百分之二十四 一个月还多少', { principal: 100000, annualRatePct: 24 }, undefined],
] as const)
  add('offer-monthly', text, { command: 'cost', offer, monthlyAsked: true, ...(service ? { service } : {}) });
const enKept: Array<[string, Fields]> = [
  [
    'the app approved 40k but 3,200 got taken off as a service fee, repayments are 3,900 a month for a year. whats the real rate',
    { principal: 40000, fee: 3200, instalment: 3900, months: 12, repayment: 'monthly' },
  ],
  [
    'the app approved 50k but took 4,000 off as a service fee, repayments are 4,800 a month for a year. whats the real rate',
    { principal: 50000, fee: 4000, instalment: 4800, months: 12, repayment: 'monthly' },
  ],
  // Repaid "after a year": in one payment at the end.
  [
    'borrow 100k, get 92k in hand, pay back 110k after a year, is that expensive',
    { principal: 100000, received: 92000, total: 110000, months: 12, repayment: 'end' },
  ],
  [
    'we borrow 60k, only 55k arrives, and we repay 66k after a year. real rate?',
    { principal: 60000, received: 55000, total: 66000, months: 12, repayment: 'end' },
  ],
];
for (const [text, offer] of enKept) add('offer-en', text, { command: 'cost', offer });
add('offer-en', "mybank approved 80k at 14.6% apr for 36 months, what's the monthly payment", {
  command: 'cost',
  service: 'big-data-finance',
  // The monthly payment asked: repaid monthly.
  offer: { principal: 80000, annualRatePct: 14.6, months: 36, repayment: 'monthly' },
  monthlyAsked: true,
});

// H. A guarantee fee or interest taken at payout, asked if normal.
const zhGuarantee = ['担保公司放款时收了两个点担保费', '担保那边下款前收了三千块担保费', '放款的时候担保公司扣了一个点的担保费'];
const zhNormal = ['这个正常吗', '合理不', '格对头'];
zhGuarantee.forEach((g, i) => {
  zhNormal.forEach((_n, j) => {
    add('guarantee-zh', `${g} ${pick(zhNormal, i + j)}`, { command: 'cost', question: 'guarantee-fee' });
  });
});
const zhUpfront = ['放款的时候先扣了一个月利息', '下款前就把三个月的利息扣掉了', '钱还没到手 利息先扣了'];
const zhLegal = ['这样合法不', '正常吗', '这样行吗'];
zhUpfront.forEach((g, i) => {
  zhLegal.forEach((_n, j) => {
    add('upfront-zh', `${g} ${pick(zhLegal, i + j)}`, { question: 'upfront-interest' });
  });
});
for (const [text, fields] of [
  ['the guarantee company took 3% at payout, is that normal', { command: 'cost', question: 'guarantee-fee' }],
  ['they took the first 2 months interest out before paying us, is that allowed', { question: 'upfront-interest' }],
  ['放款的时候 先把 interest 扣了 这个 legal 吗', { question: 'upfront-interest' }],
] as const)
  add('payout-en', text, fields);

// I. A wallet used by a buyer abroad.
const zhBuyers = ['老挝买家', '越南客户', '缅甸那边的老板'];
const zhWallets = ['微信支付', '支付宝'];
const zhCan = ['可以吗', '行不行', '格得'];
zhBuyers.forEach((b, i) => {
  zhWallets.forEach((w, j) => {
    add('wallet-zh', `${b}想用${w}付款给我们 ${pick(zhCan, i + j)}`, { service: 'third-party-payment', question: 'wallet-across-border' });
  });
});
for (const text of ['can our lao buyer pay us with wechat pay', 'our vietnamese customers want to pay by alipay, is that ok'])
  add('wallet-en', text, { service: 'third-party-payment', question: 'wallet-across-border' });

// Read every case: the whole Understanding but its language and its rules.
runSweep(cases, (text) => {
  const { language: _language, rules: _rules, ...got } = understand(text) as unknown as Fields;
  return got;
});
