// Direct answers to direct questions: a fraud check, which service is best, where to apply and
// what to bring, collateral, money owed by buyers, government support, a poor credit record, a P2P debt, currency exchange, equity
// crowdfunding, whether a named service fits this firm. Each answer says the point first, in one or two sentences, then what to do
// (next steps). Facts from ../shared/reference/current-finance.md; wording under
// `answers.<id>` in locales/<lng>/knowledge.json. A question never changes the profile.

import type { Citation } from './citations';
import { type AskedSlot, type IndustryId, OWED_QUESTIONS, type QuestionId, SERVICE_IDS, type ServiceId, type SizeClass } from './ids';
import { belowMediumBy, classifySize, type SizeMeasure, type SizeRule, sizeInputOf } from './sme-size';
import { fitSteps, nextSteps, offlineSteps, type NextStepId } from './next-steps';
import type { EnterpriseProfile } from './profile';
import { beyondAppLoans, eligibility, GOVERNMENT_ROUTES, type Eligibility, type GovernmentRoute } from './programmes';
import {
  chooseVariant,
  conditionFacts,
  outsideFit,
  PRICE_BET_SHARE,
  recommend,
  STOCK_PRICE_SHARE,
  type Outside,
  type Recommendation,
} from './recommend';
import { isActive, missingFacts, ruleStatus, SERVICES, type Range, type RuleFact, type SuitabilityRuleId } from './services';

/**
 * Whether one service fits this firm (the suitability rules, then the ranking): `yes` it is the
 * first pick; `second` it is recommended but not first; `weak` it serves this purpose but others
 * serve this firm better (its term, amount, size or trade is outside what it usually serves: see
 * `outside`); `no` a rule rules it out; `not-made` it is not made for this purpose; `depends` the
 * rules turn on facts not given yet; `gone` (P2P).
 */
export type FitVerdict = 'yes' | 'second' | 'weak' | 'no' | 'not-made' | 'depends' | 'gone';

export interface Fit {
  serviceId: ServiceId;
  verdict: FitVerdict;
  /** `yes`, `second`: the service as recommended, with its rank and reasons. */
  recommendation?: Recommendation;
  /** `no`: the rules that rule it out; `depends`: the rules that turn on facts not given yet. */
  rules: SuitabilityRuleId[];
  /** What fits this firm better, when the answer is not yes. */
  better?: Recommendation;
  /** `depends`: what the owner has yet to say for the answer to be yes or no. */
  missing?: RuleFact[];
  /** `weak`: this firm's facts outside what the service usually serves. */
  outside?: Outside[];
  /**
   * Asked about 网贷 (the NLU's `p2p-lending`): answered for online loans as they are today, the
   * online banks' and lending apps' (big-data finance), P2P being gone (services.ts, ONLINE_LENDING).
   */
  onlineLoans?: true;
}

/**
 * Government support for borrowing (current-finance, Government-backed routes), all through banks:
 * the startup guaranteed loan, the 2026 interest subsidies for service firms' operating loans and
 * listed sectors' fixed-asset loans, government financing guarantees (fee at most 1%), renewal
 * without repaying first.
 */
export const SUPPORT_IDS = GOVERNMENT_ROUTES;
export type SupportId = GovernmentRoute;

/**
 * "Is that too much?": the owner's sum set against a year's revenue and the revenue of the term.
 * `band` by the shares the advice's cautions use (recommend.ts): up to a fifth of a year's revenue is
 * `modest`; from a fifth to half, `sizeable` (a price-swinging trade's stock is already exposed); half or
 * more, `large` (a bet on prices for stock). Absent figures: what to tell.
 */
export interface AmountSize {
  amountCny?: number;
  revenueCny?: number;
  termMonths?: number;
  /** The sum as a share of a year's revenue, in percent (rounded). */
  shareOfYearPct?: number;
  /** The revenue taken in over the loan's term (a year's revenue x term / 12). */
  revenueOverTermCny?: number;
  band?: 'modest' | 'sizeable' | 'large';
  /** The sum buys stock (working capital): what to do speaks of buying in stages and prices; else of drawing it as needed. */
  stock?: true;
}

/**
 * "Are we a small business?": the firm's class under the 2011 standard (`decided`, with the rule that decides it), small or micro
 * whatever its assets (`small-or-micro`, by the figure that keeps it below medium), the figures its row still needs (`missing`),
 * the class the owner declared, unchecked (`declared`), figures with no trade to size them by (`no-industry`), or nothing known yet
 * (`unknown`).
 */
export type SizeAnswer =
  | { kind: 'decided'; industry: IndustryId; sizeClass: SizeClass; rule: SizeRule }
  | { kind: 'small-or-micro'; industry: IndustryId; measure: SizeMeasure }
  | { kind: 'missing'; industry: IndustryId; missing: SizeMeasure[] }
  | { kind: 'declared'; sizeClass: SizeClass }
  | { kind: 'no-industry' }
  | { kind: 'unknown' };

