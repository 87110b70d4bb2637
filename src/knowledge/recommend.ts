// The recommender: a deterministic ranking of the active services for an enterprise profile,
// each with the reasons behind it and the sources for them, plus the cautions the case raises.
// A service is considered only when its suitability rules (services.ts, each with its source)
// let it; the ranking then weighs the soft fit. Reasons and cautions are ids with parameters;
// locales/<lng>/knowledge.json turns them into sentences. Discontinued services (P2P) are never
// recommended, and P2P is not brought up unless the user raises it (see answers.ts).

import { mergeCitations, type Citation } from './citations';
import { SERVICE_IDS, type IndustryId, type PurposeId, type RiskId, type ServiceId, type SizeClass } from './ids';
import type { EnterpriseProfile } from './profile';
import { coversMostOfTheLoan, daysLeft, eligibility, GOVERNMENT_ROUTES, namedTrade, ROUTE_TERMS, type GovernmentRoute } from './programmes';
import { QR_CODE_LEVELS } from './regulation';
import { SERVICES, unsuitableBy, type ConditionFacts, type Range, type ServiceFacts, type SuitabilityRuleId } from './services';

export type { Range };

/** A reason is a sentence template (`reasons.<key>`) with the profile's values for it. */
export type Reason =
  | { key: 'purpose'; purpose: PurposeId; citations: readonly Citation[] }
  | { key: 'also-purpose'; purpose: PurposeId; citations: readonly Citation[] }
  | { key: 'advantage'; serviceId: ServiceId; advantage: string; citations: readonly Citation[] }
  | { key: 'industry'; industry: IndustryId; citations: readonly Citation[] }
  | { key: 'size'; sizeClass: SizeClass; citations: readonly Citation[] }
  | { key: 'amount'; amountCny: number; citations: readonly Citation[] }
  | { key: 'term'; termMonths: number; citations: readonly Citation[] }
  | { key: 'online-sales'; serviceId: ServiceId; citations: readonly Citation[] }
  | { key: 'cross-border'; serviceId: ServiceId; citations: readonly Citation[] }
  | { key: 'buyer-owes'; citations: readonly Citation[] }
  /** The owner said the money buys an asset (a cold room, a machine, a vehicle), which the service finances itself (round 24). */
  | { key: 'asset-bought'; citations: readonly Citation[] }
  | { key: 'paper-advice'; advice: PaperAdvice; citations: readonly Citation[] }
  /** `daysLeft`: the route ends soon (programmes.ts daysLeft), said with its days. */
  | { key: 'programme'; programme: Programme; citations: readonly Citation[]; daysLeft?: number };

/**
 * Government-backed routes applied for through banks (current-finance.md): not services of their
 * own (contract), so they are reasons of `online-financial-institution`.
 */
export const PROGRAMMES = [
  'startup-guaranteed-loan',
  'service-loan-subsidy',
  'fixed-asset-subsidy',
  'renewal-without-repayment',
  'rmb-cross-border-settlement',
] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const PAPER_ADVICE = ['manage-with-data', 'innovate', 'new-methods', 'licensed-alternative'] as const;
export type PaperAdvice = (typeof PAPER_ADVICE)[number];

/** A service that would have served the purpose but a suitability rule rules out. */
export interface Excluded {
  serviceId: ServiceId;
  variant?: string;
  rule: SuitabilityRuleId;
  citations: readonly Citation[];
}

export interface Recommendation {
  serviceId: ServiceId;
  variant?: string;
  rank: number;
  score: number;
  reasons: Reason[];
  citations: Citation[];
}

export const CAUTION_IDS = [
  'private-money-changers',
  'price-bet',
  'stock-price-swings',
  'term-shorter-than-payback',
  'fake-payment-screenshots',
  'advance-fee',
  'qr-code-limits',
  'payment-licence',
  'data-privacy',
  'illegal-fundraising',
  'official-channels',
  'portal-not-lender',
  'partner-dependence',
  'leasing-terms',
  'equity-terms',
  'exchange-rate',
  'high-returns',
  'keep-liquidity',
  'p2p-discontinued',
  'check-platform',
] as const;
export type CautionId = (typeof CAUTION_IDS)[number];

export interface Caution {
  id: CautionId;
  riskId: RiskId;
  serviceId?: ServiceId;
  citations: readonly Citation[];
  /** Figures the wording interpolates (e.g. the QR-code daily limits). */
  params?: Readonly<Record<string, number>>;
}

