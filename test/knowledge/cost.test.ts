// The cost function: the reference's worked examples first (current-finance.md, "Cost of a
// loan"), then the owner's own words' example, then properties: more paid back or less received
// never costs less.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COST_LINES, LPR, costBand, followOffer, irr, offerCost, offerFigurePutRight, type OfferTerms } from '../../src/knowledge';

/** [offer as sold, x12, compounded] from the reference's table. */
const WORKED: Array<[string, OfferTerms, number, number]> = [
  ['"monthly rate 0.5%", flat', { principal: 100_000, months: 12, monthlyRatePct: 0.5 }, 10.9, 11.46],
  ['"monthly rate 1%", flat', { principal: 100_000, months: 12, monthlyRatePct: 1 }, 21.46, 23.7],
  ['"monthly rate 1.5%", flat', { principal: 100_000, months: 12, monthlyRatePct: 1.5 }, 31.72, 36.76],
  [
    '6% a year amortising, 2% fee deducted at payout',
    { principal: 100_000, months: 12, annualRatePct: 6, repayment: 'monthly', feePct: 2 },
    9.8,
    10.25,
  ],
  [
    'same, plus a "guarantee fee" of 0.3% a month on the original principal',
    { principal: 100_000, months: 12, annualRatePct: 6, repayment: 'monthly', feePct: 2, monthlyFeePct: 0.3 },
    16.32,
    17.6,
  ],
  [
    '8% one-year bullet, 3% "service fee" deducted at payout',
    { principal: 100_000, months: 12, annualRatePct: 8, feePct: 3 },
    11.34,
    11.34,
  ],
  ['300,000 over 36 months at 9,000 a month, sold as "2.67% fee"', { principal: 300_000, months: 36, instalment: 9_000 }, 5.06, 5.18],
];

describe('offerCost: the reference worked examples', () => {
  it.each(WORKED)('%s', (_name, terms, nominal, compounded) => {
    const cost = offerCost(terms);
    expect(cost?.main.nominalPct).toBe(nominal);
    expect(cost?.main.compoundedPct).toBe(compounded);
  });
});

describe('offerCost: offers as owners state them', () => {
  it('借10万，每月还9333，12个月: about 21.5% x12 and 23.7% compounded, above 4 x LPR', () => {
    expect(offerCost({ principal: 100_000, months: 12, instalment: 9_333 })).toEqual({
      main: {
        basis: 'cash-flows',
        received: 100_000,
        perMonth: 9_333,
        months: 12,
        totalPaid: 111_996,
        periodRatePct: 1.7875,
        nominalPct: 21.45,
        compoundedPct: 23.69,
      },
      band: 'above-private-ceiling',
      citations: ['current-finance', '§3.1'],
    });
  });

  it('月息1.5分 alone: read flat (the costlier) and on the balance, for 100,000 over 12 months', () => {
    const cost = offerCost({ monthlyRatePct: 1.5 });
    expect([cost?.main.basis, cost?.main.nominalPct, cost?.other?.basis, cost?.other?.nominalPct]).toEqual([
      'flat',
      31.72,
      'on-balance',
      18,
    ]);
    expect(cost?.band).toBe('above-36');
  });

  it('日息万五: 0.05% a day is 18.25% a year (x365), 20.02% compounded', () => {
    expect(offerCost({ dailyRatePct: 0.05 })).toEqual({
      main: { basis: 'daily', nominalPct: 18.25, compoundedPct: 20.02 },
      band: 'above-private-ceiling',
      citations: ['current-finance', '§3.1'],
    });
  });

  it('a fee deducted at payout is not principal: the same instalments cost more', () => {
    const without = offerCost({ principal: 100_000, months: 12, instalment: 9_000 })!;
    const withFee = offerCost({ principal: 100_000, months: 12, instalment: 9_000, feePct: 2 })!;
    expect(withFee.main.received).toBe(98_000);
    expect(withFee.main.nominalPct).toBeGreaterThan(without.main.nominalPct);
  });

  it('借10万，到手9.2万，每月还9500，12个月: the cost is of the cash paid out, 41.6% x12, above 36%', () => {
    expect(offerCost({ principal: 100_000, months: 12, instalment: 9_500, received: 92_000 })).toEqual({
      main: {
        basis: 'cash-flows',
        received: 92_000,
        perMonth: 9_500,
        months: 12,
        totalPaid: 114_000,
        periodRatePct: 3.4634,
        nominalPct: 41.56,
        compoundedPct: 50.47,
      },
      band: 'above-36',
      citations: ['current-finance', '§3.1'],
    });
  });

  it('a stated payout no less than the principal is not believed: the fees kept back decide it', () => {
    const cost = offerCost({ principal: 100_000, months: 12, instalment: 9_500, received: 100_000, fee: 3_000 });
    expect(cost?.main.received).toBe(97_000);
  });

  it('a sum alone, or a term alone, is no offer', () => {
    expect(offerCost({ principal: 100_000 })).toBeUndefined();
    expect(offerCost({ months: 12 })).toBeUndefined();
    expect(offerCost({})).toBeUndefined();
  });

  it('repaying less than was received is no cost (a fee read as the repayment), never a negative rate', () => {
    expect(offerCost({ principal: 300_000, total: 5_000 })).toBeUndefined();
    expect(offerCost({ principal: 300_000, total: 5_000, months: 24 })).toBeUndefined();
    expect(offerCost({ principal: 100_000, instalment: 1_000, months: 12 })).toBeUndefined();
  });
});

