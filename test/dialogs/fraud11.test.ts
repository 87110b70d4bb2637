// Fraud stories told in new words in the middle of a conversation (round 11): the student-loan account to be
// cancelled, a refund that needs a loan first, money lent to others through an app. Each is answered first,
// before the question the bot was asking, with the knowledge module's steps (do not pay, 110, 96110) and its
// source; played through the real engine, every reply of the step checked exactly, in both languages.

import { describe, it } from 'vitest';
import { beijing, type HandoffStep, playHandoff } from './handoff-table';
import { ADVANCE_FEE_EN, ADVANCE_FEE_ZH } from './money-sent-answer';

const AT = { start: beijing(2026, 1, 15, 15, 30) }; // a Thursday, the desk staffed

describe('the student-loan account "to be cancelled": the impostor story, answered first, with its source', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们开服装店的，4个人，一年营业额100万' },
      {
        say: '客服打电话说我上大学时的助学贷款账户要注销 不然影响征信',
        replies: [ADVANCE_FEE_ZH, '这次主要想解决什么问题？请回复编号：'],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a clothes shop, 4 staff, revenue 1 million' },
      {
        say: 'customer service called, said i have to cancel my old student loan account or my credit gets hurt',
        replies: [ADVANCE_FEE_EN, 'What do you mainly need help with? Reply with a number:'],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('a refund that needs a loan first: the impostor story, answered first', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们开服装店的，4个人，一年营业额100万' },
      {
        say: '快递客服说包裹丢了给我退款 但要先在借款平台借一笔钱走流水',
        replies: [ADVANCE_FEE_ZH, '这次主要想解决什么问题？请回复编号：'],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a clothes shop, 4 staff, revenue 1 million' },
      {
        say: 'courier said they would refund my lost parcel but i need to take out a loan first',
        replies: [ADVANCE_FEE_EN, 'What do you mainly need help with? Reply with a number:'],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});

describe('money lent to others through an app for a yearly return: P2P-style, its two sources named', () => {
  it('zh-CN', async () => {
    const steps: HandoffStep[] = [
      { say: '我们开服装店的，4个人，一年营业额100万' },
      {
        say: '有个APP讲把我们的闲钱放上去借给别人 一年15%的收益 格靠谱',
        replies: [
          [
            '不能碰：P2P网贷已于2020年11月全部清零，如今还在招揽P2P出借或“高收益理财”的平台本身就是违法的。不要投钱；已经投了，保留凭证向110或当地金融监管部门举报。',
            '可以这样做：',
            '· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
            '出处：P2P清退情况（银保监会，2020年）；最新金融规则与事实（2026年11月核对）',
          ].join('\n'),
          '这次主要想解决什么问题？请回复编号：',
        ],
      },
    ];
    await playHandoff(steps, { ...AT });
  });
  it('en', async () => {
    const steps: HandoffStep[] = [
      { say: 'we run a clothes shop, 4 staff, revenue 1 million' },
      {
        say: 'an app pays 15% a year if we lend our spare cash to other people thru it',
        replies: [
          [
            "Stay away: P2P lending was wound down to zero in November 2020, and any platform still soliciting P2P lending or 'high-yield wealth products' is itself illegal. Do not invest; if you have, keep the records and report it to 110 or the local financial regulator.",
            'What you can do:',
            "· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
            'Source: P2P clear-out (CBIRC, 2020); current finance rules and facts (checked November 2026)',
          ].join('\n'),
          'What do you mainly need help with? Reply with a number:',
        ],
      },
    ];
    await playHandoff(steps, { ...AT, locale: 'en' });
  });
});
