// The examples (issue 10, "Done when") through the real engine, NLU, machine and renderer:
// what each owner gets, with exact replies where the wording is the point, and a scan that no
// owner-facing reply cites the paper ("论文", "§") outside a service's details.

import { ADVANCE_FEE_ZH } from './money-sent-answer';
import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import type { TurnResult } from '../../src/conversation/types';
import type { Locale } from '../../src/locale';
import { ZH_OFFER } from './costing-shared';
import { onAdviceDay } from '../helpers/advice-day';

async function talk(locale: Locale, messages: string[]): Promise<TurnResult[]> {
  const engine = new ConversationEngine({
    store: new MemoryStore(onAdviceDay),
    clock: onAdviceDay,
    defaultLocale: locale,
    conversationTtlMs: 86_400_000,
  });
  const results: TurnResult[] = [];
  for (const text of messages) results.push(await engine.handle({ conversationId: 'advice', channel: 'api', text }));
  return results;
}

/** The replies of a turn after the welcome a first message gets. */
const answers = (r: TurnResult) =>
  r.replies.map((x) => x.text).filter((t) => !t.startsWith('您好！我是') && !t.startsWith('Hello! I advise'));

describe('the issue examples, in a conversation', () => {
  it('开了3年的粉店…要20万把店面重新装修，借一年: a bank loan first, no leasing, no crowdfunding', async () => {
    // 粉店 is a noodle shop: catering from the first message, so the advice comes at once.
    const [advice] = await talk('zh-CN', ['开了3年的粉店，10个人，年营业额150万，要20万把店面重新装修，借一年']);
    expect(advice!.view.profile).toEqual({
      industry: 'catering',
      sizeClass: 'small',
      sizeClassSource: 'standard',
      employees: 10,
      annualRevenueCny: 1_500_000,
      purpose: 'renovation',
      amount: { value: 200_000, currency: 'CNY' },
      termMonths: 12,
    });
    expect(advice!.view.recommendations.map((r) => r.serviceId)).toEqual(['online-financial-institution', 'big-data-finance']);
    expect(advice!.replies.at(-1)!.text).toBe(
      [
        '根据您的情况（餐饮业 · 小型企业 · 10人 · 年营业收入：150万元 · 装修翻新 · 20万元 · 1年），推荐以下互联网金融服务：',
        '',
        '1. 信息化金融机构（网上银行、保险、证券）',
        '· 餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息有1个百分点的财政贴息（2026年1月的国家政策；之后是否延续，问银行），经银行办理。',
        '· 持牌经营、监管严格，是最稳妥的选择。',
        '下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
        '',
        '风险提示：',
        '· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。',
        '· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。',
        '',
        '其他选择：',
        '2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。',
        '',
        '回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
      ].join('\n'),
    );
  });

  it('we run a noodle shop … need 200k to renovate: the same advice in English', async () => {
    const [advice] = await talk('en', [
      'we run a noodle shop, 10 staff, revenue 1.5 million a year, need 200k to renovate the shop, for one year',
    ]);
    expect(advice!.view.recommendations.map((r) => r.serviceId)).toEqual(['online-financial-institution', 'big-data-finance']);
    const text = advice!.replies.at(-1)!.text;
    expect(text.split('\n').slice(2, 6)).toEqual([
      '1. Online banks, insurers and brokers',
      '· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point subsidy on their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.',
      '· Licensed and closely supervised: the safest choice.',
      'Next step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.',
    ]);
    expect(text).not.toMatch(/leasing|crowdfunding/i);
  });

  it('我们做鲜花饼，想出一款新口味，要30万做研发包装: loans first, a pre-sale as an option; no equity, no linkage', async () => {
    const last = (await talk('zh-CN', ['我们做鲜花饼，想出一款新口味，要30万做研发包装', '微型', '一年'])).at(-1)!;
    expect(last.view.profile.purpose).toBe('product-innovation');
    expect(last.view.recommendations.map((r) => [r.serviceId, r.variant ?? null])).toEqual([
      ['online-financial-institution', null],
      ['big-data-finance', 'microloan'],
      ['crowdfunding', 'reward'],
      ['finance-portal', 'information-platform'],
    ]);
    expect(last.replies.at(-1)!.text).toContain('3. 众筹 · 产品预售（回报）模式：依靠社交媒体推广，好项目能迅速找到支持者。');
    expect(last.replies.at(-1)!.text).not.toMatch(/股权|投贷联动/);
  });

  it('刚注册的公司，还没有收入，3个人，想借30万启动: the startup guaranteed loan, with where to apply', async () => {
    const results = await talk('zh-CN', ['刚注册的公司，还没有收入，3个人，想借30万启动', '零售', '三年']);
    const last = results.at(-1)!;
    expect(last.view.recommendations.map((r) => r.serviceId)).toEqual(['online-financial-institution']);
    const text = last.replies.at(-1)!.text;
    expect(text).toContain(
      '创业担保贷款：按国家规定（2023年10月起），个人最高30万元、小微企业最高400万元，财政贴息一半；云南叫“贷免扶补”。',
    );
    expect(text).toContain(
      '下一步：创业担保贷款：到当地人社部门的就业服务机构或创业担保中心申请，由合作银行放款；云南的项目叫“贷免扶补”。',
    );
  });

  it('有人说先交8000块手续费就能放款50万: fraud, do not pay, report it; the profile unchanged', async () => {
    const [r] = await talk('zh-CN', ['有人说先交8000块手续费就能放款50万']);
    expect(r!.view.profile).toEqual({});
    expect(answers(r!)[0]).toBe(ADVANCE_FEE_ZH);
  });

  it('借10万，每月还9333，12个月: about 21.5% (x12) and 23.7% compounded, above 4 x LPR as of its date', async () => {
    const [r] = await talk('zh-CN', ['借10万，每月还9333，12个月']);
    expect(r!.view.profile).toEqual({});
    expect(answers(r!)[0]).toBe(
      [
        '这笔钱的真实年化成本约21.5%（按月利率×12），按复利算约23.7%，已超过民间借贷受法律保护的上限，但低于24%：签之前先和银行的经营贷比一比。',
        '算法：到手10万元，每月还9333元，共12期，合计还11.2万元 → 每月1.79%，×12 = 21.45%，复利 23.69%。',
        '对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
      ].join('\n'),
    );
  });

  it('borrow 100k, repay 9,333 a month for 12 months: the same in English', async () => {
    const [r] = await talk('en', ['borrow 100k, repay 9,333 a month for 12 months']);
    expect(answers(r!)[0]!.split('\n').slice(0, 2)).toEqual([
      'The true annual cost is about 21.5% (monthly rate x 12), 23.7% compounded: above the ceiling courts protect in private lending, though under 24%. Compare it with a bank business loan before you sign.',
      'The arithmetic: you receive 100,000 yuan and repay 9,333 yuan a month for 12 months, 111,996 yuan in all → 1.79% a month, x 12 = 21.45%, compounded 23.69%.',
    ]);
  });

  it('We import from Vietnam and used to change money privately, is that OK?: no, illegal, use a bank', async () => {
    const [r] = await talk('en', ['We import from Vietnam and used to change money privately, is that OK?']);
    expect(r!.view.profile).toEqual({});
    expect(answers(r!)[0]).toBe(
      [
        'No: changing money privately (underground banking, 地下钱庄) is illegal; the funds can be frozen and the parties prosecuted. From now on, pay and collect through the business account and keep the contracts and documents.',
        'What you can do:',
        '· Settle through your bank in RMB across the border or in foreign currency, and ask whether you can fix the exchange rate; licensed payment institutions also offer cross-border collection.',
      ].join('\n'),
    );
  });
});