export interface Answer {
  question: QuestionId;
  /** For "why do you need this?": the question the bot had open (absent: none open, the whole profile's use is told). */
  asked?: AskedSlot;
  /** For "are we a small business?": the class and why. */
  sizing?: SizeAnswer;
  /** For "is that too much?" and "how much can we borrow?": the sum against the revenue. */
  size?: AmountSize;
  /** For "what if we cannot repay?": the owner's loan as given, to weigh before borrowing. */
  loan?: { amountCny?: number; termMonths?: number };
  /**
   * For "any subsidies?": the support this firm can use, the specific first; `specific`: any subsidy
   * meant for its case; `ask`: support whose terms leave this firm's case open (its trade or size
   * not named outright): the bank decides, and the answer says so.
   */
  support?: { ids: SupportId[]; specific: boolean; ask?: SupportId[] };
  /** For collateral: the loan is a medium firm's or beyond what a bank's app lends (programmes.ts). */
  large?: true;
  /** For collateral asked of financial leasing: the asset financed is the lessor's until it is paid for (§6; round 63). */
  asset?: true;
  /** For "what to bring": the papers of the service asked about or recommended first (absent: a bank loan's). */
  documents?: Documents;
  /** For "which is best": the one pick, with its reasons (absent before the profile is complete). */
  best?: Recommendation;
  /** For "does it fit us?": the verdict for the service asked about. */
  fit?: Fit;
  /** For "which is best" among services the owner named: each one's fit, the better first. */
  compared?: Fit[];
  /** For "how long can we borrow?": the services made for this need and the terms they usually run. */
  terms?: Array<{ serviceId: ServiceId; termMonths?: Range }>;
  /** For "how long can we borrow?": renewal without repaying first applies (working capital, or no purpose yet). */
  renewal?: true;
  /** For "is it legit?": the service the platform named stands for (its own answer), if any. */
  platform?: ServiceId;
  /** For money owed the firm: a service firm's or a fee's (round 35), said in a service's words (contract, sign-off, invoice). */
  fees?: true;
  /** For interest kept back: the sum signed for and the sum received, when the owner told them (round 36). */
  kept?: { principalCny: number; receivedCny: number };
  /** For interest kept back: the offer's real cost follows the answer, so no figure is asked for. */
  costed?: true;
  /** What to do next, in order. */
  steps: NextStepId[];
  citations: readonly Citation[];
}

const FRAUD: readonly Citation[] = ['current-finance'];

/**
 * The papers a lender asks for, by the kind of finance: a bank loan (the default, current-finance.md,
 * "Bank online business loans"), a medium firm's or large loan (financial statements and the
 * contracts behind it), leasing (the asset's quote or purchase contract), receivables (the buyer's
 * contracts and invoices, confirmed on the platform), trade finance (contracts, customs
 * declarations, invoices), an online bank (data authorised in the app), a start-up's guaranteed loan (the local employment
 * service decides who may apply and with what: current-finance, "Government-backed routes"; round 31: 创业担保贷款要哪些条件
 * had got a trading firm's bank statements and tax records).
 */
export const DOCUMENTS = ['bank-large', 'leasing', 'receivables', 'trade-finance', 'online-bank', 'startup'] as const;
export type Documents = (typeof DOCUMENTS)[number];

/** The papers for this service and firm (undefined: a bank loan's usual list). */
export function documentsFor(id: ServiceId | undefined, profile: EnterpriseProfile): Documents | undefined {
  if (id === 'financial-leasing') return 'leasing';
  if (id === 'supply-chain-finance') return profile.crossBorder ? 'trade-finance' : 'receivables';
  if (id === 'big-data-finance' || id === 'p2p-lending') return 'online-bank';
  // A firm still to open, borrowing through the startup guaranteed loan: the programme's papers, not a trading firm's.
  const startup = profile.purpose === 'startup' && eligibility('startup-guaranteed-loan', profile) !== 'no';
  if (startup && (id === undefined || id === 'online-financial-institution')) return 'startup';
  return beyondAppLoans(profile) ? 'bank-large' : undefined;
}

/** Money owed to the firm: supply-chain finance lends on receivables (§2.3, §6); the receivables platform (current-finance). */
const OWED_ANSWER = { citations: ['§2.3', '§6', 'current-finance'], steps: ['receivables-platform', 'settlement-bank'] } as const;

