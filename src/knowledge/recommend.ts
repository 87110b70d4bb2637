// The recommender: a deterministic ranking of the active services for an enterprise profile,
// each with the reasons behind it and the paper's sections for them, plus the cautions that go
// with the advice. Reasons and cautions are ids with parameters; locales/<lng>/knowledge.json
// turns them into sentences. Discontinued services (P2P) are never recommended: when a profile
// would have fit P2P, it appears only as a caution saying what became of it.

import { mergeCitations, type Citation } from './citations';
import {
  SERVICE_IDS,
  type IndustryId,
  type PurposeId,
  type RiskId,
  type ServiceId,
  type SizeClass,
} from './ids';
import type { EnterpriseProfile } from './profile';
import { QR_CODE_LEVELS } from './regulation';
import { SERVICES, type Range, type ServiceFacts } from './services';

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
  | { key: 'paper-advice'; advice: PaperAdvice; citations: readonly Citation[] };

export const PAPER_ADVICE = ['manage-with-data', 'innovate', 'new-methods', 'licensed-alternative'] as const;
export type PaperAdvice = (typeof PAPER_ADVICE)[number];

export interface Recommendation {
  serviceId: ServiceId;
  variant?: string;
  rank: number;
  score: number;
  reasons: Reason[];
  citations: Citation[];
}

export const CAUTION_IDS = [
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
  cautions: Caution[];
  /** The profile matches what P2P lending was for (small, short, instalment borrowing). */
  p2pWouldFit: boolean;
}

/** Purposes that are a need to borrow (a sum or a term without a purpose points to these). */
const FUNDING_PURPOSES: ReadonlySet<PurposeId> = new Set(['working-capital', 'equipment-expansion']);

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
  paperAdvice: 8,
} as const;

function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** The amount in yuan when the user gave it in yuan; other currencies are not converted. */
function amountInCny(profile: EnterpriseProfile): number | undefined {
  return profile.amount && profile.amount.currency === 'CNY' ? profile.amount.value : undefined;
}

