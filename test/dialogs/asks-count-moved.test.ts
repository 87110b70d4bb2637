// The facts told beside a side question open the next question, which has not been asked yet: the count of asks of the
// question just answered does not carry over to it (round 41). The purpose asked three times (after the trade, after the
// revenue, after the staff put right) and answered beside a credit question put the term aside unasked, and the advice came
// without it. Whole replies, both languages; checked to fail without the change (dialogs/machine.ts factsTaken).

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a question opened by facts told beside a side question', () => {
  it('the term is asked after the purpose, asked three times, is answered beside a credit question (zh-CN)', async () => {
    await playHandoff(
      [
        { say: '我们在腾冲做玉石加工 工人十来个' },
        { say: '一年八十来万' },
        { say: '就三个人' },
        {
          say: '想贷三十万进原料 信用卡逾期过一次 格会有影响',
          replies: [
            '征信不好也不是没有办法。只有一次、几天内就还上的逾期，比多次或至今没还的影响小得多。家人（比如配偶）的逾期记在他们自己的征信上，不在您的报告里；但对方和您一起借款、给您担保，或银行要求夫妻共同签字（家庭经营常见）时，银行也会看对方的征信，所以两人的报告都先查一查。不要找“包装征信”“黑户也能贷”的中介，那是骗局。先免费查一次自己的征信报告（个人每年可以免费查两次），看清问题在哪；还清逾期，保持一段时间按时还款；再带上纳税和经营记录去申请，让银行看到生意的真实情况。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
            '好的，记下了：用途：资金周转；金额：30万元。',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
          choices: ['跳过'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('the term is asked after the purpose, asked three times, is answered beside a credit question (en)', async () => {
    await playHandoff(
      [
        { say: 'we carve jade in tengchong, about 10 workers' },
        { say: 'around 800k a year' },
        { say: 'actually just 3 of us' },
        {
          say: 'need 300k for raw stones, i was late on my credit card once, will that matter',
          replies: [
            "A poor credit record is not the end. One late payment of a few days, long repaid, weighs far less than repeated or current overdue debt. A family member's late payments (a spouse's, say) are on their own credit report, not yours; but when they borrow with you, guarantee your loan, or the bank asks both spouses to sign (common for a family business), the bank reads their report too, so check both. Stay away from agents who 'repair' credit or lend to anyone: they are scams. First get your credit report (free twice a year for a person) and see what is wrong; clear any overdue debt and keep paying on time for a while; then apply with your tax and trading records, which show how the business is doing.\nWhat you can do:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
            'Got it — purpose: working capital; amount: 300,000 yuan.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
          choices: ['Skip'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
