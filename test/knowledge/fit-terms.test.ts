// "Does this service fit us?" (answers.ts fitFor: the suitability rules, then the ranking), the
// terms an owner asks the meaning of (terms.ts), and an offer completed with the owner's own sum
// and term (cost.ts withOwnTerms).

import { describe, expect, it } from 'vitest';
import { fitFor, nextSteps, offerCost, recommend, withOwnTerms, type EnterpriseProfile } from '../../src/knowledge';

const cny = (value: number) => ({ value, currency: 'CNY' });
const INN_RENOVATION: EnterpriseProfile = {
  industry: 'accommodation',
  employees: 8,
  annualRevenueCny: 1_500_000,
  sizeClass: 'micro',
  sizeClassSource: 'standard',
  purpose: 'renovation',
  amount: cny(500_000),
  termMonths: 24,
};
const ONLINE_STOCK: EnterpriseProfile = {
  industry: 'retail',
  onlineSales: true,
  employees: 6,
  annualRevenueCny: 1_500_000,
  sizeClass: 'micro',
  sizeClassSource: 'standard',
  purpose: 'working-capital',
  amount: cny(300_000),
  termMonths: 6,
};
const COFFEE_ROASTER: EnterpriseProfile = {
  industry: 'agriculture',
  employees: 20,
  annualRevenueCny: 3_000_000,
  sizeClass: 'small',
  sizeClassSource: 'standard',
  purpose: 'equipment-expansion',
  amount: cny(500_000),
  termMonths: 36,
};

const shape = (f: ReturnType<typeof fitFor>) => ({
  verdict: f.verdict,
  rules: f.rules,
  better: f.better?.serviceId,
  rank: f.recommendation?.rank,
  missing: f.missing,
});

describe('fitFor: is this service right for us?', () => {
  it('no to leasing for a renovation, with the rule, and the bank loan instead', () => {
    expect(shape(fitFor('financial-leasing', INN_RENOVATION, true))).toEqual({
      verdict: 'no',
      rules: ['leasing-needs-asset'],
      better: 'online-financial-institution',
      rank: undefined,
      missing: undefined,
    });
  });

  it('no to leasing for six months of stock: no asset, and under a year', () => {
    expect(shape(fitFor('financial-leasing', ONLINE_STOCK, true))).toEqual({
      verdict: 'no',
      rules: ['leasing-needs-asset', 'leasing-needs-years'],
      better: 'big-data-finance',
      rank: undefined,
      missing: undefined,
    });
  });

  it('yes to leasing for a roasting machine over three years, as the first pick', () => {
    expect(shape(fitFor('financial-leasing', COFFEE_ROASTER, true))).toEqual({
      verdict: 'yes',
      rules: [],
      better: undefined,
      rank: 1,
      missing: undefined,
    });
  });

  it('a recommended service that is not first is a second choice, with the first named', () => {
    expect(shape(fitFor('online-financial-institution', ONLINE_STOCK, true))).toEqual({
      verdict: 'second',
      rules: [],
      better: 'big-data-finance',
      rank: 2,
      missing: undefined,
    });
  });

  it('a service not made for the need, with no rule against it, is "not made" for it', () => {
    expect(shape(fitFor('third-party-payment', INN_RENOVATION, true))).toEqual({
      verdict: 'not-made',
      rules: [],
      better: 'online-financial-institution',
      rank: undefined,
      missing: undefined,
    });
  });

  it('a service that serves the need but ranks out is "weak", with the facts outside its usual range', () => {
    const fit = fitFor('big-data-finance', INN_RENOVATION, true);
    expect({ verdict: fit.verdict, rules: fit.rules, outside: fit.outside, better: fit.better?.serviceId }).toEqual({
      verdict: 'weak',
      rules: [],
      outside: [{ fact: 'term', termMonths: 24, range: { max: 12 } }],
      better: 'online-financial-institution',
    });
    const big = fitFor('big-data-finance', { ...INN_RENOVATION, termMonths: 12, amount: cny(4_000_000) }, true);
    expect(big.outside).toEqual([{ fact: 'amount', amountCny: 4_000_000, range: { max: 3_000_000 } }]);
  });

  it('with only the industry known, it depends: the purpose and the term are asked for', () => {
    expect(shape(fitFor('financial-leasing', { industry: 'agriculture' }, false))).toEqual({
      verdict: 'depends',
      rules: ['leasing-needs-asset', 'leasing-needs-years'],
      better: undefined,
      rank: undefined,
      missing: ['purpose', 'term'],
    });
  });

  it('an inn, a shop or a restaurant: no to leasing whatever the purpose, as their growth is premises and stock, not machines', () => {
    expect(shape(fitFor('financial-leasing', { industry: 'accommodation' }, false))).toEqual({
      verdict: 'no',
      rules: ['leasing-needs-machine-trade'],
      better: 'online-financial-institution',
      rank: undefined,
      missing: undefined,
    });
    // A purpose that is no asset: the asset rule says what leasing finances, and the trade rule is not said beside it.
    expect(fitFor('financial-leasing', { industry: 'retail', purpose: 'working-capital', termMonths: 6 }, true).rules).toEqual([
      'leasing-needs-asset',
      'leasing-needs-years',
    ]);
  });

  it('a fact already given that breaks a rule is a no even before the profile is complete', () => {
    expect(fitFor('financial-leasing', { purpose: 'renovation' }, false).verdict).toBe('no');
    expect(fitFor('crowdfunding', { industry: 'catering', purpose: 'working-capital' }, false).rules).toEqual([
      'reward-needs-new-product',
      'no-public-equity-crowdfunding',
    ]);
  });

  it('网贷 (the NLU reads 网贷 and P2P as one id) is answered for online loans today: the online banks, never P2P', () => {
    const fit = fitFor('p2p-lending', ONLINE_STOCK, true);
    expect({ serviceId: fit.serviceId, verdict: fit.verdict, rank: fit.recommendation?.rank, onlineLoans: fit.onlineLoans }).toEqual({
      serviceId: 'big-data-finance',
      verdict: 'yes',
      rank: 1,
      onlineLoans: true,
    });
  });
});

