// Rules of the recommender an owner-tester found broken, each played through the whole engine (NLU,
// machine, renderer) and checked as the owner reads the advice, in both languages: leasing only for
// trades that grow by machines; no microloan for a medium-sized firm and no renewal meant for small
// and micro firms; no reward crowdfunding for software sold to firms; a service whose term or sum
// is outside what it lends after every service that lends for it; the advance-fee fraud among the
// two cautions of a border trader's borrowing.

import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import type { Locale } from '../../src/locale';
import { onAdviceDay } from '../helpers/advice-day';

/** The advice (the last reply) to one message that tells the whole case. */
async function adviceTo(locale: Locale, text: string): Promise<string> {
  const engine = new ConversationEngine({
    store: new MemoryStore(onAdviceDay),
    clock: onAdviceDay,
    defaultLocale: locale,
    conversationTtlMs: 86_400_000,
  });
  const result = await engine.handle({ conversationId: 'fit-rules', channel: 'api', text });
  return result.replies.at(-1)!.text;
}

describe('the advice fits the firm', () => {
  it('zh-CN: a pharmacy opening a second branch: the bank first, no leasing (a shop grows by premises and stock)', async () => {
    expect(await adviceTo('zh-CN', '我们开药店的，员工15人，年营业额600万，想开第二家分店，需要80万，期限3年')).toEqual(
      [
        '根据您的情况（零售业 · 小型企业 · 15人 · 年营业收入：600万元 · 购置设备、扩大生产 · 80万元 · 3年），推荐以下互联网金融服务：',
        '',
        '1. 信息化金融机构（网上银行、保险、证券）',
        '· 持牌经营、监管严格，是最稳妥的选择。',
        '· 业务全流程电子化，申请和审批更快捷方便。',
        '下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
        '',
        '风险提示：',
        '· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。',
        '· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。',
        '',
        '其他选择：',
        '2. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。',
        '',
        '回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
      ].join('\n'),
    );
  });

  it('en: the same pharmacy', async () => {
    expect(
      await adviceTo('en', 'We run a pharmacy, 15 staff, revenue 6 million yuan, want to open a second branch, need 800k over 3 years'),
    ).toEqual(
      [
        'For your business (retail, small enterprise, 15 employees, annual revenue: 6,000,000 yuan, equipment or expansion, 800,000 yuan, 3 years), I recommend these Internet financial services:',
        '',
        '1. Online banks, insurers and brokers',
        '· Licensed and closely supervised: the safest choice.',
        '· Everything is handled electronically, so applications and approvals are quick.',
        'Next step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.',
        '',
        'Risks to watch:',
        "· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.",
        '· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.',
        '',
        'Other options:',
        '2. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.',
        '',
        'Reply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
      ].join('\n'),
    );
  });

  it('zh-CN: a medium-sized wholesaler borrowing 5 million: no microloan, no renewal meant for small and micro firms', async () => {
    expect(await adviceTo('zh-CN', '我们做批发的，员工60人，年营业额8000万，想借500万周转，一年')).toEqual(
      [
        '根据您的情况（批发业 · 中型企业 · 60人 · 年营业收入：8000万元 · 资金周转 · 500万元 · 1年），推荐以下互联网金融服务：',
        '',
        '1. 信息化金融机构（网上银行、保险、证券）',
        '· 持牌经营、监管严格，是最稳妥的选择。',
        '· 业务全流程电子化，申请和审批更快捷方便。',
        '下一步：到开户银行网点找对公客户经理，当面谈流动资金贷款或项目贷款：这个规模的贷款要看财务报表、合同和抵押担保，不在手机App里申请。',
        '',
        '风险提示：',
        '· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。',
        '· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。',
        '',
        '其他选择：',
        '2. 供应链（产业链）金融：以真实的订单和应收账款作依据，不必另找抵押。',
        '',
        '回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
      ].join('\n'),
    );
  });

  it('en: the same medium-sized wholesaler', async () => {
    expect(
      await adviceTo(
        'en',
        'We are a wholesale distributor, 60 employees, revenue 80 million yuan, need 5 million for working capital for 12 months',
      ),
    ).toEqual(
      [
        'For your business (wholesale, medium-sized enterprise, 60 employees, annual revenue: 80,000,000 yuan, working capital, 5,000,000 yuan, 1 year), I recommend these Internet financial services:',
        '',
        '1. Online banks, insurers and brokers',
        '· Licensed and closely supervised: the safest choice.',
        '· Everything is handled electronically, so applications and approvals are quick.',
        "Next step: Go to your own bank's branch and talk to a corporate relationship manager about a working-capital or project loan: a loan of this size is judged on your financial statements, contracts and collateral or guarantees, not applied for in a phone app.",
        '',
        'Risks to watch:',
        "· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.",
        '· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.',
        '',
        'Other options:',
        '2. Supply-chain finance — Real orders and receivables back the loan, so you need no separate collateral.',
        '',
        'Reply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
      ].join('\n'),
    );
  });

  it("zh-CN: a B2B software firm's new product: no reward crowdfunding", async () => {
    expect(await adviceTo('zh-CN', '我们做企业管理软件的，卖给工厂，员工30人，年营业额800万，想开发新产品，要借200万，两年')).toEqual(
      [
        '根据您的情况（软件和信息技术服务业 · 小型企业 · 30人 · 年营业收入：800万元 · 新产品或创新项目 · 200万元 · 2年），推荐以下互联网金融服务：',
        '',
        '1. 投贷联动',
        '· 股权投资与贷款一起到位，资金更充足。',
        '· 看重技术和成长性，不只看抵押物。',
        '下一步：要引入股东，找少数投资人签书面协议做私募股权融资，或通过区域性股权市场对接；银行的科技金融部门可以介绍投贷联动。',
        '',
        '风险提示：',
        '· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。',
        '· 引入股权投资意味着让出部分股份和决策权，企业估值和回报都有不确定性：签书面协议，先请教专业人士。',
        '',
        '其他选择：',
        '2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。',
        '3. 互联网金融门户 · 第三方资讯平台：提供及时、准确的行业信息和金融资讯。',
        '',
        '回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
      ].join('\n'),
    );
  });

  it('en: the same software firm', async () => {
    expect(
      await adviceTo(
        'en',
        'We make business software for factories, 30 staff, revenue 8 million yuan, developing a new product, need 2 million over two years',
      ),
    ).toEqual(
      [
        'For your business (software and IT services, small enterprise, 30 employees, annual revenue: 8,000,000 yuan, a new product or innovation project, 2,000,000 yuan, 2 years), I recommend these Internet financial services:',
        '',
        '1. Investment-loan linkage',
        '· Equity and a loan arrive together, so there is more money to work with.',
        '· It values technology and growth, not just collateral.',
        "Next step: To take in shareholders, agree privately with a few investors in writing, or go through the regional equity market; a bank's technology-finance team can introduce investment-loan linkage.",
        '',
        'Risks to watch:',
        "· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.",
        '· Taking in equity investment means giving up part of the shares and of the say in decisions, and valuations and returns are uncertain: sign a written agreement and get professional advice first.',
        '',
        'Other options:',
        '2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.',
        '3. Internet finance portals: third-party information platform — Timely and accurate industry and market information.',
        '',
        'Reply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
      ].join('\n'),
    );
  });

  it("zh-CN: a supermarket's three-year working capital: the bank first, the online bank (loans up to a year) after it", async () => {
    expect(await adviceTo('zh-CN', '我们开超市的，员工20人，年营业额900万，想借100万周转，期限3年')).toEqual(
      [
        '根据您的情况（零售业 · 小型企业 · 20人 · 年营业收入：900万元 · 资金周转 · 100万元 · 3年），推荐以下互联网金融服务：',
        '',
        '1. 信息化金融机构（网上银行、保险、证券）',
        '· 持牌经营、监管严格，是最稳妥的选择。',
        '· 业务全流程电子化，申请和审批更快捷方便。',
        '下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
        '',
        '风险提示：',
        '· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。',
        '· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。',
        '',
        '其他选择：',
        '2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：它的贷款期限一般比您要用的3年短。',
        '',
        '回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
      ].join('\n'),
    );
  });

  it('en: the same supermarket', async () => {
    expect(
      await adviceTo('en', 'We run a supermarket, 20 staff, revenue 9 million yuan, need 1 million working capital over 3 years'),
    ).toEqual(
      [
        'For your business (retail, small enterprise, 20 employees, annual revenue: 9,000,000 yuan, working capital, 1,000,000 yuan, 3 years), I recommend these Internet financial services:',
        '',
        '1. Online banks, insurers and brokers',
        '· Licensed and closely supervised: the safest choice.',
        '· Everything is handled electronically, so applications and approvals are quick.',
        'Next step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.',
        '',
        'Risks to watch:',
        "· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.",
        '· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.',
        '',
        'Other options:',
        '2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — Its loans usually run for less time than the 3 years you need.',
        '',
        'Reply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
      ].join('\n'),
    );
  });

  it('zh-CN: a border importer borrowing: money changers, then the advance-fee fraud, among the two cautions', async () => {
    expect(await adviceTo('zh-CN', '我们在河口做边贸，从越南进水果，员工8人，年营业额600万，想借100万周转，一年')).toEqual(
      [
        '根据您的情况（批发业 · 微型企业 · 8人 · 年营业收入：600万元 · 做跨境贸易 · 资金周转 · 100万元 · 1年），推荐以下互联网金融服务：',
        '',
        '1. 供应链（产业链）金融',
        '· 您做跨境贸易，凭真实的进出口订单和单据可以申请贸易融资。',
        '· 以真实的订单和应收账款作依据，不必另找抵押。',
        '下一步：凭真实的进出口合同、报关单和发票，向开户银行申请贸易融资，收付款用人民币跨境结算。',
        '',
        '风险提示：',
        '· 换汇只走银行：找私人换汇、地下钱庄是违法的，资金可能被冻结，当事人会被追究；和东盟做生意，人民币跨境结算是主渠道。',
        '· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。',
        '',
        '其他选择：',
        '2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。',
        '3. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。',
        '',
        '回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
      ].join('\n'),
    );
  });

  it('en: the same border importer', async () => {
    expect(
      await adviceTo(
        'en',
        'We import fruit from Vietnam at Hekou, 8 staff, revenue 6 million yuan, need 1 million working capital for a year',
      ),
    ).toEqual(
      [
        'For your business (wholesale, micro enterprise, 8 employees, annual revenue: 6,000,000 yuan, cross-border trade: yes, working capital, 1,000,000 yuan, 1 year), I recommend these Internet financial services:',
        '',
        '1. Supply-chain finance',
        '· You trade across the border, and real import and export orders and documents can back trade financing.',
        '· Real orders and receivables back the loan, so you need no separate collateral.',
        'Next step: With your real import or export contracts, customs declarations and invoices, ask your bank for trade finance, and settle in RMB across the border.',
        '',
        'Risks to watch:',
        '· Exchange money only through banks: private money changers (underground banking) are illegal, funds can be frozen and the parties prosecuted; with ASEAN partners, RMB cross-border settlement is the main route.',
        "· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.",
        '',
        'Other options:',
        '2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.',
        '3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.',
        '',
        'Reply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
      ].join('\n'),
    );
  });
});
