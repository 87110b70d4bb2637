// A sweep of what owners ask (round 14, asks14): fraud stories told in frames (who approached, what
// they asked for, what the owner did, the question's tail) crossed with the kinds of fraud, in Chinese,
// English and mixed words; questions of process (how long, what to bring, where to apply) and of cost
// (the yearly rate, APR, what it really costs, a word's meaning), alone and after the firm described.
// Each message carries the question it asks, the facts it states, and no other profile field may be set;
// a request for a person (`human`) never comes from a middleman or a 客服 inside a story.
// Prints the share wrong by frame and, with --list, each miss. Usage:
//   npx tsx scripts/sweeps/asks.ts [--list] [--frame NAME]

import { isDeepStrictEqual } from 'node:util';
import { understand } from '../../src/nlu';
import { SITUATION_KEYS } from '../../src/nlu/types';

type Fields = Record<string, unknown>;
interface Case {
  frame: string;
  text: string;
  expected: Fields;
}

const cases: Case[] = [];
const add = (frame: string, text: string, expected: Fields): void => {
  cases.push({ frame, text, expected });
};
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

// Who approached the owner.
const zhWho = ['有个人', '微信上有个人', '一个自称银行的', '中介', '信贷员', '网上认识的一个朋友', '对方', '那个业务员', '客服'];
const enWho = [
  'a guy',
  'someone on wechat',
  'a woman who says she is from the bank',
  'the agent',
  'the loan officer',
  'a man i met online',
  'their customer service',
];
// The question's tail.
const zhTails = ['格是真的', '靠谱吗', '这个正常吗', '是不是骗子', '', '咋个整', '能信吗'];
const enTails = ['is this legit', 'should i do it', 'is that normal', 'scam?', '', 'real or not', 'is this a scam'];

// What they asked for, by fraud kind (zh: the clause after 叫我/要我; en: after "wants me to"/"asked me to").
const zhAsked: Record<string, readonly string[]> = {
  'fraud-personal-account': [
    '把手机借他登一下支付宝',
    '拿身份证和银行卡跟他去银行',
    '把银行发的6位验证码告诉他',
    '把U盾寄给他',
    '把银行卡和密码给他',
    '借我们的对公账户给他走几笔账',
    '把手机给他帮我操作',
    '把微信登录到他手机上',
  ],
  'fraud-fake-app': [
    '在一个小程序上申请贷款',
    '点他发的链接下载借款app',
    '扫二维码下个app申请',
    '装一个应用商店里没有的软件',
    '用他发的网址注册借钱',
  ],
  'fraud-advance-fee': [
    '先交一千五的公证费',
    '交三千块解冻费才能提现',
    '先付合同盖章费八百',
    '转两万进去刷流水',
    '先交五千保证金才放款',
    '交一笔验资费',
    '放款以后给他三个点的好处费',
    '先交工本费和会员费',
  ],
};
const enAsked: Record<string, readonly string[]> = {
  'fraud-personal-account': [
    'tell him the 6 digit code the bank texts me',
    'lend him my phone to log into alipay',
    'give him my bank card and pin',
    'go to the bank with him and bring my id card and bank card',
    'let him use our company account for a few transfers',
    'send him my usb key',
  ],
  'fraud-fake-app': [
    'download a loan app from a link he sent',
    'apply through a mini program on wechat',
    'install an app that is not in the app store',
    'scan a qr code to get their loan app',
  ],
  'fraud-advance-fee': [
    'pay a 2000 contract stamp fee before the money is released',
    'pay a notary fee first',
    'pay 3000 to unfreeze my account before i can withdraw',
    'transfer 20k in to make the bank statement look better',
    'pay him 3 points after the loan comes through',
    'pay a deposit of 5000 before the payout',
  ],
};
const mixedAsked: Record<string, readonly string[]> = {
  'fraud-advance-fee': [
    '先 pay 他 5% 的 service fee 才放款',
    '交 2000 的 processing fee',
    '先付 deposit 三千',
    '放款后给他 3% commission',
    '先交 unlock fee 才能 withdraw',
  ],
  'fraud-personal-account': ['把 sms code 发给他', '把手机给他 login 支付宝', '拿 ID card 和银行卡跟他去 bank'],
  'fraud-fake-app': ['下载一个 loan app 链接是他发的', '在 mini program 上面申请'],
};

