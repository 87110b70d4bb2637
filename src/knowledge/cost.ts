// What a loan offer truly costs: the annualised rate of the money actually received against every
// payment made, fees included (the IRR of the cash flows), both as the monthly rate x 12 and
// compounded, and where it stands against the reference lines: 4 x the one-year LPR (the ceiling
// courts protect in private lending), 24% (a red flag) and 36% (outside what the rules allow).
// Source: ../shared/reference/current-finance.md, "Cost of a loan". Pure; no clock: the LPR's
// date is data and is shown with it.

import type { Citation } from './citations';

/** The terms of an offer as the owner states them; every field optional, in yuan and percent. */
export interface OfferTerms {
  /** The sum the contract names ("借10万"); of a purchase, the price less the down payment said ("150万车，首付20%": 120万). */
  principal?: number;
  /**
   * The down payment's share of a purchase's price, in percent, said with no price ("首付两成 每个月还1万2 还36期"):
   * the price is the one the owner gave before, and the sum financed that price less this share (withOwnTerms).
   */
  downPaymentPct?: number;
  /**
   * A down payment in yuan said with no price (卖电窑的老板说可以分期 首付两万五 剩下的每个月还4500 还两年; round 67, a tester): the price is the
   * one the owner gave before, the sum financed that price less this (withOwnTerms).
   */
  downPayment?: number;
  /** Term in months ("12个月", "一年"). */
  months?: number;
  /** A fixed payment each month ("每月还9333"). */
  instalment?: number;
  /** Everything repaid, in one payment at the end or as the sum of all instalments ("到期还10.8万"). */
  total?: number;
  /** A monthly rate as sold ("月息1.5分" = 1.5). Whether it is flat or on the balance is unsaid. */
  monthlyRatePct?: number;
  /** A daily rate ("日息万五" = 0.05). */
  dailyRatePct?: number;
  /** A yearly rate as sold ("年息8%", "6% a year"). */
  annualRatePct?: number;
  /** A fee as a share of the principal ("手续费2%"). */
  feePct?: number;
  /** A fee in yuan ("服务费3000"). */
  fee?: number;
  /** A fee charged every month as a share of the original principal ("担保费每月0.3%"). */
  monthlyFeePct?: number;
  /**
   * A guarantee company's fee charged each year as a share of the principal, on top of the lender's rate (担保费一年两个点, "the guarantee
   * company wants another 1.5% a year"): part of what the loan costs, so the cost adds it; the lender's own rate is unchanged.
   */
  guaranteeFeePct?: number;
  /** Repaid monthly ("每月还", "分期") or in one payment at the end ("到期还"); unsaid when absent. */
  repayment?: 'monthly' | 'end';
  /**
   * The cash actually paid out, when the offer says it ("借10万，到手9万", "get 92k in hand"): what is kept
   * back at payout is a fee whatever it is called, so the cost is of this sum.
   */
  received?: number;
  /**
   * The lender named is a bank or a licensed local lender (农商行给批了, 信用社讲, a micro-loan company, "the bank
   * offered"): outside the private-lending ceiling, so the offer is judged against banks (current-finance: who that
   * ceiling covers). Unsaid when the lender is unnamed, a person, an agent or a platform.
   */
  licensed?: true;
  /**
   * A loan the firm already has, its terms told (借了小贷公司二十万 利息一个月两分 格正常, "we borrowed 100k, they kept 8k"):
   * not an offer to sign, so the advice is to weigh repaying it with a cheaper loan. Unsaid for an offer.
   */
  held?: true;
}

/** One reading of an offer: the cash flows and the rate they give. */
export interface CostReading {
  /** How the offer was read: its own cash flows, a flat monthly rate, a rate on the balance, a daily rate. */
  basis: 'cash-flows' | 'flat' | 'on-balance' | 'daily';
  /** Money actually received at payout (the principal less the fees deducted). */
  received?: number;
  /** The payment each month (instalments), or the single payment at the end. */
  perMonth?: number;
  finalPayment?: number;
  months?: number;
  /** Everything paid back. */
  totalPaid?: number;
  /** The rate per period of the cash flows (per month; per the whole term for one payment). */
  periodRatePct?: number;
  /** The monthly rate x 12 (x 365 for a daily rate; simple annual rate for one payment at the end). */
  nominalPct: number;
  /** The same rate compounded over a year. */
  compoundedPct: number;
  /** Of a daily rate: a guarantor's yearly fee added to the rate's year (both figures above include it), so the arithmetic can show it. */
  yearlyFeePct?: number;
}

