// Extractors for what a message asks rather than states: a direct question (a fraud check, which
// service is best, where to apply, what to bring, collateral, credit, a P2P debt, currency
// exchange, equity crowdfunding), the terms of a loan offer (offer.ts), and the words that narrow
// a broad purpose (renovating premises, starting a firm). Word lists in lexicon/{zh,en}/questions.ts.
// They only find mentions; refiners/direct-question.ts and refiners/refined-purpose.ts decide.

import type { QuestionId } from '../../knowledge/ids';
import { EN_ITEM_REFERENCE, EN_MEANING, EN_QUESTIONS, EN_REFINED_PURPOSES, EN_TERMS } from '../lexicon/en/questions';
import { ZH_ITEM_REFERENCE, ZH_MEANING, ZH_QUESTIONS, ZH_REFINED_PURPOSES, ZH_TERMS } from '../lexicon/zh/questions';
import { itemAskedOf } from '../choices';
import { typedAsWell } from '../lexicon/compile';
import { readOffer } from '../offer';
import { clausesOf, PUNCTUATION } from './clauses';
import { firstMatch } from './match';
import type { Extractor } from './extract';
import { type Mention, ofKind, type PurposeDetail, scopes } from './mention';

/** Questions about "which" and "how to apply" that, with an item named, ask about that item. */
const ABOUT_AN_ITEM: ReadonlySet<QuestionId> = new Set(['which-is-best', 'where-to-apply']);
/**
 * Whether the question is read though an item is named: where to apply, asked of the item named first ("the second one, do we have to
 * go in person?", 第二个 手机上能办不; round 61), is that item's question (run.ts's `pickBeforeQuestion` keeps its number, and
 * `itemDetailsAsked` keeps the details where they are asked too).
 */
function askedOfTheItem(id: QuestionId, text: string, namesItem: boolean): boolean {
  return !namesItem || !ABOUT_AN_ITEM.has(id) || (id === 'where-to-apply' && itemAskedOf(text) !== undefined);
}

/** Every question rule of both locales, in the precedence order of the Chinese list (fraud first). */
const ORDER: readonly QuestionId[] = ZH_QUESTIONS.map((q) => q.id);
/**
 * The questions' words read as owners type them, as every compiled list is (`spelledAsTyped`: 但保人 for 担保人, 低压 for
 * 抵押): a typo goes in variants.ts once.
 */
const QUESTION_RULES = [...ZH_QUESTIONS, ...EN_QUESTIONS]
  .map((rule) => ({ ...rule, re: typedAsWell(rule.re), rank: ORDER.indexOf(rule.id) }))
  .sort((a, b) => a.rank - b.rank);

/** Questions a message may only tell as its circumstance, a clause with no word of asking (没得东西抵押). */
const TOLD_AS_CLAUSE: ReadonlySet<QuestionId> = new Set(['collateral']);
/** Chinese words told: the lack said in a Chinese clause (an English one ends with its own question, "…, can we still borrow"). */
const HAN = /\p{Script=Han}/u;
/**
 * What asks of the lack itself rather than another thing: whether the firm can borrow at all (没得东西抵押 还借得到钱不: the lack
 * is the doubt), whether it will do.
 */
const NOT_ANOTHER_ASK: ReadonlySet<QuestionId> = new Set(['borrow-amount', 'does-it-fit']);
/** A word of asking inside a question's own words: 能, 格, 咋个, 吗, can. */
const ASKING = /能|可以|咋|怎|格|吗|么|嘛|不\s*$|[?？]|\bcan\b|\bhow\b/;

/** Another question asked in the words after a circumstance told, as a mention over those words. */
function laterQuestion(text: string, from: number, rank: number, namesItem: boolean): Mention | undefined {
  const rest = text.slice(from);
  for (const rule of QUESTION_RULES) {
    if (rule.rank === rank || NOT_ANOTHER_ASK.has(rule.id) || !askedOfTheItem(rule.id, text, namesItem)) continue;
    const m = rule.re.exec(rest);
    if (m === null) continue;
    const start = from + m.index;
    return { kind: 'question', value: rule.id, rank: rule.rank, start, end: start + m[0].length, rule: `question:${rule.id} "${m[0]}"` };
  }
  return undefined;
}

/** The first direct question the message asks, in precedence order, as one mention. */
export const directQuestions: Extractor = (state) => {
  const { text } = state;
  const namesItem = ZH_ITEM_REFERENCE.test(text) || EN_ITEM_REFERENCE.test(text);
  for (const rule of QUESTION_RULES) {
    if (!askedOfTheItem(rule.id, text, namesItem)) continue;
    const m = firstMatch(rule.re, text);
    if (m === null) continue;
    const end = m.index + m[0].length;
    // A lack told as its Chinese clause (没得东西抵押), then another question asked after it (去哪家银行贷): that question.
    if (TOLD_AS_CLAUSE.has(rule.id) && HAN.test(m[0]) && !ASKING.test(m[0])) {
      const after = laterQuestion(text, end, rule.rank, namesItem);
      if (after !== undefined) {
        state.mentions.push(after);
        return;
      }
    }
    state.mentions.push({ kind: 'question', value: rule.id, rank: rule.rank, start: m.index, end, rule: `question:${rule.id} "${m[0]}"` });
    return;
  }
};

/** The words asked about, read as owners type them (租凭 for 租赁): the variants apply, as in every compiled list. */
const TERM_RULES = [...ZH_TERMS, ...EN_TERMS].map(({ id, re }) => ({ id, re: typedAsWell(re) }));

