// Round 28 (lead): a seasonal owner asks whether the loan can run for the season alone or be repaid once the crop or the
// stock is sold (格可以只借一季, "can we pay it back after we sell"): these went unanswered ("I did not understand") or were
// read as nothing. They are now the loan-term question, answered with the terms the services for this need usually run and,
// whatever the case, the advice to match the term to when the money comes back (§3.1 liquidity risk), the facts beside the
// question kept. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 28: a loan for the season alone, or repaid after selling, asked', () => {
  it("zh-CN: a Pu'er tea buyer asks, once advised, whether it may borrow for one season", async () => {
    await playHandoff(
      [
        {
          say: '我家在普洱收茶叶 春茶下来要收鲜叶 差不多要四十万 卖掉了就能还 大概四个月',
        },
        {
          say: '五个人 一年卖三百来万',
        },
        {
          say: '格可以只借一季',
          replies: [
            '期限要看钱用在哪里，适合这个用途的服务通常是：\n· 大数据金融：12个月以内\n· 供应链（产业链）金融：12个月以内\n借多久，要跟钱回来的时间对上：到期日放在卖完货、收回款之后，再留一两个月余地；期限比回款短，到期就得另外找钱来还。\n周转用的短期贷款到期，可以向银行申请无还本续贷（2024年9月起所有小微企业都可以），不用先还本金再借。具体产品的期限我不报，以合同为准。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a coffee grower asks, beside its need, whether it can repay after selling: answered first, the need kept', async () => {
    await playHandoff(
      [
        {
          say: "we grow coffee in pu'er, 9 workers, sales about 2 million a year",
        },
        {
          say: 'need 300k before the harvest to pay pickers, can we pay it back after we sell',
          replies: [
            "The term depends on what the money is for; the services made for this need usually run:\n· Big-data finance: up to 12 months\n· Supply-chain finance: up to 12 months\nMatch the term to when the money comes back: put the due date after you have sold and been paid, with a month or two to spare; a term shorter than that leaves you finding other money to repay.\nA short working-capital loan can be renewed at the bank when it falls due without repaying the principal first (open to every small and micro firm since September 2024). I quote no product's terms: the contract decides.\nSource: current finance rules and facts (checked November 2026)",
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