for (const [kind, asked] of Object.entries(zhAsked)) {
  asked.forEach((a, i) => {
    for (let t = 0; t < zhTails.length; t++) {
      const who = pick(zhWho, i + t);
      const verb = pick(['叫我', '要我', '让我', '讲要我'], i + t);
      const tail = zhTails[t] as string;
      add(`story-zh ${kind}`, `${who}说能帮我贷${pick(['二十万', '五十万', '十万', ''], i + t)} ${verb}${a}${tail ? ` ${tail}` : ''}`, {
        question: kind,
      });
      add(`story-zh-told ${kind}`, `${who}${verb}${a}${tail ? ` ${tail}` : ''}`, { question: kind });
    }
  });
}
for (const [kind, asked] of Object.entries(enAsked)) {
  asked.forEach((a, i) => {
    for (let t = 0; t < enTails.length; t++) {
      const who = pick(enWho, i + t);
      const tail = enTails[t] as string;
      add(
        `story-en ${kind}`,
        `${who} ${pick(['wants me to', 'asked me to', 'told me to', 'says i need to'], i + t)} ${a}${tail ? `, ${tail}` : ''}`,
        {
          question: kind,
        },
      );
      add(
        `story-en-offer ${kind}`,
        `${who} said he can get me a ${pick(['200k', '500k', '50k'], i + t)} loan if i ${a}${tail ? `. ${tail}` : ''}`,
        {
          question: kind,
        },
      );
    }
  });
}
for (const [kind, asked] of Object.entries(mixedAsked)) {
  asked.forEach((a, i) => {
    for (let t = 0; t < zhTails.length; t++) {
      const who = pick(['那个 agent', '有个人', '中介', '那个 loan officer', '客服'], i + t);
      const tail = pick(['这个 normal 吗', 'legit 吗', '格是真的', '', '靠谱吗', 'is this ok'], t);
      add(`story-mixed ${kind}`, `${who}要我${a}${tail ? ` ${tail}` : ''}`, { question: kind });
    }
  });
}

// Money already sent, then the other side gone.
const zhSent = ['先转了他五千', '给了中介三千块', '交了两千保证金', '已经付了八百手续费', '转了一万块过去'];
const zhGone = ['现在电话打不通了', '现在联系不上了', '然后把我拉黑了', '人找不到了', '微信也删了我'];
const enSent = [
  'i paid the agent 3k',
  'we sent him 5000',
  'i transferred the 2000 fee',
  'paid the middleman 8k',
  'gave their customer service 1500',
];
const enGone = [
  'and now i cant reach him',
  'and now he blocked me',
  'now his phone is off',
  'and he disappeared',
  'then they deleted me on wechat',
];
zhSent.forEach((s, i) => {
  zhGone.forEach((g, j) => {
    add('sent-zh', `${pick(['我在网上找了个中介 ', '有个贷款的 ', '', '客服讲能放款 '], i + j)}${s} ${g}`, {
      question: 'fraud-money-sent',
    });
  });
});
for (const s of enSent) {
  for (const g of enGone) {
    add('sent-en', `${s} ${g}`, { question: 'fraud-money-sent' });
  }
  add('sent-mixed', `${s} 现在联系不上了`, { question: 'fraud-money-sent' });
}

// Returns promised: a virtual currency or a platform lending to others.
const zhReturns = ['买数字货币 讲一个月翻倍', '投虚拟币 说稳赚不赔', '炒比特币 保证一个月翻一番', '买个币 讲三个月翻三倍 保本'];
zhReturns.forEach((r, i) => {
  for (const tail of zhTails.slice(0, 4))
    add('returns-zh', `${pick(['朋友拉我', '群里的老师叫我', '表哥喊我'], i)}${r}${tail ? ` ${tail}` : ''}`, {
      question: 'fraud-guaranteed-returns',
    });
});
const enReturns = [
  'this crypto coin doubles your money in a month, guaranteed',
  'bitcoin will triple in 3 months, no risk',
  'a virtual currency that pays 20% a month guaranteed',
];
enReturns.forEach((r) => {
  for (const who of ['my cousin says', 'a guy in the group says'])
    add('returns-en', `${who} ${r}`, { question: 'fraud-guaranteed-returns' });
});
const zhP2p = [
  '有个平台借钱给别人赚利息',
  '把钱放到平台上借给别人 每个月收利息',
  '一个借钱给别人赚利息的app',
  '把钱借给平台上的人 一年百分之十五',
];
zhP2p.forEach((r) => {
  for (const tail of ['格靠谱', '能不能投', '']) add('p2p-zh', `${r}${tail ? ` ${tail}` : ''}`, { question: 'fraud-p2p-style' });
});