export interface Advice {
  recommendations: Recommendation[];
  /** The case's own cautions first, most important first; the §6 platform check last. */
  cautions: Caution[];
  /** The profile matches what P2P lending was for (small, short, instalment borrowing). */
  p2pWouldFit: boolean;
  /** Services made for this purpose that a suitability rule rules out, with the rule. */
  excluded: Excluded[];
  /** At least one service is made for the purpose (else the best is only a second choice, or nothing). */
  fitsWell: boolean;
}

/** Purposes that are a need to borrow (a sum or a term without a purpose points to these). */
const FUNDING_PURPOSES: ReadonlySet<PurposeId> = new Set(['working-capital', 'equipment-expansion', 'renovation', 'startup']);

/** At most this many services are recommended: a phone screen, not a catalogue. */
export const MAX_RECOMMENDATIONS = 4;
/** Below this score a service is not worth recommending (no purpose match and little else). */
const MIN_SCORE = 30;

const WEIGHT = {
  purpose: 50,
  alsoPurpose: 20,
  /** A sum or a term with the purpose skipped: as much as it takes to be worth naming. */
  fundingNeed: 30,
  inRange: 8,
  outOfRange: -20,
  size: 6,
  wrongSize: -25,
  industry: 10,
  otherIndustry: -12,
  onlineSales: 15,
  crossBorder: 12,
  /**
   * A buyer owes the firm: the need comes from a receivable, which supply-chain finance lends on
   * against the buyer's credit (§2.3's supply-chain model; the receivables platform, current-finance):
   * an adviser leads with it, before a loan on the firm's own credit.
   */
  buyerOwes: 40,
  paperAdvice: 8,
  /** A government-backed subsidy or guarantee cuts the cost: worth more than a good fit of range. */
  subsidy: 15,
  /** The route the rules make the main one (a bank's RMB settlement across the border). */
  mainRoute: 20,
} as const;

/** Programmes that lower what the loan costs (renewal changes when, not what, the firm pays). */
const SUBSIDIES: ReadonlySet<Programme> = new Set(['startup-guaranteed-loan', 'service-loan-subsidy', 'fixed-asset-subsidy']);

function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** The amount in yuan when the user gave it in yuan; other currencies are not converted. */
function amountInCny(profile: EnterpriseProfile): number | undefined {
  return profile.amount && profile.amount.currency === 'CNY' ? profile.amount.value : undefined;
}

export function chooseVariant(service: ServiceFacts, profile: EnterpriseProfile): string | undefined {
  switch (service.id) {
    case 'big-data-finance':
      // §2.3's Ali model is today's online banks lending on payment and tax data to any firm
      // that trades; the JD/Suning model serves only the platforms' own suppliers, which the bot
      // cannot know, so receivables go to supply-chain finance instead.
      return 'microloan';
    case 'crowdfunding':
      // Lending crowdfunding is P2P (§2.4), gone since 2020; there is no approved public equity
      // crowdfunding (CSRC, 2015); donation suits community projects. What a firm can use is
      // reward / pre-sale crowdfunding (current-finance.md).
      return 'reward';
    case 'finance-portal':
      switch (profile.purpose) {
        case 'working-capital':
        case 'equipment-expansion':
        case 'renovation':
        case 'startup':
          return 'credit-portal';
        case 'wealth-management':
          return 'wealth-management-portal';
        case 'product-innovation':
          return 'information-platform';
        case 'payment-collection':
        case 'cross-border-settlement':
          return 'vertical-search';
        default:
          return 'integrated-portal';
      }
    default:
      return undefined;
  }
}

/** For these purposes, the advantages that speak to them (else the first two, in paper order). */
const PREFERRED_ADVANTAGES: Partial<Record<ServiceId, Partial<Record<PurposeId, readonly string[]>>>> = {
  'third-party-payment': {
    'payment-collection': ['lower-costs', 'transaction-records'],
    // Between firms across the border: the records, not cards from any bank, are what matter.
    'cross-border-settlement': ['transaction-records', 'lower-costs'],
  },
  'big-data-finance': {
    'working-capital': ['own-credit-data', 'tailored'],
    renovation: ['own-credit-data', 'tailored'],
    'product-innovation': ['own-credit-data', 'tailored'],
  },
  crowdfunding: {
    'product-innovation': ['social-media', 'less-asymmetry'],
  },
  'online-financial-institution': {
    'wealth-management': ['licensed', 'full-range'],
  },
  'finance-portal': {
    'product-innovation': ['industry-information', 'search-compare'],
  },
};

