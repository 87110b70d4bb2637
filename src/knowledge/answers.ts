// Direct answers to direct questions: a fraud check, which service is best, where to apply and
// what to bring, collateral, a poor credit record, a P2P debt, currency exchange, equity
// crowdfunding. Each answer says the point first, in one or two sentences, then what to do
// (next steps). Facts from ../shared/reference/current-finance.md; wording under
// `answers.<id>` in locales/<lng>/knowledge.json. A question never changes the profile.

import type { Citation } from './citations';
import type { QuestionId } from './ids';
import { nextSteps, type NextStepId } from './next-steps';
import type { EnterpriseProfile } from './profile';
import { recommend, type Recommendation } from './recommend';

export interface Answer {
  question: QuestionId;
  /** For "which is best": the one pick, with its reasons (absent before the profile is complete). */
  best?: Recommendation;
  /** What to do next, in order. */
  steps: NextStepId[];
  citations: readonly Citation[];
}

const FRAUD: readonly Citation[] = ['current-finance'];

/** The fixed part of each answer: its sources and the steps that go with it. */
const ANSWERS: Readonly<Record<QuestionId, { citations: readonly Citation[]; steps: readonly NextStepId[] }>> = {
  'fraud-advance-fee': { citations: FRAUD, steps: ['settlement-bank', 'check-licence'] },
  'fraud-guaranteed-returns': { citations: [...FRAUD, '§3.1', 'p2p-and-online-lending-status'], steps: ['licensed-wealth'] },
  'fraud-personal-account': { citations: FRAUD, steps: ['check-licence'] },
  'fraud-fake-app': { citations: [...FRAUD, '§3.2'], steps: ['settlement-bank', 'check-licence'] },
  'fraud-p2p-style': { citations: ['p2p-and-online-lending-status', 'current-finance'], steps: ['check-licence'] },
  'which-is-best': { citations: [], steps: [] },
  'where-to-apply': {
    citations: ['current-finance'],
    steps: ['settlement-bank', 'online-banks', 'credit-platforms', 'startup-guaranteed-loan'],
  },
  'what-to-bring': { citations: ['current-finance'], steps: ['bring-documents', 'compare-annual-rate'] },
  collateral: { citations: ['§2.3', 'current-finance'], steps: ['online-banks', 'credit-platforms'] },
  'credit-record': { citations: ['current-finance'], steps: ['credit-platforms'] },
  'p2p-debt': { citations: ['p2p-and-online-lending-status', 'current-finance'], steps: [] },
  'currency-exchange': { citations: ['§2.5', 'current-finance'], steps: ['bank-cross-border'] },
  'money-changer': { citations: ['current-finance'], steps: ['bank-cross-border'] },
  'equity-crowdfunding': { citations: ['§2.4', 'current-finance'], steps: ['reward-presale', 'equity-investors'] },
};

/**
 * The answer to a question for this profile. `advised`: the conversation has given its advice, so
 * "which is best" and "where to apply" speak of its first pick.
 */
export function answer(question: QuestionId, profile: EnterpriseProfile, advised: boolean): Answer {
  const fixed = ANSWERS[question];
  const best = advised ? recommend(profile).recommendations[0] : undefined;
  if (best && (question === 'which-is-best' || question === 'where-to-apply')) {
    const steps = nextSteps(best.serviceId, profile).filter((s) => question === 'where-to-apply' || s !== 'check-licence');
    return { question, best, steps, citations: [...best.citations] };
  }
  return { question, steps: [...fixed.steps], citations: fixed.citations };
}
