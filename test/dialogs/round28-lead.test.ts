// Round 28 (lead): a seasonal owner asks whether the loan can run for the season alone or be repaid once the crop or the
// stock is sold (格可以只借一季, "can we pay it back after we sell"): these went unanswered ("I did not understand") or were
// read as nothing. They are now the loan-term question, answered with the terms the services for this need usually run and,
// whatever the case, the advice to match the term to when the money comes back (§3.1 liquidity risk), the facts beside the
// question kept. A bad season supposed once advised (要是明年旅游还是不行咋个办, "what if tourists dont come back next year") had
// been shown the advice again, or the eight risks with none of this case: it is the cannot-repay answer now, the owner's own
// sum and term in its first line. Whole replies, both languages.

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

describe('round 28: a bad season supposed once advised is the cannot-repay answer', () => {
  it('zh-CN: a Xishuangbanna homestay asks what if tourism is still bad next year', async () => {
    await playHandoff(
      [
        {
          say: '西双版纳开民宿的 8个房间 请了三个阿姨 一年流水七十来万',
        },
        {
          say: '雨季没得什么客人 想借十万撑一下 借半年',
        },
        {
          say: '要是明年旅游还是不行咋个办',
          replies: [
            '还不上时最要紧的是早说，不要等到逾期：到期前就主动找放款的银行或机构商量。\n借之前先算一算：6个月里要还上10万元和利息，按生意最差的时候算也还得上再借；算下来吃紧，就少借一点或者把期限放长。\n如果真的还不上：\n· 到期前就找放款的银行或机构，说明原因，问能不能展期、延期或者调整还款计划；逾期以后再谈就难了。\n· 在银行借的经营贷，问能不能“无还本续贷”：到期不用先还本金就能续上（2024年9月起对所有小微企业开放）。\n· 不要借网贷、高息民间借款或者找“过桥”来还旧债：利息越滚越多，窟窿越来越大。\n· 逾期会记进征信报告，以后借钱更难、更贵；能还一部分就先还一部分，和放款方的沟通留好记录。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("en: a Lijiang guesthouse asks what if tourists don't come back", async () => {
    await playHandoff(
      [
        {
          say: 'we run a guesthouse in lijiang, 6 staff, about 900k a year',
        },
        {
          say: 'need 150k to get through the rainy season, 6 months',
        },
        {
          say: 'what if tourists dont come back next year',
          replies: [
            "If you cannot repay, the most important thing is to say so early, before the loan is overdue: talk to the bank or lender before the due date.\nBefore you borrow, work it out: 150,000 yuan plus interest has to be repaid within 6 months; borrow only if you could repay it even in your worst months, and if it is tight, borrow less or over a longer term.\nIf it does happen:\n· Before the due date, go to the bank or lender, explain why, and ask whether the loan can be extended or the repayments rescheduled; once it is overdue, that is much harder.\n· For a business loan from a bank, ask for renewal without repaying the principal first (无还本续贷): open to all small and micro firms since September 2024.\n· Do not borrow from loan apps, high-interest private lenders or 'bridge' lenders to repay: the interest piles up and the hole gets deeper.\n· An overdue loan goes on your credit report and makes borrowing harder and dearer later; repay what you can, and keep a record of what you agree with the lender.",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
