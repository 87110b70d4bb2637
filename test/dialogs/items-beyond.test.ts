// Items of the advice asked of by their places, found by a tester (round 62, corpus convention 720): a place the advice does not have
// (第三个详细讲讲 when two were listed) is said so, with the advice's menu, never answered with another item's card; an item's soundness
// asked (第二个靠不靠谱, "is number 2 legit") gets that service's legitimacy, not the checklist for any platform.

import { describe, expect, it } from 'vitest';
import { lastTurn, TWO_ITEM_MENU as MENU, AFTER_ANSWER as AFTER } from './last-turn';

// A noodle shop's working capital: two items listed, the bank's operating loan first, big-data finance (the online banks) second.
const ZH_FIRM = '开了家米线店，3个员工，年营业额60万，想借5万周转半年';
const EN_FIRM = 'We run a noodle shop, 3 staff, revenue 600k a year, need 50k working capital for 6 months';

describe('an item asked of by a place the advice does not have', () => {
  it('in Chinese: the details of a third item when two were listed', async () => {
    expect(await lastTurn('zh-CN', [ZH_FIRM, '第三个详细讲讲'])).toEqual([
      { text: '这次的推荐里没有第3项，只到第2项。回复编号查看其中一项的详情，或选择下面的操作：', choices: MENU },
    ]);
  });

  it('in Chinese: the cost of a third item, not the third chip (the platform check)', async () => {
    expect(await lastTurn('zh-CN', [ZH_FIRM, '第三个利息多少'])).toEqual([
      { text: '这次的推荐里没有第3项，只到第2项。回复编号查看其中一项的详情，或选择下面的操作：', choices: MENU },
    ]);
  });

  it('in English: where to apply for a third item', async () => {
    expect(await lastTurn('en', [EN_FIRM, 'number 3, where do we apply'])).toEqual([
      {
        text: 'There is no number 3 in this advice: it goes up to number 2. Reply with a number to see one of them in detail, or choose one of these:',
        choices: MENU,
      },
    ]);
  });
});

describe("an item's soundness asked by its place", () => {
  it('in Chinese (二号那个是哪样 得不得靠谱): the online banks are real banks, and how to tell a fake', async () => {
    expect(await lastTurn('zh-CN', [ZH_FIRM, '二号那个是哪样 得不得靠谱'])).toEqual([
      {
        text: [
          '网商银行（蚂蚁集团发起）和微众银行（腾讯发起）是正规的线上银行，按企业的支付和纳税数据给小微企业放贷；网上放贷的小额贷款公司也要持牌、受国家金融监督管理总局2024年的网络小额贷款规定监管。要防的是冒牌：只从支付宝、微信里的官方入口或官方App申请，放款前要您先交钱的都是假的。',
          '可以这样做：',
          '· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
          '出处：最新金融规则与事实（2026年11月核对）',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });

  it('in English ("is number 2 legit"): the same', async () => {
    expect(await lastTurn('en', [EN_FIRM, 'is number 2 legit'])).toEqual([
      {
        text: [
          "MYbank (founded by Ant Group) and WeBank (founded by Tencent) are real online banks: they lend to small businesses on their payment and tax data, and online micro-loans by micro-loan companies are licensed and supervised under the NFRA's 2024 rules. What to watch for are fakes: apply only through the official entries in Alipay or WeChat or their official apps, and anyone asking you to pay before the loan is paid out is not them.",
          'What you can do:',
          "· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
          'Source: current finance rules and facts (checked November 2026)',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});
