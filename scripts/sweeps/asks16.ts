// A sweep of what owners ask an adviser, read right with nothing else set (round 16, asks16): question frames
// (Chinese, English, mixed) crossed with word lists: a repayment feared (月供怕是要断了, i doubt we can cover the
// next instalment) with what to do asked (cannot-repay); money from abroad in a named currency, how or where best to
// receive it (currency-exchange, no which-is-best, no purpose); whether a new firm or one with no tax records, papers
// or statements qualifies (borrow-amount); where to apply, what to bring, how long approval takes; a term's meaning
// asked in chat words; the owner's own line or card for the firm (personal-credit-line, no purpose); part of the loan
// kept back at payout then judged (upfront-interest); a lender's quoted rate judged (cost, a bank no service, a leasing
// seller the leasing service); a person, start over, the summary and the language in loose words. Each message's
// whole Understanding is compared (but its language). Prints the share read wrong by kind; --list prints each miss.
//   npx tsx scripts/sweeps/asks16.ts [--list] [--kind <kind>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
const { cases, add } = sweepCases();
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

// A. A repayment feared, what to do asked (no supposition: no risks).
const zhDue = ['月供', '下个月的贷款', '这期的还款', '银行那笔月供', '下个月那期', '网商贷的还款'];
const zhFear = ['怕是要断了', '怕是还不上了', '估计还不起了', '可能要断供了', '还不上咯', '交不起了', '恐怕要拖几天'];
const zhDo = ['咋个办', '咋个整', '怎么办才好', '该咋个弄', '要咋个处理', ''];
zhDue.forEach((due, i) => {
  zhFear.forEach((fear, j) => {
    const tail = pick(zhDo, i + j);
    const service = due.includes('网商贷') ? { service: 'big-data-finance' } : {};
    add('repay-zh', `${pick(['生意差得很 ', '', '这两个月没得收入 ', ''], i + j)}${due}${fear}${tail ? ` ${tail}` : ''}`, {
      question: 'cannot-repay',
      ...service,
    });
  });
});
const enFear = [
  'i doubt we can cover',
  "we won't be able to make",
  "i don't think we can pay",
  'no way we can meet',
  'we might not manage',
  "pretty sure we can't afford",
];
const enDue = ['the next instalment', "next month's repayment", 'this month loan payment', 'the payment due friday'];
const enDo = ['', ', what do i do', ', what should we do', ', any advice'];
enFear.forEach((fear, i) => {
  enDue.forEach((due, j) => {
    add('repay-en', `${pick(['sales dried up, ', '', 'business is slow, ', ''], i + j)}${fear} ${due}${pick(enDo, i + j)}`, {
      question: 'cannot-repay',
    });
  });
});
for (const text of [
  '下个月的 repayment 怕是还不上了',
  'next month 的月供 估计交不起了',
  '这期 instalment 还不上 咋个整',
  'loan 这个月怕是要断供了',
])
  add('repay-mixed', text, { question: 'cannot-repay' });

// B. Money from abroad in a named currency, how or where best to receive it.
const zhPayers: Array<[string, string]> = [
  ['老挝客户', '基普'],
  ['缅甸老板', '缅币'],
  ['越南那边', '越南盾'],
  ['泰国的买家', '泰铢'],
];
const zhPays = (c: string) => [`要打${c}过来`, `说付${c}给我们`, `结账只给${c}`];
const zhReceive = [
  '我们这边咋个接收',
  '哪家银行接收靠谱点',
  '咋个收比较好',
  '去哪家银行收好点',
  '我们要咋个接',
  '收的话哪家划算点',
  '哪个银行收得快点',
];
zhPayers.forEach(([who, c], i) => {
  zhPays(c).forEach((p, j) => {
    add('currency-zh', `${who}${p} ${pick(zhReceive, i * 3 + j)}`, { question: 'currency-exchange' });
  });
});
const enPayers: Array<[string, string]> = [
  ['lao buyer', 'kip'],
  ['our myanmar client', 'kyat'],
  ['a vietnamese shop', 'dong'],
];
const enReceive = [
  'whats the best way to receive it',
  'which bank is best for receiving it',
  'where should we receive it',
  'which one would u pick to receive it',
  'how do we receive that',
];
enPayers.forEach(([who, c], i) => {
  ['wants to send us', 'will pay us in', 'only pays in'].forEach((v, j) => {
    add('currency-en', `${who} ${v} ${c}, ${pick(enReceive, i * 3 + j)}`, { question: 'currency-exchange' });
  });
});
for (const text of [
  '老挝客户打 kip 过来 咋个 handle 比较好',
  '缅甸老板付 kyat 哪家 bank 收靠谱点',
  'vietnam 客户打越南盾过来 怎么 receive 比较好',
])
  add('currency-mixed', text, { question: 'currency-exchange' });

