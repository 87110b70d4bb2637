// The conversation engine: persistence across restarts, one turn at a time per conversation,
// safe retries, expiry, and polite recovery from snapshots it cannot restore.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALOG_SCHEMA_VERSION } from '../../dialogs/machine';
import { ConversationEngine } from '../../src/conversation/engine';
import type { ConversationStore } from '../../src/conversation/store';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { SqliteStore } from '../../src/conversation/stores/sqlite';
import { testClock } from '../helpers/app';

const DAY = 86_400_000;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sme-bot-'));
  dirs.push(dir);
  return join(dir, 'conversations.db');
}

function engineOn(store: ConversationStore, clock = testClock()) {
  return new ConversationEngine({ store, defaultLocale: 'zh-CN', conversationTtlMs: 30 * DAY, clock: clock.now });
}

const say = (engine: ConversationEngine, text: string, extra: { messageId?: string; id?: string } = {}) =>
  engine.handle({ conversationId: extra.id ?? 'c1', channel: 'api', text, messageId: extra.messageId });

describe('persistence', () => {
  it('carries a conversation across a restart of the engine on the same SQLite file', async () => {
    const path = tempDb();
    const first = new SqliteStore(path);
    const before = engineOn(first);
    await say(before, '我们在丽江开民宿');
    await say(before, '员工6人，年营业额90万');
    await first.close();

    const second = new SqliteStore(path);
    const after = engineOn(second);
    const result = await say(after, '想找闲置资金理财的办法');
    expect(result.view.profile).toMatchObject({
      industry: 'accommodation',
      employees: 6,
      sizeClass: 'micro',
      purpose: 'wealth-management',
    });
    expect(result.view.awaiting).toBe('amount');
    await second.close();
  });

  it('creates the SQLite file and its folder on first start', async () => {
    const path = join(tempDb(), '..', 'nested', 'deeper', 'bot.db');
    const store = new SqliteStore(path);
    expect(await store.ping()).toBe(true);
    await store.close();
  });
});

describe('one turn at a time', () => {
  it('reflects two messages sent at the same moment to one conversation (no lost update)', async () => {
    const store = new SqliteStore(tempDb());
    const engine = engineOn(store);
    await say(engine, '我们是做软件开发的');
    const [a, b] = await Promise.all([say(engine, '员工12人'), say(engine, '年营业额300万')]);
    const view = await engine.view('c1');
    expect(view?.profile).toMatchObject({ employees: 12, annualRevenueCny: 3_000_000, sizeClass: 'small' });
    // Arrival order: the second saw the first's result.
    expect(a.view.profile.employees).toBe(12);
    expect(b.view.profile).toMatchObject({ employees: 12, annualRevenueCny: 3_000_000 });
    await store.close();
  });

  it('handles many messages of many conversations at once without mixing them up', async () => {
    const engine = engineOn(new MemoryStore());
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const id = `conv-${i}`;
        await say(engine, '我们开了一家超市', { id });
        await say(engine, `员工${i + 1}人`, { id });
      }),
    );
    for (let i = 0; i < 20; i++) expect((await engine.view(`conv-${i}`))?.profile.employees).toBe(i + 1);
  });
});

describe('safe retries', () => {
  it('returns the first answer for a repeated messageId without a second turn', async () => {
    const engine = engineOn(new MemoryStore());
    await say(engine, '我们是开客栈的');
    const first = await say(engine, '员工8人', { messageId: 'wx-1' });
    // Same id, different text (a buggy client): still the first answer, and no new turn.
    const again = await say(engine, '员工50人', { messageId: 'wx-1' });
    expect(again.duplicate).toBe(true);
    expect(again.replies).toEqual(first.replies);
    expect((await engine.view('c1'))?.profile.employees).toBe(8);
  });

  it('answers retries that arrive while the first attempt is still running, once', async () => {
    const engine = engineOn(new MemoryStore());
    const results = await Promise.all([1, 2, 3].map(() => say(engine, '我们是做物流的', { messageId: 'same' })));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(results[1]?.replies).toEqual(results[0]?.replies);
    expect(results[2]?.replies).toEqual(results[0]?.replies);
  });
});

describe('expiry', () => {
  it('forgets an idle conversation after the TTL and starts afresh', async () => {
    const clock = testClock();
    const store = new MemoryStore(clock.now);
    const engine = engineOn(store, clock);
    await say(engine, '我们是做茶叶加工的，员工15人');
    clock.advance(29 * DAY);
    expect((await engine.view('c1'))?.profile.industry).toBe('industry');
    await say(engine, '你好');
    clock.advance(30 * DAY + 1);
    expect(await engine.view('c1')).toBeUndefined();
    const fresh = await say(engine, '你好');
    expect(fresh.view.profile).toEqual({});
    expect(fresh.replies[0]?.text).toContain('您好');
  });

  it('purges expired rows from SQLite', async () => {
    const clock = testClock();
    const store = new SqliteStore(tempDb(), clock.now);
    const engine = engineOn(store, clock);
    await say(engine, 'hello', { messageId: 'm' });
    clock.advance(31 * DAY);
    expect(store.purge()).toBeGreaterThanOrEqual(2);
    await store.close();
  });
});