/** The fixed part of each answer: its sources and the steps that go with it. */
const ANSWERS: Readonly<Record<QuestionId, { citations: readonly Citation[]; steps: readonly NextStepId[] }>> = {
  // Money already sent: what to do now, first the police, then the bank, in that order.
  'fraud-money-sent': {
    citations: FRAUD,
    steps: ['report-110', 'bank-stop-transfer', 'keep-records', 'anti-fraud-96110', 'no-recovery-fee'],
  },
  // A fake proof of payment: report it if goods went, keep what was shown, count money on its arrival.
  'fraud-fake-payment': { citations: [...FRAUD, '§3.1'], steps: ['keep-records', 'check-arrival', 'anti-fraud-96110'] },
  // A financing guarantee company is a licensed local lender (current-finance, the SPC reply's seven kinds);
  // the government guarantee plan (January 2026) charges at most 1%; a fee before payout to a stranger is fraud.
  'guarantee-fee': { citations: FRAUD, steps: ['check-guarantor'] },
  // A true record cannot be bought off; the report is free twice a year for a person (current-finance, "Platforms"); money asked
  // first is fraud, 110 and 96110 (current-finance, "Fraud"). The reference says nothing of credit repair itself: the answer says
  // what an adviser can (round 35).
  'credit-repair': { citations: FRAUD, steps: [] },
  // Someone the owner knows impersonated, money asked: the person reached first, 96110 to check; 110 and the bank if paid, said in
  // the answer (current-finance, "Fraud"; round 50).
  'fraud-impersonation': { citations: FRAUD, steps: ['call-back-known-number', 'anti-fraud-96110'] },
  // Someone claiming a government office (tax, court, police, customs, the army) asking money first: the office reached on its own
  // public number, 96110 to check; 110 and the bank if paid, said in the answer (current-finance, "Fraud"; round 51).
  'fraud-official-impersonation': { citations: FRAUD, steps: ['call-office-public-number', 'anti-fraud-96110'] },
  // Money not sent yet, said after a fraud's answer: send nothing, stop answering, check on a number found oneself; 96110 (current-finance,
  // "Fraud"; round 52).
  'fraud-not-sent': { citations: FRAUD, steps: ['anti-fraud-96110'] },
  // Whom to call, asked after a fraud's answer: 110 if money went, the bank's own hotline to stop it, 96110 to check, an office on its own
  // public number (current-finance, "Fraud"; round 52). The answer says each with its case; no steps repeat it.
  'fraud-who-to-call': { citations: FRAUD, steps: [] },
  // Money asked first to keep a shop or to win an order (a platform's service claimed, a buyer's inspection fee): the same fraud as a fee
  // before a loan, 110 and 96110 (current-finance, "Fraud"); checking on the platform's own app or the buyer's own number is the adviser's
  // advice, no fact of the reference (round 53). No loan's steps: the owner asked for none.
  'fraud-trade-fee': { citations: FRAUD, steps: ['anti-fraud-96110'] },
  'fraud-advance-fee': { citations: FRAUD, steps: ['settlement-bank', 'check-licence'] },
  'fraud-guaranteed-returns': { citations: [...FRAUD, '§3.1', 'p2p-and-online-lending-status'], steps: ['licensed-wealth'] },
  'fraud-personal-account': { citations: FRAUD, steps: ['check-licence'] },
  'fraud-fake-app': { citations: [...FRAUD, '§3.2'], steps: ['settlement-bank', 'check-licence'] },
  // Licensed lenders ask for the business licence, the ID, statements or tax records and a credit check
  // (current-finance, "Where an owner can apply"); a fee before payout, the lure's next step, is fraud ("Fraud").
  'fraud-no-checks': { citations: FRAUD, steps: ['settlement-bank', 'check-licence'] },
  'fraud-p2p-style': { citations: ['p2p-and-online-lending-status', 'current-finance'], steps: ['check-licence'] },
  // Factoring is lawful when a bank or a licensed commercial factor does it (current-finance: the SPC
  // reply's seven kinds of licensed local lenders); the receivables platform is the way in (§6).
  'factoring-legit': { citations: ['§6', 'current-finance'], steps: ['receivables-platform', 'check-factor'] },
  // A platform named, asked whether it is legitimate: what it is and how its licence is checked.
  // MYbank and WeBank are the online banks lending on payment and tax data, online micro-loans are
  // licensed (current-finance, "Online banks and big-data lenders"); Alipay and WeChat Pay are
  // non-bank payment institutions under the 2024 regulation (§2.1, payment-regulation,
  // current-finance "Payments"); a licence is checked in the NFRA lookup (current-finance, "Fraud").
  'platform-legit': { citations: ['current-finance'], steps: ['check-licence'] },
  // Interest or fees deducted at payout are not principal: the borrower received less; the cost is
  // the rate on the money received (current-finance, "Cost of a loan", its 3% fee example).
  'upfront-interest': { citations: ['current-finance'], steps: ['compare-annual-rate'] },
  // A money-market fund is no deposit: online wealth products may not pay out at once when many
  // redeem (§3.1, liquidity risk); spare cash in licensed products (current-finance).
  'money-market-fund': { citations: ['§3.1', 'current-finance'], steps: ['licensed-wealth'] },
  // Whether a fixed deposit or a large-sum certificate can be drawn early, its least sum and the interest on money drawn early are
  // the product's own terms: the reference states none of them (current-finance, "Do not state": no product's terms), so the answer
  // says where they are read and keeps money needed within the term drawable (§3.1, liquidity).
  'deposit-terms': { citations: ['§3.1', 'current-finance'], steps: ['licensed-wealth'] },
  // 借呗, 花呗, 微粒贷, 京东金条 are consumer credit lines in the owner's own name, not business loans:
  // the business borrows as a business, from the online banks' business loans (current-finance,
  // "Online banks and big-data lenders"; §2.3) or its bank's operating loan ("Bank online business
  // loans"). No product's terms, limits or rates (current-finance, "Do not state").
  'personal-credit-line': { citations: ['§2.3', 'current-finance'], steps: ['online-banks', 'settlement-bank'] },
  // A bill a buyer paid with is the acceptor's promise to pay when it falls due, no cash: whether a bank
  // discounts it, and at what cost, turns on the acceptor's credit (§3.1, credit risk: the party that owes
  // may not pay). The reference names no bill market, rate or platform for bills, so the answer says what to
  // check, at the settlement bank; receivables confirmed by a large buyer are the route it does name
  // (current-finance, "Platforms": the receivables financing platform; §6).
  'bill-discount': { citations: ['§3.1', '§6', 'current-finance'], steps: ['settlement-bank', 'receivables-platform'] },
  'which-is-best': { citations: [], steps: [] },
  'does-it-fit': { citations: [], steps: [] },
  'where-to-apply': {
    citations: ['current-finance'],
    steps: ['settlement-bank', 'online-banks', 'credit-platforms', 'startup-guaranteed-loan'],
  },
  // The terms come from the services' fit (services.ts, each with its sources); renewal without
  // repaying first is open to every small firm (current-finance).
  'loan-term': { citations: ['§3.1', 'current-finance'], steps: [] },
  // What lenders decide a sum on: revenue and bank statements, tax records, a pledge or guarantee, the
  // credit record (current-finance, "Bank online business loans", "Online banks"); set against the
  // firm's revenue when known (amountSize). No product's limit nor the draft caps ("Do not state").
  'borrow-amount': { citations: ['current-finance'], steps: ['settlement-bank'] },
  // Online banks decide on payment and tax data, a pledged bank loan needs the pledge valued and
  // registered (current-finance); no day counts (the reference states none); a fee before payout is fraud.
  'approval-time': { citations: ['current-finance'], steps: [] },
  // Going to the branch asked faster: the reference gives no times, so only the bank can say; what decides (data or a pledge) and the
  // papers a bank loan needs (current-finance, "Bank online business loans", "Online banks"); a fee to speed it up is fraud (round 35).
  'apply-in-person': { citations: ['current-finance'], steps: [] },
  // A refusal, then what now (round 67): the reason asked first, then a route for each (the credit report free twice a year; a government
  // financing guarantee, its fee at most 1% under the January 2026 measures; the startup guaranteed loan; other banks and the online banks;
  // leasing for an asset; current-finance), the credit platform to post the need on; no agent paid to "package" it (the 2025 campaign).
  'bank-refused': { citations: ['current-finance'], steps: ['credit-platforms'] },
  // Who may apply: the business licence and the legal representative's ID and credit check (current-finance, "Bank online business
  // loans"); a loan in another's name is that person's debt (round 35).
  'who-may-apply': { citations: ['current-finance'], steps: [] },
  // The answer is the list of documents: the steps add only what to compare.
  'what-to-bring': { citations: ['current-finance'], steps: ['compare-annual-rate'] },
  collateral: { citations: ['§2.3', 'current-finance'], steps: ['online-banks', 'credit-platforms'] },
  // The class under the 2011 standard (sme-size-standard.md), worked from the firm's own figures.
  'size-class': { citations: ['sme-size-standard'], steps: [] },
  // Why a figure is asked: the size standard decides the class (sme-size-standard.md); the rest is the advice's own use of it.
  'why-asked': { citations: ['sme-size-standard'], steps: [] },
  // The bot's own use of what it is told: no reference fact, no source.
  'data-use': { citations: [], steps: [] },
  // A platform's takings wanted before it settles: the platform's own programmes, read as a loan whose fee is
  // its interest, and the online banks that lend on a shop's sales data (big-data finance, §2.3; current-finance,
  // "Online banks and big-data lenders"); the annual rate compared. No platform's terms or fees (none verified).
  'platform-early-payout': { citations: ['§2.3', 'current-finance'], steps: ['online-banks', 'compare-annual-rate'] },
  // Supply-chain finance lends on receivables (§2.3, §6); the receivables platform (current-finance).
  receivables: OWED_ANSWER,
  // ...asked whether it can be borrowed on (round 37): the same ways, said first.
  'receivables-loan': OWED_ANSWER,
  // A service's fees owed (round 35): the same routes, in a service's words (contract, sign-off, invoice).
  'fees-owed': { citations: ['§2.3', '§6', 'current-finance'], steps: ['receivables-platform', 'settlement-bank'] },
  subsidies: { citations: ['current-finance'], steps: ['settlement-bank'] },
  'credit-record': { citations: ['current-finance'], steps: ['settlement-bank', 'credit-platforms'] },
  'p2p-debt': { citations: ['p2p-and-online-lending-status', 'current-finance'], steps: [] },
  // A loan held and repaid on time is no bar; the lender counts its repayments in what the firm can afford (§3.1: the
  // borrower's credit risk grows with the debt), and sees it on the credit report (current-finance, the credit system).
  'loan-held': { citations: ['§3.1', 'current-finance'], steps: [] },
  // Before the due date: the lender, renewal for small and micro firms (September 2024), no loan app to repay,
  // what overdue does to the credit report (current-finance).
  'cannot-repay': {
    citations: ['current-finance', '§3.1'],
    steps: ['talk-to-lender', 'renewal-small-firms', 'no-loan-to-repay', 'overdue-credit-record'],
  },
  // The sum against the revenue: the shares the cautions use (recommend.ts, price bet). No rate.
  'amount-size': { citations: ['§3.1'], steps: [] },
  // Borrow the need, not the limit (§3.1: the borrower's credit risk grows with the debt); the sum weighed as amount-size.
  'draw-all': { citations: ['§3.1'], steps: [] },
  // current-finance, Payments: personal codes are for individuals; a free business code; remote collection
  // through a personal static code restricted since 1 March 2022.
  'personal-payment-code': { citations: ['§2.1', 'current-finance'], steps: ['business-collection-code'] },
  // The fee of collecting payments: set by the contract with the acquirer; the bank-card fee reform in force 6 September 2016
  // (payment-regulation, from the paper §4.2); no current rate is verified, so none is called normal: the rates compared.
  'collection-fee': { citations: ['§2.1', 'payment-regulation'], steps: ['business-collection-code'] },
  // A forward contract at the bank (远期结售汇): what it is, asked of the bank; no rate or figure (none in the reference).
  'lock-exchange-rate': { citations: ['§2.5', 'current-finance'], steps: ['bank-forward'] },
  // current-finance: cross-border payments go through banks (RMB settlement with ASEAN), or licensed payment institutions.
  'wallet-across-border': { citations: ['§2.5', 'current-finance'], steps: ['bank-cross-border', 'licensed-cross-border-payment'] },
  'currency-exchange': { citations: ['§2.5', 'current-finance'], steps: ['bank-cross-border'] },
  'money-changer': { citations: ['current-finance'], steps: ['bank-cross-border'] },
  'equity-crowdfunding': { citations: ['§2.4', 'current-finance'], steps: ['reward-presale', 'equity-investors'] },
};