// C. Whether the firm qualifies: new, or lacking tax records, papers or statements.
const zhWhy = [
  '刚注册半年',
  '执照才办下来三个月',
  '我们没得纳税记录',
  '没有交过税',
  '没得银行流水',
  '营业执照还没办',
  '店才开两个月',
  '公司没得啥子账',
];
const zhQualify = ['格贷得着', '还借得到钱不', '能不能贷到款', '有没有资格贷款', '还能申请不', '格够条件'];
zhWhy.forEach((w, i) => {
  zhQualify.forEach((q, j) => {
    // A licence lacking is a paper to bring (corpus: 没得执照格贷得着); a record or a young age, what lenders look at.
    const question = w.includes('执照还没办') ? 'what-to-bring' : 'borrow-amount';
    if ((i + j) % 2 === 0) add('qualify-zh', `${w} ${q}`, { question });
  });
});
const enWhy = [
  'we only registered 6 months ago',
  'no tax records',
  "we've never filed taxes",
  'no bank statements yet',
  'the shop opened 2 months ago',
  "we don't have a business license yet",
];
const enQualify = ['do we even qualify', 'can we still borrow', 'are we eligible', 'can we get a loan at all', 'will any bank lend to us'];
enWhy.forEach((w, i) => {
  enQualify.forEach((q, j) => {
    const question = w.includes('license') ? 'what-to-bring' : 'borrow-amount';
    if ((i + j) % 2 === 0) add('qualify-en', `${w}, ${q}`, { question });
  });
});
for (const text of ['刚注册半年 格 qualify', '没有 tax records 还能贷不', 'no 纳税记录 can we still borrow', '店才开三个月 eligible 吗'])
  add('qualify-mixed', text, { question: 'borrow-amount' });

// D. Where to apply, what to bring, how long approval takes.
const plain: Array<[string, string, Fields]> = [
  ['apply', '贷款要去哪点办', { question: 'where-to-apply' }],
  ['apply', '要去哪里申请嘛', { question: 'where-to-apply' }],
  ['apply', '在哪点可以申请', { question: 'where-to-apply' }],
  ['apply', 'where do i actually go to apply', { question: 'where-to-apply' }],
  ['apply', 'where can we sign up for it', { question: 'where-to-apply' }],
  ['apply', '要 apply 的话去哪里', { question: 'where-to-apply' }],
  ['apply', 'apply 在哪点', { question: 'where-to-apply' }],
  ['apply', '去哪儿 apply', { question: 'where-to-apply' }],
  ['bring', '去银行办要带些哪样', { question: 'what-to-bring' }],
  ['bring', '要准备些啥子材料', { question: 'what-to-bring' }],
  ['bring', 'what papers should i bring to the bank', { question: 'what-to-bring' }],
  ['bring', '要准备哪些 documents', { question: 'what-to-bring' }],
  ['bring', 'documents 要带哪些', { question: 'what-to-bring' }],
  ['approval', '交上去以后要等几天才批得下来', { question: 'approval-time' }],
  ['approval', '几天能批下来', { question: 'approval-time' }],
  ['approval', 'roughly how many days before they approve it', { question: 'approval-time' }],
  ['approval', 'approval 大概要几天', { question: 'approval-time' }],
  ['approval', '多久能 approve', { question: 'approval-time' }],
];
for (const [kind, text, fields] of plain) add(`${kind}`, text, fields);

