// A service asked whether it is worth it cost-wise ("冷库用融资租赁格划算", "is the interest ok for us"): whether it
// fits this firm first, then how its price is weighed against a bank's (each lender's all-in annual rate; a bank's
// LPR plus a margin, the LPR dated, its source); the follow-up choices sit under the last reply and a number picks
// from them. Played through the whole engine, whole replies checked.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a service weighed by its price after the advice: whether it fits, then how to compare its price', () => {
  it('zh-CN: 冷库用融资租赁格划算 after a cold store advice, then 1 picks the advice again', async () => {
    await playHandoff(
      [
        { say: '我们在呈贡开冷库的 员工8个 一年营业额六百万 想借八十万买制冷设备 借三年' },
        {
          say: '冷库用融资租赁格划算',
          replies: [
            [
              '适合。对您来说，融资租赁就是首选：',
              '· 先用上设备、投入生产，再逐步付款。',
              '· 把一次性大额支出分摊到几年，减轻资金压力。',
              '可以这样做：',
              '· 找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。',
            ].join('\n'),
            '比价钱，要比各家必须标明的年化利率（含全部费用）：银行的经营贷按一年期LPR加点定价（LPR 3.0%，这是2026年3月的数字，每月20日公布，请查最新）；融资租赁、小额贷款公司等持牌机构也必须标明年化成本，把两边的年化数字放在一起比，就知道哪个划算。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
        {
          say: '1',
          choices: ['融资租赁', '信息化金融机构（网上银行、保险、证券）', '互联网金融门户', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "how about leasing, is the interest ok for us" after a tea factory advice', async () => {
    await playHandoff(
      [
        {
          say: 'we run a tea factory in pu er, 8 staff, about 6 million a year in sales, want to borrow 800k for new drying machines over 3 years',
        },
        {
          say: 'how about leasing, is the interest ok for us',
          replies: [
            [
              'Yes: Financial leasing is the first choice for your business:',
              '· You put the equipment to work first and pay for it over time.',
              '· A large one-off outlay is spread over several years, easing cash flow.',
              'What you can do:',
              '· Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.',
            ].join('\n'),
            "To compare prices, compare the annual rate each lender must show, all fees included: a bank's business loan is priced at the one-year LPR plus a margin (LPR 3.0%, the figure as of March 2026; it is published on the 20th of each month, check the latest). Leasing and micro-loan companies must also show their all-in annual cost: set the two annual figures side by side to see which is cheaper.\nSource: current finance rules and facts (checked November 2026)",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
