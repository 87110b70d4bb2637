// "能借多少", "审批要多久" and "how long does approval take" each get the answer to what they ask, not the
// cost block (quote10): what lenders decide a sum on, set against the owner's revenue when known, no
// product's limit; how fast each kind of loan is decided, no day counts. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('how much can we borrow, how long does approval take (quote10)', () => {
  it('能借多少 after the revenue (zh-CN): what lenders look at, the revenue set against it, the settlement bank', async () => {
    await playHandoff(
      [
        { say: '开饭馆的，一年营业额两百万' },
        {
          say: '额度有好多嘛',
          replies: [
            '能借多少由放贷方按您企业的情况核定，我不报哪个产品的额度。主要看这几样：\n· 营业收入和银行流水：流水越稳、越多，批得越多；\n· 纳税记录：按时报税、纳税的，额度更高；\n· 有没有抵押或担保：房产、设备抵押或政府性融资担保，能借得更多；\n· 企业和法定代表人的征信记录：有逾期会少批或不批。\n您一年营业收入约200万元：借的数要能从借款期间的利润和回款里还上，超过半年营业额（约100万元）就偏多了。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n出处：最新金融规则与事实（2026年11月核对）',
            '还需要知道员工人数，才能按国家标准判断规模，例如：“员工12人”。不清楚可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('how much can we borrow with the sum and revenue known (en): the sum against the revenue', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in dali, 8 staff, revenue 1.2 million' },
        { say: '1' },
        { say: '300k' },
        {
          say: 'whats the max loan we could get',
          replies: [
            "How much you can borrow is set by the lender on your firm's records; I quote no product's limit. They look at:\n· your revenue and bank statements: the steadier and larger, the more they lend;\n· your tax records: filing and paying on time raises the sum;\n· a pledge or guarantee: property or equipment pledged, or a government financing guarantee, lets you borrow more;\n· the credit record of the firm and its legal representative: late payments mean less or nothing.\nA sizeable sum: 300,000 yuan is about 25% of your revenue for a year (1,200,000 yuan).\nWhat you can do:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\nSource: current finance rules and facts (checked November 2026)",
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('审批要多久 first (zh-CN): online loans quick, pledged bank loans longer, no day count', async () => {
    await playHandoff(
      [
        {
          say: '批下来要等好久',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '看是哪种贷款：网商银行、微众银行这类线上银行和银行App里的线上经营贷，凭支付、流水和纳税数据审批，在手机上申请，一般比较快；要抵押或担保的银行贷款，要评估抵押物、办抵押登记，时间长得多。具体要多久以放贷方说的为准，我不报天数。放款前要您先交钱的，一律是骗局。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('how long does approval take first (en): the same, in English', async () => {
    await playHandoff(
      [
        {
          say: 'money come when?',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "It depends on the loan: online banks such as MYbank and WeBank, and the online business loans in banks' apps, decide on your payment, statement and tax data: you apply on your phone and they are usually quick; a bank loan with a pledge or guarantee takes much longer, as the pledge is valued and registered. How long exactly is for the lender to say; I give no day counts. Anyone asking you to pay before the loan is paid out is a fraud.\nSource: current finance rules and facts (checked November 2026)",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('能借多少 with no revenue yet (zh-CN, Yunnan 格): asks for the revenue', async () => {
    await playHandoff(
      [
        {
          say: '像我们这种小店格贷得到多少钱',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '能借多少由放贷方按您企业的情况核定，我不报哪个产品的额度。主要看这几样：\n· 营业收入和银行流水：流水越稳、越多，批得越多；\n· 纳税记录：按时报税、纳税的，额度更高；\n· 有没有抵押或担保：房产、设备抵押或政府性融资担保，能借得更多；\n· 企业和法定代表人的征信记录：有逾期会少批或不批。\n告诉我一年的营业收入（和想借多少），我帮您看借多少合适。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('the interest asked beside how soon (en): the approval answer, then the cost answer', async () => {
    await playHandoff(
      [
        {
          say: 'how long does approval take and whats the interest',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "It depends on the loan: online banks such as MYbank and WeBank, and the online business loans in banks' apps, decide on your payment, statement and tax data: you apply on your phone and they are usually quick; a bank loan with a pledge or guarantee takes much longer, as the pledge is valued and registered. How long exactly is for the lender to say; I give no day counts. Anyone asking you to pay before the loan is paid out is a fraud.\nSource: current finance rules and facts (checked November 2026)",
            "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.\nBanks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.\n\nTell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:\n· Work out the full annual cost of a loan, fees included, before you borrow\n· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case\n· Check the other party's business licence, financial licence and track record\n\nTo check that a lender is licensed, reply \"check a platform\".",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