describe('snapshots that cannot be restored', () => {
  async function withStored(snapshot: unknown, schemaVersion = DIALOG_SCHEMA_VERSION) {
    const store = new MemoryStore();
    await store.save('c1', { schemaVersion, snapshot, channel: 'api', locale: 'en', stage: 'collecting', createdAt: 0, updatedAt: 0 }, DAY);
    return engineOn(store);
  }

  it('restarts politely when the snapshot comes from an older machine', async () => {
    const engine = await withStored({ status: 'active', value: 'asking', context: { step: 3 } }, 0);
    const result = await say(engine, 'hello');
    expect(result.replies[0]?.text).toMatch(/start again/);
    expect(result.view.locale).toBe('en');
    expect(result.view.stage).toBe('collecting');
    // And the conversation goes on normally afterwards.
    expect((await say(engine, 'we run a bakery')).view.profile.industry).toBe('catering');
  });

  it.each([
    ['garbage', 'not a snapshot'],
    ['a wrong state', { status: 'active', value: 'nowhere', context: {} }],
    [
      'a tampered profile',
      {
        status: 'active',
        value: 'collecting',
        context: {
          locale: 'en',
          profile: { industry: 'piracy' },
          awaiting: null,
          skipped: [],
          choices: [],
          listed: [],
          handoff: false,
          greeted: true,
        },
      },
    ],
    ['null', null],
  ])('restarts politely on %s', async (_name, snapshot) => {
    const engine = await withStored(snapshot);
    const result = await say(engine, 'hello');
    expect(result.replies[0]?.text).toMatch(/start again/);
    expect(result.view.profile).toEqual({});
  });
});

describe('bad input never crashes and never loses state', () => {
  const inputs: Array<[string, string]> = [
    ['empty', ''],
    ['2,000 characters', '钱'.repeat(1000) + 'a'.repeat(1000)],
    ['emoji', '😀🚀🇨🇳👍🏽'],
    ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f'],
    ['HTML', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
    ['right-to-left text', '\u202Eنحن شركة صغيرة\u202C שלום'],
    ['lone surrogates', '\uD800abc\uDFFF\uD83D'],
    ['only digits', '12345678901234567890'],
    ['SQL', "'; DROP TABLE conversations; --"],
    ['JSON-ish', '{"__proto__": {"polluted": true}}'],
  ];

  it.each(inputs)('%s', async (_name, text) => {
    const store = new SqliteStore(tempDb());
    const engine = engineOn(store);
    await say(engine, '我们在大理开客栈，员工8人，年营业额120万');
    const result = await say(engine, text);
    expect(result.replies.length).toBeGreaterThan(0);
    for (const r of result.replies) expect(r.text.length).toBeGreaterThan(0);
    const view = await engine.view('c1');
    expect(view?.profile).toMatchObject({ industry: 'accommodation', employees: 8, annualRevenueCny: 1_200_000 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await store.close();
  });

  it('keeps the stored state when saving fails, and recovers', async () => {
    const store = new MemoryStore();
    const engine = engineOn(store);
    await say(engine, '我们是开超市的');
    const save = store.save.bind(store);
    store.save = async () => {
      throw new Error('disk full');
    };
    const failed = await say(engine, '员工30人');
    expect(failed.failed).toBe(true);
    expect(failed.replies[0]?.text).toContain('请稍后再发一次');
    store.save = save;
    expect((await engine.view('c1'))?.profile).toEqual({ industry: 'retail' });
    expect((await say(engine, '员工30人')).view.profile.employees).toBe(30);
  });
});

describe('welcome and release', () => {
  it('welcomes a new contact with the first question', async () => {
    const engine = engineOn(new MemoryStore());
    const result = await engine.start('wechat:o1', 'wechat', 'en');
    expect(result.replies.map((r) => r.text).join('\n')).toMatch(/Hello[\s\S]*Which industry/);
    expect(result.view.awaiting).toBe('industry');
  });

  it('tells the user when the agent hands the conversation back', async () => {
    const engine = engineOn(new MemoryStore());
    await say(engine, '转人工');
    expect((await engine.handoffs()).map((v) => v.conversationId)).toEqual(['c1']);
    const outcome = await engine.release('c1');
    const released = 'released' in outcome ? outcome.released : undefined;
    expect(released?.replies[0]?.text).toContain('人工顾问已结束');
    expect(released?.view.stage).toBe('collecting');
    expect(await engine.handoffs()).toEqual([]);
    expect(await engine.release('nobody')).toEqual({ refused: 'not_found' });
    // Released already: the bot is answering it, there is nothing to hand back (and nothing is said).
    const before = await engine.transcript('c1');
    expect(await engine.release('c1')).toEqual({ refused: 'not_waiting' });
    expect(await engine.transcript('c1')).toEqual(before);
  });
});
