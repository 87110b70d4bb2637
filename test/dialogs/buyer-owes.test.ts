// A buyer owing the firm (有个大客户欠我们200万货款, "the contractor owes us 2 million") is a fact of
// the firm (buyerOwes): supply-chain finance, which lends on that receivable, leads the advice with
// its reason (paper §2.3's supply-chain model; the receivables platform, current-finance). The firm
// owing its supplier is not this; a question about receivables stays a question and sets nothing.
// Whole replies, both languages.

import { describe, expect, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('money a buyer owes the firm', () => {
  it('zh-CN: a big customer owes the firm: supply-chain finance leads, with the reason', async () => {
    await playHandoff(
      [
        {
          say: '我们是做建材批发的，20个人，一年营业额三千万，有个大客户欠我们200万货款，想贷150万周转一年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：20人；年营业收入：3000万元；用途：资金周转；金额：150万元；期限：1年；有客户欠着您的款（应收账款）；规模：小型企业。\n按2011年《中小企业划型标准规定》，批发业的各项指标都达到小型企业标准（从业人员5人、营业收入1000万元），但未达到中型。',
            '根据您的情况（批发业 · 小型企业 · 20人 · 年营业收入：3000万元 · 有客户欠着您的款（应收账款） · 资金周转 · 150万元 · 1年），推荐以下互联网金融服务：\n\n1. 供应链（产业链）金融\n· 有买方欠着您的款：供应链金融和保理凭这笔应收账款、靠买方的信用融资，最该先问银行这一项。\n· 以真实的订单和应收账款作依据，不必另找抵押。\n下一步：有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 供应链融资依赖核心企业的信用：合作方经营出问题时会波及您，融资不要过度集中在一条链上。\n\n其他选择：\n2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n3. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: the contractor owes the firm: supply-chain finance leads, with the reason', async () => {
    await playHandoff(
      [
        {
          say: 'we are a building materials wholesaler, 20 staff, revenue 30 million a year, the contractor owes us 2 million, we need 1.5 million working capital for 1 year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: wholesale; employees: 20; annual revenue: 30,000,000 yuan; purpose: working capital; amount: 1,500,000 yuan; term: 1 year; a buyer owes you money; size: small enterprise.\nUnder the 2011 SME size standard, a firm in wholesale meeting every small floor (employees 5, annual revenue 10,000,000 yuan) but not the medium ones is small.',
            'For your business (wholesale, small enterprise, 20 employees, annual revenue: 30,000,000 yuan, a buyer owes you money, working capital, 1,500,000 yuan, 1 year), I recommend these Internet financial services:\n\n1. Supply-chain finance\n· A buyer owes you money: supply-chain finance and factoring lend against that receivable on the buyer\'s credit, so it is the first thing to ask your bank about.\n· Real orders and receivables back the loan, so you need no separate collateral.\nNext step: With receivables from a large buyer, use the PBOC credit bureau\'s accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Supply-chain finance rests on the core enterprise\'s credit: if your partner runs into trouble, so may you, so do not concentrate all your financing on one chain.\n\nOther options:\n2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.\n3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: the firm owing its supplier is no receivable: the online-bank loan still leads', async () => {
    await playHandoff(
      [
        {
          say: '我们是做建材批发的，20个人，一年营业额三千万，我们欠供应商三十万货款，想贷150万周转一年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：20人；年营业收入：3000万元；用途：资金周转；金额：150万元；期限：1年；规模：小型企业。\n按2011年《中小企业划型标准规定》，批发业的各项指标都达到小型企业标准（从业人员5人、营业收入1000万元），但未达到中型。',
            '根据您的情况（批发业 · 小型企业 · 20人 · 年营业收入：3000万元 · 资金周转 · 150万元 · 1年），推荐以下互联网金融服务：\n\n1. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。\n下一步：网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 申请时会授权平台读取您的经营和交易数据：看清授权范围，只给必需的数据，防止信息泄露。\n\n其他选择：\n2. 供应链（产业链）金融：以真实的订单和应收账款作依据，不必另找抵押。\n3. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: the firm owing its supplier is no receivable: the online-bank loan still leads', async () => {
    await playHandoff(
      [
        {
          say: 'we are a building materials wholesaler, 20 staff, revenue 30 million a year, we owe our supplier for the last shipment, we need 1.5 million working capital for 1 year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: wholesale; employees: 20; annual revenue: 30,000,000 yuan; purpose: working capital; amount: 1,500,000 yuan; term: 1 year; size: small enterprise.\nUnder the 2011 SME size standard, a firm in wholesale meeting every small floor (employees 5, annual revenue 10,000,000 yuan) but not the medium ones is small.',
            'For your business (wholesale, small enterprise, 20 employees, annual revenue: 30,000,000 yuan, working capital, 1,500,000 yuan, 1 year), I recommend these Internet financial services:\n\n1. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)\n· The platform has its own credit data, so your trading record can stand in for collateral.\n· The lender knows your business closely and can tailor products to how you actually trade.\nNext step: Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n\nOther options:\n2. Supply-chain finance — Real orders and receivables back the loan, so you need no separate collateral.\n3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: a question about receivables stays a question and changes no profile', async () => {
    const engine = await playHandoff(
      [
        {
          say: '我们是做建材批发的，20个人，一年营业额三千万，想贷150万周转一年',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：20人；年营业收入：3000万元；用途：资金周转；金额：150万元；期限：1年；规模：小型企业。\n按2011年《中小企业划型标准规定》，批发业的各项指标都达到小型企业标准（从业人员5人、营业收入1000万元），但未达到中型。',
            '根据您的情况（批发业 · 小型企业 · 20人 · 年营业收入：3000万元 · 资金周转 · 150万元 · 1年），推荐以下互联网金融服务：\n\n1. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。\n下一步：网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 申请时会授权平台读取您的经营和交易数据：看清授权范围，只给必需的数据，防止信息泄露。\n\n其他选择：\n2. 供应链（产业链）金融：以真实的订单和应收账款作依据，不必另找抵押。\n3. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
        {
          say: '应收账款能不能拿去融资',
          replies: [
            '可以办：已经欠着的货款（应收账款）可以先拿来融资，不用干等客户付款，这就是供应链金融里的应收账款融资。买家确认这笔账以后，银行就凭它放款，不用另找抵押；保理公司也可以按折扣直接买下这些应收账款。买家是规模大、信用好的企业时最容易办，银行会看购销合同、发票和发货签收单据。以后再赊销，在书面合同里写清付款日期和逾期怎么办。\n可以这样做：\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
          ],
        },
      ],
      AT,
    );
    expect((await engine.view('desk-table'))?.profile).toEqual({
      industry: 'wholesale',
      employees: 20,
      annualRevenueCny: 30000000,
      sizeClass: 'small',
      sizeClassSource: 'standard',
      purpose: 'working-capital',
      amount: { value: 1500000, currency: 'CNY' },
      termMonths: 12,
    });
  });

  it('en: a question about receivables stays a question and changes no profile', async () => {
    const engine = await playHandoff(
      [
        {
          say: 'we are a building materials wholesaler, 20 staff, revenue 30 million a year, we need 1.5 million working capital for 1 year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: wholesale; employees: 20; annual revenue: 30,000,000 yuan; purpose: working capital; amount: 1,500,000 yuan; term: 1 year; size: small enterprise.\nUnder the 2011 SME size standard, a firm in wholesale meeting every small floor (employees 5, annual revenue 10,000,000 yuan) but not the medium ones is small.',
            'For your business (wholesale, small enterprise, 20 employees, annual revenue: 30,000,000 yuan, working capital, 1,500,000 yuan, 1 year), I recommend these Internet financial services:\n\n1. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)\n· The platform has its own credit data, so your trading record can stand in for collateral.\n· The lender knows your business closely and can tailor products to how you actually trade.\nNext step: Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n\nOther options:\n2. Supply-chain finance — Real orders and receivables back the loan, so you need no separate collateral.\n3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
        {
          say: 'can we borrow against our receivables?',
          replies: [
            "It can be done: money your buyers already owe you can be borrowed on now, instead of waiting for them to pay. This is supply-chain finance (accounts-receivable financing): a bank lends against receivables the buyer confirms, with no other collateral; factoring companies buy such receivables outright, at a discount. It works best when the buyer is a large, established firm; the bank will look at the sales contract, the invoices and the delivery and receipt records. For the next sales on credit, put the payment date and what happens if it is missed in a written contract.\nWhat you can do:\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
    expect((await engine.view('desk-table'))?.profile).toEqual({
      industry: 'wholesale',
      employees: 20,
      annualRevenueCny: 30000000,
      sizeClass: 'small',
      sizeClassSource: 'standard',
      purpose: 'working-capital',
      amount: { value: 1500000, currency: 'CNY' },
      termMonths: 12,
    });
  });
});
