// The engine keeps each conversation's transcript: what the user wrote and what the bot answered,
// with the time and the channel, in order; a retry adds nothing; deleting the data forgets it.

import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import type { TranscriptEntry } from '../../src/conversation/store';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { SqliteStore } from '../../src/conversation/stores/sqlite';
import type { TurnResult } from '../../src/conversation/types';
import { testClock } from '../helpers/app';

const DAY = 86_400_000;

function setup() {
  const clock = testClock();
  const store = new MemoryStore(clock.now);
  const engine = new ConversationEngine({ store, defaultLocale: 'zh-CN', conversationTtlMs: 30 * DAY, clock: clock.now });
  return { clock, store, engine };
}

const bot = (result: TurnResult, at: number, channel: TranscriptEntry['channel'] = 'webchat'): TranscriptEntry[] =>
  result.replies.map((r) => ({ author: 'bot', text: r.text, at, channel }));

describe('transcript', () => {
  it('records the user and the bot, in order, with time and channel', async () => {
    const { clock, engine } = setup();
    const t0 = clock.now();
    const first = await engine.handle({ conversationId: 'web:a', channel: 'webchat', text: '我们在大理开客栈', messageId: 'm1' });
    clock.advance(60_000);
    const second = await engine.handle({ conversationId: 'web:a', channel: 'webchat', text: '员工8个人', messageId: 'm2' });
    expect(first.replies.length).toBeGreaterThan(0);
    expect(await engine.transcript('web:a')).toEqual([
      { author: 'user', text: '我们在大理开客栈', at: t0, channel: 'webchat' },
      ...bot(first, t0),
      { author: 'user', text: '员工8个人', at: t0 + 60_000, channel: 'webchat' },
      ...bot(second, t0 + 60_000),
    ]);
  });

  it('adds nothing for a retried message', async () => {
    const { engine } = setup();
    await engine.handle({ conversationId: 'web:a', channel: 'webchat', text: '你好', messageId: 'm1' });
    const before = await engine.transcript('web:a');
    const retry = await engine.handle({ conversationId: 'web:a', channel: 'webchat', text: '你好', messageId: 'm1' });
    expect(retry.duplicate).toBe(true);
    expect(await engine.transcript('web:a')).toEqual(before);
  });

  it('records a menu command and an agent release by the bot replies only, the release marked unprompted with an id each', async () => {
    const { clock, engine } = setup();
    const t = clock.now();
    const human = await engine.handle({ conversationId: 'wechat:o1', channel: 'wechat', text: '', command: 'human' });
    const outcome = await engine.release('wechat:o1');
    const released = 'released' in outcome ? outcome.released : undefined;
    const entries = await engine.transcript('wechat:o1');
    const ids = entries.slice(human.replies.length).map((e) => e.id ?? '');
    expect(ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)).length).toBe(new Set(ids).size);
    expect(entries).toEqual([
      ...bot(human, t, 'wechat'),
      ...released!.replies.map((r, i) => ({ author: 'bot', text: r.text, at: t, channel: 'wechat', unprompted: true, id: ids[i] })),
    ]);
  });

  it('is forgotten with "delete my data" and with DELETE', async () => {
    const { engine } = setup();
    await engine.handle({ conversationId: 'api:a', channel: 'api', text: '我们是做茶叶的' });
    await engine.handle({ conversationId: 'api:a', channel: 'api', text: '删除我的数据' });
    const done = await engine.handle({ conversationId: 'api:a', channel: 'api', text: '是' });
    expect(done.deleted).toBe(true);
    expect(await engine.transcript('api:a')).toEqual([]);

    await engine.handle({ conversationId: 'api:b', channel: 'api', text: 'We grow coffee' });
    await engine.delete('api:b');
    expect(await engine.transcript('api:b')).toEqual([]);
  });

  it('expires with the conversation', async () => {
    const { clock, engine } = setup();
    await engine.handle({ conversationId: 'api:a', channel: 'api', text: '我们是做茶叶的' });
    clock.advance(30 * DAY);
    expect(await engine.view('api:a')).toBeUndefined();
    expect(await engine.transcript('api:a')).toEqual([]);
  });
});

describe('SQLite transcript rows', () => {
  it('are purged when expired, and a transcript that expired before the purge starts over', async () => {
    const clock = testClock();
    const store = new SqliteStore(':memory:', clock.now);
    const entry = (text: string): TranscriptEntry => ({ author: 'user', text, at: clock.now(), channel: 'api' });
    await store.appendTranscript('a', [entry('1'), entry('2')], 1000);
    await store.appendTranscript('b', [entry('x')], 5000);
    clock.advance(1000);
    await store.appendTranscript('a', [entry('3')], 1000);
    expect(await store.readTranscript('a')).toEqual([entry('3')]);
    clock.advance(1000);
    // a's row and its one entry (the two from before it expired went when it started over).
    expect(store.purge()).toBe(2);
    expect([await store.readTranscript('a'), await store.readTranscript('b')]).toEqual([[], [{ ...entry('x'), at: clock.now() - 2000 }]]);
    await store.close();
  });
});
