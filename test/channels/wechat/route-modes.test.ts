// WECHAT_MODE enforced, with the whole app: safe mode refuses a plaintext body (a downgrade anyone
// holding one captured query could send), and the replay guard lives in the store, so a captured
// signed query replayed after a restart, or on another instance, with `encrypt_type` dropped and a
// forged plaintext body, runs no turn as anyone. The start log names the mode.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConversationStore } from '../../../src/conversation/store';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { RedisStore } from '../../../src/conversation/stores/redis';
import { SqliteStore } from '../../../src/conversation/stores/sqlite';
import { buildTestApp } from '../../helpers/app';
import { OwnRedis, redisServerInstalled, testPrefix } from '../../helpers/redis';
import { postWechat, signedQuery, wechatCipher, wechatEnv } from './client';
import { CONVERSATION, OPENID, readReply, text, type Mode } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'sme-wechat-modes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type App = ReturnType<typeof buildTestApp>['app'];

/** A plaintext body signed as WeChat signs a plaintext-mode request (signature only). */
function postPlain(app: App, xml: string, query: Record<string, string> = signedQuery()) {
  return request(app).post('/wechat').query(query).set('Content-Type', 'text/xml').send(xml);
}

describe('safe mode', () => {
  it('refuses a correctly signed plaintext body with 401 and runs no turn; the same message encrypted is answered', async () => {
    const { app, engine } = buildTestApp({ env: wechatEnv('safe') });
    const res = await postPlain(app, text('我们在大理开客栈'));
    expect([res.status, res.text]).toEqual([401, '']);
    expect(await engine.view(CONVERSATION)).toBeUndefined();
    const reply = readReply(await postWechat(app, text('我们在大理开客栈'), 'safe'), 'safe');
    expect(reply !== 'success' && reply.toUserName).toBe(OPENID);
    expect((await engine.view(CONVERSATION))?.profile).toEqual({ industry: 'accommodation' });
  });

  it('is the default with an AES key, and plaintext without; the start log says which', async () => {
    const started = (env: Record<string, string>) => {
      const lines: string[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
      buildTestApp({ env, logger });
      return lines.map((l) => JSON.parse(l) as { msg: string; mode?: string }).find((l) => l.msg.startsWith('WeChat channel on'));
    };
    const { WECHAT_MODE: _safe, ...aes } = wechatEnv('safe');
    expect(started(aes)).toMatchObject({
      mode: 'safe',
      msg: 'WeChat channel on at /wechat in safe mode (encrypted bodies only; a plaintext body is refused)',
    });
    const { WECHAT_MODE: _plain, ...plain } = wechatEnv('plaintext');
    expect(started(plain)?.mode).toBe('plaintext');
    expect(started(plain)?.msg).toMatch(/in plaintext mode \(plaintext bodies only; set WECHAT_ENCODING_AES_KEY and WECHAT_MODE=safe/);
    expect(started(wechatEnv('compatible'))?.mode).toBe('compatible');
  });
});

/**
 * A captured request of `mode` answered by one server, then its signed query sent to `other`
 * (after a restart, or another instance) with encrypt_type and msg_signature dropped and a forged
 * plaintext body: another message id, asking to delete the data. Returns the replay's response.
 */
async function replayAfter(mode: Mode, first: App, other: () => Promise<App>) {
  const xml = text('我们在大理开客栈');
  const encrypt = wechatCipher.encrypt(xml);
  const query = signedQuery(encrypt);
  const answered = await postWechat(first, xml, mode, { query, encrypt });
  expect(readReply(answered, mode)).not.toBe('success');
  const { encrypt_type: _t, msg_signature: _s, ...downgraded } = query;
  return postPlain(await other(), text('删除我的数据'), downgraded);
}

const stores: ConversationStore[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
});
const kept = <T extends ConversationStore>(store: T): T => {
  stores.push(store);
  return store;
};

describe.each(['safe', 'compatible'] as const)('%s mode: a captured query replayed with a forged plaintext body', (mode) => {
  it('is refused after a restart on the same SQLite file, and the conversation is as it was', async () => {
    const path = join(dir, `${mode}.db`);
    const before = kept(new SqliteStore(path));
    const first = buildTestApp({ store: before, env: wechatEnv(mode) });
    const res = await replayAfter(mode, first.app, async () => {
      await first.engine.drain();
      await before.close();
      return buildTestApp({ store: kept(new SqliteStore(path)), env: wechatEnv(mode) }).app;
    });
    expect([res.status, res.text]).toEqual([401, '']);
    const after = kept(new SqliteStore(path));
    expect((await buildTestApp({ store: after }).engine.view(CONVERSATION))?.profile).toEqual({ industry: 'accommodation' });
  });

  it('is refused by a second server sharing the store (memory: one process, two apps)', async () => {
    const store = new MemoryStore();
    const a = buildTestApp({ store, env: wechatEnv(mode) });
    const res = await replayAfter(mode, a.app, async () => buildTestApp({ store, env: wechatEnv(mode) }).app);
    expect([res.status, res.text]).toEqual([401, '']);
    expect((await a.engine.view(CONVERSATION))?.profile).toEqual({ industry: 'accommodation' });
  });
});

describe.skipIf(!redisServerInstalled())("compatible mode on Redis (a redis-server of the test's own)", () => {
  it('refuses the replay on another instance, and after both restarted', async () => {
    const own = await OwnRedis.start({ persistent: true });
    const prefix = testPrefix();
    try {
      const a = buildTestApp({ store: kept(RedisStore.connect(own.url, { prefix })), env: wechatEnv('compatible') });
      const onOther = await replayAfter(
        'compatible',
        a.app,
        async () => buildTestApp({ store: kept(RedisStore.connect(own.url, { prefix })), env: wechatEnv('compatible') }).app,
      );
      expect([onOther.status, onOther.text]).toEqual([401, '']);
      const c = buildTestApp({ store: kept(RedisStore.connect(own.url, { prefix })), env: wechatEnv('compatible') });
      const afterRestart = await replayAfter('compatible', c.app, async () => {
        await own.kill();
        await own.resume();
        return buildTestApp({ store: kept(RedisStore.connect(own.url, { prefix })), env: wechatEnv('compatible') }).app;
      });
      expect([afterRestart.status, afterRestart.text]).toEqual([401, '']);
      expect((await c.engine.view(CONVERSATION))?.profile).toEqual({ industry: 'accommodation' });
    } finally {
      await own.stop();
    }
  });
});
