// Round 27 (lead): asked about risks once advised (万一三七价格跌了咋个办, "what if coffee prices drop?"), a firm that buys
// farm produce or goods by the tonne with its loan got the advice's cautions and the eight risks but no word on prices unless
// the sum borrowed was a fifth of a year's sales: the risks answer now names the price swings after the illegal routes
// (recommend.ts riskCautions). And "那每个月要还好多", "how much would that cost per month" right after a what-if on a sum
// was worked on the owner's sum: it is now worked on the what-if's (machine.ts onWhatIf, kept for the next message only).
// "Is that too much on top of what we owe?" (两笔加起来格会太多) was answered for the new sum alone, with advice on buying
// stock whatever the money bought: the loans held are now counted in, and the advice for equipment speaks of drawing the
// money as needed (answers.ts amountSize `stock`, render amountSizeText).
// "那咋个付才合法", "how do i pay them legally then" right after a private money changer was answered: the legal route across
// the border (currency-exchange), not the whole history of the rules (interpret.ts ILLEGAL_ROUTES; 咋个…才合法 the rules asked).
// A loan held, then whether it stops another ("we already have a 500k loan…, does that stop us getting another one?",
// 还有三万没还完 格有影响) was not understood, or shown the service named: now the `loan-held` answer.
// Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 27: the risks answer names the price swings for a firm borrowing to buy produce', () => {
  it('zh-CN: a sanqi grower borrowing a sixth of its sales to buy sanqi asks about a price fall', async () => {
    await playHandoff(
      [
        {
          say: '我们在文山种三七 八个人 一年卖六百万',
        },
        {
          say: '想借一百万收三七 借一年',
        },
        {
          say: '万一三七价格跌了咋个办',
          replies: [
            '您这个情况要注意：\n· 咖啡、茶叶、橡胶、水果、药材这类农产品和大宗货，一季之内价格就可能起落很大：借钱收货压库存，卖的时候不管价格高低，贷款都要照还。分批收货，先想好价格下跌时靠什么还款。\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n· 供应链融资依赖核心企业的信用：合作方经营出问题时会波及您，融资不要过度集中在一条链上。\n· 无论选哪种服务，办理前都先做功课：相关监管规定是否完善、平台是否合规持牌、是否上了行业黑名单或白名单。\n\n互联网金融既有传统金融的风险，也有互联网带来的新风险，共八类：\n\n传统金融风险\n· 系统性风险：整个金融体系层面的风险。互联网金融交易数字化，风险传播更快，治理成本更高、修复更难。 应对：资金来源不要押在一家平台或一种渠道上；关注金融监管政策的变化，及时调整\n· 市场风险：利率、汇率和商品价格的变化让收益或成本变得不确定；互联网金融对市场变化更敏感，市场也还不成熟。 应对：借款时问清利率是固定还是浮动，按最坏情况测算还款；有外币收付的，及早结汇或使用银行的汇率避险工具\n· 操作风险：由人员操作不当、系统漏洞或内部制度缺陷带来的损失，来源包括内部操作、第三方和客户自身的误操作。 应对：收款、付款和对账由不同的人负责；培训员工正确使用收款和网银工具；每天核对平台流水和银行到账\n· 流动性风险：互联网金融机构不能参与银行间拆借，也不在央行紧急救助范围内，投资者集中撤资时容易出现兑付困难。 应对：留足几个月的经营备用金，不把周转资金全部投出去；借款期限要与资金回笼的时间相匹配\n· 信用风险：互联网金融市场的信用体系还不完善，网上交易信息不对称，信息真假难辨；收益高于传统金融产品，但高收益并不可靠。 应对：核实对方的营业执照、金融牌照和经营记录；对明显高于银行的收益承诺保持警惕；借款前算清年化综合成本，包括各种服务费\n\n互联网特有风险\n· 技术风险：互联网金融企业的系统设计缺陷、宕机故障，或遭黑客、病毒破坏，都可能造成资金损失。 应对：只通过官方App和官网办理，不点陌生链接；及时更新手机和电脑系统，开启支付密码和设备锁；定期导出并保存交易记录\n· 信息安全风险：网络安全技术和保护机制还不成熟、数据保护意识薄弱，可能导致信息泄露、身份识别出错和系统不稳定。 应对：只授权平台读取办理业务必需的数据；保管好U盾、密码和验证码，不交给他人；授权前看清隐私条款，知道数据给谁、用来做什么\n· 法律政策风险：互联网金融的相关法律还不完善：立法落后于创新，混业经营难以确定监管主体，也容易被用于洗钱等犯罪。 应对：只选择持有相应金融牌照的机构；签订书面合同并保存好；关注监管部门公布的政策和风险提示\n\n想知道如何核查一个平台是否合规，请回复“核查平台”。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a coffee trader with Laos: the money changers first, then the prices', async () => {
    await playHandoff(
      [
        {
          say: 'we trade coffee beans from laos, 12 people, around 5 million a year',
        },
        {
          say: 'need 600k to buy beans for the season, 1 year',
        },
        {
          say: 'what if coffee prices drop?',
          replies: [
            "In your case, watch out for:\n· Exchange money only through banks: private money changers (underground banking) are illegal, funds can be frozen and the parties prosecuted; with ASEAN partners, RMB cross-border settlement is the main route.\n· Farm produce and goods bought by the tonne (coffee, tea, rubber, fruit, herbs) can change price a lot within a season: if you borrow to buy stock, the loan is due whatever the price when you sell. Buy in stages, and know what repays the loan if prices drop.\n· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.\n· Cross-border payments move with exchange rates: agree the settlement currency and, where needed, fix the rate with your bank.\n· Supply-chain finance rests on the core enterprise's credit: if your partner runs into trouble, so may you, so do not concentrate all your financing on one chain.\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n· Whatever you choose, do your homework first: is the product clearly regulated, is the platform licensed and compliant, and is it on the industry's black list or white list?\n\nInternet finance carries both the risks of traditional finance and new ones the Internet brings, eight in all:\n\nTraditional financial risks\n· Systemic risk: Risk to the financial system as a whole. Because Internet finance is digital, trouble spreads faster and is costlier and harder to repair. What you can do: do not rely on a single platform or channel for your funding; keep an eye on changes in financial regulation and adjust in time\n· Market risk: Changes in interest rates, exchange rates and prices make returns and costs uncertain; online finance reacts faster to the market, and the market is still immature. What you can do: ask whether a loan's rate is fixed or floating and plan repayments for the worst case; if you are paid in foreign currency, convert early or use your bank's hedging tools\n· Operational risk: Losses from human error, system weaknesses or flawed internal procedures, whether inside your firm, at a third party or in a customer's own mistakes. What you can do: have different people collect, pay and reconcile; train staff to use payment and online-banking tools correctly; check the platform's records against your bank account every day\n· Liquidity risk: Internet finance firms cannot borrow on the interbank market and fall outside the central bank's emergency support, so a rush of withdrawals can leave them unable to pay out. What you can do: keep a few months' operating cash in hand rather than investing all of it; match a loan's term to when the money will come back in\n· Credit risk: The credit system behind Internet finance is incomplete, online deals suffer from information gaps, and it is hard to tell true information from false; returns are higher than in traditional finance, but high returns are not reliable. What you can do: check the other party's business licence, financial licence and track record; be wary of returns well above what banks offer; work out the full annual cost of a loan, fees included, before you borrow\n\nRisks specific to the Internet\n· Technical risk: Design flaws, outages and breakdowns in a provider's systems, or attacks by hackers and viruses, can cause financial losses. What you can do: use only official apps and websites and never tap unknown links; keep phones and computers updated and turn on payment passwords and screen locks; export and keep your transaction records regularly\n· Information security risk: Immature security technology and weak awareness of data protection can lead to data leaks, identity errors and unstable systems. What you can do: let a platform read only the data the service truly needs; keep your USB key, passwords and verification codes to yourself; read the privacy terms before you agree: who gets your data, and for what\n· Legal and policy risk: The law on Internet finance is incomplete: legislation lags behind innovation, mixed businesses make it unclear who supervises them, and the sector is open to money laundering. What you can do: deal only with institutions that hold the right financial licence; sign written contracts and keep them; follow the regulators' announcements and risk warnings\n\nTo learn how to check whether a platform is compliant, reply \"check a platform\".",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("round 27: the monthly asked right after a what-if is worked on the what-if's figures", () => {
  it("zh-CN: 要是借五十万呢 then 那每个月要还好多: 50万 over the held term; asked again, the owner's own", async () => {
    await playHandoff(
      [
        {
          say: '我们在大理开客栈 六个人 一年一百二十万',
        },
        {
          say: '想借三十万装修 借两年',
        },
        {
          say: '要是借五十万呢',
          replies: [
            '如果借50万元、24个月等额还款，按一年期LPR 3.0%（这是2026年3月的数字，请查最新）算，每月约还2.15万元（按您说的30万元、24个月算，每月约1.29万元）；银行会在LPR上加点，实际月供会高一些。\n这是个假设的问题，我没有改动您说过的金额和期限。一般来说，借得越久，每月还得越少，但利息总额越多；借得越多，月供和利息都越多。想按新的金额或期限看推荐，请直接说，例如“期限改成3年”或“金额改成30万”。',
            '还有什么想了解的？回复编号查看服务详情，或选择下面的操作：',
          ],
          choices: ['信息化金融机构（网上银行、保险、证券）', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
        {
          say: '那每个月要还好多',
          replies: [
            '按您说的50万元、24个月等额还款，按一年期LPR 3.0%（这是2026年3月的数字，请查最新）算，每月约还2.15万元；银行会在LPR上加点，实际月供会高一些。\n各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。\n银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。\n按您说的情况，还可能用上贴息：\n· 服务业经营贷贴息：餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息财政贴息1个百分点（2026年1月的国家政策；之后是否延续，问银行），经银行办理。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。\n\n把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：\n· 借款前算清年化综合成本，包括各种服务费\n· 借款时问清利率是固定还是浮动，按最坏情况测算还款\n· 核实对方的营业执照、金融牌照和经营记录\n\n想确认放贷方是否持牌合规，请回复“核查平台”。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
        {
          say: '每个月还好多',
          replies: [
            '按您说的30万元、24个月等额还款，按一年期LPR 3.0%（这是2026年3月的数字，请查最新）算，每月约还1.29万元；银行会在LPR上加点，实际月供会高一些。\n各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。\n银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。\n按您说的情况，还可能用上贴息：\n· 服务业经营贷贴息：餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息财政贴息1个百分点（2026年1月的国家政策；之后是否延续，问银行），经银行办理。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。\n\n把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：\n· 借款前算清年化综合成本，包括各种服务费\n· 借款时问清利率是固定还是浮动，按最坏情况测算还款\n· 核实对方的营业执照、金融牌照和经营记录\n\n想确认放贷方是否持牌合规，请回复“核查平台”。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: what if we borrowed 500k instead, then how much would that cost per month', async () => {
    await playHandoff(
      [
        {
          say: 'We run a guesthouse in Dali, 6 staff, about 1.2m a year in revenue',
        },
        {
          say: 'Need 300k to renovate rooms over 2 years',
        },
        {
          say: 'what if we borrowed 500k instead',
          replies: [
            'Borrowing 500,000 yuan over 24 months in equal monthly instalments, at the one-year LPR of 3.0% (the figure as of March 2026; check the latest), you would repay about 21,491 yuan a month (on the 300,000 yuan over 24 months you gave: about 12,894 yuan); banks add a margin to the LPR, so the real payment is higher.\nThat is a what-if, so I have kept the sum and term you gave me. As a rule, a longer term means a smaller monthly payment but more interest in all, and a larger sum more of both. To see the advice for a new sum or term, say so, for example "change the term to 3 years" or "make it 300k".',
            'Anything else? Reply with a number to see a service in detail, or choose one of these:',
          ],
          choices: ['Online banks, insurers and brokers', 'Risks', 'Check a platform', 'Summary', 'Agent', 'Restart'],
        },
        {
          say: 'how much would that cost per month',
          replies: [
            "On the 500,000 yuan over 24 months you gave, in equal monthly instalments at the one-year LPR of 3.0% (the figure as of March 2026; check the latest), you would repay about 21,491 yuan a month; banks add a margin to the LPR, so the real payment is higher.\nI quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.\nBanks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.\nFor your case, an interest subsidy may also apply:\n· The interest subsidy on service firms' operating loans: restaurants, inns and tourism get 1 percentage point off their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.\n\nTell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:\n· Work out the full annual cost of a loan, fees included, before you borrow\n· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case\n· Check the other party's business licence, financial licence and track record\n\nTo check that a lender is licensed, reply \"check a platform\".",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('round 27: is it too much with the loans held: counted in, the advice for what the money buys', () => {
  it('zh-CN: a car repair shop with a loan at the rural bank buys a wheel aligner and a lift', async () => {
    await playHandoff(
      [
        {
          say: '我在曲靖开了个汽修厂 七八个师傅 一年营业额一百五十万左右',
        },
        {
          say: '去年在农商行贷了二十万还没还完 现在想再借三十万买个四轮定位仪和举升机',
        },
        {
          say: '借两年',
        },
        {
          say: '两笔加起来格会太多',
          replies: [
            '不算多：30万元约是您一年营业收入（150万元）的20%。\n借2年，这段时间您大约有300万元的营业收入；还款要从这段时间的利润和回款里出，不是从营业额里出。\n有订单或合同对应的话，这个数是合适的；用多少提多少，分批用款。\n手上还有没还完的贷款的话要一起算：新旧贷款每个月的还款加起来，都要靠每个月的进账还得上。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a trucking firm still owing on two trucks wants two more', async () => {
    await playHandoff(
      [
        {
          say: 'hi, we run a small trucking company in kunming, 14 drivers, revenue about 6 million last year',
        },
        {
          say: 'we still owe about 800k on two trucks, repaying monthly. want another 500k for two more trucks, 3 years',
        },
        {
          say: 'is that too much on top of what we owe?',
          replies: [
            'Not too much: 500,000 yuan is about 8% of your revenue for a year (6,000,000 yuan).\nOver 3 years you take in about 18,000,000 yuan; the repayment comes out of the profit and the cash collected in that time, not the sales.\nIf it is backed by orders or contracts, the sum is reasonable; draw the money as you need it.\nIf you are still repaying other loans, count them in: the new repayments and the old ones together have to come out of what you take in each month.',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('round 27: the legal way asked right after a private money changer is the route across the border', () => {
  it('zh-CN: a Hekou cross-border shop paying through a 老乡 who changes money', async () => {
    await playHandoff(
      [
        {
          say: '我们在河口做跨境电商 卖越南的咖啡和腰果 五个人 一年流水三百来万',
        },
        {
          say: '越南那边的货款 我们一般都是找换钱的老乡换越南盾付',
        },
        {
          say: '那咋个付才合法',
          replies: [
            '换汇和跨境收付款请走银行，不要找私人换钱。和越南、老挝、缅甸等东盟伙伴做生意，人民币跨境结算是云南的主渠道（老挝2023年起有人民币清算行）。\n可以这样做：\n· 到开户银行办理人民币跨境结算或外汇收付，问清能否锁定汇率；也可以用持牌支付机构的跨境收付服务。',
            '好的，记下了：用途：跨境收付款。',
            '根据您的情况（零售业 · 微型企业 · 5人 · 年营业收入：300万元 · 做跨境贸易 · 在电商平台销售 · 跨境收付款），推荐以下互联网金融服务：\n\n1. 第三方支付\n· 您在网上销售，它能直接接入您的网店收款。\n· 您做跨境生意，持牌支付机构的跨境收付服务能帮您收取境外货款。\n下一步：只通过持有人民银行支付牌照、开展跨境收付业务的支付机构收款，钱进对公账户；大额货款走银行的人民币跨境结算。\n\n风险提示：\n· 换汇只走银行：找私人换汇、地下钱庄是违法的，资金可能被冻结，当事人会被追究；和东盟做生意，人民币跨境结算是主渠道。\n· 跨境收付会受汇率波动影响：约定好结算币种，必要时通过银行锁定汇率。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：您做跨境生意，银行的网上跨境结算正规、安全，结汇也方便。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['第三方支付', '信息化金融机构（网上银行、保险、证券）', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a Mengla rubber trader paying through a money guy', async () => {
    await playHandoff(
      [
        {
          say: 'we trade rubber with myanmar from mengla, 9 staff, about 4m a year',
        },
        {
          say: 'we usually pay the suppliers through a money guy in the market',
        },
        {
          say: 'how do i pay them legally then',
          replies: [
            'Exchange and settle through a bank, never through private money changers. With partners in Vietnam, Laos, Myanmar and the rest of ASEAN, settling in RMB is the main route in Yunnan (Laos has had an RMB clearing bank since 2023).\nWhat you can do:\n· Settle through your bank in RMB across the border or in foreign currency, and ask whether you can fix the exchange rate; licensed payment institutions also offer cross-border collection.',
            'Got it — purpose: cross-border payments.',
            'For your business (wholesale, micro enterprise, 9 employees, annual revenue: 4,000,000 yuan, cross-border trade: yes, cross-border payments), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Cross-border payments go through banks: your own bank settles large trade payments too.\n· You trade across the border, and banks\' online cross-border settlement is regulated, safe and makes currency conversion easy.\nNext step: Settle through your bank in RMB across the border or in foreign currency, and ask whether you can fix the exchange rate; licensed payment institutions also offer cross-border collection.\n\nRisks to watch:\n· Exchange money only through banks: private money changers (underground banking) are illegal, funds can be frozen and the parties prosecuted; with ASEAN partners, RMB cross-border settlement is the main route.\n· Cross-border payments move with exchange rates: agree the settlement currency and, where needed, fix the rate with your bank.\n\nOther options:\n2. Third-party payment — You trade across the border, and licensed providers\' cross-border services can collect your payments from abroad.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: [
            'Online banks, insurers and brokers',
            'Third-party payment',
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
});

describe('round 27: a loan held, asked whether it stops another', () => {
  it('en: a durian importer with a loan at the credit coop', async () => {
    await playHandoff(
      [
        {
          say: 'we import durians from thailand thru mohan, 8 staff, around 7m turnover',
        },
        {
          say: 'need 1m for stock before the season, 6 months',
        },
        {
          say: 'we already have a 500k loan with the rural credit coop, does that stop us getting another one?',
          replies: [
            'A loan you are repaying on time does not stop you borrowing again. The new lender will see it on your credit report and count its repayments in what you can afford, so name it when you apply; what shuts the door is a repayment overdue. Before you borrow, add the two monthly repayments together and check they fit what comes in each month.\nSource: current finance rules and facts (checked November 2026)',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: an inn in Xishuangbanna still repaying an online bank loan', async () => {
    await playHandoff(
      [
        {
          say: '我们在西双版纳开民宿 十二间房 员工六个 一年流水一百五十万左右',
        },
        {
          say: '想借四十万把房间重新装一下 借三年',
        },
        {
          say: '之前在网商贷借过十万 还有三万没还完 格有影响',
          replies: [
            '正在按时还的贷款，不妨碍再申请一笔。新的放款方会在征信报告上看到它，把它的月供算进您的还款能力里，所以申请时如实说明；真正让人贷不到的是逾期。借之前把新旧两笔的月供加起来，看每个月的进账还不还得上。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
