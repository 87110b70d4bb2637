// Round 32 (lead): a platform's early settlement, given as a step of big-data finance for an online shop, asked after the
// advice whether sound or how it is had (那个提前结算靠不靠谱, "is the early payout thing legit") got the P2P platform checklist;
// now it is the platform-early-payout answer (the platform's own service in the seller back office, its fee the interest, a fee
// first a fraud; corpus convention 101). And how much to borrow asked before any sum, the revenue known (要借多少合适, "how much
// should we borrow"), got only "tell me the sum": now borrowing the need and the revenue's measure of a sum first, as an adviser
// answers with what the owner has already said. A border importer no buyer owes (paying its suppliers before the harvest) was
// sent to the receivables platform, which needs a large buyer's confirmed debt: now the bank's trade finance on its own documents
// alone (next-steps.ts). Whole replies.

import { describe, it } from 'vitest';
import { PURPOSES_EN, PURPOSES_ZH } from '../helpers/choices';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe("round 32: the platform's early settlement asked after the advice: its own answer, no P2P checklist", () => {
  it('zh-CN: a Douyin brown-sugar shop asks whether the early settlement is sound', async () => {
    await playHandoff(
      [
        {
          say: '我们在抖音上卖红糖 五个人 一年两百万 想借十万周转 借一年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：零售业；员工：5人；年营业收入：200万元；用途：资金周转；金额：10万元；期限：1年；在电商平台销售；规模：微型企业。\n按2011年《中小企业划型标准规定》，零售业从业人员低于10人即属微型企业。',
            '根据您的情况（零售业 · 微型企业 · 5人 · 年营业收入：200万元 · 在电商平台销售 · 资金周转 · 10万元 · 1年），推荐以下互联网金融服务：\n\n1. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）\n· 您在电商平台上的销售记录本身就是信用，可以凭它申请贷款。\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n下一步：网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 申请时会授权平台读取您的经营和交易数据：看清授权范围，只给必需的数据，防止信息泄露。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['大数据金融', '信息化金融机构（网上银行、保险、证券）', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
        {
          say: '那个提前结算靠不靠谱',
          replies: [
            '平台压着的钱（网店的货款、旅游平台的房费和团款），可以这样提前拿：一是平台自己的提前回款（提前结算）服务，在商家后台看有没有、怎么开通；它收的手续费就是这笔钱的利息，开通前把手续费换算成年化成本再决定。二是凭您在平台上的销售和收款记录，向线上银行申请给线上商户的经营贷（大数据金融，如网商银行、微众银行），借了用、回款后还。两条路都比一比年化成本，超过24%要警惕；任何要您先交钱才能“提前到账”的都是诈骗。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a Taobao tea shop asks whether the early payout is legit', async () => {
    await playHandoff(
      [
        {
          say: 'we sell tea on taobao, 4 staff, revenue 1.5 million, need 100k for stock for 6 months',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: retail; employees: 4; annual revenue: 1,500,000 yuan; purpose: working capital; amount: 100,000 yuan; term: 6 months; online sales: yes; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in retail with employees below 10 is a micro enterprise.',
            'For your business (retail, micro enterprise, 4 employees, annual revenue: 1,500,000 yuan, online sales: yes, working capital, 100,000 yuan, 6 months), I recommend these Internet financial services:\n\n1. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)\n· You sell on e-commerce platforms, and your sales record there is itself your credit when you apply.\n· The platform has its own credit data, so your trading record can stand in for collateral.\nNext step: Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: ['Big-data finance', 'Online banks, insurers and brokers', 'Risks', 'Check a platform', 'Summary', 'Agent', 'Restart'],
        },
        {
          say: 'is the early payout thing legit',
          replies: [
            "To get the money a platform holds early (an online shop's takings, a travel platform's room or tour payments), there are two routes. First, the platform's own early-settlement service: look in your merchant back office for it and how to turn it on; its fee is the interest on that money, so work the fee out as an annual rate before you use it. Second, a business loan for online merchants from the online banks (big-data finance, such as MYbank or WeBank), decided on your sales and payment records on the platform: borrow now, repay when the platform pays out. Compare the annual cost of both; above 24% is a red flag, and anyone who asks you to pay first to 'release' your money early is a fraudster.\nWhat you can do:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\nSource: current finance rules and facts (checked November 2026)",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("round 32: how much to borrow asked before any sum, the revenue known: the need, and the revenue's measure", () => {
  it('zh-CN: a renovation crew of about fifteen asks how much is right', async () => {
    await playHandoff(
      [
        {
          say: '我是搞装修的 装修队十几个人 一年做个三四百万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：建筑业；员工：15人；年营业收入：350万元。\n按2011年的标准，建筑业营业收入不到中型企业的标准，不管资产多少都是小微企业（小型或微型），不影响推荐；资产总额方便的话也可以告诉我，能判断得更准。',
            '这次主要想解决什么问题？请回复编号：',
          ],
          choices: PURPOSES_ZH,
        },
        {
          say: '要借多少合适',
          replies: [
            '按实际需要借，不按能批的最高额借：借出来的每一分钱都要算利息，欠得越多，生意一淡就越难按时还上。问清楚额度不用要不要收费，用多少借多少。\n您一年营业收入约350万元：借的数要能从借款期间的利润和回款里还上，超过半年营业额（约175万元）就偏多了。\n您还没说要借多少：告诉我金额，我帮您和营业收入比一比。',
            '这次主要想解决什么问题？请回复编号：',
          ],
          choices: PURPOSES_ZH,
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("en: a trucking firm asks how much to borrow, then tells the developer's debt", async () => {
    await playHandoff(
      [
        {
          say: 'we run a small trucking outfit, 6 trucks 9 drivers, revenue about 4m',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: transport; employees: 9; annual revenue: 4,000,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in transport with employees below 20 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
          choices: PURPOSES_EN,
        },
        {
          say: 'how much should we borrow',
          replies: [
            "Borrow what the business needs, not the most a lender will give: interest runs on every yuan you draw, and the bigger the debt, the harder it is to repay on time if sales slow down. Ask the lender whether an unused limit costs anything, and draw only what the need calls for.\nYour yearly revenue is about 4,000,000 yuan: what you borrow must be repaid from the profit and takings of the loan's term; more than half a year's revenue (about 2,000,000 yuan) is a lot.\nYou have not said how much you want to borrow: tell me the sum and I will set it against your revenue.",
            'What do you mainly need help with? Reply with a number:',
          ],
          choices: PURPOSES_EN,
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("round 32: a border importer no buyer owes: the bank's trade finance, no large buyer's receivables platform", () => {
  it('en: a Lao rubber importer paying suppliers before the harvest asks which is best and where to apply', async () => {
    await playHandoff(
      [
        {
          say: 'hi, we import rubber from laos, 12 ppl, turnover abt 8m last yr',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: wholesale; employees: 12; annual revenue: 8,000,000 yuan; cross-border trade: yes; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in wholesale with annual revenue below 10,000,000 yuan is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
          choices: PURPOSES_EN,
        },
        {
          say: 'need like 1.5m to pay suppliers before harvest, 6 months',
          replies: [
            'Got it — purpose: working capital; amount: 1,500,000 yuan; term: 6 months.',
            'For your business (wholesale, micro enterprise, 12 employees, annual revenue: 8,000,000 yuan, cross-border trade: yes, working capital, 1,500,000 yuan, 6 months), I recommend these Internet financial services:\n\n1. Supply-chain finance\n· You trade across the border, and real import and export orders and documents can back trade financing.\n· Real orders and receivables back the loan, so you need no separate collateral.\nNext step: With your real import or export contracts, customs declarations and invoices, ask your bank for trade finance, and settle in RMB across the border.\n\nRisks to watch:\n· Exchange money only through banks: private money changers (underground banking) are illegal, funds can be frozen and the parties prosecuted; with ASEAN partners, RMB cross-border settlement is the main route.\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n\nOther options:\n2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.\n3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: [
            'Supply-chain finance',
            'Big-data finance',
            'Online banks, insurers and brokers',
            'Risks',
            'Check a platform',
            'Summary',
            'Agent',
            'Restart',
          ],
        },
        {
          say: 'which one is best for us',
          replies: [
            "The best fit for you is Supply-chain finance.\n· You trade across the border, and real import and export orders and documents can back trade financing.\n· Real orders and receivables back the loan, so you need no separate collateral.\nWhat you can do:\n· With your real import or export contracts, customs declarations and invoices, ask your bank for trade finance, and settle in RMB across the border.\n· Usually bring: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
        {
          say: 'where do i apply',
          replies: [
            "How to apply (Supply-chain finance):\n· With your real import or export contracts, customs declarations and invoices, ask your bank for trade finance, and settle in RMB across the border.\n· Usually bring: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\n· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: a Ruili jade-and-timber importer asks where to apply', async () => {
    await playHandoff(
      [
        {
          say: '我们在瑞丽从缅甸进木材 八个人 一年营业额六百万左右 想借一百万付货款 借半年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：8人；年营业收入：600万元；用途：资金周转；金额：100万元；期限：6个月；做跨境贸易；规模：微型企业。\n按2011年《中小企业划型标准规定》，批发业营业收入低于1000万元即属微型企业。',
            '根据您的情况（批发业 · 微型企业 · 8人 · 年营业收入：600万元 · 做跨境贸易 · 资金周转 · 100万元 · 6个月），推荐以下互联网金融服务：\n\n1. 供应链（产业链）金融\n· 您做跨境贸易，凭真实的进出口订单和单据可以申请贸易融资。\n· 以真实的订单和应收账款作依据，不必另找抵押。\n下一步：凭真实的进出口合同、报关单和发票，向开户银行申请贸易融资，收付款用人民币跨境结算。\n\n风险提示：\n· 换汇只走银行：找私人换汇、地下钱庄是违法的，资金可能被冻结，当事人会被追究；和东盟做生意，人民币跨境结算是主渠道。\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n\n其他选择：\n2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n3. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: [
            '供应链（产业链）金融',
            '大数据金融',
            '信息化金融机构（网上银行、保险、证券）',
            '风险',
            '核查平台',
            '总结',
            '人工',
            '重新开始',
          ],
        },
        {
          say: '去哪里办',
          replies: [
            '办理方式（供应链（产业链）金融）：\n· 凭真实的进出口合同、报关单和发票，向开户银行申请贸易融资，收付款用人民币跨境结算。\n· 一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
