// Next steps and direct answers: kinds of lender and programmes, in the order an owner acts.

import { describe, expect, it } from 'vitest';
import { answer, nextSteps, type EnterpriseProfile } from '../../src/knowledge';

const cny = (value: number) => ({ value, currency: 'CNY' });
const STARTUP: EnterpriseProfile = {
  industry: 'retail',
  employees: 3,
  sizeClass: 'micro',
  purpose: 'startup',
  amount: cny(300_000),
  termMonths: 36,
};
const NOODLE_RENOVATION: EnterpriseProfile = {
  industry: 'catering',
  employees: 10,
  annualRevenueCny: 1_500_000,
  sizeClass: 'micro',
  purpose: 'renovation',
  amount: cny(200_000),
  termMonths: 12,
};

describe('nextSteps', () => {
  it('a start-up goes to the startup guaranteed loan first, then its bank, with documents and checks', () => {
    expect(nextSteps('online-financial-institution', STARTUP)).toEqual([
      'startup-guaranteed-loan',
      'settlement-bank',
      'credit-platforms',
      'bring-documents',
      'compare-annual-rate',
      'check-licence',
    ]);
  });

  it('a medium firm borrowing 10 million: the branch relationship manager, not the app, and no renewal (small and micro firms only)', () => {
    const builder: EnterpriseProfile = {
      industry: 'construction',
      sizeClass: 'medium',
      purpose: 'working-capital',
      amount: cny(10_000_000),
    };
    expect(nextSteps('online-financial-institution', builder)).toEqual([
      'bank-corporate',
      'credit-platforms',
      'bring-documents',
      'compare-annual-rate',
      'check-licence',
    ]);
  });

  it('a small firm borrowing beyond what an app lends: the branch, and renewal still', () => {
    const trader: EnterpriseProfile = { industry: 'wholesale', sizeClass: 'small', purpose: 'working-capital', amount: cny(5_000_000) };
    expect(nextSteps('online-financial-institution', trader)).toEqual([
      'bank-corporate',
      'credit-platforms',
      'renewal-without-repayment',
      'bring-documents',
      'compare-annual-rate',
      'check-licence',
    ]);
  });

  it('idle cash to place: the bank products, no loan to apply for', () => {
    expect(nextSteps('online-financial-institution', { industry: 'agriculture', purpose: 'wealth-management' })).toEqual([
      'licensed-wealth',
      'check-licence',
    ]);
  });

  it('the collateral answer for 10 million: secured as a rule, no online bank', () => {
    expect(answer('collateral', { sizeClass: 'medium', purpose: 'working-capital', amount: cny(10_000_000) }, true)).toEqual({
      question: 'collateral',
      large: true,
      steps: ['bank-corporate', 'credit-platforms'],
      citations: ['§2.3', 'current-finance'],
    });
  });

  it('working capital at a bank adds renewal without repaying first', () => {
    expect(nextSteps('online-financial-institution', { purpose: 'working-capital' })).toEqual([
      'settlement-bank',
      'credit-platforms',
      'renewal-without-repayment',
      'bring-documents',
      'compare-annual-rate',
      'check-licence',
    ]);
  });

  it('collecting payments needs no documents for a loan', () => {
    expect(nextSteps('third-party-payment', { purpose: 'payment-collection' })).toEqual(['business-collection-code', 'check-licence']);
  });

  it('settling with firms across the border goes to a licensed payment institution, not a shop collection code', () => {
    expect(nextSteps('third-party-payment', { purpose: 'cross-border-settlement', crossBorder: true, industry: 'wholesale' })).toEqual([
      'licensed-cross-border-payment',
      'check-licence',
    ]);
  });

  it('a pre-sale and leasing each go to their own kind of provider', () => {
    expect(nextSteps('crowdfunding', { purpose: 'product-innovation' })).toEqual(['reward-presale', 'check-licence']);
    expect(nextSteps('financial-leasing', { purpose: 'equipment-expansion' })).toEqual([
      'leasing-company',
      'bring-leasing-documents',
      'compare-annual-rate',
      'check-licence',
    ]);
  });
});

describe('answer', () => {
  it('an advance fee is fraud: go to the bank instead, check the licence', () => {
    expect(answer('fraud-advance-fee', {}, false)).toEqual({
      question: 'fraud-advance-fee',
      steps: ['settlement-bank', 'check-licence'],
      citations: ['current-finance'],
    });
  });

  it('"which is best" after advice names the first pick and where to go', () => {
    const a = answer('which-is-best', NOODLE_RENOVATION, true);
    expect([a.best?.serviceId, a.steps]).toEqual([
      'online-financial-institution',
      ['settlement-bank', 'credit-platforms', 'bring-documents', 'compare-annual-rate'],
    ]);
  });

  it('"which is best" before advice names nothing', () => {
    expect(answer('which-is-best', {}, false)).toEqual({ question: 'which-is-best', steps: [], citations: [] });
  });

  it('"where to apply" for a start-up puts the startup guaranteed loan first', () => {
    expect(answer('where-to-apply', STARTUP, true).steps[0]).toBe('startup-guaranteed-loan');
    expect(answer('where-to-apply', {}, false).steps).toEqual([
      'settlement-bank',
      'online-banks',
      'credit-platforms',
      'startup-guaranteed-loan',
    ]);
  });

  it('"where to apply" before advice, a buyer owing the firm, names the receivables platform after the settlement bank', () => {
    const exporter = { industry: 'wholesale', crossBorder: true, buyerOwes: true, employees: 11, annualRevenueCny: 6_500_000 } as const;
    expect(answer('where-to-apply', exporter, false)).toEqual({
      question: 'where-to-apply',
      steps: ['settlement-bank', 'receivables-platform', 'online-banks', 'credit-platforms'],
      citations: ['current-finance', '§6'],
    });
  });
});
