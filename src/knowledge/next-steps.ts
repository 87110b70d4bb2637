// What an owner does next for each recommendation: which kind of lender or platform to go to,
// what to bring, what to compare, how to check the licence. Kinds and programmes only, never a
// named product's terms, limits or rates (current-finance.md, "Do not state"). Text under
// `nextSteps.<id>` in locales/<lng>/knowledge.json; figures that change carry their date there.

import type { Citation } from './citations';
import type { PurposeId, ServiceId } from './ids';
import type { EnterpriseProfile } from './profile';
import { beyondAppLoans, eligibility } from './programmes';
import { refusesOnlineLending } from './services';

export const NEXT_STEP_IDS = [
  'settlement-bank',
  // Online loans refused (services.ts, ONLINE_LENDING): the same banks' loans, applied for at a branch.
  'bank-branch',
  // A medium firm's loan, or a sum beyond what a bank's app lends (programmes.ts, beyondAppLoans):
  // a corporate loan talked through with the bank's relationship manager at the branch.
  'bank-corporate',
  'startup-guaranteed-loan',
  'renewal-without-repayment',
  'online-banks',
  // An online shop's stock money: the platform's own early settlement of the takings it holds, priced as a rate (round 31).
  'platform-early-settlement',
  'credit-platforms',
  'receivables-platform',
  'trade-finance',
  'leasing-company',
  'reward-presale',
  'equity-investors',
  'business-collection-code',
  'licensed-cross-border-payment',
  'bank-cross-border',
  'compare-portals',
  'licensed-wealth',
  'bring-documents',
  // Leasing finances an asset: the asset's quote or purchase contract comes first.
  'bring-leasing-documents',
  'compare-annual-rate',
  'check-licence',
  // A factor checked: a bank's in the NFRA lookup, a commercial factor with the local regulator.
  'check-factor',
  // Money already lost to a fraud (answers.ts, fraud-money-sent), in the order to do them.
  'report-110',
  'bank-stop-transfer',
  'keep-records',
  'anti-fraud-96110',
  'no-recovery-fee',
  // A fake proof of payment (answers.ts, fraud-fake-payment): the money counted only when it has arrived.
  'check-arrival',
  // Someone known impersonated (answers.ts, fraud-impersonation): the person reached on a number already known.
  'call-back-known-number',
  // An office impersonated (answers.ts, fraud-official-impersonation): the office reached on its own public number.
  'call-office-public-number',
  // Not able to repay (answers.ts, cannot-repay), in the order to do them.
  'talk-to-lender',
  'renewal-small-firms',
  'no-loan-to-repay',
  'overdue-credit-record',
  // A guarantee company's fee (answers.ts, guarantee-fee): its licence, and the fee paid on signing.
  'check-guarantor',
  // Fixing the exchange rate (answers.ts, lock-exchange-rate): the bank's forward contract.
  'bank-forward',
] as const;
export type NextStepId = (typeof NEXT_STEP_IDS)[number];

