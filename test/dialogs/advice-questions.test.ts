// The NLU side of direct questions and offers (src/nlu/pipeline/extract-asked.ts, offer.ts, refiners/direct-question.ts, refiners/refined-purpose.ts):
// which question a message asks, the terms of an offer as owners state them, and that neither
// sets a profile field. Messages typed as owners type them, Yunnan words included.

import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu';
import type { QuestionId } from '../../src/knowledge/ids';
import type { OfferTerms } from '../../src/knowledge/cost';

describe('direct questions', () => {
  it.each<[string, QuestionId]>([
    ['钱已经转了2000了', 'fraud-money-sent'],
    ['被骗了五千块 咋个整', 'fraud-money-sent'],
    ['交了3000保证金 要不要报警', 'fraud-money-sent'],
    ['i already sent him 2000, should i report him? where', 'fraud-money-sent'],
    ['we got scammed, can we get our money back?', 'fraud-money-sent'],
    ['有人说先交8000块手续费就能放款50万', 'fraud-advance-fee'],
    ['保理是不是骗人的', 'factoring-legit'],
    ['保理公司正规吗', 'factoring-legit'],
    ['factoring a scam?', 'factoring-legit'],
    ['is factoring legal', 'factoring-legit'],
    ['有人打电话说无抵押贷50万，要先交5000块保证金，可信不', 'fraud-advance-fee'],
    ['有个app说我额度50万，要先交3000解冻费才能提现，咋个整', 'fraud-advance-fee'],
    ['someone asked me to pay a 5000 deposit before they release the loan', 'fraud-advance-fee'],
    ['他让我把钱转到他个人卡上，说是走流水', 'fraud-personal-account'],
    ['they want me to transfer the fee to a personal account', 'fraud-personal-account'],
    ['要下载个app才能借款，现在提现不了说要解冻', 'fraud-fake-app'],
    ['抖音上说不看征信 五分钟到账 真的假的', 'fraud-no-checks'],
    ['a guy on douyin says no paperwork, bad credit ok, 50k today. real?', 'fraud-no-checks'],
    ['年化12%，保本保息，随时能取，格靠得住？', 'fraud-guaranteed-returns'],
    // The promises listed with commas, from a judged case.
    ['网上有个平台说年化15%，保本，随时能取，能投吗', 'fraud-guaranteed-returns'],
    ['guaranteed returns of 15%, withdraw any time, is it safe?', 'fraud-guaranteed-returns'],
    ['P2P的钱还要还吗', 'p2p-debt'],
    ['以前在p2p借的钱，平台倒了，还要还不', 'p2p-debt'],
    ['do I still have to repay my p2p loan?', 'p2p-debt'],
    ['朋友叫我投p2p，格可以', 'fraud-p2p-style'],
    ['We import from Vietnam and used to change money privately, is that OK?', 'money-changer'],
    ['我们一直在边境找换钱的老板换钱，格有问题', 'money-changer'],
    ['汇率波动大 怎么锁汇', 'lock-exchange-rate'],
    ['换越南盾找哪个', 'currency-exchange'],
    ['朋友说可以搞股权众筹，行不行？', 'equity-crowdfunding'],
    ['is equity crowdfunding allowed?', 'equity-crowdfunding'],
    ['征信不好能贷吗', 'credit-record'],
    ['我征信花了，还能贷款不', 'credit-record'],
    ['my credit is bad, can I still get a loan?', 'credit-record'],
    ['Our credit is bad, can we still borrow?', 'credit-record'],
    ['we had overdue loans last year, can we borrow?', 'credit-record'],
    ['需要抵押吗', 'collateral'],
    ['借钱要抵押不嘛', 'collateral'],
    ['格要找担保', 'collateral'],
    ['do I need collateral?', 'collateral'],
    ['我们的客户都是90天以后才付款，有哪样办法', 'receivables'],
    ['老是被客户压账期，钱收不回来咋个整', 'receivables'],
    ['应收账款太多了怎么办', 'receivables'],
    ['客户都是药厂，一般三个月才回款，有哪样办法', 'receivables'],
    ['our buyer pays us 90 days later, anything for that?', 'receivables'],
    ['how can we get money from unpaid invoices', 'receivables-loan'],
    ['格有哪样补贴', 'subsidies'],
    ['有没有贴息', 'subsidies'],
    ['政府有什么扶持政策', 'subsidies'],
    ['any government subsidies?', 'subsidies'],
    ['is there a subsidy for inns', 'subsidies'],
    ['需要哪样资料', 'what-to-bring'],
    ['要带哪样材料', 'what-to-bring'],
    ['what documents do I need?', 'what-to-bring'],
    ['去哪里申请', 'where-to-apply'],
    ['去哪点办', 'where-to-apply'],
    ['where do I apply?', 'where-to-apply'],
    ['哪个最好', 'which-is-best'],
    ['哪个划算', 'which-is-best'],
    ['which one is best?', 'which-is-best'],
    ['which bank is best for this', 'which-is-best'],
    ['best bank for us?', 'which-is-best'],
  ])('"%s" asks %s, and sets nothing of the profile', (text, question) => {
    const u = understand(text);
    expect(u.question).toBe(question);
    for (const field of ['industry', 'employees', 'annualRevenueCny', 'purpose', 'amount', 'money', 'termMonths', 'crossBorder'] as const) {
      expect({ field, value: u[field] }).toEqual({ field, value: undefined });
    }
  });

  it.each([
    '钱已经打过来了',
    '担保公司靠谱吗',
    'we already paid the supplier',
    '第二个咋个申请',
    '做批发的，客户账期三个月',
    'customers pay on net 60',
    '有哪样好的办法',
    '我们的客户都在越南，怎么收外汇',
    '我们是做装修的',
    '想借50万，每月能还2万',
  ])('"%s" asks no direct question', (text) => {
    expect(understand(text).question).toBeUndefined();
    expect(understand(text).offer).toBeUndefined();
  });
});

