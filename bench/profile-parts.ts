// Where the bot's CPU goes, by part of the pipeline, from the V8 CPU profiles that
// `npm run bench -- --cpu-prof <dir>` writes (docs/benchmarks.md, "Where the bot's time goes").
// Each busy sample goes to the first part (in the order below) with a function on its stack: the
// NLU, the dialog machine and rendering inside the engine's step first, then the store's calls,
// the reply's write, GC; what is left is the HTTP, express, XML and channel work that every bot
// does. Names are those the bundle (dist/main.js) keeps; a part whose functions are renamed reads 0.
// Prints figures only. Run: npx tsx bench/profile-parts.ts <dir-or-files…> [--us-per-turn N]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Parts in the order a sample is given to them, each with the functions that mark it. */
const PARTS: ReadonlyArray<[string, readonly string[]]> = [
  ['the NLU (understand)', ['understand']],
  ['the dialog machine: one XState step with its actions (runMachine)', ['runMachine']],
  ['rendering replies and WeChat pages (renderReply, renderPages)', ['renderReply', 'renderPages']],
  ["the engine's read: the remembered answer, the conversation, the snapshot check (read)", ['read']],
  ["the turn's write: conversation, remembered answer, transcript in one transaction (persist)", ['persist']],
  ["the channel's admission: answers, replay guard, rate limit in one transaction (admit)", ['admit']],
  ['writing the passive reply to the socket (sendAnswer)', ['sendAnswer']],
  ['GC', ['(garbage collector)']],
];
const OTHER = 'HTTP parsing, express, body, signature, XML, locks, promises and the rest';

function profilesIn(paths: readonly string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => join(p, f))
      : [p],
  );
}

/** The samples of one profile by part; null when the profile is not the bot's main thread. */
function parts(profile: Profile): Map<string, number> | null {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const out = new Map<string, number>();
  let turns = false;
  for (const [id, count] of counts) {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) names.add(byId.get(at)!.callFrame.functionName);
    if (names.has('(idle)') || names.has('(program)')) continue;
    if (names.has('turn')) turns = true;
    const part = PARTS.find(([, fns]) => fns.some((f) => names.has(f)))?.[0] ?? OTHER;
    out.set(part, (out.get(part) ?? 0) + count);
  }
  return turns ? out : null;
}

const { values, positionals } = parseArgs({ options: { 'us-per-turn': { type: 'string' } }, allowPositionals: true });
const perTurn = values['us-per-turn'] ? Number(values['us-per-turn']) : undefined;
for (const file of profilesIn(positionals)) {
  const found = parts(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  if (!found) continue;
  const busy = [...found.values()].reduce((a, b) => a + b, 0);
  console.log(`${file}: ${busy} busy samples\n`);
  console.log(`| part | share |${perTurn ? ' µs/turn |' : ''}\n|---|---:|${perTurn ? '---:|' : ''}`);
  for (const name of [...PARTS.map(([n]) => n), OTHER]) {
    const share = (found.get(name) ?? 0) / busy;
    console.log(`| ${name} | ${(100 * share).toFixed(1)}% |${perTurn ? ` ${Math.round(share * perTurn)} |` : ''}`);
  }
  console.log('');
}
