// A reply to the bot's question (a sum, a head count) opening a message that goes on to a credit worry: the question is
// answered first and the reply is taken for the slot asked, not lost (round 42: 二十万左右吧 不过我征信有点花 had its sum
// dropped and the amount asked again later). Whole replies, both languages; checked to fail without the change
// (dialogs/interpret.ts factsBeside, REPLY_BESIDE).

import { describe, it } from 'vitest';
import { PURPOSES_EN, PURPOSES_ZH } from '../helpers/choices';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 12, 4, 15, 30) };

const CREDIT_ZH =
  '征信不好也不是没有办法。只有一次、几天内就还上的逾期，比多次或至今没还的影响小得多。家人（比如配偶）的逾期记在他们自己的征信上，不在您的报告里；但对方和您一起借款、给您担保，或银行要求夫妻共同签字（家庭经营常见）时，银行也会看对方的征信，所以两人的报告都先查一查。不要找“包装征信”“黑户也能贷”的中介，那是骗局。先免费查一次自己的征信报告（个人每年可以免费查两次），看清问题在哪；还清逾期，保持一段时间按时还款；再带上纳税和经营记录去申请，让银行看到生意的真实情况。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。';
const CREDIT_EN =
  "A poor credit record is not the end. One late payment of a few days, long repaid, weighs far less than repeated or current overdue debt. A family member's late payments (a spouse's, say) are on their own credit report, not yours; but when they borrow with you, guarantee your loan, or the bank asks both spouses to sign (common for a family business), the bank reads their report too, so check both. Stay away from agents who 'repair' credit or lend to anyone: they are scams. First get your credit report (free twice a year for a person) and see what is wrong; clear any overdue debt and keep paying on time for a while; then apply with your tax and trading records, which show how the business is doing.\nWhat you can do:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.";

describe('a reply with a credit worry after it', () => {
  it('a sum given while the purpose is asked is kept as the amount (zh-CN)', async () => {
    await playHandoff(
      [
        { say: '我们在昭通开了个面馆 五个人' },
        { say: '一年三十来万' },
        {
          say: '二十万左右吧 不过我征信有点花 怕批不下来',
          replies: [CREDIT_ZH, '好的，记下了：金额：20万元。', '这次主要想解决什么问题？请回复编号：'],
          choices: PURPOSES_ZH,
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('a sum given while the purpose is asked is kept as the amount (en)', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop in zhaotong, 5 staff' },
        { say: 'about 300k a year' },
        {
          say: 'around 200k, but my credit is a bit messy',
          replies: [CREDIT_EN, 'Got it — amount: 200,000 yuan.', 'What do you mainly need help with? Reply with a number:'],
          choices: PURPOSES_EN,
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('a count given while the size is asked is kept as the staff (zh-CN)', async () => {
    await playHandoff(
      [
        { say: '我们在昭通开了个面馆' },
        {
          say: '十二个 对了 我老婆信用卡逾期过 会不会影响我',
          replies: [
            CREDIT_ZH,
            '好的，记下了：员工：12人。',
            '还需要知道去年的营业收入，才能按国家标准判断规模，例如：“年营业额150万”。不清楚可以回复“跳过”。',
          ],
          choices: ['微型企业', '小型企业', '中型企业', '跳过'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('a count given while the size is asked is kept as the staff (en)', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop in zhaotong' },
        {
          say: '12, btw my wife had a late card payment, does that affect me?',
          replies: [
            CREDIT_EN,
            'Got it — employees: 12.',
            'I still need last year\'s revenue to size your business by the national standard, e.g. "revenue 1.5 million yuan". Reply "skip" if you are not sure.',
          ],
          choices: ['Micro enterprise', 'Small enterprise', 'Medium-sized enterprise', 'Skip'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
