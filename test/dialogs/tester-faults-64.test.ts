// A tester's conversations (round 64, corpus convention 723), read whole: the size class asked with one figure missing had said
// "these figures"; a short English reply after one Chinese message in an English conversation had been answered in Chinese; a fact
// told after the advice that changed nothing had sent the whole advice again; a question completing the profile had sent two menus;
// a relative's firm disowned had made the bot drop the owner's own count; a fee to have a subsidy got had been a subsidy question;
// "plus office 3" had not been counted.

import { describe, expect, it } from 'vitest';
import { ADVANCE_FEE_ZH } from './money-sent-answer';
import { AFTER_ANSWER as AFTER, lastTurn, PURPOSE_MENU as PURPOSES, TWO_ITEM_MENU } from './last-turn';

const SIZE = ['size:micro', 'size:small', 'size:medium', 'skip'];

describe('the size class asked with one figure missing', () => {
  it('one figure still needed is "这个数", not "这几个数"', async () => {
    const replies = await lastTurn('zh-CN', ['开饭馆的 请了十个人', '我们格算小微企业']);
    expect(replies).toEqual([
      {
        text: '按2011年《中小企业划型标准规定》，餐饮业要看营业收入：告诉我这个数，我帮您算是不是小微企业。',
        choices: [],
      },
      {
        text: '还需要知道去年的营业收入，才能按国家标准判断规模，例如：“年营业额150万”。不清楚可以回复“跳过”。',
        choices: SIZE,
      },
    ]);
  });
});

describe('a short English reply after one Chinese message', () => {
  it('an English conversation answered in English again ("ok thanks bye" had got 再见)', async () => {
    const replies = await lastTurn('en', [
      'We sell fruit from Vietnam in Hekou, 12 staff, revenue 8 million, need cross-border payments',
      '越南客户给现金，有人帮我们换钱，格可以',
      'ok thanks bye',
    ]);
    expect(replies).toEqual([
      {
        text: 'Goodbye, and good luck with the business! Come back whenever you need to.',
        choices: [],
      },
    ]);
  });
});

describe('a fact told after the advice that changes nothing', () => {
  it("the year's sales noted and the advice said to stand, not sent again", async () => {
    const replies = await lastTurn('zh-CN', [
      '想借5万块钱，半年，整点周转',
      '我在建水开个小面馆，卖米线饵丝，就我和我媳妇，还有个帮工',
      '一年营页额三十来万吧',
    ]);
    expect(replies).toEqual([
      {
        text: ['好的，记下了：年营业收入：30万元。', '推荐不变：上面列的服务仍然是最适合您的。'].join('\n'),
        choices: [],
      },
      {
        text: '还有什么想了解的？回复编号查看服务详情，或选择下面的操作：',
        choices: TWO_ITEM_MENU,
      },
    ]);
  });
});

describe('a question that completes the profile', () => {
  it('the answer, the purpose noted and the advice, one menu (two had been sent)', async () => {
    const replies = await lastTurn('zh-CN', [
      '我在昆明开米线馆，两个店',
      '员工一共18个，一年营业额差不多200万，说错了，是260万',
      '主要是收款的事，现在用个人微信收款码，听说不给用了？',
    ]);
    expect(replies).toEqual([
      {
        text: [
          '经营收款不要用个人收款码：个人收款码是给个人之间转账用的，做生意请免费申请个人经营收款码或商户收款码。2022年3月1日起，用个人静态收款码做远程经营收款受到限制。',
          '可以这样做：',
          '· 向微信支付、支付宝或银行免费申请个人经营收款码或商户收款码，不要用个人收款码做远程经营收款。',
        ].join('\n'),
        choices: [],
      },
      {
        text: '好的，记下了：用途：收款与支付结算。',
        choices: [],
      },
      {
        text: [
          '根据您的情况（餐饮业 · 小型企业 · 18人 · 年营业收入：260万元 · 收款与支付结算），推荐以下互联网金融服务：',
          '',
          '1. 第三方支付',
          '· 不用自己对接各家银行，开通即可收款，能明显降低经营成本。',
          '· 每笔交易都有完整记录，既方便对账，也能积累交易信用。',
          '下一步：向微信支付、支付宝或银行免费申请个人经营收款码或商户收款码，不要用个人收款码做远程经营收款。',
          '',
          '风险提示：',
          '· 收款以到账通知为准，不认顾客给您看的付款截图（假截图是常见骗局）；收款和对账分人负责，每天核对流水。',
          '· 扫码收款有分级限额（人民银行《条码支付业务规范（试行）》，2018年4月1日起施行）：同一顾客每天累计，B级（两种以上验证方式）不超过5000元，C级不超过1000元，静态二维码（D级）不超过500元；大额收款请用A级（数字证书或电子签名）或银行转账。',
          '',
          '回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
        ].join('\n'),
        choices: ['service:third-party-payment', 'cmd:risks', 'cmd:platform-check', 'cmd:summary', 'cmd:human', 'cmd:restart'],
      },
    ]);
  });
});

describe("a relative's firm told and disowned", () => {
  it("the owner's own five people noted (the whole message had been dropped as the cousin's)", async () => {
    const replies = await lastTurn('zh-CN', [
      '我是楚雄收菌子的，松茸牛肝菌这些，收了发到昆明和广东',
      '就我两口子加3个工，我表哥在隔壁开餐馆，他那点10几个人，不算我的哈',
    ]);
    expect(replies).toEqual([
      {
        text: '好的，记下了：员工：5人。',
        choices: [],
      },
      {
        text: '还需要知道去年的营业收入，才能按国家标准判断规模，例如：“年营业额150万”。不清楚可以回复“跳过”。',
        choices: SIZE,
      },
    ]);
  });
});

describe('a fee to have a subsidy got', () => {
  it('answered as an advance-fee fraud (it had been answered as a subsidy question)', async () => {
    const replies = await lastTurn('zh-CN', [
      '我们在昆明做鲜花饼，员工12个，去年卖了700万，想借80万周转，借1年',
      '有个小程序说交3000会员费就能帮我申请政府补贴100万，格是真呢',
    ]);
    expect(replies).toEqual([
      {
        text: ADVANCE_FEE_ZH,
        choices: AFTER,
      },
    ]);
  });
});

describe('a post before its count', () => {
  it('"14 drivers, plus office 3" is 17 employees (it had been 14)', async () => {
    const replies = await lastTurn('en', [
      'We have 9 trucks and 14 drivers, plus office 3. Revenue about 9 million last year, we haul goods to Laos',
    ]);
    expect(replies).toEqual([
      {
        text: 'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
        choices: [],
      },
      {
        text: [
          'Got it — industry: transport; employees: 17; annual revenue: 9,000,000 yuan; cross-border trade: yes; size: micro enterprise.',
          'Under the 2011 SME size standard, a firm in transport with employees below 20 is a micro enterprise.',
        ].join('\n'),
        choices: [],
      },
      {
        text: 'What do you mainly need help with? Reply with a number:',
        choices: PURPOSES,
      },
    ]);
  });
});