export type CostBand = 'within-private-ceiling' | 'above-private-ceiling' | 'above-red-flag' | 'above-36';

export interface OfferCost {
  /** The reading the verdict is based on (the more expensive when the offer is ambiguous). */
  main: CostReading;
  /** A second reading when the words allow two (a monthly rate: flat, or on the balance). */
  other?: CostReading;
  band: CostBand;
  citations: readonly Citation[];
}

/**
 * The one-year Loan Prime Rate as the reference records it: 3.0% since May 2025, unchanged at
 * least through March 2026. Always shown with its date; the LPR is published on the 20th.
 */
export const LPR = { ratePct: 3.0, asOf: '2026-03', since: '2025-05' } as const;

/** The level monthly payment repaying `principal` over `months` at the one-year LPR (equal instalments), to the yuan. */
export function lprInstalment(principal: number, months: number): number {
  return Math.round(amortisingPayment(principal, LPR.ratePct, months));
}

/** The lines an annualised rate is compared with (current-finance.md, "Cost of a loan"). */
export const COST_LINES = {
  /** Supreme People's Court, private lending provisions revised 20 August 2020: 4 x LPR. */
  privateCeilingPct: 4 * LPR.ratePct,
  /** Regulators' direction since 2025: above 24% all-in is a red flag, not a legal line. */
  redFlagPct: 24,
  /** Cash-loan notice of 1 December 2017: above 36% all-in is not allowed. */
  maxPct: 36,
} as const;

const COST_CITATIONS: readonly Citation[] = ['current-finance', '§3.1'];

/** Terms assumed when a monthly rate comes without them (the reference's worked examples). */
export const DEFAULT_MONTHS = 12;
export const DEFAULT_PRINCIPAL = 100_000;

/** What withOwnTerms took from the owner's own figures: the sum, the term, the price and the sum down it was worked from. */
export interface OwnTermsTaken {
  principal?: number;
  months?: number;
  price?: number;
  down?: number;
}

/**
 * The offer's terms completed with the sum and the term the owner asked for earlier (the
 * profile's amount in yuan and its term), where the offer does not state them: "月息2分" after
 * "要借20万，一年" is worked on 20万 over 12 months, not on the example sum. Says what it took.
 */
