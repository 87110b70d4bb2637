// The Internet financial services the paper describes (§2.1-§2.6) and the three further options
// its conclusion names (§6), as data: where each comes from, what it is good for, which profiles
// it fits (`fit`, the soft preferences the ranking weighs), when it does not fit at all
// (`suitability`, hard rules, each with its source), its risks, and whether it still exists.
// Wording lives in locales/<lng>/knowledge.json under `services.<id>` and `suitability.<rule>`;
// the ids here are the keys.

import type { Citation } from './citations';
import {
  INDUSTRY_IDS,
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
  /** Finances the asset bought itself (a machine, a vehicle, a cold room): it suits the firm that said so, whatever its trade. */
  assetBought?: true;
}

/**
 * A condition on the profile; every field given must hold. A figure the profile does not have
 * (no term, no amount yet) satisfies the field: a rule excludes only on what the firm said.
 */
export interface Condition {
  purposes?: readonly PurposeId[];
  industries?: readonly IndustryId[];
  sizeClasses?: readonly SizeClass[];
  minTermMonths?: number;
  minAmountCny?: number;
  /** The firm has a trading or tax history to lend on: not a start-up, revenue not zero. */
  tradingHistory?: true;
  /** The firm sells to other firms or through a platform that pays on receivables. */
  sellsToFirms?: true;
  /** `industries` is met too when the owner said the money buys an asset (a machine, a vehicle, a cold room). */
  orAssetBought?: true;
  /** The owner has not said the money opens premises (another shop, a branch) rather than buying an asset. */
  notPremises?: true;
}

export const SUITABILITY_RULES = [
  'leasing-needs-asset',
  'leasing-needs-years',
  'leasing-needs-machine-trade',
  'leasing-not-for-premises',
  'no-public-equity-crowdfunding',
  'reward-needs-new-product',
  'linkage-needs-innovative-firm',
  'linkage-needs-scale',
  'supply-chain-needs-buyer',
  'big-data-needs-history',
  'microloan-needs-small-firm',
] as const;
export type SuitabilityRuleId = (typeof SUITABILITY_RULES)[number];

/**
 * A hard rule: the service (or one variant of it) is never recommended when the profile does not
 * meet `requires`. Text under `suitability.<id>` says why, for the "nothing fits well" answer.
 */
export interface SuitabilityRule {
  id: SuitabilityRuleId;
  /** The variant the rule is about; absent: the whole service. */
  variant?: string;
  requires: Condition;
  /** Rules this one's reason already says: when it rules the service out, they are not said beside it. */
  covers?: readonly SuitabilityRuleId[];
  citations: readonly Citation[];
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
  suitability: readonly SuitabilityRule[];
  risks: readonly RiskId[];
  status: ServiceStatus;
}

const ACTIVE: ServiceStatus = { kind: 'active' };
const SMES: readonly SizeClass[] = ['micro', 'small', 'medium'];
/** Rows of the size standard whose firms mostly sell to other firms (or trade across the border). */
const SELLS_TO_FIRMS: readonly IndustryId[] = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'transport',
  'warehousing',
  'postal',
  'information-transmission',
  'software-it',
  'leasing-business-services',
];
/**
 * Firms that make or sell something a consumer could pre-order. Not software and IT services: the
 * row sells mostly to firms (SELLS_TO_FIRMS), and a firm buying software pre-orders nothing.
 */
const CONSUMER_PRODUCTS: readonly IndustryId[] = [
  'agriculture',
  'industry',
  'retail',
  'catering',
  'accommodation',
  'leasing-business-services',
  'other',
];