const SUBSIDISED: ReadonlySet<SupportId> = new Set(['startup-guaranteed-loan', 'service-loan-subsidy', 'fixed-asset-subsidy']);

/**
 * Which support may apply to this profile: a programme stays unless what the owner said rules it
 * out (programmes.ts: its sizes, trades, purposes, sums); those meant for this case come first.
 * A programme whose terms leave the firm's case open (a tour-coach firm and the subsidy naming
 * tourism, a medium farm and the small firms' fixed-asset subsidy) is listed apart, to ask the bank.
 */
export function supportFor(profile: EnterpriseProfile, today?: string): { ids: SupportId[]; specific: boolean; ask?: SupportId[] } {
  const may = new Map<SupportId, Eligibility>(SUPPORT_IDS.map((id) => [id, eligibility(id, profile, today)]));
  const ids = SUPPORT_IDS.filter((id) => may.get(id) === 'yes');
  const ask = SUPPORT_IDS.filter((id) => may.get(id) === 'ask');
  return { ids, specific: ids.some((id) => SUBSIDISED.has(id)), ...(ask.length > 0 ? { ask } : {}) };
}

/**
 * The interest subsidies this firm's loan may carry, for "what does a loan cost?": only those its
 * known trade (and purpose) qualifies for, never a guess for a trade not yet named, nor one the
 * bank must decide on.
 */