export const NEXT_STEP_CITATIONS: Readonly<Record<NextStepId, readonly Citation[]>> = {
  'settlement-bank': ['§2.5', 'current-finance'],
  // current-finance, "Bank online business loans": the big banks, the postal savings bank, city and
  // rural commercial banks and rural credit cooperatives lend to small firms; the firm's own bank first.
  'bank-branch': ['§2.5', 'current-finance'],
  'bank-corporate': ['§2.5', 'current-finance'],
  'startup-guaranteed-loan': ['current-finance'],
  'renewal-without-repayment': ['current-finance'],
  'online-banks': ['§2.3', 'current-finance'],
  // current-finance, Cost of a loan: any fee for money early is its interest, compared as an annual rate (no product's terms).
  'platform-early-settlement': ['§2.3', 'current-finance'],
  'credit-platforms': ['current-finance'],
  'receivables-platform': ['§6', 'current-finance'],
  'trade-finance': ['§2.3', '§6', 'current-finance'],
  'leasing-company': ['§6', 'current-finance'],
  'reward-presale': ['§2.4', 'current-finance'],
  'equity-investors': ['§6', 'current-finance'],
  'business-collection-code': ['§2.1', 'current-finance'],
  'licensed-cross-border-payment': ['§4.2.1', 'current-finance'],
  'bank-cross-border': ['§2.5', 'current-finance'],
  'compare-portals': ['§2.6'],
  'licensed-wealth': ['§2.5', '§3.1'],
  'bring-documents': ['current-finance'],
  'bring-leasing-documents': ['§6', 'current-finance'],
  'compare-annual-rate': ['§3.1', 'current-finance'],
  'check-licence': ['§6', 'current-finance'],
  'check-factor': ['current-finance'],
  // current-finance, Fraud and illegal routes: a fraud that has happened is reported to 110; 96110
  // is the national anti-fraud line; any fee asked first (解冻费 among them) is fraud. Calling the
  // bank to stop the transfer and keeping the records are what the police ask for a report (no
  // figure or rule stated).
  'report-110': ['current-finance'],
  'bank-stop-transfer': ['current-finance'],
  'keep-records': ['current-finance'],
  'anti-fraud-96110': ['current-finance'],
  'no-recovery-fee': ['current-finance'],
  // The payment counted on its arrival, not on a picture of it: §3.1 (operational risk).
  'check-arrival': ['§3.1'],
  // current-finance, Fraud and illegal routes (96110 to check, 110 to report): reaching the person first is what the anti-fraud
  // line asks of a transfer asked in someone's name (no figure or rule stated).
  'call-back-known-number': ['current-finance'],
  // current-finance, Fraud and illegal routes (96110 to check, 110 to report): the office reached by the owner, never through the caller's
  // number or link (no figure or rule stated).
  'call-office-public-number': ['current-finance'],
  // current-finance, Government-backed routes: renewal without repaying principal first, open to all
  // small and micro firms since September 2024; the lender is asked before the due date (no rule stated).
  'talk-to-lender': ['current-finance'],
  'renewal-small-firms': ['current-finance'],
  // current-finance, Cost of a loan: the red flag above 24% all-in; borrowing again to repay compounds it.
  'no-loan-to-repay': ['current-finance'],
  // current-finance, Platforms: the PBOC credit report (free twice a year).
  'overdue-credit-record': ['current-finance'],
  // current-finance: financing guarantee companies are licensed local lenders; the government guarantee
  // plan of January 2026 charges the firm at most 1%; a fee before payout to a stranger is fraud.
  'check-guarantor': ['current-finance'],
  // current-finance, Fraud and illegal routes: cross-border payments and exchange go through banks.
  'bank-forward': ['§2.5', 'current-finance'],
};

/** Where to go, per service; the purpose can put a programme first. */
const WHERE: Readonly<Record<ServiceId, readonly NextStepId[]>> = {
  'online-financial-institution': ['settlement-bank', 'credit-platforms'],
  'big-data-finance': ['online-banks'],
  'supply-chain-finance': ['receivables-platform'],
  'financial-leasing': ['leasing-company'],
  crowdfunding: ['reward-presale'],
  'investment-loan-linkage': ['equity-investors'],
  'third-party-payment': ['business-collection-code'],
  'finance-portal': ['compare-portals', 'credit-platforms'],
  'p2p-lending': [],
};

const BORROWING: ReadonlySet<PurposeId> = new Set([
  'working-capital',
  'equipment-expansion',
  'renovation',
  'startup',
  'product-innovation',
]);

/**
 * Steps for an owner who refused online loans (`leftOut` holds 网贷): the bank's branch instead of
 * its app, and no online bank.
 */
export function offlineSteps(steps: readonly NextStepId[], leftOut: readonly ServiceId[]): NextStepId[] {
  if (!refusesOnlineLending(leftOut)) return [...steps];
  return [...new Set(steps.filter((s) => s !== 'online-banks').map((s): NextStepId => (s === 'settlement-bank' ? 'bank-branch' : s)))];
}

/**
 * The steps for one recommended service and this profile, where to go first, checks last;
 * `leftOut`: the services the owner refused (online loans refused: the branch, not the app).
 */