describe("offerCost: a guarantee company's yearly fee on top of the lender's rate (round 58)", () => {
  const CITED = { citations: ['current-finance', '§3.1'] };

  it('paid with monthly instalments: 3.6% a year costs what 0.3% a month on the original sum does', () => {
    const monthly = { principal: 100_000, months: 12, annualRatePct: 6, repayment: 'monthly' } as const;
    expect(offerCost({ ...monthly, guaranteeFeePct: 3.6 })).toEqual(offerCost({ ...monthly, monthlyFeePct: 0.3 }));
  });

  it('40万 at 4.8% for 3 years in one payment, 担保费一年两个点: 6.8% a year, 6.38% compounded', () => {
    expect(offerCost({ principal: 400_000, months: 36, annualRatePct: 4.8, guaranteeFeePct: 2 })).toEqual({
      main: {
        basis: 'cash-flows',
        received: 400_000,
        finalPayment: 481_600,
        months: 36,
        totalPaid: 481_600,
        periodRatePct: 20.4,
        nominalPct: 6.8,
        compoundedPct: 6.38,
      },
      band: 'within-private-ceiling',
      ...CITED,
    });
  });

  it('a yearly rate and the fee with no sum or term: a year on the example sum, 4.2% + 1.5% = 5.7%', () => {
    expect(offerCost({ annualRatePct: 4.2, guaranteeFeePct: 1.5 })).toEqual({
      main: {
        basis: 'cash-flows',
        received: 100_000,
        finalPayment: 105_700,
        months: 12,
        totalPaid: 105_700,
        periodRatePct: 5.7,
        nominalPct: 5.7,
        compoundedPct: 5.7,
      },
      band: 'within-private-ceiling',
      ...CITED,
    });
  });

  it('a daily rate: the fee added to the year, 18.25% + 2% and 20.02% + 2%', () => {
    expect(offerCost({ dailyRatePct: 0.05, guaranteeFeePct: 2 })).toEqual({
      main: { basis: 'daily', nominalPct: 20.25, compoundedPct: 22.02, yearlyFeePct: 2 },
      band: 'above-private-ceiling',
      ...CITED,
    });
  });
});

describe('the reference lines', () => {
  it('4 x the LPR of March 2026 (3.0%) is 12%; 24% a red flag; 36% the maximum', () => {
    expect(LPR).toEqual({ ratePct: 3, asOf: '2026-03', since: '2025-05' });
    expect(COST_LINES).toEqual({ privateCeilingPct: 12, redFlagPct: 24, maxPct: 36 });
    expect([11.9, 12, 12.1, 24.5, 36.5].map(costBand)).toEqual([
      'within-private-ceiling',
      'within-private-ceiling',
      'above-private-ceiling',
      'above-red-flag',
      'above-36',
    ]);
  });
});

