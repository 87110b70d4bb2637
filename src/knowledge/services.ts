// The Internet financial services the paper describes (§2.1-§2.6) and the three further options
// its conclusion names (§6), as data: where each comes from, what it is good for, which profiles
// it fits, its risks, and whether it still exists. Wording lives in locales/<lng>/knowledge.json
// under `services.<id>`; the ids here are the keys.

import type { Citation } from './citations';
import {
  SERVICE_IDS,
  SERVICE_VARIANTS,
  type IndustryId,
  type PurposeId,
  type RiskId,
  type ServiceId,
  type SizeClass,
} from './ids';

export interface Range {
  min?: number;
  max?: number;
}

/** The profiles a service suits. Absent fields mean "no preference". */
export interface ServiceFit {
  /** Purposes the service is made for. */
  purposes: readonly PurposeId[];
  /** Purposes it can also help with, as a second choice. */
  alsoPurposes: readonly PurposeId[];
  /** Amount in yuan the service typically handles. */
  amountCny?: Range;
  termMonths?: Range;
  sizeClasses?: readonly SizeClass[];
  /** Industries it particularly suits. */
  industries?: readonly IndustryId[];
  /** Suits firms that sell on e-commerce platforms (their sales data is the credit). */
  onlineSales?: true;
  /** Suits firms that trade across the border. */
  crossBorder?: true;
}

export type ServiceStatus =
  | { kind: 'active' }
  | {
      kind: 'discontinued';
      /** When the sector was wound down (CBIRC, 27 November 2020: zero platforms operating). */
      since: string;
      citations: readonly Citation[];
    };

export interface ServiceFacts {
  id: ServiceId;
  /** Where the paper describes it. */
  citations: readonly Citation[];
  /** Advantage ids, in the paper's order; text under `services.<id>.advantages.<adv>`. */
  advantages: readonly string[];
  fit: ServiceFit;
  risks: readonly RiskId[];
  status: ServiceStatus;
}

const ACTIVE: ServiceStatus = { kind: 'active' };
const SMES: readonly SizeClass[] = ['micro', 'small', 'medium'];

