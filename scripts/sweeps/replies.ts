// A sweep of replies read alone mid-conversation (round 15, replies): a figure corrected or slipped (the slip named,
// the wrong figure named, the right one labelled or not), a figure changed by a verb (lower it to, 降到), a plan with
// the present said (以后可能去越南卖 现在还没得: false), a wait or a figure not known (等哈 我问下我老公, dunno: skip),
// a loan or a lease held beside the new sum, and one-field answers in loose words; in Chinese, English and mixed.
// Compares the whole Understanding but its language. Prints the share read wrong by frame and, with --list, each miss.
// Usage: npx tsx scripts/sweeps/replies.ts [--list] [--kind <frame>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
const cny = (value: number) => ({ value, currency: 'CNY' });
const { cases, add } = sweepCases();

/** A right and a wrong sum in Chinese, with their values. */
const zhPairs: Array<[right: string, r: number, wrong: string, w: number]> = [
  ['十八万', 180000, '八十万', 800000],
  ['25万', 250000, '52万', 520000],
  ['一百二十万', 1200000, '二十万', 200000],
  ['三十五万', 350000, '五十三万', 530000],
  ['6万', 60000, '60万', 600000],
  ['15w', 150000, '50w', 500000],
];
const enPairs: Array<[right: string, r: number, wrong: string, w: number]> = [
  ['250k', 250000, '520k', 520000],
  ['180k', 180000, '800k', 800000],
  ['60k', 60000, '600k', 600000],
  ['1.2m', 1200000, '2.1m', 2100000],
  ['90k', 90000, '900k', 900000],
];

// A. A slip named opening a Chinese reply, the right sum unlabelled (replacing), the wrong one denied or not.
const zhSlips = [
  '刚刚那个数打错了噶',
  '前面打错了',
  '刚才说错了',
  '不好意思 打错了',
  '口误',
  '搞错了',
  '刚刚讲错了',
  '打错了嘛',
  '哎呀 说错了',
  '数字写错了',
  '我记错了',
  '上面那个数打错了',
];
zhSlips.forEach((op, i) => {
  const [r, rv, w, wv] = zhPairs[i % zhPairs.length] as (typeof zhPairs)[number];
  add('zh-slip', `${op} 是${r}`, { correcting: true, replacing: true, money: cny(rv) });
  add('zh-slip', `${op} 是${r} 不是${w}`, { correcting: true, replacing: true, money: cny(rv), deniedMoney: cny(wv) });
  add('zh-slip', `${op} 不是${w} 是${r}`, { correcting: true, replacing: true, money: cny(rv), deniedMoney: cny(wv) });
  add('zh-slip', `${op} 应该是${r}`, { correcting: true, replacing: true, money: cny(rv) });
});

// B. The wrong sum named as typed or said (打成八十了, 写成…了, 那个八十万是打错了), then the right one.
zhPairs.forEach(([r, rv, w, wv]) => {
  // The sum as the slip's subject is set aside (deniedMoney, as "the 520k was a typo"); the sum typed, as "typed 50k,
  // meant 500k" (judge-34), is only taken back.
  for (const text of [`${w}是打错了 是${r}`, `上面那个${w}打错了 应该是${r}`, `那个${w}是错的 ${r}才对`])
    add('zh-wrong-named', text, { correcting: true, replacing: true, money: cny(rv), deniedMoney: cny(wv) });
  for (const text of [`前面打成${w}了 是${r}`, `刚才写成${w}了 应该是${r}`, `刚刚说成${w}了 其实是${r}`, `前面打成${w}了 ${r}才对`])
    add('zh-wrong-named', text, { correcting: true, replacing: true, money: cny(rv) });
});

// C. The figure named with the slip: the amount or the revenue (labelled: no replacing).
for (const [text, expected] of [
  ['借款写错了 是三十五万', { amount: cny(350000) }],
  ['要借的数打错了 是二十万', { amount: cny(200000) }],
  ['贷款金额说错了 应该是十五万', { amount: cny(150000) }],
  ['营业额刚才说多了 一年也就八十万', { annualRevenueCny: 800000 }],
  ['营业额其实没那么多 一年也就七十来万', { annualRevenueCny: 700000 }],
  ['流水其实没有那么高 一年九十万左右', { annualRevenueCny: 900000 }],
  ['其实营业额没那么多 一年也就六十万', { annualRevenueCny: 600000 }],
  ['其实 revenue 没那么多 一年 around 90万', { annualRevenueCny: 900000 }],
  ['其实 turnover 没那么高 一年 around 80万', { annualRevenueCny: 800000 }],
  ['营业额前面打成八百万了 一年八十万', { annualRevenueCny: 800000, deniedMoney: cny(8000000) }],
  ['人数报错了 就九个', { employees: 9 }],
  ['员工其实没那么多 就七个', { employees: 7 }],
  ['期限说错了 要两年', { termMonths: 24 }],
] as const)
  add('zh-labelled', text, { correcting: true, ...expected });

