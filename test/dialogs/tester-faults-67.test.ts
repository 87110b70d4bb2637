// A tester's and two judges' conversations (round 67, corpus convention 726), read whole: an offer's price put right had been "not
// understood" and the offer not costed again; 十万八万 had been read as 10亿.

import { describe, expect, it } from 'vitest';
import { ADVICE_COMMANDS, AFTER_ANSWER, lastTurn, PURPOSE_MENU } from './last-turn';

const ASK_TERM_ZH = { text: '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。', choices: ['skip'] };
const ASK_TERM_EN = {
  text: 'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
  choices: ['skip'],
};

describe("an offer's price put right", () => {
  it("zh-CN: 报价是58万 不是68 after a lessor's 20% down: the offer costed on 46.4万, the need's amount with it", async () => {
    const replies = await lastTurn('zh-CN', [
      '建水做石雕的 十二个师傅 一年六百来万',
      '想买台数控雕刻机 报价六十八万 融资租凭公司说首付20% 月供1.6万 36期',
      '刚才说错了 报价是58万 不是68',
    ]);
    expect(replies).toEqual([
      {
        text:
          '按上面那笔报价的条件，借46.4万元、3年算：\n' +
          '这笔钱的真实年化成本约14.6%（按月利率×12），按复利算约15.7%，低于24%。它高于4倍LPR，但那条上限管的是个人和企业之间的民间借贷，银行和持牌机构不受它约束；签之前先和开户银行的经营贷比一比，银行的经营贷按LPR加点定价。\n' +
          '算法：到手46.4万元，每月还1.6万元，共36期，合计还57.6万元 → 每月1.22%，×12 = 14.63%，复利 15.65%。\n' +
          '对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
        choices: [],
      },
      { text: '好的，已更新：金额：46.4万元。', choices: [] },
      ASK_TERM_ZH,
    ]);
  });

  it("en: 'sorry the price is 580k not 680k' after a dealer's 30% down: costed on 406,000 yuan", async () => {
    const replies = await lastTurn('en', [
      'we run a winery in Mile, 10 staff, 2.8m a year',
      'want a bottling line, dealer quoted 680k, 30% down, rest over 36 months at 16k a month',
      'sorry the price is 580k not 680k',
    ]);
    expect(replies).toEqual([
      {
        text: 'On the same terms as the offer above, for 406,000 yuan over 3 years:\nThe true annual cost is about 24.3% (monthly rate x 12), 27.2% compounded: above 24%, a red flag. Do not sign yet; compare it with a bank business loan.\nThe arithmetic: you receive 406,000 yuan and repay 16,000 yuan a month for 36 months, 576,000 yuan in all → 2.03% a month, x 12 = 24.33%, compounded 27.24%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
        choices: [],
      },
      { text: 'Updated — amount: 406,000 yuan.', choices: [] },
      ASK_TERM_EN,
    ]);
  });
});

describe('sums said side by side', () => {
  it('zh-CN: 十万八万 is about 9万, not 10亿', async () => {
    const replies = await lastTurn('zh-CN', [
      '我在大理古城开民宿 8个房间 请了两个阿姨 一年三十来万',
      '淡季想借点钱周转',
      '要个十万八万的样子',
    ]);
    expect(replies).toEqual([{ text: '好的，记下了：金额：9万元。', choices: [] }, ASK_TERM_ZH]);
  });
});

