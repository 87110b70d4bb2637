// Extractors: each turns the message into mentions of one kind, with the rule that found them,
// and decides nothing else. Which mention counts is for the refiners; what they add up to is for
// the assembler.

import {
  ALSO_CLAUSE,
  BORROW_WISH,
  BOUGHT_THINGS,
  CORRECTION_CUE,
  CROSS_BORDER_NEGATIVE,
  CROSS_BORDER_POSITIVE,
  CUSTOMERS_SUPPLIED,
  INDUSTRY_DENIAL,
  INDUSTRY_RULES,
  MONEY_CUES,
  ONLINE_SALES_NEGATIVE,
  ONLINE_SALES_POSITIVE,
  PURPOSE_RULES,
  RENOVATION_TRADE,
  REPLACE_CUE,
  SERVICE_RULES,
  SIZE_IGNORE,
  SIZE_RULES,
} from '../lexicon/index';
import { findQuantities } from '../numbers';
import { allMatches } from './match';
import type { FlagName, Mention, ScopeKind, State } from './mention';

export type Extractor = (state: State) => void;

/** Services: the first of overlapping names wins, the longer at the same place. */
export const services: Extractor = (state) => {
  const found: Mention[] = [];
  for (const rule of SERVICE_RULES) {
    for (const m of allMatches(rule.re, state.text)) {
      found.push({ kind: 'service', value: rule.id, start: m.start, end: m.end, rule: `service:${rule.id} "${m.text}"` });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const m of found) {
    if (m.start >= lastEnd) {
      state.mentions.push(m);
      lastEnd = m.end;
    }
  }
};

export const industries: Extractor = (state) => {
  for (const rule of INDUSTRY_RULES) {
    for (const m of allMatches(rule.re, state.text)) {
      state.mentions.push({
        kind: 'industry',
        value: rule.id,
        priority: rule.priority,
        start: m.start,
        end: m.end,
        rule: `industry:${rule.id}@${rule.priority} "${m.text}"`,
      });
    }
  }
};

export const purposes: Extractor = (state) => {
  PURPOSE_RULES.forEach((rule, rank) => {
    for (const m of allMatches(rule.re, state.text)) {
      state.mentions.push({ kind: 'purpose', value: rule.id, rank, start: m.start, end: m.end, rule: `purpose:${rule.id} "${m.text}"` });
    }
  });
};

export const sizes: Extractor = (state) => {
  SIZE_RULES.forEach((rule, rank) => {
    for (const m of allMatches(rule.re, state.text)) {
      state.mentions.push({ kind: 'size', value: rule.id, rank, start: m.start, end: m.end, rule: `size:${rule.id} "${m.text}"` });
    }
  });
};

const FLAGS: ReadonlyArray<[FlagName, RegExp]> = [
  ['cross-border', CROSS_BORDER_POSITIVE],
  ['online-sales', ONLINE_SALES_POSITIVE],
  ['correcting', CORRECTION_CUE],
  ['replacing', REPLACE_CUE],
  ['borrow-wish', BORROW_WISH],
];
export const flags: Extractor = (state) => {
  for (const [name, re] of FLAGS) {
    for (const m of allMatches(re, state.text)) {
      state.mentions.push({ kind: 'flag', value: name, start: m.start, end: m.end, rule: `flag:${name} "${m.text}"` });
    }
  }
};

const SCOPES: ReadonlyArray<[ScopeKind, RegExp]> = [
  ['denial', INDUSTRY_DENIAL],
  ['bought', BOUGHT_THINGS],
  ['customers', CUSTOMERS_SUPPLIED],
  ['side-line', ALSO_CLAUSE],
  ['market-denial', CROSS_BORDER_NEGATIVE],
  ['online-denial', ONLINE_SALES_NEGATIVE],
  ['renovation-trade', RENOVATION_TRADE],
  ['size-ignore', SIZE_IGNORE],
];
export const scopeWords: Extractor = (state) => {
  for (const [kind, re] of SCOPES) {
    for (const m of allMatches(re, state.text)) {
      state.mentions.push({ kind: 'scope', value: kind, start: m.start, end: m.end, rule: `scope:${kind} "${m.text}"` });
    }
  }
};

/** The words around a number that say what it is (营业额, 借, profit...). */
export const cues: Extractor = (state) => {
  for (const { slot, re } of MONEY_CUES) {
    for (const m of allMatches(re, state.text)) {
      state.mentions.push({ kind: 'cue', value: slot, start: m.start, end: m.end, rule: `cue:${slot} "${m.text}"` });
    }
  }
};

/** Money, head counts, durations and bare numbers, from the number grammar (numbers.ts). */
export const quantities: Extractor = (state) => {
  for (const q of findQuantities(state.text)) {
    state.mentions.push({ kind: 'quantity', value: q, start: q.start, end: q.end, rule: `number:${q.kind} "${state.text.slice(q.start, q.end)}"` });
  }
};

export const EXTRACTORS: ReadonlyArray<[string, Extractor]> = [
  ['services', services],
  ['quantities', quantities],
  ['cues', cues],
  ['industries', industries],
  ['purposes', purposes],
  ['sizes', sizes],
  ['flags', flags],
  ['scopes', scopeWords],
];