export function nextSteps(id: ServiceId, profile: EnterpriseProfile, leftOut: readonly ServiceId[] = []): NextStepId[] {
  const steps: NextStepId[] = [];
  if (id === 'online-financial-institution') {
    if (profile.purpose === 'startup') steps.push('startup-guaranteed-loan');
    // Money settled across the border first, unless the firm borrows: then the loan first, the settlement after.
    if (profile.purpose === 'cross-border-settlement' || (profile.crossBorder && !borrows(profile))) steps.push('bank-cross-border');
    if (profile.purpose === 'wealth-management') steps.push('licensed-wealth');
  }
  // A border trader's trade is its own credit: the bank's trade finance on its documents comes
  // before a receivables platform that needs a large buyer's confirmation.
  if (id === 'supply-chain-finance' && profile.crossBorder) steps.push('trade-finance');
  // Settling with firms across the border is not a shop's collection code.
  if (id === 'third-party-payment' && profile.purpose === 'cross-border-settlement') steps.push('licensed-cross-border-payment');
  // Idle cash placed, payments collected, money settled abroad: no loan to apply for at the bank.
  else if (id === 'online-financial-institution' && profile.purpose !== undefined && NOT_LENDING.has(profile.purpose)) {
    if (profile.purpose === 'payment-collection') steps.push('business-collection-code');
  } else steps.push(...WHERE[id].filter((s) => s !== 'receivables-platform' || !tradesOnItsOwnDocuments(profile)));
  // An online shop short of money for stock while its platform holds the takings: the platform's early settlement beside the loan.
  if (id === 'big-data-finance' && profile.onlineSales && profile.purpose === 'working-capital') steps.push('platform-early-settlement');
  if (id === 'online-financial-institution' && profile.purpose === 'working-capital') steps.push('renewal-without-repayment');
  if (id === 'online-financial-institution' && profile.crossBorder && borrows(profile)) steps.push('bank-cross-border');
  const lends = id !== 'third-party-payment' && id !== 'crowdfunding' && (profile.purpose === undefined || BORROWING.has(profile.purpose));
  if (lends) steps.push(id === 'financial-leasing' ? 'bring-leasing-documents' : 'bring-documents', 'compare-annual-rate');
  steps.push('check-licence');
  // The online bank is big-data finance's own door, whatever the sum (its rank is the recommender's).
  return fitSteps(offlineSteps([...new Set(steps)], leftOut), profile, id === 'big-data-finance' ? ['online-banks'] : []);
}

/**
 * A border trader no buyer is said to owe (an importer paying its suppliers, an exporter before shipping): its trade documents
 * are what the bank lends on; the receivables platform needs a large buyer's confirmed debt, which it has not told.
 */
function tradesOnItsOwnDocuments(profile: EnterpriseProfile): boolean {
  return profile.crossBorder === true && profile.buyerOwes !== true;
}

/** The firm borrows: a purpose that is a loan's (a cross-border trader's financing need comes before its payments). */
function borrows(profile: EnterpriseProfile): boolean {
  return profile.purpose !== undefined && BORROWING.has(profile.purpose);
}

/** Purposes whose money is not borrowed: the bank's loan steps are not for them. */
const NOT_LENDING: ReadonlySet<PurposeId> = new Set(['wealth-management', 'payment-collection', 'cross-border-settlement']);

/**
 * The steps this firm can take (programmes.ts): a medium firm's loan or a sum beyond what a bank's
 * app lends goes to the branch's relationship manager (not the app, not an online bank); a
 * programme the firm does not qualify for is not offered (renewal for a medium firm, the startup
 * loan for a firm with revenue that is not starting anew). `keep`: steps kept whatever the sum.
 */
export function fitSteps(steps: readonly NextStepId[], profile: EnterpriseProfile, keep: readonly NextStepId[] = []): NextStepId[] {
  const large = beyondAppLoans(profile);
  const fitted = steps.flatMap((s): NextStepId[] => {
    if (keep.includes(s)) return [s];
    if (large && (s === 'settlement-bank' || s === 'bank-branch')) return ['bank-corporate'];
    if (large && s === 'online-banks') return ['bank-corporate'];
    if (s === 'renewal-without-repayment' && eligibility('renewal-without-repayment', profile) !== 'yes') return [];
    if (s === 'startup-guaranteed-loan' && eligibility('startup-guaranteed-loan', profile) === 'no') return [];
    return [s];
  });
  return [...new Set(fitted)];
}
