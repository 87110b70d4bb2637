// Scores the NLU on a held-out set of messages (test/nlu/heldout/*.json, the corpus format, never
// tuned on): fields right out of the fields expected, and fields set that the message does not
// give. It measures issue 11's bar on messages beyond the corpus; it asserts nothing.
// Usage: npx tsx scripts/nlu-heldout.ts test/nlu/heldout/zh-1.json [--verbose]

import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { understand } from '../src/nlu';

interface Case {
  text: string;
  expected: Record<string, unknown>;
}

/** Keys that are no field: the language is always given, the rules only explain. */
const NOT_FIELDS = new Set(['language', 'rules']);

function fields(u: Record<string, unknown>): string[] {
  return Object.keys(u).filter((key) => !NOT_FIELDS.has(key));
}

const [path, flag] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: nlu-heldout.ts <file.json> [--verbose]');
const cases = JSON.parse(readFileSync(path, 'utf8')) as Case[];

let expectedCount = 0;
let right = 0;
let extra = 0;
let exact = 0;
for (const c of cases) {
  const got = understand(c.text) as unknown as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of fields(c.expected)) {
    expectedCount++;
    if (isDeepStrictEqual(got[key], c.expected[key])) right++;
    else problems.push(`${key}: expected ${JSON.stringify(c.expected[key])}, got ${JSON.stringify(got[key])}`);
  }
  for (const key of fields(got).filter((k) => !(k in c.expected))) {
    extra++;
    problems.push(`${key}: EXTRA ${JSON.stringify(got[key])}`);
  }
  if (got.language !== c.expected.language) problems.push(`language: ${String(got.language)}`);
  if (problems.length === 0) exact++;
  else if (flag === '--verbose') console.log(`${c.text}\n  ${problems.join('\n  ')}`);
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
console.log(
  `${path}: ${cases.length} messages, ${exact} read exactly (${pct(exact, cases.length)}); ` +
    `fields right ${right}/${expectedCount} (${pct(right, expectedCount)}); fields set that the message does not give: ${extra}`,
);