/** Whether `words` are the word of the term `id` itself ("collateral" of mortgage), nothing more: direct-question.ts. */
export function isTermWord(id: string, words: string): boolean {
  const word = words.trim();
  return TERM_RULES.some((t) => t.id === id && t.re.exec(word)?.[0].length === word.length);
}

/** Where the word of the term `id` stands in `text` (出口保理: 保理), to tell the words that qualify it (question-scope.ts). */
export function termWordIn(id: string, text: string): { start: number; end: number } | undefined {
  for (const t of TERM_RULES) {
    const m = t.id === id ? t.re.exec(text) : null;
    if (m !== null) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** A meaning asked of what was just said: "what does that mean", "那是什么意思". */
const POINTING =
  /\b(?:what|whats|what's)\b[^,.;!?]{0,12}\b(?:that|this|it)\b|\b(?:that|this|it)\s+means?\b|[这那](?:个)?(?:是|叫)?(?:什么|啥|哪样)/;

/**
 * A term whose words run from the clause before into the asking one ("our loan ends in march, can we renew it": the loan is named
 * before the comma, its renewal asked after; round 41): the words must reach into the asking clause, so a term said only before
 * stays the pointing case's (POINTING).
 */
function reachingIn(
  text: string,
  previous: { start: number; text: string } | undefined,
  clause: { start: number; text: string },
): (typeof TERM_RULES)[number] | undefined {
  if (previous === undefined) return undefined;
  const joined = text.slice(previous.start, clause.start + clause.text.length);
  const into = clause.start - previous.start;
  return TERM_RULES.find((t) => {
    const m = t.re.exec(joined);
    return m !== null && m.index < into && m.index + m[0].length > into;
  });
}

/**
 * The word a message asks the meaning of ("租赁是哪样意思", "what does factoring mean"): one mention.
 * Asked of what was just said, the word is looked for in the clause before ("the bank wants a
 * guarantor, what does that mean"): a mention `pointed` back, which outranks a question there.
 */
export const terms: Extractor = (state) => {
  let before: { start: number; text: string } | undefined;
  // A question about a word is looked for in the clause that asks it.
  for (const clause of clausesOf(state.text, PUNCTUATION)) {
    const previous = before;
    before = clause;
    if (!ZH_MEANING.test(clause.text) && !EN_MEANING.test(clause.text)) continue;
    const end = clause.start + clause.text.length;
    const term = TERM_RULES.find((t) => t.re.test(clause.text)) ?? reachingIn(state.text, previous, clause);
    if (term !== undefined) {
      // "要找担保公司 那是什么意思": the word said first, then its meaning asked of it.
      const asked = POINTING.exec(clause.text);
      const said = term.re.exec(clause.text);
      const pointed = asked !== null && said !== null && said.index < asked.index ? { pointed: true as const } : {};
      state.mentions.push({ kind: 'term', value: term.id, start: clause.start, end, ...pointed, rule: `term:${term.id} "${clause.text}"` });
      return;
    }
    const said = previous !== undefined && POINTING.test(clause.text) ? TERM_RULES.find((t) => t.re.test(previous.text)) : undefined;
    if (said === undefined || previous === undefined) continue;
    const text = state.text.slice(previous.start, end);
    state.mentions.push({ kind: 'term', value: said.id, start: previous.start, end, pointed: true, rule: `term:${said.id} "${text}"` });
    return;
  }
};

/** The terms of a loan offer, read over the quantities already found: a mention of the whole message. */
export const offers: Extractor = (state) => {
  const terms = readOffer(
    state.text,
    ofKind(state, 'quantity').map((m) => m.value),
    scopes(state, 'lender').length > 0,
  );
  if (terms === undefined) return;
  state.mentions.push({
    kind: 'offer',
    value: terms,
    start: 0,
    end: state.text.length,
    rule: `offer: ${Object.keys(terms).join(', ')}`,
  });
};

const DETAILS: ReadonlyArray<[PurposeDetail, readonly RegExp[]]> = [
  ['startup', [ZH_REFINED_PURPOSES.startup, EN_REFINED_PURPOSES.startup]],
  ['renovation', [ZH_REFINED_PURPOSES.renovation, EN_REFINED_PURPOSES.renovation]],
];

/** Each list read over the whole text (every place it speaks, not the first only). */
const EVERY_DETAIL: ReadonlyArray<[PurposeDetail, readonly RegExp[]]> = DETAILS.map(([detail, res]) => [
  detail,
  res.map((re) => new RegExp(re.source, `${re.flags.replace('g', '')}g`)),
]);

/**
 * Words that narrow a purpose: "启动资金", "just opened" (startup); "装修", "renovate" (renovation). Every place a list reads, so
 * that one inside a question (is there a graduate startup loan?) leaves the plan told after it (i want to open a bakery; round 37,
 * fix37a, convention 276) to speak.
 */
export const purposeDetails: Extractor = (state) => {
  for (const [detail, res] of EVERY_DETAIL) {
    for (const re of res) {
      const found = [...state.text.matchAll(re)].filter((m) => m[0].length > 0);
      for (const m of found) {
        state.mentions.push({
          kind: 'purpose-detail',
          value: detail,
          start: m.index,
          end: m.index + m[0].length,
          rule: `purpose-detail:${detail} "${m[0]}"`,
        });
      }
      if (found.length > 0) break;
    }
  }
};
