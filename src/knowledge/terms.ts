// Words an owner asks the meaning of ("租赁是哪样意思", "what does factoring mean?"): the industry
// names the bot offers as choices and the finance terms it and lenders use. Each term has its
// sources and, where it is one, the service or industry it stands for; the short explanation is
// under `terms.<id>` in locales/<lng>/knowledge.json. Asking what a word means sets nothing.

import type { Citation } from './citations';
import type { IndustryId, ServiceId } from './ids';

export const TERM_IDS = [
  // Finance terms.
  'financial-leasing',
  'leasing',
  'factoring',
  'supply-chain-finance',
  'crowdfunding',
  'credit-report',
  'mortgage',
  'guarantee',
  'credit-loan',
  'online-bank',
  'micro-loan-company',
  'lpr',
  'annualised-rate',
  'monthly-rate',
  'renewal',
  'startup-guaranteed-loan',
  'third-party-payment',
  'big-data-finance',
  'investment-loan-linkage',
  'finance-portal',
  'p2p',
  'credit-platform',
  'farm-loan',
  'rmb-settlement',
  // The industry choices, as the bot names them.
  'trade-agriculture',
  'trade-industry',
  'trade-wholesale',
  'trade-retail',
  'trade-catering',
  'trade-accommodation',
  'trade-transport',
  'trade-software-it',
  'trade-business-services',
  'trade-construction',
] as const;
export type TermId = (typeof TERM_IDS)[number];

export interface TermFacts {
  citations: readonly Citation[];
  /** The service the term names, whose details the owner can ask for next. */
  service?: ServiceId;
  /** The industry row the term names (an industry choice). */
  industry?: IndustryId;
}

const CURRENT: readonly Citation[] = ['current-finance'];
const SIZE: readonly Citation[] = ['sme-size-standard'];

export const TERMS: Readonly<Record<TermId, TermFacts>> = {
  'financial-leasing': { citations: ['§6', 'current-finance'], service: 'financial-leasing' },
  leasing: {
    citations: ['sme-size-standard', '§6', 'current-finance'],
    industry: 'leasing-business-services',
    service: 'financial-leasing',
  },
  factoring: { citations: ['§6', 'current-finance'], service: 'supply-chain-finance' },
  'supply-chain-finance': { citations: ['§2.3', '§6', 'current-finance'], service: 'supply-chain-finance' },
  crowdfunding: { citations: ['§2.4', 'current-finance'], service: 'crowdfunding' },
  'credit-report': { citations: CURRENT },
  mortgage: { citations: CURRENT },
  guarantee: { citations: CURRENT },
  'credit-loan': { citations: ['§2.3', 'current-finance'] },
  'online-bank': { citations: ['§2.3', 'current-finance'], service: 'big-data-finance' },
  'micro-loan-company': { citations: CURRENT },
  lpr: { citations: CURRENT },
  'annualised-rate': { citations: CURRENT },
  'monthly-rate': { citations: CURRENT },
  renewal: { citations: CURRENT },
  'startup-guaranteed-loan': { citations: CURRENT },
  'third-party-payment': { citations: ['§2.1', 'payment-regulation'], service: 'third-party-payment' },
  'big-data-finance': { citations: ['§2.3', 'current-finance'], service: 'big-data-finance' },
  'investment-loan-linkage': { citations: ['§6', 'current-finance'], service: 'investment-loan-linkage' },
  'finance-portal': { citations: ['§2.6'], service: 'finance-portal' },
  p2p: { citations: ['p2p-and-online-lending-status'], service: 'p2p-lending' },
  // The national and provincial platforms matching firms with banks (current-finance, "Platforms"); they lend nothing.
  'credit-platform': { citations: CURRENT },
  // The names banks give their loans for farmers, co-ops and rural firms (惠农贷, 惠农e贷; round 48): bank loans (current-finance).
  'farm-loan': { citations: CURRENT },
  // Settling with foreign buyers in renminbi through a bank: the main route with ASEAN in Yunnan (current-finance).
  'rmb-settlement': { citations: CURRENT, service: 'online-financial-institution' },
  'trade-agriculture': { citations: SIZE, industry: 'agriculture' },
  'trade-industry': { citations: SIZE, industry: 'industry' },
  'trade-wholesale': { citations: SIZE, industry: 'wholesale' },
  'trade-retail': { citations: SIZE, industry: 'retail' },
  'trade-catering': { citations: SIZE, industry: 'catering' },
  'trade-accommodation': { citations: SIZE, industry: 'accommodation' },
  'trade-transport': { citations: SIZE, industry: 'transport' },
  'trade-software-it': { citations: SIZE, industry: 'software-it' },
  'trade-business-services': { citations: SIZE, industry: 'leasing-business-services' },
  'trade-construction': { citations: SIZE, industry: 'construction' },
};

export function isTermId(value: string): value is TermId {
  return (TERM_IDS as readonly string[]).includes(value);
}