/** Trades whose expansion is machines and vehicles, what leasing finances (§6, current-finance.md): it ranks higher for them. */
const LEASING_TRADES: readonly IndustryId[] = ['industry', 'agriculture', 'transport', 'construction', 'warehousing', 'postal'];
/** Trades whose growth is premises, fit-out and stock (a shop, a restaurant, an inn), not machines. */
const PREMISES_TRADES: readonly IndustryId[] = ['retail', 'catering', 'accommodation'];
/** Every other trade: its machines and vehicles can be leased. */
const NOT_PREMISES_TRADES: readonly IndustryId[] = INDUSTRY_IDS.filter((id) => !PREMISES_TRADES.includes(id));

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
    suitability: [],
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
    suitability: [],
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
      alsoPurposes: ['equipment-expansion', 'renovation', 'product-innovation', 'information'],
      amountCny: { max: 3_000_000 },
      termMonths: { max: 12 },
      sizeClasses: ['micro', 'small'],
      industries: ['retail', 'wholesale', 'agriculture', 'industry'],
      onlineSales: true,
    },
    suitability: [
      // §2.3: the platform lends on the trading data it holds; today's online banks lend on
      // payment and tax data (current-finance.md). A firm with no trading yet has none.
      { id: 'big-data-needs-history', requires: { tradingHistory: true }, citations: ['§2.3', 'current-finance'] },
      // The online banks' business microloans lend to small businesses (current-finance.md) in
      // small sums (§2.3): a medium-sized firm's loan is a bank's.
      {
        id: 'microloan-needs-small-firm',
        variant: 'microloan',
        requires: { sizeClasses: ['micro', 'small'] },
        citations: ['§2.3', 'current-finance'],
      },
    ],
    risks: ['information-security', 'credit', 'technical', 'legal-policy'],
    status: ACTIVE,
  },
  {
    id: 'crowdfunding',
    citations: ['§2.4', '§5'],
    advantages: ['all-online', 'social-media', 'low-cost', 'less-asymmetry'],
    // A pre-sale is a second choice next to a loan: it raises what customers pay in advance.
    fit: {
      purposes: [],
      alsoPurposes: ['product-innovation'],
      amountCny: { max: 5_000_000 },
      sizeClasses: ['micro', 'small'],
      industries: ['agriculture', 'catering', 'accommodation', 'industry', 'retail'],
    },
    suitability: [
      // There is no approved public equity crowdfunding in China (CSRC, 2015): never offered.
      { id: 'no-public-equity-crowdfunding', variant: 'equity', requires: { purposes: [] }, citations: ['§2.4', 'current-finance'] },
      // Reward / pre-sale crowdfunding is commerce: it suits a new consumer product.
      {
        id: 'reward-needs-new-product',
        variant: 'reward',
        requires: { purposes: ['product-innovation'], industries: CONSUMER_PRODUCTS },
        citations: ['§2.4', 'current-finance'],
      },
    ],
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
        'renovation',
        'startup',
        'product-innovation',
      ],
      alsoPurposes: ['payment-collection', 'information'],
      sizeClasses: SMES,
      crossBorder: true,
    },
    suitability: [],
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
    suitability: [],
    risks: ['credit', 'information-security', 'market'],
    status: ACTIVE,
  },
  {
    id: 'supply-chain-finance',
    citations: ['§2.3', '§5', '§6'],
    advantages: ['trade-as-credit', 'partners', 'smooth-supply'],
    fit: {
      purposes: ['working-capital'],
      alsoPurposes: [],
      termMonths: { max: 12 },
      sizeClasses: SMES,
      industries: ['wholesale', 'industry', 'agriculture', 'transport', 'warehousing'],
      crossBorder: true,
    },
    suitability: [
      // §2.3, §6: it lends on the trade with a core firm; today the PBOC credit bureau's
      // receivables platform serves suppliers of large buyers (current-finance.md).
      {
        id: 'supply-chain-needs-buyer',
        requires: { sellsToFirms: true, purposes: ['working-capital'] },
        citations: ['§2.3', '§6', 'current-finance'],
      },
    ],
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
      // Trades whose growth is machines and vehicles; a restaurant's or an inn's is mostly fit-out.
      industries: LEASING_TRADES,
      // ...but the asset itself, said (a shop's cold room, a restaurant's oven, an inn's van), is what leasing finances
      // whatever the trade (current-finance names the asset, not the trade; round 24).
      assetBought: true,
    },
    suitability: [
      // Leasing finances an asset (machines, vehicles, cold stores), not renovation, stock or
      // wages (current-finance.md, NFRA measures in force 1 November 2024), over years (§6).
      // Said, it says what leasing finances, so the trade rule is not said beside it.
      {
        id: 'leasing-needs-asset',
        requires: { purposes: ['equipment-expansion'] },
        covers: ['leasing-needs-machine-trade'],
        citations: ['§6', 'current-finance'],
      },
      // A shop's, a restaurant's or an inn's growth is a new branch's fit-out, stock and rent, not
      // machines: leasing is not offered them unasked, and its reason says that a vehicle or a machine
      // they buy can still be leased. Every other trade's machines and vehicles are leasing's objects
      // (current-finance names the asset, not the trade): a tour firm's coaches, an exporter's freezers. What the owner said is
      // bought decides over the trade (round 24): a shop's cold room, a restaurant's oven or an inn's van can be leased.
      {
        id: 'leasing-needs-machine-trade',
        requires: { industries: NOT_PREMISES_TRADES, orAssetBought: true },
        // Its reason already says that a shop's growth is premises (round 25).
        covers: ['leasing-not-for-premises'],
        citations: ['§6', 'current-finance'],
      },
      // Whatever the trade, a shop or a branch opened (开第二家店, "open a second branch") is premises, fit-out, stock and rent,
      // not an asset: leasing is not offered for it unasked (round 25: a phone-repair shop opening a second shop had leasing
      // first). A shop's, a restaurant's or an inn's trade rule above already says so for them.
      { id: 'leasing-not-for-premises', requires: { notPremises: true }, citations: ['§6', 'current-finance'] },
      { id: 'leasing-needs-years', requires: { minTermMonths: 12 }, citations: ['§6', 'current-finance'] },
    ],
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
    suitability: [
      // §6: equity investment with a bank loan for innovative firms; private equity suits a firm
      // with a growth story and investors, never a small sum for a small traditional firm.
      {
        id: 'linkage-needs-innovative-firm',
        requires: { purposes: ['product-innovation'], industries: ['software-it', 'information-transmission', 'industry'] },
        citations: ['§6', 'current-finance'],
      },
      {
        id: 'linkage-needs-scale',
        requires: { minAmountCny: 1_000_000, sizeClasses: ['small', 'medium'] },
        citations: ['§6', 'current-finance'],
      },
    ],
    risks: ['market', 'credit', 'legal-policy'],
    status: ACTIVE,
  },
];