// E. A term's meaning asked in chat words.
const zhTerms: Array<[string, Fields]> = [
  ['征信', { term: 'credit-report' }],
  ['信用贷', { term: 'credit-loan' }],
  ['LPR', { term: 'lpr' }],
  ['抵押贷款', { term: 'mortgage' }],
  ['年化', { term: 'annualised-rate' }],
  ['续贷', { term: 'renewal' }],
];
const zhMean = ['是个哪样意思', '到底是个啥子东西', '是啥子意思', '是个什么东西', '指的是哪样'];
zhTerms.forEach(([w, f], i) => {
  zhMean.forEach((m, j) => {
    if ((i + j) % 2 === 0) add('term-zh', `${w}${m}`, f);
  });
});
for (const [text, f] of [
  ['wats lpr in plain words', { term: 'lpr' }],
  ['what does credit report actually mean', { term: 'credit-report' }],
  ['LPR 是啥子意思', { term: 'lpr' }],
  ['credit report 是个哪样东西', { term: 'credit-report' }],
] as const)
  add('term-other', text, f);

// F. The owner's own line or card for the firm.
const zhOwn = ['拿我自己的信用卡', '用我个人的信用贷', '用个人消费贷', '刷我个人的信用卡', '拿老婆的信用卡'];
const zhFor = ['给店里进货', '交铺租', '发工资', '给厂里买原料'];
const zhOk = ['格得行', '可不可以', '行不行', '会不会有问题'];
zhOwn.forEach((o, i) => {
  zhFor.forEach((f, j) => {
    add('personal-zh', `${o}${f} ${pick(zhOk, i + j)}`, { question: 'personal-credit-line' });
  });
});
const enOwn = [
  'can i use my personal credit loan',
  'is it ok to use my own credit card',
  'should i put my personal credit card',
  'can we use my personal loan',
];
const enFor = ["for the shop's stock", 'to pay the rent', 'for wages', 'for buying supplies'];
enOwn.forEach((o, i) => {
  enFor.forEach((f, j) => {
    if ((i + j) % 2 === 0) add('personal-en', `${o} ${f}`, { question: 'personal-credit-line' });
  });
});
for (const text of ['用个人 credit card 给店里进货 ok 不', '我的 personal loan 拿来发工资 格得', 'use 我自己的信用卡 for 进货 ok 吗'])
  add('personal-mixed', text, { question: 'personal-credit-line' });

// G. Part of the loan kept back at payout, judged.
const enKept = [
  'the bank took 2k off as a processing fee when they paid out',
  'they kept 3000 back as a service fee at payout',
  'when the loan came in they had already taken 1500 as a fee',
  'they deducted a 2% handling fee from the loan before paying out',
];
const enJudge = ['is that normal', 'is that ok', 'is that legal', 'should they do that'];
enKept.forEach((k, i) => {
  enJudge.forEach((j2, j) => {
    if ((i + j) % 2 === 0) add('kept-en', `${k}, ${j2}`, { question: 'upfront-interest' });
  });
});
const zhKept = ['借十万 放款那天扣了三千块服务费', '放款的时候直接扣掉两千手续费', '贷下来少了五千 说是扣了服务费'];
const zhJudge = ['格对头', '这个正常不', '合不合法', '格合理'];
zhKept.forEach((k, i) => {
  zhJudge.forEach((j2, j) => {
    if ((i + j) % 2 === 0) add('kept-zh', `${k} ${j2}`, { question: 'upfront-interest' });
  });
});