describe('offerCost: properties', () => {
  const offer = fc.record({
    principal: fc.integer({ min: 10_000, max: 5_000_000 }),
    months: fc.integer({ min: 1, max: 60 }),
    extra: fc.double({ min: 0, max: 0.5, noNaN: true }),
  });

  it('a larger instalment for the same sum and term never costs less', () => {
    fc.assert(
      fc.property(offer, fc.integer({ min: 1, max: 10_000 }), ({ principal, months, extra }, more) => {
        const instalment = (principal / months) * (1 + extra);
        const a = offerCost({ principal, months, instalment })!;
        const b = offerCost({ principal, months, instalment: instalment + more })!;
        expect(b.main.nominalPct).toBeGreaterThanOrEqual(a.main.nominalPct);
        expect(b.main.compoundedPct).toBeGreaterThanOrEqual(a.main.compoundedPct);
      }),
    );
  });

  it('a larger fee deducted at payout never costs less', () => {
    fc.assert(
      fc.property(offer, fc.double({ min: 0, max: 10, noNaN: true }), ({ principal, months, extra }, feePct) => {
        const instalment = (principal / months) * (1 + extra);
        const a = offerCost({ principal, months, instalment, feePct })!;
        const b = offerCost({ principal, months, instalment, feePct: feePct + 1 })!;
        expect(b.main.compoundedPct).toBeGreaterThanOrEqual(a.main.compoundedPct);
      }),
    );
  });

  it('a higher monthly rate never costs less, and compounding never lowers the rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), (rate, step) => {
        const a = offerCost({ monthlyRatePct: rate })!;
        const b = offerCost({ monthlyRatePct: rate + step })!;
        expect(b.main.nominalPct).toBeGreaterThanOrEqual(a.main.nominalPct);
        expect(a.main.compoundedPct).toBeGreaterThanOrEqual(a.main.nominalPct);
      }),
    );
  });

  it('irr returns the rate that makes the payments worth what was received', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.2, noNaN: true }), fc.integer({ min: 1, max: 60 }), (r, n) => {
        const payment = 1_000;
        const received = Array.from({ length: n }, (_, i) => payment / (1 + r) ** (i + 1)).reduce((a, b) => a + b, 0);
        expect(
          irr(
            received,
            Array.from({ length: n }, () => payment),
          ),
        ).toBeCloseTo(r, 6);
      }),
    );
  });
});

describe('followOffer: a follow-up on the last offer costed (round 10, L4 and L5)', () => {
  it('another sum on the same terms: the payments in yuan scale, the term stands', () => {
    expect(followOffer({ principal: 100_000, instalment: 9_333, months: 12 }, { principal: 50_000 })).toEqual({
      principal: 50_000,
      instalment: 4_666.5,
      months: 12,
    });
  });

  it('a fee added to a daily rate on the sum and term before, worked to the end against the cash received', () => {
    const terms = followOffer({ dailyRatePct: 0.05, principal: 500_000, months: 6 }, { feePct: 2 });
    expect(terms).toEqual({ dailyRatePct: 0.05, principal: 500_000, months: 6, feePct: 2 });
    const cost = offerCost(terms!);
    expect(cost?.main).toMatchObject({ received: 490_000, finalPayment: 545_625, nominalPct: 22.7, compoundedPct: 23.99 });
  });

  it('a fee stated replaces the fee before; an offer with a price of its own is a new offer; another term with payments is too', () => {
    expect(followOffer({ monthlyRatePct: 1, principal: 100_000, months: 12, fee: 3_000 }, { feePct: 2 })).toEqual({
      monthlyRatePct: 1,
      principal: 100_000,
      months: 12,
      feePct: 2,
    });
    expect(followOffer({ monthlyRatePct: 1, principal: 100_000, months: 12 }, { dailyRatePct: 0.05 })).toBeUndefined();
    expect(followOffer({ principal: 100_000, instalment: 9_333, months: 12 }, { months: 6 })).toBeUndefined();
  });
});

describe('a figure of the last offer put right (offerFigurePutRight, round 67)', () => {
  const dealer = { principal: 476000, instalment: 16000, months: 36, repayment: 'monthly' as const };

  it('a price denied of which the sum financed is the price less 30% down: the new sum financed at the same share', () => {
    expect(offerFigurePutRight(dealer, 680000, 580000)).toEqual({ principal: 406000, instalment: 16000, months: 36, repayment: 'monthly' });
  });

  it('a payment denied: that payment replaced, the rest as it was', () => {
    expect(offerFigurePutRight(dealer, 16000, 14000)).toEqual({ principal: 476000, instalment: 14000, months: 36, repayment: 'monthly' });
  });

  it("a figure that is none of the offer's nor a price of it (a share down not a whole 5%): nothing", () => {
    expect(offerFigurePutRight(dealer, 6000000, 5800000)).toBeUndefined();
    expect(offerFigurePutRight(dealer, 500000, 450000)).toBeUndefined();
  });
});