export function withOwnTerms(
  terms: OfferTerms,
  own: { amountCny?: number; termMonths?: number },
): { terms: OfferTerms; assumed: OwnTermsTaken } {
  const assumed: OwnTermsTaken = {};
  const share = terms.downPaymentPct;
  const down = terms.downPayment;
  if (terms.principal === undefined && own.amountCny !== undefined && own.amountCny > 0) {
    // A share down with no price: the owner's sum is the price, the sum financed that less the share; a sum down, that less the sum.
    if (share !== undefined && share > 0 && share < 100) {
      assumed.price = own.amountCny;
      assumed.principal = Math.round(own.amountCny * (1 - share / 100));
    } else if (down !== undefined && down > 0 && down < own.amountCny) {
      assumed.price = own.amountCny;
      assumed.down = down;
      assumed.principal = own.amountCny - down;
    } else assumed.principal = own.amountCny;
  }
  // The owner's term is for the owner's own sum: an offer naming a larger sum (3m offered to a firm whose
  // 3 months were for trade finance) is another loan, whose term is asked, not taken from the other need; a smaller
  // sum is the owner's loan granted in part (想借100万, 银行批了80万) and keeps its term.
  const ownSum = terms.principal === undefined || (own.amountCny !== undefined && terms.principal <= own.amountCny);
  if (terms.months === undefined && ownSum && own.termMonths !== undefined && own.termMonths >= 1) assumed.months = own.termMonths;
  const { downPaymentPct: _, downPayment: __, ...rest } = terms;
  const filled = {
    ...(assumed.principal !== undefined ? { principal: assumed.principal } : {}),
    ...(assumed.months !== undefined ? { months: assumed.months } : {}),
  };
  return { terms: { ...(assumed.price !== undefined ? rest : terms), ...filled }, assumed };
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Present value of `payment` each period for `n` periods at rate r per period. */
function annuityValue(payment: number, n: number, r: number): number {
  return r === 0 ? payment * n : (payment * (1 - (1 + r) ** -n)) / r;
}

/**
 * The rate per period at which `received` equals the present value of `payments` (one per
 * period, from period 1). Bisection: the present value falls as the rate rises, so the root is
 * unique; rates from -99% to 1000% per period.
 */
export function irr(received: number, payments: readonly number[]): number {
  const pv = (r: number) => payments.reduce((sum, p, i) => sum + p / (1 + r) ** (i + 1), 0);
  let lo = -0.99;
  let hi = 10;
  if (pv(hi) > received) return hi;
  if (pv(lo) < received) return lo;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (pv(mid) > received) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function instalmentReading(basis: CostReading['basis'], received: number, perMonth: number, months: number): CostReading {
  const r = irr(
    received,
    Array.from({ length: months }, () => perMonth),
  );
  return {
    basis,
    received: round(received),
    perMonth: round(perMonth),
    months,
    totalPaid: round(perMonth * months),
    periodRatePct: round(r * 100, 4),
    nominalPct: round(r * 12 * 100),
    compoundedPct: round(((1 + r) ** 12 - 1) * 100),
  };
}

function bulletReading(received: number, finalPayment: number, months: number): CostReading {
  const growth = finalPayment / received;
  return {
    basis: 'cash-flows',
    received: round(received),
    finalPayment: round(finalPayment),
    months,
    totalPaid: round(finalPayment),
    periodRatePct: round((growth - 1) * 100, 4),
    nominalPct: round((growth - 1) * (12 / months) * 100),
    compoundedPct: round((growth ** (12 / months) - 1) * 100),
  };
}

function upfrontFee(terms: OfferTerms, principal: number): number {
  return (terms.fee ?? 0) + (principal * (terms.feePct ?? 0)) / 100;
}

/** The cash paid out: as the offer states it (less than the principal), or the principal less the fees kept back. */
function paidOut(terms: OfferTerms, principal: number): number {
  const stated = terms.received;
  return stated !== undefined && stated > 0 && stated < principal ? stated : principal - upfrontFee(terms, principal);
}

/** The level payment that repays `principal` over `months` at `annualPct` a year on the balance. */
function amortisingPayment(principal: number, annualPct: number, months: number): number {
  const r = annualPct / 1200;
  return principal / annuityValue(1, months, r);
}

function readings(terms: OfferTerms): CostReading[] {
  const found = lenderReadings(terms);
  const yearly = terms.guaranteeFeePct ?? 0;
  // A yearly rate and a guarantor's yearly fee, no sum or no term (年息4.2 担保费一年1.5个点 加起来好多): the example's, the two added.
  if (yearly > 0 && found.length === 0 && terms.annualRatePct !== undefined) {
    const p = terms.principal ?? DEFAULT_PRINCIPAL;
    const n = terms.months ?? DEFAULT_MONTHS;
    return [bulletReading(paidOut(terms, p), p * (1 + ((terms.annualRatePct + yearly) / 100) * (n / 12)), n)];
  }
  // ...beside a daily rate with no sum and term: the fee's share added to the year's cost.
  return found.map((r) =>
    r.basis === 'daily' && yearly > 0
      ? { ...r, nominalPct: round(r.nominalPct + yearly), compoundedPct: round(r.compoundedPct + yearly), yearlyFeePct: yearly }
      : r,
  );
}

/** The readings of the lender's own terms, a guarantor's yearly fee paid with each month's payment (monthlyFee) or at the end. */
function lenderReadings(terms: OfferTerms): CostReading[] {
  const { principal, months } = terms;
  // A guarantor's yearly fee is paid as a twelfth of it each month, as a monthly fee on the original sum is.
  const monthlyFee = (p: number) => (p * ((terms.monthlyFeePct ?? 0) + (terms.guaranteeFeePct ?? 0) / 12)) / 100;

  // The offer's own cash flows: a sum, a term and what is paid back.
  if (principal !== undefined && months !== undefined && months > 0) {
    const received = paidOut(terms, principal);
    if (terms.instalment !== undefined) {
      return [instalmentReading('cash-flows', received, terms.instalment + monthlyFee(principal), months)];
    }
    if (terms.total !== undefined) {
      return terms.repayment === 'monthly'
        ? [instalmentReading('cash-flows', received, terms.total / months + monthlyFee(principal), months)]
        : [bulletReading(received, terms.total, months)];
    }
    if (terms.annualRatePct !== undefined) {
      if (terms.repayment === 'monthly') {
        const pay = amortisingPayment(principal, terms.annualRatePct, months) + monthlyFee(principal);
        return [instalmentReading('cash-flows', received, pay, months)];
      }
      const yearly = terms.annualRatePct + (terms.guaranteeFeePct ?? 0);
      return [bulletReading(received, principal * (1 + (yearly / 100) * (months / 12)), months)];
    }
  }
  // A monthly rate: flat (interest on the original sum every month, repaid in instalments) or
  // on the balance. The words rarely say which; both are shown, the flat one first.
  if (terms.monthlyRatePct !== undefined) {
    const p = principal ?? DEFAULT_PRINCIPAL;
    const n = months ?? DEFAULT_MONTHS;
    const received = paidOut(terms, p);
    const rate = terms.monthlyRatePct / 100;
    const flat = instalmentReading('flat', received, p / n + p * rate + monthlyFee(p), n);
    const balance = instalmentReading('on-balance', received, p / annuityValue(1, n, rate) + monthlyFee(p), n);
    return [flat, balance];
  }
  if (terms.dailyRatePct !== undefined) {
    const r = terms.dailyRatePct / 100;
    // A fee kept back at payout, on a sum and a term: the day's interest on the whole sum for every day
    // of the term, repaid with the sum at the end, against the cash received (日息万五, 手续费2%先扣, 50万, 6个月).
    if (principal !== undefined && months !== undefined && months > 0 && paidOut(terms, principal) < principal) {
      return [bulletReading(paidOut(terms, principal), principal * (1 + (r * 365 * months) / 12), months)];
    }
    return [{ basis: 'daily', nominalPct: round(r * 365 * 100), compoundedPct: round(((1 + r) ** 365 - 1) * 100) }];
  }
  return [];
}

export function costBand(annualPct: number): CostBand {
  if (annualPct > COST_LINES.maxPct) return 'above-36';
  if (annualPct > COST_LINES.redFlagPct) return 'above-red-flag';
  if (annualPct > COST_LINES.privateCeilingPct) return 'above-private-ceiling';
  return 'within-private-ceiling';
}

/**
 * The annualised cost of an offer, or undefined when its terms are not enough to compute one
 * (a sum alone, a term alone) or would repay less than was received. The verdict uses the
 * compounded rate of the costlier reading.
 */
export function offerCost(terms: OfferTerms): OfferCost | undefined {
  // Paying back less than was received is no loan's cost: the words were misread ("300k if I pay
  // 5000 first" is a fee, not a repayment), and a negative rate would read as a bargain.
  const found = readings(terms).filter((r) => Number.isFinite(r.nominalPct) && Number.isFinite(r.compoundedPct) && r.nominalPct >= 0);
  const [main, other] = found;
  if (main === undefined) return undefined;
  return {
    main,
    ...(other ? { other } : {}),
    band: costBand(main.compoundedPct),
    citations: COST_CITATIONS,
  };
}

/**
 * The money kept back at payout, by the sum signed for and the sum received (批了二十万 到手十八万; 借十万 先扣了八千): what the answer to
 * "is that allowed" works on (round 36). Undefined when the terms do not give both.
 */
export function keptBack(terms: OfferTerms): { principalCny: number; receivedCny: number } | undefined {
  const { principal, received, fee, feePct } = terms;
  if (principal === undefined) return undefined;
  const receivedCny =
    received ?? (fee !== undefined ? principal - fee : feePct !== undefined ? Math.round(principal * (1 - feePct / 100)) : undefined);
  if (receivedCny === undefined || receivedCny <= 0 || receivedCny >= principal) return undefined;
  return { principalCny: principal, receivedCny };
}

/** Whether the terms name a price of their own: a payment, a total, a rate or the cash received. */
export function pricesOffer(terms: OfferTerms): boolean {
  return (
    terms.instalment !== undefined ||
    terms.total !== undefined ||
    terms.monthlyRatePct !== undefined ||
    terms.dailyRatePct !== undefined ||
    terms.annualRatePct !== undefined ||
    terms.received !== undefined
  );
}

/** Terms in yuan that scale with the sum borrowed on the same conditions. */
const IN_YUAN = ['instalment', 'total', 'fee', 'received'] as const;

/**
 * A follow-up on the last offer costed: what the message states changes it, the rest stands. "手续费2%先扣"
 * adds the fee to "日息万五" on 50万 over 6 months; "那5万呢" is the same offer on 5万 (the payments and fees
 * in yuan scale with the sum; the rates stand). Undefined when the message names a price of its own: that is
 * a new offer, worked on by itself.
 */
export function followOffer(last: OfferTerms, stated: OfferTerms): OfferTerms | undefined {
  if (pricesOffer(stated)) return undefined;
  // Payments said for one term say nothing of another: "分6个月呢" after "每月还9333，12个月" is a new offer.
  const otherTerm = stated.months !== undefined && stated.months !== last.months;
  if (otherTerm && (last.instalment !== undefined || last.total !== undefined)) return undefined;
  const base: OfferTerms = { ...last };
  const scale =
    stated.principal !== undefined && last.principal !== undefined && last.principal > 0 ? stated.principal / last.principal : 1;
  if (scale !== 1) {
    for (const key of IN_YUAN) {
      const value = last[key];
      if (value !== undefined) base[key] = round(value * scale);
    }
  }
  // A fee stated replaces the fee before (and the cash received, which the fee decided).
  if (stated.fee !== undefined || stated.feePct !== undefined) {
    delete base.fee;
    delete base.feePct;
    delete base.received;
  }
  return { ...base, ...stated };
}

/**
 * The last offer costed, put right by the owner ("算错了，每个月还2万", "sorry, it's 12k a month"): what the
 * message states replaces the same term before (a payment a payment, a rate a rate, a fee a fee), the rest
 * stands, so the sum financed, the term and the lender stay the offer's.
 */
export function correctOffer(last: OfferTerms, stated: OfferTerms): OfferTerms {
  const base: OfferTerms = { ...last };
  if (stated.instalment !== undefined || stated.total !== undefined) {
    delete base.instalment;
    delete base.total;
  }
  if (stated.monthlyRatePct !== undefined || stated.dailyRatePct !== undefined || stated.annualRatePct !== undefined) {
    delete base.monthlyRatePct;
    delete base.dailyRatePct;
    delete base.annualRatePct;
  }
  if (stated.fee !== undefined || stated.feePct !== undefined || stated.received !== undefined) {
    delete base.fee;
    delete base.feePct;
    delete base.received;
  }
  return { ...base, ...stated };
}

/** The offer's sums a figure put right may be (the sum financed, a payment, the total, a fee, the cash received). */
const SUMS_PUT_RIGHT = ['principal', ...IN_YUAN] as const;
/** A down payment's share of a price, in percent, as sellers state it (首付两成, 30% down): a whole multiple of 5. */
const DOWN_SHARE_STEP = 5;
const DOWN_SHARES = { least: 5, most: 60 } as const;

/**
 * A figure of the last offer put right with no terms beside it (刚才说错了 报价是58万 不是68, "sorry the price is 580k not 680k";
 * round 67): the figure denied found among the offer's sums is replaced; a price denied, of which the sum financed is the price less
 * a down payment (a whole 5% to 60% of it), gives the new sum financed at the same share, the seller's payments as told. Undefined
 * when the denied figure is none of the offer's: it was some other sum, and the offer stands.
 */
export function offerFigurePutRight(last: OfferTerms, denied: number, said: number): OfferTerms | undefined {
  const same = SUMS_PUT_RIGHT.find((key) => last[key] !== undefined && Math.abs((last[key] as number) - denied) < 0.5);
  if (same !== undefined) return { ...last, [same]: said };
  const financed = last.principal;
  if (financed === undefined || denied <= financed) return undefined;
  const downPct = 100 - (financed / denied) * 100;
  const step = Math.round(downPct / DOWN_SHARE_STEP) * DOWN_SHARE_STEP;
  if (Math.abs(downPct - step) > 0.05 || step < DOWN_SHARES.least || step > DOWN_SHARES.most) return undefined;
  return { ...last, principal: round((said * (100 - step)) / 100) };
}

/** Whether the terms say enough to compute a cost (used by the NLU to tell an offer from a sum). */
export function describesCost(terms: OfferTerms): boolean {
  return readings(terms).length > 0;
}
