// One contract, every store: what the engine relies on from memory, SQLite (and Redis, which
// joins this table when it exists). Expiry is driven by an injected clock, never by sleeping.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRANSCRIPT_LIMIT, type ConversationStore, type StoredConversation, type TranscriptEntry } from '../../src/conversation/store';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { SqliteStore } from '../../src/conversation/stores/sqlite';
import { RedisStore } from '../../src/conversation/stores/redis';
import { testClock, type TestClock } from '../helpers/app';
import { REDIS_URL, redisAvailable, testPrefix } from '../helpers/redis';

const dir = mkdtempSync(join(tmpdir(), 'sme-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const factories: Array<[string, (clock: TestClock) => ConversationStore]> = [
  ['memory', (clock) => new MemoryStore(clock.now)],
  ['sqlite', (clock) => new SqliteStore(join(dir, `store-${n++}.db`), clock.now)],
];
const withRedis = await redisAvailable();

function record(stage: StoredConversation['stage'] = 'collecting', updatedAt = 1): StoredConversation {
  return {
    schemaVersion: 1,
    snapshot: { status: 'active', value: 'collecting', context: { nested: ['a', 1, true, null] } },
    channel: 'api',
    locale: 'zh-CN',
    stage,
    createdAt: 1,
    updatedAt,
  };
}

function said(n: number, author: TranscriptEntry['author'] = 'user'): TranscriptEntry {
  return { author, text: `消息 ${n} "quoted" 😀`, at: 1000 + n, channel: 'webchat' };
}

describe.each(factories)('%s store', (_name, make) => {
  contract(make);
});

describe.skipIf(!withRedis)('redis store', () => {
  contract((clock) => RedisStore.connect(REDIS_URL, { clock: clock.now, prefix: testPrefix() }));
});

function contract(make: (clock: TestClock) => ConversationStore) {
  const fresh = () => {
    const clock = testClock();
    return { clock, store: make(clock) };
  };

  it('saves, loads a faithful copy, and deletes', async () => {
    const { store } = fresh();
    expect(await store.load('a')).toBeUndefined();
    await store.save('a', record(), 60_000);
    const loaded = await store.load('a');
    expect(loaded).toEqual(record());
    // A copy: changing it does not change what is stored.
    (loaded!.snapshot as { status: string }).status = 'changed';
    expect(await store.load('a')).toEqual(record());
    await store.save('a', { ...record(), locale: 'en' }, 60_000);
    expect((await store.load('a'))?.locale).toBe('en');
    await store.delete('a');
    expect(await store.load('a')).toBeUndefined();
    await store.close();
  });

  it('expires a conversation after its TTL, counted from the last save', async () => {
    const { store, clock } = fresh();
    await store.save('a', record(), 1000);
    clock.advance(999);
    expect(await store.load('a')).toBeDefined();
    await store.save('a', record(), 1000);
    clock.advance(999);
    expect(await store.load('a')).toBeDefined();
    clock.advance(1);
    expect(await store.load('a')).toBeUndefined();
    await store.close();
  });

  it('remembers answers per conversation and message id, forgets them on delete and expiry', async () => {
    const { store, clock } = fresh();
    await store.rememberProcessed('a', 'm1', '{"x":1}', 1000);
    expect(await store.getProcessed('a', 'm1')).toBe('{"x":1}');
    expect(await store.getProcessed('b', 'm1')).toBeUndefined();
    expect(await store.getProcessed('a', 'm2')).toBeUndefined();
    await store.rememberProcessed('a', 'm2', '{"x":2}', 1000);
    await store.delete('a');
    expect(await store.getProcessed('a', 'm2')).toBeUndefined();
    await store.rememberProcessed('c', 'm', 'y', 1000);
    clock.advance(1000);
    expect(await store.getProcessed('c', 'm')).toBeUndefined();
    await store.close();
  });

  it('saves a turn and its remembered answer together', async () => {
    const { store, clock } = fresh();
    await store.save('a', record(), 60_000, { messageId: 'm1', answer: '{"replies":[]}', ttlMs: 1000 });
    expect(await store.load('a')).toEqual(record());
    expect(await store.getProcessed('a', 'm1')).toBe('{"replies":[]}');
    clock.advance(1000);
    expect(await store.getProcessed('a', 'm1')).toBeUndefined();
    expect(await store.load('a')).toBeDefined();
    await store.close();
  });

  it('lists hand-offs, oldest first, and only live ones', async () => {
    const { store, clock } = fresh();
    await store.save('late', record('handoff', 20), 10_000);
    await store.save('early', record('handoff', 10), 10_000);
    await store.save('bot', record('advising', 5), 10_000);
    await store.save('short', record('handoff', 1), 100);
    clock.advance(100);
    expect((await store.listHandoffs()).map((h) => h.id)).toEqual(['early', 'late']);
    await store.close();
  });

  it('lists at most the hand-offs asked for, oldest first, and counts the live ones without reading them', async () => {
    const { store, clock } = fresh();
    for (let i = 0; i < 5; i++) await store.save(`h${i}`, record('handoff', 50 - i), 10_000);
    await store.save('bot', record('advising', 1), 10_000);
    await store.save('gone', record('handoff', 1), 100);
    expect(await store.countHandoffs()).toBe(6);
    clock.advance(100);
    // An expired hand-off is not counted, listed or not.
    expect(await store.countHandoffs()).toBe(5);
    expect((await store.listHandoffs(2)).map((h) => h.id)).toEqual(['h4', 'h3']);
    expect((await store.listHandoffs()).map((h) => h.id)).toEqual(['h4', 'h3', 'h2', 'h1', 'h0']);
    await store.save('h0', record('advising', 60), 10_000);
    await store.delete('h1');
    expect(await store.countHandoffs()).toBe(3);
    await store.close();
  });

  it('sets a value only if absent or expired, once across callers (a replay guard)', async () => {
    const { store, clock } = fresh();
    const results = await Promise.all([1, 2, 3].map(() => store.setIfAbsent('replay:sig', 'x', 1000)));
    expect(results.sort()).toEqual([false, false, true]);
    expect(await store.setIfAbsent('replay:other', 'x', 1000)).toBe(true);
    clock.advance(999);
    expect(await store.setIfAbsent('replay:sig', 'x', 1000)).toBe(false);
    clock.advance(1);
    expect(await store.setIfAbsent('replay:sig', 'x', 1000)).toBe(true);
    expect(await store.setIfAbsent('replay:sig', 'x', 1000)).toBe(false);
    await store.close();
  });

  it('keeps a transcript in order, with author, time and channel', async () => {
    const { store } = fresh();
    expect(await store.readTranscript('a')).toEqual([]);
    await store.appendTranscript('a', [said(1)], 60_000);
    await store.appendTranscript('a', [said(2, 'bot'), said(3, 'bot')], 60_000);
    await store.appendTranscript('a', [], 60_000);
    await store.appendTranscript('a', [{ author: 'agent', text: '您好，我是顾问小李', at: 5000, channel: 'api' }], 60_000);
    await store.appendTranscript('b', [said(9)], 60_000);
    expect(await store.readTranscript('a')).toEqual([
      said(1),
      said(2, 'bot'),
      said(3, 'bot'),
      { author: 'agent', text: '您好，我是顾问小李', at: 5000, channel: 'api' },
    ]);
    expect(await store.readTranscript('b')).toEqual([said(9)]);
    await store.close();
  });

  it('keeps only the last TRANSCRIPT_LIMIT entries of a transcript', async () => {
    const { store } = fresh();
    const all = Array.from({ length: TRANSCRIPT_LIMIT + 7 }, (_, i) => said(i, i % 2 ? 'bot' : 'user'));
    await store.appendTranscript('a', all.slice(0, 150), 60_000);
    await store.appendTranscript('a', all.slice(150, 151), 60_000);
    await store.appendTranscript('a', all.slice(151), 60_000);
    expect(await store.readTranscript('a')).toEqual(all.slice(7));
    await store.appendTranscript('a', [said(999)], 60_000);
    expect(await store.readTranscript('a')).toEqual([...all.slice(8), said(999)]);
    await store.close();
  });

  it('forgets a transcript with its conversation, and after its TTL counted from the last append', async () => {
    const { store, clock } = fresh();
    await store.save('a', record(), 60_000);
    await store.appendTranscript('a', [said(1)], 60_000);
    await store.delete('a');
    expect(await store.readTranscript('a')).toEqual([]);
    await store.appendTranscript('b', [said(1)], 1000);
    clock.advance(999);
    await store.appendTranscript('b', [said(2)], 1000);
    clock.advance(999);
    expect(await store.readTranscript('b')).toEqual([said(1), said(2)]);
    clock.advance(1);
    expect(await store.readTranscript('b')).toEqual([]);
    // What expired does not come back when the conversation writes again.
    await store.appendTranscript('b', [said(3)], 1000);
    expect(await store.readTranscript('b')).toEqual([said(3)]);
    await store.close();
  });

  it('keeps values with expiry', async () => {
    const { store, clock } = fresh();
    await store.setValue('wechat:token', 'abc', 500);
    expect(await store.getValue('wechat:token')).toBe('abc');
    clock.advance(500);
    expect(await store.getValue('wechat:token')).toBeUndefined();
    await store.close();
  });

  it('runs work on one conversation one at a time, in arrival order, others in parallel', async () => {
    const { store } = fresh();
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      store.withLock('x', task('x1', 20)),
      store.withLock('x', task('x2', 1)),
      store.withLock('y', task('y1', 1)),
    ]);
    expect(results).toEqual(['x1', 'x2', 'y1']);
    expect(events.indexOf('end x1')).toBeLessThan(events.indexOf('start x2'));
    expect(events.indexOf('start y1')).toBeLessThan(events.indexOf('end x1'));
    await store.close();
  });

  it('releases the lock when the work fails', async () => {
    const { store } = fresh();
    await expect(store.withLock('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await store.withLock('x', async () => 'next')).toBe('next');
    await store.close();
  });

  it('answers ping while open', async () => {
    const { store } = fresh();
    expect(await store.ping()).toBe(true);
    await store.close();
  });

  it('counts hits in a fixed window that starts with the first hit', async () => {
    const { store, clock } = fresh();
    expect(await store.hit('k', 1000)).toEqual({ count: 1, resetInMs: 1000 });
    clock.advance(400);
    expect(await store.hit('k', 1000)).toEqual({ count: 2, resetInMs: 600 });
    expect((await store.hit('other', 1000)).count).toBe(1);
    clock.advance(600);
    expect(await store.hit('k', 1000)).toEqual({ count: 1, resetInMs: 1000 });
    await store.resetHits('k');
    expect((await store.hit('k', 1000)).count).toBe(1);
    await store.close();
  });

  it('admits a message in one step: answers read, the key claimed once, the hit counted only when asked to', async () => {
    const { store, clock } = fresh();
    await store.rememberProcessed('c', 'm1', '"first"', 60_000);
    const request = (key: string) => ({
      conversationId: 'c',
      answers: { known: 'm1', unknown: 'm2' },
      claim: { key, value: '1', ttlMs: 1000 },
      // Counted for a fresh claim only, as a replay guard in front of a rate limit.
      hit: { key: 'rate', windowMs: 60_000, when: (_: unknown, claimed: boolean) => claimed },
    });
    expect(await store.admit(request('q1'))).toEqual({
      answers: { known: '"first"', unknown: undefined },
      claimed: true,
      hits: { count: 1, resetInMs: 60_000 },
    });
    expect(await store.admit(request('q1'))).toEqual({ answers: { known: '"first"', unknown: undefined }, claimed: false });
    clock.advance(1000);
    expect(await store.admit(request('q1'))).toEqual({
      answers: { known: '"first"', unknown: undefined },
      claimed: true,
      hits: { count: 2, resetInMs: 59_000 },
    });
    // The claim is the same key `setIfAbsent` sets.
    expect(await store.setIfAbsent('q1', '1', 1000)).toBe(false);
    await store.close();
  });
}
