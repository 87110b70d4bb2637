// Asked how long the money is needed, the owner answers with the offer they hold (信用社讲可以贷 年利率4.6 三年, "the bank
// offered 4.6% a year for 2 years"): the offer is costed, its term is taken as the owner's and noted, and with nothing left
// to ask the advice follows, not the term asked again. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe("an offer's term given when the term is asked", () => {
  it('a credit union offer with its term, in reply to how long (zh-CN)', async () => {
    await playHandoff(
      [
        { say: '我在普洱种咖啡 工人8个 一年卖80万' },
        { say: '想借20万买烘干机' },
        {
          say: '信用社讲可以贷 年利率4.6 三年',
          replies: [
            '按您前面说的20万元算：\n这笔钱的真实年化成本约4.6%（单利），按复利算约4.4%。银行和持牌机构不受民间借贷4倍LPR那条上限约束（那条管的是个人和企业之间的借贷），拿它和开户银行经营贷的年化利率比一比再定。\n算法：到手20万元，3年后一次还22.76万元 → 年化4.6%，复利 4.4%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '好的，记下了：期限：3年。',
            '根据您的情况（农、林、牧、渔业 · 小型企业 · 8人 · 年营业收入：80万元 · 购置设备、扩大生产 · 20万元 · 3年），推荐以下互联网金融服务：\n\n1. 融资租赁\n· 先用上设备、投入生产，再逐步付款。\n· 把一次性大额支出分摊到几年，减轻资金压力。\n下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：农业、农产品加工等列入名单的行业，买设备等固定资产贷款有1.5个百分点的财政贴息（2026年1月的国家政策），经银行办理。\n3. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          choices: ['融资租赁', '信息化金融机构（网上银行、保险、证券）', '互联网金融门户', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("a bank's offer with its term, in reply to how long (en)", async () => {
    await playHandoff(
      [
        { say: 'we grow coffee near puer, 8 workers' },
        { say: 'need 200k for a drying machine' },
        {
          say: 'the bank offered 4.6% a year for 2 years',
          replies: [
            "Worked on the 200,000 yuan you mentioned:\nThe true annual cost is about 4.6% (simple interest), 4.5% compounded. Banks and licensed lenders are outside the private-lending ceiling of 4 x the LPR (it covers lending between persons and firms): compare it with your own bank's annual rate for a business loan before you decide.\nThe arithmetic: you receive 200,000 yuan and repay 218,400 yuan after 2 years → 4.6% a year, compounded 4.5%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.",
            'Got it — term: 2 years.',
            'For your business (agriculture, forestry, animal husbandry and fishery, 8 employees, equipment or expansion, 200,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· You put the equipment to work first and pay for it over time.\n· A large one-off outlay is spread over several years, easing cash flow.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Fixed-asset loans in listed sectors, agriculture and agri-processing among them, carry a 1.5-point interest subsidy (national measures of January 2026), arranged through the bank.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: ['Financial leasing', 'Online banks, insurers and brokers', 'Risks', 'Check a platform', 'Summary', 'Agent', 'Restart'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