export function interestSubsidiesFor(profile: EnterpriseProfile, today?: string): SupportId[] {
  const { industry, purpose } = profile;
  return supportFor(profile, today).ids.filter((id) => {
    if (!SUBSIDISED.has(id)) return false;
    if (id === 'startup-guaranteed-loan') return purpose === 'startup';
    return industry !== undefined;
  });
}

/**
 * Whether `id` fits this firm; `advised`: the profile is complete, so unknown facts no longer matter;
 * `leaveOut`: services the owner refused, never offered as the better choice.
 */
export function fitFor(
  id: ServiceId,
  profile: EnterpriseProfile,
  advised: boolean,
  leaveOut: readonly ServiceId[] = [],
  today?: string,
): Fit {
  // "垫资借网贷格划算": 网贷 today is the online banks' and lending apps' loans, not P2P (gone).
  if (id === 'p2p-lending') return { ...fitFor('big-data-finance', profile, advised, leaveOut, today), onlineLoans: true };
  if (!isActive(id)) return { serviceId: id, verdict: 'gone', rules: [] };
  const facts = conditionFacts(profile);
  const variant = chooseVariant(SERVICES[id], profile);
  const rules = SERVICES[id].suitability.filter((r) => r.variant === undefined || r.variant === variant);
  const status = rules.map((r) => ({ id: r.id, status: ruleStatus(facts, r) }));
  const advice = recommend(
    profile,
    leaveOut.filter((s) => s !== id),
    today,
  );
  const first = advice.recommendations[0];
  const better = first && first.serviceId !== id ? { better: first } : {};
  const failing = status.filter((r) => r.status === 'fails').map((r) => r.id);
  if (failing.length > 0) {
    // The owner did not say which kind ("众筹" may mean selling shares): every kind's rule that fails.
    const all = SERVICES[id].suitability.filter((r) => ruleStatus(facts, r) === 'fails');
    const covered = new Set(all.flatMap((r) => r.covers ?? []));
    const said = [...new Set([...failing, ...all.map((r) => r.id)])].filter((r) => !covered.has(r));
    return { serviceId: id, verdict: 'no', rules: said, ...better };
  }
  const unknown = status.filter((r) => r.status === 'unknown').map((r) => r.id);
  if (!advised && (unknown.length > 0 || profile.purpose === undefined)) {
    const fromRules = rules.filter((r) => unknown.includes(r.id)).flatMap((r) => missingFacts(facts, r));
    const missing = [...new Set<RuleFact>(profile.purpose === undefined ? ['purpose', ...fromRules] : fromRules)];
    return { serviceId: id, verdict: 'depends', rules: unknown, missing };
  }
  const recommendation = advice.recommendations.find((r) => r.serviceId === id);
  if (!recommendation) {
    const purpose = profile.purpose;
    const serves = purpose === undefined || [...SERVICES[id].fit.purposes, ...SERVICES[id].fit.alsoPurposes].includes(purpose);
    if (!serves) return { serviceId: id, verdict: 'not-made', rules: [], ...better };
    return { serviceId: id, verdict: 'weak', rules: [], outside: outsideFit(id, profile), ...better };
  }
  return { serviceId: id, verdict: recommendation.rank === 1 ? 'yes' : 'second', recommendation, rules: [], ...better };
}