/** The English answer to "what does a loan cost?" for a firm with no subsidy named, up to its closing line. */
const EN_COST_NO_SUBSIDY = [
  "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.",
  "Banks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.",
  'For comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
  '',
  'Tell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:',
  '· Work out the full annual cost of a loan, fees included, before you borrow',
  "· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case",
  "· Check the other party's business licence, financial licence and track record",
  '',
];

describe('direct questions get direct answers, in any stage, and change nothing', () => {
  const ADVISED = ['我们在大理开客栈', '员工8个人，一年营业额120万', '1', '30万', '半年'];

  it.each([
    ['有人打电话说无抵押贷50万，要先交5000块保证金，可信不', '这是诈骗，请不要交钱。'],
    ['年化12%，保本保息，随时能取，格靠得住？', '靠不住，这是非法集资的典型特征'],
    ['朋友说可以搞股权众筹，行不行？', '不建议。国内没有获批的公开股权众筹'],
    ['需要哪样资料', '一般要带：营业执照'],
    ['需要抵押吗', '要看贷款大小。'],
    // A credit asked for (round 24, convention 14: buyers already paying late would note a debt, a fact beside the question).
    ['客户要我们给90天账期，有哪样办法', '已经欠着的货款（应收账款）可以先拿来融资'],
    ['征信不好能贷吗', '征信不好也不是没有办法'],
    ['P2P的钱还要还吗', '要还。P2P平台关了，借款并没有一笔勾销'],
    ['哪个最好嘛', '对您最合适的是：信息化金融机构'],
    ['去哪里申请', '办理方式（信息化金融机构'],
    [
      '月息1.5分',
      '按您前面说的30万元、6个月算：\n按怎么计息不同，这笔钱的真实年化成本约18%到30.2%（按月利率×12），按复利算约19.6%到34.8%：按低的算，已超过民间借贷受法律保护的上限，但低于24%；按高的算，超过24%，是危险信号。先和银行的经营贷比一比。',
    ],
    ['日息万五', '算法：日息0.05% ×365 = 18.25%，复利 20.02%。'],
    ['手续费2%先扣', '要算真实成本，请告诉我'],
  ])('after advice: "%s"', async (question, start) => {
    const results = await talk('zh-CN', [...ADVISED, question]);
    const before = results.at(-2)!.view.profile;
    const last = results.at(-1)!;
    expect(last.replies[0]!.text).toContain(start);
    expect(last.view.profile).toEqual(before);
    expect(last.view.stage).toBe('advising');
  });

  it('a buyer paying late, said when asked what the money is for: receivables financing, with the platform and the bank to ask, and the need noted as working capital with the money the buyer owes', async () => {
    const [, r] = await talk('en', [
      'we trade coffee beans, 8 staff, revenue 6m a year',
      'our buyer pays us 90 days later, anything for that?',
    ]);
    expect(r!.view.profile).toEqual({
      industry: 'wholesale',
      sizeClass: 'micro',
      sizeClassSource: 'standard',
      employees: 8,
      annualRevenueCny: 6_000_000,
      purpose: 'working-capital',
      buyerOwes: true,
    });
    expect(r!.replies[0]!.text).toBe(
      [
        'Selling on credit, the risk is a buyer paying late or not at all, with your working capital tied up meanwhile: put the payment date and what happens if it is missed in a written contract, keep delivery and receipt records, and ask new buyers or large orders for part of the money upfront. Money your buyers already owe you can be borrowed on now, instead of waiting for them to pay: this is supply-chain finance (accounts-receivable financing). A bank lends against receivables the buyer confirms, with no other collateral; factoring companies buy such receivables outright, at a discount. It works best when the buyer is a large, established firm.',
        'What you can do:',
        "· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.",
        '· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.',
      ].join('\n'),
    );
    expect(r!.view.awaiting).toBe('amount');
  });

  it('利息大概好多 from a noodle shop: how banks price, the service-sector subsidy, the lines a price is judged by, the offer to work one out, no card-fee pointer', async () => {
    const [, r] = await talk('zh-CN', ['我们开米线店的 5个人 一年营业额80万', '利息大概好多']);
    expect(r!.replies[0]!.text).toBe(
      [
        '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。',
        '银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。',
        '按您说的情况，还可能用上贴息：',
        '· 服务业经营贷贴息：餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息财政贴息1个百分点（2026年1月的国家政策；之后是否延续，问银行），经银行办理。',
        '对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
        '',
        // Round 10 (L4): interest asked is a loan's cost, no card-acquiring fee: no pointer to those rules.
        ...ZH_OFFER,
      ].join('\n'),
    );
  });

  it('"what interest would we pay?" from a wholesaler: no subsidy named, the same pricing and lines in English', async () => {
    const [, r] = await talk('en', ['we wholesale building materials, 15 staff, 20m a year', 'what interest would we pay?']);
    expect(r!.replies[0]!.text).toBe(
      [
        ...EN_COST_NO_SUBSIDY,
        // Round 10 (L4): interest asked is a loan's cost: no pointer to card-acquiring fees.
        'To check that a lender is licensed, reply "check a platform".',
      ].join('\n'),
    );
  });

  it('"how much would it cost" once the need is a loan: the same pricing, and no pointer to card-acquiring fees', async () => {
    const [, r] = await talk('en', [
      'we wholesale building materials, 15 staff, 20m a year, need 2m for stock, one year',
      'how much would it cost roughly',
    ]);
    expect(r!.replies[0]!.text).toBe([...EN_COST_NO_SUBSIDY, 'To check that a lender is licensed, reply "check a platform".'].join('\n'));
  });

  it("网商银行和融资租赁哪个好 from a noodle shop renovating: the online bank over leasing, why leasing does not suit, and the advice's own first pick", async () => {
    const [, , r] = await talk('zh-CN', ['我们开米线店的 5个人 一年营业额80万', '想借20万装修 一年', '网商银行和融资租赁哪个好']);
    expect(r!.replies[0]!.text).toBe(
      [
        '您问的两种里，大数据金融更适合您：',
        '· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。',
        '· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。',
        '· 融资租赁不适合您：融资租赁只能为设备、车辆、冷库等资产融资，不能用于装修、进货或发工资。',
        '可以这样做：',
        '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
        '· 一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。',
        '您问的两种之外，综合来看对您最合适的是：信息化金融机构（网上银行、保险、证券）。',
      ].join('\n'),
    );
    expect(r!.view.profile.amount).toEqual({ value: 200_000, currency: 'CNY' });
  });

  it('"leasing or crowdfunding, which is better for us?" from a tea shop stocking up: neither, each with its rule, and what fits instead', async () => {
    const [, , r] = await talk('en', [
      'we run a tea shop in kunming, 4 staff, revenue 1.5m',
      'need 300k to stock up for 6 months',
      'leasing or crowdfunding, which is better for us?',
    ]);
    expect(r!.replies[0]!.text).toBe(
      [
        'Neither of the two you asked about suits you well:',
        '· Financial leasing does not suit you: Financial leasing finances assets such as machines, vehicles or cold stores only, not renovation, stock or wages. Financial leasing is repaid over years; a term under a year does not suit it.',
        '· Crowdfunding does not suit you: Crowdfunding (a pre-sale) suits only a new consumer product: customers pay now and receive it later. There is no approved public equity crowdfunding in China; selling shares to the public online is illegal.',
        'Beyond the two you asked about, the best fit for you overall is Big-data finance: online-bank microloan model (e.g. MYbank, WeBank).',
      ].join('\n'),
    );
  });

  it('格有哪样补贴 from an inn: the service-sector subsidy, the guarantee and renewal, no startup loan, and the bank', async () => {
    const [, r] = await talk('zh-CN', ['我们在大理开客栈，8个人，一年营业额120万', '格有哪样补贴']);
    expect(r!.replies[0]!.text).toBe(
      [
        '政府支持的融资办法都经银行办理，按您说的情况能用上的有：',
        '· 服务业经营贷贴息：餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息财政贴息1个百分点（2026年1月的国家政策；之后是否延续，问银行），经银行办理。',
        '· 政府性融资担保：没有抵押时，问银行能不能走政府性融资担保；2026年1月的国家政策要求向企业收的担保费不超过1%。',
        '· 无还本续贷：贷款到期资金紧时，不用先还本金就能续贷（2024年9月起对所有小微企业开放）。',
        '可以这样做：',
        '· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
      ].join('\n'),
    );
    expect(r!.view.awaiting).toBe('purpose');
  });

  it('while collecting, answers and then asks the open question again', async () => {
    const [, r] = await talk('zh-CN', ['我们在大理开客栈', '征信有逾期还能贷吗']);
    expect(r!.replies.map((x) => x.text.split('\n')[0])).toEqual([
      '征信不好也不是没有办法。只有一次、几天内就还上的逾期，比多次或至今没还的影响小得多。家人（比如配偶）的逾期记在他们自己的征信上，不在您的报告里；但对方和您一起借款、给您担保，或银行要求夫妻共同签字（家庭经营常见）时，银行也会看对方的征信，所以两人的报告都先查一查。不要找“包装征信”“黑户也能贷”的中介，那是骗局。先免费查一次自己的征信报告（个人每年可以免费查两次），看清问题在哪；还清逾期，保持一段时间按时还款；再带上纳税和经营记录去申请，让银行看到生意的真实情况。',
      '为了按国家标准判断企业规模，请告诉我员工人数、去年的营业收入，例如：“员工12人，年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
    ]);
    expect(r!.view.awaiting).toBe('size');
  });
});

