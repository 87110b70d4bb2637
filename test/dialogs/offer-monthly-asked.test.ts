// The monthly payment asked of a lender's yearly rate with no way of repaying said (银行批了二十五万 年息5 三年 每个月要还好多, "the bank
// approved 250k at 5% for 3 years, what do we have to pay monthly"; round 58, found talking): worked as monthly instalments, the monthly
// figure said first. Before, the offer was worked as one payment at the end and the month's figure the owner asked for was never said.
// Played through the real engine; every reply checked whole, in both languages.

import { describe, it } from 'vitest';
import { EN_CEILING, ZH_CEILING } from './costing-shared';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 11, 28, 10, 0) };

/** The first message of a conversation is greeted first. */
const ZH_WELCOME =
  '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”';
const EN_WELCOME =
  'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."';

describe('the monthly payment asked of a yearly rate, no way of repaying said', () => {
  it('zh-CN: 银行批了二十五万 年息5 三年 每个月要还好多', async () => {
    await playHandoff(
      [
        {
          say: '银行批了二十五万 年息5 三年 每个月要还好多',
          replies: [
            ZH_WELCOME,
            [
              '每月要还约7493元，共36期。',
              '这笔钱的真实年化成本约5%（按月利率×12），按复利算约5.1%。银行和持牌机构不受民间借贷4倍LPR那条上限约束（那条管的是个人和企业之间的借贷），拿它和开户银行经营贷的年化利率比一比再定。',
              '算法：到手25万元，每月还7492.72元，共36期，合计还26.97万元 → 每月0.42%，×12 = 5%，复利 5.12%。',
              ZH_CEILING,
            ].join('\n'),
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: "the bank approved 250k at 5% for 3 years, what do we have to pay monthly"', async () => {
    await playHandoff(
      [
        {
          say: 'the bank approved 250k at 5% for 3 years, what do we have to pay monthly',
          replies: [
            EN_WELCOME,
            [
              'You would repay about 7,493 yuan a month for 36 months.',
              "The true annual cost is about 5% (monthly rate x 12), 5.1% compounded. Banks and licensed lenders are outside the private-lending ceiling of 4 x the LPR (it covers lending between persons and firms): compare it with your own bank's annual rate for a business loan before you decide.",
              'The arithmetic: you receive 250,000 yuan and repay 7,492.72 yuan a month for 36 months, 269,738.07 yuan in all → 0.42% a month, x 12 = 5%, compounded 5.12%.',
              EN_CEILING,
            ].join('\n'),
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
