// The cost asked in the same message as an answer ("how much would that cost a month over 2 years" when the term is asked,
// 想借三十万进货 利息大概好多 as the first message): the figures are taken and noted, and the cost is answered on them before the
// advice or the next question, not lost (round 40). Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('the cost asked beside an answer', () => {
  it('the monthly cost asked with the term, when the term is asked (en): the term noted, the month worked, then the advice', async () => {
    await playHandoff(
      [
        { say: 'we grow coffee near puer, 8 workers, sell about 800k a year' },
        { say: 'need 200k for a drying machine' },
        {
          say: 'how much would that cost a month over 2 years',
          replies: [
            'Got it — term: 2 years.',
            "On the 200,000 yuan over 24 months you gave, in equal monthly instalments at the one-year LPR of 3.0% (the figure as of March 2026; check the latest), you would repay about 8,596 yuan a month; banks add a margin to the LPR, so the real payment is higher.\nI quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.\nBanks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.\nFor your case, an interest subsidy may also apply:\n· The interest subsidy on fixed-asset loans: loans for equipment in listed sectors, agriculture and agri-processing among them, get 1.5 percentage points off (national measures of January 2026), arranged through the bank.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.\n\nTell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:\n· Work out the full annual cost of a loan, fees included, before you borrow\n· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case\n· Check the other party's business licence, financial licence and track record\n\nTo check that a lender is licensed, reply \"check a platform\".",
            'For your business (agriculture, forestry, animal husbandry and fishery, small enterprise, 8 employees, annual revenue: 800,000 yuan, equipment or expansion, 200,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· You put the equipment to work first and pay for it over time.\n· A large one-off outlay is spread over several years, easing cash flow.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Fixed-asset loans in listed sectors, agriculture and agri-processing among them, carry a 1.5-point interest subsidy (national measures of January 2026), arranged through the bank.\n3. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
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
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('the interest asked in the first message with the need (zh-CN): the facts noted, the cost answered, then the term asked', async () => {
    await playHandoff(
      [
        {
          say: '我们在昆明开茶叶店 5个人 一年卖两百万左右 想借三十万进货 利息大概好多',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：零售业；员工：5人；年营业收入：200万元；用途：资金周转；金额：30万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，零售业从业人员低于10人即属微型企业。',
            '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。\n银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。\n\n把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：\n· 借款前算清年化综合成本，包括各种服务费\n· 借款时问清利率是固定还是浮动，按最坏情况测算还款\n· 核实对方的营业执照、金融牌照和经营记录\n\n想确认放贷方是否持牌合规，请回复“核查平台”。',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
          choices: ['跳过'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
