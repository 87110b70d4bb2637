// When the store fails (Redis killed or frozen, SQLite on a full disk, a store that throws), a
// WeChat message gets a short passive reply in the user's language saying it was not saved and to
// send it again: never a 500 (which WeChat turns into "该公众号暂时无法提供服务"), never silence.
// The channel's own store calls (lock, remembered answer, replay guard, rate limit, pages) are
// covered as well as the engine's turn. The whole app is built as `npm start` builds it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/conversation/store';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { RedisStore } from '../../../src/conversation/stores/redis';
import { SqliteStore } from '../../../src/conversation/stores/sqlite';
import { translator } from '../../../src/i18n';
import { buildTestApp } from '../../helpers/app';
import { OwnRedis, redisServerInstalled, testPrefix } from '../../helpers/redis';
import { postWechat, wechatEnv } from './client';
import { message, readReply, text, type Mode } from './harness';
import { dbOf, fillDisk } from '../../helpers/sqlite-full';

const dir = mkdtempSync(join(tmpdir(), 'sme-wechat-fail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOT_SAVED_ZH = translator('zh-CN')('error.notSaved');
const NOT_SAVED_EN = translator('en')('error.notSaved');
const WELCOME_START = '您好';

let subscribes = 0;
/** A subscribe event of its own (events are told apart by CreateTime). */
const subscribe = () => message('event-subscribe.xml', { createTime: String(1_718_000_000 + ++subscribes) });

type App = ReturnType<typeof buildTestApp>['app'];

/** What the user reads after a text in Chinese, one in English, and a subscribe. */
async function whatTheUserReads(app: App, mode: Mode): Promise<unknown[]> {
  const replies = [];
  for (const xml of [text('我们在大理开客栈，员工8个人'), text('We run a guesthouse in Dali with 8 staff'), subscribe()]) {
    const res = await postWechat(app, xml, mode);
    expect(res.status).toBe(200);
    replies.push(readReply(res, mode));
  }
  return replies;
}

const apologies = (replyTo = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o') =>
  [NOT_SAVED_ZH, NOT_SAVED_EN, NOT_SAVED_ZH].map((content) => ({ content, toUserName: replyTo, fromUserName: 'gh_3c884a361561' }));

/** A store whose every call fails as an unreachable Redis does (the lock is the first). */
class UnreachableStore extends MemoryStore {
  override withLock<T>(): Promise<T> {
    return Promise.reject(new StoreUnavailableError('redis: connection is closed'));
  }
}

describe.each(['plaintext', 'safe'] as const)('%s mode: a store that cannot be reached', (mode) => {
  it('answers every message with the truthful apology in its language, never 500', async () => {
    const { app } = buildTestApp({ store: new UnreachableStore(), env: wechatEnv(mode) });
    expect(await whatTheUserReads(app, mode)).toEqual(apologies());
  });
});

describe('SQLite on a full disk (SQLITE_FULL)', () => {
  it('answers text and subscribe with the apology, and the message sent again once there is room is answered', async () => {
    const store = new SqliteStore(join(dir, 'full.db'));
    try {
      const { app } = buildTestApp({ store, env: wechatEnv('safe') });
      fillDisk(store);
      expect(await whatTheUserReads(app, 'safe')).toEqual(apologies());

      dbOf(store).pragma('max_page_count = 1073741823');
      const again = readReply(await postWechat(app, subscribe(), 'safe'), 'safe');
      expect(again).not.toBe('success');
      expect(again !== 'success' && again.content.startsWith(WELCOME_START)).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(!redisServerInstalled())("Redis killed or frozen (a redis-server of the test's own)", () => {
  it("answers text and subscribe with the apology while Redis is killed, within WeChat's 5 s", async () => {
    const own = await OwnRedis.start({ persistent: false });
    const store = RedisStore.connect(own.url, { prefix: testPrefix(), connectTimeoutMs: 500, commandTimeoutMs: 500 });
    try {
      const { app } = buildTestApp({ store, env: wechatEnv('plaintext') });
      expect(readReply(await postWechat(app, subscribe(), 'plaintext'), 'plaintext')).not.toBe('success');
      await own.kill();
      const started = performance.now();
      expect(await whatTheUserReads(app, 'plaintext')).toEqual(apologies());
      expect((performance.now() - started) / 3).toBeLessThan(4500);
    } finally {
      await store.close();
      await own.stop();
    }
  });

  it('answers with the apology after the command timeout while Redis is frozen, and normally once it thaws', async () => {
    const own = await OwnRedis.start({ persistent: false });
    const store = RedisStore.connect(own.url, { prefix: testPrefix(), commandTimeoutMs: 300 });
    try {
      const { app } = buildTestApp({ store, env: wechatEnv('safe') });
      own.freeze();
      const started = performance.now();
      expect(await whatTheUserReads(app, 'safe')).toEqual(apologies());
      expect((performance.now() - started) / 3).toBeLessThan(4500);
      own.thaw();
      let reply: ReturnType<typeof readReply> = 'success';
      for (let i = 0; i < 50; i++) {
        const res = await postWechat(app, subscribe(), 'safe');
        reply = readReply(res, 'safe');
        if (reply !== 'success' && reply.content !== NOT_SAVED_ZH) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(reply !== 'success' && reply.content.startsWith(WELCOME_START)).toBe(true);
    } finally {
      await store.close();
      await own.stop();
    }
  });
});