function chooseVariant(service: ServiceFacts, profile: EnterpriseProfile): string | undefined {
  switch (service.id) {
    case 'big-data-finance':
      // §2.3: the Ali model lends to sellers on its platform; the JD/Suning model to suppliers.
      if (profile.onlineSales) return 'microloan';
      return profile.industry && ['industry', 'agriculture', 'wholesale'].includes(profile.industry)
        ? 'supply-chain'
        : 'microloan';
    case 'crowdfunding':
      // Lending crowdfunding is P2P (§2.4), gone since 2020; donation suits community projects
      // rather than a firm's own product, so a firm raising money for a project gets equity.
      return 'equity';
    case 'finance-portal':
      switch (profile.purpose) {
        case 'working-capital':
        case 'equipment-expansion':
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
    'cross-border-settlement': ['card-barriers', 'transaction-records'],
  },
  'big-data-finance': {
    'working-capital': ['own-credit-data', 'tailored'],
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

function scoreService(service: ServiceFacts, profile: EnterpriseProfile): { score: number; reasons: Reason[] } {
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
  } else if (amountInCny(profile) !== undefined || profile.termMonths !== undefined) {
    // No purpose given (skipped) but a sum or a term: a need for money. Services that fund count
    // as a near match; no purpose reason is given, since the user did not say what for.
    if (!fit.purposes.some((p) => FUNDING_PURPOSES.has(p))) return { score: 0, reasons: [] };
    score += WEIGHT.fundingNeed;
  }

  if (profile.onlineSales && fit.onlineSales) {
    score += WEIGHT.onlineSales;
    reasons.push({ key: 'online-sales', serviceId: service.id, citations: cite });
  }
  if (profile.crossBorder && fit.crossBorder) {
    score += WEIGHT.crossBorder;
    reasons.push({ key: 'cross-border', serviceId: service.id, citations: [...cite, '§1'] });
  }
  // What the service does well comes after what ties it to this firm's own situation.
  for (const advantage of chooseAdvantages(service, profile)) {
    reasons.push({ key: 'advantage', serviceId: service.id, advantage, citations: cite });
  }
  if (profile.industry && fit.industries) {
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
        const sizeCitations: Citation[] =
          profile.sizeClassSource === 'standard' ? [...cite, 'sme-size-standard'] : [...cite];
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
  return { score, reasons };
}

/** The paper's own advice (§5, §6) and the reference on P2P, where it applies to this profile. */
function paperAdvice(id: ServiceId, profile: EnterpriseProfile): Reason | undefined {
  const purpose = profile.purpose;
  // §5: use big-data finance to manage the business better (firms with trading data to use).
  if (id === 'big-data-finance' && (profile.onlineSales || purpose === 'working-capital')) {
    return { key: 'paper-advice', advice: 'manage-with-data', citations: ['§5'] };
  }
  // §5: portals and crowdfunding for investment and product innovation.
  if (
    (id === 'finance-portal' || id === 'crowdfunding') &&
    (purpose === 'product-innovation' || purpose === 'equipment-expansion')
  ) {
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

function serviceCautions(id: ServiceId): Caution[] {
  switch (id) {
    case 'third-party-payment': {
      const limit = (level: string) => QR_CODE_LEVELS.find((l) => l.level === level)?.dailyLimitCny ?? 0;
      return [
        {
          id: 'qr-code-limits',
          riskId: 'information-security',
          serviceId: id,
          citations: ['§4.2.1', 'payment-regulation'],
          params: { b: limit('B'), c: limit('C'), d: limit('D') },
        },
        {
          id: 'payment-licence',
          riskId: 'legal-policy',
          serviceId: id,
          citations: ['§4.2.1'],
          params: { remaining: 247 },
        },
      ];
    }
    case 'big-data-finance':
      return [{ id: 'data-privacy', riskId: 'information-security', serviceId: id, citations: ['§3.2', '§2.3'] }];
    case 'crowdfunding':
      return [{ id: 'illegal-fundraising', riskId: 'legal-policy', serviceId: id, citations: ['§4.1', '§4.2.2', '§3.2'] }];
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
      return [];
  }
}

const P2P_CAUTION: Caution = {
  id: 'p2p-discontinued',
  riskId: 'legal-policy',
  serviceId: 'p2p-lending',
  citations: ['§2.2', 'p2p-and-online-lending-status', 'Table 2'],
};

function profileCautions(profile: EnterpriseProfile): Caution[] {
  const cautions: Caution[] = [];
  if (profile.crossBorder || profile.purpose === 'cross-border-settlement') {
    cautions.push({ id: 'exchange-rate', riskId: 'market', citations: ['§3.1'] });
  }
  if (profile.purpose === 'wealth-management') {
    cautions.push({ id: 'high-returns', riskId: 'credit', citations: ['§3.1'] });
    cautions.push({ id: 'keep-liquidity', riskId: 'liquidity', citations: ['§3.1'] });
  }
  return cautions;
}

/** §6: whatever the choice, research the rules, the platform's compliance and the lists first. */
const CHECK_PLATFORM: Caution = { id: 'check-platform', riskId: 'legal-policy', citations: ['§6', 'Table 2'] };

/** Ranks the active services for a profile. Same profile, same answer: no randomness, no clock. */
export function recommend(profile: EnterpriseProfile): Advice {
  const scored = SERVICE_IDS.map((id, order) => ({ id, order, ...scoreService(SERVICES[id], profile) }))
    .filter((s) => SERVICES[s.id].status.kind === 'active' && s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_RECOMMENDATIONS);

  const recommendations: Recommendation[] = scored.map((s, index) => {
    const service = SERVICES[s.id];
    const variant = chooseVariant(service, profile);
    return {
      serviceId: s.id,
      ...(variant ? { variant } : {}),
      rank: index + 1,
      score: s.score,
      reasons: s.reasons,
      citations: mergeCitations(service.citations, ...s.reasons.map((r) => r.citations)),
    };
  });

  const p2pFits = p2pWouldFit(profile);
  // The firm's own situation first, then each recommended service's, and the §6 check last.
  const cautions = [
    ...(p2pFits ? [P2P_CAUTION] : []),
    ...profileCautions(profile),
    ...recommendations.flatMap((r) => serviceCautions(r.serviceId)),
    CHECK_PLATFORM,
  ];
  return { recommendations, cautions, p2pWouldFit: p2pFits };
}

/** Every caution a service brings with it, for the "details of a service" follow-up. */
export function cautionsForService(id: ServiceId): Caution[] {
  return serviceCautions(id);
}
