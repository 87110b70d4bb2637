// A tester's conversations (round 66, corpus convention 725), read whole: the thing an owner wants, said before a seller's terms, had been
// lost (an offer set no profile field), so the advice said no use was given; a drone's price was costed on one drone of the two; 有医保刷卡
// had set collecting payments as the need; 客服 among the roles counted had handed the owner to a person; a machine's quote put right
// (报价是58万 不是68) had replaced the revenue (600万 became 58万, the size micro); "which is better" right after being told to answer the
// open question had set that question aside.

import { describe, expect, it } from 'vitest';
import { lastTurn, PURPOSE_MENU } from './last-turn';

const COSTED_DRONES =
  '这笔钱的真实年化成本约16%（按月利率×12），按复利算约17.3%，已超过民间借贷受法律保护的上限，但低于24%：签之前先和银行的经营贷比一比。\n' +
  '算法：到手9.8万元，每月还4800元，共24期，合计还11.52万元 → 每月1.34%，×12 = 16.03%，复利 17.27%。\n' +
  '对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。';

describe("a seller's offer told with the thing wanted", () => {
  it('zh-CN: two drones at 7万 each, 30% down: costed on 9.8万, the purpose and the sum financed taken, the term asked', async () => {
    const replies = await lastTurn('zh-CN', [
      '我在宾川做无人机植保服务 三个飞手 一年做七八十万',
      '想再买两台大疆T50，一台七万多，厂家说可以分期 首付三成 每月还4800 24期',
    ]);
    expect(replies).toEqual([
      { text: COSTED_DRONES, choices: [] },
      { text: '好的，记下了：用途：购置设备、扩大生产；金额：9.8万元。', choices: [] },
      { text: '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。', choices: ['skip'] },
    ]);
  });

  it('en: a laser machine quoted by a dealer saying the terms: costed, the purpose and 117,600 yuan taken', async () => {
    const replies = await lastTurn('en', [
      'we run a tattoo studio in kunming, 5 artists, about 80k rmb a month',
      'want a new laser removal machine, dealer quoted 168k, he says 30% down and 36 monthly payments of 4.2k',
    ]);
    expect(replies).toEqual([
      {
        text:
          'The true annual cost is about 17.1% (monthly rate x 12), 18.5% compounded: above the ceiling courts protect in private lending, though under 24%. Compare it with a bank business loan before you sign.\n' +
          'The arithmetic: you receive 117,600 yuan and repay 4,200 yuan a month for 36 months, 151,200 yuan in all → 1.43% a month, x 12 = 17.12%, compounded 18.53%.\n' +
          'For comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
        choices: [],
      },
      { text: 'Got it — purpose: equipment or expansion; amount: 117,600 yuan.', choices: [] },
      {
        text: 'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
        choices: ['skip'],
      },
    ]);
  });
});

describe('a question waiting on the open one does not set it aside', () => {
  it('en: which is better after an offer was costed twice: the prices compared, then the term asked again, not put aside', async () => {
    const replies = await lastTurn('en', [
      'hi, we run a bike rental shop in jinghong, rent out e-bikes and bicycles to tourists',
      'me and my wife plus 3 guys who fix the bikes',
      'takings around 60k a month in high season, maybe 400k for the whole year',
      'want 30 more e-bikes, supplier says 2800 each, 20% down and the rest over 12 months at 6500 a month',
      'is that a good deal?',
      'ok which is better, that or a bank loan',
    ]);
    expect(replies).toEqual([
      { text: 'A little more first: answer the question below and I can say which fits you best.', choices: [] },
      {
        text:
          "To compare prices, compare the annual rate each lender must show, all fees included: a bank's business loan is priced at the one-year LPR plus a margin (LPR 3.0%, the figure as of March 2026; it is published on the 20th of each month, check the latest). Leasing and micro-loan companies must also show their all-in annual cost: set the two annual figures side by side to see which is cheaper.\n" +
          "The offer you costed comes to about 28.5% a year, more than 9 times the LPR: far above a bank's LPR-plus-margin price. Ask your own bank for a business loan first.\n" +
          'Source: current finance rules and facts (checked November 2026)',
        choices: [],
      },
      {
        text: 'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
        choices: ['skip'],
      },
    ]);
  });
});

describe('a sum put right that no figure holds', () => {
  it("zh-CN: a machine's quote put right (报价是58万 不是68) leaves the revenue as it was (the offer's sum financed follows the price: round 67)", async () => {
    const replies = await lastTurn('zh-CN', [
      '建水做石雕的 十二个师傅 一年六百来万',
      '想买台数控雕刻机 报价六十八万 融资租凭公司说首付20% 月供1.6万 36期',
      '刚才说错了 报价是58万 不是68',
      '总结',
    ]);
    expect(replies).toEqual([
      {
        text: '客户情况总结\n当前阶段：收集信息\n企业情况：工业 · 微型企业 · 12人 · 年营业收入：600万元 · 购置设备、扩大生产 · 46.4万元\n已推荐：暂无',
        choices: [],
      },
      { text: '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。', choices: ['skip'] },
    ]);
  });
});

describe('facts told in passing are not a need nor a request', () => {
  it('zh-CN: 客服 among the roles counted: 8 staff, no hand-off', async () => {
    const replies = await lastTurn('zh-CN', ['我们在瑞丽做翡翠直播的', '我们主播加客服一共8个人 每天直播卖1.2个w左右']);
    expect(replies).toEqual([
      {
        text: '好的，记下了：员工：8人；年营业收入：438万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，零售业从业人员低于10人即属微型企业。',
        choices: [],
      },
      { text: '这次主要想解决什么问题？请回复编号：', choices: PURPOSE_MENU },
    ]);
  });
});
