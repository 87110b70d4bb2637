// Round 24: what the owner said is bought decides leasing over the trade. A shop's cold room, a restaurant's oven or an inn's
// van is an asset leasing finances itself (current-finance names the asset, not the trade): leasing is put forward with that
// reason; a shop's second branch (no asset said) is still not offered leasing unasked (leasing-needs-machine-trade).
// Round 25: premises said (another shop, a branch: assetBought false) rule leasing out whatever the trade
// (leasing-not-for-premises); neither said leaves the trade to decide.
// Whole rankings and reasons.

import { describe, expect, it } from 'vitest';
import { recommend, type EnterpriseProfile } from '../../src/knowledge';
import { answer } from '../../src/knowledge/answers';

const retailer: EnterpriseProfile = {
  industry: 'retail',
  employees: 5,
  annualRevenueCny: 2_000_000,
  sizeClass: 'micro',
  sizeClassSource: 'standard',
  purpose: 'equipment-expansion',
  amount: { value: 300_000, currency: 'CNY' },
  termMonths: 36,
};

describe('an asset bought counts for leasing whatever the trade', () => {
  it('a retailer buying a cold room: leasing first, its first reason the asset', () => {
    const advice = recommend({ ...retailer, assetBought: true });
    expect(advice.recommendations.map((r) => r.serviceId)).toEqual(['financial-leasing', 'online-financial-institution', 'finance-portal']);
    const leasing = advice.recommendations[0];
    expect(leasing?.reasons.map((r) => r.key)).toEqual([
      'purpose',
      'asset-bought',
      'advantage',
      'advantage',
      'amount',
      'term',
      'paper-advice',
    ]);
    expect(advice.excluded.map((e) => `${e.serviceId}:${e.rule}`)).not.toContain('financial-leasing:leasing-needs-machine-trade');
  });

  it('the same retailer opening a second branch (no asset said): no leasing unasked, the trade rule said', () => {
    const advice = recommend(retailer);
    expect(advice.recommendations.map((r) => r.serviceId)).toEqual(['online-financial-institution', 'finance-portal']);
    expect(advice.excluded.map((e) => `${e.serviceId}:${e.rule}`)).toContain('financial-leasing:leasing-needs-machine-trade');
  });

  it('an asset said with another purpose is no reason: leasing stays out for working capital', () => {
    const advice = recommend({ ...retailer, purpose: 'working-capital', assetBought: true });
    expect(advice.recommendations.map((r) => r.serviceId)).not.toContain('financial-leasing');
  });
});

const repairShop: EnterpriseProfile = {
  industry: 'other',
  employees: 4,
  annualRevenueCny: 600_000,
  sizeClass: 'micro',
  sizeClassSource: 'standard',
  purpose: 'equipment-expansion',
  amount: { value: 200_000, currency: 'CNY' },
  termMonths: 24,
};

describe('premises opened are no asset: leasing is not offered for them, whatever the trade', () => {
  it('a phone-repair shop opening a second shop: no leasing, the premises rule said', () => {
    const advice = recommend({ ...repairShop, assetBought: false });
    expect(advice.recommendations.map((r) => r.serviceId)).toEqual(['online-financial-institution', 'finance-portal']);
    expect(advice.excluded.map((e) => `${e.serviceId}:${e.rule}`)).toEqual(['financial-leasing:leasing-not-for-premises']);
  });

  it('the same shop saying neither (expanding): its trade lets leasing through, first', () => {
    const advice = recommend(repairShop);
    expect(advice.recommendations.map((r) => r.serviceId)).toEqual(['financial-leasing', 'online-financial-institution', 'finance-portal']);
    expect(advice.excluded).toEqual([]);
  });

  it('a workshop opening a branch: premises rule leasing out even in a machine trade', () => {
    const advice = recommend({ ...repairShop, industry: 'industry', employees: 30, annualRevenueCny: 5_000_000, assetBought: false });
    expect(advice.recommendations.map((r) => r.serviceId)).toEqual(['online-financial-institution', 'finance-portal']);
    expect(advice.excluded.map((e) => `${e.serviceId}:${e.rule}`)).toEqual(['financial-leasing:leasing-not-for-premises']);
  });
});

describe('a restaurant opening a branch asks whether leasing fits', () => {
  it("the trade's rule alone says why: its reason already names premises (the premises rule is covered, not said twice)", () => {
    const restaurant: EnterpriseProfile = {
      ...repairShop,
      industry: 'catering',
      employees: 7,
      annualRevenueCny: 1_500_000,
      assetBought: false,
    };
    expect(answer('does-it-fit', restaurant, true, 'financial-leasing').fit?.rules).toEqual(['leasing-needs-machine-trade']);
  });
});
