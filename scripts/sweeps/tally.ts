// The sweeps' count of messages read wrong, by kind (or frame), and its printout: one tally for every
// sweep script, so that their figures are counted and printed alike.

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
