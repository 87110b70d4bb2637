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
  cautionsForService,
  type CautionId,
  type EnterpriseProfile,
} from '../../src/knowledge';

const cny = (value: number) => ({ value, currency: 'CNY' });

interface Case {
  name: string;
  profile: EnterpriseProfile;
  /** The whole list, in rank order, as `service` or `service/variant`. */
  services: string[];
  /** Every caution, in order (the case's own first, the §6 platform check last). */
  cautions: CautionId[];
  p2pWouldFit?: boolean;
  /** Services made for the purpose that a suitability rule rules out, as `service:rule`. */
  excluded?: string[];
}

const listed = (advice: ReturnType<typeof recommend>) =>
  advice.recommendations.map((r) => (r.variant ? `${r.serviceId}/${r.variant}` : r.serviceId));

const cases: Case[] = [
  {
    name: 'working capital for a small wholesaler (tea trader, 3 months)',
    profile: { industry: 'wholesale', sizeClass: 'small', purpose: 'working-capital', amount: cny(500_000), termMonths: 3 },
    services: ['big-data-finance/microloan', 'supply-chain-finance', 'online-financial-institution'],
    cautions: ['advance-fee', 'data-privacy', 'partner-dependence', 'official-channels', 'check-platform'],
    p2pWouldFit: true,
  },
  {
    name: 'payment collection for a retailer (a Kunming corner shop)',
    profile: { industry: 'retail', sizeClass: 'micro', purpose: 'payment-collection' },
    services: ['third-party-payment'],
    cautions: ['fake-payment-screenshots', 'qr-code-limits', 'payment-licence', 'check-platform'],
    p2pWouldFit: false,
  },
  {
    name: 'a new product for a software firm (2 million, three years): linkage first, loans; no pre-sale (software sells to firms)',
    profile: { industry: 'software-it', sizeClass: 'small', purpose: 'product-innovation', amount: cny(2_000_000), termMonths: 36 },
    services: ['investment-loan-linkage', 'online-financial-institution', 'finance-portal/information-platform'],
    cautions: ['advance-fee', 'equity-terms', 'official-channels', 'portal-not-lender', 'check-platform'],
  },
  {
    name: 'idle cash at a guesthouse in Dali',
    profile: { industry: 'accommodation', sizeClass: 'micro', purpose: 'wealth-management', amount: cny(300_000), termMonths: 6 },
    services: ['online-financial-institution', 'finance-portal/wealth-management-portal'],
    cautions: ['high-returns', 'keep-liquidity', 'official-channels', 'portal-not-lender', 'check-platform'],
  },
  {
    name: 'cross-border settlement for a coffee exporter to Vietnam: the bank first, no QR-code limits for a B2B trader',
    profile: { industry: 'wholesale', sizeClass: 'small', crossBorder: true, purpose: 'cross-border-settlement' },
    services: ['online-financial-institution', 'third-party-payment'],
    cautions: ['private-money-changers', 'exchange-rate', 'official-channels', 'payment-licence', 'check-platform'],
  },
  {
    name: 'an online seller of flowers on Taobao needing stock money: no supply-chain finance without a buyer',
    profile: { industry: 'retail', sizeClass: 'micro', onlineSales: true, purpose: 'working-capital', amount: cny(200_000), termMonths: 3 },
    services: ['big-data-finance/microloan', 'online-financial-institution'],
    cautions: ['advance-fee', 'data-privacy', 'official-channels', 'check-platform'],
    p2pWouldFit: true,
    excluded: ['supply-chain-finance:supply-chain-needs-buyer'],
  },
  {
    name: 'equipment for a tea-processing factory',
    profile: { industry: 'industry', sizeClass: 'small', purpose: 'equipment-expansion', amount: cny(1_000_000), termMonths: 36 },
    services: ['financial-leasing', 'online-financial-institution', 'finance-portal/credit-portal'],
    cautions: ['advance-fee', 'leasing-terms', 'official-channels', 'portal-not-lender', 'check-platform'],
  },
  {
    name: 'a mushroom cooperative that only wants to learn',
    profile: { industry: 'agriculture', sizeClass: 'micro', purpose: 'information' },
    services: ['finance-portal/integrated-portal', 'big-data-finance/microloan'],
    cautions: ['portal-not-lender', 'data-privacy', 'check-platform'],
  },
  {
    name: 'a logistics firm buying trucks over three years',
    profile: { industry: 'transport', sizeClass: 'small', purpose: 'equipment-expansion', amount: cny(3_000_000), termMonths: 36 },
    services: ['financial-leasing', 'online-financial-institution', 'finance-portal/credit-portal'],
    cautions: ['advance-fee', 'leasing-terms', 'official-channels', 'portal-not-lender', 'check-platform'],
    p2pWouldFit: false,
  },
  {
    name: 'a cross-border trader to Myanmar needing working capital: money changers first, then the advance-fee fraud',
    profile: {
      industry: 'wholesale',
      sizeClass: 'micro',
      crossBorder: true,
      purpose: 'working-capital',
      amount: cny(800_000),
      termMonths: 6,
    },
    services: ['supply-chain-finance', 'big-data-finance/microloan', 'online-financial-institution'],
    cautions: [
      'private-money-changers',
      'advance-fee',
      'exchange-rate',
      'partner-dependence',
      'data-privacy',
      'official-channels',
      'check-platform',
    ],
  },
  {
    name: 'a travel agency developing a new tour product with a small budget: loans first, a pre-sale as an option',
    profile: {
      industry: 'leasing-business-services',
      sizeClass: 'micro',
      purpose: 'product-innovation',
      amount: cny(300_000),
      termMonths: 12,
    },
    services: ['online-financial-institution', 'finance-portal/information-platform', 'big-data-finance/microloan', 'crowdfunding/reward'],
    cautions: ['advance-fee', 'official-channels', 'portal-not-lender', 'data-privacy', 'illegal-fundraising', 'check-platform'],
    excluded: ['investment-loan-linkage:linkage-needs-innovative-firm'],
  },
  {
    name: 'a medium-sized firm borrowing a large sum for two years (P2P would not have fit; no microloan for a medium firm)',
    profile: { industry: 'industry', sizeClass: 'medium', purpose: 'working-capital', amount: cny(20_000_000), termMonths: 24 },
    services: ['online-financial-institution', 'supply-chain-finance'],
    cautions: ['advance-fee', 'official-channels', 'partner-dependence', 'check-platform'],
    p2pWouldFit: false,
    excluded: ['big-data-finance:microloan-needs-small-firm'],
  },
  {
    name: 'a restaurant borrowing in US dollars (amount not judged; no buyer for supply-chain finance)',
    profile: {
      industry: 'catering',
      sizeClass: 'small',
      purpose: 'working-capital',
      amount: { value: 50_000, currency: 'USD' },
      termMonths: 6,
    },
    services: ['online-financial-institution', 'big-data-finance/microloan'],
    cautions: ['advance-fee', 'official-channels', 'data-privacy', 'check-platform'],
    excluded: ['supply-chain-finance:supply-chain-needs-buyer'],
  },
  // The examples (issue 10, "Done when").
  {
    name: '开了3年的粉店，10个人，年营业额150万，要20万把店面重新装修，借一年: a bank loan first; no leasing, no crowdfunding',
    profile: {
      industry: 'catering',
      employees: 10,
      annualRevenueCny: 1_500_000,
      sizeClass: 'micro',
      purpose: 'renovation',
      amount: cny(200_000),
      termMonths: 12,
    },
    services: ['online-financial-institution', 'big-data-finance/microloan'],
    cautions: ['advance-fee', 'official-channels', 'data-privacy', 'check-platform'],
  },
  {
    name: '我们做鲜花饼，想出一款新口味，要30万做研发包装: loans first, a pre-sale as an option; no equity, no linkage',
    profile: { industry: 'industry', sizeClass: 'micro', purpose: 'product-innovation', amount: cny(300_000) },
    services: ['online-financial-institution', 'crowdfunding/reward', 'big-data-finance/microloan', 'finance-portal/information-platform'],
    cautions: ['advance-fee', 'official-channels', 'illegal-fundraising', 'data-privacy', 'portal-not-lender', 'check-platform'],
    excluded: ['investment-loan-linkage:linkage-needs-scale'],
  },
  {
    name: '刚注册的公司，还没有收入，3个人，想借30万启动: the startup guaranteed loan through banks; no lending on a history it lacks',
    profile: {
      industry: 'retail',
      employees: 3,
      annualRevenueCny: 0,
      sizeClass: 'micro',
      purpose: 'startup',
      amount: cny(300_000),
      termMonths: 36,
    },
    services: ['online-financial-institution'],
    cautions: ['advance-fee', 'official-channels', 'check-platform'],
  },
  {
    name: 'a coffee grower borrowing a year of revenue for stock: the price bet comes first',
    profile: {
      industry: 'agriculture',
      sizeClass: 'small',
      annualRevenueCny: 3_000_000,
      purpose: 'working-capital',
      amount: cny(3_000_000),
      termMonths: 12,
    },
    services: ['big-data-finance/microloan', 'supply-chain-finance', 'online-financial-institution'],
    cautions: ['price-bet', 'advance-fee', 'data-privacy', 'partner-dependence', 'official-channels', 'check-platform'],
  },
  {
    name: 'an inn renovating on a six-month loan: the term is shorter than the payback',
    profile: { industry: 'accommodation', sizeClass: 'micro', purpose: 'renovation', amount: cny(500_000), termMonths: 6 },
    services: ['online-financial-institution', 'big-data-finance/microloan'],
    cautions: ['term-shorter-than-payback', 'advance-fee', 'official-channels', 'data-privacy', 'check-platform'],
  },
  {
    name: 'a cross-border online seller settling payments: a licensed payment institution first',
    profile: { industry: 'retail', sizeClass: 'micro', crossBorder: true, onlineSales: true, purpose: 'cross-border-settlement' },
    services: ['third-party-payment', 'online-financial-institution'],
    cautions: ['private-money-changers', 'exchange-rate', 'qr-code-limits', 'payment-licence', 'official-channels', 'check-platform'],
  },
  {
    name: 'a coffee trader borrowing a quarter of a year of revenue for beans: prices swing within a season',
    profile: {
      industry: 'wholesale',
      sizeClass: 'micro',
      employees: 8,
      annualRevenueCny: 6_000_000,
      purpose: 'working-capital',
      amount: cny(1_500_000),
      termMonths: 12,
    },
    services: ['big-data-finance/microloan', 'supply-chain-finance', 'online-financial-institution'],
    cautions: ['stock-price-swings', 'advance-fee', 'data-privacy', 'partner-dependence', 'official-channels', 'check-platform'],
  },
  {
    name: 'a shop borrowing a quarter of a year of revenue for stock: no price caution outside produce and bulk goods',
    profile: {
      industry: 'retail',
      sizeClass: 'micro',
      annualRevenueCny: 2_000_000,
      purpose: 'working-capital',
      amount: cny(500_000),
      termMonths: 12,
    },
    services: ['big-data-finance/microloan', 'online-financial-institution'],
    cautions: ['advance-fee', 'data-privacy', 'official-channels', 'check-platform'],
    excluded: ['supply-chain-finance:supply-chain-needs-buyer'],
  },
];

