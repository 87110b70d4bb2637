// The conversation's flow (round 11, dialog11): a language asked with something else in the same message
// ("summary please in English", "请用中文总结一下"): the switch, then the thing asked, in the new language;
// never the switch alone (tester11 §4c). An open question the owner keeps answering with other questions is
// put aside, said so, and the advice given (§7). A quote's share down is taken off the owner's price, and an offer
// of another sum is not worked over the owner's term (§1d). The language the owner asked for comes back with a
// short question in it (§6). The cost asked of a service named is the cost (§4b). Every reply checked whole, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a language asked with the summary: the switch, then the summary in it', () => {
  it('zh-CN conversation: "summary please in English"', async () => {
    await playHandoff(
      [
        { say: '你好' },
        {
          say: '我们在昆明开米线店 员工6个 年营业额80万',
          replies: [
            '好的，记下了：行业：餐饮业；员工：6人；年营业收入：80万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，餐饮业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: 'summary please in English',
          replies: [
            'Sure, I will continue in English.',
            'Case summary\nStage: collecting details\nBusiness: catering, micro enterprise, 6 employees, annual revenue: 800,000 yuan\nRecommended: none',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      AT,
    );
  });
  it('en conversation: 请用中文总结一下', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        {
          say: 'we run a noodle shop in Kunming, 6 staff, revenue 800k a year',
          replies: [
            'Got it — industry: catering; employees: 6; annual revenue: 800,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in catering with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: '请用中文总结一下',
          replies: [
            '好的，接下来我用中文和您交流。',
            '客户情况总结\n当前阶段：收集信息\n企业情况：餐饮业 · 微型企业 · 6人 · 年营业收入：80万元\n已推荐：暂无',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('the open question put aside when the owner keeps asking other things (tester11 §7)', () => {
  it('zh-CN: 哪里申请 then 要不要去银行 (the same question again): the term put aside, said so, and the advice', async () => {
    await playHandoff(
      [
        { say: '你好' },
        {
          say: '修车的',
          stage: 'collecting',
          replies: [
            '好的，记下了：行业：其他行业。',
            '为了按国家标准判断企业规模，请告诉我员工人数，例如：“员工12人”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
          ],
        },
        {
          say: '两个人 一年二十万左右',
          stage: 'collecting',
          replies: [
            '好的，记下了：员工：2人；年营业收入：20万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，其他行业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '想借5万周转',
          stage: 'collecting',
          replies: ['好的，记下了：用途：资金周转；金额：5万元。', '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。'],
        },
        {
          say: '哪里申请',
          stage: 'collecting',
          replies: [
            '小微企业借钱，可以去这些地方：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
        },
        {
          say: '要不要去银行',
          stage: 'advising',
          replies: [
            '去哪里申请，上面已经列过了，清单没有变：往上翻就能看到。想找人帮您对接，回复“人工”。',
            '这一项先放一放，不影响给您推荐；之后想补充，随时告诉我。',
            '根据您的情况（其他行业 · 微型企业 · 2人 · 年营业收入：20万元 · 资金周转 · 5万元），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 业务全流程电子化，申请和审批更快捷方便。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });
  it('en: "where do I apply" then "where can i apply for it": the same', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        {
          say: 'car repair shop, 2 people, revenue 200k a year',
          stage: 'collecting',
          replies: [
            'Got it — industry: other (none of those listed); employees: 2; annual revenue: 200,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in another industry with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'need 50k working capital',
          stage: 'collecting',
          replies: [
            'Got it — purpose: working capital; amount: 50,000 yuan.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
        {
          say: 'where do I apply',
          stage: 'collecting',
          replies: [
            "A small firm can borrow from these:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
        {
          say: 'where can i apply for it',
          stage: 'advising',
          replies: [
            'Where to apply is listed above, and the list has not changed: scroll up to it. For a person to help you, reply "agent".',
            "Let's leave that one for now; I can advise without it, and you can tell me any time later.",
            'For your business (an industry not listed, micro enterprise, 2 employees, annual revenue: 200,000 yuan, working capital, 50,000 yuan), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Everything is handled electronically, so applications and approvals are quick.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("a leasing quote with a share down and no price: the owner's sum is the price, less the share (tester11 §1d)", () => {
  it('zh-CN: 想借30万买台货车, then 首付三成 每月还6500 分36期: 21万 financed, said so', async () => {
    await playHandoff(
      [
        { say: '你好' },
        { say: '我们跑运输的 员工8个 年营收300万' },
        { say: '想借30万买台货车 三年' },
        {
          say: '车行说首付三成 每月还6500 分36期',
          replies: [
            '按您前面说的价格30万元、首付30%算，实际借的是21万元：\n这笔钱的真实年化成本约7.2%（按月利率×12），按复利算约7.4%，在民间借贷受法律保护的上限之内。\n算法：到手21万元，每月还6500元，共36期，合计还23.4万元 → 每月0.6%，×12 = 7.16%，复利 7.4%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
          ],
        },
      ],
      AT,
    );
  });
  it('en: "need 300k to buy a truck", then "30% down and 6,500 a month": the same', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        { say: 'we run a trucking firm, 8 staff, revenue 3 million' },
        { say: 'need 300k to buy a truck, 3 years' },
        {
          say: 'the dealer wants 30% down and 6,500 a month for 36 months',
          replies: [
            'Worked on the price of 300,000 yuan you mentioned less 30% down, so 210,000 yuan financed:\nThe true annual cost is about 7.2% (monthly rate x 12), 7.4% compounded: within the ceiling courts protect in private lending.\nThe arithmetic: you receive 210,000 yuan and repay 6,500 yuan a month for 36 months, 234,000 yuan in all → 0.6% a month, x 12 = 7.16%, compounded 7.4%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("an offer of another sum is not worked over the term of the owner's own need (tester11 §1d)", () => {
  it('zh-CN: 50万 for 3 months asked, then 200万 offered with no term: a year as the example, not 3 months', async () => {
    await playHandoff(
      [
        { say: '你好' },
        { say: '我们做茶叶批发的 员工8个 年营收300万' },
        { say: '想借50万周转 三个月' },
        {
          say: '有个平台给我们200万 月息1.5% 先扣5%手续费',
          replies: [
            '报价没说期限，下面按200万元、1年举例：\n按怎么计息不同，这笔钱的真实年化成本约28%到42.1%（按月利率×12），按复利算约31.9%到51.2%：按低的算，超过24%，是危险信号；按高的算，超过36%，超出了规则允许的范围。先别签，和银行的经营贷比一比。签之前问清楚：利息是按借款原额算，还是只按没还的本金算。\n· 如果按借款原额每月计息、按月还本（常见的“月息”算法）：到手190万元，每月还19.67万元，共12期，合计还236万元 → 每月3.5%，×12 = 42.05%，复利 51.18%。\n· 如果只按没还的本金计息：到手190万元，每月还18.34万元，共12期，合计还220.03万元 → 每月2.33%，×12 = 28%，复利 31.89%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
          ],
        },
      ],
      AT,
    );
  });
  it('en: 500k for 3 months asked, then 2m offered with no term: the same', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        { say: 'we are a tea wholesaler, 8 staff, revenue 3 million' },
        { say: 'need 500k working capital for 3 months' },
        {
          say: 'a platform offered us 2m at 1.5% per month, 5% fee deducted upfront',
          replies: [
            'The offer names no term, so this example uses 2,000,000 yuan over 1 year:\nDepending on how the interest is charged, the true annual cost is about 28% to 42.1% (monthly rate x 12), 31.9% to 51.2% compounded: at the lower figure it is above 24%, a red flag; at the higher, it is above 36%, outside what the rules allow. Do not sign yet; compare it with a bank business loan. Before you sign, ask whether interest is charged on the original sum or only on what is still owed.\n· If interest is charged on the full sum every month while you repay monthly (the usual "monthly rate"): you receive 1,900,000 yuan and repay 196,666.67 yuan a month for 12 months, 2,360,000 yuan in all → 3.5% a month, x 12 = 42.05%, compounded 51.18%.\n· If interest is charged only on what you still owe: you receive 1,900,000 yuan and repay 183,359.99 yuan a month for 12 months, 2,200,319.83 yuan in all → 2.33% a month, x 12 = 28%, compounded 31.89%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('the language the owner asked for is followed back by a short question in it (tester11 §6)', () => {
  it('zh-CN conversation: "English please", a Chinese message, then "what do I need to bring?": answered in English', async () => {
    await playHandoff(
      [
        { say: '你好' },
        { say: '我们做茶叶批发的 员工8个 年营收300万' },
        { say: 'English please' },
        { say: '想借50万周转 半年' },
        {
          say: 'what do I need to bring?',
          replies: [
            "An online bank's loan usually needs no paper: in its official app you verify the business licence and the legal representative's ID, authorise it to read your business, payment and tax data, and consent to a credit check. At a bank branch (a rural commercial bank or credit union, say), a business loan usually needs the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.",
          ],
        },
      ],
      AT,
    );
  });
  it('en conversation: 说中文吧, an English message, then 要准备哪些材料: answered in Chinese', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        { say: 'we are a tea wholesaler, 8 staff, revenue 3 million' },
        { say: '说中文吧' },
        { say: 'need 500k working capital for 6 months' },
        {
          say: '要准备哪些材料',
          replies: [
            '线上银行的贷款一般不用交纸质材料：在官方App里用营业执照和法定代表人身份证认证，授权读取经营、支付和纳税数据，并同意查询征信。到银行网点（农商行、信用社等）办经营贷的话，一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("the cost asked of a named service is answered as the cost, not the service's description (tester11 §4b)", () => {
  it('zh-CN: 网商贷年化是好多', async () => {
    await playHandoff(
      [
        { say: '你好' },
        { say: '我们做茶叶批发的 员工8个 年营收300万' },
        { say: '想借50万周转 半年' },
        {
          say: '网商贷年化是好多',
          replies: [
            '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。\n银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。\n\n把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：\n· 借款前算清年化综合成本，包括各种服务费\n· 借款时问清利率是固定还是浮动，按最坏情况测算还款\n· 核实对方的营业执照、金融牌照和经营记录\n\n想确认放贷方是否持牌合规，请回复“核查平台”。',
          ],
        },
      ],
      AT,
    );
  });
  it('en: "what is the interest rate of mybank"', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        { say: 'we are a tea wholesaler, 8 staff, revenue 3 million' },
        { say: 'need 500k working capital for 6 months' },
        {
          say: 'what is the interest rate of mybank',
          replies: [
            "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.\nBanks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.\n\nTell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:\n· Work out the full annual cost of a loan, fees included, before you borrow\n· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case\n· Check the other party's business licence, financial licence and track record\n\nTo check that a lender is licensed, reply \"check a platform\".",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('renewal asked for is explained, and every showing of the open question counts, side questions and other replies alike (tester11 §4a, §7)', () => {
  it('zh-CN: 格可以续贷 explained; the purpose shown three times, then put aside and the advice', async () => {
    await playHandoff(
      [
        { say: '你好' },
        { say: '我们开饭店的 员工8个 年营收300万' },
        { say: '想借50万' },
        {
          say: '格可以续贷',
          stage: 'collecting',
          replies: [
            '无还本续贷：贷款到期时不用先还本金，直接续上新的贷款，省得借高息钱过桥。2024年9月起对所有小微企业开放，向放贷的银行申请。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '用半年',
          stage: 'advising',
          replies: [
            '好的，记下了：期限：6个月。',
            '这一项先放一放，不影响给您推荐；之后想补充，随时告诉我。',
            '根据您的情况（餐饮业 · 微型企业 · 8人 · 年营业收入：300万元 · 50万元 · 6个月），您没说钱用在哪里，下面按一般经营用款推荐；告诉我用途，能推荐得更准：\n\n1. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）\n· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n下一步：网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n\n风险提示：\n· 申请时会授权平台读取您的经营和交易数据：看清授权范围，只给必需的数据，防止信息泄露。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });
  it('en: "can we renew the loan later?" explained; the same', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        { say: 'we run a restaurant, 8 staff, revenue 3 million' },
        { say: 'want to borrow 500k' },
        {
          say: 'can we renew the loan later?',
          stage: 'collecting',
          replies: [
            'Renewal without repaying first (无还本续贷): when a loan falls due, the bank rolls it into a new one without your repaying the principal first, so you need no costly bridge loan. Open to all small and micro firms since September 2024; ask the bank that lent to you.\nSource: current finance rules and facts (checked November 2026)',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'for 6 months',
          stage: 'advising',
          replies: [
            'Got it — term: 6 months.',
            "Let's leave that one for now; I can advise without it, and you can tell me any time later.",
            'For your business (catering, micro enterprise, 8 employees, annual revenue: 3,000,000 yuan, 500,000 yuan, 6 months): you did not say what the money is for, so these are for business funding in general; tell me the purpose and I can be more precise:\n\n1. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)\n· The lender knows your business closely and can tailor products to how you actually trade.\n· The platform has its own credit data, so your trading record can stand in for collateral.\nNext step: Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n\nRisks to watch:\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
