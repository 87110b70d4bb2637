import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CITATIONS,
  INDUSTRY_IDS,
  PURPOSE_IDS,
  RISK_IDS,
  SERVICES,
  SIZE_CLASSES,
  recommend,
  type EnterpriseProfile,
  type ServiceId,
} from '../../src/knowledge';

const cny = (value: number) => ({ value, currency: 'CNY' });

interface Case {
  name: string;
  profile: EnterpriseProfile;
  /** The first service, then others that must be in the list (in any order after the first). */
  top: ServiceId;
  alsoIncludes?: ServiceId[];
  excludes?: ServiceId[];
  variant?: string;
  p2pWouldFit?: boolean;
  cautions?: string[];
}

const cases: Case[] = [
  {
    name: 'working capital for a small wholesaler (tea trader, 3 months)',
    profile: { industry: 'wholesale', sizeClass: 'small', purpose: 'working-capital', amount: cny(500_000), termMonths: 3 },
    top: 'big-data-finance',
    variant: 'supply-chain',
    alsoIncludes: ['supply-chain-finance', 'online-financial-institution'],
    excludes: ['third-party-payment', 'crowdfunding'],
    p2pWouldFit: true,
    cautions: ['p2p-discontinued', 'data-privacy', 'check-platform'],
  },
  {
    name: 'payment collection for a retailer (a Kunming corner shop)',
    profile: { industry: 'retail', sizeClass: 'micro', purpose: 'payment-collection' },
    top: 'third-party-payment',
    excludes: ['financial-leasing', 'crowdfunding', 'investment-loan-linkage'],
    p2pWouldFit: false,
    cautions: ['qr-code-limits', 'payment-licence', 'check-platform'],
  },
  {
    name: 'a new product for a software firm',
    profile: { industry: 'software-it', sizeClass: 'small', purpose: 'product-innovation', amount: cny(2_000_000), termMonths: 36 },
    top: 'investment-loan-linkage',
    alsoIncludes: ['crowdfunding', 'finance-portal'],
    excludes: ['third-party-payment', 'supply-chain-finance'],
    cautions: ['equity-terms', 'illegal-fundraising'],
  },
  {
    name: 'idle cash at a guesthouse in Dali',
    profile: { industry: 'accommodation', sizeClass: 'micro', purpose: 'wealth-management', amount: cny(300_000), termMonths: 6 },
    top: 'online-financial-institution',
    alsoIncludes: ['finance-portal'],
    excludes: ['crowdfunding', 'financial-leasing', 'big-data-finance'],
    cautions: ['high-returns', 'keep-liquidity', 'check-platform'],
  },
  {
    name: 'cross-border settlement for a coffee exporter to Vietnam',
    profile: { industry: 'wholesale', sizeClass: 'small', crossBorder: true, purpose: 'cross-border-settlement' },
    top: 'third-party-payment',
    alsoIncludes: ['online-financial-institution'],
    excludes: ['crowdfunding', 'financial-leasing'],
    cautions: ['exchange-rate', 'qr-code-limits'],
  },
  {
    name: 'an online seller of flowers on Taobao needing stock money',
    profile: { industry: 'retail', sizeClass: 'micro', onlineSales: true, purpose: 'working-capital', amount: cny(200_000), termMonths: 3 },
    top: 'big-data-finance',
    variant: 'microloan',
    alsoIncludes: ['online-financial-institution'],
    p2pWouldFit: true,
  },
  {
    name: 'equipment for a tea-processing factory',
    profile: { industry: 'industry', sizeClass: 'small', purpose: 'equipment-expansion', amount: cny(1_000_000), termMonths: 36 },
    top: 'financial-leasing',
    alsoIncludes: ['online-financial-institution'],
    excludes: ['third-party-payment', 'investment-loan-linkage'],
    cautions: ['leasing-terms'],
  },
  {
    name: 'a mushroom cooperative that only wants to learn',
    profile: { industry: 'agriculture', sizeClass: 'micro', purpose: 'information' },
    top: 'finance-portal',
    variant: 'integrated-portal',
    excludes: ['financial-leasing', 'investment-loan-linkage'],
  },
  {
    name: 'a noodle shop collecting QR payments',
    profile: { industry: 'catering', sizeClass: 'micro', purpose: 'payment-collection' },
    top: 'third-party-payment',
    cautions: ['qr-code-limits'],
  },
  {
    name: 'a logistics firm buying trucks over three years',
    profile: { industry: 'transport', sizeClass: 'small', purpose: 'equipment-expansion', amount: cny(3_000_000), termMonths: 36 },
    top: 'financial-leasing',
    alsoIncludes: ['online-financial-institution'],
    p2pWouldFit: false,
  },
  {
    name: 'a cross-border trader to Myanmar needing working capital',
    profile: { industry: 'wholesale', sizeClass: 'micro', crossBorder: true, purpose: 'working-capital', amount: cny(800_000), termMonths: 6 },
    top: 'supply-chain-finance',
    alsoIncludes: ['online-financial-institution', 'big-data-finance'],
    cautions: ['exchange-rate', 'p2p-discontinued'],
  },
  {
    name: 'a travel agency developing a new tour product with a small budget',
    profile: { industry: 'leasing-business-services', sizeClass: 'micro', purpose: 'product-innovation', amount: cny(300_000), termMonths: 12 },
    top: 'crowdfunding',
    variant: 'equity',
    alsoIncludes: ['finance-portal'],
    excludes: ['investment-loan-linkage'],
    cautions: ['illegal-fundraising'],
  },
  {
    name: 'a medium-sized firm borrowing a large sum for two years (P2P would not have fit)',
    profile: { industry: 'industry', sizeClass: 'medium', purpose: 'working-capital', amount: cny(20_000_000), termMonths: 24 },
    top: 'online-financial-institution',
    excludes: ['big-data-finance', 'crowdfunding'],
    p2pWouldFit: false,
  },
  {
    name: 'a restaurant borrowing in US dollars (no conversion: amount not judged; no platform sales, so the bank first)',
    profile: { industry: 'catering', sizeClass: 'small', purpose: 'working-capital', amount: { value: 50_000, currency: 'USD' }, termMonths: 6 },
    top: 'online-financial-institution',
    alsoIncludes: ['big-data-finance'],
  },
];

