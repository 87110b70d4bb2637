// Round 26 (lead): once advised, a sum much smaller than the loan's sum held, said with no word that it puts the sum
// right ("厂家那边说冰柜一台要八千" for a branch of 30万, "the dealer says a freezer is 8k"), had replaced the sum (the
// advice redone for 8,000 yuan). It may be the price of a part of the need or a new, smaller need: asked (slots.ts,
// partOfTheNeed), the pick deciding.
// A what-if naming a term (要是借一年呢, "what if we borrowed 200k over 2 years instead, would the monthly be
// lower?") was answered with the rule of thumb alone: it now leads with the monthly repayment on the what-if's figures at
// the dated LPR, beside the owner's own, the owner's figures kept (replies.ts whatIfReply). Whole replies, both languages.

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
            'For your business (catering, micro enterprise, 8 employees, annual revenue: 2,000,000 yuan, equipment or expansion, 8,000 yuan, 18 months), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point subsidy on their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.\n· Licensed and closely supervised: the safest choice.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
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

  it('zh-CN: a what-if on a longer term: its monthly repayment beside the one on the figures held, the figures kept', async () => {
    await playHandoff(
      [
        {
          say: '我们在景洪做芒果干 出口泰国 十五个人 一年四百万',
        },
        {
          say: '想借五十万收芒果 半年',
        },
        {
          say: '要是借一年呢',
          replies: [
            '如果借50万元、12个月等额还款，按一年期LPR 3.0%（这是2026年3月的数字，请查最新）算，每月约还4.23万元（按您说的50万元、6个月算，每月约8.41万元）；银行会在LPR上加点，实际月供会高一些。\n这是个假设的问题，我没有改动您说过的金额和期限。一般来说，借得越久，每月还得越少，但利息总额越多；借得越多，月供和利息都越多。想按新的金额或期限看推荐，请直接说，例如“期限改成3年”或“金额改成30万”。',
            '还有什么想了解的？回复编号查看服务详情，或选择下面的操作：',
          ],
          choices: [
            '供应链（产业链）金融',
            '大数据金融',
            '信息化金融机构（网上银行、保险、证券）',
            '风险',
            '核查平台',
            '总结',
            '人工',
            '重新开始',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a what-if on a sum and a term, the monthly asked: worked on them, then the cost in general; mangoes bought in season are working capital', async () => {
    await playHandoff(
      [
        {
          say: 'we dry mangoes in jinghong and export to thailand, 15 staff, about 4m a year',
        },
        {
          say: 'need 500k to buy mangoes in season, 6 months',
          replies: [
            'Got it — purpose: working capital; amount: 500,000 yuan; term: 6 months.',
            'For your business (manufacturing and processing, micro enterprise, 15 employees, annual revenue: 4,000,000 yuan, cross-border trade: yes, working capital, 500,000 yuan, 6 months), I recommend these Internet financial services:\n\n1. Supply-chain finance\n· You trade across the border, and real import and export orders and documents can back trade financing.\n· Real orders and receivables back the loan, so you need no separate collateral.\nNext step: With your real import or export contracts, customs declarations and invoices, ask your bank for trade finance, and settle in RMB across the border.\n\nRisks to watch:\n· Exchange money only through banks: private money changers (underground banking) are illegal, funds can be frozen and the parties prosecuted; with ASEAN partners, RMB cross-border settlement is the main route.\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n\nOther options:\n2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.\n3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          choices: [
            'Supply-chain finance',
            'Big-data finance',
            'Online banks, insurers and brokers',
            'Risks',
            'Check a platform',
            'Summary',
            'Agent',
            'Restart',
          ],
        },
        {
          say: 'what if we borrowed 200k over 2 years instead, would the monthly be lower?',
          replies: [
            'Borrowing 200,000 yuan over 24 months in equal monthly instalments, at the one-year LPR of 3.0% (the figure as of March 2026; check the latest), you would repay about 8,596 yuan a month (on the 500,000 yuan over 6 months you gave: about 84,064 yuan); banks add a margin to the LPR, so the real payment is higher.\nThat is a what-if, so I have kept the sum and term you gave me. As a rule, a longer term means a smaller monthly payment but more interest in all, and a larger sum more of both. To see the advice for a new sum or term, say so, for example "change the term to 3 years" or "make it 300k".',
            "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.\nBanks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.\n\nTell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:\n· Work out the full annual cost of a loan, fees included, before you borrow\n· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case\n· Check the other party's business licence, financial licence and track record\n\nTo check that a lender is licensed, reply \"check a platform\".",
            'Anything else? Reply with a number to see a service in detail, or choose one of these:',
          ],
          choices: [
            'Supply-chain finance',
            'Big-data finance',
            'Online banks, insurers and brokers',
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
