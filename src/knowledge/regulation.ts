// Regulation of Internet finance as the paper records it in §4 (as of 2018), completed by the
// verified facts listed in docs/knowledge.md (the final QR-code rule, what became of P2P lending,
// the rules in force since). Also the paper's Table 2 signs of a problem P2P platform and
// its §6 advice, which together make the "how to check a platform" checklist.

import type { Citation } from './citations';
import type { ServiceId } from './ids';

export interface RegulationFact {
  id: string;
  /** When it was issued or took effect, as precisely as the source gives it. */
  date: string;
  citations: readonly Citation[];
  /** Figures the wording interpolates (text under `regulation.<id>`). */
  figures: Readonly<Record<string, number | string>>;
  /** The services whose regulator or rules it states: "who regulates leasing" is answered with these facts first. */
  services?: readonly ServiceId[];
}

export const REGULATION: readonly RegulationFact[] = [
  {
    id: 'guiding-opinions-2015',
    date: '2015-07',
    citations: ['§4.2'],
    figures: {},
  },
  {
    id: 'p2p-interim-measures',
    date: '2015-12',
    citations: ['§4.2.2'],
    figures: {},
    services: ['p2p-lending'],
  },
  {
    // Which crowdfunding is allowed (round 38): the paper's forms (§2.4: lending crowdfunding is P2P) and current-finance's
    // "Equity": no approved public equity crowdfunding (CSRC, 2015); private placement and the regional equity market; pre-sale
    // is commerce.
    id: 'crowdfunding-forms',
    date: '2015',
    citations: ['§2.4', 'current-finance'],
    figures: {},
    services: ['crowdfunding'],
  },
  {
    id: 'payment-licences',
    date: '2016-08',
    citations: ['§4.2.1', 'payment-regulation'],
    figures: { issued: 271, cancelled: 24, remaining: 247, since: 2011 },
    services: ['third-party-payment'],
  },
  {
    id: 'nucc-routing',
    date: '2018-06',
    citations: ['§4.2.1', 'payment-regulation'],
    figures: {},
    services: ['third-party-payment'],
  },
  {
    id: 'card-fee-reform',
    date: '2016-09-06',
    citations: ['§4.2.1', 'payment-regulation'],
    figures: { announced: '2016-03', inForce: '2016-09-06' },
  },
  {
    id: 'qr-code-levels',
    date: '2018-04-01',
    citations: ['§4.2.1', 'payment-regulation'],
    figures: { issued: '2017-12-27', inForce: '2018-04-01' },
    services: ['third-party-payment'],
  },
  {
    id: 'p2p-wound-down',
    date: '2020-11-27',
    citations: ['p2p-and-online-lending-status'],
    figures: { peak: 5000 },
    services: ['p2p-lending'],
  },
  // Since the paper (current-finance.md): what an owner deals with today.
  {
    id: 'private-lending-ceiling',
    date: '2020-08-20',
    citations: ['current-finance'],
    figures: {},
  },
  {
    id: 'annual-rate-disclosure',
    date: '2021-03-31',
    citations: ['current-finance'],
    figures: {},
  },
  {
    id: 'payment-regulation-2024',
    date: '2024-05-01',
    citations: ['current-finance', 'payment-regulation'],
    figures: {},
    services: ['third-party-payment'],
  },
  {
    id: 'nfra-lenders',
    date: '2024-11-01',
    citations: ['current-finance'],
    figures: {},
    services: ['financial-leasing', 'online-financial-institution', 'big-data-finance'],
  },
];

/** The P2P interim measures' negative list (§4.2.2): what a lending intermediary may not do. */
export const P2P_NEGATIVE_LIST = ['no-public-deposits', 'no-fund-pool', 'no-guarantees', 'no-illegal-fundraising'] as const;

export type QrLevel = 'A' | 'B' | 'C' | 'D';

/**
 * QR-code payment levels, per customer per day across all of a customer's QR payments with one
 * institution. The paper (§4.2.1) gives A-C from the 2016 draft; D comes from the final rule
 * (银发〔2017〕296号). `null`: as agreed with the customer.
 */
export const QR_CODE_LEVELS: ReadonlyArray<{
  level: QrLevel;
  dailyLimitCny: number | null;
  citations: readonly Citation[];
}> = [
  { level: 'A', dailyLimitCny: null, citations: ['§4.2.1', 'payment-regulation'] },
  { level: 'B', dailyLimitCny: 5000, citations: ['§4.2.1', 'payment-regulation'] },
  { level: 'C', dailyLimitCny: 1000, citations: ['§4.2.1', 'payment-regulation'] },
  { level: 'D', dailyLimitCny: 500, citations: ['payment-regulation'] },
];

/** Table 2: the eight kinds of problem P2P platform, as signs to look for on any platform. */
export const PROBLEM_PLATFORM_SIGNS = [
  'transformed',
  'delayed-repayment',
  'bidding-suspended',
  'withdrawal-difficulty',
  'under-investigation',
  'business-suspended',
  'website-closed',
  'absconded',
] as const;
export type ProblemPlatformSign = (typeof PROBLEM_PLATFORM_SIGNS)[number];

/** §6: do the research first: complete regulation, a compliant platform, the black and white lists. */
export const COMPLIANCE_CHECKS = ['regulation-complete', 'platform-licensed', 'black-white-list', 'funds-in-custody'] as const;
export type ComplianceCheck = (typeof COMPLIANCE_CHECKS)[number];

export const COMPLIANCE_CITATIONS: readonly Citation[] = ['§6', '§4.2.2', 'Table 2'];

/** The facts that state a service's regulator or rules (empty when none does). */
export function regulationOf(service: ServiceId): readonly RegulationFact[] {
  return REGULATION.filter((fact) => fact.services?.includes(service));
}