/** The advantages worth stating for this profile, at most two. */
function chooseAdvantages(service: ServiceFacts, profile: EnterpriseProfile): readonly string[] {
  const chosen = profile.purpose ? PREFERRED_ADVANTAGES[service.id]?.[profile.purpose] : undefined;
  return chosen ?? service.advantages.slice(0, 2);
}

function scoreService(service: ServiceFacts, profile: EnterpriseProfile, today?: string): { score: number; reasons: Reason[] } {
  const { fit } = service;
  const reasons: Reason[] = [];
  let score = 0;
  const cite = service.citations;

  if (profile.purpose) {
    if (fit.purposes.includes(profile.purpose)) {
      score += WEIGHT.purpose;
      reasons.push({ key: 'purpose', purpose: profile.purpose, citations: cite });
    } else if (fit.alsoPurposes.includes(profile.purpose)) {
      score += WEIGHT.alsoPurpose;
      reasons.push({ key: 'also-purpose', purpose: profile.purpose, citations: cite });
    } else {
      return { score: 0, reasons: [] };
    }
  } else {
    // No purpose given (skipped): advice on business funding in general. Services that fund count
    // as a near match; no purpose reason is given, since the user did not say what for.
    if (!fit.purposes.some((p) => FUNDING_PURPOSES.has(p))) return { score: 0, reasons: [] };
    score += WEIGHT.fundingNeed;
  }

  if (profile.onlineSales && fit.onlineSales) {
    score += WEIGHT.onlineSales;
    reasons.push({ key: 'online-sales', serviceId: service.id, citations: cite });
  }
  // The bank's settlement across the border is no reason to borrow from it: a borrowing firm hears it after
  // what the loan itself offers (the financing need is not dropped for the payments).
  const settlementOnly = service.id === 'online-financial-institution' && profile.purpose !== undefined && BORROWING.has(profile.purpose);
  if (profile.crossBorder && fit.crossBorder) {
    score += WEIGHT.crossBorder;
    if (!settlementOnly) reasons.push({ key: 'cross-border', serviceId: service.id, citations: [...cite, '§1'] });
  }
  if (profile.buyerOwes && service.id === 'supply-chain-finance') {
    score += WEIGHT.buyerOwes;
    reasons.push({ key: 'buyer-owes', citations: ['§2.3', 'current-finance'] });
  }
  // The asset the owner said is bought (a shop's cold room, a restaurant's oven), which the service finances itself, whatever
  // the trade (round 24: leasing put forward with its reason, not the trade's hedge).
  // Said only where the trade alone would not have made it fit (a shop, an inn, a tour firm): a transport firm's trucks need no telling.
  const assetFits =
    profile.assetBought === true &&
    fit.assetBought === true &&
    profile.purpose === 'equipment-expansion' &&
    !(profile.industry !== undefined && fit.industries?.includes(profile.industry));
  if (assetFits) reasons.push({ key: 'asset-bought', citations: ['§6', 'current-finance'] });
  // What the service does well comes after what ties it to this firm's own situation.
  for (const advantage of chooseAdvantages(service, profile)) {
    reasons.push({ key: 'advantage', serviceId: service.id, advantage, citations: cite });
  }
  if (profile.crossBorder && fit.crossBorder && settlementOnly) {
    reasons.push({ key: 'cross-border', serviceId: service.id, citations: [...cite, '§1'] });
  }
  // The asset the owner said is bought (a shop's cold room), which the service finances itself: as good a fit as the trade.
  if (assetFits) score += WEIGHT.industry;
  else if (profile.industry && fit.industries) {
    if (fit.industries.includes(profile.industry)) {
      score += WEIGHT.industry;
      reasons.push({ key: 'industry', industry: profile.industry, citations: cite });
    } else {
      // A service built around an industry's trade (supply chains, platform sellers) helps a
      // firm outside it less than one that serves everyone.
      score += WEIGHT.otherIndustry;
    }
  }
  if (profile.sizeClass && fit.sizeClasses) {
    if (fit.sizeClasses.includes(profile.sizeClass)) {
      score += WEIGHT.size;
      if (fit.sizeClasses.length < 3) {
        const sizeCitations: Citation[] = profile.sizeClassSource === 'standard' ? [...cite, 'sme-size-standard'] : [...cite];
        reasons.push({ key: 'size', sizeClass: profile.sizeClass, citations: sizeCitations });
      }
    } else {
      score += WEIGHT.wrongSize;
    }
  }
  const amount = amountInCny(profile);
  if (amount !== undefined && fit.amountCny) {
    if (inRange(amount, fit.amountCny)) {
      score += WEIGHT.inRange;
      reasons.push({ key: 'amount', amountCny: amount, citations: cite });
    } else {
      score += WEIGHT.outOfRange;
    }
  }
  if (profile.termMonths !== undefined && fit.termMonths) {
    if (inRange(profile.termMonths, fit.termMonths)) {
      score += WEIGHT.inRange;
      reasons.push({ key: 'term', termMonths: profile.termMonths, citations: cite });
    } else {
      score += WEIGHT.outOfRange;
    }
  }

  const advice = paperAdvice(service.id, profile);
  if (advice) {
    score += WEIGHT.paperAdvice;
    reasons.push(advice);
  }
  // A programme that applies comes right after the purpose: it is what the owner can act on; one that ends before most of the
  // loan has run comes one reason later, with its date, and ranks nothing (coversMostOfTheLoan).
  const programme = programmeFor(service.id, profile, today);
  if (programme) {
    const route = GOVERNMENT_ROUTES.find((r) => r === programme.programme);
    const lasting = route === undefined || coversMostOfTheLoan(route, profile, today);
    const first = reasons[0]?.key === 'purpose' ? 1 : 0;
    reasons.splice(lasting ? first : Math.min(first + 1, reasons.length), 0, programme);
    if (SUBSIDIES.has(programme.programme) && lasting) score += WEIGHT.subsidy;
    if (programme.programme === 'rmb-cross-border-settlement') score += WEIGHT.mainRoute;
  }
  return { score, reasons };
}