/** How well a verdict answers the need, best first (the order of a comparison). */
const VERDICT_ORDER: readonly FitVerdict[] = ['yes', 'second', 'depends', 'weak', 'not-made', 'no', 'gone'];

/**
 * "网商银行和融资租赁哪个好": the services named, each with its fit for this firm, the better
 * first (by verdict, then by the recommendation's rank); the steps of the first when it fits.
 */
function comparison(
  profile: EnterpriseProfile,
  advised: boolean,
  compared: readonly ServiceId[],
  leaveOut: readonly ServiceId[],
  today?: string,
): Answer {
  const fits = compared
    .map((id) => {
      const { better: _, ...fit } = fitFor(id, profile, advised, leaveOut, today);
      return fit;
    })
    .sort(
      (a, b) =>
        VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
        (a.recommendation?.rank ?? Number.POSITIVE_INFINITY) - (b.recommendation?.rank ?? Number.POSITIVE_INFINITY),
    );
  const first = fits[0]!;
  const fitting = first.verdict === 'yes' || first.verdict === 'second';
  const steps = fitting
    ? nextSteps(first.serviceId, profile, leaveOut)
        .filter((s) => s !== 'check-licence')
        .slice(0, 2)
    : [];
  // The advice's first pick, when it is none of those named: worth saying after them.
  const top = advised ? recommend(profile, leaveOut, today).recommendations[0] : undefined;
  const best = top && !compared.includes(top.serviceId) ? { best: top } : {};
  return { question: 'which-is-best', compared: fits, ...best, steps, citations: [...new Set(fits.flatMap(fitCitations))] };
}

/** A fit's sources: the rules' and, when recommended, the recommendation's. */
function fitCitations(fit: Fit): Citation[] {
  const rules = SERVICES[fit.serviceId].suitability.filter((r) => fit.rules.includes(r.id)).flatMap((r) => r.citations);
  return [...new Set([...rules, ...(fit.recommendation?.citations ?? SERVICES[fit.serviceId].citations)])];
}

/**
 * "网商银行在哪里申请": where to apply for the service named (not for the advice's first pick),
 * with its fit, so that the answer can add why it does not suit this firm and what does; none
 * for P2P, which is gone.
 */
function applyFor(id: ServiceId, profile: EnterpriseProfile, advised: boolean, leaveOut: readonly ServiceId[], today?: string): Answer {
  const fit = fitFor(id, profile, advised, leaveOut, today);
  const steps = fit.verdict === 'gone' ? [] : nextSteps(fit.serviceId, profile, leaveOut);
  const citations = [...new Set([...ANSWERS['where-to-apply'].citations, ...fitCitations(fit)])];
  return { question: 'where-to-apply', fit, steps, citations };
}

/** The sources of the platforms a legitimacy answer speaks of, by the service they stand for. */
const PLATFORM_CITATIONS: Partial<Record<ServiceId, readonly Citation[]>> = {
  'big-data-finance': ['§2.3', 'current-finance'],
  'third-party-payment': ['§2.1', 'payment-regulation', 'current-finance'],
  'online-financial-institution': ['§2.5', 'current-finance'],
  'p2p-lending': ['p2p-and-online-lending-status'],
};

/**
 * "能借多久": the active services made for this need (its purpose; any lending purpose when none is
 * known yet) that no suitability rule rules out for this firm, each with the term its facts say it
 * usually runs (services.ts, `fit.termMonths`), the owner's refusals left out.
 */
