// The sweeps' count of messages read wrong, by kind (or frame), and its printout: one tally for every
// sweep script, so that their figures are counted and printed alike.

import { isDeepStrictEqual } from 'node:util';

/** Wrong and all, by key. */
export type Tally = Map<string, [wrong: number, all: number]>;

/** One message more under `key`, wrong unless `ok`. */
export function tally(counts: Tally, key: string, ok: boolean): void {
  const [wrong, all] = counts.get(key) ?? [0, 0];
  counts.set(key, [wrong + (ok ? 0 : 1), all + 1]);
}

/** Prints each kind's share read wrong, then the share of all. */
export function printTally(byKind: Tally): void {
  let wrongAll = 0;
  let all = 0;
  for (const [kind, [wrong, n]] of byKind) {
    console.log(`${kind}: ${wrong}/${n} read wrong`);
    wrongAll += wrong;
    all += n;
  }
  console.log(`all: ${wrongAll}/${all} read wrong (${((100 * wrongAll) / all).toFixed(1)}%)`);
}

/** A generated case: its kind (frame), the message and the fields expected of it. */
export interface SweepCase {
  kind: string;
  text: string;
  expected: Record<string, unknown>;
}

/** The cases of a sweep and the one-line way to add one: `add(kind, text, expected)`. */
export function sweepCases(): { cases: SweepCase[]; add: (kind: string, text: string, expected: Record<string, unknown>) => void } {
  const cases: SweepCase[] = [];
  return { cases, add: (kind, text, expected) => void cases.push({ kind, text, expected }) };
}

/**
 * Reads every case (`read`: the fields of the reading the sweep compares), tallies the wrong ones by kind and
 * prints them; the command line's `--list` prints each miss, `--kind K` reads only kind K.
 */
export function runSweep(cases: readonly SweepCase[], read: (text: string) => Record<string, unknown>): void {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const only = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
  const byKind: Tally = new Map();
  for (const c of cases) {
    if (only !== undefined && c.kind !== only) continue;
    const got = read(c.text);
    const ok = isDeepStrictEqual(got, c.expected);
    tally(byKind, c.kind, ok);
    if (!ok && list) console.log(`${c.kind}\t${c.text}\n\twant ${JSON.stringify(c.expected)}\n\tgot  ${JSON.stringify(got)}`);
  }
  printTally(byKind);
}
