// A sweep of replies read alone mid-conversation, round 16 (replies16): a slip named in other words (打多了一个零,
// fat-fingered), a sum raised or lowered by a verb (raise it to, 往上调到, 压到), not knowing said many ways (someone
// else keeps the books, not decided, depends on the harvest: skip), less than said (没那么多, less than that), nothing
// to pledge beside the sum wanted (the collateral question, the sum kept), a loan held beside the new sum, a busy
// season's count beside the year-round one, a trade or a term denied then the true one, a plan then the present, and
// a yes with a fact after it; in Chinese, English and mixed. Compares the whole Understanding but its language.
// Usage: npx tsx scripts/sweeps/replies16.ts [--list] [--kind <frame>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
const cny = (value: number) => ({ value, currency: 'CNY' });
const { cases, add } = sweepCases();

const zhSums: Array<[string, number]> = [
  ['十五万', 150000],
  ['8万', 80000],
  ['二十五万', 250000],
  ['12w', 120000],
  ['三十来万', 300000],
  ['1.5个w', 15000],
];
const enSums: Array<[string, number]> = [
  ['150k', 150000],
  ['80k', 80000],
  ['1.2 mil', 1200000],
  ['250,000', 250000],
  ['2m', 2000000],
];

// A. A slip named by how many zeros or digits, or by the hand (打多了一个零, 手抖), the unlabelled sum after it.
for (const slip of ['打多了一个零', '多打了个0', '少打了一个零', '手抖打错了', '按错了', '输错了', '多按了个零', '打漏了一个零']) {
  for (const [s, v] of zhSums.slice(0, 3)) add('zh-slip', `${slip} 是${s}`, { correcting: true, replacing: true, money: cny(v) });
  add('zh-slip', `${slip} 应该是二十万`, { correcting: true, replacing: true, money: cny(200000) });
}
for (const slip of ['fat fingered it', 'extra zero', 'missed a zero', 'typo', 'my bad', 'wrong number', 'typed it wrong']) {
  for (const [s, v] of enSums.slice(0, 3)) add('en-slip', `${slip}, ${s}`, { correcting: true, replacing: true, money: cny(v) });
}
// The figure typed wrong, then the one meant (corpus: 'typed 50k, meant 500k' takes the first back, no deniedMoney).
for (const [w, r, rv] of [
  ['520k', '250k', 250000],
  ['60k', '600k', 600000],
  ['1.8m', '180k', 180000],
] as const) {
  add('en-meant', `typed ${w}, meant ${r}`, { correcting: true, replacing: true, money: cny(rv) });
  add('en-meant', `i wrote ${w} but meant ${r}`, { correcting: true, replacing: true, money: cny(rv) });
  add('en-meant', `said ${w}, meant ${r}`, { correcting: true, replacing: true, money: cny(rv) });
}
// A head count typed wrong: the staff word labels the right one.
for (const [text, n] of [
  ['员工写成四十一了 其实是十四个', 14],
  ['工人打成六十了 是十六个', 16],
  ['人数多打了个零 就十二个', 12],
  ['my bad, staff is 12 not 21', 12],
  ['staff count was a typo, 14 not 41', 14],
  ['wrong headcount, its 9', 9],
  ['staff 打错了 是 12 个', 12],
  ['workers 写成 60 了 其实 16 个', 16],
] as const)
  add('count-slip', text, { correcting: true, employees: n });

// B. A sum raised or lowered by a verb: the unlabelled sum replaces (a labelled one is the amount).
for (const verb of ['往上调到', '往下调到', '调高到', '调低到', '压到', '提高到', '减少到', '加到', '降低到']) {
  for (const [s, v] of zhSums.slice(0, 2)) add('zh-change', `${verb}${s}吧`, { replacing: true, money: cny(v) });
}
for (const verb of [
  'raise it to',
  'bump it up to',
  'push it up to',
  'increase it to',
  'up it to',
  'take it down to',
  'lower it to',
  'go up to',
  'can you bump it up to',
  'could we raise it to',
]) {
  for (const [s, v] of enSums.slice(0, 2)) add('en-change', `${verb} ${s}`, { replacing: true, money: cny(v) });
}
// A word of borrowing labels the sum: the amount, no replacing (corpus: 少借点 降到十五万吧).
add('zh-change', '少借点 就十五万吧', { amount: cny(150000) });
for (const [text, v] of [
  ['raise 到 20万 吧', 200000],
  ['bump 到 三十万', 300000],
  ['lower 到 8万', 80000],
  ['调到 150k 吧', 150000],
] as const)
  add('mixed-change', text, { replacing: true, money: cny(v) });

