// Scores the NLU on held-out corpus files (issue 11's measure of messages beyond the corpus):
// per file, the expected fields read right (deep-equal) out of the expected fields, and the
// fields set that the expected Understanding does not list. `language` is not counted (every
// message has one), nor the explanation keys. Usage:
//   npx tsx scripts/nlu-score.ts test/nlu/corpus/en/fresh-3.json [more files…] [--list]
// With `--reader READINGS.json` a second careful reader's readings of the same messages (the same texts,
// each with its `expected`) stand in for the NLU: the figure is then how far two human readers agree,
// the ceiling the issue's bar ("what a careful human reader gets") is measured against.

import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { understand } from '../src/nlu';

const NOT_COUNTED = new Set(['language', 'rules', 'trace']);

interface Case {
  text: string;
  expected: Record<string, unknown>;
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const readerAt = args.indexOf('--reader');
const readerPath = readerAt >= 0 ? args[readerAt + 1] : undefined;
const reader = readerPath ? readingsByText(readerPath) : undefined;

/** The second reader's readings by message text; a message it did not read is an error, not a miss. */
function readingsByText(path: string): Map<string, Record<string, unknown>> {
  const cases = JSON.parse(readFileSync(path, 'utf8')) as Case[];
  return new Map(cases.map((c) => [c.text, c.expected]));
}

function reading(text: string): Record<string, unknown> {
  if (!reader) return understand(text) as unknown as Record<string, unknown>;
  const read = reader.get(text);
  if (!read) throw new Error(`${readerPath} has no reading of: ${text}`);
  return read;
}

const files = args.filter((a, i) => a !== '--list' && a !== '--reader' && (readerAt < 0 || i !== readerAt + 1));
for (const path of files) {
  const cases = JSON.parse(readFileSync(path, 'utf8')) as Case[];
  let expectedFields = 0;
  let right = 0;
  let extra = 0;
  let exact = 0;
  for (const c of cases) {
    const got = reading(c.text);
    const wrong: string[] = [];
    for (const [key, value] of Object.entries(c.expected)) {
      if (NOT_COUNTED.has(key)) continue;
      expectedFields++;
      if (isDeepStrictEqual(got[key], value)) right++;
      else wrong.push(`${key}: want ${JSON.stringify(value)} got ${JSON.stringify(got[key])}`);
    }
    const extras = Object.keys(got).filter((key) => !NOT_COUNTED.has(key) && !(key in c.expected));
    extra += extras.length;
    if (wrong.length === 0 && extras.length === 0) exact++;
    else if (list)
      console.log(`  ${c.text}\n    ${[...wrong, ...extras.map((k) => `extra ${k}: ${JSON.stringify(got[k])}`)].join('\n    ')}`);
  }
  const pct = expectedFields === 0 ? 100 : (100 * right) / expectedFields;
  console.log(
    `${path}: ${cases.length} messages, ${right}/${expectedFields} fields right (${pct.toFixed(1)}%), ${extra} extra fields, ${exact} messages exact`,
  );
}
