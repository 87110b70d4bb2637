// Compares two versions of the NLU on every message it knows: the corpus texts and the held-out
// texts. Writes each message's Understanding to a file, and with --against an earlier file lists
// the messages read differently. Prints the NLU's speed over the corpus texts (µs per message,
// wall clock and CPU time, each pass and the median of --runs passes after a warm-up) and the size of the lexicon's compiled matchers
// (the sum of every exported RegExp's source length, and the largest). Usage:
//   npx tsx scripts/nlu-compare.ts OUT.json [--against OLD.json] [--runs 3]

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { understand } from '../src/nlu';
import * as lexicon from '../src/nlu/lexicon/index';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { against: { type: 'string' }, runs: { type: 'string', default: '3' } },
});
const out = positionals[0];
if (out === undefined) throw new Error('usage: nlu-compare.ts OUT.json [--against OLD.json] [--runs 3]');

const texts = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }[]).map((c) => c.text));
const corpus = texts('test/nlu/corpus');
const all = [...new Set([...corpus, ...texts('test/nlu/heldout')])];

const readings: Record<string, unknown> = {};
for (const text of all) readings[text] = understand(text);
writeFileSync(out, JSON.stringify(readings));

if (values.against !== undefined) {
  const old = JSON.parse(readFileSync(values.against, 'utf8')) as Record<string, unknown>;
  const differ = all.filter((t) => t in old && !isDeepStrictEqual(JSON.parse(JSON.stringify(readings[t])), old[t]));
  for (const t of differ) console.log(`${t}\n  old ${JSON.stringify(old[t])}\n  new ${JSON.stringify(readings[t])}`);
  console.log(`${differ.length} of ${all.length} messages read differently`);
}

for (let i = 0; i < 3; i++) for (const t of corpus) understand(t);
/** µs per message: wall clock, and this process's CPU time (less disturbed by other load). */
const passes: [number, number][] = [];
for (let run = 0; run < Number(values.runs); run++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const t of corpus) understand(t);
  const used = process.cpuUsage(cpu);
  passes.push([((performance.now() - started) * 1000) / corpus.length, (used.user + used.system) / corpus.length]);
}
const median = (xs: number[]): string => ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0).toFixed(0);
console.log(
  `speed over ${corpus.length} corpus texts, µs per message: wall ${passes.map(([w]) => w.toFixed(0)).join(', ')} (median ${median(passes.map(([w]) => w))}), cpu ${passes.map(([, c]) => c.toFixed(0)).join(', ')} (median ${median(passes.map(([, c]) => c))})`,
);

const sources: [string, number][] = [];
function collect(name: string, value: unknown): void {
  if (value instanceof RegExp) sources.push([name, value.source.length]);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) collect(Array.isArray(value) ? `${name}[${k}]` : `${name}.${k}`, v);
}
for (const [name, value] of Object.entries(lexicon)) collect(name, value);
const total = sources.reduce((s, [, n]) => s + n, 0);
sources.sort((a, b) => b[1] - a[1]);
console.log(
  `compiled size: ${total} characters in ${sources.length} matchers; largest: ${sources
    .slice(0, 5)
    .map(([n, l]) => `${n} ${l}`)
    .join(', ')}`,
);