function loanTerms(profile: EnterpriseProfile, leaveOut: readonly ServiceId[]): Answer {
  const purpose = profile.purpose;
  const facts = conditionFacts(profile);
  const made = SERVICE_IDS.map((id) => SERVICES[id]).filter(
    (s) =>
      isActive(s.id) &&
      !leaveOut.includes(s.id) &&
      s.fit.termMonths !== undefined &&
      (purpose === undefined || s.fit.purposes.includes(purpose)) &&
      // Not one a rule rules out for what the owner said (supply-chain finance for a firm selling to no firm).
      !s.suitability.some((r) => (r.variant === undefined || r.variant === chooseVariant(s, profile)) && ruleStatus(facts, r) === 'fails'),
  );
  const terms = made.map((s) => ({ serviceId: s.id, termMonths: s.fit.termMonths }));
  const citations = [...new Set([...made.flatMap((s) => s.citations), ...ANSWERS['loan-term'].citations])];
  // Renewal without repaying first: for working capital (or no need said yet), to a firm it is open to (programmes.ts).
  const renewal = eligibility('renewal-without-repayment', profile) === 'yes' ? { renewal: true as const } : {};
  return { question: 'loan-term', terms, ...renewal, steps: [], citations };
}

/**
 * The answer to a question for this profile. `advised`: the conversation has given its advice, so
 * "which is best" and "where to apply" speak of its first pick. `service`: the one asked about.
 */
export function answer(
  question: QuestionId,
  profile: EnterpriseProfile,
  advised: boolean,
  service?: ServiceId,
  compared?: readonly ServiceId[],
  leaveOut: readonly ServiceId[] = [],
  today?: string,
): Answer {
  const fixed = ANSWERS[question];
  if (question === 'size-class') return { question, sizing: sizing(profile), steps: [], citations: fixed.citations };
  if (question === 'which-is-best' && compared !== undefined && compared.length > 1)
    return comparison(profile, advised, compared, leaveOut, today);
  if (question === 'does-it-fit' && service !== undefined) {
    const fit = fitFor(service, profile, advised, leaveOut, today);
    const fitting = fit.verdict === 'yes' || fit.verdict === 'second';
    const first = fitting ? nextSteps(fit.serviceId, profile, leaveOut).slice(0, 1) : [];
    // Online loans asked about ("网贷格划算"): whether one is worth it is its all-in annual rate.
    const steps: NextStepId[] = fit.onlineLoans ? [...first, 'compare-annual-rate'] : first;
    const citations = fit.onlineLoans
      ? [...new Set([...fitCitations(fit), 'p2p-and-online-lending-status' as const, 'current-finance' as const])]
      : fitCitations(fit);
    return { question, fit, steps, citations };
  }
  if (question === 'where-to-apply' && service !== undefined) return applyFor(service, profile, advised, leaveOut, today);
  if (question === 'loan-term') return loanTerms(profile, leaveOut);
  if (question === 'platform-legit') {
    const known = service !== undefined && PLATFORM_CITATIONS[service] !== undefined ? service : undefined;
    const citations = known ? [...new Set([...PLATFORM_CITATIONS[known]!, ...fixed.citations])] : fixed.citations;
    return { question, ...(known ? { platform: known } : {}), steps: offlineSteps(fixed.steps, leaveOut), citations };
  }
  // "需要哪样资料" after leasing was recommended: the papers of the service named, else of the first pick.
  if (question === 'what-to-bring') {
    const about = service ?? (advised ? recommend(profile, leaveOut, today).recommendations[0]?.serviceId : undefined);
    const documents = documentsFor(about, profile);
    // A start-up's papers are the programme's: where to apply for it, not lenders' rates compared.
    const asked = documents === 'startup' ? (['startup-guaranteed-loan'] as const) : fixed.steps;
    return {
      question,
      ...(documents ? { documents } : {}),
      steps: fitSteps(offlineSteps(asked, leaveOut), profile),
      citations: fixed.citations,
    };
  }
  const best = advised ? recommend(profile, leaveOut, today).recommendations[0] : undefined;
  if (best && (question === 'which-is-best' || question === 'where-to-apply')) {
    const steps = nextSteps(best.serviceId, profile, leaveOut).filter((s) => question === 'where-to-apply' || s !== 'check-licence');
    return { question, best, steps, citations: [...best.citations] };
  }
  // The steps this firm can take: a medium firm's or a large sum's loan at the branch, no programme it does not qualify for.
  const steps = (list: readonly NextStepId[]) => fitSteps(offlineSteps(list, leaveOut), profile);
  if (question === 'subsidies')
    return { question, support: supportFor(profile, today), steps: steps(fixed.steps), citations: fixed.citations };
  if (question === 'amount-size' || question === 'draw-all')
    return { question, size: amountSize(profile), steps: [], citations: fixed.citations };
  if (question === 'borrow-amount') return { question, size: amountSize(profile), steps: steps(fixed.steps), citations: fixed.citations };
  if (question === 'cannot-repay') {
    // Renewal without repaying first is open to small and micro firms (current-finance): not said to a larger firm.
    // The loan falling due may be one the firm already has, not the need it came with (a 经营贷 falling due
    // beside furniture wanted now): its size decides, not the new need's purpose.
    const { purpose: _need, ...firm } = profile;
    const renewal = eligibility('renewal-without-repayment', firm) !== 'no';
    const cannot = fixed.steps.filter((id) => renewal || id !== 'renewal-small-firms');
    return { question, loan: ownLoan(profile), steps: steps(cannot), citations: fixed.citations };
  }
  // A service firm owed money (round 35): its fees, said in a service's words.
  if (OWED_QUESTIONS.has(question) && !profile.onlineSales && servesFees(profile))
    return { question, fees: true, steps: steps(fixed.steps), citations: fixed.citations };
  // An online seller whose platform holds the takings: the online banks lend on those sales (§2.3).
  if (OWED_QUESTIONS.has(question) && profile.onlineSales)
    return {
      question,
      steps: steps(['online-banks', ...fixed.steps]),
      citations: [...new Set([...fixed.citations, '§2.3' as const])],
    };
  // A buyer owing the firm, asked where to apply before any advice: the receivable is what can be lent on,
  // through the receivables financing platform, after the settlement bank (§6; current-finance, "Platforms").
  if (question === 'where-to-apply' && profile.buyerOwes) {
    const [first, ...rest] = fixed.steps;
    return {
      question,
      steps: steps([...(first ? [first] : []), 'receivables-platform', ...rest]),
      citations: [...new Set([...fixed.citations, '§6' as const])],
    };
  }
  // Collateral asked of financial leasing (头一个要抵押不 with leasing first, 要抵押不 after its card): the lessor buys the asset and
  // owns it until the rent is paid (§6, the service's summary), so the asset is the security; what else the lessor asks, it says.
  if (question === 'collateral' && service === 'financial-leasing')
    return { question, asset: true, steps: steps(['leasing-company']), citations: ['§6', 'current-finance'] };
  // A loan beyond what a bank's app lends, or a medium firm's: secured or guaranteed as a rule.
  const large = question === 'collateral' && beyondAppLoans(profile) ? { large: true as const } : {};
  return { question, ...large, steps: steps(fixed.steps), citations: fixed.citations };
}

