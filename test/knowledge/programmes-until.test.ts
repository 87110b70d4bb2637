// A programme with a last day (the service-loan subsidy's interest runs to 31 December 2026, current-finance.md): the advice names it
// only while it runs, and ranks with it only when it covers most of the loan; said of a three-year loan in December it comes after the
// bank's first advantage, and from 1 January it is not named at all (round 65: a tester was told of it as the first reason for a
// three-year inn loan on 8 December).

import { describe, expect, it } from 'vitest';
import { recommend, type EnterpriseProfile } from '../../src/knowledge';
import { supportFor } from '../../src/knowledge/answers';
import { coversMostOfTheLoan, daysLeft, eligibility } from '../../src/knowledge/programmes';

const inn = (termMonths: number): EnterpriseProfile => ({
  industry: 'accommodation',
  sizeClass: 'micro',
  employees: 6,
  purpose: 'renovation',
  amount: { value: 200_000, currency: 'CNY' },
  termMonths,
});

/** Each service of the advice with its reasons' keys, in order. */
const reasonsOf = (profile: EnterpriseProfile, today?: string) =>
  recommend(profile, [], today).recommendations.map(
    (r) => `${r.serviceId}: ${r.reasons.map((x) => (x.key === 'programme' ? `programme ${x.programme}` : x.key)).join(', ')}`,
  );

describe('the service-loan subsidy and its last day', () => {
  it('runs to 31 December 2026 and is offered to no one after it', () => {
    expect(['2026-12-31', '2027-01-01', undefined].map((day) => eligibility('service-loan-subsidy', inn(12), day))).toEqual([
      'yes',
      'no',
      'yes',
    ]);
    expect(supportFor(inn(12), '2027-01-04')).toEqual({ ids: ['financing-guarantee'], specific: false });
  });

  it('covers most of the loan only when half its term falls before the last day', () => {
    const covers = (term: number, day: string) => coversMostOfTheLoan('service-loan-subsidy', inn(term), day);
    expect([
      covers(6, '2026-03-16'),
      covers(19, '2026-03-16'),
      covers(20, '2026-03-16'),
      covers(1, '2026-12-07'),
      covers(6, '2026-12-07'),
    ]).toEqual([true, true, false, true, false]);
  });

  it('leads the bank loan of a short loan in March, comes second for a long one, and is gone in January', () => {
    expect([...reasonsOf(inn(6), '2026-03-16'), ...reasonsOf(inn(36), '2026-12-07'), ...reasonsOf(inn(36), '2027-01-04')]).toEqual([
      'online-financial-institution: purpose, programme service-loan-subsidy, advantage, advantage',
      'big-data-finance: also-purpose, advantage, advantage, size, amount, term',
      'online-financial-institution: purpose, advantage, programme service-loan-subsidy, advantage',
      'online-financial-institution: purpose, advantage, advantage',
    ]);
  });
});

describe('the days left before a route ends (daysLeft, round 67)', () => {
  it('the service-loan subsidy: 24 days left on 8 December 2026, the last day counted; none when far, ended or undated', () => {
    expect([
      daysLeft('service-loan-subsidy', '2026-12-08'),
      daysLeft('service-loan-subsidy', '2026-12-31'),
      daysLeft('service-loan-subsidy', '2026-10-01'),
      daysLeft('service-loan-subsidy', '2026-06-01'),
      daysLeft('service-loan-subsidy', '2027-01-01'),
      daysLeft('service-loan-subsidy'),
      daysLeft('startup-guaranteed-loan', '2026-12-08'),
    ]).toEqual([24, 1, 92, undefined, undefined, undefined, undefined]);
  });
});
