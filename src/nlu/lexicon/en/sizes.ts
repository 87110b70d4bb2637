// English word lists. Declared size classes, in order; sizeIgnore: words that name no class (中小企业) or deny one.

import type { SizeWords, Words } from '../types';

/** Who a size question is about: "are we", "is my firm". */
const askedAboutUs: Words = ['are we', 'am i', String.raw`is (?:it|that|this|my (?:firm|company|business))`];
/** A size class named, with the noun it qualifies: "small business", "medium-sized". */
const sizeClassWord = String.raw`(?:micro|small|medium|mid|large|big)[\w-]*(?: (?:business|company|firm|enterprise))?`;

export const sizeIgnore: Words = [
  String.raw`\bsmes?\b`,
  'small and medium',
  String.raw`\bnot (?:a |an )?(?:micro|small|medium|mid|large|big)[\w-]*(?: (?:business|company|firm|enterprise))?`,
  // A class asked about is none declared: "are we a small business?", "is it medium sized".
  String.raw`\b(?:${askedAboutUs.join('|')})(?: still| considered| counted as)? (?:a |an )?${sizeClassWord}`,
  // A class in general, what something is for or like ("how risky is p2p lending for a small firm", "good for small businesses",
  // "loans for micro enterprises"; round 33): no firm's own class.
  String.raw`\b(?:for|to|like|of) (?:a |an |any |other |most )?(?:micro|small|medium|mid|large|big)[\w-]*(?: (?:business|company|firm|enterprise|shop|trader)s?|(?:businesses|companies|firms|enterprises))\b`,
];

export const sizeRules: readonly SizeWords[] = [
  { id: 'small', words: [String.raw`\bsmall (?:and|&) micro\b`, String.raw`\bmicro (?:and|&) small\b`] },
  {
    id: 'micro',
    words: [
      String.raw`\bmicro[- ]?(?:business(?:es)?|enterprises?|compan(?:y|ies)|firms?|sized?)\b`,
      // ...before a Chinese noun in mixed words (micro 企业, micro 公司).
      String.raw`\bmicro\s?(?:企业|公司)`,
      String.raw`\bsole (?:proprietor\w*|trader)\b`,
      String.raw`\bself[- ]employed\b`,
      String.raw`\bindividual (?:business|proprietor\w*)\b`,
    ],
  },
  {
    id: 'medium',
    words: [
      String.raw`\bmedium[- ]?(?:sized?|business(?:es)?|enterprises?|compan(?:y|ies)|firms?)\b`,
      String.raw`\bmid[- ]?sized?\b`,
      String.raw`\bmedium\s?(?:企业|公司)`,
    ],
  },
  {
    id: 'small',
    words: [String.raw`\bsmall[- ]?(?:business(?:es)?|compan(?:y|ies)|firms?|enterprises?|sized)\b`, String.raw`\bsmall\s?企业`],
  },
  {
    id: 'large',
    words: [
      String.raw`\blarge[- ]?(?:business(?:es)?|compan(?:y|ies)|firms?|enterprises?|sized)\b`,
      String.raw`\bbig (?:business|company|firm|enterprise)\b`,
    ],
  },
];
