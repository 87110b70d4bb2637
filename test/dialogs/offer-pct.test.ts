// A share written pct, per cent or percent is read as % wherever an offer reads it (a down payment, a rate, a fee): found by
// talking to the bot (round 23), "30pct down, 11k a month for 36 months" was read as the firm's revenue (132,000) and the term,
// so the bot changed the owner's revenue and advised again. Now the offer is costed and the summary keeps the firm's figures.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('an offer with its share written pct, per cent or percent', () => {
  it('en: 30pct down, then the summary keeps the revenue', async () => {
    await playHandoff(
      [
        { say: 'we run a logistics company in kunming, 12 staff, about 3 million a year in sales, want 400k for a new truck over 3 years' },
        {
          say: 'the dealer says they can do leasing, 30pct down, 11k a month for 36 months, is that ok?',
          replies: [
            'Worked on the price of 400,000 yuan you mentioned less 30% down, so 280,000 yuan financed:\nThe true annual cost is about 24.1% (monthly rate x 12), 27% compounded: above 24%, a red flag. Do not sign yet; compare it with a bank business loan.\nThe arithmetic: you receive 280,000 yuan and repay 11,000 yuan a month for 36 months, 396,000 yuan in all → 2.01% a month, x 12 = 24.1%, compounded 26.95%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
        {
          say: 'summary',
          replies: [
            'Case summary\nStage: advice given\nBusiness: transport, micro enterprise, 12 employees, annual revenue: 3,000,000 yuan, equipment or expansion, 400,000 yuan, 3 years\nRecommended: Financial leasing, Online banks, insurers and brokers, Internet finance portals',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('en: 2 per cent a month and a 3 percent fee from a lender', async () => {
    await playHandoff(
      [
        { say: 'we run a bakery in dali, 6 staff, about 900k a year in sales, need 150k for new ovens' },
        {
          say: 'a finance company offered 150k at 1.2 per cent a month for 2 years plus a 3 percent service fee, fair?',
          replies: [
            'Depending on how the interest is charged, the true annual cost is about 17.5% to 28.9% (monthly rate x 12), 19% to 33% compounded: at the lower figure it is above the ceiling courts protect in private lending, though under 24%; at the higher, it is above 24%, a red flag. Compare it with a bank business loan. Before you sign, ask whether interest is charged on the original sum or only on what is still owed.\n· If interest is charged on the full sum every month while you repay monthly (the usual "monthly rate"): you receive 145,500 yuan and repay 8,050 yuan a month for 24 months, 193,200 yuan in all → 2.4% a month, x 12 = 28.86%, compounded 33%.\n· If interest is charged only on what you still owe: you receive 145,500 yuan and repay 7,230.31 yuan a month for 24 months, 173,527.43 yuan in all → 1.46% a month, x 12 = 17.52%, compounded 19%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
            'Got it — term: 2 years.',
            'For your business (catering, micro enterprise, 6 employees, annual revenue: 900,000 yuan, equipment or expansion, 150,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· What you are buying is an asset (a machine, a vehicle, a cold room, equipment): leasing finances the asset itself, whatever your trade, and you pay for it in rent while you use it.\n· You put the equipment to work first and pay for it over time.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n3. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: [
            'Financial leasing',
            'Online banks, insurers and brokers',
            'Internet finance portals',
            'Risks',
            'Check a platform',
            'Summary',
            'Agent',
            'Restart',
          ],
        },
        {
          say: 'summary',
          replies: [
            'Case summary\nStage: advice given\nBusiness: catering, micro enterprise, 6 employees, annual revenue: 900,000 yuan, equipment or expansion, 150,000 yuan, 2 years\nRecommended: Financial leasing, Online banks, insurers and brokers, Internet finance portals',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: 首付30pct in a Chinese message', async () => {
    await playHandoff(
      [
        { say: '我们在昆明做物流的 12个人 一年三百万左右 想借四十万买辆货车 三年' },
        {
          say: '车行讲可以做融资租赁 首付 30 pct 每个月还一万一 还36个月 格可以',
          replies: [
            '按您前面说的价格40万元、首付30%算，实际借的是28万元：\n这笔钱的真实年化成本约24.1%（按月利率×12），按复利算约27%，超过24%，是危险信号：先别签，和银行的经营贷比一比。\n算法：到手28万元，每月还1.1万元，共36期，合计还39.6万元 → 每月2.01%，×12 = 24.1%，复利 26.95%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
        {
          say: '总结',
          replies: [
            '客户情况总结\n当前阶段：已给出建议\n企业情况：交通运输业 · 微型企业 · 12人 · 年营业收入：300万元 · 购置设备、扩大生产 · 40万元 · 3年\n已推荐：融资租赁、信息化金融机构（网上银行、保险、证券）、互联网金融门户',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
