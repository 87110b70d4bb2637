// The cheapest asked ("哪家利息最低", "which one has the lowest interest"): the question asked is answered
// first, where the lowest price usually is (a bank's business loan at the LPR plus a margin, the LPR dated,
// its source), then the best fit for this firm. Played through the whole engine, whole replies checked.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('the cheapest asked after the advice: where the lowest price usually is, then the best fit', () => {
  it('zh-CN: 哪家利息最低 after a noodle shop advice', async () => {
    await playHandoff(
      [
        { say: '我在昆明开了个小面馆 请了三个人 一年营业额大概六十万 想借十万装修 一年还' },
        {
          say: '哪家利息最低',
          replies: [
            '一般最便宜的是银行的经营贷：银行按一年期LPR加点定价（LPR 3.0%，这是2026年3月的数字，每月20日公布，请查最新）；网贷平台、小额贷款公司、融资租赁一般更贵。每家都必须标明含全部费用的年化利率：问两三家要这个数字，放在一起比。\n出处：最新金融规则与事实（2026年11月核对）',
            [
              '对您最合适的是：信息化金融机构（网上银行、保险、证券）。',
              '· 餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息有1个百分点的财政贴息（2026年1月的国家政策；之后是否延续，问银行），经银行办理。',
              '· 持牌经营、监管严格，是最稳妥的选择。',
              '可以这样做：',
              '· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
              '· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
            ].join('\n'),
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "which one has the lowest interest" after the same advice', async () => {
    await playHandoff(
      [
        { say: 'I run a small noodle shop in Kunming, 3 staff, about 600k a year, need 100k to renovate, 1 year' },
        {
          say: 'which one has the lowest interest',
          replies: [
            "The cheapest is usually a bank's business loan: banks price it at the one-year LPR plus a margin (LPR 3.0%, the figure as of March 2026; it is published on the 20th of each month, check the latest). Online lenders, micro-loan and leasing companies usually cost more. Every lender must show its annual rate with all fees included: ask two or three for theirs and set them side by side.\nSource: current finance rules and facts (checked November 2026)",
            [
              'The best fit for you is Online banks, insurers and brokers.',
              '· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point subsidy on their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.',
              '· Licensed and closely supervised: the safest choice.',
              'What you can do:',
              '· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.',
              "· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
            ].join('\n'),
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
