// Answers that fit the question and the firm (answers12, tester11 c11, c03, c05, c08, c09, c14, c15):
// a block already shown is referred to; a term asked sets nothing; a service weighed against a bank loan;
// who regulates leasing; a bank's rate and the private-lending cap; early payout from a platform.
// Played through the real engine; the replies checked whole, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('where to apply asked a second time (tester11 c11): the list already shown is referred to, not repeated', () => {
  it('zh-CN: 去哪里办 then 到哪点申请 gets the list once, then a reference to it', async () => {
    await playHandoff(
      [
        { say: '开小卖部的 三个人 一年三十万' },
        {
          say: '去哪里办',
          replies: [
            '小微企业借钱，可以去这些地方：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '到哪点申请',
          replies: [
            '去哪里申请，上面已经列过了，清单没有变：往上翻就能看到。想找人帮您对接，回复“人工”。',
            '这一项先放一放，不影响给您推荐；之后想补充，随时告诉我。',
            '大概需要多少资金？例如“50万”“200万”。不需要借钱或不确定，可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "where can we apply" then "where do I apply again" gets the list once, then a reference to it', async () => {
    await playHandoff(
      [
        { say: 'we run a corner shop, 3 people, revenue 300k' },
        {
          say: 'where can we apply',
          replies: [
            "A small firm can borrow from these:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'where do I apply again',
          replies: [
            'Where to apply is listed above, and the list has not changed: scroll up to it. For a person to help you, reply "agent".',
            "Let's leave that one for now; I can advise without it, and you can tell me any time later.",
            'About how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you need none or are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('a word asked about with the platform where it was seen (tester11 c03): the meaning, no online sales set', () => {
  it('zh-CN: 抖音上有个供应链金融是哪样意思 explains the word and notes nothing', async () => {
    await playHandoff(
      [
        { say: '开小卖部的 三个人 一年三十万' },
        {
          say: '抖音上有个供应链金融是哪样意思',
          replies: [
            '供应链金融：银行凭您和大企业买家之间真实的订单、应收账款放贷，不必另找抵押。给大企业供货的，可以通过人民银行征信中心的应收账款融资服务平台，请买家确认后向银行融资。\n想了解怎么办理，回复“供应链（产业链）金融”。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "what does supply chain finance mean on douyin" explains the word and notes nothing', async () => {
    await playHandoff(
      [
        { say: 'we run a corner shop, 3 people, revenue 300k' },
        {
          say: 'what does supply chain finance mean on douyin',
          replies: [
            'Supply-chain finance: a bank lends on your real orders and receivables with a large buyer, with no other collateral. A supplier of large buyers can use the PBOC credit bureau\'s accounts-receivable financing platform: once the buyer confirms, a bank lends on them.\nTo see how to apply, reply "Supply-chain finance".\nSource: current finance rules and facts (checked November 2026)',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('who regulates a named service (tester11 c15): its regulator and rules with their source, not the whole history', () => {
  it('en: "who regulates financial leasing companies now" names the NFRA and the 2024 measures', async () => {
    await playHandoff(
      [
        { say: 'we run a travel agency with tour buses in kunming, 300 staff, revenue 210 million' },
        {
          say: 'who regulates financial leasing companies now',
          replies: [
            'Financial leasing: who regulates it\n· Banks, financial leasing companies and online microloans are now supervised by the NFRA and other regulators: revised measures for leasing companies in force since 1 November 2024, and 2024 rules for online microloans; licences can be checked on the NFRA\'s website.\nSource: current finance rules and facts (checked November 2026)\nFor all the key points of regulation for small firms, reply "regulation".',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('zh-CN: 融资租赁公司归哪个管 gets the same in Chinese', async () => {
    await playHandoff(
      [
        { say: '昆明做旅游客运的 员工三百人 营收两个亿' },
        {
          say: '融资租赁公司归哪个管',
          replies: [
            '融资租赁的监管：\n· 银行、融资租赁公司和网络小贷现由国家金融监督管理总局等部门监管：修订后的融资租赁公司管理办法2024年11月1日起施行，网络小额贷款也有2024年的新规则；牌照可在金融监管总局网站查询。\n出处：最新金融规则与事实（2026年11月核对）\n想看与小微企业相关的全部监管要点，回复“监管”。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});

describe('a service or an offer weighed against a bank loan (tester11 c05, c09): how a bank prices, dated, with its source', () => {
  it('zh-CN: 融资租赁跟银行贷款比哪个划算 gets the fit and how to compare the price', async () => {
    await playHandoff(
      [
        { say: '玉溪跑货运的 二十四个人 年营收1500万' },
        {
          say: '融资租赁跟银行贷款比哪个划算',
          replies: [
            '还差一点情况：回答完下面的问题，我就能说哪一种最适合您。',
            '比价钱，要比各家必须标明的年化利率（含全部费用）：银行的经营贷按一年期LPR加点定价（LPR 3.0%，这是2026年3月的数字，每月20日公布，请查最新）；融资租赁、小额贷款公司等持牌机构也必须标明年化成本，把两边的年化数字放在一起比，就知道哪个划算。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "which is cheaper, that or a bank loan?" after an offer was costed sets the offer against the bank price', async () => {
    await playHandoff(
      [
        { say: 'we make rice noodles in mengzi, 40 workers, revenue 12 million' },
        { say: 'a lender offered 1m at 2% per month for 12 months, what is the real annual cost?' },
        {
          say: 'which is cheaper, that or a bank loan?',
          // The cheaper asked (the cost asked with which-is-best, round 20): where the lowest price usually is, and the
          // offer against it, come first.
          replies: [
            "The cheapest is usually a bank's business loan: banks price it at the one-year LPR plus a margin (LPR 3.0%, the figure as of March 2026; it is published on the 20th of each month, check the latest). Online lenders, micro-loan and leasing companies usually cost more. Every lender must show its annual rate with all fees included: ask two or three for theirs and set them side by side.\nThe offer you costed comes to about 24% to 41.7% a year, more than 8 times the LPR: far above a bank's LPR-plus-margin price. Ask your own bank for a business loan first.\nSource: current finance rules and facts (checked November 2026)",
            'A little more first: answer the question below and I can say which fits you best.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("a bank's offer above 4 x the LPR (tester11 c08): the private-lending ceiling named for what it covers, not as if unlawful", () => {
  it('zh-CN: 网商贷日息万分之四 is set against bank loans, the ceiling said to cover private lending', async () => {
    await playHandoff(
      [
        { say: '昆明开米线店 十一个人 一年营业额一百五十万' },
        {
          say: '网商贷给我提额 日息万分之四 一年好多',
          replies: [
            '这笔钱的真实年化成本约14.6%（按日利率×365），按复利算约15.7%，低于24%。它高于4倍LPR，但那条上限管的是个人和企业之间的民间借贷，银行和持牌机构不受它约束；签之前先和开户银行的经营贷比一比，银行的经营贷按LPR加点定价。\n算法：日息0.04% ×365 = 14.6%，复利 15.72%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "mybank offered me 0.04% daily" gets the same in English', async () => {
    await playHandoff(
      [
        { say: 'we run two noodle shops in kunming, 11 staff, revenue 1.5 million' },
        {
          say: 'mybank offered me 0.04% daily, how much is that a year',
          replies: [
            "The true annual cost is about 14.6% (daily rate x 365), 15.7% compounded, under 24%. It is above 4 x the LPR, but that ceiling covers private lending between persons and firms; banks and licensed lenders are outside it. Compare it with your own bank's business loan before you sign: a bank business loan is priced at the LPR plus a margin.\nThe arithmetic: 0.04% a day x 365 = 14.6%, compounded 15.72%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('a service the sum is outside (tester11 c16, 5a): listed last with why, not with an advantage', () => {
  it('zh-CN: 500万 for a workshop lists the online banks last, with their usual ceiling', async () => {
    await playHandoff(
      [
        { say: '腾冲做玉石雕刻的 工人25个 去年营业额950万' },
        {
          say: '想借500万周转 一年',
          replies: [
            '好的，记下了：用途：资金周转；金额：500万元；期限：1年。',
            '根据您的情况（工业 · 小型企业 · 25人 · 年营业收入：950万元 · 资金周转 · 500万元 · 1年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 业务全流程电子化，申请和审批更快捷方便。\n下一步：到开户银行网点找对公客户经理，当面谈流动资金贷款或项目贷款：这个规模的贷款要看财务报表、合同和抵押担保，不在手机App里申请。\n\n风险提示：\n· 借的钱相当于半年以上的营业额，拿去压货就是在押价格：价格一跌，货卖不上价，贷款却要照还。分批进货，先想好价格下跌时靠什么还款。\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n\n其他选择：\n2. 供应链（产业链）金融：以真实的订单和应收账款作依据，不必另找抵押。\n3. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：它做的是比您需要的500万元更小的贷款。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      {
        ...AT,
        locale: 'zh-CN',
      },
    );
  });
  it('en: 5 million for a workshop lists the online banks last, with their usual ceiling', async () => {
    await playHandoff(
      [
        { say: 'jade carving workshop in tengchong, 25 workers, turnover 9.5m' },
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
});

describe("a platform's takings wanted early (tester11 c14, c29): the platform's own service and the online banks, with caution", () => {
  it('zh-CN: 抖音的货款格能早点结算 gets both routes, the fee read as interest, and the fraud warning; asked for the purpose, working capital is noted', async () => {
    await playHandoff(
      [
        { say: '网店卖鲜花饼 两个人 一年四十万' },
        {
          say: '抖音的货款格能早点结算',
          replies: [
            '平台压着的钱（网店的货款、旅游平台的房费和团款），可以这样提前拿：一是平台自己的提前回款（提前结算）服务，在商家后台看有没有、怎么开通；它收的手续费就是这笔钱的利息，开通前把手续费换算成年化成本再决定。二是凭您在平台上的销售和收款记录，向线上银行申请给线上商户的经营贷（大数据金融，如网商银行、微众银行），借了用、回款后还。两条路都比一比年化成本，超过24%要警惕；任何要您先交钱才能“提前到账”的都是诈骗。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n出处：最新金融规则与事实（2026年11月核对）',
            // Asked while the purpose is asked (round 31): the platform's takings held are running money, noted so.
            '好的，记下了：用途：资金周转。',
            '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "pinduoduo holds my money for 2 weeks, can i get paid sooner" gets the same in English', async () => {
    await playHandoff(
      [
        { say: 'i sell flower cakes online, 2 people, revenue 400k' },
        {
          say: 'pinduoduo holds my money for 2 weeks, can i get paid sooner',
          replies: [
            "To get the money a platform holds early (an online shop's takings, a travel platform's room or tour payments), there are two routes. First, the platform's own early-settlement service: look in your merchant back office for it and how to turn it on; its fee is the interest on that money, so work the fee out as an annual rate before you use it. Second, a business loan for online merchants from the online banks (big-data finance, such as MYbank or WeBank), decided on your sales and payment records on the platform: borrow now, repay when the platform pays out. Compare the annual cost of both; above 24% is a red flag, and anyone who asks you to pay first to 'release' your money early is a fraudster.\nWhat you can do:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\nSource: current finance rules and facts (checked November 2026)",
            'Got it — purpose: working capital.',
            'For working capital, about how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
