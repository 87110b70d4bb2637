// A tester's conversations (round 62, corpus conventions 720 and 721): what owners asked after or during the advice that the bot
// had taken as facts. An item's fee asked while no amount is held (第一个手续费好多) had become an amount of 1万元 and got loan rates;
// a need supposed inside a question of how much can be borrowed (要是想借点钱周转 好多钱能借到) had overwritten the owner's payment need;
// another sum supposed (那我要借15万呢 格可以) had replaced the amount.

import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import type { Locale } from '../../src/locale';
import { AFTER_ANSWER as AFTER, TWO_ITEM_MENU as MENU } from './last-turn';
import { onAdviceDay } from '../helpers/advice-day';

async function talk(locale: Locale, messages: string[]) {
  const engine = new ConversationEngine({
    store: new MemoryStore(onAdviceDay),
    clock: onAdviceDay,
    defaultLocale: locale,
    conversationTtlMs: 86_400_000,
  });
  let last: Awaited<ReturnType<typeof engine.handle>> | undefined;
  for (const text of messages) last = await engine.handle({ conversationId: 'tester-62', channel: 'api', text });
  if (last === undefined) throw new Error('no message');
  return {
    replies: last.replies.map((r) => ({ text: r.text, choices: r.choices.map((c) => c.id) })),
    profile: last.view.profile,
  };
}

// A Dounan flower wholesaler selling online too, whose need is collecting payments: third-party payment advised.
const FLOWERS = [
  '斗南卖鲜花的 批发 网上也卖 抖音快手都整',
  '员工8个 去年营业额380w左右',
  '主要是收款麻烦 客户有微信有支付宝有银行转账 想整个统一收款的',
];

describe('an item asked of while its need holds no sum', () => {
  it('第一个手续费好多: the collection fee of the payment item, no amount taken', async () => {
    const { replies, profile } = await talk('zh-CN', [...FLOWERS, '第一个手续费好多']);
    expect(replies).toEqual([
      {
        text: [
          '收款手续费（刷卡、扫码的费率）按您和收单机构（银行或支付机构）签的合同收；银行卡刷卡手续费2016年改革过（2016年9月6日起施行）。我这里没有核实过的当前费率，不好说多少算正常，最稳的办法是比：问开户银行、微信支付、支付宝各自的商户收款费率，放在一起比；签之前看清合同里的费率、押金、年费和到账时间。',
          '可以这样做：',
          '· 向微信支付、支付宝或银行免费申请个人经营收款码或商户收款码，不要用个人收款码做远程经营收款。',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
    expect([profile.amount, profile.purpose]).toEqual([undefined, 'payment-collection']);
  });

  it('顺便问下 要是想借点钱周转 好多钱能借到: how much can be had, answered; the payment need kept', async () => {
    const { replies, profile } = await talk('zh-CN', [...FLOWERS, '顺便问下 要是想借点钱周转 好多钱能借到']);
    expect(replies).toEqual([
      {
        text: [
          '能借多少由放贷方按您企业的情况核定，我不报哪个产品的额度。主要看这几样：',
          '· 营业收入和银行流水：流水越稳、越多，批得越多；',
          '· 纳税记录：按时报税、纳税的，额度更高；',
          '· 有没有抵押或担保：房产、设备抵押或政府性融资担保，能借得更多；',
          '· 企业和法定代表人的征信记录：有逾期会少批或不批。',
          '您一年营业收入约380万元：借的数要能从借款期间的利润和回款里还上，超过半年营业额（约190万元）就偏多了。',
          '可以这样做：',
          '· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
          '出处：最新金融规则与事实（2026年11月核对）',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
    expect(profile.purpose).toBe('payment-collection');
  });
});

// A Dali homestay borrowing 3万 for the low season over half a year.
const HOMESTAY = [
  '在大理开民宿的 六个房间 就我跟老婆两个人加一个阿姨',
  '一年收入大概四五十万',
  '淡季想借个3w周转 发工资交水电',
  '期限半年',
];

describe('another sum supposed after the advice', () => {
  it('那我要借15万呢 格可以: answered as a supposition, the 3万 kept', async () => {
    const { replies, profile } = await talk('zh-CN', [...HOMESTAY, '那我要借15万呢 格可以']);
    expect(replies).toEqual([
      {
        text: [
          '如果借15万元、6个月等额还款，按一年期LPR 3.0%（这是2026年3月的数字，请查最新）算，每月约还2.52万元（按您说的3万元、6个月算，每月约5044元）；银行会在LPR上加点，实际月供会高一些。',
          '这是个假设的问题，我没有改动您说过的金额和期限。一般来说，借得越久，每月还得越少，但利息总额越多；借得越多，月供和利息都越多。想按新的金额或期限看推荐，请直接说，例如“期限改成3年”或“金额改成30万”。',
        ].join('\n'),
        choices: [],
      },
      { text: '还有什么想了解的？回复编号查看服务详情，或选择下面的操作：', choices: MENU },
    ]);
    expect(profile.amount).toEqual({ value: 30_000, currency: 'CNY' });
  });

  it('算了 就按3w来 after it: the same sum, said unchanged, never asked which sum it is', async () => {
    const { replies, profile } = await talk('zh-CN', [...HOMESTAY, '那我要借15万呢 格可以', '算了 就按3w来']);
    expect(replies).toEqual([
      { text: '您的情况没有变化，上面的推荐不变。', choices: [] },
      { text: '还有什么想了解的？回复编号查看服务详情，或选择下面的操作：', choices: MENU },
    ]);
    expect(profile.amount).toEqual({ value: 30_000, currency: 'CNY' });
  });
});

describe('how long an item takes, asked by its number', () => {
  it('en: "how long does number 1 take to get the money" gets the approval time, not "did not understand"', async () => {
    const { replies } = await talk('en', [
      'We run a noodle shop, 3 staff, revenue 600k a year, need 50k working capital for 6 months',
      'how long does number 1 take to get the money',
    ]);
    expect(replies).toEqual([
      {
        text: [
          "It depends on the loan: online banks such as MYbank and WeBank, and the online business loans in banks' apps, decide on your payment, statement and tax data: you apply on your phone and they are usually quick; a bank loan with a pledge or guarantee takes much longer, as the pledge is valued and registered. How long exactly is for the lender to say; I give no day counts. Anyone asking you to pay before the loan is paid out is a fraud.",
          'Source: current finance rules and facts (checked November 2026)',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});