describe('recommend: realistic profiles', () => {
  it.each(cases)('$name', (c) => {
    const advice = recommend(c.profile);
    expect(listed(advice)).toEqual(c.services);
    expect(advice.cautions.map((x) => x.id)).toEqual(c.cautions);
    if (c.p2pWouldFit !== undefined) expect(advice.p2pWouldFit).toBe(c.p2pWouldFit);
    expect(advice.excluded.map((e) => `${e.serviceId}:${e.rule}`)).toEqual(c.excluded ?? []);
    expect(advice.fitsWell).toBe(true);
    advice.recommendations.forEach((r, i) => {
      expect(r.rank).toBe(i + 1);
      expect(r.reasons.length).toBeGreaterThanOrEqual(2);
      for (const reason of r.reasons) expect(reason.citations.length).toBeGreaterThan(0);
    });
  });

  it('names the startup guaranteed loan and the service-sector subsidy where they apply, never renewal for a new loan', () => {
    const programme = (profile: EnterpriseProfile) =>
      recommend(profile)
        .recommendations.find((r) => r.serviceId === 'online-financial-institution')
        ?.reasons.find((r) => r.key === 'programme');
    expect(programme(cases[15]!.profile)).toEqual({
      key: 'programme',
      programme: 'startup-guaranteed-loan',
      citations: ['current-finance'],
    });
    expect(programme(cases[13]!.profile)).toEqual({ key: 'programme', programme: 'service-loan-subsidy', citations: ['current-finance'] });
    // Renewal is for a loan falling due, no reason to take a new one (tester11 5b): the new working-capital loan names none.
    expect(programme(cases[0]!.profile)).toBeUndefined();
    expect(programme(cases[6]!.profile)).toBeUndefined();
  });

  it('brings up P2P in no advice: only when the user asks about it', () => {
    for (const c of cases) expect(recommend(c.profile).cautions.map((x) => x.id)).not.toContain('p2p-discontinued');
    expect(cautionsForService('p2p-lending').map((x) => x.id)).toEqual(['p2p-discontinued']);
  });

  it('says when nothing fits well: a large firm gets no service made for SMEs first', () => {
    const advice = recommend({ industry: 'industry', sizeClass: 'large', purpose: 'renovation', amount: cny(5_000_000), termMonths: 12 });
    expect(listed(advice)).toEqual([]);
    expect(advice.fitsWell).toBe(false);
  });

  it('states the reasons that come from the profile', () => {
    const advice = recommend(cases[5]!.profile);
    const top = advice.recommendations[0]!;
    const keys = top.reasons.map((r) => r.key);
    expect(keys).toEqual(['purpose', 'online-sales', 'advantage', 'advantage', 'industry', 'size', 'amount', 'term', 'paper-advice']);
  });

  it('with the purpose skipped, a sum or a term still gets services that lend (none that only collect or raise equity)', () => {
    const profile = {
      industry: 'accommodation',
      employees: 8,
      annualRevenueCny: 1_200_000,
      sizeClass: 'micro',
      amount: { value: 300_000, currency: 'CNY' },
      termMonths: 4,
    } as const;
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

  it('never offers equity crowdfunding or P2P; leasing only for an asset over a year or more', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        for (const r of recommend(profile).recommendations) {
          expect(r.serviceId).not.toBe('p2p-lending');
          if (r.serviceId === 'crowdfunding') {
            expect(r.variant).toBe('reward');
            expect(profile.purpose).toBe('product-innovation');
          }
          if (r.serviceId === 'financial-leasing') {
            expect(profile.purpose).toBe('equipment-expansion');
            if (profile.termMonths !== undefined) expect(profile.termMonths).toBeGreaterThanOrEqual(12);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('investment-loan linkage only for an innovative firm raising a million or more; never for a micro firm', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        if (!recommend(profile).recommendations.some((r) => r.serviceId === 'investment-loan-linkage')) return;
        expect(profile.purpose).toBe('product-innovation');
        expect(['software-it', 'information-transmission', 'industry', undefined]).toContain(profile.industry);
        expect(profile.sizeClass).not.toBe('micro');
        if (profile.amount?.currency === 'CNY') expect(profile.amount.value).toBeGreaterThanOrEqual(1_000_000);
      }),
      { numRuns: 500 },
    );
  });

  it('supply-chain finance only for a firm that sells to firms; lending on data never to a firm without trading', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(0, 500_000), (profile, revenue) => {
        const ids = recommend({ ...profile, annualRevenueCny: revenue }).recommendations.map((r) => r.serviceId);
        if (ids.includes('supply-chain-finance') && !profile.crossBorder) {
          expect(['retail', 'catering', 'accommodation', 'real-estate', 'property-management', 'other']).not.toContain(profile.industry);
        }
        if (revenue === 0 || profile.purpose === 'startup') expect(ids).not.toContain('big-data-finance');
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

// A buyer owing the firm: the need comes from a receivable, which supply-chain finance lends on
// against the buyer's credit (§2.3; the receivables platform, current-finance): it leads.
describe('a buyer owes the firm', () => {
  const firm: EnterpriseProfile = {
    industry: 'wholesale',
    sizeClass: 'small',
    purpose: 'working-capital',
    amount: cny(1_500_000),
    termMonths: 12,
  };

  it('puts supply-chain finance first, with the buyer-owes reason and its sources', () => {
    const advice = recommend({ ...firm, buyerOwes: true });
    const first = advice.recommendations[0];
    expect(first?.serviceId).toBe('supply-chain-finance');
    // Right after the purpose: what ties the service to this firm comes first.
    expect(first?.reasons[1]).toEqual({ key: 'buyer-owes', citations: ['§2.3', 'current-finance'] });
  });

  it('leaves the ranking as it was when no buyer owes the firm', () => {
    expect(recommend(firm).recommendations[0]?.serviceId).toBe('big-data-finance');
  });

  it('meets supply-chain-needs-buyer whatever the trade: a restaurant owed by a hotel group is a seller to a firm', () => {
    const restaurant: EnterpriseProfile = { industry: 'catering', purpose: 'working-capital' };
    expect(recommend(restaurant).recommendations.map((r) => r.serviceId)).not.toContain('supply-chain-finance');
    expect(recommend({ ...restaurant, buyerOwes: true }).recommendations[0]?.serviceId).toBe('supply-chain-finance');
  });
});