export const SERVICES: Readonly<Record<ServiceId, ServiceFacts>> = Object.fromEntries(SERVICE_LIST.map((s) => [s.id, s])) as Record<
  ServiceId,
  ServiceFacts
>;

/** Services in the order the contract lists them; ties in ranking fall back to this order. */
export const SERVICE_ORDER: readonly ServiceId[] = SERVICE_IDS;

/** The contract's variants of a service (big-data finance, crowdfunding, portals), else []. */
export function variantsOf(id: ServiceId): readonly string[] {
  return id in SERVICE_VARIANTS ? SERVICE_VARIANTS[id as keyof typeof SERVICE_VARIANTS] : [];
}

/**
 * Online lending as an owner means it today. 网贷 (网络借贷, "online loans") now means the loans of
 * online banks and lending apps: P2P, which the word once meant, was wound down to zero platforms
 * by November 2020 (../shared/reference/p2p-and-online-lending-status.md), and the online banks
 * and licensed online micro-loans lend on platform data (current-finance.md, "Online banks and
 * big-data lenders"; the paper's §2.3 model, big-data finance, both variants). The NLU reads 网贷
 * and P2P as one id, `p2p-lending`; a refusal of it leaves out every service that lends online.
 * Banks stay (online-financial-institution): they lend at the branch too, and the advice then
 * points there (next-steps.ts, `bank-branch`).
 */
export const ONLINE_LENDING: readonly ServiceId[] = ['p2p-lending', 'big-data-finance'];

/**
 * Third-party payment is named by its brands (支付宝, 微信支付, Alipay), which the NLU reads as the
 * service itself: refusing one brand ("我们不想用支付宝") leaves the category, as the other brand and
 * the bank's own merchant collection code still collect payments (next-steps.ts,
 * `business-collection-code`: current-finance.md, "Payments"). Nothing is left out for it.
 */
export const REFUSED_BY_BRAND: readonly ServiceId[] = ['third-party-payment'];

/** The services a refusal of `id` leaves out: 网贷 all online lending, a payment brand nothing, any other just itself. */
export function refusedWith(id: ServiceId): ServiceId[] {
  if (REFUSED_BY_BRAND.includes(id)) return [];
  return id === 'p2p-lending' ? [...ONLINE_LENDING] : [id];
}

/**
 * The refusals a service asked for by name again lifts: an online lender named (网商银行, 网贷) brings
 * online loans back as a whole, so the advice never says "no online loans" beside an online bank.
 */
export function restoredWith(id: ServiceId): ServiceId[] {
  return ONLINE_LENDING.includes(id) ? [...ONLINE_LENDING] : [id];
}

