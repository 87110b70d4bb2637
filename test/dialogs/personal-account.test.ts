// Money asked to be paid into a person's own account (fraud-personal-account): by a "lender", and by a supplier
// abroad for a trade payment. One answer fits both: do not pay; trade payments go from the firm's account to the
// other firm's, across the border through a bank; where to report; its source. Played through the whole engine.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe("a supplier abroad asks to be paid into his own card: not the lender's wording alone", () => {
  it('zh-CN: 越南供应商让把货款打到他个人的卡上', async () => {
    await playHandoff(
      [
        { say: '我们在河口做越南水果进口批发 十二个人 一年营业额两千万' },
        {
          say: '越南那边供应商让我们把货款打到他个人的卡上 格可以',
          // The answer, then the question the conversation was at.
          replies: [
            [
              '不要转。银行和正规放贷机构只会通过对公账户或合同约定的方式收付款；生意上的货款也应从对公账户付到对方公司的账户，跨境货款走银行（和东盟做生意，人民币跨境结算是主渠道）。让您把钱转到个人账户的，基本就是诈骗，或是地下钱庄的路子，钱可能被冻结。已经转了，马上打110报警；拿不准可以打96110反诈专线咨询。',
              '可以这样做：',
              '· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
              '出处：最新金融规则与事实（2026年11月核对）',
            ].join('\n'),
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: our supplier in vietnam wants us to pay into his personal bank card', async () => {
    await playHandoff(
      [
        { say: 'we import fruit from vietnam in hekou, 12 people, revenue 20 million a year' },
        {
          say: 'our supplier in vietnam wants us to pay into his personal bank card, is that ok',
          replies: [
            [
              "Do not transfer. Banks and licensed lenders collect only through a business account or as the contract says, and a trade payment goes from your business account to the other firm's account (across the border, through a bank: RMB settlement is the main route with ASEAN). A request to pay into a personal account is almost always fraud or an underground-banking route, and the money can be frozen. If you have paid, call 110 now; if unsure, call the 96110 anti-fraud line.",
              'What you can do:',
              "· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
              'Source: current finance rules and facts (checked November 2026)',
            ].join('\n'),
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