describe('offers as owners state them', () => {
  it.each<[string, OfferTerms]>([
    ['借10万，每月还9333，12个月', { principal: 100_000, instalment: 9_333, months: 12, repayment: 'monthly' }],
    ['借10万，每月还9000，还12个月', { principal: 100_000, instalment: 9_000, months: 12, repayment: 'monthly' }],
    ['贷10万 一个月还9500 还一年', { principal: 100_000, instalment: 9_500, months: 12 }],
    ['借30万，36期，每期还9000', { principal: 300_000, instalment: 9_000, months: 36, repayment: 'monthly' }],
    ['借10万一年，到期还10.8万，服务费3000先扣', { principal: 100_000, total: 108_000, fee: 3_000, months: 12, repayment: 'end' }],
    ['月息1.5分', { monthlyRatePct: 1.5 }],
    ['月息一分五', { monthlyRatePct: 1.5 }],
    ['他说月息2分，借20万借一年', { monthlyRatePct: 2, principal: 200_000, months: 12 }],
    ['日息万五', { dailyRatePct: 0.05 }],
    ['手续费2%先扣', { feePct: 2 }],
    ['borrow 100k, repay 9,333 a month for 12 months', { principal: 100_000, instalment: 9_333, months: 12, repayment: 'monthly' }],
    // "a month" of a rate is the rate's period, not how the loan is repaid (as 月息1.5分).
    ['2% a month', { monthlyRatePct: 2 }],
    ['they offer 2% a month for 100k over a year', { monthlyRatePct: 2, principal: 100_000, months: 12 }],
  ])('"%s"', (text, offer) => {
    const u = understand(text);
    expect(u.offer).toEqual(offer);
    expect([u.amount, u.termMonths, u.purpose]).toEqual([undefined, undefined, undefined]);
  });

  it.each(['we make about 50k a month', 'revenue 100k a month', '借50万，利息多少'])('"%s" states no offer', (text) => {
    expect(understand(text).offer).toBeUndefined();
  });
});

describe('refined purposes', () => {
  it.each([
    ['开了3年的粉店，10个人，年营业额150万，要20万把店面重新装修，借一年', 'renovation'],
    ['要50万搞装修', 'renovation'],
    ['we need 1 million to renovate the inn', 'renovation'],
    ['刚注册的公司，还没有收入，3个人，想借30万启动', 'startup'],
    ['we just registered the company, no revenue yet, need 200k', 'startup'],
    ['想贷款买设备', 'equipment-expansion'],
  ])('"%s" is %s', (text, purpose) => {
    expect(understand(text).purpose).toBe(purpose);
  });

  it('a renovation firm keeps renovation as its trade', () => {
    expect(understand('我们是做装修的')).toEqual({ language: 'zh-CN', industry: 'construction' });
  });
});
