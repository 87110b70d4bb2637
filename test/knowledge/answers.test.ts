// Direct answers that depend on the firm (src/knowledge/answers.ts): which government support a
// firm may use, by what the owner has said; the receivables answer's sources and steps.

import { describe, expect, it } from 'vitest';
import { amountSize, answer, interestSubsidiesFor, supportFor } from '../../src/knowledge/answers';
import type { EnterpriseProfile } from '../../src/knowledge/profile';

describe('supportFor: the government support this firm may use', () => {
  it.each<[string, EnterpriseProfile, ReturnType<typeof supportFor>]>([
    [
      'nothing said yet: every programme, each says whom it is for',
      {},
      {
        ids: ['startup-guaranteed-loan', 'service-loan-subsidy', 'fixed-asset-subsidy', 'financing-guarantee', 'renewal-without-repayment'],
        specific: true,
      },
    ],
    [
      'an inn with revenue: the service-sector subsidy, no startup loan',
      { industry: 'accommodation', annualRevenueCny: 1_200_000 },
      { ids: ['service-loan-subsidy', 'financing-guarantee', 'renewal-without-repayment'], specific: true },
    ],
    [
      'a farm buying equipment: the fixed-asset subsidy',
      { industry: 'agriculture', purpose: 'equipment-expansion', annualRevenueCny: 3_000_000 },
      { ids: ['fixed-asset-subsidy', 'financing-guarantee'], specific: true },
    ],
    [
      'a coffee roaster (processing) buying a roaster: the fixed-asset subsidy names agri-processing among listed sectors, so the bank decides',
      { industry: 'industry', purpose: 'equipment-expansion', annualRevenueCny: 6_000_000 },
      { ids: ['financing-guarantee'], specific: false, ask: ['fixed-asset-subsidy'] },
    ],
    [
      'a medium farm buying a cold store: the subsidy names small firms, so the bank decides',
      { industry: 'agriculture', purpose: 'equipment-expansion', sizeClass: 'medium' },
      { ids: ['financing-guarantee'], specific: false, ask: ['fixed-asset-subsidy'] },
    ],
    [
      'a medium builder needing working capital: no renewal (small and micro firms only)',
      { industry: 'construction', purpose: 'working-capital', sizeClass: 'medium' },
      { ids: ['financing-guarantee'], specific: false },
    ],
    [
      'a tour-coach firm (transport): the subsidy naming tourism, for the bank to decide',
      { industry: 'transport', purpose: 'working-capital', sizeClass: 'small' },
      { ids: ['financing-guarantee', 'renewal-without-repayment'], specific: false, ask: ['service-loan-subsidy'] },
    ],
    [
      'a printing shop (business services): the same, never stated as given',
      { industry: 'leasing-business-services', purpose: 'working-capital', sizeClass: 'micro' },
      { ids: ['financing-guarantee', 'renewal-without-repayment'], specific: false, ask: ['service-loan-subsidy'] },
    ],
    [
      "a restaurant group borrowing 12 million: above the subsidy's 10 million",
      { industry: 'catering', purpose: 'working-capital', sizeClass: 'small', amount: { value: 12_000_000, currency: 'CNY' } },
      { ids: ['financing-guarantee', 'renewal-without-repayment'], specific: false },
    ],
    [
      'a processor needing working capital: no subsidy meant for it',
      { industry: 'industry', purpose: 'working-capital' },
      { ids: ['financing-guarantee', 'renewal-without-repayment'], specific: false },
    ],
    [
      'a firm starting up: the startup guaranteed loan',
      { industry: 'catering', purpose: 'startup' },
      { ids: ['startup-guaranteed-loan', 'financing-guarantee'], specific: true },
    ],
    [
      'a hardware wholesaler borrowing for stock: no subsidy stated, the guarantee and renewal; the service-sector subsidy asked of the bank (tester11 5d)',
      { industry: 'wholesale', purpose: 'working-capital', annualRevenueCny: 20_000_000 },
      { ids: ['financing-guarantee', 'renewal-without-repayment'], specific: false, ask: ['service-loan-subsidy'] },
    ],
  ])('%s', (_name, profile, expected) => {
    expect(supportFor(profile)).toEqual(expected);
  });

  it('the answer carries the support, the bank to ask and the reference', () => {
    expect(answer('subsidies', { industry: 'wholesale', purpose: 'working-capital' }, false)).toEqual({
      question: 'subsidies',
      support: { ids: ['financing-guarantee', 'renewal-without-repayment'], specific: false, ask: ['service-loan-subsidy'] },
      steps: ['settlement-bank'],
      citations: ['current-finance'],
    });
  });
});

