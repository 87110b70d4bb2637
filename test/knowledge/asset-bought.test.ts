// Round 24: what the owner said is bought decides leasing over the trade. A shop's cold room, a restaurant's oven or an inn's
// van is an asset leasing finances itself (current-finance names the asset, not the trade): leasing is put forward with that
// reason; a shop's second branch (no asset said) is still not offered leasing unasked (leasing-needs-machine-trade).
// Whole rankings and reasons.

import { describe, expect, it } from 'vitest';
import { recommend, type EnterpriseProfile } from '../../src/knowledge';

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
