// The memory store is bounded: expired conversations and answers are swept, and past the caps
// the one idle longest goes (with a log line), so STORE=memory survives any number of users
// within `npm start`'s heap cap. The last test runs the app in a child process under that cap and its flags.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoredConversation } from '../../src/conversation/store';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { testClock } from '../helpers/app';

/** `npm start`'s Node flags (the heap cap, the regexp flag): the child runs under the same ones. */
const START_FLAGS = (JSON.parse(readFileSync('package.json', 'utf8')).scripts.start as string)
  .split(/\s+/)
  .filter((f) => f.startsWith('--'));
const START_HEAP_CAP_MB = Number(/--max-old-space-size=(\d+)/.exec(START_FLAGS.join(' '))?.[1]);

function record(stage: StoredConversation['stage'] = 'collecting', updatedAt = 1): StoredConversation {
  return { schemaVersion: 1, snapshot: { value: 'x' }, channel: 'api', locale: 'zh-CN', stage, createdAt: 1, updatedAt };
}

describe('bounded memory store', () => {
  it('evicts the conversation idle longest past the cap, with its answers, and says so once', async () => {
    const warnings: Array<Record<string, unknown>> = [];
    const clock = testClock();
    const store = new MemoryStore({
      clock: clock.now,
      maxConversations: 3,
      maxAnswers: 100,
      logger: { warn: (o: unknown) => void warnings.push(o as Record<string, unknown>) } as never,
    });
    for (const id of ['a', 'b', 'c']) await store.save(id, record(), 60_000, { messageId: 'm', answer: id, ttlMs: 60_000 });
    await store.save('a', record(), 60_000); // a is active again: b is now idle longest
    await store.save('d', record(), 60_000);
    expect(await store.load('b')).toBeUndefined();
    expect(await store.getProcessed('b', 'm')).toBeUndefined();
    expect(await Promise.all(['a', 'c', 'd'].map(async (id) => (await store.load(id)) !== undefined))).toEqual([true, true, true]);
    await store.save('e', record(), 60_000);
    expect(await store.load('c')).toBeUndefined();
    expect(store.size).toEqual({ conversations: 3, answers: 1, values: 0, hits: 0 });
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toMatchObject({ evictedConversations: 1, evictedAnswers: 0 });
    await store.close();
  });

  it('caps remembered answers, oldest first', async () => {
    const store = new MemoryStore({ maxConversations: 100, maxAnswers: 2 });
    for (const m of ['m1', 'm2', 'm3']) await store.rememberProcessed('a', m, m, 60_000);
    expect([await store.getProcessed('a', 'm1'), await store.getProcessed('a', 'm2'), await store.getProcessed('a', 'm3')]).toEqual([
      undefined,
      'm2',
      'm3',
    ]);
    await store.close();
  });

  it('sweeps what has expired: conversations, answers, values and rate-limit counters', async () => {
    const clock = testClock();
    const store = new MemoryStore(clock.now);
    await store.save('a', record('handoff'), 1000, { messageId: 'm', answer: 'x', ttlMs: 1000 });
    await store.save('b', record(), 5000);
    await store.setValue('k', 'v', 1000);
    await store.hit('ip:1', 1000);
    expect(store.size).toEqual({ conversations: 2, answers: 1, values: 1, hits: 1 });
    clock.advance(1000);
    expect(store.sweep()).toBe(3); // a (its answer goes with it), the value, the counter
    expect(store.size).toEqual({ conversations: 1, answers: 0, values: 0, hits: 0 });
    expect(await store.countHandoffs()).toBe(0);
    await store.close();
  });

  it("keeps 20,000 conversations (5,000 in hand-off) on STORE=memory under npm start's own heap cap and flags, the NLU's matchers all compiled", () => {
    const child = spawnSync(
      process.execPath,
      [...START_FLAGS, '--expose-gc', '--import', 'tsx', 'test/conversation/memory-heap.child.ts', '20000', '5000'],
      { encoding: 'utf8', env: { ...process.env, MEMORY_MAX_CONVERSATIONS: '', MEMORY_MAX_ANSWERS: '' }, timeout: 170_000 },
    );
    expect(child.stderr).not.toMatch(/heap out of memory/i);
    expect(child.status).toBe(0);
    const seen = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(seen).toMatchObject({
      // The defaults: 10,000 conversations and 5,000 answers kept, the oldest idle evicted.
      size: { conversations: 10_000, answers: 5_000, values: 0, hits: 1 },
      handoffsStatus: 200,
      handoffsListed: 200,
      lastStatus: 200,
      firstStatus: 404,
      evictionWarnings: 1,
    });
    // Headroom under the cap. The NLU's compiled matchers are the largest share once owners' messages of every kind have
    // been read (round 23, the bundle under npm start's flags: 21 MB after import, 72 MB after one message, 118 MB after
    // the whole corpus), and they grow with the word lists; the store's defaults take about 75 MB.
    // 288 since round 36: the word lists grew the matchers to 224 MB with the store full, at the old 256 MB cap's 32 MB headroom.
    // 320 since round 56: 254 MB with the store full, the old cap's headroom used up; the matchers' compiled code is 144 MB of
    // it (94 MB compiled for Chinese, two-byte, subjects, 48 MB for English, one-byte, ones; docs/benchmarks.md, 2026-12-06).
    expect(START_HEAP_CAP_MB).toBe(320);
    expect(seen.heapUsedMb).toBeLessThan(START_HEAP_CAP_MB - 32);
  }, 180_000);
});
