// Round 31 (lead): a platform's settlement cycle told (抖音结算要七天, "tiktok pays us out after 2 weeks") was read as a buyer
// owing, and the advice offered an online shop supply-chain finance with "a buyer owes you money" and the receivables registry,
// which lend on no platform's settlement. Now no buyer owes (corpus convention 77), supply-chain finance is not offered, and
// big-data finance's steps give the platform's own early settlement beside the online bank's loan (next-steps.ts). And the
// cost asked in general (利息大概多少, "how much interest would that be") once the sum and term are known now works them at the
// dated one-year LPR (the interest in all and a month, a bank's margin on top) before how lenders price: an adviser answers the
// question asked with the owner's own figures. A start-up asking the startup guaranteed loan's conditions or papers had got a
// trading firm's list (6-12 months of statements, tax records): now the programme's (the employment service decides; answers.ts
// documentsFor). Where a leasing company is found (那租赁公司去哪找) had set the firm's trade to leasing after leasing was advised:
// now how to apply for leasing (corpus convention 78). A doubt that a loan can be had at all (银行哪有那么好贷哦) had got "I did not
// understand": now what lenders look at (borrow-amount). Whole replies.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe("round 31: a platform's settlement cycle is no buyer owing; the platform's early settlement is a step", () => {
  it('zh-CN: a Douyin flower-cake shop waiting seven days for settlement, 300k for stock: big-data finance, early settlement among its steps', async () => {
    await playHandoff(
      [
        {
          say: '我们在抖音上卖鲜花饼 五个人 去年卖了两百来万 抖音结算要七天 想借三十万备货 借半年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：零售业；员工：5人；年营业收入：200万元；用途：资金周转；金额：30万元；期限：6个月；在电商平台销售；规模：微型企业。\n按2011年《中小企业划型标准规定》，零售业从业人员低于10人即属微型企业。',
            '根据您的情况（零售业 · 微型企业 · 5人 · 年营业收入：200万元 · 在电商平台销售 · 资金周转 · 30万元 · 6个月），推荐以下互联网金融服务：\n\n1. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）\n· 您在电商平台上的销售记录本身就是信用，可以凭它申请贷款。\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n下一步：网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 申请时会授权平台读取您的经营和交易数据：看清授权范围，只给必需的数据，防止信息泄露。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['大数据金融', '信息化金融机构（网上银行、保险、证券）', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
        {
          say: '1',
          replies: [
            '大数据金融\n大数据金融是凭交易数据了解客户、发放贷款。2018年时有以阿里为代表的小额贷款模式和以京东、苏宁为代表的供应链金融模式；如今前者主要是网商银行（蚂蚁）、微众银行（腾讯）等线上银行，凭支付和纳税数据给小微企业放贷；网络小额贷款公司也须持牌、受国家金融监督管理总局的规则监管（2024年）。\n\n主要优势：\n· 更贴近客户，能按您的实际经营情况提供个性化的金融产品\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请\n· 扩大了服务范围，提高了小微企业获得融资的比例\n· 借助海量数据核验和评估，帮助企业及时发现经营中的风险点\n主要模式：线上银行小额贷款模式（如网商银行、微众银行）、电商平台供应链模式（如京东、苏宁，面向其供应商）\n需要留意的风险：信息安全风险、信用风险、技术风险、法律政策风险\n提示：\n· 申请时会授权平台读取您的经营和交易数据：看清授权范围，只给必需的数据，防止信息泄露。\n怎么办理：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 平台压着货款的，也可以看看平台自己的提前回款（提前结算）服务：在商家后台查有没有、怎么开通；它收的手续费就是这笔钱的利息，换算成年化成本，和线上银行的贷款比一比再选。\n· 一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。\n出处：Rong Wu论文《云南小微企业对互联网金融服务的选择》（2018）第2.3、5节',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a Taobao/Douyin tea shop paid out after 2 weeks, 400k for stock: no supply-chain finance, early settlement among the steps', async () => {
    await playHandoff(
      [
        {
          say: 'we sell tea on taobao and douyin, 6 staff, revenue 3 million, tiktok pays us out after 2 weeks, need 400k for stock',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: retail; employees: 6; annual revenue: 3,000,000 yuan; purpose: working capital; amount: 400,000 yuan; online sales: yes; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in retail with employees below 10 is a micro enterprise.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
          choices: ['Skip'],
        },
        {
          say: '6 months',
          replies: [
            'Got it — term: 6 months.',
            'For your business (retail, micro enterprise, 6 employees, annual revenue: 3,000,000 yuan, online sales: yes, working capital, 400,000 yuan, 6 months), I recommend these Internet financial services:\n\n1. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)\n· You sell on e-commerce platforms, and your sales record there is itself your credit when you apply.\n· The platform has its own credit data, so your trading record can stand in for collateral.\nNext step: Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: ['Big-data finance', 'Online banks, insurers and brokers', 'Risks', 'Check a platform', 'Summary', 'Agent', 'Restart'],
        },
        {
          say: '1',
          replies: [
            "Big-data finance\nBig-data finance means lending on what trading data shows about a firm. In 2018 there were two models: microloans, led by Alibaba, and supply-chain finance, led by JD and Suning. Today the first is mainly online banks such as MYbank (Ant) and WeBank (Tencent), lending to small firms on their payment and tax data; online microloan companies must also be licensed and follow the NFRA rules of 2024.\n\nMain advantages:\n· The lender knows your business closely and can tailor products to how you actually trade\n· The platform has its own credit data, so your trading record can stand in for collateral\n· It reaches more small firms and raises their share of financing\n· Checking large amounts of data helps you spot risks in your business early\nMain models: online-bank microloan model (e.g. MYbank, WeBank), platform supply-chain model (e.g. JD, Suning, for their suppliers)\nRisks to watch: Information security risk, Credit risk, Technical risk, Legal and policy risk\nPlease note:\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\nHow to apply:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· If your platform holds your takings for a while, look also at its own early-settlement service in your seller back office: its fee is the interest on that money, so work it out as an annual rate and compare it with the online bank's loan before you choose.\n· Usually bring: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\n· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.\nSources: Rong Wu's paper on Yunnan small firms' choice of Internet finance (2018), sections 2.3 and 5",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('round 31: the cost asked in general, the sum and term known: what they come to at the dated LPR first', () => {
  it('zh-CN: a Chenggong barbecue opening a branch, 500k over 3 years, asks the interest roughly: the interest in all and a month', async () => {
    await playHandoff(
      [
        {
          say: '我在呈贡开了家烧烤店 请了八个人 一年一百五十万 想再开个分店 差五十万 借三年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：餐饮业；员工：8人；年营业收入：150万元；用途：购置设备、扩大生产；金额：50万元；期限：3年；规模：微型企业。\n按2011年《中小企业划型标准规定》，餐饮业从业人员低于10人即属微型企业。',
            '根据您的情况（餐饮业 · 微型企业 · 8人 · 年营业收入：150万元 · 购置设备、扩大生产 · 50万元 · 3年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息有1个百分点的财政贴息（2026年1月的国家政策；之后是否延续，问银行），经银行办理。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['信息化金融机构（网上银行、保险、证券）', '互联网金融门户', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
        {
          say: '利息大概多少',
          replies: [
            '按您说的50万元、36个月等额还款，按一年期LPR 3.0%（这是2026年3月的数字，请查最新）估算，利息一共约2.35万元，每月约还1.45万元；银行会在LPR上加点，实际利息会高一些。\n各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。\n银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。\n按您说的情况，还可能用上贴息：\n· 服务业经营贷贴息：餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息财政贴息1个百分点（2026年1月的国家政策；之后是否延续，问银行），经银行办理。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。\n\n把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：\n· 借款前算清年化综合成本，包括各种服务费\n· 借款时问清利率是固定还是浮动，按最坏情况测算还款\n· 核实对方的营业执照、金融牌照和经营记录\n\n想确认放贷方是否持牌合规，请回复“核查平台”。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a Lijiang guesthouse redoing its rooms, 200k over 2 years, asks how much interest: the interest in all and a month', async () => {
    await playHandoff(
      [
        {
          say: 'we run a small guesthouse in lijiang, me and my wife plus 2 helpers, around 600k last year, want to redo the rooms, maybe 200k over 2 years',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: accommodation; employees: 4; annual revenue: 600,000 yuan; purpose: renovating the premises; amount: 200,000 yuan; term: 2 years; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in accommodation with employees below 10 is a micro enterprise.',
            'For your business (accommodation, micro enterprise, 4 employees, annual revenue: 600,000 yuan, renovating the premises, 200,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point subsidy on their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: ['Online banks, insurers and brokers', 'Risks', 'Check a platform', 'Summary', 'Agent', 'Restart'],
        },
        {
          say: 'how much interest would that be',
          replies: [
            "On the 200,000 yuan over 24 months you gave, in equal monthly instalments at the one-year LPR of 3.0% (the figure as of March 2026; check the latest), the interest would come to about 6,304 yuan in all, about 8,596 yuan a month; banks add a margin to the LPR, so the real interest is higher.\nI quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.\nBanks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.\nFor your case, an interest subsidy may also apply:\n· The interest subsidy on service firms' operating loans: restaurants, inns and tourism get 1 percentage point off their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.\n\nTell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:\n· Work out the full annual cost of a loan, fees included, before you borrow\n· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case\n· Check the other party's business licence, financial licence and track record\n\nTo check that a lender is licensed, reply \"check a platform\".",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("round 31: a start-up's papers for the startup guaranteed loan are the programme's, not a trading firm's", () => {
  it("zh-CN: a Dali café not yet open (就我跟我对象两个人: 2) asks the loan's conditions: the employment service decides, the papers, where to apply", async () => {
    await playHandoff(
      [
        {
          say: '我想在大理开个咖啡店 还没开 就我跟我对象两个人 需要二十万 借三年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：餐饮业；员工：2人；用途：创业启动资金；金额：20万元；期限：3年；规模：微型企业。\n按2011年《中小企业划型标准规定》，餐饮业从业人员低于10人即属微型企业。',
            '根据您的情况（餐饮业 · 微型企业 · 2人 · 创业启动资金 · 20万元 · 3年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 还没有经营收入，最对路的是创业担保贷款：按国家规定（2023年10月起），个人最高30万元、小微企业最高400万元，财政贴息一半；云南叫“贷免扶补”。\n· 持牌经营、监管严格，是最稳妥的选择。\n下一步：创业担保贷款：到当地人社部门的就业服务机构或创业担保中心申请，由合作银行放款；云南的项目叫“贷免扶补”。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['信息化金融机构（网上银行、保险、证券）', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
        {
          say: '创业担保贷款要哪些条件',
          replies: [
            '创业担保贷款先要过当地人社部门的就业服务机构（或创业担保中心）这一关：谁能申请、要交哪些材料，由它们按当地规定认定，先去问清楚。一般要准备：身份证、创业项目的情况（做什么、在哪里、要多少钱）、经营场地的租赁合同；已经办了营业执照的带上执照。审核通过后由合作银行放款，放款前不收任何费用。\n可以这样做：\n· 创业担保贷款：到当地人社部门的就业服务机构或创业担保中心申请，由合作银行放款；云南的项目叫“贷免扶补”。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a Kunming noodle shop not yet open asks the papers for the startup loan: the employment service decides, the papers, where to apply', async () => {
    await playHandoff(
      [
        {
          say: 'we want to open a noodle shop in kunming, not open yet, me and my husband, need 150k over 3 years',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: catering; employees: 2; purpose: start-up money; amount: 150,000 yuan; term: 3 years; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in catering with employees below 10 is a micro enterprise.',
            'For your business (catering, micro enterprise, 2 employees, start-up money, 150,000 yuan, 3 years), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· With no revenue yet, the route that fits is a startup guaranteed loan: under the national rules (from October 2023) up to 300,000 yuan for a person and 4 million yuan for a small or micro firm, with half the interest subsidised; in Yunnan the programme is called 贷免扶补.\n· Licensed and closely supervised: the safest choice.\nNext step: Startup guaranteed loan: apply at the local human-resources employment service or the startup guarantee centre, and a partner bank lends; in Yunnan the programme is called 贷免扶补.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: ['Online banks, insurers and brokers', 'Risks', 'Check a platform', 'Summary', 'Agent', 'Restart'],
        },
        {
          say: 'what papers do we need for the startup loan',
          replies: [
            'The startup guaranteed loan goes through your local human-resources employment service (or the guarantee centre) first: they decide, under local rules, who may apply and which papers to bring, so ask them first. Usually have ready your ID, what the business will be (what, where, how much it needs) and the lease of the premises, and the business licence once it is registered. Once approved, a partner bank pays out; nothing is charged before that.\nWhat you can do:\n· Startup guaranteed loan: apply at the local human-resources employment service or the startup guarantee centre, and a partner bank lends; in Yunnan the programme is called 贷免扶补.',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('round 31: where a leasing company is found, asked after leasing was advised, is answered and changes no trade', () => {
  it('zh-CN: a Dounan flower wholesaler buying a cold store asks 那租赁公司去哪找: how to apply for leasing, the trade still wholesale', async () => {
    await playHandoff(
      [
        {
          say: '我们是做鲜花批发的 在斗南 员工20来个 去年营业额3千来万 想贷款买个冷库 大概八十万 三年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：20人；年营业收入：3000万元；用途：购置设备、扩大生产；金额：80万元；期限：3年；规模：小型企业。\n按2011年《中小企业划型标准规定》，批发业的各项指标都达到小型企业标准（从业人员5人、营业收入1000万元），但未达到中型。',
            '根据您的情况（批发业 · 小型企业 · 20人 · 年营业收入：3000万元 · 购置设备、扩大生产 · 80万元 · 3年），推荐以下互联网金融服务：\n\n1. 融资租赁\n· 您要买的是一件资产（机器、车辆、冷库、设备）：融资租赁为这件资产本身融资，不看您是哪一行，边用边按期付租金。\n· 先用上设备、投入生产，再逐步付款。\n下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n3. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['融资租赁', '信息化金融机构（网上银行、保险、证券）', '互联网金融门户', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
        {
          say: '那租赁公司去哪找',
          replies: [
            '办理方式（融资租赁）：\n· 找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n· 一般要带：设备的报价单或购买合同、营业执照、法定代表人身份证、近期的财务报表或银行流水，并同意查询征信。\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a Kunming haulier buying a truck asks where to find a leasing company: how to apply for leasing', async () => {
    await playHandoff(
      [
        {
          say: 'we run a logistics firm in kunming, 12 drivers, revenue 8 million, need a new truck, about 400k over 3 years',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: transport; employees: 12; annual revenue: 8,000,000 yuan; purpose: equipment or expansion; amount: 400,000 yuan; term: 3 years; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in transport with employees below 20 is a micro enterprise.',
            'For your business (transport, micro enterprise, 12 employees, annual revenue: 8,000,000 yuan, equipment or expansion, 400,000 yuan, 3 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· You put the equipment to work first and pay for it over time.\n· A large one-off outlay is spread over several years, easing cash flow.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n3. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: [
            'Financial leasing',
            'Online banks, insurers and brokers',
            'Internet finance portals',
            'Risks',
            'Check a platform',
            'Summary',
            'Agent',
            'Restart',
          ],
        },
        {
          say: 'where do we find a leasing company',
          replies: [
            "How to apply (Financial leasing):\n· Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n· Usually bring: the equipment's quote or purchase contract, the business licence, the legal representative's ID, recent financial statements or bank statements, and consent to a credit check.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\n· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
describe('round 31: a doubt that a loan can be had at all is answered with what lenders look at', () => {
  it('zh-CN: a noodle shop renovating says 银行哪有那么好贷哦: what lenders look at, the sum against its revenue, its bank first', async () => {
    await playHandoff(
      [
        {
          say: '我们店里卖米线 三个人 一年三十来万 想贷十万装修 两年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：餐饮业；员工：3人；年营业收入：30万元；用途：装修翻新；金额：10万元；期限：2年；规模：微型企业。\n按2011年《中小企业划型标准规定》，餐饮业从业人员低于10人即属微型企业。',
            '根据您的情况（餐饮业 · 微型企业 · 3人 · 年营业收入：30万元 · 装修翻新 · 10万元 · 2年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息有1个百分点的财政贴息（2026年1月的国家政策；之后是否延续，问银行），经银行办理。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['信息化金融机构（网上银行、保险、证券）', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
        {
          say: '银行哪有那么好贷哦',
          replies: [
            '能借多少由放贷方按您企业的情况核定，我不报哪个产品的额度。主要看这几样：\n· 营业收入和银行流水：流水越稳、越多，批得越多；\n· 纳税记录：按时报税、纳税的，额度更高；\n· 有没有抵押或担保：房产、设备抵押或政府性融资担保，能借得更多；\n· 企业和法定代表人的征信记录：有逾期会少批或不批。\n不算少：10万元约是您一年营业收入（30万元）的33%。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a noodle shop renovating says "banks never lend to small guys like us": the same in English', async () => {
    await playHandoff(
      [
        {
          say: 'we run a noodle shop in kunming, 3 people, revenue 300k, need 100k to renovate over 2 years',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: catering; employees: 3; annual revenue: 300,000 yuan; purpose: renovating the premises; amount: 100,000 yuan; term: 2 years; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in catering with employees below 10 is a micro enterprise.',
            'For your business (catering, micro enterprise, 3 employees, annual revenue: 300,000 yuan, renovating the premises, 100,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point subsidy on their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: ['Online banks, insurers and brokers', 'Risks', 'Check a platform', 'Summary', 'Agent', 'Restart'],
        },
        {
          say: 'banks never lend to small guys like us',
          replies: [
            "How much you can borrow is set by the lender on your firm's records; I quote no product's limit. They look at:\n· your revenue and bank statements: the steadier and larger, the more they lend;\n· your tax records: filing and paying on time raises the sum;\n· a pledge or guarantee: property or equipment pledged, or a government financing guarantee, lets you borrow more;\n· the credit record of the firm and its legal representative: late payments mean less or nothing.\nA sizeable sum: 100,000 yuan is about 33% of your revenue for a year (300,000 yuan).\nWhat you can do:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\nSource: current finance rules and facts (checked November 2026)",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