// C. Less than said, not so much: the figure lowered, the unlabelled sum replaces (a correction, as 没那么高).
for (const less of ['没那么多', '用不了那么多', '没有那么多', '其实没那么多']) {
  for (const [s, v] of zhSums.slice(0, 3)) add('zh-less', `${less} ${s}就够了`, { correcting: true, replacing: true, money: cny(v) });
}
// ...said with a word of needing (要, need): the sum labelled, the amount (no replacing).
for (const less of ['不要那么多', '要不了那么多'])
  for (const [s, v] of zhSums.slice(0, 2)) add('zh-less', `${less} ${s}就够了`, { correcting: true, amount: cny(v) });
for (const less of ['less than that', 'not that much', 'not so much', 'lower than that', 'nah less than that']) {
  for (const [s, v] of enSums.slice(0, 2)) add('en-less', `${less}, ${s} should do`, { correcting: true, replacing: true, money: cny(v) });
}
add('en-less', "don't need that much, 80k should do", { correcting: true, amount: cny(80000) });
for (const [text, n] of [
  ['staff 其实没那么多 就 9 个', 9],
  ['员工没那么多 就九个', 9],
  ['not that many staff, just 9', 9],
  ['fewer than that, 9 workers', 9],
] as const)
  add('count-less', text, { correcting: true, employees: n });

// D. Not knowing, said many ways: skip.
for (const text of [
  '这些数都是我儿子在弄 我搞不清',
  '账是我老婆在管的',
  '钱都是我媳妇管',
  '账是会计在做',
  '帐是我姐在记',
  '借好多还没定下来',
  '还没想好借多少',
  '借几年还没考虑好',
  '要看今年咖啡收成咋个样',
  '要看收成',
  '得看今年的行情',
  '说不准',
  '说不准噶',
  '这个讲不好',
  '我也讲不清楚',
  '不好估',
  '没仔细算过',
  '看年成',
])
  add('zh-skip', text, { command: 'skip' });
for (const text of [
  'depends on the harvest really',
  'depends on the weather and prices',
  'my accountant does the books',
  "my accountant does the books, i'd have to ask her",
  'my wife handles all the accounts',
  'my son keeps the numbers',
  "haven't decided how much yet",
  "haven't figured out how much yet",
  'not decided on the term',
  'hard to say',
  "couldn't tell you",
  'no idea honestly',
  'it varies a lot',
])
  add('en-skip', text, { command: 'skip' });
for (const text of ['not sure 要问我老公', 'depends 看 今年 行情', '账 是 my wife 在管', '还没 decide 借多少', 'hard to say 哦'])
  add('mixed-skip', text, { command: 'skip' });

// E. Nothing to pledge beside the sum wanted: the collateral question, the sum kept.
for (const none of ['没得抵押', '没有抵押', '没抵押物', '房子是租的 没得抵押'])
  for (const [s, v] of zhSums.slice(0, 2)) add('zh-collateral', `${none} 想借个${s}`, { question: 'collateral', amount: cny(v) });
for (const none of ['no collateral', "we don't have anything to pledge", 'nothing to put up as security'])
  for (const [s, v] of enSums.slice(0, 2)) add('en-collateral', `${none}, need ${s}`, { question: 'collateral', amount: cny(v) });
add('mixed-collateral', '没有 collateral, 就想借 10万', { question: 'collateral', amount: cny(100000) });
add('mixed-collateral', 'no 抵押, need 80k', { question: 'collateral', amount: cny(80000) });