// Process questions, alone and after the firm described.
const processQuestions: Array<[string, readonly string[], readonly string[]]> = [
  [
    'approval-time',
    ['多久有结果', '几天能批下来', '多久能放款', '钱什么时候到账', '一般要等多少天', '批下来要好久', '审批 usually 要多久'],
    [
      'how long till the money comes',
      'how many days to get approved',
      'when will the money arrive',
      'how long does it take to hear back',
      'how soon can we get the cash',
    ],
  ],
  [
    'what-to-bring',
    ['要带哪样材料', '要准备什么资料', '需要带什么证件', '要哪些手续'],
    ['what documents do we need to bring', 'what papers should i prepare', 'what do i need to bring to apply'],
  ],
  ['where-to-apply', ['去哪里办', '在哪里申请', '到哪点去办'], ['where do i go to apply', 'where can we apply for it']],
];
const zhFirms: Array<[string, Fields]> = [
  ['我们开饭店的 想贷三十万 ', { industry: 'catering', amount: { value: 300000, currency: 'CNY' } }],
  ['我们是做批发的 有五个员工 ', { industry: 'wholesale', employees: 5 }],
  ['开客栈的，', { industry: 'accommodation' }],
];
const enFirms: Array<[string, Fields]> = [
  ['we run a guesthouse with 6 staff, ', { industry: 'accommodation', employees: 6 }],
  ['i have a bakery and need 200k. ', { industry: 'catering', amount: { value: 200000, currency: 'CNY' } }],
];
for (const [id, zh, en] of processQuestions) {
  zh.forEach((q, i) => {
    const language = /[a-z]/.test(q) ? 'mixed' : 'zh';
    add(`process-${language} ${id}`, `${pick(['贷款', '', '经营贷', '这个贷款'], i)}${q}`, { question: id });
    const [firm, facts] = pick(zhFirms, i);
    add(`process-firm-zh ${id}`, `${firm}${q}`, { ...facts, question: id });
  });
  en.forEach((q, i) => {
    add(`process-en ${id}`, q, { question: id });
    const [firm, facts] = pick(enFirms, i);
    add(`process-firm-en ${id}`, `${firm}${q}`, { ...facts, question: id });
  });
}

// Cost questions and rate words asked.
const zhCost = ['年化是多少', '年化到底多少', '实际年化多少', '一年下来利息多少', '月息是多少', '综合成本是多少', '真实的利率是多少'];
const enCost = [
  'what is the APR',
  'what does it really cost',
  'whats the real annual rate',
  'how much interest per year in total',
  'what is the true cost of this loan',
];
zhCost.forEach((q, i) => {
  add('cost-zh', `${pick(['这个贷款', '', '那家', '借呗这个'], i).replace('借呗这个', '')}${q}`, { command: 'cost' });
});
enCost.forEach((q) => {
  add('cost-en', q, { command: 'cost' });
});
const zhMeaning: Array<[string, string]> = [
  ['年化利率什么意思', 'annualised-rate'],
  ['年化是啥意思', 'annualised-rate'],
  ['月息是哪样意思', 'monthly-rate'],
];
for (const [q, term] of zhMeaning) add('meaning-zh', q, { term });
for (const [q, term] of [
  ['what does APR mean', 'annualised-rate'],
  ['APR is what ah', 'annualised-rate'],
  ['apr 是什么意思', 'annualised-rate'],
] as const)
  add('meaning-en', q, { term });
for (const q of [
  '砍头息是哪样',
  '砍头息合法吗',
  '先扣利息再放款 这叫砍头息吗',
  'they take the interest out before paying, is that allowed',
])
  add('upfront', q, { question: 'upfront-interest' });

// What the owner already did, told (the keys handed over, the app installed), then what to do.
const zhDid: Array<[string, string]> = [
  ['我已经把验证码发给他了', 'fraud-personal-account'],
  ['我把银行卡和密码都给他了', 'fraud-personal-account'],
  ['我把手机借给他操作了一下', 'fraud-personal-account'],
  ['我已经在他发的链接上注册了', 'fraud-fake-app'],
  ['我扫了他的二维码下了个借款app', 'fraud-fake-app'],
];
const enDid: Array<[string, string]> = [
  ['i already gave him the code from the text', 'fraud-personal-account'],
  ['i lent him my phone and he logged into my alipay', 'fraud-personal-account'],
  ['i already downloaded the loan app from his link', 'fraud-fake-app'],
];
for (const [did, id] of zhDid)
  for (const tail of ['咋个整', '会不会有事', '']) add('did-zh', `${did}${tail ? ` ${tail}` : ''}`, { question: id });