/** Service-sector rows that the 2026 operating-loan subsidy names (inns, restaurants): programmes.ts. */
export const SERVICE_SECTOR: readonly IndustryId[] = ROUTE_TERMS['service-loan-subsidy'].industries ?? [];

/**
 * The government-backed route a bank's loan can carry for this profile (current-finance.md): only
 * one the firm qualifies for by what it said (programmes.ts), its trade and purpose known; one the
 * bank must decide on (`ask`) is left to the "any subsidies?" answer.
 */
function programmeFor(id: ServiceId, profile: EnterpriseProfile, today?: string): (Reason & { key: 'programme' }) | undefined {
  if (id !== 'online-financial-institution') return undefined;
  const cite: readonly Citation[] = ['current-finance'];
  const qualifies = (route: GovernmentRoute) =>
    profile.purpose !== undefined && eligibility(route, profile, today) === 'yes' && namedTrade(route, profile.industry);
  if (profile.purpose === 'startup') {
    return qualifies('startup-guaranteed-loan') ? { key: 'programme', programme: 'startup-guaranteed-loan', citations: cite } : undefined;
  }
  // Cross-border payments go through banks; RMB settlement is the main route with ASEAN in Yunnan.
  // A firm trading goods between firms settles there; an online seller's small orders suit a
  // licensed payment institution as well.
  if (profile.purpose === 'cross-border-settlement' && !profile.onlineSales) {
    return { key: 'programme', programme: 'rmb-cross-border-settlement', citations: cite };
  }
  // A new branch, a fit-out or stock of a restaurant or an inn is borrowed as an operating loan.
  if (qualifies('service-loan-subsidy')) {
    const left = daysLeft('service-loan-subsidy', today);
    return { key: 'programme', programme: 'service-loan-subsidy', citations: cite, ...(left !== undefined ? { daysLeft: left } : {}) };
  }
  // The January 2026 measures subsidise small firms' fixed-asset loans in listed sectors, agriculture among them.
  if (qualifies('fixed-asset-subsidy')) return { key: 'programme', programme: 'fixed-asset-subsidy', citations: cite };
  // Renewal without repaying first is for a loan the firm has, falling due: no reason to take a new one
  // (tester11 5b: it led the advice of firms that had no loan). It is said where a loan falls due: the
  // loan-term and cannot-repay answers, and the bank's steps after the loan's own (next-steps.ts).
  return undefined;
}

