// Round 25 (lead): what the money buys, three ways, and a debt told once advised.
// 1. Opening another shop or a branch (开第二家店, "open a second shop") is premises, not an asset (assetBought false, read by
//    assetNamed in src/nlu/asset.ts): leasing is not offered for it whatever the trade (leasing-not-for-premises), and asked
//    whether it fits, the rule says why. The same need said again with machines bought is noted and advised again.
// 2. Once advised, a late payer told beside a question notes the debt, and when that puts another service first the bot says
//    so in a line with the way to see the advice again (replies.ts leadChanged); the advice is not sent unasked.
// 3. A builder's quote names no trade of the firm's (the provider scope): a guesthouse adding rooms stays accommodation; the
//    term asked when no service has a usual term for the need says once that the contract decides.
// 4. Once advised, a sum alone (the dealer quoted 620k actually, 厂家报价六十二万) was "not understood": its place is asked
//    (the money to borrow, or the revenue), and the pick re-advises.
// Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 25: premises are not leased; a new first pick said once advised', () => {
  it('zh-CN: a phone-repair shop opening a second shop (premises) is not offered leasing; asked, the premises rule says why', async () => {
    await playHandoff(
      [
        {
          say: '我在大理开手机维修店 4个人 一年营业额60万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：其他行业；员工：4人；年营业收入：60万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，其他行业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '想借20万开第二家店 两年',
          replies: [
            '好的，记下了：用途：购置设备、扩大生产；金额：20万元；期限：2年。',
            '根据您的情况（其他行业 · 微型企业 · 4人 · 年营业收入：60万元 · 购置设备、扩大生产 · 20万元 · 2年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 业务全流程电子化，申请和审批更快捷方便。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
        {
          say: '融资租赁适合我们不',
          replies: [
            '融资租赁不适合您：\n· 开新店、开分店的钱主要花在门面、装修、进货和房租上，这些融资租赁不能融；如果其中有一部分是买车辆或机器设备，这部分可以用融资租赁。\n对您更合适的是：信息化金融机构（网上银行、保险、证券）。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: the same need said again with machines bought: noted, advised again with leasing first and its reason', async () => {
    await playHandoff(
      [
        {
          say: 'we run a phone repair shop in kunming, 3 people, about 500k a year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: other (none of those listed); employees: 3; annual revenue: 500,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in another industry with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'need 150k to open a second shop, 2 years',
          replies: [
            'Got it — purpose: equipment or expansion; amount: 150,000 yuan; term: 2 years.',
            'For your business (an industry not listed, micro enterprise, 3 employees, annual revenue: 500,000 yuan, equipment or expansion, 150,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Everything is handled electronically, so applications and approvals are quick.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
        {
          say: 'actually the money is to buy two laser repair machines',
          replies: [
            'Got it — the money buys machines or vehicles, an asset.\nHere is my advice for your updated details:',
            'For your business (an industry not listed, micro enterprise, 3 employees, annual revenue: 500,000 yuan, equipment or expansion, 150,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· What you are buying is an asset (a machine, a vehicle, a cold room, equipment): leasing finances the asset itself, whatever your trade, and you pay for it in rent while you use it.\n· You put the equipment to work first and pay for it over time.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n3. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
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
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('en: a late payer told beside a question once advised: noted, and the new first pick said in a line', async () => {
    await playHandoff(
      [
        {
          say: 'we supply coffee beans to hotels in lijiang, 6 staff, 3 million a year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: wholesale; employees: 6; annual revenue: 3,000,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in wholesale with annual revenue below 10,000,000 yuan is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'need 300k working capital for 6 months',
          replies: [
            'Got it — purpose: working capital; amount: 300,000 yuan; term: 6 months.',
            'For your business (wholesale, micro enterprise, 6 employees, annual revenue: 3,000,000 yuan, working capital, 300,000 yuan, 6 months), I recommend these Internet financial services:\n\n1. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)\n· The platform has its own credit data, so your trading record can stand in for collateral.\n· The lender knows your business closely and can tailor products to how you actually trade.\nNext step: Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n\nOther options:\n2. Supply-chain finance — Real orders and receivables back the loan, so you need no separate collateral.\n3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
        {
          say: 'hotels pay us 60 days late, what can we do',
          replies: [
            "Selling on credit, the risk is a buyer paying late or not at all, with your working capital tied up meanwhile: put the payment date and what happens if it is missed in a written contract, keep delivery and receipt records, and ask new buyers or large orders for part of the money upfront. Money your buyers already owe you can be borrowed on now, instead of waiting for them to pay: this is supply-chain finance (accounts-receivable financing). A bank lends against receivables the buyer confirms, with no other collateral; factoring companies buy such receivables outright, at a discount. It works best when the buyer is a large, established firm.\nWhat you can do:\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
            'Got it — a buyer owes you money.',
            'With that, my first pick for you is now: Supply-chain finance. Reply "advice" to see the advice again.',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: 酒店的货款老是拖两个月 咋个整 once advised: the debt noted, supply-chain finance said to come first now', async () => {
    await playHandoff(
      [
        {
          say: '我们在丽江给酒店送咖啡豆 6个人 一年300万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：6人；年营业收入：300万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，批发业营业收入低于1000万元即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '要30万周转 半年',
          replies: [
            '好的，记下了：用途：资金周转；金额：30万元；期限：6个月。',
            '根据您的情况（批发业 · 微型企业 · 6人 · 年营业收入：300万元 · 资金周转 · 30万元 · 6个月），推荐以下互联网金融服务：\n\n1. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。\n下一步：网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 申请时会授权平台读取您的经营和交易数据：看清授权范围，只给必需的数据，防止信息泄露。\n\n其他选择：\n2. 供应链（产业链）金融：以真实的订单和应收账款作依据，不必另找抵押。\n3. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
        {
          say: '酒店的货款老是拖两个月 咋个整',
          replies: [
            '先发货后收款，风险在客户拖款或不付，您的周转资金也一直被占着：在书面合同里写清付款日期和逾期怎么办，留好发货和签收单据，新客户或大单先收一部分预付款。已经欠着的货款（应收账款）可以先拿来融资，不用干等客户付款：这就是供应链金融里的应收账款融资。买家确认这笔账以后，银行就凭它放款，不用另找抵押；保理公司也可以按折扣直接买下这些应收账款。买家是规模大、信用好的企业时最容易办。\n可以这样做：\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
            '好的，记下了：有客户欠着您的款（应收账款）。',
            '这样一来，对您最合适的变成了：供应链（产业链）金融。回复“推荐”看更新后的建议。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("en: a guesthouse adding rooms, the builder quoting: accommodation kept; the term asked with no service's usual term says the contract decides once", async () => {
    await playHandoff(
      [
        {
          say: 'I run a small guesthouse in shaxi, 4 of us, around 900k last yr',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: accommodation; employees: 4; annual revenue: 900,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in accommodation with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'want to add 4 rooms, builder quoted 350k',
          replies: [
            'Got it — purpose: equipment or expansion; amount: 350,000 yuan.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
        {
          say: 'how long can i borrow for',
          replies: [
            "The term depends on the purpose and the bank's assessment; the contract decides.\nMatch the term to when the money comes back: put the due date after you have sold and been paid, with a month or two to spare; a term shorter than that leaves you finding other money to repay.\nMost are repaid in monthly instalments: a bank business loan usually in equal payments of principal and interest, or interest monthly with the principal at the end; a lease in monthly or quarterly rent. Before signing, ask how much each payment is and how many there are.\nSource: current finance rules and facts (checked November 2026)",
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
          choices: ['Skip'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: 客栈加房 包工头报价: 住宿业不变；能借多久 with no usual term: 以合同为准 said once', async () => {
    await playHandoff(
      [
        {
          say: '我们在沙溪开客栈 4个人 去年九十来万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：住宿业；员工：4人；年营业收入：90万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，住宿业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '想加四间房 包工头报价三十五万',
          replies: [
            '好的，记下了：用途：购置设备、扩大生产；金额：35万元。',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
        },
        {
          say: '能借多久嘛',
          replies: [
            '期限要看用途和银行的评估，以合同为准。\n借多久，要跟钱回来的时间对上：到期日放在卖完货、收回款之后，再留一两个月余地；期限比回款短，到期就得另外找钱来还。\n还款大多按月分期：银行经营贷常见等额本息（每月本金利息一起还）或先息后本（每月付利息、到期还本金），融资租赁按月或按季付租金；签之前问清每期还多少、还几期。\n出处：最新金融规则与事实（2026年11月核对）',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
          choices: ['跳过'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: once advised, a sum alone (the dealer quoted 620k actually) is asked about, and the money to borrow picked re-advises', async () => {
    await playHandoff(
      [
        {
          say: "we roast coffee near pu'er, 9 full time staff, about 2.8m last year",
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: manufacturing and processing; employees: 9; annual revenue: 2,800,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in manufacturing and processing with employees below 20 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'need 600k for a new roaster, 3 years',
          replies: [
            'Got it — purpose: equipment or expansion; amount: 600,000 yuan; term: 3 years.',
            'For your business (manufacturing and processing, micro enterprise, 9 employees, annual revenue: 2,800,000 yuan, equipment or expansion, 600,000 yuan, 3 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· You put the equipment to work first and pay for it over time.\n· A large one-off outlay is spread over several years, easing cash flow.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n3. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
        {
          say: 'the dealer quoted 620k actually',
          replies: ["Is 620,000 yuan the money you need for equipment or expansion, or the firm's annual revenue? Reply with a number:"],
          choices: ['The money to borrow', 'Annual revenue'],
        },
        {
          say: '1',
          replies: [
            'Updated — amount: 620,000 yuan.\nHere is my advice for your updated details:',
            'For your business (manufacturing and processing, micro enterprise, 9 employees, annual revenue: 2,800,000 yuan, equipment or expansion, 620,000 yuan, 3 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· You put the equipment to work first and pay for it over time.\n· A large one-off outlay is spread over several years, easing cash flow.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n3. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
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
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: 厂家报价六十二万 once advised: 要借的钱还是营业收入 asked, 1 re-advises with 62万', async () => {
    await playHandoff(
      [
        {
          say: '我们在普洱做咖啡烘焙 9个人 去年两百八十万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：工业；员工：9人；年营业收入：280万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，工业从业人员低于20人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '想借60万买台新烘焙机 三年',
          replies: [
            '好的，记下了：用途：购置设备、扩大生产；金额：60万元；期限：3年。',
            '根据您的情况（工业 · 微型企业 · 9人 · 年营业收入：280万元 · 购置设备、扩大生产 · 60万元 · 3年），推荐以下互联网金融服务：\n\n1. 融资租赁\n· 先用上设备、投入生产，再逐步付款。\n· 把一次性大额支出分摊到几年，减轻资金压力。\n下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n3. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
        {
          say: '厂家报价六十二万',
          replies: ['62万元是购置设备、扩大生产要借的钱，还是企业的营业收入？请回复编号：'],
          choices: ['要借的钱', '年营业收入'],
        },
        {
          say: '1',
          replies: [
            '好的，已更新：金额：62万元。\n已按新的情况重新推荐：',
            '根据您的情况（工业 · 微型企业 · 9人 · 年营业收入：280万元 · 购置设备、扩大生产 · 62万元 · 3年），推荐以下互联网金融服务：\n\n1. 融资租赁\n· 先用上设备、投入生产，再逐步付款。\n· 把一次性大额支出分摊到几年，减轻资金压力。\n下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n3. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['融资租赁', '信息化金融机构（网上银行、保险、证券）', '互联网金融门户', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