/** The owner refused online loans (网贷, "no online loans"): what a refusal of `p2p-lending` means. */
export function refusesOnlineLending(leftOut: readonly ServiceId[]): boolean {
  return leftOut.includes('p2p-lending');
}

export function isActive(id: ServiceId): boolean {
  return SERVICES[id].status.kind === 'active';
}

/** The profile facts a condition reads; `startup` comes from the purpose, revenue from the figures. */
export interface ConditionFacts {
  purpose?: PurposeId;
  industry?: IndustryId;
  sizeClass?: SizeClass;
  termMonths?: number;
  amountCny?: number;
  annualRevenueCny?: number;
  crossBorder?: boolean;
  /** A buyer owes the firm: it sells to firms whatever its trade. */
  buyerOwes?: boolean;
  /** The owner said the money buys an asset (true: a machine, a vehicle, a cold room) or opens premises (false: a shop, a branch). */
  assetBought?: boolean;
}

/** Whether the facts meet a condition; what the firm has not said does not count against it. */
export function meets(facts: ConditionFacts, c: Condition): boolean {
  if (c.purposes && !(facts.purpose !== undefined && c.purposes.includes(facts.purpose))) return false;
  if (c.industries && facts.industry !== undefined && !c.industries.includes(facts.industry) && !(c.orAssetBought && facts.assetBought))
    return false;
  if (c.notPremises && facts.assetBought === false) return false;
  if (c.sizeClasses && facts.sizeClass !== undefined && !c.sizeClasses.includes(facts.sizeClass)) return false;
  if (c.minTermMonths !== undefined && facts.termMonths !== undefined && facts.termMonths < c.minTermMonths) return false;
  if (c.minAmountCny !== undefined && facts.amountCny !== undefined && facts.amountCny < c.minAmountCny) return false;
  if (c.tradingHistory && (facts.purpose === 'startup' || facts.annualRevenueCny === 0)) return false;
  if (c.sellsToFirms && !facts.crossBorder && !facts.buyerOwes && facts.industry !== undefined && !SELLS_TO_FIRMS.includes(facts.industry))
    return false;
  return true;
}

/** The first rule that rules the service (or the variant) out for these facts, if any. */
export function unsuitableBy(id: ServiceId, facts: ConditionFacts, variant?: string): SuitabilityRule | undefined {
  return SERVICES[id].suitability.find((rule) => (rule.variant === undefined || rule.variant === variant) && !meets(facts, rule.requires));
}

/**
 * A rule against what the firm has said so far: `fails` on a fact it gave, `unknown` when it
 * turns on a fact not given yet (the purpose, the term...), else `holds`. For "does it fit us?"
 * before the profile is complete: the answer then says what it depends on.
 */
export function ruleStatus(facts: ConditionFacts, rule: SuitabilityRule): 'holds' | 'fails' | 'unknown' {
  const { purposes, ...rest } = rule.requires;
  const c: Condition = facts.purpose === undefined ? rest : rule.requires;
  if (!meets(facts, c)) return 'fails';
  const missing =
    (purposes && facts.purpose === undefined) ||
    (c.industries && facts.industry === undefined) ||
    (c.sizeClasses && facts.sizeClass === undefined) ||
    (c.minTermMonths !== undefined && facts.termMonths === undefined) ||
    (c.minAmountCny !== undefined && facts.amountCny === undefined) ||
    (c.tradingHistory && facts.purpose === undefined && facts.annualRevenueCny === undefined) ||
    (c.sellsToFirms && facts.industry === undefined && !facts.crossBorder && !facts.buyerOwes);
  return missing ? 'unknown' : 'holds';
}

/** A fact of the profile a suitability rule reads. */
export type RuleFact = 'purpose' | 'industry' | 'size' | 'term' | 'amount';

/** The facts a rule turns on that the firm has not given yet, in the order the bot asks them. */
export function missingFacts(facts: ConditionFacts, rule: SuitabilityRule): RuleFact[] {
  const c = rule.requires;
  const missing: RuleFact[] = [];
  if ((c.industries || c.sellsToFirms) && facts.industry === undefined && !facts.crossBorder) missing.push('industry');
  if (c.sizeClasses && facts.sizeClass === undefined) missing.push('size');
  if ((c.purposes || c.tradingHistory) && facts.purpose === undefined) missing.push('purpose');
  if (c.minAmountCny !== undefined && facts.amountCny === undefined) missing.push('amount');
  if (c.minTermMonths !== undefined && facts.termMonths === undefined) missing.push('term');
  return missing;
}
