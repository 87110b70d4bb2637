// Another sum or term only supposed right after an offer was costed (那分两年还呢, 那少借点 借个三十万呢, "what if we only borrow
// 300k", "what about over 2 years then"; round 57, found talking as a Pu'er coffee roaster): the offer's own price worked on the
// figures supposed, not the LPR's, and the owner told their own sum and term are kept (the profile unchanged). Before, the reply
// gave the monthly payment at the LPR as for any what-if, though the owner had just told the rate they were offered.
// Played through the real engine; every reply of the message checked whole, in both languages.

import { describe, it } from 'vitest';
import { EN_CEILING, ZH_CEILING, ROASTER } from './costing-shared';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 11, 28, 10, 0) };

/** Said after a costing on figures only supposed. */
const ZH_KEPT = '这是个假设的问题，我没有改动您说过的金额和期限。想按新的金额或期限看推荐，请直接说，例如“期限改成2年”。';
const EN_KEPT =
  'That is a what-if, so I have kept the sum and term you gave me. To see the advice for a new sum or term, say so, for example "change the term to 2 years".';
const ZH_CHOICES = ['推荐', '风险', '核查平台', '人工'];
const EN_CHOICES = ['Advice', 'Risks', 'Check a platform', 'Agent'];

describe('a sum or term supposed after an offer was costed', () => {
  it("zh-CN: 那分两年还呢 and 那少借点 借个三十万呢 worked on the 农商行 offer, the owner's 40万 over 3 years kept", async () => {
    await playHandoff(
      [
        { say: '在普洱做咖啡烘焙的 十二个工人 一年卖得三百来万 想借四十万买台新的烘焙机 分三年还' },
        { say: '农商行讲年息4.8 还要交一个点的手续费 格划得来' },
        {
          say: '那分两年还呢',
          replies: [
            [
              '按上面那笔报价的条件，借40万元、2年算：',
              '这笔钱的真实年化成本约5.4%（单利），按复利算约5.2%。银行和持牌机构不受民间借贷4倍LPR那条上限约束（那条管的是个人和企业之间的借贷），拿它和开户银行经营贷的年化利率比一比再定。',
              '算法：到手39.6万元，2年后一次还43.84万元 → 年化5.35%，复利 5.22%。',
              ZH_CEILING,
            ].join('\n'),
            ZH_KEPT,
          ],
          choices: ZH_CHOICES,
          profile: ROASTER,
        },
        {
          say: '那少借点 借个三十万呢',
          replies: [
            [
              '按上面那笔报价的条件，借30万元、2年算：',
              '这笔钱的真实年化成本约5.4%（单利），按复利算约5.2%。银行和持牌机构不受民间借贷4倍LPR那条上限约束（那条管的是个人和企业之间的借贷），拿它和开户银行经营贷的年化利率比一比再定。',
              '算法：到手29.7万元，2年后一次还32.88万元 → 年化5.35%，复利 5.22%。',
              ZH_CEILING,
            ].join('\n'),
            ZH_KEPT,
          ],
          choices: ZH_CHOICES,
          profile: ROASTER,
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: "what if we only borrow 300k", then "what about over 2 years then" on the rural bank\'s offer, 400k over 3 years kept', async () => {
    await playHandoff(
      [
        { say: 'we roast coffee in puer, 12 staff, about 3m yuan a year, need 400k for a new roaster over 3 years' },
        { say: 'the rural bank offered 4.8% a year plus a 1% fee, is that a good deal' },
        {
          say: 'what if we only borrow 300k',
          replies: [
            [
              'On the same terms as the offer above, for 300,000 yuan over 3 years:',
              "The true annual cost is about 5.2% (simple interest), 4.9% compounded. Banks and licensed lenders are outside the private-lending ceiling of 4 x the LPR (it covers lending between persons and firms): compare it with your own bank's annual rate for a business loan before you decide.",
              'The arithmetic: you receive 297,000 yuan and repay 343,200 yuan after 3 years → 5.19% a year, compounded 4.94%.',
              EN_CEILING,
            ].join('\n'),
            EN_KEPT,
          ],
          choices: EN_CHOICES,
          profile: ROASTER,
        },
        {
          say: 'what about over 2 years then',
          replies: [
            [
              'On the same terms as the offer above, for 300,000 yuan over 2 years:',
              "The true annual cost is about 5.4% (simple interest), 5.2% compounded. Banks and licensed lenders are outside the private-lending ceiling of 4 x the LPR (it covers lending between persons and firms): compare it with your own bank's annual rate for a business loan before you decide.",
              'The arithmetic: you receive 297,000 yuan and repay 328,800 yuan after 2 years → 5.35% a year, compounded 5.22%.',
              EN_CEILING,
            ].join('\n'),
            EN_KEPT,
          ],
          choices: EN_CHOICES,
          profile: ROASTER,
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
