// The one helper that turns word lists into matchers: the lists of every locale are joined into
// one alternation (Chinese first, then English), each word with the misspellings and homophones
// owners type (variants), optionally inside a frame that says where the words must stand ("at
// the end of the text before a number", "right after it"). Compiled once, at module load.

import type { Words } from './types';
import { variants as enVariants } from './en/variants';
import { variants as zhVariants } from './zh/variants';

const VARIANTS: ReadonlyArray<[string, readonly string[]]> = [...Object.entries(zhVariants), ...Object.entries(enVariants)];

/** Each word, then the same word spelled as owners also type it (zh/variants.ts, en/variants.ts). */
export function withVariants(words: Words): string[] {
  const out = [...words];
  for (const word of words) {
    for (const [right, wrong] of VARIANTS) {
      if (word.includes(right)) for (const spelling of wrong) out.push(word.split(right).join(spelling));
    }
  }
  return out;
}

/** Matches nothing: a rule with no words in any locale. */
const NEVER = '(?!)';

export interface Frame {
  /** Pattern text before the alternation, ending with an opened group "(?:". */
  before: string;
  /** Pattern text after it, starting with the group's ")". */
  after: string;
}

export function alternation(lists: readonly Words[]): string {
  const words = lists.flatMap(withVariants);
  return words.length === 0 ? NEVER : words.join('|');
}

export function compile(lists: readonly Words[], flags = '', frame?: Frame): RegExp {
  const body = alternation(lists);
  return new RegExp(frame === undefined ? body : `${frame.before}${body}${frame.after}`, flags);
}

/**
 * Rules kept per locale in the same order (every locale lists every rule, maybe with no words):
 * the words of rule i in every locale, for one matcher. A list out of step is a developer's
 * error, reported at module load.
 */
export function sameRule<R>(locales: readonly (readonly R[])[], i: number, key: (r: R) => string): R[] {
  const rules = locales.map((l) => l[i]);
  const first = rules[0];
  if (first === undefined || rules.some((r) => r === undefined || key(r) !== key(first))) {
    throw new Error(`lexicon: rule ${i} differs between locales`);
  }
  return rules as R[];
}