/** The paper's own advice (§5, §6) and the reference on P2P, where it applies to this profile. */
function paperAdvice(id: ServiceId, profile: EnterpriseProfile): Reason | undefined {
  const purpose = profile.purpose;
  // §5: use big-data finance to manage the business better (firms with trading data to use).
  if (id === 'big-data-finance' && (profile.onlineSales || purpose === 'working-capital')) {
    return { key: 'paper-advice', advice: 'manage-with-data', citations: ['§5'] };
  }
  // §5: portals and crowdfunding for investment and product innovation.
  if ((id === 'finance-portal' || id === 'crowdfunding') && (purpose === 'product-innovation' || purpose === 'equipment-expansion')) {
    return { key: 'paper-advice', advice: 'innovate', citations: ['§5'] };
  }
  // §6: supply-chain finance, leasing and investment-loan linkage as standardised new methods.
  if (id === 'supply-chain-finance' || id === 'financial-leasing' || id === 'investment-loan-linkage') {
    return { key: 'paper-advice', advice: 'new-methods', citations: ['§6'] };
  }
  // Where P2P would once have served, the licensed banks' online loans are what replaced it.
  if (id === 'online-financial-institution' && p2pWouldFit(profile)) {
    return {
      key: 'paper-advice',
      advice: 'licensed-alternative',
      citations: ['§2.5', 'p2p-and-online-lending-status'],
    };
  }
  return undefined;
}

/** §2.2: P2P was for small, short borrowing repaid in instalments by small and micro firms. */
export function p2pWouldFit(profile: EnterpriseProfile): boolean {
  const fit = SERVICES['p2p-lending'].fit;
  if (!profile.purpose || !fit.purposes.includes(profile.purpose)) return false;
  if (profile.sizeClass && fit.sizeClasses && !fit.sizeClasses.includes(profile.sizeClass)) return false;
  const amount = amountInCny(profile);
  if (amount !== undefined && fit.amountCny && !inRange(amount, fit.amountCny)) return false;
  if (profile.termMonths !== undefined && fit.termMonths && !inRange(profile.termMonths, fit.termMonths)) {
    return false;
  }
  return true;
}

function serviceCautions(id: ServiceId, profile: EnterpriseProfile): Caution[] {
  switch (id) {
    case 'third-party-payment': {
      const cautions: Caution[] = [];
      // The QR-code tiers matter to a shop taking customers' payments, not to a B2B importer.
      if (profile.industry === undefined || CONSUMER_FACING.includes(profile.industry)) {
        const limit = (level: string) => QR_CODE_LEVELS.find((l) => l.level === level)?.dailyLimitCny ?? 0;
        cautions.push({
          id: 'qr-code-limits',
          riskId: 'information-security',
          serviceId: id,
          citations: ['§4.2.1', 'payment-regulation', 'current-finance'],
          params: { b: limit('B'), c: limit('C'), d: limit('D') },
        });
      }
      cautions.push({ id: 'payment-licence', riskId: 'legal-policy', serviceId: id, citations: ['§4.2.1', 'current-finance'] });
      return cautions;
    }
    case 'big-data-finance':
      return [{ id: 'data-privacy', riskId: 'information-security', serviceId: id, citations: ['§3.2', '§2.3'] }];
    case 'crowdfunding':
      return [{ id: 'illegal-fundraising', riskId: 'legal-policy', serviceId: id, citations: ['§4.1', '§3.2', 'current-finance'] }];
    case 'online-financial-institution':
      return [{ id: 'official-channels', riskId: 'technical', serviceId: id, citations: ['§3.2'] }];
    case 'finance-portal':
      return [{ id: 'portal-not-lender', riskId: 'credit', serviceId: id, citations: ['§2.6', '§3.1'] }];
    case 'supply-chain-finance':
      return [{ id: 'partner-dependence', riskId: 'credit', serviceId: id, citations: ['§3.1', '§5'] }];
    case 'financial-leasing':
      return [{ id: 'leasing-terms', riskId: 'credit', serviceId: id, citations: ['§3.1', '§6'] }];
    case 'investment-loan-linkage':
      return [{ id: 'equity-terms', riskId: 'market', serviceId: id, citations: ['§3.1', '§6'] }];
    case 'p2p-lending':
      return [P2P_CAUTION];
  }
}

/** Rows whose firms take payments from the public at a counter or a door. */
const CONSUMER_FACING: readonly IndustryId[] = ['retail', 'catering', 'accommodation', 'other', 'leasing-business-services'];

