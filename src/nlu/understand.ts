// The NLU's entry point: one message in, everything it says out, as an `Understanding`. Pure and
// total: no I/O, no state between calls, never throws, every number finite and >= 0. A message
// that is only a menu choice or a yes/no is read as that; any other goes through the pipeline
// (pipeline/run.ts: extractors, refiners, assembler).

import { readChoice, readYesNo } from './choices';
import { chineseReadInEnglish, englishReadInChinese, platformNumberRead } from './code-switch';
import { normalize, scriptLanguage } from './normalize';
import { MAX_VALUE } from './numerals';
import type { Rules } from './pipeline/assemble';
import { runPipeline, type Trace } from './pipeline/run';
import type { Understanding } from './types';

/**
 * The text the pipeline reads: normalize()d, a platform named by its number read as its name, Chinese words
 * among English read as English and English words among Chinese read as Chinese (code-switch.ts); and the
 * language of the text as typed (its script's), and the text as typed (normalize()d only).
 */
function readable(raw: unknown): { text: string; typed: string; language: Understanding['language'] } {
  const typed = normalize(typeof raw === 'string' ? raw : '');
  return { text: englishReadInChinese(chineseReadInEnglish(platformNumberRead(typed))), typed, language: scriptLanguage(typed) };
}

function analyse({ text, typed, language }: ReturnType<typeof readable>, rules: Rules, trace?: Trace): Understanding {
  const understanding: Understanding = { language };
  if (text === '') return understanding;

  const choice = readChoice(text);
  if (choice !== undefined) {
    understanding.number = choice.number;
    rules.number = 'choice: the whole message is a number';
    if (choice.details) understanding.command = 'details';
    return understanding;
  }
  // A yes or a no said in English among Chinese words (算了 not now, 好的 go ahead) is read as typed too: the code-switch
  // table reads English for the facts' lists (出口 but not now: a market denied), not for the answer words.
  const yesNo = readYesNo(text) ?? (typed === text ? undefined : readYesNo(typed));
  if (yesNo !== undefined) {
    understanding.yesNo = yesNo;
    rules.yesNo = `answer:${yesNo}`;
    return understanding;
  }
  runPipeline(text, understanding, rules, trace);
  return understanding;
}

function saneNumber(n: number | undefined): boolean {
  return n === undefined || (Number.isFinite(n) && n >= 0 && n <= MAX_VALUE);
}

/** Last line of defence for the "every number finite and >= 0" promise. */
function sanitize(u: Understanding): Understanding {
  for (const key of ['employees', 'annualRevenueCny', 'totalAssetsCny', 'termMonths', 'number'] as const) {
    if (!saneNumber(u[key])) delete u[key];
  }
  for (const key of ['amount', 'money', 'deniedMoney'] as const) {
    if (u[key] !== undefined && !saneNumber(u[key]?.value)) delete u[key];
  }
  return u;
}

export interface UnderstandOptions {
  /** Add `rules`: for each field, the rule that produced it. */
  explain?: boolean;
}

/**
 * Everything one message says: its language, the enterprise's slots, a purpose, a service, a
 * command, a menu choice or a yes/no. Never throws; on input it cannot read it returns only the
 * language (or null).
 */
export function understand(text: string, options?: UnderstandOptions): Understanding {
  try {
    const rules: Rules = {};
    const u = sanitize(analyse(readable(text), rules));
    if (options?.explain) u.rules = keepSet(u, rules);
    return u;
  } catch {
    return { language: null };
  }
}

function keepSet(u: Understanding, rules: Rules): Rules {
  const out: Rules = {};
  for (const [field, rule] of Object.entries(rules) as [keyof Rules, string][]) {
    if (u[field] !== undefined) out[field] = rule;
  }
  return out;
}

export interface Explanation {
  text: string;
  mentions: string[];
  decisions: Trace['decisions'];
  understanding: Understanding;
}

/** For `npm run nlu`: the normalized text, every mention, each refiner's decision, the result. */
export function explain(raw: string): Explanation {
  const read = readable(raw);
  const { text } = read;
  const trace: Trace = { mentions: [], decisions: [] };
  const rules: Rules = {};
  const u = sanitize(analyse(read, rules, trace));
  u.rules = keepSet(u, rules);
  return { text, mentions: trace.mentions, decisions: trace.decisions, understanding: u };
}
