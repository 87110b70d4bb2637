// Whom each government-backed route is for, as data with its source: the firm sizes, trades,
// purposes and sums the reference names (../shared/reference/current-finance.md, "Government-backed
// routes", checked November 2026). The recommender's reasons, the "any subsidies?" answer, the
// cost answer and the next steps all ask `eligibility` before they name a programme, so that a firm
// is never told of one it does not qualify for (a medium firm of a small-and-micro programme, a
// printing shop of the subsidy for inns, restaurants and tourism).
//
// Three answers: `yes` nothing the firm said rules it out; `ask` the reference leaves the firm's
// case open (a row of the size standard that holds a named trade among others, a size it does not
// name): the bot says to ask the bank, never that it applies; `no` a fact the firm gave rules it out.
// A fact the firm has not given yet counts for it (the callers decide what must be known).

import type { Citation } from './citations';
import { INDUSTRY_IDS, type IndustryId, type PurposeId, type SizeClass } from './ids';
import type { EnterpriseProfile } from './profile';

export const GOVERNMENT_ROUTES = [
  'startup-guaranteed-loan',
  'service-loan-subsidy',
  'fixed-asset-subsidy',
  'financing-guarantee',
  'renewal-without-repayment',
] as const;
export type GovernmentRoute = (typeof GOVERNMENT_ROUTES)[number];

export type Eligibility = 'yes' | 'ask' | 'no';

/** Whom a route is for; an absent field: the reference names no condition of that kind. */
export interface RouteTerms {
  /** What the loan is for (the bot's purposes). */
  purposes?: readonly PurposeId[];
  /** Firm sizes the reference names. */
  sizeClasses?: readonly SizeClass[];
  /** Sizes the reference's wording leaves open: ask the bank. */
  askSizes?: readonly SizeClass[];
  /** Rows of the size standard the reference names. */
  industries?: readonly IndustryId[];
  /** Rows that hold a named trade among others (tourism in transport): ask the bank. */
  askIndustries?: readonly IndustryId[];
  /** The largest loan the route covers, in yuan. */
  maxAmountCny?: number;
  /** For a firm starting up: one already earning (revenue given) that named no need is not starting. */
  notWhenTrading?: true;
  /** When the rule was set (the date the bot shows with it). */
  since: string;
  /** The last day the reference says it runs (YYYY-MM-DD); after it the route is not offered, unless the reference is renewed. */
  until?: string;
  citations: readonly Citation[];
}

const CURRENT: readonly Citation[] = ['current-finance'];
/** The trades the service-sector subsidy names (national measures of January 2026). */
const SUBSIDY_NAMED: readonly IndustryId[] = ['accommodation', 'catering'];
/** Rows of the size standard outside the service sector. */
const NOT_SERVICES: readonly IndustryId[] = ['agriculture', 'industry', 'construction'];
/** Rows of the size standard in the service sector that the subsidy does not name: asked of the bank. */
const SERVICE_ROWS_UNNAMED: readonly IndustryId[] = INDUSTRY_IDS.filter((id) => !NOT_SERVICES.includes(id) && !SUBSIDY_NAMED.includes(id));
/** Loans a firm runs its business on: stock and wages, a fit-out, machines (an operating loan at the bank). */
const OPERATING: readonly PurposeId[] = ['working-capital', 'renovation', 'equipment-expansion'];

export const ROUTE_TERMS: Readonly<Record<GovernmentRoute, RouteTerms>> = {
  // National rules from 1 October 2023 for five years: up to 300,000 yuan for a person, up to 4
  // million for a small or micro enterprise, half the interest subsidised (贷免扶补 in Yunnan).
  'startup-guaranteed-loan': {
    purposes: ['startup'],
    sizeClasses: ['micro', 'small'],
    maxAmountCny: 4_000_000,
    notWhenTrading: true,
    since: '2023-10',
    citations: CURRENT,
  },
  // January 2026 national measures: a 1-point subsidy on service-sector operating loans up to 10
  // million yuan, through the end of 2026, "(inns, restaurants, tourism)"; no firm size is named.
  // Tourism is no row of the size standard: travel agencies sit in leasing and business services
  // (beside printing, advertising, consulting), tour coaches in transport (beside freight), so
  // for those rows the bank decides. The three are examples of the service sector the measure covers:
  // every other service row (a shop, a repair shop, a wholesaler, software) is asked of the bank too
  // (tester11 5d), never stated; farming, industry and construction are no service sector.
  'service-loan-subsidy': {
    purposes: OPERATING,
    industries: SUBSIDY_NAMED,
    askIndustries: SERVICE_ROWS_UNNAMED,
    maxAmountCny: 10_000_000,
    since: '2026-01',
    until: '2026-12-31',
    citations: CURRENT,
  },
  // January 2026 national measures: a 1.5-point subsidy on small firms' fixed-asset loans in listed
  // sectors, "agriculture and agri-processing among them": a farm buying equipment qualifies; a
  // processor (the industry row) may be on the list; a medium firm is not named.
  'fixed-asset-subsidy': {
    purposes: ['equipment-expansion'],
    sizeClasses: ['micro', 'small'],
    askSizes: ['medium'],
    industries: ['agriculture'],
    askIndustries: ['industry'],
    since: '2026-01',
    citations: CURRENT,
  },
  // January 2026 national measures: a guarantee plan with the fee charged to the firm at most 1%;
  // the reference names no size, trade or sum.
  'financing-guarantee': { since: '2026-01', citations: CURRENT },
  // "Open to all small and micro firms since September 2024": a loan falling due, renewed.
  'renewal-without-repayment': {
    purposes: ['working-capital'],
    sizeClasses: ['micro', 'small'],
    since: '2024-09',
    citations: CURRENT,
  },
};

