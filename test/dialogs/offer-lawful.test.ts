// "is that legal?", "合法吗" right after an offer was costed (round 47, found talking as a Yuxi beauty salon): whether that offer is
// lawful, its compounded rate against the rules' lines (current-finance.md: 4 x the LPR, dated; whom it covers; 24% a red flag;
// 36% outside the rules) and the lender's licence to check, not the whole history of the rules. Only for the next message.
// Played through the real engine; every reply of the message checked whole, in both languages.

import { describe, expect, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 11, 28, 10, 0) };

const SALON_EN = [
  { say: 'we run a beauty salon in yuxi, 7 girls working' },
  { say: 'about 900k revenue' },
  { say: 'need 100k to redo the interior, 2 years' },
  { say: 'a loan app offered me 100k, pay 5200 a month for 24 months, is that expensive?' },
];

describe('an offer just costed, asked whether it is lawful', () => {
  it('en: a loan app at 24.7% compounded: above 24%, who the ceiling covers, the licence and the annual rate to check', async () => {
    await playHandoff(
      [
        ...SALON_EN,
        {
          say: 'is that legal?',
          replies: [
            'Whether it is lawful depends on who lends and the true annual rate: the offer you just costed comes to about 24.7% a year compounded.\n' +
              'That is above 24%: from a person or an unlicensed lender, the interest above 4 x the one-year LPR (12%; LPR 3.0% as of March 2026, check the latest) is not protected by courts; even from a licensed lender it is a red flag, far dearer than a bank business loan: do not sign yet.\n' +
              'Check that the lender is licensed: banks and leasing companies in the NFRA\'s licence lookup, micro-loan companies on the provincial financial regulator\'s list (reply "check a platform" for how). Every loan must show its annual rate with all fees (since 2021): do not sign one that does not.',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: the same offer in Chinese, 这个合法吗 next', async () => {
    await playHandoff(
      [
        { say: '我在玉溪开美容院 员工七个' },
        { say: '一年九十来万' },
        { say: '想借十万装修 两年' },
        { say: '有个贷款软件说借十万 每个月还五千二 还24期 贵不贵' },
        {
          say: '这个合法吗',
          replies: [
            '合不合法，看是谁放的贷和真实年化多少：您刚才算的这笔，按复利算年化约24.7%。\n' +
              '这超过了24%：个人或没有牌照的机构放的贷，超过一年期LPR 4倍（12%；LPR 3.0%是2026年3月的数字，请查最新）的利息法院不保护；就算是持牌机构，这个价也是危险信号，比银行的经营贷贵得多：先别签。\n' +
              '放贷方有没有牌照，银行和融资租赁公司在国家金融监督管理总局的许可证查询里核实，小额贷款公司看省里地方金融管理部门的名单（回复“核查平台”看怎么查）；每笔贷款都必须标明含全部费用的年化利率（2021年起的规定），没标的不要签。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("zh-CN: a rural commercial bank's 15%: outside the private-lending ceiling, so not unlawful; its licence confirmed", async () => {
    await playHandoff(
      [
        { say: '我们在大理开客栈 员工8个 一年营业额120万' },
        { say: '1' },
        { say: '30万' },
        { say: '一年' },
        { say: '农商行说可以贷三十万 年化百分之十五 一年 贵不贵' },
        {
          say: '合法吗',
          replies: [
            '合不合法，看是谁放的贷和真实年化多少：您刚才算的这笔，按复利算年化约15%。\n' +
              '它高于一年期LPR的4倍（12%；LPR 3.0%是2026年3月的数字，每月20日公布，请查最新），但那条上限管的是个人和企业之间的民间借贷，银行和持牌机构不受它约束：这个价不违法；签之前和开户银行的经营贷比一比。\n' +
              '您说的是银行或持牌机构：在国家金融监督管理总局的许可证查询里核实它确实持牌，再看App或合同上有没有标明含全部费用的年化利率（2021年起每笔贷款都必须标明）。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a friend at 1% a month, flat or not: both readings said, the lines for the dearer (above the ceiling courts protect)', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in dali, 8 staff, revenue 1.2 million' },
        { say: '1' },
        { say: '300k' },
        { say: '1 year' },
        { say: 'a friend will lend us 300k at 1% a month for a year, is that fair?' },
        {
          say: 'is that even legal',
          replies: [
            'Whether it is lawful depends on who lends and the true annual rate: the offer you just costed comes to about 12.7% to 23.7% a year compounded, depending on whether interest is charged on the original sum or only on what is still owed; what follows is for the higher figure.\n' +
              'That is above the ceiling courts protect in private lending (4 x the one-year LPR, 12%; LPR 3.0% as of March 2026, published on the 20th of each month, check the latest): from a person or an unlicensed lender, the interest above it is not protected by courts; banks and licensed lenders are outside that ceiling, so the price is not unlawful from them, but they must show the annual rate.\n' +
              'Check that the lender is licensed: banks and leasing companies in the NFRA\'s licence lookup, micro-loan companies on the provincial financial regulator\'s list (reply "check a platform" for how). Every loan must show its annual rate with all fees (since 2021): do not sign one that does not.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('en: a message between the cost and the question: "is that legal?" asks the rules, as it does where no offer was costed', async () => {
    const said = async (steps: { say: string }[]) => {
      const engine = await playHandoff(steps, { ...AT, locale: 'en' });
      const result = await engine.handle({ conversationId: 'desk-table', channel: 'webchat', text: 'is that legal?' });
      return result.replies.map((r) => r.text);
    };
    const afterThanks = await said([...SALON_EN, { say: 'thanks' }]);
    const noOffer = await said(SALON_EN.slice(0, 3));
    expect(afterThanks).toEqual(noOffer);
    expect(afterThanks[0]?.split('\n')[0]).toBe('Key points of Internet finance regulation for small firms:');
  });
});