const P2P_CAUTION: Caution = {
  id: 'p2p-discontinued',
  riskId: 'legal-policy',
  serviceId: 'p2p-lending',
  citations: ['§2.2', 'p2p-and-online-lending-status', 'Table 2'],
};

/** Purposes whose money comes back slowly (a fit-out, machines, a new firm finding customers). */
const SLOW_PAYBACK: ReadonlySet<PurposeId> = new Set(['renovation', 'equipment-expansion', 'startup']);
/** Purposes the firm borrows for: the advance-fee fraud targets exactly these owners. */
const BORROWING: ReadonlySet<PurposeId> = new Set([...FUNDING_PURPOSES, 'product-innovation']);
/** A loan this short cannot be repaid from what a slow-payback purpose earns. */
const SHORT_TERM_MONTHS = 6;
/** Borrowing this share of a year's revenue for stock is a bet on prices. */
export const PRICE_BET_SHARE = 0.5;
/**
 * Trades whose stock is farm produce or goods bought by the tonne (coffee, tea, rubber, fruit, 三七):
 * their prices swing within a season (§3.1), so a smaller share of a year's revenue borrowed for
 * stock is already exposed to them.
 */
const PRICE_SWINGING_TRADES: ReadonlySet<IndustryId> = new Set(['agriculture', 'wholesale']);
export const STOCK_PRICE_SHARE = 0.2;
/** The price caution of a firm that buys such goods with the loan (§3.1 market risk). */
const STOCK_PRICE_SWINGS: Caution = { id: 'stock-price-swings', riskId: 'market', citations: ['§3.1'] };

/** The loan buys stock (working capital) in a trade whose goods' prices swing within a season. */
function buysSwingingStock(profile: EnterpriseProfile, trades: ReadonlySet<IndustryId> = PRICE_SWINGING_TRADES): boolean {
  return profile.purpose === 'working-capital' && profile.industry !== undefined && trades.has(profile.industry);
}
/**
 * Asked about the risks, a processor borrowing for its raw material (a roastery's green beans, a distillery's corn, a tea
 * factory's fresh leaf) is told of their prices too: it buys produce as a trader does (round 29).
 */
const PRICE_ASKED_TRADES: ReadonlySet<IndustryId> = new Set([...PRICE_SWINGING_TRADES, 'industry']);

/**
 * The cautions this firm's own situation raises (§3 risks), most important first: illegal routes,
 * then bets the owner is making without seeing them, then the care each purpose needs.
 */
function profileCautions(profile: EnterpriseProfile): Caution[] {
  const cautions: Caution[] = [];
  const crossBorder = profile.crossBorder === true || profile.purpose === 'cross-border-settlement';
  if (crossBorder) {
    cautions.push({ id: 'private-money-changers', riskId: 'legal-policy', citations: ['§3.2', 'current-finance'] });
  }
  const stockShare = shareOfRevenueForStock(profile);
  if (stockShare !== undefined && stockShare >= PRICE_BET_SHARE) {
    cautions.push({ id: 'price-bet', riskId: 'market', citations: ['§3.1'] });
  } else if (stockShare !== undefined && stockShare >= STOCK_PRICE_SHARE && buysSwingingStock(profile)) {
    cautions.push(STOCK_PRICE_SWINGS);
  }
  if (profile.purpose && SLOW_PAYBACK.has(profile.purpose) && profile.termMonths !== undefined && profile.termMonths <= SHORT_TERM_MONTHS) {
    cautions.push({ id: 'term-shorter-than-payback', riskId: 'liquidity', citations: ['§3.1'], params: { months: profile.termMonths } });
  }
  if (profile.purpose === 'payment-collection') {
    cautions.push({ id: 'fake-payment-screenshots', riskId: 'operational', citations: ['§3.1'] });
  }
  if (crossBorder) cautions.push({ id: 'exchange-rate', riskId: 'market', citations: ['§3.1'] });
  if (profile.purpose === 'wealth-management') {
    cautions.push({ id: 'high-returns', riskId: 'credit', citations: ['§3.1', 'current-finance'] });
    cautions.push({ id: 'keep-liquidity', riskId: 'liquidity', citations: ['§3.1'] });
  }
  if (profile.purpose !== undefined && BORROWING.has(profile.purpose)) {
    // The fraud every borrower meets is among the two cautions the advice shows: right after the
    // case's first (a border trader's money changers), before its exchange rate or price swings.
    cautions.splice(Math.min(1, cautions.length), 0, { id: 'advance-fee', riskId: 'credit', citations: ['current-finance'] });
  }
  return cautions;
}