// D. A figure changed by a verb: lowered, raised, changed (replacing an unlabelled sum).
for (const [verb, r] of [
  ['改成', '十五万'],
  ['降到', '十五万'],
  ['减到', '十五万'],
  ['降成', '十五万'],
  ['加到', '十五万'],
  ['提到', '十五万'],
  ['那就改为', '十五万'],
] as const)
  add('zh-change', `${verb}${r}吧`, { replacing: true, money: cny(150000) });
for (const verb of [
  'ok lower it to',
  'lower it to',
  'bring it down to',
  'reduce it to',
  'cut it to',
  'raise it to',
  'bump it up to',
  'make it',
  'change it to',
  "let's go with",
  'drop it to',
])
  add('en-change', `${verb} 150k`, { replacing: true, money: cny(150000) });
add('en-change', 'lets do 150k instead', { replacing: true, money: cny(150000) });
// A labelled sum changed is the amount, no replacing (corpus: "change the loan to 450k", 借款金额改成80万).
add('en-change', 'ok, lower the amount to 150k', { amount: cny(150000) });
add('zh-change', '少借点 降到十五万吧', { amount: cny(150000) });
add('mixed-change', 'loan 改成 20万', { amount: cny(200000) });
add('mixed-change', 'lower it to 十五万', { replacing: true, money: cny(150000) });
add('mixed-change', '降到 150k 吧', { replacing: true, money: cny(150000) });

// E. English slips: the wrong sum named a typo, the right one after it, labelled or not.
enPairs.forEach(([r, rv, w, wv]) => {
  add('en-slip', `the ${w} was a typo, ${r}`, { correcting: true, replacing: true, money: cny(rv), deniedMoney: cny(wv) });
  add('en-slip', `the ${w} was a typo, loan should be ${r}`, { correcting: true, amount: cny(rv), deniedMoney: cny(wv) });
  add('en-slip', `${w} was a typo, i need ${r}`, { correcting: true, amount: cny(rv), deniedMoney: cny(wv) });
  add('en-slip', `sorry ${r} not ${w}`, { correcting: true, replacing: true, money: cny(rv), deniedMoney: cny(wv) });
  add('en-slip', `oops typed ${w}, meant ${r}`, { correcting: true, replacing: true, money: cny(rv) });
  add('en-slip', `i put ${w} by mistake, it's ${r}`, { correcting: true, replacing: true, money: cny(rv) });
  add('en-slip', `that ${w} is wrong, should be ${r}`, { correcting: true, replacing: true, money: cny(rv), deniedMoney: cny(wv) });
  add('en-slip', `my bad, it's ${r}`, { correcting: true, replacing: true, money: cny(rv) });
});
for (const [text, expected] of [
  ['revenue is actually lower, around 900k a year', { annualRevenueCny: 900000 }],
  ['turnover was too high, more like 900k a year', { annualRevenueCny: 900000 }],
  ['sales are lower than i said, about 900k a year', { annualRevenueCny: 900000 }],
  ['the revenue i gave was too high, its 900k a year', { annualRevenueCny: 900000 }],
  ['my bad the staff count is 14 not 41', { employees: 14 }],
  ['i said 41 staff, its 14', { employees: 14 }],
  ['staff number was wrong, 14', { employees: 14 }],
] as const)
  add('en-labelled', text, { correcting: true, ...expected });

// F. A plan, then the present said: the market denied (false), the trade named now kept.
const zhAbroadPlans = ['以后可能会去越南那边卖', '明年想做出口', '打算以后做跨境', '过两年可能往缅甸那边发货', '以后想卖到老挝去'];
const zhNotYet = ['现在还莫得', '现在还没有', '目前还没做', '暂时还没有', '现在还没得'];
zhAbroadPlans.forEach((plan, i) => {
  for (let j = 0; j < 3; j++) add('zh-plan', `${plan} ${zhNotYet[(i + j) % zhNotYet.length]}`, { crossBorder: false });
});
const zhOnlinePlans = ['明年想在抖音上卖', '打算开个淘宝店', '以后可能上美团', '准备做直播带货', '想开个网店'];
zhOnlinePlans.forEach((plan, i) => {
  for (let j = 0; j < 2; j++) add('zh-plan', `${plan} ${zhNotYet[(i + j) % zhNotYet.length]}`, { onlineSales: false });
});
for (const [now, industry] of [
  ['现在只是在菜市场摆摊卖豆腐', 'retail'],
  ['现在就开了个小超市', 'retail'],
  ['现在就在镇上开个米线馆', 'catering'],
  ['现在就是在店里卖', undefined],
] as const)
  for (const plan of ['明年想在抖音上卖', '以后打算开网店'])
    add('zh-plan-now', `${plan} ${now}`, industry === undefined ? { onlineSales: false } : { onlineSales: false, industry });
for (const [now, industry] of [
  ['现在就在河口做批发', 'wholesale'],
  ['现在只在本地卖', undefined],
] as const)
  add('zh-plan-now', `以后可能会卖到越南 ${now}`, industry === undefined ? { crossBorder: false } : { crossBorder: false, industry });
for (const plan of ['we might export to laos later', 'planning to sell to vietnam next year', 'maybe export someday'])
  for (const not of ['not yet though', 'but not right now', 'nothing yet']) add('en-plan', `${plan}, ${not}`, { crossBorder: false });
