// The engine's turn alone, measured the same way for every change: N users each walk the
// benchmark's 13-message conversation (bench/script.ts) through ConversationEngine.handle on a
// SQLite file (WAL, as `npm start`) or the memory store, every message with a platform message id
// as WeChat's, users interleaved as under load. No HTTP, no channel: what is left is read, step
// and persist. Prints µs per turn (wall and CPU) and a breakdown: the store's calls inside the
// turn (timed around each call), the NLU alone on the same messages, and the rest (the machine,
// rendering, the engine's own work). Prints figures only; it asserts nothing. The breakdown is wall
// time: on a busy machine trust the CPU column, or count instructions as below.
// Run: npx tsx bench/turns.ts [--users 300] [--store sqlite|memory] [--repeat 3]
// Instruction counts of a fixed workload (repeatable whatever the machine's load): bundle it
// (npx esbuild bench/turns.ts --bundle --platform=node --format=esm --packages=external --outfile=scratch/turns.mjs)
// and run `valgrind --tool=callgrind node scratch/turns.mjs --turns-only --repeat 1 --users N` for two N: the difference
// over the difference in turns is the instructions per turn, start-up excluded.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConversationEngine } from '../src/conversation/engine';
import type { EngineStore } from '../src/conversation/store';
import { MemoryStore } from '../src/conversation/stores/memory';
import { SqliteStore } from '../src/conversation/stores/sqlite';
import { understand } from '../src/nlu';
import { SCRIPT } from './script';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '300' },
    store: { type: 'string', default: 'sqlite' },
    repeat: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '100' },
    // Turns only (no timed store, no NLU pass): for instruction counts under callgrind.
    'turns-only': { type: 'boolean', default: false },
  },
});
const USERS = Number(values.users);
const REPEAT = Math.max(1, Number(values.repeat));

/** Time spent inside each store method (their work is synchronous up to the returned promise). */
const storeMicros = new Map<string, number>();

function timed(store: EngineStore): EngineStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || name === 'withLock') return value;
      return (...args: unknown[]) => {
        const started = performance.now();
        const result = value.apply(target, args);
        storeMicros.set(String(name), (storeMicros.get(String(name)) ?? 0) + (performance.now() - started) * 1000);
        return result;
      };
    },
  });
}

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

let run = 0;

/** Every user walks the script, message by message, users interleaved. */
async function walk(engine: ConversationEngine, users: number): Promise<number> {
  run += 1;
  let turns = 0;
  for (const [step, text] of SCRIPT.entries()) {
    for (let user = 0; user < users; user++) {
      await engine.handle({ conversationId: `wechat:r${run}u${user}`, channel: 'wechat', text, messageId: `${run}.${user}.${step}` });
      turns += 1;
    }
  }
  return turns;
}

const fmt = (n: number) => n.toFixed(1).padStart(7);

/** Where a turn's time went: the store's calls inside it, and the NLU alone on the same messages. */
function breakdown(perTurn: number, turns: number): void {
  const started = performance.now();
  let understood = 0;
  for (let r = 0; r < REPEAT; r++) {
    for (const text of SCRIPT) {
      for (let user = 0; user < USERS; user++) {
        understand(text);
        understood += 1;
      }
    }
  }
  const nlu = ((performance.now() - started) * 1000) / understood;
  const storeTotal = [...storeMicros.values()].reduce((a, b) => a + b, 0) / turns;
  console.log(`  store       ${fmt(storeTotal)} µs`);
  for (const [name, micros] of [...storeMicros].sort((a, b) => b[1] - a[1])) console.log(`    ${name.padEnd(10)}${fmt(micros / turns)} µs`);
  console.log(`  NLU         ${fmt(nlu)} µs (understand() alone, same messages)`);
  console.log(`  the rest    ${fmt(perTurn - storeTotal - nlu)} µs (machine, rendering, the engine's own work)`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sme-turns-'));
  const store = values.store === 'memory' ? new MemoryStore() : new SqliteStore(join(dir, 'turns.db'));
  const engine = new ConversationEngine({
    store: values['turns-only'] ? store : timed(store),
    defaultLocale: 'zh-CN',
    conversationTtlMs: 30 * 86_400_000,
  });
  await walk(engine, Number(values.warmup)); // warm-up: JIT, prepared statements
  storeMicros.clear();

  let turns = 0;
  let wall = 0;
  let cpu = 0;
  for (let r = 0; r < REPEAT; r++) {
    const wallStarted = performance.now();
    const cpuStarted = cpuMicros();
    turns += await walk(engine, USERS);
    wall += (performance.now() - wallStarted) * 1000;
    cpu += cpuMicros() - cpuStarted;
  }

  console.log(`${turns} turns (${USERS} users x ${SCRIPT.length} messages x ${REPEAT}), store ${values.store}`);
  console.log(`turn          ${fmt(wall / turns)} µs wall, ${fmt(cpu / turns)} µs CPU`);
  if (!values['turns-only']) breakdown(wall / turns, turns);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
