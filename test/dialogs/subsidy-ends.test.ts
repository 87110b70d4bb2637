// The advice on the day it is given (DialogContext.today, set by the engine from its clock): the service-loan subsidy, whose interest
// runs to 31 December 2026, leads an inn's one-year loan in March, comes after the bank's first advantage for a two-year loan in
// December (three weeks of it left), and is not named in January (round 65: a tester was given it on 8 December as the first reason
// for a three-year loan; programmes.ts `until`, `coversMostOfTheLoan`).

import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import type { Locale } from '../../src/locale';
import { beijing } from './handoff-table';

/** The last message's replies, the conversation held on that day (10:00 in Beijing). */
async function advisedOn(day: [number, number, number], locale: Locale, messages: string[]): Promise<string[]> {
  const at = beijing(...day, 10);
  const clock = (): number => at;
  const engine = new ConversationEngine({ store: new MemoryStore(clock), clock, defaultLocale: locale, conversationTtlMs: 86_400_000 });
  let replies: string[] = [];
  for (const text of messages)
    replies = (await engine.handle({ conversationId: 'subsidy-day', channel: 'api', text })).replies.map((r) => r.text);
  return replies;
}

const INN_ZH = ['在沙溪开客栈的 员工六个 一年营业额九十万左右', '想借二十万把房间重新装修一下 借一年'];

describe('the service-loan subsidy on the day of the advice', () => {
  it("zh-CN, 16 March 2026: the subsidy is the bank loan's first reason for an inn's one-year loan", async () => {
    expect(await advisedOn([2026, 3, 16], 'zh-CN', INN_ZH)).toEqual([
      '好的，记下了：用途：装修翻新；金额：20万元；期限：1年。',
      '根据您的情况（住宿业 · 微型企业 · 6人 · 年营业收入：90万元 · 装修翻新 · 20万元 · 1年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息有1个百分点的财政贴息（2026年1月的国家政策；之后是否延续，问银行），经银行办理。\n· 持牌经营、监管严格，是最稳妥的选择。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
    ]);
  });

  it("en, 7 December 2026: a homestay's two-year loan has the subsidy second, with its last day and the days left (round 67), not as its lead", async () => {
    expect(
      await advisedOn([2026, 12, 7], 'en', [
        'we run a homestay in yuanyang, me, my husband and 2 local girls, last year maybe 450k',
        'want to build a rooftop cafe, 200k over 2 years',
      ]),
    ).toEqual([
      'Got it — purpose: equipment or expansion; amount: 200,000 yuan; term: 2 years.',
      'For your business (accommodation, micro enterprise, 4 employees, annual revenue: 450,000 yuan, equipment or expansion, 200,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point subsidy on their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank. That day is only 25 days away: most of the loan\'s term would not get it, so do not rush to borrow for it.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
    ]);
  });

  it('zh-CN, 4 January 2027: the subsidy has ended and is not named', async () => {
    expect(await advisedOn([2027, 1, 4], 'zh-CN', INN_ZH)).toEqual([
      '好的，记下了：用途：装修翻新；金额：20万元；期限：1年。',
      '根据您的情况（住宿业 · 微型企业 · 6人 · 年营业收入：90万元 · 装修翻新 · 20万元 · 1年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 业务全流程电子化，申请和审批更快捷方便。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
    ]);
  });
});
