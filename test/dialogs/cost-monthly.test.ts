// The cost asked as the monthly repayment (一个月还多少, "how much a month?"): the answer leads with the
// monthly payment, on the owner's sum and term at the one-year LPR with its date, or, for an offer, for
// each reading of it; played through the whole engine, whole replies checked, in both languages.

import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import type { Locale } from '../../src/locale';
import { EN_CEILING, EN_OFFER, ZH_CEILING, ZH_OFFER } from './costing-shared';
import { onAdviceDay } from '../helpers/advice-day';

async function lastReply(locale: Locale, messages: string[]): Promise<string> {
  const engine = new ConversationEngine({
    store: new MemoryStore(onAdviceDay),
    clock: onAdviceDay,
    defaultLocale: locale,
    conversationTtlMs: 86_400_000,
  });
  let text = '';
  for (const message of messages)
    text = (await engine.handle({ conversationId: 'monthly', channel: 'api', text: message })).replies[0]!.text;
  return text;
}

describe('the monthly repayment asked comes first', () => {
  it('zh-CN: 一个月还多少 after a 500k two-year advice: the monthly repayment first, at the LPR with its date', async () => {
    expect(await lastReply('zh-CN', ['我们开饭店的，员工12人，年营业额300万，想借50万装修，两年', '一个月还多少'])).toEqual(
      [
        '按您说的50万元、24个月等额还款，按一年期LPR 3.0%（这是2026年3月的数字，请查最新）算，每月约还2.15万元；银行会在LPR上加点，实际月供会高一些。',
        '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。',
        '银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。',
        '按您说的情况，还可能用上贴息：',
        '· 服务业经营贷贴息：餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息财政贴息1个百分点（2026年1月的国家政策；之后是否延续，问银行），经银行办理。',
        ZH_CEILING,
        '',
        ...ZH_OFFER,
      ].join('\n'),
    );
  });
  it('en: how much a month? after the same advice', async () => {
    expect(
      await lastReply('en', ['We run a restaurant, 12 staff, revenue 3 million, need 500k to renovate over 2 years', 'how much a month?']),
    ).toEqual(
      [
        'On the 500,000 yuan over 24 months you gave, in equal monthly instalments at the one-year LPR of 3.0% (the figure as of March 2026; check the latest), you would repay about 21,491 yuan a month; banks add a margin to the LPR, so the real payment is higher.',
        "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.",
        "Banks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.",
        'For your case, an interest subsidy may also apply:',
        "· The interest subsidy on service firms' operating loans: restaurants, inns and tourism get 1 percentage point off their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.",
        EN_CEILING,
        '',
        ...EN_OFFER,
      ].join('\n'),
    );
  });
  it("zh-CN: 月息1分，一个月还多少: the monthly repayment of both readings first, over the owner's 24 months (no 1-month loan)", async () => {
    expect(await lastReply('zh-CN', ['我们开饭店的，员工12人，年营业额300万，想借50万装修，两年', '月息1分，一个月还多少'])).toEqual(
      [
        '按您前面说的50万元、2年算：',
        '每月要还约2.58万元（按借款原额计息），只按没还的本金计息约2.35万元，共24期。',
        '这笔钱的真实年化成本约21.6%（按月利率×12），按复利算约23.8%，已超过民间借贷受法律保护的上限，但低于24%：签之前先和银行的经营贷比一比。',
        '· 如果按借款原额每月计息、按月还本（常见的“月息”算法）：到手50万元，每月还2.58万元，共24期，合计还62万元 → 每月1.8%，×12 = 21.57%，复利 23.84%。',
        '· 如果只按没还的本金计息：到手50万元，每月还2.35万元，共24期，合计还56.49万元 → 每月1%，×12 = 12%，复利 12.68%。',
        '对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
      ].join('\n'),
    );
  });
  it('en: 1% a month, how much a month? gets the same', async () => {
    expect(
      await lastReply('en', [
        'We run a restaurant, 12 staff, revenue 3 million, need 500k to renovate over 2 years',
        '1% a month, how much a month?',
      ]),
    ).toEqual(
      [
        'Worked on the 500,000 yuan over 2 years you mentioned:',
        'You would repay about 25,833 yuan a month (interest on the full sum), or about 23,537 yuan (interest only on what you still owe), for 24 months.',
        'The true annual cost is about 21.6% (monthly rate x 12), 23.8% compounded: above the ceiling courts protect in private lending, though under 24%. Compare it with a bank business loan before you sign.',
        '· If interest is charged on the full sum every month while you repay monthly (the usual "monthly rate"): you receive 500,000 yuan and repay 25,833.33 yuan a month for 24 months, 620,000 yuan in all → 1.8% a month, x 12 = 21.57%, compounded 23.84%.',
        '· If interest is charged only on what you still owe: you receive 500,000 yuan and repay 23,536.74 yuan a month for 24 months, 564,881.67 yuan in all → 1% a month, x 12 = 12%, compounded 12.68%.',
        'For comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
      ].join('\n'),
    );
  });
});