// H. A lender's quoted rate judged: a bank no service, a leasing seller the leasing service.
const zhLenders: Array<[string, Fields]> = [
  ['信用社给我们报的年化是百分之六点五', { offer: { annualRatePct: 6.5 } }],
  ['农商行讲年利率5.2%', { offer: { annualRatePct: 5.2 } }],
  ['卖货车的讲可以走融资租赁 月息七厘', { service: 'financial-leasing', offer: { monthlyRatePct: 0.7 } }],
  ['卖挖机的说融资租赁年化8%', { service: 'financial-leasing', offer: { annualRatePct: 8 } }],
];
const zhRateJudge = ['格高了点', '格划算', '算不算高', '贵不贵'];
zhLenders.forEach(([l, f], i) => {
  zhRateJudge.forEach((r, j) => {
    if ((i + j) % 2 === 0) add('rate-zh', `${l} ${r}`, { command: 'cost', ...f });
  });
});
for (const [text, f] of [
  ['rural credit coop quoted us 5.2% a year, is that fair', { offer: { annualRatePct: 5.2 } }],
  ['the bank offered 4.8% a year, is that high', { offer: { annualRatePct: 4.8 } }],
  [
    'the dealer offers financial leasing on the tractor at 0.8% a month, is that ok',
    { service: 'financial-leasing', offer: { monthlyRatePct: 0.8 } },
  ],
] as const)
  add('rate-en', text, { command: 'cost', ...f });

// I. A person, start over, the summary, the language, in loose words.
const commands: Array<[string, Fields]> = [
  ['找个真人跟我讲嘛', { command: 'human' }],
  ['有没得活人', { command: 'human' }],
  ['can i talk to someone real pls', { command: 'human' }],
  ['is there a real person i can chat with', { command: 'human' }],
  ['找个 real person 聊一下', { command: 'human' }],
  ['算了 从头再来一遍嘛', { command: 'restart' }],
  ['lets start again from scratch', { command: 'restart' }],
  ['把刚才讲的帮我归纳一下', { command: 'summary' }],
  ['give me a quick recap', { command: 'summary' }],
  ['pls answer in chinese from now on', { command: 'language', targetLocale: 'zh-CN' }],
  ['还是用英语回我嘛', { command: 'language', targetLocale: 'en' }],
  ['reply 用中文嘛', { command: 'language', targetLocale: 'zh-CN' }],
];
for (const [text, f] of commands) add('commands', text, f);

// J. Other words for the same kinds, found after the first fixes (a second round).
const more: Array<[string, Fields]> = [
  ['这个月的利息都凑不齐了 咋个弄', { question: 'cannot-repay' }],
  ['贷款月供眼看就要断了 该找哪个', { question: 'cannot-repay' }],
  ['月供马上就要断了', { question: 'cannot-repay' }],
  ["we're going to be late on the loan this month, what do we do", { question: 'cannot-repay' }],
  ["we'll be late with the repayment again", { question: 'cannot-repay' }],
  ['cant pay back the bank this month, help', { question: 'cannot-repay' }],
  ["worried we'll miss the march instalment", { question: 'cannot-repay' }],
  ['越南盾打过来以后咋个弄成人民币', { question: 'currency-exchange' }],
  ['基普收到以后怎么换成人民币', { question: 'currency-exchange' }],
  ['公司才成立三个月 银行会贷给我们不', { question: 'borrow-amount' }],
  ['店刚开张 银行肯借钱给我们不', { question: 'borrow-amount' }],
  ['没有流水 能贷款不', { question: 'borrow-amount' }],
  ['we just started last month, can we apply', { question: 'borrow-amount' }],
  ['brand new business, any chance of a loan', { question: 'borrow-amount' }],
  ['opened 3 weeks ago, could we get credit', { question: 'borrow-amount' }],
  ['no financial statements, any lender still lend to us', { question: 'borrow-amount' }],
  ['apply loan where ah', { question: 'where-to-apply' }],
  ['apply for a loan where', { question: 'where-to-apply' }],
];
for (const [text, f] of more) add('more', text, f);

runSweep(cases, (text) => {
  const { language: _language, rules: _rules, ...got } = understand(text) as unknown as Fields;
  return got;
});