for (const [did, id] of enDid)
  for (const tail of ['what now', 'is that bad', '']) add('did-en', `${did}${tail ? `, ${tail}` : ''}`, { question: id });
// Process and cost questions in mixed words.
for (const [q, fields] of [
  ['APR 是多少', { command: 'cost' }],
  ['这个 loan 的年化多少', { command: 'cost' }],
  ['砍头息 legal 吗', { question: 'upfront-interest' }],
  ['要带什么 documents', { question: 'what-to-bring' }],
  ['去哪里 apply', { question: 'where-to-apply' }],
  ['how long 能批下来', { question: 'approval-time' }],
  ['money 几天到账', { question: 'approval-time' }],
] as const)
  add('process-cost-mixed', q, fields);

// Fees asked by other verbs and channels (收, 要我出, 得先付; a text, a call, an ad), in both languages.
const zhChannels = ['打电话来的那个人', '短信上说', '抖音上看到个广告 说', '贷款中介', '放贷的'];
const zhFeeAsks = ['收我两千公证费 才给放款', '要我出一千块合同费', '讲得先付三千解冻费', '让我先打五千到他卡上验证', '说放款后要抽五个点'];
zhChannels.forEach((ch, i) => {
  zhFeeAsks.forEach((f, j) => {
    add('fee-verbs-zh', `${ch}${f}${pick(['', ' 格是真的', ' 这个正常不'], i + j)}`, { question: 'fraud-advance-fee' });
  });
});
const enFeeAsks = [
  'they charge a 500 notary fee upfront',
  'they asked for a 1000 contract fee before signing',
  'the text says pay 300 to unfreeze the loan',
  'the broker takes 5 points once the money is out',
  'i have to pay a 2000 deposit before they release it',
];
enFeeAsks.forEach((f, i) => {
  add('fee-verbs-en', `${f}${pick(['', ', legit?', ', normal?'], i)}`, { question: 'fraud-advance-fee' });
});
// A question's own clause names a kind of firm: no fact (开饭店的一般多久能批).
for (const [q, id] of [
  ['开饭店的贷款一般多久能批', 'approval-time'],
  ['做批发的一般要带哪样材料', 'what-to-bring'],
  ['how long do restaurants usually wait for approval', 'approval-time'],
] as const)
  add('question-clause', q, { question: id });

// Read every case.
const args = process.argv.slice(2);
const list = args.includes('--list');
const only = args.includes('--frame') ? args[args.indexOf('--frame') + 1] : undefined;
const FORBIDDEN = new Set<string>([...SITUATION_KEYS, 'service', 'term', 'offer']);
const byFrame = new Map<string, { n: number; wrong: number }>();
let wrongAll = 0;
for (const c of cases) {
  if (only !== undefined && !c.frame.startsWith(only)) continue;
  const got = understand(c.text) as unknown as Fields;
  const misses: string[] = [];
  for (const [key, value] of Object.entries(c.expected)) {
    if (!isDeepStrictEqual(got[key], value)) misses.push(`${key}: want ${JSON.stringify(value)} got ${JSON.stringify(got[key])}`);
  }
  for (const key of Object.keys(got)) {
    if (FORBIDDEN.has(key) && !(key in c.expected)) misses.push(`extra ${key}: ${JSON.stringify(got[key])}`);
  }
  if (got.command === 'human') misses.push('extra command: human');
  const tally = byFrame.get(c.frame) ?? { n: 0, wrong: 0 };
  tally.n++;
  if (misses.length > 0) {
    tally.wrong++;
    wrongAll++;
    if (list) console.log(`  [${c.frame}] ${c.text}\n    ${misses.join('\n    ')}`);
  }
  byFrame.set(c.frame, tally);
}
for (const [frame, { n, wrong }] of [...byFrame].sort()) console.log(`${frame.padEnd(40)} ${wrong}/${n} wrong`);
const total = [...byFrame.values()].reduce((s, t) => s + t.n, 0);
console.log(`all: ${wrongAll}/${total} wrong (${((100 * wrongAll) / total).toFixed(1)}%)`);
