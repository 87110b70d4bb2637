// "年化是好多", "whats the yearly rate then" right after an offer was costed (round 48, found talking as a Qujing hardware store):
// that offer's yearly cost said again (its verdict line: the rate, compounded, the band; both readings when the words allow two)
// and the annual rate with all fees every lender must show, not how lenders price in general. The offer stays the one asked of
// next (whether it is lawful); any other message between makes the question general again.
// Played through the real engine; every reply of the message checked whole, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 11, 28, 10, 0) };

const HARDWARE_ZH = [
  { say: '在曲靖开五金店的 我和我老婆两个人 一年营业额一百二三十万' },
  { say: '想借十五万进点货 一年' },
  { say: '网上有个贷款app说月息1分2 格划算' },
];

const LENDERS_PRICE_ZH =
  '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。\n' +
  '银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。\n' +
  '对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。\n\n' +
  '把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：\n' +
  '· 借款前算清年化综合成本，包括各种服务费\n' +
  '· 借款时问清利率是固定还是浮动，按最坏情况测算还款\n' +
  '· 核实对方的营业执照、金融牌照和经营记录\n\n' +
  '想确认放贷方是否持牌合规，请回复“核查平台”。';

describe('an offer just costed, its yearly cost asked', () => {
  it('zh-CN: 月息1分2 read two ways: both yearly rates and their bands again, then the rate every lender must show', async () => {
    await playHandoff(
      [
        ...HARDWARE_ZH,
        {
          say: '年化是好多',
          replies: [
            '您刚才算的这笔：\n' +
              '按怎么计息不同，这笔钱的真实年化成本约14.4%到25.6%（按月利率×12），按复利算约15.4%到28.8%：按低的算，已超过民间借贷受法律保护的上限，但低于24%；按高的算，超过24%，是危险信号。先和银行的经营贷比一比。签之前问清楚：利息是按借款原额算，还是只按没还的本金算。\n' +
              '每家放贷方都必须标明含全部费用的年化利率（2021年起的规定）：让对方把这个数字写在合同或App上，和上面的对一对；对不上就先问清楚为什么，再决定签不签。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a loan app at 5,200 a month for 24 months: its 22.3% and 24.7% compounded again', async () => {
    await playHandoff(
      [
        { say: 'we run a beauty salon in yuxi, 7 girls working' },
        { say: 'about 900k revenue' },
        { say: 'need 100k to redo the interior, 2 years' },
        { say: 'a loan app offered me 100k, pay 5200 a month for 24 months, is that expensive?' },
        {
          say: 'whats the yearly rate then',
          replies: [
            'The offer you just costed:\n' +
              'The true annual cost is about 22.3% (monthly rate x 12), 24.7% compounded. Compounded, it is above 24%, a red flag. Do not sign yet; compare it with a bank business loan.\n' +
              'Every lender must show the annual rate with all fees included (since 2021): ask for that figure in the contract or the app and set it beside the one above; if they differ, ask why before you sign.',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it("en: a friend's 2% a month: 'whats that a year' gives both yearly rates, then 'is that even legal' is still that offer's", async () => {
    await playHandoff(
      [
        { say: 'hello, i have a small guesthouse in shaxi, 6 rooms, me and 2 staff' },
        { say: 'we made around 500k last year' },
        { say: 'want 80k to fix the roof and bathrooms before spring, 1 year' },
        { say: 'a friend offers 80k at 2 percent a month' },
        {
          say: 'whats that a year',
          replies: [
            'The offer you just costed:\n' +
              'Depending on how the interest is charged, the true annual cost is about 24% to 41.7% (monthly rate x 12), 26.8% to 50.7% compounded: at the lower figure it is above 24%, a red flag; at the higher, it is above 36%, outside what the rules allow. Do not sign yet; compare it with a bank business loan. Before you sign, ask whether interest is charged on the original sum or only on what is still owed.\n' +
              'Every lender must show the annual rate with all fees included (since 2021): ask for that figure in the contract or the app and set it beside the one above; if they differ, ask why before you sign.',
          ],
        },
        {
          say: 'ok and is that even legal',
          replies: [
            'Whether it is lawful depends on who lends and the true annual rate: the offer you just costed comes to about 26.8% to 50.7% a year compounded, depending on whether interest is charged on the original sum or only on what is still owed; what follows is for the higher figure.\n' +
              'That is above 36%, outside what the rules allow, whoever lends: do not borrow on these terms.\n' +
              'Check that the lender is licensed: banks and leasing companies in the NFRA\'s licence lookup, micro-loan companies on the provincial financial regulator\'s list (reply "check a platform" for how). Every loan must show its annual rate with all fees (since 2021): do not sign one that does not.',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: a message between, then 年化是好多: how lenders price in general again', async () => {
    await playHandoff([...HARDWARE_ZH, { say: '谢谢' }, { say: '年化是好多', replies: [LENDERS_PRICE_ZH] }], { ...AT, locale: 'zh-CN' });
  });
});