for (const plan of ['thinking of opening a taobao store next year', 'want to sell on douyin later'])
  for (const not of ['nothing online yet', 'not yet', 'for now only offline']) add('en-plan', `${plan}, ${not}`, { onlineSales: false });
add('mixed-plan', '以后 maybe 做 export 现在还没有', { crossBorder: false });
add('mixed-plan', 'later 可能会做出口, not yet', { crossBorder: false });
add('mixed-plan', '明年想上 taobao 现在还没开', { onlineSales: false });

// G. Waits and figures not known: skip.
for (const text of [
  '等哈 我问下我老公再回你',
  '等一下 我问问会计',
  '我回去问下我老婆再说',
  '等我算一下再告诉你',
  '稍等 我查一下账',
  '我要问问我爸才晓得',
  '营业额这个我也算不清 你先跳过嘛',
  '不晓得 没算过',
  '没算过 不知道',
  '这个说不好',
  '这个我搞不清楚',
  '员工人数我得回去数一下',
  '这个要问我家那口子',
])
  add('zh-wait', text, { command: 'skip' });
for (const text of [
  'dunno, never counted',
  'no clue, never worked it out',
  'not sure, skip that',
  'hang on, need to check with my partner',
  "i'll have to check the books",
  'idk tbh',
  'let me check with my accountant and get back to you',
  'hold on, let me ask my wife',
  'no idea, never really kept track',
  'give me a sec, asking my son',
])
  add('en-wait', text, { command: 'skip' });
add('mixed-wait', '等哈 let me ask my wife', { command: 'skip' });
// Off to check with someone, said alone, is a thanks by the corpus (en/commands: "i'll check with my wife first"): a goodbye.
add('en-wait', 'let me ask my husband and get back to you', { command: 'thanks' });
add('mixed-wait', 'dunno 没算过', { command: 'skip' });

// H. A lease or a loan held beside the new sum: the service named, no leasing trade; the new sum the amount.
for (const held of [
  '已经在融资租赁公司那边租了台挖机',
  '已经在租赁公司那里贷了台挖机',
  '挖机是找融资租赁公司办的',
  '之前找租赁公司按揭了一台货车',
])
  for (const now of ['这次只要借八万', '这回就想借八万'])
    add('zh-held', `${held} ${now}`, { service: 'financial-leasing', amount: cny(80000) });
for (const held of [
  'already got an excavator loan from the leasing company',
  'we already have a truck lease with a leasing company',
  'our forklift is on a lease from a leasing firm',
  'we got the excavator through a leasing company',
])
  for (const now of ['this time just need 80k', 'now we only need 80k'])
    add('en-held', `${held}, ${now}`, { service: 'financial-leasing', amount: cny(80000) });
for (const held of ['农商行那边还欠着十来万', '信用社的贷款还有五万没还', '银行还有一笔十万的贷款'])
  add('zh-held', `${held} 这回想再借二十万`, { amount: cny(200000) });
for (const held of ['still owe the bank 100k', 'we have a 100k loan with the credit union already'])
  add('en-held', `${held}, this time need 200k`, { amount: cny(200000) });

// I. One-field answers in loose words.
for (const [text, expected] of [
  ['就七八个人', { employees: 8 }],
  ['十来个人吧', { employees: 10 }],
  ['就五六个人', { employees: 6 }],
  ['连我在内五个人', { employees: 5 }],
  ['两年吧', { termMonths: 24 }],
  ['半年就够了', { termMonths: 6 }],
  ['一年半左右', { termMonths: 18 }],
  ['三年嘛', { termMonths: 36 }],
  ['八个月应该够了', { termMonths: 8 }],
  ['一年两百万左右', { annualRevenueCny: 2000000 }],
  ['一年差不多一百二十来万', { annualRevenueCny: 1200000 }],
  ['一个月十来万吧', { annualRevenueCny: 1200000 }],
] as const)
  add('zh-loose', text, expected);
for (const [text, expected] of [
  ['around 2 mil a year', { annualRevenueCny: 2000000 }],
  ['about 3 mil a year', { annualRevenueCny: 3000000 }],
  ['two years i guess', { termMonths: 24 }],
  ['half a year is enough', { termMonths: 6 }],
  ['like 20 ppl in the busy months, 8 otherwise', { employees: 8 }],
  ['just 6 of us', { employees: 6 }],
  ['maybe 18 months', { termMonths: 18 }],
] as const)
  add('en-loose', text, expected);
for (const [text, expected] of [
  ['revenue 一年大概 150万', { annualRevenueCny: 1500000 }],
  ['九个员工 plus me', { employees: 10 }],
  ['一年 around 90万', { annualRevenueCny: 900000 }],
  ['two years 吧', { termMonths: 24 }],
  ['就 7 个 staff', { employees: 7 }],
] as const)
  add('mixed-loose', text, expected);

runSweep(cases, (text) => {
  const { language: _language, rules: _rules, ...got } = understand(text) as unknown as Fields;
  return got;
});
