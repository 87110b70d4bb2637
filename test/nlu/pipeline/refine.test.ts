// Refiners: each one's decisions on a message, exactly, and the Understanding that results (with
// the rule behind each field), through explain().

import { describe, expect, it } from 'vitest';
import { explain, understand } from '../../../src/nlu/understand';

function decisions(text: string): string[] {
  return explain(text).decisions.map((d) => `${d.refiner}: ${d.action} ${d.mention} (${d.because})`);
}

describe('refiners', () => {
  it('questionScope: the topic of a question is no fact about the firm', () => {
    expect(decisions('租赁是哪样意思')).toEqual([
      'questionScope: drop industry leasing-business-services [0,2) industry:leasing-business-services@8 "租赁" (the topic of a question, not a fact about the firm)',
    ]);
    expect(explain('租赁是哪样意思').understanding).toEqual({
      language: 'zh-CN',
      term: 'leasing',
      rules: { term: 'term:leasing "租赁是哪样意思"' },
    });
  });

  it('deniedFacts: a denial sets nothing it names', () => {
    expect(decisions('我没得京东的单子 咋个整')).toEqual([
      'deniedFacts: drop flag online-sales [3,5) flag:online-sales "京东" (inside a denial)',
    ]);
    expect(explain('我没得京东的单子 咋个整').understanding).toEqual({
      language: 'zh-CN',
      command: 'advice',
      rules: { command: 'command:advice' },
    });
  });

  it('notTheTrade + deniedFacts: "没在网上卖东西" denies online sales and names no trade', () => {
    expect(decisions('其实我们没在网上卖东西')).toEqual([
      'notTheTrade: drop industry retail [8,11) industry:retail@20 "卖东西" (inside a denied trade)',
      'deniedFacts: drop flag online-sales [5,9) flag:online-sales "在网上卖" (inside a denial)',
    ]);
    expect(explain('其实我们没在网上卖东西').understanding).toEqual({
      language: 'zh-CN',
      onlineSales: false,
      rules: { onlineSales: 'scope:online-denial "没在网上卖"' },
    });
  });

  it("notTheTrade: a relative's business is not the user's", () => {
    expect(decisions('我姐开饭店，我自己做五金')).toEqual([
      `notTheTrade: drop industry retail [2,5) industry:retail@11 "开饭店" (inside a relative's or another's business)`,
      `notTheTrade: drop industry catering [3,5) industry:catering@25 "饭店" (inside a relative's or another's business)`,
    ]);
    expect(explain('我姐开饭店，我自己做五金').understanding).toEqual({
      language: 'zh-CN',
      industry: 'retail',
      industryWeak: true,
      rules: { industry: 'industry:retail@10 "五金"' },
    });
  });

  it('notTheTrade and sideLine: a denied trade, the customers supplied, a side line', () => {
    expect(decisions('不做外贸，给酒店供应鲜花，还做点零售')).toEqual([
      'notTheTrade: drop industry wholesale [2,4) industry:wholesale@25 "外贸" (inside a denied trade)',
      'notTheTrade: drop industry accommodation [6,8) industry:accommodation@25 "酒店" (inside the customers supplied)',
      'notTheTrade: drop industry retail [6,8) industry:retail@20 "酒店" (inside the customers supplied)',
      'sideLine: relabel industry retail [16,18) industry:retail@20 "零售" (named as a side line)',
      'deniedFacts: drop flag cross-border [2,4) flag:cross-border "外贸" (inside a denial)',
    ]);
  });

  it('staffRoles: a role with a head count is staff, not a purpose; the counts add up', () => {
    expect(explain('我们店里有厨师两个，服务员三个，收银一个')).toEqual({
      text: '我们店里有厨师两个,服务员三个,收银一个',
      mentions: expect.any(Array),
      decisions: [
        {
          refiner: 'staffRoles',
          action: 'drop',
          mention: 'purpose payment-collection [16,18) purpose:payment-collection "收银"',
          because: 'a staff role with a head count',
        },
        {
          refiner: 'figureRoles',
          action: 'note',
          mention: 'employees',
          because: 'figure:staff summed by role: figure:staff "两个" 厨师 + figure:staff "三个" 服务员 + figure:staff "一个" 收银',
        },
      ],
      understanding: {
        language: 'zh-CN',
        employees: 6,
        rules: {
          employees: 'figure:staff summed by role: figure:staff "两个" 厨师 + figure:staff "三个" 服务员 + figure:staff "一个" 收银',
        },
      },
    });
  });

  it('insideService: the words of a service name are not a purpose', () => {
    expect(decisions('用微信支付收款')).toEqual([
      'insideService: drop cue other [3,5) cue:other "支付" (inside the name of a service)',
      'insideService: drop purpose payment-collection [3,5) purpose:payment-collection "支付" (inside the name of a service)',
    ]);
    expect(explain('用微信支付收款').understanding).toEqual({
      language: 'zh-CN',
      service: 'third-party-payment',
      purpose: 'payment-collection',
      rules: { service: 'service:third-party-payment "微信支付"', purpose: 'purpose:payment-collection "收款"' },
    });
  });

  it('renovationTrade: renovation as the trade is not a purpose', () => {
    expect(decisions('我们是搞装修的，想借钱买设备')).toEqual([
      'renovationTrade: drop purpose equipment-expansion [4,6) purpose:equipment-expansion "装修" (renovation is the trade here)',
    ]);
  });

  it('figure roles: a unit price is not the loan', () => {
    expect(explain('each bag sells for 60 yuan, we need 200k').understanding).toEqual({
      language: 'en',
      amount: { value: 200_000, currency: 'CNY' },
      rules: { amount: 'figure:amount "200k" by cue:amount "need"' },
    });
  });

  it('figure roles: 一年也卖个六七十万 is revenue, not a loan with a one-year term', () => {
    expect(explain('一年也卖个六七十万').understanding).toEqual({
      language: 'zh-CN',
      annualRevenueCny: 650_000,
      rules: { annualRevenueCny: 'figure:revenue "六七十万" by cue:revenue "一年"' },
    });
  });

  it('figureRoles: a duration after a mark of the firm’s age is no term; the term word decides', () => {
    expect(decisions("we've been operating for 4 years, need 300k over 2 years")).toEqual([
      'figureRoles: note duration "4 years" (not the term: the firm’s age or a past span (mark:age-before "been operating for"))',
      'figureRoles: note amount (figure:amount "300k" by cue:amount "need")',
      'figureRoles: note termMonths (figure:term "2 years" by mark:term-before "over")',
    ]);
    expect(decisions('公司成立3年了，营业额一年800万')).toEqual([
      'figureRoles: note duration "3年" (not the term: the firm’s age or a past span (mark:age-before "成立"))',
      'figureRoles: note duration "一年" (not the term: the period of a rate (mark:rate-before "营业额"))',
      'figureRoles: note annualRevenueCny (figure:revenue "800万" by cue:revenue "营业额")',
    ]);
  });

  it("lenderWords: a lender's or agent's offer is not the owner's sum or trade", () => {
    // (中介 speaking, 中介说, is no trade word since round 23: the industry list leaves the agent out itself.)
    expect(decisions('一个贷款中介说能帮我贷50万')).toEqual([
      'lenderWords: drop cue amount [2,4) cue:amount "贷款" (a lender\'s or agent\'s words)',
      'lenderWords: drop cue amount [10,11) cue:amount "贷" (a lender\'s or agent\'s words)',
      'lenderWords: drop quantity money 500000 CNY [11,14) number:money "50万" (a lender\'s or agent\'s words)',
    ]);
  });

  it('directQuestion: a question is all the message says; its figures set nothing', () => {
    expect(decisions('有人说先交8000块手续费就能放款50万')).toEqual([
      'directQuestion: drop scope lender [0,20) scope:lender "有人说先交8000块手续费就能放款50万" (a direct question sets no profile field)',
      'directQuestion: drop cue other [4,5) cue:other "交" (a direct question sets no profile field)',
      'directQuestion: drop quantity money 8000 CNY [5,10) number:money "8000块" (a direct question sets no profile field)',
      'directQuestion: drop cue other [10,13) cue:other "手续费" (a direct question sets no profile field)',
      'directQuestion: drop quantity money 500000 CNY [17,20) number:money "50万" (a direct question sets no profile field)',
    ]);
    expect(explain('有人说先交8000块手续费就能放款50万').understanding).toEqual({
      language: 'zh-CN',
      command: 'cost',
      question: 'fraud-advance-fee',
      rules: { command: 'command:cost', question: 'question:fraud-advance-fee "先交8000块手续费"' },
    });
  });

  it('directQuestion: an offer is costed, not taken for the firm’s need', () => {
    expect(explain('借10万，每月还9000，还12个月').understanding).toEqual({
      language: 'zh-CN',
      offer: { instalment: 9000, principal: 100_000, months: 12, repayment: 'monthly' },
      rules: { offer: 'offer: instalment, principal, months, repayment' },
    });
  });

  it('refinedPurpose: renovating narrows the purpose read from the same words', () => {
    expect(decisions('想借30万装修店面')[0]).toEqual(
      'refinedPurpose: relabel purpose renovation [5,7) purpose-detail:renovation "装修" (narrows purpose:equipment-expansion "装修")',
    );
    expect(explain('想借30万装修店面').understanding).toEqual({
      language: 'zh-CN',
      amount: { value: 300_000, currency: 'CNY' },
      purpose: 'renovation',
      rules: { amount: 'figure:amount "30万" by cue:amount "借"', purpose: 'purpose-detail:renovation "装修"' },
    });
  });

  it('understand() adds the rules only when asked to explain', () => {
    expect(understand('我们在大理开客栈，想借30万')).toEqual({
      language: 'zh-CN',
      industry: 'accommodation',
      amount: { value: 300_000, currency: 'CNY' },
    });
    expect(understand('我们在大理开客栈，想借30万', { explain: true })).toEqual({
      language: 'zh-CN',
      industry: 'accommodation',
      amount: { value: 300_000, currency: 'CNY' },
      rules: { industry: 'industry:accommodation@25 "客栈"', amount: 'figure:amount "30万" by cue:amount "借"' },
    });
  });
});