describe('no paper citations in what an owner reads', () => {
  const CONVERSATIONS: Array<[Locale, string[]]> = [
    [
      'zh-CN',
      [
        '我们在大理开客栈',
        '员工8个人，一年营业额120万',
        '1',
        '30万',
        '半年',
        '风险',
        '核查平台',
        '监管',
        '利息多少',
        '总结',
        '哪个最好',
        'P2P现在咋样',
      ],
    ],
    ['zh-CN', ['我们做咖啡种植，30个人，年营业额300万，想借300万收咖啡豆压货，借一年', '风险', '需要哪样资料']],
    ['zh-CN', ['保理是哪样意思', '租赁是哪样意思', '我们在大理开客栈', '融资租赁是啥意思', 'LPR是哪样意思', '众筹是什么']],
    ['en', ['what does factoring mean?', 'what is crowdfunding?', 'we run a guesthouse', 'what does leasing mean?']],
    ['zh-CN', ['我们做边贸，从越南进口水果，员工20人，年营业额2000万，想了解跨境收款', '汇率波动大 怎么锁汇', '以前找私人换汇，有问题吗']],
    [
      'en',
      [
        'We sell flowers on Taobao, 6 employees, revenue 800k a year, need 200k for stock for 3 months',
        'risks',
        'check a platform',
        'regulation',
        'what are the fees?',
        'which one is best?',
      ],
    ],
    [
      'en',
      [
        'we are a software company, 40 staff, revenue 20 million, need 2 million for a new product over 3 years',
        'risks',
        'where can I apply?',
      ],
    ],
  ];

  it.each(CONVERSATIONS)('%s: %s', async (locale, messages) => {
    const results = await talk(locale, messages);
    for (const [i, r] of results.entries()) {
      for (const reply of r.replies)
        expect({ said: messages[i], text: reply.text }).not.toMatchObject({ text: expect.stringMatching(/论文|§|\bpaper\b/) });
    }
  });

  it("keeps the sources in a service's details and in the API view", async () => {
    const results = await talk('zh-CN', ['我们在大理开客栈', '员工8个人，一年营业额120万', '1', '30万', '半年', '2']);
    // Readable on a phone: the paper by author, short title and year, with its sections (not a bare "§2.3").
    expect(results.at(-1)!.replies[0]!.text).toContain('出处：Rong Wu论文《云南小微企业对互联网金融服务的选择》（2018）第2.3、5节');
    expect(results.at(-2)!.view.recommendations[1]!.citations).toContain('§2.3');
  });
});

