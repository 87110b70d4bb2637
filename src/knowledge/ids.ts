// The ids the outside world relies on (README.md, the help-desk API), as string-literal unions
// with the arrays they come from. Knowledge, NLU, the dialog machine, the locales and the API all
// speak in these ids; human wording for each lives in locales/<lng>/, never here.

export const SERVICE_IDS = [
  'third-party-payment',
  'p2p-lending',
  'big-data-finance',
  'crowdfunding',
  'online-financial-institution',
  'finance-portal',
  'supply-chain-finance',
  'financial-leasing',
  'investment-loan-linkage',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export const BIG_DATA_VARIANTS = ['microloan', 'supply-chain'] as const;
export const CROWDFUNDING_VARIANTS = ['donation', 'lending', 'equity'] as const;
export const PORTAL_VARIANTS = [
  'information-platform',
  'vertical-search',
  'financial-supermarket',
  'p2p-portal',
  'credit-portal',
  'insurance-portal',
  'wealth-management-portal',
  'integrated-portal',
] as const;

/** Variants exist for three services only; the others have none. */
export const SERVICE_VARIANTS = {
  'big-data-finance': BIG_DATA_VARIANTS,
  crowdfunding: CROWDFUNDING_VARIANTS,
  'finance-portal': PORTAL_VARIANTS,
} as const;
export type ServiceWithVariants = keyof typeof SERVICE_VARIANTS;
export type VariantOf<S extends ServiceId> = S extends ServiceWithVariants
  ? (typeof SERVICE_VARIANTS)[S][number]
  : never;
export type ServiceVariant = VariantOf<ServiceWithVariants>;

export const RISK_IDS = [
  'systemic',
  'market',
  'operational',
  'liquidity',
  'credit',
  'technical',
  'information-security',
  'legal-policy',
] as const;
export type RiskId = (typeof RISK_IDS)[number];

export const INDUSTRY_IDS = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'retail',
  'transport',
  'warehousing',
  'postal',
  'accommodation',
  'catering',
  'information-transmission',
  'software-it',
  'real-estate',
  'property-management',
  'leasing-business-services',
  'other',
] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const PURPOSE_IDS = [
  'working-capital',
  'equipment-expansion',
  'product-innovation',
  'payment-collection',
  'cross-border-settlement',
  'wealth-management',
  'information',
] as const;
export type PurposeId = (typeof PURPOSE_IDS)[number];

/**
 * Purposes that raise no money (collecting payments, settling across the border, just learning),
 * so the bot asks neither an amount nor a term for them.
 */
export const PURPOSES_WITHOUT_FUNDING: readonly PurposeId[] = [
  'payment-collection',
  'cross-border-settlement',
  'information',
];

export function isServiceId(value: string): value is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(value);
}
export function isIndustryId(value: string): value is IndustryId {
  return (INDUSTRY_IDS as readonly string[]).includes(value);
}
export function isPurposeId(value: string): value is PurposeId {
  return (PURPOSE_IDS as readonly string[]).includes(value);
}
export function isRiskId(value: string): value is RiskId {
  return (RISK_IDS as readonly string[]).includes(value);
}