/** The firm's class under the 2011 standard, from what the owner has told (see SizeAnswer). */
function sizing(profile: EnterpriseProfile): SizeAnswer {
  const input = sizeInputOf(profile);
  if (input !== undefined) {
    const result = classifySize(input);
    if (result.decided) return { kind: 'decided', industry: result.industry, sizeClass: result.sizeClass, rule: result.rule };
    const below = result.missing.every((m) => m === 'assets') ? belowMediumBy(input) : undefined;
    if (below !== undefined) return { kind: 'small-or-micro', industry: result.industry, measure: below };
    if (profile.sizeClass === undefined || profile.sizeClassSource !== 'declared')
      return { kind: 'missing', industry: result.industry, missing: result.missing };
  }
  if (profile.sizeClass !== undefined && profile.sizeClassSource === 'declared') return { kind: 'declared', sizeClass: profile.sizeClass };
  const figures = [profile.employees, profile.annualRevenueCny, profile.totalAssetsCny].some((v) => v !== undefined);
  return figures ? { kind: 'no-industry' } : { kind: 'unknown' };
}

/** Trades paid fees for a service, not for goods (round 35): software and IT, telecoms, business services, property management. */
const FEE_TRADES: ReadonlySet<string> = new Set([
  'software-it',
  'information-transmission',
  'leasing-business-services',
  'property-management',
]);

/** The firm is paid fees for services: what it is owed is fees (round 35). */
function servesFees(profile: EnterpriseProfile): boolean {
  return profile.industry !== undefined && FEE_TRADES.has(profile.industry);
}

/** The owner's loan in yuan as given (a sum in another currency is not weighed against yuan revenue). */
function ownLoan(profile: EnterpriseProfile): { amountCny?: number; termMonths?: number } {
  const amountCny = profile.amount?.currency === 'CNY' ? profile.amount.value : undefined;
  return {
    ...(amountCny !== undefined && amountCny > 0 ? { amountCny } : {}),
    ...(profile.termMonths !== undefined ? { termMonths: profile.termMonths } : {}),
  };
}

/** The sum against a year's revenue and the revenue of the term (see AmountSize). */
export function amountSize(profile: EnterpriseProfile): AmountSize {
  const { amountCny, termMonths } = ownLoan(profile);
  const revenueCny = profile.annualRevenueCny !== undefined && profile.annualRevenueCny > 0 ? profile.annualRevenueCny : undefined;
  const size: AmountSize = {
    ...(amountCny !== undefined ? { amountCny } : {}),
    ...(revenueCny !== undefined ? { revenueCny } : {}),
    ...(termMonths !== undefined ? { termMonths } : {}),
    ...(profile.purpose === 'working-capital' ? { stock: true as const } : {}),
  };
  if (amountCny === undefined || revenueCny === undefined) return size;
  const share = amountCny / revenueCny;
  const band = share >= PRICE_BET_SHARE ? 'large' : share > STOCK_PRICE_SHARE ? 'sizeable' : 'modest';
  return {
    ...size,
    shareOfYearPct: Math.round(share * 100),
    ...(termMonths !== undefined && termMonths > 0 ? { revenueOverTermCny: roughly((revenueCny * termMonths) / 12) } : {}),
    band,
  };
}

/** A sum said roughly: to the 10,000 yuan from 100,000 up, else to the 1,000. */
function roughly(cny: number): number {
  const step = cny >= 100_000 ? 10_000 : 1_000;
  return Math.round(cny / step) * step;
}
