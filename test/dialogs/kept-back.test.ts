// Interest kept back asked whether allowed, with the owner's own sums (round 36): the answer states the reference's rules (what is
// kept back is not principal; the annualised rate with all fees must be shown; above 36% all-in is not allowed for cash loans),
// then works on the sums told: what was kept back and its share, or the offer's real cost when its repayments are told too.
// Whole replies, both languages, after a firm's facts.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 36: interest kept back, asked with the sums', () => {
  it('zh-CN: a loan held, its fee kept back and its repayments told, asked whether allowed: the rules, the sum kept back, the real cost', async () => {
    await playHandoff(
      [
        {
          say: '我们在玉溪开五金店 三个人 一年卖一百来万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：零售业；员工：3人；年营业收入：100万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，零售业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '上个月在一个平台借了五万 砍头息扣了五千 每个月还五千五 还十个月 这个合法吗',
          replies: [
            '砍头息，就是放款时先从借款里扣掉利息：合同写借10万，到手只有9万多。不管叫利息、“服务费”还是“手续费”，放款时先扣的钱都不是本金：您实际拿到的少了，真实成本要按到手的钱算。比如借10万、年息8%、放款时先扣3%“服务费”、一年后还10.8万，实际是拿9.7万付了1.1万，年化约11.3%，不是合同上的8%。放贷方必须标明包含全部费用的年化利率（人民银行公告〔2021〕第3号）；现金贷综合年化成本超过36%的不被允许（2017年12月1日的通知）。\n您合同上是5万元，到手4.5万元：先扣的5000元（占10%）是借款的成本，不是借到的钱，真实年化要按到手的4.5万元算。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n出处：最新金融规则与事实（2026年11月核对）',
            '这笔贷款的真实年化成本约45.9%（按月利率×12），按复利算约56.9%，超过36%，超出了规则允许的范围：别再续借；尽快找更便宜的钱提前还掉它（先看合同里提前还款的条款）。\n算法：到手4.5万元，每月还5500元，共10期，合计还5.5万元 → 每月3.83%，×12 = 45.91%，复利 56.91%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: the repayments told get the real cost; the sums paid and approved get what was kept back and its share', async () => {
    await playHandoff(
      [
        {
          say: 'we run a print shop in kunming, 7 staff, about 1.5m a year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: leasing and business services; employees: 7; annual revenue: 1,500,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in leasing and business services with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'borrowed 100k, they kept back 8k as a service fee, we repay 9,500 a month for 12 months, is that allowed?',
          replies: [
            "The true annual cost is about 41.6% (monthly rate x 12), 50.5% compounded: above 36%, outside what the rules allow. Do not renew it; look for cheaper money to repay it early (check the contract's early-repayment terms first).\nThe arithmetic: you receive 92,000 yuan and repay 9,500 yuan a month for 12 months, 114,000 yuan in all → 3.46% a month, x 12 = 41.56%, compounded 50.47%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'they paid us 180k of the 200k approved, is that legal',
          replies: [
            "Interest deducted up front (砍头息) means the lender takes the interest out of the loan when paying it: the contract says 100,000 and you get a little over 90,000. Whatever it is called, interest, a 'service fee' or a 'handling fee', money kept back at payout is not principal: you received less, so the real cost is worked on the money in hand. Borrow 100,000 at 8% a year with a 3% 'service fee' taken at payout and repay 108,000 after a year: you paid 11,000 for 97,000, about 11.3% a year, not 8%. Every lender must show the annualised rate with all its fees (PBOC Announcement [2021] No. 3), and for cash loans an all-in cost above 36% a year is not allowed (notice of 1 December 2017).\nYou signed for 200,000 yuan and received 180,000 yuan: the 20,000 yuan kept back (10% of the sum) is a cost of the loan, not money you borrowed, so the real annual rate is worked on 180,000 yuan. Tell me each repayment and how many, and I'll work it out.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
