// The shapes of the NLU's word lists (lexicon/zh, lexicon/en). A word is a pattern fragment on
// normalize()d text: lowercase, Simplified, NFKC. Most are plain words; a few carry a lookaround
// saying what may not stand before or after them.

import type { IndustryId, PurposeId, ServiceId, SizeClass } from '../../knowledge/ids';
import type { Locale } from '../../locale';
import type { Command, SpokenFor } from '../types';

export type Words = readonly string[];

/**
 * `price`: a unit price ("每袋卖60元", "each bag sells for 60 yuan"); `other`: a sum that is none
 * of ours (profit, rent, costs, registered capital). Both are left out of the profile.
 */
export type MoneySlot = 'revenue' | 'assets' | 'amount' | 'price' | 'other';

/** The highest priority found wins; see industries.ts for the scale. */
export interface IndustryWords {
  id: IndustryId;
  priority: number;
  words: Words;
  /** What may not stand right before the words (a lookbehind): "给" in "给医院供货". */
  notBefore?: Words;
  /** What may not stand right after them (a lookahead). */
  notAfter?: Words;
}
/** The person a relative's business belongs to, by the word that names them (the first that matches wins). */
export interface SpokenForWords {
  id: SpokenFor;
  words: Words;
}
export interface ServiceWords {
  id: ServiceId;
  words: Words;
}
export interface PurposeWords {
  id: PurposeId;
  words: Words;
}
export interface SizeWords {
  id: SizeClass;
  words: Words;
}
export interface MoneyCueWords {
  slot: MoneySlot;
  words: Words;
}
/**
 * `anywhere` matches inside a longer message; `whole` only when, its words and polite fillers
 * removed, nothing is left; `withService` only when the message also names a service.
 */
export interface CommandWords {
  command: Command;
  anywhere?: Words;
  whole?: Words;
  withService?: Words;
}
export interface LanguageWords {
  locale: Locale;
  anywhere: Words;
  whole: Words;
}

/**
 * Marks: words that say what a figure next to them is, read by where they stand (pipeline/
 * figures.ts): a period that annualizes a revenue (per-year after a sum; per-month, per-day in its
 * clause), an article that makes a duration a rate ("a year"), a head-count label, "fewer than", a
 * total, a count of customers (not staff), people still to hire, the count one has now beside
 * them, a count said to be inside another ("counting the two drivers", 包括两个司机), a count added to another (加上两个兼职, "plus 2 part-timers"), "not enough" (the next sum is the figure), a denial, a
 * loan term's words, the firm's age, a rate ("一年营业额", "a year in sales"), when a buyer pays,
 * what is left of a lease ("合同还有五年").
 */
export const FIGURE_MARKS = [
  'per-year',
  'per-month',
  'per-week',
  'per-day',
  'per-half-year',
  'per-quarter',
  'per',
  'people-label',
  'strictly-below',
  'total',
  'not-staff',
  'to-hire',
  'staff-now',
  'included',
  'added',
  'not-enough',
  'denied',
  'term-before',
  'term-after',
  'age-before',
  'age-after',
  'rate-before',
  'rate-after',
  'paid-before',
  'paid-after',
  'lease-before',
  'required-before',
  'required-after',
  'granted',
  'too-little',
] as const;
export type FigureMark = (typeof FIGURE_MARKS)[number];
export interface MarkWords {
  mark: FigureMark;
  words: Words;
}
/** Filler words that may stand between a mark and its number, by kind of mark. */
export interface FigureGaps {
  duration: Words;
  people: Words;
  approximately: Words;
  total: Words;
  possessive: Words;
}
