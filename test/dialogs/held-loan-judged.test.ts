// The firm's own loan, its price told and judged (借了小贷公司二十万 利息一个月两分 格正常, "we have a 300k loan at 2% a month,
// is that normal?"): its true cost is worked and set against the lines, not asked for again (corpus convention 138); the sum
// is the loan's, only the term is the example's. A loan held is not one to sign: the advice is to weigh repaying it early with a
// cheaper one (round 34), and the sum and term the firm wants are not that loan's. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe("the firm's own loan, its price judged", () => {
  it('zh-CN: a micro-loan company at 两分 a month', async () => {
    await playHandoff(
      [
        {
          say: '借了小贷公司二十万 利息一个月两分 格正常',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '您没说期限，下面按20万元、1年举例：\n按怎么计息不同，这笔贷款的真实年化成本约24%到41.7%（按月利率×12），按复利算约26.8%到50.7%：按低的算，超过24%，是危险信号；按高的算，超过36%，超出了规则允许的范围。别再续借；和银行的经营贷比一比，借得到更便宜的，就借来提前还掉它（先看合同里提前还款要不要违约金）。看合同或问放款方：利息是按借款原额算，还是只按没还的本金算。\n· 如果按借款原额每月计息、按月还本（常见的“月息”算法）：到手20万元，每月还2.07万元，共12期，合计还24.8万元 → 每月3.48%，×12 = 41.7%，复利 50.67%。\n· 如果只按没还的本金计息：到手20万元，每月还1.89万元，共12期，合计还22.69万元 → 每月2%，×12 = 24%，复利 26.82%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: 2% a month on a 300k loan', async () => {
    await playHandoff(
      [
        {
          say: 'we have a 300k loan at 2% a month, is that normal?',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'You named no term, so this example uses 300,000 yuan over 1 year:\nDepending on how the interest is charged, the true annual cost is about 24% to 41.7% (monthly rate x 12), 26.8% to 50.7% compounded: at the lower figure it is above 24%, a red flag; at the higher, it is above 36%, outside what the rules allow. Do not renew it on these terms; compare it with a bank business loan, and if you can borrow cheaper, repay this one early (check the contract for an early-repayment fee first). Check the contract or ask the lender whether interest is charged on the original sum or only on what is still owed.\n· If interest is charged on the full sum every month while you repay monthly (the usual "monthly rate"): you receive 300,000 yuan and repay 31,000 yuan a month for 12 months, 372,000 yuan in all → 3.48% a month, x 12 = 41.7%, compounded 50.67%.\n· If interest is charged only on what you still owe: you receive 300,000 yuan and repay 28,367.88 yuan a month for 12 months, 340,414.55 yuan in all → 2% a month, x 12 = 24%, compounded 26.82%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it("zh-CN: the loan held is not the one wanted: the firm's own sum and term are not used for it", async () => {
    await playHandoff(
      [
        { say: '我们开米线店的 5个人 一年营业额80万 想借三十万装修 两年' },
        {
          say: '借了小贷公司的钱 月息两分 格正常',
          replies: [
            '您没说金额或期限，下面按10万元、1年举例：\n按怎么计息不同，这笔贷款的真实年化成本约24%到41.7%（按月利率×12），按复利算约26.8%到50.7%：按低的算，超过24%，是危险信号；按高的算，超过36%，超出了规则允许的范围。别再续借；和银行的经营贷比一比，借得到更便宜的，就借来提前还掉它（先看合同里提前还款要不要违约金）。看合同或问放款方：利息是按借款原额算，还是只按没还的本金算。\n· 如果按借款原额每月计息、按月还本（常见的“月息”算法）：到手10万元，每月还1.03万元，共12期，合计还12.4万元 → 每月3.48%，×12 = 41.7%，复利 50.67%。\n· 如果只按没还的本金计息：到手10万元，每月还9455.96元，共12期，合计还11.35万元 → 每月2%，×12 = 24%，复利 26.82%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
