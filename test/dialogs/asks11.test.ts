// An offer weighed against the one before (另外一家讲月息八厘 跟刚才那家比哪个便宜, "another bank says 5.5% a year, is it
// cheaper than the last one?") is costed on the earlier offer's sum and term and set beside it: cheaper, dearer or about
// the same, by each one's compounded annual rate (asks11). A fee kept back at payout (先扣三千块手续费, "they keep 2% as an
// arrangement fee") is in the first offer's cost. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('an offer weighed against the one before (asks11)', () => {
  it("a fee kept back, then another lender's monthly rate weighed against it (zh-CN)", async () => {
    await playHandoff(
      [
        { say: '开米线店的 员工5个' },
        {
          say: '信用社批了二十万 放款的时候先扣三千块手续费 年利率5.2 借两年 格划算',
          replies: [
            '这笔钱的真实年化成本约6%（单利），按复利算约5.9%，在民间借贷受法律保护的上限之内。\n算法：到手19.7万元，2年后一次还22.08万元 → 年化6.04%，复利 5.87%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '另外一家讲月息八厘 跟刚才那家比哪个便宜',
          replies: [
            '按您前面说的20万元、2年算：\n按怎么计息不同，这笔钱的真实年化成本约9.6%到17.5%（按月利率×12），按复利算约10%到18.9%：按低的算，在民间借贷受法律保护的上限之内；按高的算，已超过民间借贷受法律保护的上限，但低于24%。也和银行的经营贷比一比再定。签之前问清楚：利息是按借款原额算，还是只按没还的本金算。\n和刚才那家比（有两种计息算法的，按贵的那种算）：那家的真实年化成本按复利算约5.9%，这家约18.9%，这家更贵。\n· 如果按借款原额每月计息、按月还本（常见的“月息”算法）：到手20万元，每月还9933.33元，共24期，合计还23.84万元 → 每月1.46%，×12 = 17.47%，复利 18.93%。\n· 如果只按没还的本金计息：到手20万元，每月还9192.11元，共24期，合计还22.06万元 → 每月0.8%，×12 = 9.6%，复利 10.03%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("a share kept back as a fee, then another bank's yearly rate weighed against it (en)", async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop, 5 staff' },
        {
          say: 'bank quoted 200k at 4.8% for 3 yrs but they keep 2% as an arrangement fee at payout. whats the real cost',
          replies: [
            'The true annual cost is about 5.6% (simple interest), 5.3% compounded: within the ceiling courts protect in private lending.\nThe arithmetic: you receive 196,000 yuan and repay 228,800 yuan after 3 years → 5.58% a year, compounded 5.29%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'another bank says 5.5% a year, no fee. is it cheaper than the last one?',
          replies: [
            "Worked on the 200,000 yuan over 3 years you mentioned:\nThe true annual cost is about 5.5% (simple interest), 5.2% compounded: within the ceiling courts protect in private lending.\nAgainst the earlier offer: that one's true annual cost is about 5.3% compounded, this one's about 5.2%, so the two cost about the same.\nThe arithmetic: you receive 200,000 yuan and repay 233,000 yuan after 3 years → 5.5% a year, compounded 5.22%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
