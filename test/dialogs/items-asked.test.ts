// Questions asked of the items of the advice by their places (round 61, corpus convention 716): whether one is done in person or on
// the phone (第二个 要不要本人去, "the second one, do we have to go in person?") gets that item's ways to apply, not "did not understand";
// two weighed (第一个跟第二个哪个好, "which is better, the first or the second") get the two compared for this firm, not the advice again;
// the cost of one (头一个的利息高不高, "the first one, is the interest high?") gets its cost on the owner's figures, not its card again.

import { describe, expect, it } from 'vitest';
import { lastTurn, AFTER_ANSWER as AFTER } from './last-turn';
import { EN_CEILING, EN_OFFER, ZH_CEILING, ZH_OFFER } from './costing-shared';

// A noodle shop's working capital: the bank's operating loan first, big-data finance (the online banks) second.
describe('in person or on the phone, asked of an item of the advice', () => {
  it('in Chinese: the second item’s ways to apply', async () => {
    expect(await lastTurn('zh-CN', ['开了家米线店，3个员工，年营业额60万，想借5万周转半年', '第二个 要不要本人去'])).toEqual([
      {
        text: [
          '办理方式（大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行））：',
          '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
          '· 一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。',
          '· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
          '· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });

  it('in English: the second item’s ways to apply', async () => {
    expect(
      await lastTurn('en', [
        'We run a noodle shop, 3 staff, revenue 600k a year, need 50k working capital for 6 months',
        'the second one, do we have to go in person?',
      ]),
    ).toEqual([
      {
        text: [
          'How to apply (Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)):',
          '· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.',
          "· Usually bring: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.",
          '· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.',
          "· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});

describe('two items of the advice weighed by their places', () => {
  it('in English: the two compared for this firm, the better one first, with the prices to compare', async () => {
    expect(
      await lastTurn('en', [
        'We run a noodle shop, 3 staff, revenue 600k a year, need 50k working capital for 6 months',
        'which is better, the first or the second',
      ]),
    ).toEqual([
      {
        text: [
          'Of the two you asked about, Online banks, insurers and brokers suits you better:',
          '· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point subsidy on their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.',
          '· Licensed and closely supervised: the safest choice.',
          '· Big-data finance is also worth considering: number 2 in the recommendations.',
          'What you can do:',
          '· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.',
          "· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
        ].join('\n'),
        choices: [],
      },
      {
        text: [
          "To compare prices, compare the annual rate each lender must show, all fees included: a bank's business loan is priced at the one-year LPR plus a margin (LPR 3.0%, the figure as of March 2026; it is published on the 20th of each month, check the latest). Leasing and micro-loan companies must also show their all-in annual cost: set the two annual figures side by side to see which is cheaper.",
          'Source: current finance rules and facts (checked November 2026)',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });

  it('in Chinese: the same two compared', async () => {
    expect(await lastTurn('zh-CN', ['开了家米线店，3个员工，年营业额60万，想借5万周转半年', '第一个跟第二个哪个好'])).toEqual([
      {
        text: [
          '您问的两种里，信息化金融机构（网上银行、保险、证券）更适合您：',
          '· 餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息有1个百分点的财政贴息（2026年1月的国家政策；之后是否延续，问银行），经银行办理。',
          '· 持牌经营、监管严格，是最稳妥的选择。',
          '· 大数据金融也可以考虑，在推荐里排第2。',
          '可以这样做：',
          '· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
          '· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
        ].join('\n'),
        choices: [],
      },
      {
        text: [
          '比价钱，要比各家必须标明的年化利率（含全部费用）：银行的经营贷按一年期LPR加点定价（LPR 3.0%，这是2026年3月的数字，每月20日公布，请查最新）；融资租赁、小额贷款公司等持牌机构也必须标明年化成本，把两边的年化数字放在一起比，就知道哪个划算。',
          '出处：最新金融规则与事实（2026年11月核对）',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});

describe('the cost of an item of the advice asked by its place', () => {
  // The first item is the bank's operating loan: its cost worked on the owner's own sum and term, not its card again.
  it("in Chinese: 头一个的利息高不高 gets the loan's cost on the owner's figures", async () => {
    expect(
      await lastTurn('zh-CN', [
        '我们在蒙自开了个过桥米线馆 员工八个 一年营业额一百二十万左右 想借二十万装修一下 借两年',
        '头一个的利息高不高',
      ]),
    ).toEqual([
      {
        text: [
          '按您说的20万元、24个月等额还款，按一年期LPR 3.0%（这是2026年3月的数字，请查最新）估算，利息一共约6304元，每月约还8596元；银行会在LPR上加点，实际利息会高一些。',
          '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。',
          '银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。',
          '按您说的情况，还可能用上贴息：',
          '· 服务业经营贷贴息：餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息财政贴息1个百分点（2026年1月的国家政策；之后是否延续，问银行），经银行办理。',
          ZH_CEILING,
          '',
          ...ZH_OFFER,
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });

  it('in English: "the first one, is the interest high?" gets the same', async () => {
    expect(
      await lastTurn('en', [
        'We run a noodle shop, 3 staff, revenue 600k a year, need 50k working capital for 6 months',
        'the first one, is the interest high?',
      ]),
    ).toEqual([
      {
        text: [
          'On the 50,000 yuan over 6 months you gave, in equal monthly instalments at the one-year LPR of 3.0% (the figure as of March 2026; check the latest), the interest would come to about 436 yuan in all, about 8,406 yuan a month; banks add a margin to the LPR, so the real interest is higher.',
          "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.",
          "Banks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.",
          'For your case, an interest subsidy may also apply:',
          "· The interest subsidy on service firms' operating loans: restaurants, inns and tourism get 1 percentage point off their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.",
          EN_CEILING,
          '',
          ...EN_OFFER,
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});

describe('the cost of a lease listed first, asked by its place', () => {
  // A mushroom dryer buying two dryers: leasing is the advice's first pick; its cost is told as a lease's (total rent, annual cost),
  // beside the banks' pricing it is weighed against, with no bank-loan estimate on it.
  it('in Chinese: 头一个要好多利息', async () => {
    expect(
      await lastTurn('zh-CN', [
        '我家在南华做野生菌烘干加工的 厂里二十几个人 去年卖了一千二百多万 想买两台烘干机 大概要八十万 分三年还',
        '头一个要好多利息',
      ]),
    ).toEqual([
      {
        text: [
          '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。',
          '融资租赁的成本看租金总额：把每期租金、首付或保证金、手续费都加起来，折成年化成本；租赁公司必须标明年化成本，拿它和银行经营贷的年化利率比。',
          '银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。',
          ZH_CEILING,
          '',
          ...ZH_OFFER,
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });

  it('in English: "the first one, how much is the interest"', async () => {
    expect(
      await lastTurn('en', [
        'we dry wild mushrooms in nanhua, 25 staff, sold 12m last year, want to buy two dryers, about 800k, pay back over 3 years',
        'the first one, how much is the interest',
      ]),
    ).toEqual([
      {
        text: [
          "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.",
          "A lease costs its total rent: add up every instalment, the down payment or deposit and any fees, and turn them into an annual cost; leasing companies must show that annual cost, so set it beside a bank loan's annual rate.",
          "Banks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.",
          EN_CEILING,
          '',
          ...EN_OFFER,
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});