/** The sum borrowed for working capital as a share of a year's revenue, when both are known. */
function shareOfRevenueForStock(profile: EnterpriseProfile): number | undefined {
  const amount = amountInCny(profile);
  if (profile.purpose !== 'working-capital' || amount === undefined || !profile.annualRevenueCny) return undefined;
  return amount / profile.annualRevenueCny;
}

/** §6: whatever the choice, research the rules, the platform's compliance and the lists first. */
const CHECK_PLATFORM: Caution = { id: 'check-platform', riskId: 'legal-policy', citations: ['§6', 'Table 2'] };

export function conditionFacts(profile: EnterpriseProfile): ConditionFacts {
  const amount = amountInCny(profile);
  return {
    ...(profile.purpose !== undefined ? { purpose: profile.purpose } : {}),
    ...(profile.industry !== undefined ? { industry: profile.industry } : {}),
    ...(profile.sizeClass !== undefined ? { sizeClass: profile.sizeClass } : {}),
    ...(profile.termMonths !== undefined ? { termMonths: profile.termMonths } : {}),
    ...(amount !== undefined ? { amountCny: amount } : {}),
    ...(profile.annualRevenueCny !== undefined ? { annualRevenueCny: profile.annualRevenueCny } : {}),
    ...(profile.crossBorder !== undefined ? { crossBorder: profile.crossBorder } : {}),
    ...(profile.buyerOwes ? { buyerOwes: true } : {}),
    ...(profile.assetBought !== undefined ? { assetBought: profile.assetBought } : {}),
  };
}

/** A fact of this firm outside what a service usually serves: why it ranks low though made for the need. */
export type Outside =
  | { fact: 'term'; termMonths: number; range: Range }
  | { fact: 'amount'; amountCny: number; range: Range }
  | { fact: 'size'; sizeClass: SizeClass };

/**
 * The firm's facts outside a service's usual fit (the soft weights of scoreService that count
 * against it). The trades a service is said to serve best (the paper's e-commerce sellers for
 * big-data finance) are left out: today's online banks lend to restaurants and inns too, so "not
 * made for your trade" would mislead.
 */
export function outsideFit(id: ServiceId, profile: EnterpriseProfile): Outside[] {
  const { fit } = SERVICES[id];
  const outside: Outside[] = [];
  const amount = amountInCny(profile);
  if (profile.termMonths !== undefined && fit.termMonths && !inRange(profile.termMonths, fit.termMonths))
    outside.push({ fact: 'term', termMonths: profile.termMonths, range: fit.termMonths });
  if (amount !== undefined && fit.amountCny && !inRange(amount, fit.amountCny))
    outside.push({ fact: 'amount', amountCny: amount, range: fit.amountCny });
  if (profile.sizeClass && fit.sizeClasses && !fit.sizeClasses.includes(profile.sizeClass))
    outside.push({ fact: 'size', sizeClass: profile.sizeClass });
  return outside;
}

/**
 * Whether the firm said what the service lends on. Supply-chain finance lends on the trade with a core firm:
 * a buyer's confirmed receivable (§2.3, §6; the receivables platform serves suppliers of large buyers,
 * current-finance) or a border trader's documents (trade finance): a firm that named neither may still
 * use it (its trade sells to firms), but it is not the first pick; the bank's loan on the firm's own
 * credit is.
 */
function backedBy(id: ServiceId, profile: EnterpriseProfile): boolean {
  if (id !== 'supply-chain-finance') return true;
  return profile.buyerOwes === true || profile.crossBorder === true;
}

/**
 * Ranks the active services for a profile. Same profile, same answer: no randomness, no clock; `today` (YYYY-MM-DD), the day of the
 * advice, given by the caller, decides only whether a programme with a last day still runs (programmes.ts).
 */
