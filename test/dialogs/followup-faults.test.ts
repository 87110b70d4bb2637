// Follow-up questions in the middle of a conversation (tester round 10: L4, L5, L7, L11, L12, L13, L15, L19,
// L22-L25), each played through the real engine (NLU, machine, renderer) with every reply of the step that
// answers it checked exactly, in both languages.

import { describe, it } from 'vitest';
import { beijing, type HandoffStep, playHandoff } from './handoff-table';
import { MONEY_SENT_EN, MONEY_SENT_ZH } from './money-sent-answer';

const AT = { start: beijing(2026, 1, 15, 15, 30) }; // a Thursday, the desk staffed

describe('money already sent after a fraud was discussed: the steps for money sent (110, the bank, the records, 96110), not the advice', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们是开烧烤店的，5个人，一年营业额90万' },
      { say: '网上有人说能帮我贷30万，先交3000保证金' },
      {
        say: '我已经付了3000了 怎么办',
        replies: [MONEY_SENT_ZH, '这次主要想解决什么问题？请回复编号：'],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a noodle shop, 5 staff, revenue 900k' },
      { say: 'a guy online says he can get us 300k if we pay a 3000 deposit first' },
      {
        say: 'i paid 3000 already, what now',
        replies: [MONEY_SENT_EN, 'What do you mainly need help with? Reply with a number:'],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('a fake payment screenshot: count money on its arrival, report it, keep the records', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们开服装店的，4个人，一年营业额100万' },
      {
        say: '客人拿张假的转账截图就把衣服拿走了',
        replies: [
          '这是常见骗局：付款截图可以造假，钱以到账为准，截图不算数。货已经被拿走的，马上打110报案，说清楚经过、金额和对方的样子；有监控的把录像留好。\n可以这样做：\n· 保留证据：聊天记录、对方账号和电话、转账凭证和截图，一样都不要删。\n· 以后收款以到账为准：开通收款到账提醒或语音播报，钱到了账户再交货；大额的用银行转账，到账了再发货。\n· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。\n出处：最新金融规则与事实（2026年11月核对）',
          '这次主要想解决什么问题？请回复编号：',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a clothes shop, 4 staff, revenue 1 million' },
      {
        say: 'a customer showed a fake transfer screenshot and walked off with the goods',
        replies: [
          "This is a common scam: a payment screenshot can be faked, so count the money only when it has arrived, never on a screenshot. If the goods are already gone, call 110 (the police) now and tell them what happened, how much, and what the person looked like; keep any camera footage.\nWhat you can do:\n· Keep the evidence: the chat, the other side's account and phone number, the transfer receipts and screenshots; delete nothing.\n· From now on, count a payment only when it has arrived: turn on the payment notifications or the voice alert, and hand over the goods once the money is in the account; for large sums, use a bank transfer and ship when it has arrived.\n· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.\nSource: current finance rules and facts (checked November 2026)",
          'What do you mainly need help with? Reply with a number:',
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('not able to repay, asked: talk to the lender before the due date, renewal with its date, no loan app to repay, the credit report', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '开早点铺的，两个人，一年营业额三十万，想借五万进货，一年' },
      {
        say: '万一到期还不上咋个整',
        replies: [
          '还不上时最要紧的是早说，不要等到逾期：到期前就主动找放款的银行或机构商量。\n借之前先算一算：1年里要还上5万元和利息，按生意最差的时候算也还得上再借；算下来吃紧，就少借一点或者把期限放长。\n如果真的还不上：\n· 到期前就找放款的银行或机构，说明原因，问能不能展期、延期或者调整还款计划；逾期以后再谈就难了。\n· 在银行借的经营贷，问能不能“无还本续贷”：到期不用先还本金就能续上（2024年9月起对所有小微企业开放）。\n· 不要借网贷、高息民间借款或者找“过桥”来还旧债：利息越滚越多，窟窿越来越大。\n· 逾期会记进征信报告，以后借钱更难、更贵；能还一部分就先还一部分，和放款方的沟通留好记录。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we sell breakfast, 2 people, revenue 300k a year, need 50k for stock, 1 year' },
      {
        say: 'what happens if we cant pay it back',
        replies: [
          "If you cannot repay, the most important thing is to say so early, before the loan is overdue: talk to the bank or lender before the due date.\nBefore you borrow, work it out: 50,000 yuan plus interest has to be repaid within 1 year; borrow only if you could repay it even in your worst months, and if it is tight, borrow less or over a longer term.\nIf it does happen:\n· Before the due date, go to the bank or lender, explain why, and ask whether the loan can be extended or the repayments rescheduled; once it is overdue, that is much harder.\n· For a business loan from a bank, ask for renewal without repaying the principal first (无还本续贷): open to all small and micro firms since September 2024.\n· Do not borrow from loan apps, high-interest private lenders or 'bridge' lenders to repay: the interest piles up and the hole gets deeper.\n· An overdue loan goes on your credit report and makes borrowing harder and dearer later; repay what you can, and keep a record of what you agree with the lender.",
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('a service asked about with "what about" / 呢 once advised: yes or no for this firm first, then why', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们开民宿的，6个人，一年营业额一百二十万，想借四十万装修房间，两年' },
      {
        say: '融资租赁呢',
        replies: [
          '融资租赁不适合您：\n· 融资租赁只能为设备、车辆、冷库等资产融资，不能用于装修、进货或发工资。\n对您更合适的是：信息化金融机构（网上银行、保险、证券）。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a guesthouse, 6 staff, revenue 1.2 million, need 400k to renovate the rooms, 2 years' },
      {
        say: 'how about leasing',
        replies: [
          'Financial leasing does not suit you:\n· Financial leasing finances assets such as machines, vehicles or cold stores only, not renovation, stock or wages.\nWhat suits you better: Online banks, insurers and brokers.',
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('a personal payment code asked about: not for the business, with the date of the restriction', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们开水果店的，3个人，一年营业额六十万' },
      { say: '收款' },
      {
        say: '用个人收款码收钱行不行',
        replies: [
          '经营收款不要用个人收款码：个人收款码是给个人之间转账用的，做生意请免费申请个人经营收款码或商户收款码。2022年3月1日起，用个人静态收款码做远程经营收款受到限制。\n可以这样做：\n· 向微信支付、支付宝或银行免费申请个人经营收款码或商户收款码，不要用个人收款码做远程经营收款。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a fruit shop, 3 staff, revenue 600k' },
      { say: 'collecting payments' },
      {
        say: 'can we just use my personal wechat code',
        replies: [
          "Do not use a personal payment code for the business's takings: personal codes are for transfers between individuals. For business, apply for a free business collection code or a merchant code. Since 1 March 2022, remote business collection through a personal static code has been restricted.\nWhat you can do:\n· Apply for a free business collection code or a merchant code from WeChat Pay, Alipay or your bank; do not use a personal payment code for remote business collection.",
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('a service named beside the need once advised ("众筹30万开新店"): answered for this firm, not "no change"', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们开面馆的，两家店，三十个员工，一年营业额八百万，要开第三家店，要借二百万，三年' },
      {
        say: '打算众筹30万开新店',
        replies: [
          '众筹不适合您：\n· 众筹（产品预售）只适合面向消费者的新产品：顾客先付款，以后再交货。\n· 国内没有获批的公开股权众筹，在网上向公众出让股份筹钱是违法的。\n对您更合适的是：信息化金融机构（网上银行、保险、证券）。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run two noodle shops, 30 staff, revenue 8 million, opening a third shop, need 2 million over 3 years' },
      {
        say: 'we plan to crowdfund 300k for the new shop',
        replies: [
          'Crowdfunding does not suit you:\n· Crowdfunding (a pre-sale) suits only a new consumer product: customers pay now and receive it later.\n· There is no approved public equity crowdfunding in China; selling shares to the public online is illegal.\nWhat suits you better: Online banks, insurers and brokers.',
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('"is that too much?" of the owner\'s sum: set against their revenue and term, no rate', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们做咖啡豆批发的，8个人，一年营业额一千万，想借一百五十万进货，四个月' },
      {
        say: '借这么多会不会太多',
        replies: [
          '不算多：150万元约是您一年营业收入（1000万元）的15%。\n借4个月，这段时间您大约有333万元的营业收入；还款要从这段时间的利润和回款里出，不是从营业额里出。\n有订单或合同对应的话，这个数是合适的；进货可以分批进、分批用款。\n手上还有没还完的贷款的话要一起算：新旧贷款每个月的还款加起来，都要靠每个月的进账还得上。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we wholesale coffee beans, 8 staff, revenue 10 million, need 1.5 million for stock, 4 months' },
      {
        say: 'is 1.5m too much?',
        replies: [
          'Not too much: 1,500,000 yuan is about 15% of your revenue for a year (10,000,000 yuan).\nOver 4 months you take in about 3,330,000 yuan; the repayment comes out of the profit and the cash collected in that time, not the sales.\nIf it is backed by orders or contracts, the sum is reasonable; buy stock in stages and draw the money as you need it.\nIf you are still repaying other loans, count them in: the new repayments and the old ones together have to come out of what you take in each month.',
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

// (Round 58: the monthly payment asked beside the sum is said first, as it is for the offer itself.)
describe('another sum asked after an offer was costed: the same terms on that sum', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '开五金店的，3个人，一年营业额八十万，想借十万进货，一年' },
      { say: '借10万，每月还9000，12个月' },
      {
        say: '那6万呢，每个月还多少',
        replies: [
          '按上面那笔报价的条件，借6万元、1年算：\n每月要还约5400元，共12期。\n这笔钱的真实年化成本约14.5%（按月利率×12），按复利算约15.5%，已超过民间借贷受法律保护的上限，但低于24%：签之前先和银行的经营贷比一比。\n算法：到手6万元，每月还5400元，共12期，合计还6.48万元 → 每月1.2%，×12 = 14.45%，复利 15.45%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a hardware shop, 3 staff, revenue 800k, need 100k for stock, 1 year' },
      { say: 'borrow 100k, repay 9000 a month for 12 months' },
      {
        say: 'what about 60k, how much a month',
        replies: [
          'On the same terms as the offer above, for 60,000 yuan over 1 year:\nYou would repay about 5,400 yuan a month for 12 months.\nThe true annual cost is about 14.5% (monthly rate x 12), 15.5% compounded: above the ceiling courts protect in private lending, though under 24%. Compare it with a bank business loan before you sign.\nThe arithmetic: you receive 60,000 yuan and repay 5,400 yuan a month for 12 months, 64,800 yuan in all → 1.2% a month, x 12 = 14.45%, compounded 15.45%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('a fee added after a rate was costed: the rate, the sum, the term and the fee worked together', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '开五金店的，3个人，一年营业额八十万，想借二十万进货，三个月' },
      {
        say: '日息万四',
        replies: [
          '这笔钱的真实年化成本约14.6%（按日利率×365），按复利算约15.7%，已超过民间借贷受法律保护的上限，但低于24%：签之前先和银行的经营贷比一比。\n算法：日息0.04% ×365 = 14.6%，复利 15.72%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
        ],
      },
      {
        say: '还要先扣3%的手续费',
        replies: [
          '按上面那笔报价的条件，借20万元、3个月算：\n这笔钱的真实年化成本约27.4%（单利），按复利算约30.4%，超过24%，是危险信号：先别签，和银行的经营贷比一比。\n算法：到手19.4万元，3个月后一次还20.73万元 → 年化27.42%，复利 30.37%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a hardware shop, 3 staff, revenue 800k, need 200k for stock, 3 months' },
      {
        say: '0.04% a day',
        replies: [
          'The true annual cost is about 14.6% (daily rate x 365), 15.7% compounded: above the ceiling courts protect in private lending, though under 24%. Compare it with a bank business loan before you sign.\nThe arithmetic: 0.04% a day x 365 = 14.6%, compounded 15.72%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
        ],
      },
      {
        say: 'plus a 3% fee taken off first',
        replies: [
          'On the same terms as the offer above, for 200,000 yuan over 3 months:\nThe true annual cost is about 27.4% (simple interest), 30.4% compounded: above 24%, a red flag. Do not sign yet; compare it with a bank business loan.\nThe arithmetic: you receive 194,000 yuan and repay 207,300 yuan after 3 months → 27.42% a year, compounded 30.37%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('across the border: locking the rate (the bank\'s forward contract), a wallet for trade money, "what about wechat pay" the same question', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们做水果出口泰国的，20个人，一年营业额两千万' },
      { say: '跨境收款' },
      {
        say: '锁定汇率要咋个办',
        replies: [
          '用外币结算，汇率一变，同样的货款折成人民币就跟着变：这个风险在您这边。两个办法：一是货款用人民币结算（人民币跨境结算是云南和东盟做生意的主渠道），您这边就没有汇率风险；二是锁汇，和银行签远期结售汇：现在就约定以后某一天按什么汇率结汇或购汇，到时候按约定的汇率换，不怕汇率波动。锁汇要有真实的贸易合同，到开户银行问，问清要不要保证金、占用多少授信、到期交不了货怎么办。\n可以这样做：\n· 到开户银行问“远期结售汇”：带上贸易合同，问清期限、要不要保证金、到期怎么交割；汇率以银行的报价为准。',
        ],
      },
      {
        say: '泰国客户能不能用支付宝付给我们',
        replies: [
          '不建议：跨境的货款不要走个人的支付宝、微信收付。和越南、老挝、缅甸等东盟伙伴的货款，走银行的人民币跨境结算（云南的主渠道），或者持牌支付机构的跨境收款服务，钱进对公账户。\n可以这样做：\n· 到开户银行办理人民币跨境结算或外汇收付，问清能否锁定汇率；也可以用持牌支付机构的跨境收付服务。\n· 只通过持有人民银行支付牌照、开展跨境收付业务的支付机构收款，钱进对公账户；大额货款走银行的人民币跨境结算。',
        ],
      },
      {
        say: '那微信支付呢',
        replies: [
          '不建议：跨境的货款不要走个人的支付宝、微信收付。和越南、老挝、缅甸等东盟伙伴的货款，走银行的人民币跨境结算（云南的主渠道），或者持牌支付机构的跨境收款服务，钱进对公账户。\n可以这样做：\n· 到开户银行办理人民币跨境结算或外汇收付，问清能否锁定汇率；也可以用持牌支付机构的跨境收付服务。\n· 只通过持有人民银行支付牌照、开展跨境收付业务的支付机构收款，钱进对公账户；大额货款走银行的人民币跨境结算。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we export fruit to thailand, 20 staff, revenue 20 million' },
      { say: 'cross-border payments' },
      {
        say: 'can we fix the exchange rate',
        replies: [
          "If you settle in a foreign currency, the same payment is worth more or less in yuan as the rate moves: that risk is yours. Two ways out: settle the trade in RMB (RMB settlement is the main route with ASEAN in Yunnan), and the exchange risk is not yours; or lock the rate with a forward contract at your bank (远期结售汇): you agree now on the rate at which you will sell or buy the currency on a later date, so the payment is changed at that rate whatever the market does. A forward needs a real trade contract; ask your bank about any margin, the credit line it uses and what happens if the goods are late.\nWhat you can do:\n· Ask your bank for a forward contract (远期结售汇): bring the trade contract and ask about the term, any margin and how it is settled; the rate is the bank's quote.",
        ],
      },
      {
        say: 'can our thai buyers pay us by alipay',
        replies: [
          "Better not: do not take or send cross-border trade payments through personal Alipay or WeChat Pay accounts. With partners in Vietnam, Laos, Myanmar and the rest of ASEAN, settle through your bank in RMB (the main route in Yunnan), or through a licensed payment institution's cross-border collection service, into your business account.\nWhat you can do:\n· Settle through your bank in RMB across the border or in foreign currency, and ask whether you can fix the exchange rate; licensed payment institutions also offer cross-border collection.\n· Collect only through a payment institution licensed by the People's Bank of China that offers cross-border collection, into your business account; large trade payments go through your bank's RMB settlement.",
        ],
      },
      {
        say: 'what about wechat pay',
        replies: [
          "Better not: do not take or send cross-border trade payments through personal Alipay or WeChat Pay accounts. With partners in Vietnam, Laos, Myanmar and the rest of ASEAN, settle through your bank in RMB (the main route in Yunnan), or through a licensed payment institution's cross-border collection service, into your business account.\nWhat you can do:\n· Settle through your bank in RMB across the border or in foreign currency, and ask whether you can fix the exchange rate; licensed payment institutions also offer cross-border collection.\n· Collect only through a payment institution licensed by the People's Bank of China that offers cross-border collection, into your business account; large trade payments go through your bank's RMB settlement.",
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('a firm trading across the border asks whether "they" can pay by a wallet: the wallet-across-border answer, not whether payments fit the loan', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们做橡胶进口的，从老挝进，在勐腊，12个人，去年营业额一千八百万，要借300万周转，6个月' },
      {
        say: '他们可以用支付宝付给我们不',
        replies: [
          '不建议：跨境的货款不要走个人的支付宝、微信收付。和越南、老挝、缅甸等东盟伙伴的货款，走银行的人民币跨境结算（云南的主渠道），或者持牌支付机构的跨境收款服务，钱进对公账户。\n可以这样做：\n· 到开户银行办理人民币跨境结算或外汇收付，问清能否锁定汇率；也可以用持牌支付机构的跨境收付服务。\n· 只通过持有人民银行支付牌照、开展跨境收付业务的支付机构收款，钱进对公账户；大额货款走银行的人民币跨境结算。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we import rubber from laos, 12 staff, revenue 18 million last year, need 3 million for 6 months to pay our suppliers' },
      {
        say: 'can they just pay us by alipay tho',
        replies: [
          "Better not: do not take or send cross-border trade payments through personal Alipay or WeChat Pay accounts. With partners in Vietnam, Laos, Myanmar and the rest of ASEAN, settle through your bank in RMB (the main route in Yunnan), or through a licensed payment institution's cross-border collection service, into your business account.\nWhat you can do:\n· Settle through your bank in RMB across the border or in foreign currency, and ask whether you can fix the exchange rate; licensed payment institutions also offer cross-border collection.\n· Collect only through a payment institution licensed by the People's Bank of China that offers cross-border collection, into your business account; large trade payments go through your bank's RMB settlement.",
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe("a guarantee company's fee: not fraud by itself; the licence, paid on signing, the government cap with its date", () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们做米线加工的，20个人，一年营业额一千万，想借两百万买设备，三年' },
      {
        say: '担保公司要收2%的担保费，是不是骗子',
        replies: [
          '持牌的融资担保公司为贷款作担保，按合同收担保费是正常的，不一定是诈骗。要分清的是：它是不是持牌的担保公司，钱是不是在签了担保合同、银行确认放款时才交，交到公司的对公账户。合同还没签、银行还没见到，就要您把“保证金”转过去，特别是转到个人账户的，是诈骗。政府性融资担保收得低：2026年1月的国家政策要求向企业收的担保费不超过1%，可以先问银行能不能走政府性融资担保。\n可以这样做：\n· 核查担保公司：问省地方金融管理部门它是不是持牌的融资担保公司；担保费写进合同，签了合同、银行确认放款时交到公司的对公账户，不转个人账户。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we make rice noodles, 20 staff, revenue 10 million, need 2 million for machines, 3 years' },
      {
        say: 'the guarantee company wants a 2% fee, is it a scam',
        replies: [
          "A licensed financing guarantee company that guarantees your loan charges a guarantee fee under a contract: that is normal, not necessarily a scam. What matters is whether it is licensed, and whether you pay only when the guarantee contract is signed and the bank confirms the loan, into the company's business account. A 'deposit' demanded before any contract or bank is involved, above all into a personal account, is fraud. Government guarantees cost less: the national measures of January 2026 cap the fee charged to the firm at 1%, so ask your bank whether a government financing guarantee is available.\nWhat you can do:\n· Check the guarantee company: ask the provincial financial regulator whether it is a licensed financing guarantee company; the fee should be in the contract and paid when it is signed and the bank confirms the loan, into the company's business account, never a personal one.",
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('the cost of a loan asked with no purpose yet: no pointer to card-acquiring fees', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们开花店的' },
      {
        say: '利息多少',
        replies: [
          '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。\n银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。\n\n把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：\n· 借款前算清年化综合成本，包括各种服务费\n· 借款时问清利率是固定还是浮动，按最坏情况测算还款\n· 核实对方的营业执照、金融牌照和经营记录\n\n想确认放贷方是否持牌合规，请回复“核查平台”。',
          '为了按国家标准判断企业规模，请告诉我员工人数、去年的营业收入，例如：“员工12人，年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a flower shop' },
      {
        say: 'how much is the interest',
        replies: [
          "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.\nBanks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.\n\nTell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:\n· Work out the full annual cost of a loan, fees included, before you borrow\n· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case\n· Check the other party's business licence, financial licence and track record\n\nTo check that a lender is licensed, reply \"check a platform\".",
          'To size your business by the national standard, please tell me how many employees you have and last year\'s revenue, e.g. "12 employees, revenue 1.5 million yuan". Or just say whether you are a micro, small or medium enterprise; reply "skip" if you would rather not say.',
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});