describe('withOwnTerms: an offer worked on the sum and term the owner asked for', () => {
  it('a bare monthly rate takes the profile sum and term, and says which it took', () => {
    expect(withOwnTerms({ monthlyRatePct: 2 }, { amountCny: 200_000, termMonths: 12 })).toEqual({
      terms: { monthlyRatePct: 2, principal: 200_000, months: 12 },
      assumed: { principal: 200_000, months: 12 },
    });
  });

  it("a seller's sum down with no price (首付两万五, round 67): the owner's sum is the price, the sum financed that less the sum down", () => {
    expect(withOwnTerms({ downPayment: 25_000, instalment: 4_500, months: 24, repayment: 'monthly' }, { amountCny: 125_000 })).toEqual({
      terms: { instalment: 4_500, months: 24, repayment: 'monthly', principal: 100_000 },
      assumed: { price: 125_000, down: 25_000, principal: 100_000 },
    });
  });

  it('what the offer states wins over the profile', () => {
    expect(withOwnTerms({ principal: 100_000, months: 12, instalment: 9_333 }, { amountCny: 300_000, termMonths: 6 })).toEqual({
      terms: { principal: 100_000, months: 12, instalment: 9_333 },
      assumed: {},
    });
  });

  it("the owner's sum granted in part (100万 asked, 80万 approved) keeps the owner's term; a larger sum offered is another loan", () => {
    expect(withOwnTerms({ principal: 800_000, annualRatePct: 4.8, fee: 10_000 }, { amountCny: 1_000_000, termMonths: 12 })).toEqual({
      terms: { principal: 800_000, annualRatePct: 4.8, fee: 10_000, months: 12 },
      assumed: { months: 12 },
    });
    expect(withOwnTerms({ principal: 3_000_000, annualRatePct: 4.8 }, { amountCny: 1_000_000, termMonths: 3 })).toEqual({
      terms: { principal: 3_000_000, annualRatePct: 4.8 },
      assumed: {},
    });
  });

  it('on 300,000 over 6 months, 1.5% a month flat costs 34.79% compounded, not the 36.76% of the 12-month example', () => {
    const { terms } = withOwnTerms({ monthlyRatePct: 1.5 }, { amountCny: 300_000, termMonths: 6 });
    const cost = offerCost(terms)!;
    expect({ band: cost.band, nominal: cost.main.nominalPct, compounded: cost.main.compoundedPct, perMonth: cost.main.perMonth }).toEqual({
      band: 'above-red-flag',
      nominal: 30.23,
      compounded: 34.79,
      perMonth: 54_500,
    });
    expect(offerCost({ monthlyRatePct: 1.5 })!.main.compoundedPct).toBe(36.76);
  });
});

describe('kinds fixed from judged cases', () => {
  const NOODLE_BRANCH: EnterpriseProfile = {
    industry: 'catering',
    employees: 6,
    annualRevenueCny: 900_000,
    sizeClass: 'micro',
    sizeClassSource: 'standard',
    purpose: 'equipment-expansion',
    amount: cny(200_000),
    termMonths: 24,
  };

  it("a noodle shop's new branch: the bank's operating loan with the service-sector subsidy first, not leasing", () => {
    const advice = recommend(NOODLE_BRANCH);
    expect(advice.recommendations.map((r) => r.serviceId)).toEqual(['online-financial-institution', 'finance-portal']);
    expect(advice.recommendations[0]!.reasons[1]).toEqual({
      key: 'programme',
      programme: 'service-loan-subsidy',
      citations: ['current-finance'],
    });
  });

  it("a coffee grower's roasting machine: leasing first, the bank second with the 1.5-point fixed-asset subsidy", () => {
    const advice = recommend(COFFEE_ROASTER);
    expect(advice.recommendations.map((r) => r.serviceId)).toEqual(['financial-leasing', 'online-financial-institution', 'finance-portal']);
    expect(advice.recommendations[1]!.reasons[1]).toEqual({
      key: 'programme',
      programme: 'fixed-asset-subsidy',
      citations: ['current-finance'],
    });
  });

  it("a border importer's supply-chain finance is the bank's trade finance; a large buyer's receivables only when a buyer owes (round 32)", () => {
    const importer: EnterpriseProfile = { industry: 'wholesale', crossBorder: true, purpose: 'working-capital', termMonths: 3 };
    expect(nextSteps('supply-chain-finance', importer)).toEqual([
      'trade-finance',
      'bring-documents',
      'compare-annual-rate',
      'check-licence',
    ]);
    expect(nextSteps('supply-chain-finance', { ...importer, buyerOwes: true })).toEqual([
      'trade-finance',
      'receivables-platform',
      'bring-documents',
      'compare-annual-rate',
      'check-licence',
    ]);
    expect(nextSteps('supply-chain-finance', { ...importer, crossBorder: false })[0]).toBe('receivables-platform');
  });
});