const SERVICE_LIST: readonly ServiceFacts[] = [
  {
    id: 'third-party-payment',
    citations: ['§2.1', '§4.2.1'],
    // §2.1 lists four advantages; the fourth (detailed records) is the one that builds credit.
    advantages: ['lower-costs', 'card-barriers', 'value-added', 'transaction-records'],
    fit: {
      purposes: ['payment-collection', 'cross-border-settlement'],
      alsoPurposes: ['information'],
      sizeClasses: SMES,
      industries: ['retail', 'catering', 'accommodation', 'wholesale', 'leasing-business-services'],
      onlineSales: true,
      crossBorder: true,
    },
    risks: ['information-security', 'technical', 'operational', 'legal-policy'],
    status: ACTIVE,
  },
  {
    id: 'p2p-lending',
    citations: ['§2.2', '§4.2.2', 'Table 2'],
    advantages: ['simple-process', 'small-short-instalments'],
    // §2.2: small amounts, short terms, repaid in instalments. The bounds are the bot's reading of
    // "small" and "short" for a small firm; they only decide when to warn that P2P is gone.
    fit: {
      purposes: ['working-capital'],
      alsoPurposes: [],
      amountCny: { max: 1_000_000 },
      termMonths: { max: 12 },
      sizeClasses: ['micro', 'small'],
    },
    risks: ['credit', 'liquidity', 'legal-policy', 'operational'],
    status: {
      kind: 'discontinued',
      since: '2020-11-27',
      citations: ['p2p-and-online-lending-status'],
    },
  },
  {
    id: 'big-data-finance',
    citations: ['§2.3', '§5'],
    advantages: ['tailored', 'own-credit-data', 'more-small-firm-finance', 'risk-insight'],
    fit: {
      purposes: ['working-capital'],
      alsoPurposes: ['equipment-expansion', 'information'],
      amountCny: { max: 3_000_000 },
      termMonths: { max: 12 },
      sizeClasses: ['micro', 'small'],
      industries: ['retail', 'wholesale', 'agriculture', 'industry'],
      onlineSales: true,
    },
    risks: ['information-security', 'credit', 'technical', 'legal-policy'],
    status: ACTIVE,
  },
  {
    id: 'crowdfunding',
    citations: ['§2.4', '§5'],
    advantages: ['all-online', 'social-media', 'low-cost', 'less-asymmetry'],
    fit: {
      purposes: ['product-innovation'],
      alsoPurposes: ['equipment-expansion'],
      amountCny: { max: 5_000_000 },
      sizeClasses: ['micro', 'small'],
      industries: ['agriculture', 'catering', 'accommodation', 'software-it', 'industry', 'retail'],
    },
    risks: ['legal-policy', 'credit', 'information-security', 'market'],
    status: ACTIVE,
  },
  {
    id: 'online-financial-institution',
    citations: ['§2.5'],
    advantages: ['licensed', 'fast-convenient', 'lower-cost', 'full-range'],
    fit: {
      purposes: [
        'working-capital',
        'equipment-expansion',
        'wealth-management',
        'cross-border-settlement',
      ],
      alsoPurposes: ['product-innovation', 'payment-collection', 'information'],
      sizeClasses: SMES,
      crossBorder: true,
    },
    risks: ['technical', 'information-security', 'market', 'operational'],
    status: ACTIVE,
  },
  {
    id: 'finance-portal',
    citations: ['§2.6', 'Table 1', '§5'],
    advantages: ['search-compare', 'less-asymmetry', 'industry-information'],
    fit: {
      purposes: ['information', 'wealth-management'],
      alsoPurposes: ['working-capital', 'equipment-expansion', 'product-innovation'],
      sizeClasses: SMES,
    },
    risks: ['credit', 'information-security', 'market'],
    status: ACTIVE,
  },
  {
    id: 'supply-chain-finance',
    citations: ['§2.3', '§5', '§6'],
    advantages: ['trade-as-credit', 'partners', 'smooth-supply'],
    fit: {
      purposes: ['working-capital'],
      alsoPurposes: ['equipment-expansion'],
      termMonths: { max: 12 },
      sizeClasses: SMES,
      industries: ['wholesale', 'industry', 'agriculture', 'transport', 'warehousing', 'retail'],
      crossBorder: true,
    },
    risks: ['credit', 'systemic', 'operational', 'information-security'],
    status: ACTIVE,
  },
  {
    id: 'financial-leasing',
    citations: ['§6'],
    advantages: ['use-before-own', 'spread-cost', 'new-method'],
    fit: {
      purposes: ['equipment-expansion'],
      alsoPurposes: [],
      amountCny: { min: 50_000 },
      termMonths: { min: 12, max: 60 },
      sizeClasses: SMES,
      industries: [
        'industry',
        'agriculture',
        'transport',
        'construction',
        'catering',
        'accommodation',
        'warehousing',
      ],
    },
    risks: ['credit', 'market', 'legal-policy'],
    status: ACTIVE,
  },
  {
    id: 'investment-loan-linkage',
    citations: ['§6', '§5'],
    advantages: ['equity-plus-loan', 'innovation', 'new-method'],
    fit: {
      purposes: ['product-innovation'],
      alsoPurposes: [],
      amountCny: { min: 1_000_000 },
      termMonths: { min: 12 },
      sizeClasses: ['small', 'medium'],
      industries: ['software-it', 'industry', 'information-transmission'],
    },
    risks: ['market', 'credit', 'legal-policy'],
    status: ACTIVE,
  },
];

export const SERVICES: Readonly<Record<ServiceId, ServiceFacts>> = Object.fromEntries(
  SERVICE_LIST.map((s) => [s.id, s]),
) as Record<ServiceId, ServiceFacts>;

/** Services in the order the contract lists them; ties in ranking fall back to this order. */
export const SERVICE_ORDER: readonly ServiceId[] = SERVICE_IDS;

/** The contract's variants of a service (big-data finance, crowdfunding, portals), else []. */
export function variantsOf(id: ServiceId): readonly string[] {
  return id in SERVICE_VARIANTS ? SERVICE_VARIANTS[id as keyof typeof SERVICE_VARIANTS] : [];
}

export function isActive(id: ServiceId): boolean {
  return SERVICES[id].status.kind === 'active';
}