describe('receivables', () => {
  it('points to supply-chain finance: the receivables platform, then the bank', () => {
    expect(answer('receivables', { industry: 'wholesale' }, false)).toEqual({
      question: 'receivables',
      steps: ['receivables-platform', 'settlement-bank'],
      citations: ['§2.3', '§6', 'current-finance'],
    });
  });
});

describe('interestSubsidiesFor: the subsidies a "what does it cost?" answer names', () => {
  it.each<[string, EnterpriseProfile, ReturnType<typeof interestSubsidiesFor>]>([
    ['nothing said yet: none guessed', {}, []],
    ['a restaurant: the service-sector subsidy', { industry: 'catering' }, ['service-loan-subsidy']],
    [
      'a farm buying equipment: the fixed-asset subsidy',
      { industry: 'agriculture', purpose: 'equipment-expansion' },
      ['fixed-asset-subsidy'],
    ],
    ['a farm needing working capital: none', { industry: 'agriculture', purpose: 'working-capital' }, []],
    [
      'a processor buying equipment: none stated (the bank decides whether its sector is listed)',
      { industry: 'industry', purpose: 'equipment-expansion' },
      [],
    ],
    ['a printing shop (business services): none stated', { industry: 'leasing-business-services' }, []],
    ['a wholesaler: none', { industry: 'wholesale' }, []],
    [
      'a start-up inn: the startup loan, not the operating-loan subsidy',
      { industry: 'accommodation', purpose: 'startup' },
      ['startup-guaranteed-loan'],
    ],
  ])('%s', (_, profile, expected) => {
    expect(interestSubsidiesFor(profile)).toEqual(expected);
  });
});

describe('which is best among the services named', () => {
  const noodleShop: EnterpriseProfile = {
    industry: 'catering',
    employees: 5,
    annualRevenueCny: 800_000,
    sizeClass: 'micro',
    purpose: 'renovation',
    amount: { value: 200_000, currency: 'CNY' },
    termMonths: 12,
  };
  const verdicts = (a: ReturnType<typeof answer>) =>
    a.compared?.map((f) => ({ serviceId: f.serviceId, verdict: f.verdict, rank: f.recommendation?.rank, rules: f.rules }));

  it("the one that fits first, whatever the order named; the advice's own pick when it is neither", () => {
    const a = answer('which-is-best', noodleShop, true, undefined, ['financial-leasing', 'big-data-finance']);
    expect(verdicts(a)).toEqual([
      { serviceId: 'big-data-finance', verdict: 'second', rank: 2, rules: [] },
      { serviceId: 'financial-leasing', verdict: 'no', rank: undefined, rules: ['leasing-needs-asset'] },
    ]);
    expect(a.best?.serviceId).toBe('online-financial-institution');
    expect(a.steps).toEqual(['online-banks', 'bring-documents']);
  });

  it('no steps when none fits, and no pick of the advice before it is given', () => {
    const a = answer('which-is-best', noodleShop, false, undefined, ['crowdfunding', 'financial-leasing']);
    expect(verdicts(a)).toEqual([
      { serviceId: 'crowdfunding', verdict: 'no', rank: undefined, rules: ['reward-needs-new-product', 'no-public-equity-crowdfunding'] },
      { serviceId: 'financial-leasing', verdict: 'no', rank: undefined, rules: ['leasing-needs-asset'] },
    ]);
    expect(a.best).toBeUndefined();
    expect(a.steps).toEqual([]);
  });

  it('网贷 named beside crowdfunding: online loans as they are today (the online banks), not P2P', () => {
    const a = answer('which-is-best', noodleShop, false, undefined, ['crowdfunding', 'p2p-lending']);
    expect(verdicts(a)).toEqual([
      { serviceId: 'big-data-finance', verdict: 'second', rank: 2, rules: [] },
      { serviceId: 'crowdfunding', verdict: 'no', rank: undefined, rules: ['reward-needs-new-product', 'no-public-equity-crowdfunding'] },
    ]);
    expect(a.best).toBeUndefined();
    expect(a.steps).toEqual(['online-banks', 'bring-documents']);
  });
});