// F. A loan held beside the new sum: only the new sum.
for (const held of ['上次在农商行借的三十万还剩一半没还', '信用社还欠着八万', '车贷还有两年', '手上还有一笔十万的贷款'])
  for (const now of ['这次想借十五万', '这回再借十五万']) add('zh-held', `${held} ${now}`, { amount: cny(150000) });
for (const held of ['still owe the bank 200k from last time', 'we still have 50k left on the old loan', 'already paying off a car loan'])
  for (const now of ['this time need 100k', 'now we want 100k']) add('en-held', `${held}, ${now}`, { amount: cny(100000) });
add('mixed-held', 'bank 那边 还欠 八万, 这回 想贷 二十万', { amount: cny(200000) });
add('mixed-held', '还有个 loan 没还完, this time 借 20万', { amount: cny(200000) });

// G. A busy season's count beside the year-round one: the regular count.
for (const [busy, reg] of [
  ['in picking season we get like 30 pickers', 'year round just 7'],
  ['during harvest we hire 25 or so', 'the rest of the year only 7'],
  ['in peak season about 20 people', 'normally 7'],
  ['at new year we have 15 staff', 'usually 7'],
  ['summer we take on 12 extra hands', 'core team is 7'],
] as const)
  add('en-season', `${busy}, ${reg}`, { employees: 7 });
for (const text of ['旺季要请二三十个采茶的 平时就五个', '采果的时候二十来个人 平常五个', '忙的时候十几个 闲的时候就五个'])
  add('zh-season', text, { employees: 5 });
add('mixed-season', 'busy season 有 20 多个 工人, 平时 6 个', { employees: 6 });
add('mixed-season', '旺季 like 20 个, normally 6 个', { employees: 6 });

// H. A trade or a term denied, then the true one; a place corrected.
for (const [text, industry] of [
  ['不是搞养殖的 我们是卖饲料的', 'retail'],
  ['不是开饭店的 我们是做米线批发的', 'wholesale'],
  ['不是种茶的 是做茶叶加工的', 'industry'],
  ["we're not a restaurant, we're a guesthouse", 'accommodation'],
  ['not a shop, we are a small factory', 'industry'],
  ['不是卖 coffee 的 是种 coffee 的', 'agriculture'],
  ['不是 restaurant 是 guesthouse', 'accommodation'],
] as const)
  add('trade-denied', text, { industry });
for (const text of ['不是西双版纳 是在普洱', '不是版纳 是普洱', '我们在普洱 不是临沧', '不在大理 在丽江']) add('place-corrected', text, {});
for (const [text, m] of [
  ['不是三年 两年就够', 24],
  ['no not 5 years, 3', 36],
  ['not 2 years, 1', 12],
  ['不是一年 是两年', 24],
  ['no, 18 months not 2 years', 18],
] as const)
  add('term-denied', text, { termMonths: m });

// I. A plan, then the present.
for (const text of ['以后想做出口 现在还莫得', '以后想往缅甸那边卖 目前还莫得', 'maybe export to laos later, nothing yet'])
  add('plan', text, { crossBorder: false });
for (const text of ['想 later 开个 taobao 店 目前还莫得', '以后想上 douyin 现在还没有', 'want to open a taobao shop later, not yet'])
  add('plan', text, { onlineSales: false });

// J. A yes or a no with a fact after it: the fact, no yes/no.
for (const [text, expected] of [
  ['对的 二十个人左右', { employees: 20 }],
  ['对 around 15 个人', { employees: 15 }],
  ['是的 一年两百来万', { annualRevenueCny: 2000000 }],
  ['嗯 三年吧', { termMonths: 36 }],
  ['yep roughly 1.5 mil', { money: cny(1500000) }],
  ['yeah about 2 mil', { money: cny(2000000) }],
  ['yes, around 12 staff', { employees: 12 }],
  ['yeah 2 years', { termMonths: 24 }],
] as const)
  add('yes-fact', text, expected);

// Controls: a sum added to one not said (再加五万) gives no figure.
for (const text of ['再多加五万吧', '再加五万']) add('control', text, {});

runSweep(cases, (text) => {
  const { language: _language, rules: _rules, ...got } = understand(text) as unknown as Fields;
  return got;
});
