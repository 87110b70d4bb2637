// Whether to draw all a lender offers (信用社讲可以批二十万 要不要全部借了, "the bank guy said we qualify for 300k,
// should we take it all?"): the lender's sum is not the owner's, so nothing changes; the answer is the principle (the
// need, not the limit) and then the owner's own sum weighed against their revenue, or asked for. Whole replies, both
// languages. The owner wanting as much as can be had (越多越好, "as much as possible"), asked how much, gets the same principle.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('whether to draw all a lender offers', () => {
  it('zh-CN: the sum wanted given, then the lender offering more', async () => {
    await playHandoff(
      [
        { say: '我们开了个米线馆 六个人 一年营业额八十万左右 想借十万周转' },
        {
          say: '信用社讲可以给我们批二十万 要不要全部借了',
          replies: [
            '按实际需要借，不按能批的最高额借：借出来的每一分钱都要算利息，欠得越多，生意一淡就越难按时还上。问清楚额度不用要不要收费，用多少借多少。\n不算多：10万元约是您一年营业收入（80万元）的13%。\n有订单或合同对应的话，这个数是合适的；进货可以分批进、分批用款。\n手上还有没还完的贷款的话要一起算：新旧贷款每个月的还款加起来，都要靠每个月的进账还得上。',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: no sum wanted yet, the lender offering a line', async () => {
    await playHandoff(
      [
        { say: 'we run a small guesthouse, 5 staff' },
        {
          say: 'the bank guy said we qualify for 300k, should we take it all?',
          replies: [
            'Borrow what the business needs, not the most a lender will give: interest runs on every yuan you draw, and the bigger the debt, the harder it is to repay on time if sales slow down. Ask the lender whether an unused limit costs anything, and draw only what the need calls for.\nYou have not said how much you want to borrow: tell me the sum and I will set it against your revenue.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: asked how much, the owner wanting as much as possible (越多越好)', async () => {
    await playHandoff(
      [
        { say: '开小超市的 就我跟我媳妇 一年卖个四五十万 想借钱进货' },
        {
          say: '越多越好',
          replies: [
            '按实际需要借，不按能批的最高额借：借出来的每一分钱都要算利息，欠得越多，生意一淡就越难按时还上。问清楚额度不用要不要收费，用多少借多少。\n您一年营业收入约45万元：借的数要能从借款期间的利润和回款里还上，超过半年营业额（约22.5万元）就偏多了。\n您还没说要借多少：告诉我金额，我帮您和营业收入比一比。',
            '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: asked how much, the owner wanting as much as possible', async () => {
    await playHandoff(
      [
        { say: 'we run a small grocery, 2 people, 450k a year, need money for stock' },
        {
          say: 'as much as possible tbh',
          replies: [
            "Borrow what the business needs, not the most a lender will give: interest runs on every yuan you draw, and the bigger the debt, the harder it is to repay on time if sales slow down. Ask the lender whether an unused limit costs anything, and draw only what the need calls for.\nYour yearly revenue is about 450,000 yuan: what you borrow must be repaid from the profit and takings of the loan's term; more than half a year's revenue (about 225,000 yuan) is a lot.\nYou have not said how much you want to borrow: tell me the sum and I will set it against your revenue.",
            'For working capital, about how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
