// The NLU corpus: every message in test/nlu/corpus/{zh,en,mixed}/<behaviour>.json with the WHOLE
// Understanding a careful reader gets from it, compared exactly, so a field set that the message
// does not give fails as surely as a field missed. One table-driven runner for all files; the
// cases are data (see test/nlu/corpus/README.md for the format and how to add one).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, understand, type Understanding } from '../../src/nlu';

const ROOT = join(import.meta.dirname, 'corpus');
const LANGUAGES = ['zh', 'en', 'mixed'] as const;

/**
 * Keys that explain a reading (which rule produced each value) rather than say what was read.
 * They are left out of the comparison, so the corpus holds whatever the explanation looks like.
 */
const TRACE_KEYS = ['rules', 'trace'] as const;

/** Every key an expected Understanding may list: a misspelt key would otherwise pass as absent. */
const UNDERSTANDING_KEYS: readonly (keyof Understanding)[] = [
  'language',
  'industry',
  'industryWeak',
  'industryAlso',
  'correcting',
  'tradeOrPurpose',
  'replacing',
  'hypothetical',
  'about',
  'monthlyAsked',
  'moneyBackAsked',
  'notSentYet',
  'termUntil',
  'whoToCallAsked',
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
  'buyerOwes',
  'number',
  'yesNo',
  'command',
  'targetLocale',
  'service',
  'question',
  'compared',
  'items',
  'term',
  'offer',
];

interface Case {
  text: string;
  expected: Understanding;
  /** A known limitation: the case states the right reading, and today's code does not give it. */
  fails?: string;
  note?: string;
}

interface CorpusFile {
  /** "zh/money.json" */
  name: string;
  /** The parse error, when the file is not a JSON array. */
  error?: string;
  cases: unknown[];
}

function readCorpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const language of LANGUAGES) {
    const dir = join(ROOT, language);
    for (const entry of readdirSync(dir).sort()) {
      if (!entry.endsWith('.json')) continue;
      const path = join(dir, entry);
      const name = relative(ROOT, path);
      try {
        const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
        files.push(Array.isArray(parsed) ? { name, cases: parsed } : { name, error: 'not an array', cases: [] });
      } catch (error) {
        files.push({ name, error: String(error), cases: [] });
      }
    }
  }
  return files;
}

/** What is wrong with one case's shape, or undefined. */
function shapeError(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const c = raw as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (!['text', 'expected', 'fails', 'note'].includes(key)) return `unknown key "${key}"`;
  }
  if (typeof c.text !== 'string' || c.text.trim() === '') return 'empty text';
  if (c.fails !== undefined && (typeof c.fails !== 'string' || c.fails.trim() === '')) return 'fails without a reason';
  if (c.note !== undefined && typeof c.note !== 'string') return 'note is not a string';
  if (typeof c.expected !== 'object' || c.expected === null) return 'no expected Understanding';
  const expected = c.expected as Record<string, unknown>;
  if (!('language' in expected)) return 'expected.language missing (null when the message has no language)';
  for (const key of Object.keys(expected)) {
    if (!(UNDERSTANDING_KEYS as readonly string[]).includes(key)) return `unknown field "${key}"`;
  }
  if (expected.command !== undefined && !(COMMANDS as readonly unknown[]).includes(expected.command)) {
    return `unknown command "${String(expected.command)}"`;
  }
  return undefined;
}

/** The Understanding without its explanation. */
function withoutTrace(u: Understanding): Understanding {
  const copy: Record<string, unknown> = { ...u };
  for (const key of TRACE_KEYS) delete copy[key];
  return copy as unknown as Understanding;
}

const HAN = /\p{Script=Han}/u;

const corpus = readCorpus();

describe('the corpus files', () => {
  it('exist for every language', () => {
    for (const language of LANGUAGES) {
      expect(
        corpus.some((f) => f.name.startsWith(`${language}/`)),
        language,
      ).toBe(true);
    }
  });

  it.each(corpus.map((f) => [f.name, f] as const))('%s parses, and every case is well formed', (_name, file) => {
    expect(file.error).toBeUndefined();
    expect(file.cases.length).toBeGreaterThan(0);
    const problems = file.cases
      .map((c, i) => [i, shapeError(c)] as const)
      .filter(([, error]) => error !== undefined)
      .map(([i, error]) => `case ${i}: ${error}`);
    expect(problems).toEqual([]);
  });

  it('files each text under its language: Chinese in zh/, none in en/', () => {
    const misplaced = corpus.flatMap((file) =>
      (file.cases as Case[])
        .filter((c) => typeof c.text === 'string')
        .filter((c) => (file.name.startsWith('zh/') && !HAN.test(c.text)) || (file.name.startsWith('en/') && HAN.test(c.text)))
        .map((c) => `${file.name}: ${c.text}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('holds each text once, across all files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const file of corpus) {
      for (const c of file.cases as Case[]) {
        const other = seen.get(c.text);
        if (other !== undefined) duplicates.push(`${JSON.stringify(c.text)} in ${other} and ${file.name}`);
        seen.set(c.text, file.name);
      }
    }
    expect(duplicates).toEqual([]);
  });
});

for (const file of corpus) {
  const cases = (file.cases as Case[]).filter((c) => shapeError(c) === undefined);
  describe(file.name, () => {
    for (const c of cases) {
      const title = c.fails === undefined ? c.text : `${c.text} [known limitation: ${c.fails}]`;
      const run = c.fails === undefined ? it : it.fails;
      run(title, () => {
        expect(withoutTrace(understand(c.text))).toEqual(c.expected);
      });
    }
  });
}