describe('recommend: realistic profiles', () => {
  it.each(cases)('$name', (c) => {
    const advice = recommend(c.profile);
    const ids = advice.recommendations.map((r) => r.serviceId);
    expect(ids[0]).toBe(c.top);
    for (const id of c.alsoIncludes ?? []) expect(ids).toContain(id);
    for (const id of c.excludes ?? []) expect(ids).not.toContain(id);
    if (c.variant) expect(advice.recommendations[0]?.variant).toBe(c.variant);
    if (c.p2pWouldFit !== undefined) expect(advice.p2pWouldFit).toBe(c.p2pWouldFit);
    const cautionIds = advice.cautions.map((x) => x.id);
    for (const id of c.cautions ?? []) expect(cautionIds).toContain(id);

    expect(ids).not.toContain('p2p-lending');
    advice.recommendations.forEach((r, i) => {
      expect(r.rank).toBe(i + 1);
      expect(SERVICES[r.serviceId].status.kind).toBe('active');
      expect(r.reasons.length).toBeGreaterThanOrEqual(2);
      expect(r.citations.length).toBeGreaterThan(0);
      for (const reason of r.reasons) expect(reason.citations.length).toBeGreaterThan(0);
    });
    expect(advice.cautions.length).toBeGreaterThan(0);
    // The §6 advice to check the platform goes with every piece of advice.
    expect(cautionIds).toContain('check-platform');
  });

  it('gives the P2P caution its status and the reference, never a recommendation', () => {
    const advice = recommend(cases[0]!.profile);
    const p2p = advice.cautions.find((c) => c.id === 'p2p-discontinued');
    expect(p2p?.serviceId).toBe('p2p-lending');
    expect(p2p?.citations).toContain('p2p-and-online-lending-status');
    expect(p2p?.citations).toContain('Table 2');
    expect(SERVICES['p2p-lending'].status).toMatchObject({ kind: 'discontinued', since: '2020-11-27' });
  });

  it('states the reasons that come from the profile', () => {
    const advice = recommend(cases[5]!.profile);
    const top = advice.recommendations[0]!;
    const keys = top.reasons.map((r) => r.key);
    expect(keys).toContain('purpose');
    expect(keys).toContain('online-sales');
    expect(keys).toContain('paper-advice');
  });

  it('with the purpose skipped, a sum or a term still gets services that lend (none that only collect or raise equity)', () => {
    const profile = { industry: 'accommodation', employees: 8, annualRevenueCny: 1_200_000, sizeClass: 'micro', amount: { value: 300_000, currency: 'CNY' }, termMonths: 4 } as const;
    const ids = recommend(profile).recommendations.map((r) => r.serviceId);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toContain('online-financial-institution');
    expect(ids).not.toContain('third-party-payment');
    expect(ids).not.toContain('crowdfunding');
    // Without a sum or a term nothing says money is needed: nothing is forced.
    expect(recommend({ industry: 'accommodation', sizeClass: 'micro' }).recommendations.length).toBeLessThanOrEqual(1);
  });

  it('ranks the same profile the same way every time', () => {
    for (const c of cases) expect(recommend(c.profile)).toEqual(recommend(c.profile));
  });
});

describe('recommend: properties over any profile', () => {
  const profileArb = fc.record(
    {
      industry: fc.constantFrom(...INDUSTRY_IDS),
      sizeClass: fc.constantFrom(...SIZE_CLASSES),
      purpose: fc.constantFrom(...PURPOSE_IDS),
      crossBorder: fc.boolean(),
      onlineSales: fc.boolean(),
      amount: fc.record({ value: fc.integer({ min: 0, max: 1e9 }), currency: fc.constantFrom('CNY', 'USD', 'THB') }),
      termMonths: fc.integer({ min: 1, max: 120 }),
    },
    { requiredKeys: [] },
  );

  it('never recommends a discontinued service, and every item is explained and cited', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const advice = recommend(profile);
        expect(advice.recommendations.length).toBeLessThanOrEqual(4);
        for (const r of advice.recommendations) {
          expect(SERVICES[r.serviceId].status.kind).toBe('active');
          expect(r.reasons.length).toBeGreaterThan(0);
          for (const c of r.citations) expect(CITATIONS).toContain(c);
        }
        // The §6 advice closes every list, so a channel that shortens it can keep the last one.
        expect(advice.cautions.at(-1)?.id).toBe('check-platform');
        for (const c of advice.cautions) {
          expect(RISK_IDS).toContain(c.riskId);
          expect(c.citations.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('recommends something for every purpose a firm of any SME size can have', () => {
    for (const purpose of PURPOSE_IDS) {
      for (const sizeClass of ['micro', 'small', 'medium'] as const) {
        expect(recommend({ purpose, sizeClass }).recommendations.length).toBeGreaterThan(0);
      }
    }
  });
});
