// Which direct question a message asks: a fraud check (an advance fee, guaranteed high returns, a
// transfer to a personal account, a fake loan app, a P2P-style product), which service is best,
// where to apply, what to bring, collateral, a poor credit record, a P2P debt, currency exchange
// or a private money changer, equity crowdfunding, whether a named service fits the firm; and what
// a word means (a term, knowledge/terms.ts). Word lists per locale in lexicon/{zh,en}/questions.ts. A question (or an offer, offer.ts) is the whole of what the message says: it sets
// no profile field ("有人说先交8000块手续费就能放款50万" does not make the amount 50万).

import type { QuestionId } from '../knowledge/ids';
import type { TermId } from '../knowledge/terms';
import { EN_ITEM_REFERENCE, EN_MEANING, EN_QUESTIONS, EN_TERMS } from './lexicon/en/questions';
import { ZH_ITEM_REFERENCE, ZH_MEANING, ZH_QUESTIONS, ZH_TERMS } from './lexicon/zh/questions';
import { normalize } from './normalize';
import { readOffer } from './offer';
import type { Understanding } from './types';

export type { QuestionId } from '../knowledge/ids';

/** Questions about "which" and "how to apply" that, with an item named, ask about that item. */
const ABOUT_AN_ITEM: ReadonlySet<QuestionId> = new Set(['which-is-best', 'where-to-apply']);

/** The question a normalized message asks, in precedence order (fraud first), if any. */
export function detectQuestion(text: string): QuestionId | undefined {
  const namesItem = ZH_ITEM_REFERENCE.test(text) || EN_ITEM_REFERENCE.test(text);
  for (const rule of [...ZH_QUESTIONS, ...EN_QUESTIONS].sort((a, b) => rank(a.id) - rank(b.id))) {
    if (namesItem && ABOUT_AN_ITEM.has(rule.id)) continue;
    if (rule.re.test(text)) return rule.id;
  }
  return undefined;
}

const CLAUSE = /[,.;!?，。；！？\n]+/;

/** The word a message asks the meaning of ("租赁是哪样意思"), looked for in the clause that asks. */
export function detectTerm(text: string): TermId | undefined {
  for (const clause of text.split(CLAUSE)) {
    if (!ZH_MEANING.test(clause) && !EN_MEANING.test(clause)) continue;
    const term = [...ZH_TERMS, ...EN_TERMS].find((t) => t.re.test(clause));
    if (term) return term.id;
  }
  return undefined;
}

const ORDER: readonly QuestionId[] = ZH_QUESTIONS.map((q) => q.id);
function rank(id: QuestionId): number {
  return ORDER.indexOf(id);
}

/** What a message can tell of the profile: a question or an offer tells none of it. */
const PROFILE_FIELDS = [
  'industry',
  'industryWeak',
  'industryAlso',
  'correcting',
  'tradeOrPurpose',
  'replacing',
  'employees',
  'annualRevenueCny',
  'totalAssetsCny',
  'declaredSize',
  'purpose',
  'amount',
  'money',
  'deniedMoney',
  'termMonths',
  'crossBorder',
  'onlineSales',
] as const satisfies ReadonlyArray<keyof Understanding>;

/**
 * The NLU's hook: when the message asks a direct question or states an offer, it says that and
 * nothing of the profile (its language, commands and a named service stay); whether a service fits
 * is a question only when one is named. A question about a word adds the term and keeps what the
 * rest of the message says ("我们开客栈的，租赁是哪样意思"); otherwise `u` as is.
 */
export function withDirectQuestion(raw: string, u: Understanding): Understanding {
  const text = normalize(typeof raw === 'string' ? raw : '');
  const asked = detectQuestion(text);
  const question = asked === 'does-it-fit' && u.service === undefined ? undefined : asked;
  const offer = question === undefined ? readOffer(text) : undefined;
  if (question === undefined && offer === undefined) {
    const term = detectTerm(text);
    return term === undefined ? u : { ...u, term };
  }
  const out: Understanding = { ...u };
  for (const field of PROFILE_FIELDS) delete out[field];
  if (question !== undefined) out.question = question;
  if (offer !== undefined) out.offer = offer;
  return out;
}