describe('tester faults (2026-11): personal credit lines, online loans refused', () => {
  const teaShop: EnterpriseProfile = {
    industry: 'retail',
    employees: 5,
    annualRevenueCny: 1_300_000,
    sizeClass: 'micro',
    purpose: 'working-capital',
    amount: { value: 200_000, currency: 'CNY' },
    termMonths: 12,
  };

  it("借呗 / 微粒贷 for the business: the online banks' business loans and the bank, from current-finance and §2.3", () => {
    expect(answer('personal-credit-line', teaShop, true)).toEqual({
      question: 'personal-credit-line',
      steps: ['online-banks', 'settlement-bank'],
      citations: ['§2.3', 'current-finance'],
    });
  });

  it('online loans refused (网贷): the bank at its branch, no online bank', () => {
    expect(answer('personal-credit-line', teaShop, true, undefined, undefined, ['p2p-lending', 'big-data-finance']).steps).toEqual([
      'bank-branch',
    ]);
    expect(answer('where-to-apply', teaShop, true, undefined, undefined, ['p2p-lending', 'big-data-finance']).steps[0]).toBe('bank-branch');
  });
});

describe('amountSize: "is that too much?" set against the revenue and the term (round 10, L24)', () => {
  it.each<[string, EnterpriseProfile, ReturnType<typeof amountSize>]>([
    [
      '2m for 5 months on 15m a year: modest, about 13%, some 6.25m taken in over the term',
      { amount: { value: 2_000_000, currency: 'CNY' }, annualRevenueCny: 15_000_000, termMonths: 5 },
      { amountCny: 2_000_000, revenueCny: 15_000_000, termMonths: 5, shareOfYearPct: 13, revenueOverTermCny: 6_250_000, band: 'modest' },
    ],
    [
      'a third of a year: sizeable',
      { amount: { value: 300_000, currency: 'CNY' }, annualRevenueCny: 900_000 },
      { amountCny: 300_000, revenueCny: 900_000, shareOfYearPct: 33, band: 'sizeable' },
    ],
    [
      'half a year or more: large',
      { amount: { value: 500_000, currency: 'CNY' }, annualRevenueCny: 800_000, termMonths: 12 },
      { amountCny: 500_000, revenueCny: 800_000, termMonths: 12, shareOfYearPct: 63, revenueOverTermCny: 800_000, band: 'large' },
    ],
    ['no revenue said: the sum only, no band', { amount: { value: 500_000, currency: 'CNY' } }, { amountCny: 500_000 }],
    [
      'a sum in another currency is not weighed against yuan',
      { amount: { value: 50_000, currency: 'USD' }, annualRevenueCny: 1e6 },
      { revenueCny: 1e6 },
    ],
  ])('%s', (_, profile, expected) => {
    expect(amountSize(profile)).toEqual(expected);
  });

  it('cannot-repay: renewal is said to small and micro firms, not to a medium one; the loan as given', () => {
    const small = answer('cannot-repay', { sizeClass: 'small', amount: { value: 50_000, currency: 'CNY' }, termMonths: 12 }, true);
    expect(small.steps).toEqual(['talk-to-lender', 'renewal-small-firms', 'no-loan-to-repay', 'overdue-credit-record']);
    expect(small.loan).toEqual({ amountCny: 50_000, termMonths: 12 });
    expect(answer('cannot-repay', { sizeClass: 'medium' }, true).steps).toEqual([
      'talk-to-lender',
      'no-loan-to-repay',
      'overdue-credit-record',
    ]);
  });
});
