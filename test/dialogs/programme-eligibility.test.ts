// Programmes and steps only for the firms they are for (src/knowledge/programmes.ts: each
// government-backed route's sizes, trades, purposes and sums, from current-finance.md). Found by
// an owner-tester (November 2026): a printing shop told of the subsidy for inns, restaurants and
// tourism; a medium firm of renewal "open to all small and micro firms" and sent to a bank's app
// for 10 million; a 1,000万 borrower's collateral answer pointing to Alipay; an owner placing idle
// cash told to apply for a loan; a tour-coach firm told no subsidy is meant for it. Every reply of
// the last message checked whole, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a trade the service-sector subsidy does not name outright: no subsidy stated in the advice', () => {
  it('zh-CN: 图文打印店 (business services) is not told of the subsidy for inns, restaurants and tourism', async () => {
    await playHandoff(
      [
        {
          say: '我们开图文打印店的，昆明，6个人，一年营业额一百二十万，想借二十万周转，一年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：租赁和商务服务业；员工：6人；年营业收入：120万元；用途：资金周转；金额：20万元；期限：1年；规模：微型企业。\n按2011年《中小企业划型标准规定》，租赁和商务服务业从业人员低于10人即属微型企业。',
            '根据您的情况（租赁和商务服务业 · 微型企业 · 6人 · 年营业收入：120万元 · 资金周转 · 20万元 · 1年），推荐以下互联网金融服务：\n\n1. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。\n下一步：网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 申请时会授权平台读取您的经营和交易数据：看清授权范围，只给必需的数据，防止信息泄露。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n3. 供应链（产业链）金融：以真实的订单和应收账款作依据，不必另找抵押。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: a printing shop gets the same', async () => {
    await playHandoff(
      [
        {
          say: 'small printing shop, 6 staff, revenue 1.2 million, need 200k working capital for 1 year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: leasing and business services; employees: 6; annual revenue: 1,200,000 yuan; purpose: working capital; amount: 200,000 yuan; term: 1 year; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in leasing and business services with employees below 10 is a micro enterprise.',
            'For your business (leasing and business services, micro enterprise, 6 employees, annual revenue: 1,200,000 yuan, working capital, 200,000 yuan, 1 year), I recommend these Internet financial services:\n\n1. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)\n· The platform has its own credit data, so your trading record can stand in for collateral.\n· The lender knows your business closely and can tailor products to how you actually trade.\nNext step: Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n3. Supply-chain finance — Real orders and receivables back the loan, so you need no separate collateral.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('a medium firm: no small-and-micro programme, and a large loan at the branch, not in an app', () => {
  it('zh-CN: a medium mushroom exporter borrowing 500万 is not offered 无还本续贷', async () => {
    await playHandoff(
      [
        { say: '我们是做菌子出口的，卖到日本，员工40，营业额5000万' },
        {
          say: '要借500万收菌子，五个月',
          replies: [
            '好的，记下了：用途：资金周转；金额：500万元；期限：5个月。',
            '根据您的情况（批发业 · 中型企业 · 40人 · 年营业收入：5000万元 · 做跨境贸易 · 资金周转 · 500万元 · 5个月），推荐以下互联网金融服务：\n\n1. 供应链（产业链）金融\n· 您做跨境贸易，凭真实的进出口订单和单据可以申请贸易融资。\n· 以真实的订单和应收账款作依据，不必另找抵押。\n下一步：凭真实的进出口合同、报关单和发票，向开户银行申请贸易融资，收付款用人民币跨境结算。\n\n风险提示：\n· 换汇只走银行：找私人换汇、地下钱庄是违法的，资金可能被冻结，当事人会被追究；和东盟做生意，人民币跨境结算是主渠道。\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: a medium builder borrowing 10 million: the relationship manager at the branch, no renewal', async () => {
    await playHandoff(
      [
        { say: 'we are a construction company, 150 workers, revenue 80 million, assets 50 million' },
        {
          say: 'need 10 million for working capital, 2 years',
          replies: [
            'Got it — purpose: working capital; amount: 10,000,000 yuan; term: 2 years.',
            'For your business (construction, medium-sized enterprise, 150 employees, annual revenue: 80,000,000 yuan, total assets: 50,000,000 yuan, working capital, 10,000,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Everything is handled electronically, so applications and approvals are quick.\nNext step: Go to your own bank\'s branch and talk to a corporate relationship manager about a working-capital or project loan: a loan of this size is judged on your financial statements, contracts and collateral or guarantees, not applied for in a phone app.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Supply-chain finance — Its loans usually run for less time than the 2 years you need.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('collateral for a large loan: secured as a rule, the branch, no online bank', () => {
  it('zh-CN: 一千万垫资 格需要抵押', async () => {
    await playHandoff(
      [
        { say: '我们是做建筑劳务的，员工一百五十人，营业额八千万，资产两千万，想借一千万垫资，一年' },
        {
          say: '格需要抵押',
          replies: [
            '这个规模的贷款，银行一般要抵押、担保或应收账款质押，信用贷款一般批不到这么多：先看能拿出哪些房产、设备或应收账款，不够时问银行能不能走政府性融资担保（2026年1月的国家政策要求向企业收的担保费不超过1%）。\n可以这样做：\n· 到开户银行网点找对公客户经理，当面谈流动资金贷款或项目贷款：这个规模的贷款要看财务报表、合同和抵押担保，不在手机App里申请。\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: 15 million for R&D, do we need collateral', async () => {
    await playHandoff(
      [
        { say: 'we are a software company, 80 staff, revenue 60 million, assets 40 million, need 15 million for r&d, 3 years' },
        {
          say: 'do we need collateral',
          replies: [
            "For a loan of this size, banks usually want collateral, a guarantee or a pledge of receivables; unsecured loans rarely go this high. See what property, equipment or receivables you can offer, and if it is not enough, ask the bank for a government financing guarantee (the national measures of January 2026 cap the fee charged to the firm at 1%).\nWhat you can do:\n· Go to your own bank's branch and talk to a corporate relationship manager about a working-capital or project loan: a loan of this size is judged on your financial statements, contracts and collateral or guarantees, not applied for in a phone app.\n· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('idle cash to place: which is best names no loan to apply for', () => {
  it('zh-CN: 闲钱有五十万想理财, 哪个最好', async () => {
    await playHandoff(
      [
        { say: '我是种咖啡的，十几个人，一年卖三百多万' },
        { say: '闲钱有五十万，想理财' },
        { say: '一年' },
        {
          say: '哪个最好',
          replies: [
            '对您最合适的是：信息化金融机构（网上银行、保险、证券）。\n· 持牌经营、监管严格，是最稳妥的选择。\n· 贷款、结算、理财、保险一站办理，产品齐全。\n可以这样做：\n· 闲置资金放在银行理财、存款或银行代销的正规产品里，留足几个月的周转资金。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: 500k idle cash, which is best', async () => {
    await playHandoff(
      [
        { say: 'we grow coffee, 15 staff, revenue 3 million' },
        { say: 'we have 500k idle cash to place for a year' },
        {
          say: 'which is best',
          replies: [
            "The best fit for you is Online banks, insurers and brokers.\n· Licensed and closely supervised: the safest choice.\n· Loans, settlement, savings and insurance in one place.\nWhat you can do:\n· Keep idle cash in bank deposits, bank wealth products or regulated products sold by banks, and keep a few months' working cash.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('a tour-coach firm asks about subsidies: the subsidy naming tourism, for the bank to decide', () => {
  it('zh-CN: 旅游包车 格有贴息', async () => {
    await playHandoff(
      [
        { say: '我们做旅游包车的，十二个司机，营业额三百万，想借一百万周转，一年' },
        {
          say: '格有贴息',
          replies: [
            '按您说的情况，有贴息要看银行怎么认定您这一行，值得问一问：\n· 服务业经营贷贴息：2026年1月的国家政策，对服务业1000万元以内的经营贷，2026年12月31日前的利息财政贴息1个百分点（之后是否延续，问银行），点名住宿、餐饮、旅游。您这一行算不算（旅游包车、旅行社算不算旅游，商店、修理店等算不算服务业），问银行。\n其他能用上的有：\n· 政府性融资担保：没有抵押时，问银行能不能走政府性融资担保；2026年1月的国家政策要求向企业收的担保费不超过1%。\n· 无还本续贷：贷款到期资金紧时，不用先还本金就能续贷（2024年9月起对所有小微企业开放）。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: buses for tour groups, any subsidies', async () => {
    await playHandoff(
      [
        {
          say: 'we are a transport company, we run buses for tour groups, 12 drivers, revenue 3 million, need 1 million working capital for 1 year',
        },
        {
          say: 'any subsidies?',
          replies: [
            "From what you have told me, there is a subsidy where the bank decides whether your trade counts; worth asking:\n· The interest subsidy on service firms' operating loans: the national measures of January 2026 take 1 percentage point off service firms' operating loans up to 10 million yuan on their interest up to 31 December 2026 (ask the bank whether it continues after that), naming inns, restaurants and tourism. Ask the bank whether your business counts (tour coaches or a travel agency as tourism; a shop, a repair shop or another service business as a service firm).\nYou may also use:\n· Government financing guarantees: without collateral, ask the bank for one; the national measures of January 2026 cap the fee charged to the firm at 1%.\n· Renewal without repaying first (无还本续贷): when a loan falls due and cash is tight, it can be renewed without repaying the principal first (open to all small and micro firms since September 2024).\nWhat you can do:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
