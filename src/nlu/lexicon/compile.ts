// The one helper that turns word lists into matchers: the lists of every locale are joined into
// one alternation (Chinese first, then English), each word with the misspellings and homophones
// owners type (variants), optionally inside a frame that says where the words must stand ("at
// the end of the text before a number", "right after it"). Compiled once, at module load.

import type { Words } from './types';
import { variants as enVariants } from './en/variants';
import { variants as zhVariants } from './zh/variants';

/** The right spellings, longest first (where two start at one place the longer is read), with their variants. */
const VARIANTS: ReadonlyArray<[string, readonly string[]]> = [...Object.entries(zhVariants), ...Object.entries(enVariants)].sort(
  (a, b) => b[0].length - a[0].length,
);

/** The escape sequence at i (a backslash): \b, \xHH, \uHHHH, \u{…}, \p{…}, \k<…>, \cX. */
const ESCAPE = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|x[\da-fA-F]{2}|u[\da-fA-F]{4}|c[a-zA-Z]|[\s\S])/;

/** The quantifier at i, lazy mark included ("?", "*?", "{2,3}"), or ''. */
function quantifierAt(pattern: string, i: number): string {
  const q = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(pattern.slice(i));
  return q?.[0] ?? '';
}

/**
 * A right spelling found at i, as a group of it and its variants ("周转" → "(?:周转|周专|…)"). A
 * quantifier after it applies to its last character ("logistics?"): that character stays after the
 * group with its quantifier, for the variants that end with it too; the others stand beside the
 * whole ("(?:logistics?|logistic|logistik)").
 */
function spellings(right: string, wrong: readonly string[], quantifier: string): string {
  if (quantifier === '') return `(?:${[right, ...wrong].join('|')})`;
  const last = right.slice(-1);
  const stem = right.slice(0, -1);
  const stems = wrong.filter((w) => w.endsWith(last)).map((w) => w.slice(0, -1));
  const others = wrong.filter((w) => !w.endsWith(last));
  const quantified = `${stems.length === 0 ? stem : `(?:${[stem, ...stems].join('|')})`}${last}${quantifier}`;
  return others.length === 0 ? quantified : `(?:${[quantified, ...others].join('|')})`;
}

/**
 * A word (a pattern), each right spelling in it standing for itself and the spellings owners also
 * type (zh/variants.ts, en/variants.ts). Guards are left as written: no spelling is read inside a
 * negative lookaround (?!…), (?<!…), a character class […], an escape sequence or a group's name.
 * A positive lookaround (?=…), (?<=…) is part of what must be read: "sell to resturants" is said
 * of customers as "sell to restaurants" is.
 */
export function spelledAsTyped(pattern: string): string {
  let out = '';
  let inClass = false;
  /** For each open group: whether it is a guard, a negative lookaround (?!…), (?<!…). */
  const groups: boolean[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    let length = 1;
    if (ch === '\\') length = ESCAPE.exec(pattern.slice(i))?.[0].length ?? 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      const head = /^\((?:\?<?[=!]|\?<[^>]*>|\?:)?/.exec(pattern.slice(i))?.[0] ?? '(';
      groups.push(head.endsWith('!'));
      length = head.length;
    } else if (ch === ')') groups.pop();
    else if (!groups.includes(true)) {
      const found = VARIANTS.find(([right]) => pattern.startsWith(right, i));
      if (found !== undefined) {
        const [right, wrong] = found;
        const quantifier = quantifierAt(pattern, i + right.length);
        out += spellings(right, wrong, quantifier);
        i += right.length + quantifier.length;
        continue;
      }
    }
    out += pattern.slice(i, i + length);
    i += length;
  }
  return out;
}

/** A hand-written rule (questions.ts) read as owners type its words, as every compiled list is (`spelledAsTyped`). */
export function typedAsWell(re: RegExp): RegExp {
  return new RegExp(spelledAsTyped(re.source), re.flags);
}

/** Each word with the spellings owners also type inside it. */
export function withVariants(words: Words): string[] {
  return words.map(spelledAsTyped);
}

/** Matches nothing: a rule with no words in any locale. */
const NEVER = '(?!)';

export interface Frame {
  /** Pattern text before the alternation, ending with an opened group "(?:". */
  before: string;
  /** Pattern text after it, starting with the group's ")". */
  after: string;
}

/** Whether a pattern has a "|" outside its groups and classes (then it cannot be grouped with others). */
export function hasTopLevelBar(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The words as one alternation, in their order. A run of words that all start at a word boundary
 * is written \b(?:…) with the boundary before the group: the same matches, but the engine tests the
 * boundary once per position instead of once per word (three times faster on long English lists).
 */
export function alternation(lists: readonly Words[]): string {
  const words = lists.flatMap(withVariants);
  if (words.length === 0) return NEVER;
  const parts: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) parts.push(String.raw`\b(?:${run.join('|')})`);
    else parts.push(...run);
    run = [];
  };
  for (const w of words) {
    if (w.startsWith(String.raw`\b`) && !hasTopLevelBar(w)) run.push(w);
    else {
      flush();
      parts.push(w);
    }
  }
  flush();
  return parts.join('|');
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