/** The amount in yuan when the owner gave it in yuan; other currencies are not converted. */
function amountCny(profile: EnterpriseProfile): number | undefined {
  return profile.amount && profile.amount.currency === 'CNY' ? profile.amount.value : undefined;
}

/**
 * Whether this firm may use the route, from what it has said (see the header). `today` (YYYY-MM-DD), the day the owner is advised:
 * a route past its last day is offered to no one (the service-loan subsidy's interest runs to 31 December 2026).
 */
export function eligibility(route: GovernmentRoute, profile: EnterpriseProfile, today?: string): Eligibility {
  const terms = ROUTE_TERMS[route];
  if (terms.until !== undefined && today !== undefined && today > terms.until) return 'no';
  const { purpose, sizeClass, industry } = profile;
  let ask = false;
  if (terms.purposes && purpose !== undefined && !terms.purposes.includes(purpose)) return 'no';
  if (terms.notWhenTrading && purpose === undefined && profile.annualRevenueCny) return 'no';
  if (terms.sizeClasses && sizeClass !== undefined && !terms.sizeClasses.includes(sizeClass)) {
    if (!terms.askSizes?.includes(sizeClass)) return 'no';
    ask = true;
  }
  if (terms.industries && industry !== undefined && !terms.industries.includes(industry)) {
    if (!terms.askIndustries?.includes(industry)) return 'no';
    ask = true;
  }
  const amount = amountCny(profile);
  if (terms.maxAmountCny !== undefined && amount !== undefined && amount > terms.maxAmountCny) return 'no';
  return ask ? 'ask' : 'yes';
}

/** The route's trade is one the reference names outright (not a row that merely holds it). */
export function namedTrade(route: GovernmentRoute, industry: IndustryId | undefined): boolean {
  const named = ROUTE_TERMS[route].industries;
  return industry !== undefined && (named === undefined || named.includes(industry));
}

/**
 * Loans a bank's app or an online bank handles (the small-business loans of current-finance.md,
 * "Bank online business loans" and "Online banks"): the bot's reading of "small", the same bound
 * big-data finance's fit uses (services.ts); never shown as a figure. Above it, or for a medium or
 * large firm, the loan is a corporate loan talked through at the branch.
 */
export const APP_LOAN_MAX_CNY = 3_000_000;

/** The loan is beyond what a bank's app or an online bank lends a small firm: the branch's corporate loan. */
export function beyondAppLoans(profile: EnterpriseProfile): boolean {
  const amount = amountCny(profile);
  return profile.sizeClass === 'medium' || profile.sizeClass === 'large' || (amount !== undefined && amount > APP_LOAN_MAX_CNY);
}

/** Days in an average month, to count a loan's months against a route's last day. */
const DAYS_PER_MONTH = 30.44;
/** A loan's term when the owner has not given it: a year, the operating loan's usual. */
const TERM_UNSAID_MONTHS = 12;

/** Days from one day to another, both YYYY-MM-DD (the route's last day and the day the owner is advised). */
const MS_PER_DAY = 86_400_000;
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY;
}

/** How near a route's last day must be for the advice to say how many days are left (about a quarter). */
export const ENDING_SOON_DAYS = 92;

/**
 * The days left before a route's last day, when it is near (ENDING_SOON_DAYS or fewer; round 67, a tester: on 8 December the 2026
 * service-loan subsidy was said to run "up to 31 December" with nothing on its being three weeks away). Undefined with no last day, no
 * date known, or the day far.
 */
export function daysLeft(route: GovernmentRoute, today?: string): number | undefined {
  const until = ROUTE_TERMS[route].until;
  if (until === undefined || today === undefined) return undefined;
  const days = Math.round(daysBetween(today, until)) + 1;
  return days >= 1 && days <= ENDING_SOON_DAYS ? days : undefined;
}

/**
 * Whether the route covers most of the loan: a route with a last day counts for the advice only when at least half of the loan's term
 * (a year when not given) falls before it. A three-year inn loan taken on 7 December 2026 has its subsidy for three weeks: the reason is
 * still said, with its date, but it does not rank the bank's loan first (round 65, tester). No last day or no date known: it covers it.
 */
export function coversMostOfTheLoan(route: GovernmentRoute, profile: EnterpriseProfile, today?: string): boolean {
  const until = ROUTE_TERMS[route].until;
  if (until === undefined || today === undefined) return true;
  const left = daysBetween(today, until) / DAYS_PER_MONTH;
  return left >= (profile.termMonths ?? TERM_UNSAID_MONTHS) / 2;
}
