// A tester's conversations (round 65, corpus convention 724), read whole: a question whether leasing fits, naming equipment, had
// turned a hotel's renovation into buying equipment; "who do I contact first" once advised had not been understood; a range then "let's
// say 70万" had been saved as the range's middle (650,000); a year with two terms in it (一年两学期) had set a one-year loan term.

import { describe, expect, it } from 'vitest';
import { AFTER_ANSWER, lastTurn, PURPOSE_MENU } from './last-turn';

describe('a question changes nothing the owner said', () => {
  it('zh-CN: "那融资租赁可以吗 设备能租不" from a hotel renovating its pools: leasing does not fit, the renovation stays', async () => {
    const replies = await lastTurn('zh-CN', [
      '腾冲开温泉酒店的 员工二十五个 去年营业额一千二百来万',
      '想把温泉池子重新装修一下 要两百万左右 三年',
      '那融资租赁可以吗 设备能租不',
    ]);
    expect(replies).toEqual([
      {
        text: '融资租赁不适合您：\n· 融资租赁只能为设备、车辆、冷库等资产融资，不能用于装修、进货或发工资。\n对您更合适的是：信息化金融机构（网上银行、保险、证券）。',
        choices: AFTER_ANSWER,
      },
    ]);
  });

  it("zh-CN: a term's takings and two terms a year are the revenue, no loan term", async () => {
    const replies = await lastTurn('zh-CN', [
      '我在蒙自办了个民办幼儿园，两百多个娃娃',
      '老师保育员保安厨师加起来二十六个',
      '一学期学费收入一百一十来万 一年两学期',
    ]);
    expect(replies).toEqual([
      {
        text: '好的，记下了：年营业收入：220万元。',
        choices: [],
      },
      {
        text: '这次主要想解决什么问题？请回复编号：',
        choices: PURPOSE_MENU,
      },
    ]);
  });
});

describe('what the owner settles on', () => {
  it('en: a range, then "let\'s say 70万": 700,000 yuan', async () => {
    const replies = await lastTurn('en', [
      'Hello, I export building materials (tiles, pipes) from Hekou to Lao Cai in Vietnam',
      'we are 9 people, about 5m RMB sales per year',
      "I need 500k to 80万 for a bigger stock, hmm let's say 70万, one year",
    ]);
    expect(replies).toEqual([
      {
        text: 'Got it — purpose: working capital; amount: 700,000 yuan; term: 1 year.',
        choices: [],
      },
      {
        text: 'For your business (wholesale, micro enterprise, 9 employees, annual revenue: 5,000,000 yuan, cross-border trade: yes, working capital, 700,000 yuan, 1 year), I recommend these Internet financial services:\n\n1. Supply-chain finance\n· You trade across the border, and real import and export orders and documents can back trade financing.\n· Real orders and receivables back the loan, so you need no separate collateral.\nNext step: With your real import or export contracts, customs declarations and invoices, ask your bank for trade finance, and settle in RMB across the border.\n\nRisks to watch:\n· Exchange money only through banks: private money changers (underground banking) are illegal, funds can be frozen and the parties prosecuted; with ASEAN partners, RMB cross-border settlement is the main route.\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n\nOther options:\n2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.\n3. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
        choices: [
          'service:supply-chain-finance',
          'service:big-data-finance',
          'service:online-financial-institution',
          'cmd:risks',
          'cmd:platform-check',
          'cmd:summary',
          'cmd:human',
          'cmd:restart',
        ],
      },
    ]);
  });
});

describe('whom to contact, asked once advised', () => {
  it('en: "who do I contact first" gets how to apply for the first pick', async () => {
    const replies = await lastTurn('en', [
      'Hi, we are a flower wholesaler at Dounan market in Kunming, we export cut roses to Thailand and Japan',
      'about 15 staff, turnover 2千万 last year',
      'our buyers in Bangkok pay 60 days after delivery, so cash is always tight',
      'need around 1.5 million to bridge, for maybe 3 months each time',
      'who do I contact first',
    ]);
    expect(replies).toEqual([
      {
        text: "How to apply (Supply-chain finance):\n· With your real import or export contracts, customs declarations and invoices, ask your bank for trade finance, and settle in RMB across the border.\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n· Usually bring: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\n· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
        choices: AFTER_ANSWER,
      },
    ]);
  });
});