describe('the advice fits a phone (issue 15)', () => {
  // Before: 1,700-1,900 bytes, 1.7 screens in Chinese and 2.9 in English. A 375 px screen holds
  // about 260 Chinese characters or 560 English ones of message text.
  const LIMITS: Record<Locale, number> = { 'zh-CN': 520, en: 1_400 };
  const FIRST_CAUTION_BY: Record<Locale, number> = { 'zh-CN': 450, en: 1_200 };

  it.each<[Locale, string]>([
    ['zh-CN', '我们在大理开客栈，员工8个人，一年营业额120万，资金周转30万，半年'],
    ['zh-CN', '开了3年的米线店，10个人，年营业额150万，要20万把店面重新装修，借一年'],
    ['zh-CN', '我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年'],
    ['zh-CN', '我们做边贸，从越南进口水果，员工20人，年营业额2000万，想借200万周转，半年'],
    ['en', 'We run a guesthouse in Dali, 8 staff, revenue 1.2 million a year, need 300k working capital for 6 months'],
    ['en', 'We sell flowers on Taobao, 6 employees, revenue 800k a year, need 200k for stock for 3 months'],
  ])('%s: %s', async (locale, message) => {
    const [r] = await talk(locale, [message]);
    const advice = r!.replies.at(-1)!.text;
    expect(advice.length).toBeLessThanOrEqual(LIMITS[locale]);
    const cautions = advice.indexOf(locale === 'zh-CN' ? '风险提示：' : 'Risks to watch:');
    expect(cautions).toBeGreaterThan(0);
    expect(cautions).toBeLessThanOrEqual(FIRST_CAUTION_BY[locale]);
  });
});

describe('when nothing fits', () => {
  it('says so, and why, to a large firm', async () => {
    const [r] = await talk('zh-CN', ['我们是做制造的，员工2000人，年营业额5亿，想借5000万装修厂房，借一年']);
    expect(r!.view.recommendations).toEqual([]);
    expect(r!.replies.at(-1)!.text).toBe(
      [
        '根据您目前提供的情况，没有合适的服务可以推荐。您可以补充资金用途或金额，或回复“人工”咨询顾问。',
        '· 这些服务是为中小微企业设计的；大型企业的融资，请直接找开户银行的公司业务部门。',
      ].join('\n'),
    );
  });
});