export function recommend(profile: EnterpriseProfile, leaveOut: readonly ServiceId[] = [], today?: string): Advice {
  const facts = conditionFacts(profile);
  const excluded: Excluded[] = [];
  // `leaveOut`: services the owner refused; the next ones move up, so the list stays as long.
  const ranked = SERVICE_IDS.filter((id) => SERVICES[id].status.kind === 'active' && !leaveOut.includes(id))
    .map((id, order) => {
      const service = SERVICES[id];
      const variant = chooseVariant(service, profile);
      const rule = unsuitableBy(id, facts, variant);
      const made = profile.purpose !== undefined && service.fit.purposes.includes(profile.purpose);
      if (rule) {
        if (made) excluded.push({ serviceId: id, ...(variant ? { variant } : {}), rule: rule.id, citations: rule.citations });
        return undefined;
      }
      // A term or a sum the service does not lend for: it comes after every service that does.
      const outside = outsideFit(id, profile).some((o) => o.fact !== 'size');
      // A service that lends on what the firm did not say it has (a buyer's debt, trade across the border) is no first pick.
      const unbacked = !backedBy(id, profile);
      return { id, order, variant, made, outside, unbacked, ...scoreService(service, profile, today) };
    })
    .filter((s): s is NonNullable<typeof s> => s !== undefined && s.score >= MIN_SCORE)
    .sort((a, b) => Number(a.outside) - Number(b.outside) || b.score - a.score || a.order - b.order);
  // What the firm did not say it has is no first pick: the next that is backed and in range leads instead.
  const lead = ranked.findIndex((s) => !s.unbacked && !s.outside);
  if (ranked[0]?.unbacked && lead > 0) ranked.unshift(...ranked.splice(lead, 1));
  const scored = ranked.slice(0, MAX_RECOMMENDATIONS);

  const recommendations: Recommendation[] = scored.map((s, index) => ({
    serviceId: s.id,
    ...(s.variant ? { variant: s.variant } : {}),
    rank: index + 1,
    score: s.score,
    reasons: s.reasons,
    citations: mergeCitations(SERVICES[s.id].citations, ...s.reasons.map((r) => r.citations)),
  }));

  // The firm's own situation first, then each recommended service's, and the §6 check last.
  const seen = new Set<CautionId>();
  const cautions = [
    ...profileCautions(profile),
    ...recommendations.flatMap((r) => serviceCautions(r.serviceId, profile)),
    CHECK_PLATFORM,
  ].filter((c) => !seen.has(c.id) && seen.add(c.id));
  return {
    recommendations,
    cautions,
    p2pWouldFit: p2pWouldFit(profile),
    excluded,
    // With no purpose given (skipped), nothing is "made for it": the picks are for money in general.
    fitsWell: profile.purpose === undefined || scored.some((s) => s.made),
  };
}

/** Every caution a service brings with it, for the "details of a service" follow-up. */
export function cautionsForService(id: ServiceId, profile: EnterpriseProfile = {}): Caution[] {
  return serviceCautions(id, profile);
}

const PRICE_CAUTIONS: ReadonlySet<CautionId> = new Set(['price-bet', 'stock-price-swings']);

/**
 * The cautions of the risks answer once advised ("风险", 万一三七价格跌了咋个办): the advice's, and for a firm that buys farm
 * produce or goods by the tonne with the loan (working capital in a price-swinging trade), the price caution whatever the share
 * borrowed, after the illegal routes: asked about risks, an adviser names the prices first, while the advice shows it only
 * when the share borrowed makes it a bet (§3.1 market risk).
 */
export function riskCautions(profile: EnterpriseProfile, leaveOut: readonly ServiceId[] = [], today?: string): Caution[] {
  return withPriceAsked(profile, recommend(profile, leaveOut, today).cautions);
}

/**
 * The risks asked before the advice (万一价格跌了咋个办 while the amount is still asked): the cautions the firm's own
 * situation raises so far (an importer's money changers and exchange rate, a borrower's advance fees), the price caution
 * for a buyer of produce among them, as riskCautions gives once advised; none when nothing about the firm is known yet.
 */
export function caseCautions(profile: EnterpriseProfile): Caution[] {
  return withPriceAsked(profile, profileCautions(profile));
}

/** The price caution placed after the illegal routes, for a firm borrowing to buy produce, unless one is there. */
function withPriceAsked(profile: EnterpriseProfile, cautions: Caution[]): Caution[] {
  if (!buysSwingingStock(profile, PRICE_ASKED_TRADES) || cautions.some((c) => PRICE_CAUTIONS.has(c.id))) return cautions;
  const illegal = cautions.findIndex((c) => c.riskId !== 'legal-policy');
  return cautions.toSpliced(illegal < 0 ? cautions.length : illegal, 0, STOCK_PRICE_SWINGS);
}
