// A guarantee company's yearly fee added to a lender's rate, the total asked (还有个担保费 一年两个点 加进去一共好多, "the bank offered
// 4.1% a year, plus the guarantee company wants another 1.5% a year. total per year?"; round 58, found talking as a Pu'er coffee
// roaster): the loan worked with the fee in it, said first, then what a guarantor's fee should be. Before, only the second was said: the
// owner asked for a figure and got none. The fee is part of what the loan costs (knowledge/cost.ts, guaranteeFeePct); the owner's own
// sum and term are what it is worked on, and stay unchanged. A longer term supposed next, its monthly asked (那拉长到五年呢 每个月还几多),
// is worked on that offer, the fee in it, as monthly instalments (the monthly payment asked of a yearly rate); a daily rate with a
// guarantor's yearly fee shows the fee added in its arithmetic. Played through the real engine; every reply checked whole, in both
// languages.

import { describe, it } from 'vitest';
import { EN_CEILING, ZH_CEILING, ROASTER } from './costing-shared';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 11, 28, 10, 0) };

describe("a guarantor's yearly fee added to an offer, the total asked", () => {
  it("zh-CN: after 农商行讲年息4.8, 还有个担保费 一年两个点 加进去一共好多 works 4.8% + 2% on the owner's 40万 over 3 years", async () => {
    await playHandoff(
      [
        { say: '在普洱做咖啡烘焙的 十二个工人 一年卖得三百来万 想借四十万买台新的烘焙机 分三年还' },
        { say: '农商行讲年息4.8 格划得来' },
        {
          say: '还有个担保费 一年两个点 加进去一共好多',
          replies: [
            [
              '按上面那笔报价的条件，借40万元、3年算：',
              '这笔钱的真实年化成本约6.8%（单利），按复利算约6.4%。银行和持牌机构不受民间借贷4倍LPR那条上限约束（那条管的是个人和企业之间的借贷），拿它和开户银行经营贷的年化利率比一比再定。',
              '这里已把担保公司每年2%的担保费（按借款本金收）算进去：只看放贷方的利率会低估这笔钱的真实成本。',
              '算法：到手40万元，3年后一次还48.16万元 → 年化6.8%，复利 6.38%。',
              ZH_CEILING,
            ].join('\n'),
            '持牌的融资担保公司为贷款作担保，按合同收担保费是正常的，不一定是诈骗。要分清的是：它是不是持牌的担保公司，钱是不是在签了担保合同、银行确认放款时才交，交到公司的对公账户。合同还没签、银行还没见到，就要您把“保证金”转过去，特别是转到个人账户的，是诈骗。政府性融资担保收得低：2026年1月的国家政策要求向企业收的担保费不超过1%，可以先问银行能不能走政府性融资担保。\n可以这样做：\n· 核查担保公司：问省地方金融管理部门它是不是持牌的融资担保公司；担保费写进合同，签了合同、银行确认放款时交到公司的对公账户，不转个人账户。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
          profile: ROASTER,
        },
        {
          say: '那拉长到五年呢 每个月还几多',
          replies: [
            [
              '按上面那笔报价的条件，借40万元、5年算：',
              '每月要还约8179元，共60期。',
              '这笔钱的真实年化成本约8.4%（按月利率×12），按复利算约8.7%。银行和持牌机构不受民间借贷4倍LPR那条上限约束（那条管的是个人和企业之间的借贷），拿它和开户银行经营贷的年化利率比一比再定。',
              '这里已把担保公司每年2%的担保费（按借款本金收）算进去：只看放贷方的利率会低估这笔钱的真实成本。',
              '算法：到手40万元，每月还8178.56元，共60期，合计还49.07万元 → 每月0.7%，×12 = 8.35%，复利 8.68%。',
              ZH_CEILING,
            ].join('\n'),
            '这是个假设的问题，我没有改动您说过的金额和期限。想按新的金额或期限看推荐，请直接说，例如“期限改成2年”。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
          profile: ROASTER,
        },
        {
          say: '微众银行那边讲日息万三 担保公司也要收一个点 加起来一年要出好多',
          replies: [
            [
              '这笔钱的真实年化成本约12%（按日利率×365），按复利算约12.6%。按复利算低于24%；它高于4倍LPR，但那条上限管的是个人和企业之间的民间借贷，银行和持牌机构不受它约束；签之前先和开户银行的经营贷比一比，银行的经营贷按LPR加点定价。',
              '这里已把担保公司每年1%的担保费（按借款本金收）算进去：只看放贷方的利率会低估这笔钱的真实成本。',
              '算法：日息0.03% ×365 = 10.95%，加担保费每年1% = 11.95%，复利 12.57%。',
              ZH_CEILING,
            ].join('\n'),
            '持牌的融资担保公司为贷款作担保，按合同收担保费是正常的，不一定是诈骗。要分清的是：它是不是持牌的担保公司，钱是不是在签了担保合同、银行确认放款时才交，交到公司的对公账户。合同还没签、银行还没见到，就要您把“保证金”转过去，特别是转到个人账户的，是诈骗。政府性融资担保收得低：2026年1月的国家政策要求向企业收的担保费不超过1%，可以先问银行能不能走政府性融资担保。\n可以这样做：\n· 核查担保公司：问省地方金融管理部门它是不是持牌的融资担保公司；担保费写进合同，签了合同、银行确认放款时交到公司的对公账户，不转个人账户。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
          profile: ROASTER,
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: the bank\'s 4.1% and the guarantor\'s 1.5% a year told together, "total per year?" worked on 400k over 3 years', async () => {
    await playHandoff(
      [
        { say: 'we roast coffee in puer, 12 staff, about 3m yuan a year, need 400k for a new roaster over 3 years' },
        {
          say: 'the bank offered 4.1% a year, plus the guarantee company wants another 1.5% a year. total per year?',
          replies: [
            [
              'Worked on the 400,000 yuan over 3 years you mentioned:',
              "The true annual cost is about 5.6% (simple interest), 5.3% compounded. Banks and licensed lenders are outside the private-lending ceiling of 4 x the LPR (it covers lending between persons and firms): compare it with your own bank's annual rate for a business loan before you decide.",
              "This includes the guarantee company's fee of 1.5% a year on the sum borrowed: the lender's rate alone understates what the loan costs.",
              'The arithmetic: you receive 400,000 yuan and repay 467,200 yuan after 3 years → 5.6% a year, compounded 5.31%.',
              EN_CEILING,
            ].join('\n'),
            "A licensed financing guarantee company that guarantees your loan charges a guarantee fee under a contract: that is normal, not necessarily a scam. What matters is whether it is licensed, and whether you pay only when the guarantee contract is signed and the bank confirms the loan, into the company's business account. A 'deposit' demanded before any contract or bank is involved, above all into a personal account, is fraud. Government guarantees cost less: the national measures of January 2026 cap the fee charged to the firm at 1%, so ask your bank whether a government financing guarantee is available.\nWhat you can do:\n· Check the guarantee company: ask the provincial financial regulator whether it is a licensed financing guarantee company; the fee should be in the contract and paid when it is signed and the bank confirms the loan, into the company's business account, never a personal one.",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
          profile: ROASTER,
        },
        {
          say: 'what if we stretch it to 4 years, whats the monthly',
          replies: [
            [
              'On the same terms as the offer above, for 400,000 yuan over 4 years:',
              'You would repay about 9,550 yuan a month for 48 months.',
              "The true annual cost is about 6.8% (monthly rate x 12), 7.1% compounded. Banks and licensed lenders are outside the private-lending ceiling of 4 x the LPR (it covers lending between persons and firms): compare it with your own bank's annual rate for a business loan before you decide.",
              "This includes the guarantee company's fee of 1.5% a year on the sum borrowed: the lender's rate alone understates what the loan costs.",
              'The arithmetic: you receive 400,000 yuan and repay 9,549.53 yuan a month for 48 months, 458,377.55 yuan in all → 0.57% a month, x 12 = 6.84%, compounded 7.06%.',
              EN_CEILING,
            ].join('\n'),
            'That is a what-if, so I have kept the sum and term you gave me. To see the advice for a new sum or term, say so, for example "change the term to 2 years".',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
          profile: ROASTER,
        },
        {
          say: 'mybank says 0.03% a day and a guarantor wants 1% a year on top, whats that all in per year',
          replies: [
            [
              "The true annual cost is about 12% (daily rate x 365), 12.6% compounded. Compounded, it is under 24%. It is above 4 x the LPR, but that ceiling covers private lending between persons and firms; banks and licensed lenders are outside it. Compare it with your own bank's business loan before you sign: a bank business loan is priced at the LPR plus a margin.",
              "This includes the guarantee company's fee of 1% a year on the sum borrowed: the lender's rate alone understates what the loan costs.",
              'The arithmetic: 0.03% a day x 365 = 10.95%, plus the guarantee fee of 1% a year = 11.95%, compounded 12.57%.',
              EN_CEILING,
            ].join('\n'),
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
          profile: ROASTER,
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