describe('what now after a refusal, and what to do next', () => {
  it('zh-CN: 银行不批咋个整 after the advice: the reason asked first, a route for each, the credit platform, the source', async () => {
    const replies = await lastTurn('zh-CN', ['我们在斗南做鲜花批发 5个人 一年走货三百来万 想借五十万周转 半年', '银行不批咋个整']);
    expect(replies).toEqual([
      {
        text: '被拒了先别急，也别去找能“包装”的中介：先问清银行拒绝的原因，再按原因换路子。\n· 征信有问题：个人征信报告每年可以免费查两次，有错的申请更正，逾期还清后保持按时还款。\n· 没有抵押或担保：问当地的政府性融资担保机构，按2026年1月的国家措施，担保费对企业最多收1%；刚创业的，问创业担保贷款（云南叫“贷免扶补”）。\n· 流水、年限或规模不够：先少借一点，或换一家问：您开结算账户的银行、农商行、农村信用社；网商银行、微众银行这类线上银行凭经营数据审批。\n· 要买设备、车辆的：问融资租赁，设备本身就是保障。\n· 说能“包装流水”“保证下款”、要先收钱的中介不要碰：放款前收费的就是诈骗，2025年6月起警方和国家金融监督管理总局在专项整治贷款中介。\n可以这样做：\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。\n出处：最新金融规则与事实（2026年11月核对）',
        choices: AFTER_ANSWER,
      },
    ]);
  });

  it("en: 'ok whats my next step then' after the advice: how to go about the best fit, its first steps", async () => {
    const replies = await lastTurn('en', [
      'we run a drone crop-spraying team in yuxi, 5 pilots plus me, about 900k a year, want 300k for two more drones, 2 years',
      'ok whats my next step then',
    ]);
    expect(replies).toEqual([
      {
        text: "How to apply (Financial leasing):\n· Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n· Usually bring: the equipment's quote or purchase contract, the business licence, the legal representative's ID, recent financial statements or bank statements, and consent to a credit check.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\n· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
        choices: AFTER_ANSWER,
      },
    ]);
  });
});

describe("a seller's sum down with no price said", () => {
  it('zh-CN: 首付两万五 剩下的每个月还4500 还两年 after a 12.5万 kiln: costed on 10万 financed, the term taken, the advice', async () => {
    const replies = await lastTurn('zh-CN', [
      '建水做紫陶的 自己有个作坊 烧窑做茶壶 在淘宝跟拼多多上卖',
      '想换个电窑 要十二万五 想带款',
      '作坊连我六个人 年销售额一百三十万',
      '卖电窑的老板说可以分期 首付两万五 剩下的每个月还4500 还两年',
    ]);
    expect(replies).toEqual([
      {
        text: '按您前面说的价格12.5万元、首付2.5万元算，实际借的是10万元：\n这笔钱的真实年化成本约7.5%（按月利率×12），按复利算约7.8%，在民间借贷受法律保护的上限之内。\n算法：到手10万元，每月还4500元，共24期，合计还10.8万元 → 每月0.63%，×12 = 7.5%，复利 7.76%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
        choices: [],
      },
      { text: '好的，记下了：期限：2年。', choices: [] },
      {
        text: '根据您的情况（工业 · 微型企业 · 6人 · 年营业收入：130万元 · 在电商平台销售 · 购置设备、扩大生产 · 12.5万元 · 2年），推荐以下互联网金融服务：\n\n1. 融资租赁\n· 先用上设备、投入生产，再逐步付款。\n· 把一次性大额支出分摊到几年，减轻资金压力。\n下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n3. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n4. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：它的贷款期限一般比您要用的2年短。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
        choices: [
          'service:financial-leasing',
          'service:online-financial-institution',
          'service:finance-portal',
          'service:big-data-finance',
          ...ADVICE_COMMANDS,
        ],
      },
    ]);
  });
});

describe("the owner's own information asked about", () => {
  it("en: 'is my info safe with you? who sees it' while the purpose is open: what it is used for, then the purpose again", async () => {
    const replies = await lastTurn('en', [
      'we run a print shop in kunming, 6 staff, about 1.2m a year',
      'is my info safe with you? who sees it',
    ]);
    expect(replies).toEqual([
      {
        text: 'This information is used only for this advice, nothing else; if you\'d rather not say, reply "skip", and reply "delete my data" at any time to erase it.',
        choices: [],
      },
      {
        text: 'What do you mainly need help with? Reply with a number:',
        choices: PURPOSE_MENU,
      },
    ]);
  });
});
