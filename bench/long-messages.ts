// npm run bench:long: what a long message costs the NLU. Owners paste long texts (a loan contract's
// clauses, a chat history, their whole story) and WeChat waits 5 s for a reply, so understand() must
// grow about linearly with the length. Times understand() on messages of 200 to 4,000 characters
// (code points) of several kinds, each the median of --runs calls after one warm-up call, in this
// process (no server). Prints a table of ms per message (CPU time, which the machine's other load
// disturbs less, and wall clock), and the ratio of the longest to the 1,000-character message (about 4
// when the cost is linear).
// Options: --runs <n> (default 5), --lengths 200,500,1000,2000,4000, --kinds "zh story,emoji" (all).
// Run: npm run bench:long [-- --runs 3]

import { parseArgs } from 'node:util';
import { understand, warmUp } from '../src/nlu';
import { KINDS, longText } from './long-texts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    lengths: { type: 'string', default: '200,500,1000,2000,4000' },
    kinds: { type: 'string' },
  },
});

/** The median of `runs` calls after a warm-up one: CPU time (what the message costs, whatever else the machine runs) and wall clock. */
function timeOne(text: string, runs: number): { cpu: number; wall: number } {
  understand(text);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const used = process.cpuUsage();
    understand(text);
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { cpu: median(cpu), wall: median(wall) };
}

function main(): void {
  const runs = Math.max(1, Number(values.runs));
  const lengths = values.lengths.split(',').map(Number);
  const kinds = values.kinds?.split(',') ?? Object.keys(KINDS);
  warmUp();
  console.log(`understand() on long messages: ms of CPU time (wall clock in brackets), median of ${runs} after a warm-up call\n`);
  console.log(`| kind | ${lengths.map((l) => `${l.toLocaleString('en-US')} chars`).join(' | ')} | ${lengths.at(-1)}/1000 |`);
  console.log(`|---|${lengths.map(() => '---:').join('|')}|---:|`);
  for (const kind of kinds) {
    const ms = lengths.map((l) => timeOne(longText(kind, l), runs));
    const at1000 = ms[lengths.indexOf(1000)];
    const ratio = at1000 === undefined ? '-' : `${(ms.at(-1)!.cpu / at1000.cpu).toFixed(1)}x`;
    console.log(`| ${kind} | ${ms.map((m) => `${m.cpu.toFixed(0)} (${m.wall.toFixed(0)})`).join(' | ')} | ${ratio} |`);
  }
}

main();
