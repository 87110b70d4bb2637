// Advice that fits the firm and answers the question asked (advice11, tester11 1a, 1c, 1e, 5a-5d): personal
// consumer credit asked for the business, bills of exchange cashed, vehicles leased, sums beyond a service's
// range, services for another situation. Played through the real engine; the replies checked whole, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('personal consumer credit asked for the business (tester11 1a): the same answer in both languages, with its source', () => {
  it('en: "is Huabei ok to use for buying furniture?" gets the personal-credit answer, not a big-data essay', async () => {
    await playHandoff(
      [
        { say: 'we make rice noodles in mengzi, 40 workers, revenue 12 million' },
        {
          say: 'is Huabei ok to use for buying furniture?',
          replies: [
            "Better not: Jiebei, Huabei and Weilidai are personal consumer credit lines in your own name, not business loans; do not use them to fund the business. For the business, borrow as a business: the online banks' small-business loans (such as MYbank's Wangshangdai or WeBank's Weiyedai) or your bank's operating loan.\nWhat you can do:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('zh-CN: 花呗买家具格得行 gets the same answer in Chinese', async () => {
    await playHandoff(
      [
        { say: '蒙自做米线的 工人40个 营业额1200万' },
        {
          say: '花呗买家具格得行',
          replies: [
            '不建议：借呗、花呗、微粒贷是给个人的消费信贷额度，借款人是您个人，不是企业的经营贷款，不要拿来给生意周转。企业借钱，用线上银行给小微企业的经营贷（如网商银行的网商贷、微众银行的微业贷），或者开户银行的经营贷。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});

describe("a bill a buyer paid with, asked whether it can be discounted (tester11 1c): the acceptor's credit, what to check", () => {
  it('zh-CN: 开发商给的商票能不能拿去银行贴现 gets the bill answer with the default-risk caution', async () => {
    await playHandoff(
      [
        { say: '曲靖做建材的 员工60人 去年营收三千万' },
        {
          say: '开发商给的商票能不能拿去银行贴现',
          replies: [
            '商票（商业承兑汇票）能不能贴现、贴现要扣多少，要看承兑这张票的企业（给您开票的开发商或客户）信用怎样：商票是这家企业到期付款的承诺，不是现金，到期它付不出，票就兑不了（这是信用风险）。先问清三件事：开户银行收不收这家企业承兑的票、贴现要扣多少；到期对方不付时，银行会不会回头向您追索；这家企业最近有没有票据到期没付。问清以前，不要把手里的商票、也不要把它以后再开的商票当现金算。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: a commercial acceptance bill from a developer gets the same answer in English', async () => {
    await playHandoff(
      [
        { say: 'we supply building materials in qujing, 60 staff, revenue 30 million' },
        {
          say: 'can we discount a commercial acceptance bill from a developer',
          replies: [
            "Whether a commercial bill can be discounted, and at what cost, depends on the firm that accepted it (the developer or buyer who gave it to you): a commercial acceptance bill is that firm's promise to pay when the bill falls due, not cash; if it cannot pay then, the bill is not honoured (credit risk). Ask three things first: whether your settlement bank will discount bills accepted by that firm, and what it deducts; whether the bank can come back to you if the firm does not pay at maturity; whether that firm has left bills unpaid at maturity lately. Until you know, do not count the bills you hold, or any more from the same firm, as cash.\nWhat you can do:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('vehicles and machines bought (tester11 1e): leasing serves them whatever the trade', () => {
  it('en: a travel agency buying tour buses gets leasing first, not "leasing does not serve your business"', async () => {
    await playHandoff(
      [
        { say: 'we run a travel agency with tour buses in kunming, 80 staff, revenue 30 million' },
        {
          say: 'need 5 million for new buses, 5 years',
          replies: [
            'Got it — purpose: equipment or expansion; amount: 5,000,000 yuan; term: 5 years.',
            'For your business (leasing and business services, 80 employees, annual revenue: 30,000,000 yuan, equipment or expansion, 5,000,000 yuan, 5 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· What you are buying is an asset (a machine, a vehicle, a cold room, equipment): leasing finances the asset itself, whatever your trade, and you pay for it in rent while you use it.\n· You put the equipment to work first and pay for it over time.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('zh-CN: 旅行社买大巴 gets the same advice in Chinese', async () => {
    await playHandoff(
      [
        { say: '昆明做旅行社的 有旅游大巴 员工80人 营业额三千万' },
        {
          say: '想借五百万买新大巴 五年',
          replies: [
            '好的，记下了：用途：购置设备、扩大生产；金额：500万元；期限：5年。',
            '根据您的情况（租赁和商务服务业 · 80人 · 年营业收入：3000万元 · 购置设备、扩大生产 · 500万元 · 5年），推荐以下互联网金融服务：\n\n1. 融资租赁\n· 先用上设备、投入生产，再逐步付款。\n· 把一次性大额支出分摊到几年，减轻资金压力。\n下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});

describe('services for the firm own situation (tester11 5a-5d)', () => {
  it('en: a 5 million working-capital loan with no buyer named: the bank at its branch first, not supply-chain finance, no renewal as a reason', async () => {
    await playHandoff(
      [
        { say: "we're a jade carving workshop in tengchong, 25 workers, turnover last year 9.5 million yuan" },
        {
          say: 'need 5 million working capital for 1 year',
          replies: [
            'Got it — purpose: working capital; amount: 5,000,000 yuan; term: 1 year.',
            'For your business (manufacturing and processing, small enterprise, 25 employees, annual revenue: 9,500,000 yuan, working capital, 5,000,000 yuan, 1 year), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Everything is handled electronically, so applications and approvals are quick.\nNext step: Go to your own bank\'s branch and talk to a corporate relationship manager about a working-capital or project loan: a loan of this size is judged on your financial statements, contracts and collateral or guarantees, not applied for in a phone app.\n\nRisks to watch:\n· You would borrow more than half a year of revenue: stockpiling with it is a bet on prices. If prices fall, the stock sells for less but the loan is still due; buy in stages and know what repays the loan if prices drop.\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n\nOther options:\n2. Supply-chain finance — Real orders and receivables back the loan, so you need no separate collateral.\n3. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — It is made for smaller loans than the 5,000,000 yuan you need.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('zh-CN: the same workshop in Chinese', async () => {
    await playHandoff(
      [
        { say: '腾冲做玉雕加工的 工人25个 去年营业额950万' },
        {
          say: '想借500万周转 一年',
          replies: [
            '好的，记下了：用途：资金周转；金额：500万元；期限：1年。',
            '根据您的情况（工业 · 小型企业 · 25人 · 年营业收入：950万元 · 资金周转 · 500万元 · 1年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 业务全流程电子化，申请和审批更快捷方便。\n下一步：到开户银行网点找对公客户经理，当面谈流动资金贷款或项目贷款：这个规模的贷款要看财务报表、合同和抵押担保，不在手机App里申请。\n\n风险提示：\n· 借的钱相当于半年以上的营业额，拿去压货就是在押价格：价格一跌，货卖不上价，贷款却要照还。分批进货，先想好价格下跌时靠什么还款。\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n\n其他选择：\n2. 供应链（产业链）金融：以真实的订单和应收账款作依据，不必另找抵押。\n3. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：它做的是比您需要的500万元更小的贷款。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('zh-CN: a loan falling due asked after a new need: renewal without repaying first is named (the new need purpose does not decide)', async () => {
    await playHandoff(
      [
        { say: '大理开客栈的 员工5个 一年营业额35万' },
        { say: '想借10万添置家具 两年' },
        {
          say: '到期还不上咋个整',
          replies: [
            '还不上时最要紧的是早说，不要等到逾期：到期前就主动找放款的银行或机构商量。\n借之前先算一算：2年里要还上10万元和利息，按生意最差的时候算也还得上再借；算下来吃紧，就少借一点或者把期限放长。\n如果真的还不上：\n· 到期前就找放款的银行或机构，说明原因，问能不能展期、延期或者调整还款计划；逾期以后再谈就难了。\n· 在银行借的经营贷，问能不能“无还本续贷”：到期不用先还本金就能续上（2024年9月起对所有小微企业开放）。\n· 不要借网贷、高息民间借款或者找“过桥”来还旧债：利息越滚越多，窟窿越来越大。\n· 逾期会记进征信报告，以后借钱更难、更贵；能还一部分就先还一部分，和放款方的沟通留好记录。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: the same inn in English', async () => {
    await playHandoff(
      [
        { say: 'we run an inn in dali, 5 staff, revenue 350k a year' },
        { say: 'need 100k for new furniture, 2 years' },
        {
          say: 'what if we cant repay when it falls due',
          replies: [
            "If you cannot repay, the most important thing is to say so early, before the loan is overdue: talk to the bank or lender before the due date.\nBefore you borrow, work it out: 100,000 yuan plus interest has to be repaid within 2 years; borrow only if you could repay it even in your worst months, and if it is tight, borrow less or over a longer term.\nIf it does happen:\n· Before the due date, go to the bank or lender, explain why, and ask whether the loan can be extended or the repayments rescheduled; once it is overdue, that is much harder.\n· For a business loan from a bank, ask for renewal without repaying the principal first (无还本续贷): open to all small and micro firms since September 2024.\n· Do not borrow from loan apps, high-interest private lenders or 'bridge' lenders to repay: the interest piles up and the hole gets deeper.\n· An overdue loan goes on your credit report and makes borrowing harder and dearer later; repay what you can, and keep a record of what you agree with the lender.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('en: trade finance asked beside payments in kip: the financing need is kept, the bank loan first', async () => {
    await playHandoff(
      [
        { say: 'we import natural rubber from laos through mohan, 35 employees, turnover about 48 million yuan' },
        {
          say: 'we need cross-border payment in kip and USD, and trade finance for 3 months, about 3 million',
          replies: [
            'Got it — purpose: working capital; amount: 3,000,000 yuan; term: 3 months.',
            'For your business (wholesale, small enterprise, 35 employees, annual revenue: 48,000,000 yuan, cross-border trade: yes, working capital, 3,000,000 yuan, 3 months), I recommend these Internet financial services:\n\n1. Supply-chain finance\n· You trade across the border, and real import and export orders and documents can back trade financing.\n· Real orders and receivables back the loan, so you need no separate collateral.\nNext step: With your real import or export contracts, customs declarations and invoices, ask your bank for trade finance, and settle in RMB across the border.\n\nRisks to watch:\n· Exchange money only through banks: private money changers (underground banking) are illegal, funds can be frozen and the parties prosecuted; with ASEAN partners, RMB cross-border settlement is the main route.\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n\nOther options:\n2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.\n3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('zh-CN: the same importer in Chinese', async () => {
    await playHandoff(
      [
        { say: '我们在磨憨做老挝橡胶进口 员工35个 去年营业额4800万' },
        {
          say: '要做基普和美元的跨境付款 还想贷300万押汇 三个月',
          replies: [
            '好的，记下了：用途：资金周转；金额：300万元；期限：3个月。',
            '根据您的情况（批发业 · 小型企业 · 35人 · 年营业收入：4800万元 · 做跨境贸易 · 资金周转 · 300万元 · 3个月），推荐以下互联网金融服务：\n\n1. 供应链（产业链）金融\n· 您做跨境贸易，凭真实的进出口订单和单据可以申请贸易融资。\n· 以真实的订单和应收账款作依据，不必另找抵押。\n下一步：凭真实的进出口合同、报关单和发票，向开户银行申请贸易融资，收付款用人民币跨境结算。\n\n风险提示：\n· 换汇只走银行：找私人换汇、地下钱庄是违法的，资金可能被冻结，当事人会被追究；和东盟做生意，人民币跨境结算是主渠道。\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n\n其他选择：\n2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n3. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('zh-CN: a repair shop asking about subsidies: the service-sector subsidy is for the bank to decide, not left out', async () => {
    await playHandoff(
      [
        { say: '开汽修店的 两个人 一年二十万左右' },
        { say: '想借5万周转 一年' },
        {
          say: '格有贴息',
          replies: [
            '按您说的情况，有贴息要看银行怎么认定您这一行，值得问一问：\n· 服务业经营贷贴息：2026年1月的国家政策，对服务业1000万元以内的经营贷，2026年12月31日前的利息财政贴息1个百分点（之后是否延续，问银行），点名住宿、餐饮、旅游。您这一行算不算（旅游包车、旅行社算不算旅游，商店、修理店等算不算服务业），问银行。\n其他能用上的有：\n· 政府性融资担保：没有抵押时，问银行能不能走政府性融资担保；2026年1月的国家政策要求向企业收的担保费不超过1%。\n· 无还本续贷：贷款到期资金紧时，不用先还本金就能续贷（2024年9月起对所有小微企业开放）。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: the same repair shop in English', async () => {
    await playHandoff(
      [
        { say: 'we fix cars, 2 people, about 200k a year' },
        { say: 'need 50k working capital for a year' },
        {
          say: 'any interest subsidies?',
          replies: [
            "From what you have told me, there is a subsidy where the bank decides whether your trade counts; worth asking:\n· The interest subsidy on service firms' operating loans: the national measures of January 2026 take 1 percentage point off service firms' operating loans up to 10 million yuan on their interest up to 31 December 2026 (ask the bank whether it continues after that), naming inns, restaurants and tourism. Ask the bank whether your business counts (tour coaches or a travel agency as tourism; a shop, a repair shop or another service business as a service firm).\nYou may also use:\n· Government financing guarantees: without collateral, ask the bank for one; the national measures of January 2026 cap the fee charged to the firm at 1%.\n· Renewal without repaying first (无还本续贷): when a loan falls due and cash is tight, it can be renewed without repaying the principal first (open to all small and micro firms since September 2024).\nWhat you can do:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
