// Round 30 (lead): asked about the risks before the advice (万一咖啡豆价格跌了咋个办 while the revenue is still asked), the
// bot showed only the eight general risks; an adviser names the cautions this case raises first, as the risks answer does once
// advised: a produce buyer's prices, a border trader's money changers and exchange rate, a borrower's advance fees
// (recommend.ts caseCautions). The slot still open is asked again after it. Whole replies.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe("round 30: the risks asked before the advice name this case's cautions first", () => {
  it("zh-CN: a Pu'er coffee bean buyer asks what if prices fall while its revenue is asked: the price caution and the advance fee first", async () => {
    await playHandoff(
      [
        {
          say: '我们在普洱收咖啡豆卖 6个人 想借三十万收豆子',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：6人；用途：资金周转；金额：30万元。',
            '还需要知道去年的营业收入，才能按国家标准判断规模，例如：“年营业额150万”。不清楚可以回复“跳过”。',
          ],
          choices: ['微型企业', '小型企业', '中型企业', '跳过'],
        },
        {
          say: '万一咖啡豆价格跌了咋个办',
          replies: [
            '您这个情况要注意：\n· 咖啡、茶叶、橡胶、水果、药材这类农产品和大宗货，一季之内价格就可能起落很大：借钱收货压库存，卖的时候不管价格高低，贷款都要照还。分批收货，先想好价格下跌时靠什么还款。\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n\n互联网金融既有传统金融的风险，也有互联网带来的新风险，共八类：\n\n传统金融风险\n· 系统性风险：整个金融体系层面的风险。互联网金融交易数字化，风险传播更快，治理成本更高、修复更难。 应对：资金来源不要押在一家平台或一种渠道上；关注金融监管政策的变化，及时调整\n· 市场风险：利率、汇率和商品价格的变化让收益或成本变得不确定；互联网金融对市场变化更敏感，市场也还不成熟。 应对：借款时问清利率是固定还是浮动，按最坏情况测算还款；有外币收付的，及早结汇或使用银行的汇率避险工具\n· 操作风险：由人员操作不当、系统漏洞或内部制度缺陷带来的损失，来源包括内部操作、第三方和客户自身的误操作。 应对：收款、付款和对账由不同的人负责；培训员工正确使用收款和网银工具；每天核对平台流水和银行到账\n· 流动性风险：互联网金融机构不能参与银行间拆借，也不在央行紧急救助范围内，投资者集中撤资时容易出现兑付困难。 应对：留足几个月的经营备用金，不把周转资金全部投出去；借款期限要与资金回笼的时间相匹配\n· 信用风险：互联网金融市场的信用体系还不完善，网上交易信息不对称，信息真假难辨；收益高于传统金融产品，但高收益并不可靠。 应对：核实对方的营业执照、金融牌照和经营记录；对明显高于银行的收益承诺保持警惕；借款前算清年化综合成本，包括各种服务费\n\n互联网特有风险\n· 技术风险：互联网金融企业的系统设计缺陷、宕机故障，或遭黑客、病毒破坏，都可能造成资金损失。 应对：只通过官方App和官网办理，不点陌生链接；及时更新手机和电脑系统，开启支付密码和设备锁；定期导出并保存交易记录\n· 信息安全风险：网络安全技术和保护机制还不成熟、数据保护意识薄弱，可能导致信息泄露、身份识别出错和系统不稳定。 应对：只授权平台读取办理业务必需的数据；保管好U盾、密码和验证码，不交给他人；授权前看清隐私条款，知道数据给谁、用来做什么\n· 法律政策风险：互联网金融的相关法律还不完善：立法落后于创新，混业经营难以确定监管主体，也容易被用于洗钱等犯罪。 应对：只选择持有相应金融牌照的机构；签订书面合同并保存好；关注监管部门公布的政策和风险提示\n\n想知道如何核查一个平台是否合规，请回复“核查平台”。',
            '还需要知道去年的营业收入，才能按国家标准判断规模，例如：“年营业额150万”。不清楚可以回复“跳过”。',
          ],
          choices: ['微型企业', '小型企业', '中型企业', '跳过'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a durian importer asks the risks while its revenue is asked: money changers, prices, advance fees and the exchange rate first', async () => {
    await playHandoff(
      [
        {
          say: 'we import durian from laos and sell to supermarkets in kunming, 10 staff, need 500k for stock',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: wholesale; employees: 10; purpose: working capital; amount: 500,000 yuan; cross-border trade: yes.',
            'I still need last year\'s revenue to size your business by the national standard, e.g. "revenue 1.5 million yuan". Reply "skip" if you are not sure.',
          ],
          choices: ['Micro enterprise', 'Small enterprise', 'Medium-sized enterprise', 'Skip'],
        },
        {
          say: 'what are the risks',
          replies: [
            "In your case, watch out for:\n· Exchange money only through banks: private money changers (underground banking) are illegal, funds can be frozen and the parties prosecuted; with ASEAN partners, RMB cross-border settlement is the main route.\n· Farm produce and goods bought by the tonne (coffee, tea, rubber, fruit, herbs) can change price a lot within a season: if you borrow to buy stock, the loan is due whatever the price when you sell. Buy in stages, and know what repays the loan if prices drop.\n· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.\n· Cross-border payments move with exchange rates: agree the settlement currency and, where needed, fix the rate with your bank.\n\nInternet finance carries both the risks of traditional finance and new ones the Internet brings, eight in all:\n\nTraditional financial risks\n· Systemic risk: Risk to the financial system as a whole. Because Internet finance is digital, trouble spreads faster and is costlier and harder to repair. What you can do: do not rely on a single platform or channel for your funding; keep an eye on changes in financial regulation and adjust in time\n· Market risk: Changes in interest rates, exchange rates and prices make returns and costs uncertain; online finance reacts faster to the market, and the market is still immature. What you can do: ask whether a loan's rate is fixed or floating and plan repayments for the worst case; if you are paid in foreign currency, convert early or use your bank's hedging tools\n· Operational risk: Losses from human error, system weaknesses or flawed internal procedures, whether inside your firm, at a third party or in a customer's own mistakes. What you can do: have different people collect, pay and reconcile; train staff to use payment and online-banking tools correctly; check the platform's records against your bank account every day\n· Liquidity risk: Internet finance firms cannot borrow on the interbank market and fall outside the central bank's emergency support, so a rush of withdrawals can leave them unable to pay out. What you can do: keep a few months' operating cash in hand rather than investing all of it; match a loan's term to when the money will come back in\n· Credit risk: The credit system behind Internet finance is incomplete, online deals suffer from information gaps, and it is hard to tell true information from false; returns are higher than in traditional finance, but high returns are not reliable. What you can do: check the other party's business licence, financial licence and track record; be wary of returns well above what banks offer; work out the full annual cost of a loan, fees included, before you borrow\n\nRisks specific to the Internet\n· Technical risk: Design flaws, outages and breakdowns in a provider's systems, or attacks by hackers and viruses, can cause financial losses. What you can do: use only official apps and websites and never tap unknown links; keep phones and computers updated and turn on payment passwords and screen locks; export and keep your transaction records regularly\n· Information security risk: Immature security technology and weak awareness of data protection can lead to data leaks, identity errors and unstable systems. What you can do: let a platform read only the data the service truly needs; keep your USB key, passwords and verification codes to yourself; read the privacy terms before you agree: who gets your data, and for what\n· Legal and policy risk: The law on Internet finance is incomplete: legislation lags behind innovation, mixed businesses make it unclear who supervises them, and the sector is open to money laundering. What you can do: deal only with institutions that hold the right financial licence; sign written contracts and keep them; follow the regulators' announcements and risk warnings\n\nTo learn how to check whether a platform is compliant, reply \"check a platform\".",
            'I still need last year\'s revenue to size your business by the national standard, e.g. "revenue 1.5 million yuan". Reply "skip" if you are not sure.',
          ],
          choices: ['Micro enterprise', 'Small enterprise', 'Medium-sized enterprise', 'Skip'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
