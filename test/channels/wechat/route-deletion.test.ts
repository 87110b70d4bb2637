// Deletion that leaves nothing: after the help desk's DELETE, 删除我的数据 + 是, or an unsubscribe,
// no row, key or value of any store holds the WeChat user's openid: not the conversation, not the
// channel's remembered answers, not the pages waiting for 更多 (they are kept with the
// conversation, so its deletion takes them), not the rate-limit counter (keyed by a hash). On
// memory, SQLite and Redis. And no info log line names the openid.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import pino from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGES_ID } from '../../../src/channels/wechat/pages';
import type { ConversationStore } from '../../../src/conversation/store';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { RedisStore } from '../../../src/conversation/stores/redis';
import { SqliteStore } from '../../../src/conversation/stores/sqlite';
import { buildTestApp } from '../../helpers/app';
import { OwnRedis, redisServerInstalled, testPrefix } from '../../helpers/redis';
import { postWechat, wechatEnv } from './client';
import { fixture } from './fixtures';
import { CONVERSATION, OPENID, readReply, replyText, text } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'sme-wechat-delete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DESK = 'desk-key-for-the-test';

/** Every piece of text a store holds, for a search: memory's maps, SQLite's rows, Redis' keys and values. */
type Dump = () => Promise<string>;

function dumpMemory(store: MemoryStore): Dump {
  return async () => {
    const parts: string[] = [];
    for (const field of Object.values(store as unknown as Record<string, unknown>)) {
      if (field instanceof Map) parts.push(JSON.stringify([...field]));
      else if (field instanceof Set) parts.push(JSON.stringify([...field]));
    }
    return parts.join('\n');
  };
}

function dumpSqlite(path: string): Dump {
  return async () => {
    const db = new Database(path, { readonly: true });
    try {
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
    } finally {
      db.close();
    }
  };
}

function dumpRedis(url: string, prefix: string): Dump {
  return async () => {
    const redis = new Redis(url);
    try {
      const parts: string[] = [];
      for (const key of await redis.keys(`${prefix}*`)) {
        const type = await redis.type(key);
        const value =
          type === 'string'
            ? await redis.get(key)
            : type === 'hash'
              ? await redis.hgetall(key)
              : type === 'list'
                ? await redis.lrange(key, 0, -1)
                : type === 'zset'
                  ? await redis.zrange(key, 0, -1)
                  : type === 'set'
                    ? await redis.smembers(key)
                    : type;
        parts.push(`${key} ${JSON.stringify(value)}`);
      }
      return parts.join('\n');
    } finally {
      redis.disconnect();
    }
  };
}

type App = ReturnType<typeof buildTestApp>['app'];

/** A user who subscribed, talked, has pages waiting for 更多 and a remembered notice (a picture). */
async function converse(app: App, store: ConversationStore): Promise<void> {
  expect(readReply(await postWechat(app, fixture('event-subscribe.xml'), 'safe'), 'safe')).not.toBe('success');
  replyText(await postWechat(app, text('我们在大理开客栈'), 'safe'), 'safe');
  replyText(await postWechat(app, text('风险'), 'safe'), 'safe');
  replyText(await postWechat(app, fixture('image.xml'), 'safe'), 'safe');
  expect(await store.getProcessed(CONVERSATION, PAGES_ID)).toBeDefined();
}

const WAYS = {
  "the help desk's DELETE": async (app: App) => {
    const res = await request(app).delete(`/api/v1/conversations/${CONVERSATION}`).set('Authorization', `Bearer ${DESK}`);
    expect(res.status).toBe(204);
  },
  '删除我的数据, then 是': async (app: App) => {
    expect(replyText(await postWechat(app, text('删除我的数据'), 'safe'), 'safe')).toContain('确定要删除');
    expect(replyText(await postWechat(app, text('是'), 'safe'), 'safe')).toContain('已全部删除');
  },
  'an unsubscribe': async (app: App) => {
    expect(readReply(await postWechat(app, fixture('event-unsubscribe.xml'), 'safe'), 'safe')).toBe('success');
  },
} as const;

async function leavesNothing(way: keyof typeof WAYS, store: ConversationStore, dump: Dump): Promise<void> {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  const { app, engine } = buildTestApp({ store, logger, env: wechatEnv('safe', { DESK_KEYS: DESK }) });
  await converse(app, store);
  expect(await dump()).toContain(OPENID);
  await WAYS[way](app);
  await engine.drain();
  expect(await engine.view(CONVERSATION)).toBeUndefined();
  expect(await store.getProcessed(CONVERSATION, PAGES_ID)).toBeUndefined();
  expect((await dump()).includes(OPENID)).toBe(false);
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.filter((line) => line.includes(OPENID))).toEqual([]);
}

describe.each(Object.keys(WAYS) as Array<keyof typeof WAYS>)('after %s', (way) => {
  it('the memory store holds nothing of the user', async () => {
    const store = new MemoryStore();
    await leavesNothing(way, store, dumpMemory(store));
  });

  it('the SQLite file holds no row that names the user', async () => {
    const path = join(dir, `${way.length}-${Math.random().toString(36).slice(2)}.db`);
    const store = new SqliteStore(path);
    try {
      await leavesNothing(way, store, dumpSqlite(path));
    } finally {
      await store.close();
    }
  });

  it.skipIf(!redisServerInstalled())('Redis holds no key or value that names the user', async () => {
    const own = await OwnRedis.start({ persistent: false });
    const prefix = testPrefix();
    const store = RedisStore.connect(own.url, { prefix });
    try {
      await leavesNothing(way, store, dumpRedis(own.url, prefix));
    } finally {
      await store.close();
      await own.stop();
    }
  });
});
