// Round 26 (lead): once advised, a sum much smaller than the loan's sum held, said with no word that it puts the sum
// right ("厂家那边说冰柜一台要八千" for a branch of 30万, "the dealer says a freezer is 8k"), had replaced the sum (the
// advice redone for 8,000 yuan). It may be the price of a part of the need or a new, smaller need: asked (slots.ts,
// partOfTheNeed), the pick deciding. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 26: a much smaller sum once advised is asked, not put in place of the sum held', () => {
  it("zh-CN: a freezer's price for a branch of 30万: asked; a part of it keeps the sum and the advice", async () => {
    await playHandoff(
      [
        {
          say: '我们在昆明开米线馆 八个人 一年营业额两百来万',
        },
        {
          say: '想再开个分店 要三十万 一年半',
        },
        {
          say: '厂家那边说冰柜一台要八千',
          replies: ['8000元是新的、要借的金额（不再是30万元），还是30万元里的一部分（金额不变）？请回复编号：'],
          choices: ['要借的钱', '是其中一部分，金额不变'],
        },
        {
          say: '2',
          replies: ['您的情况没有变化，上面的推荐不变。', '还有什么想了解的？回复编号查看服务详情，或选择下面的操作：'],
          choices: ['信息化金融机构（网上银行、保险、证券）', '互联网金融门户', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("en: a freezer's price: asked; the new sum picked re-advises for it", async () => {
    await playHandoff(
      [
        {
          say: 'we run a noodle shop in kunming, 8 staff, about 2 million a year',
        },
        {
          say: 'want to open a second shop, need 300k for 18 months',
        },
        {
          say: 'the dealer says a freezer is 8k',
          replies: [
            'Is 8,000 yuan the new sum you want to borrow (instead of 300,000 yuan), or a part of the 300,000 yuan (which stays as it is)? Reply with a number:',
          ],
          choices: ['The money to borrow', 'A part of it: the sum stays'],
        },
        {
          say: '1',
          replies: [
            'Updated — amount: 8,000 yuan.\nHere is my advice for your updated details:',
            'For your business (catering, micro enterprise, 8 employees, annual revenue: 2,000,000 yuan, equipment or expansion, 8,000 yuan, 18 months), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point interest subsidy through the end of 2026 (national measures of January 2026), arranged through the bank.\n· Licensed and closely supervised: the safest choice.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: [
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
});
