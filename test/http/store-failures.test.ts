// When the store cannot write (a full disk, Redis out of memory, Redis frozen or killed), every
// API route answers 503 store_unavailable, the turn's apology says the message was NOT saved (in
// the user's language), /readyz reports it, and all comes back once the store does.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RedisStore } from '../../src/conversation/stores/redis';
import { SqliteStore } from '../../src/conversation/stores/sqlite';
import { translator } from '../../src/i18n';
import { buildTestApp } from '../helpers/app';
import { OwnRedis, redisServerInstalled, testPrefix } from '../helpers/redis';
import { dbOf, fillDisk } from '../helpers/sqlite-full';

const dir = mkdtempSync(join(tmpdir(), 'sme-fail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOT_SAVED_ZH = translator('zh-CN')('error.notSaved');
const NOT_SAVED_EN = translator('en')('error.notSaved');
const STORE_DOWN = {
  error: {
    code: 'store_unavailable',
    message: 'The conversation store cannot be reached or written to; nothing was changed. Please try again shortly.',
  },
};

type App = Parameters<typeof request>[0];
const post = (app: App, id: string, text: string) => request(app).post(`/api/v1/conversations/${id}/messages`).send({ text });

describe('SQLite that cannot write', () => {
  it("answers a turn 503 store_unavailable with the truth in the user's language, reports not ready, and recovers", async () => {
    const store = new SqliteStore(join(dir, 'full.db'));
    const { app } = buildTestApp({ store });
    expect((await post(app, 'before', '我们在大理开客栈')).status).toBe(200);
    fillDisk(store);

    const zh = await post(app, 'new-zh', '我们在大理开客栈，员工8个人，一年营业额120万，想借30万周转半年');
    expect(zh.status).toBe(503);
    expect(zh.body).toEqual({ error: { code: 'store_unavailable', message: NOT_SAVED_ZH } });
    expect(NOT_SAVED_ZH).toContain('没有保存');
    const en = await post(app, 'new-en', 'We run a guesthouse in Dali with 8 staff and need a loan of 300k for half a year');
    expect(en.body).toEqual({ error: { code: 'store_unavailable', message: NOT_SAVED_EN } });
    expect(NOT_SAVED_EN).toContain('not saved');
    expect((await request(app).get('/readyz')).body).toEqual({ status: 'store unavailable', store: 'sqlite' });
    expect((await request(app).get('/readyz')).status).toBe(503);
    // Nothing half-written: the conversation that failed does not exist.
    expect((await request(app).get('/api/v1/conversations/new-zh')).status).toBe(404);

    dbOf(store).pragma('max_page_count = 1073741823');
    expect((await post(app, 'new-zh', '我们在大理开客栈')).status).toBe(200);
    expect((await request(app).get('/readyz')).status).toBe(200);
    await store.close();
  });

  it('answers DELETE, release and a turn 503 store_unavailable when every write is refused, never 500', async () => {
    const store = new SqliteStore(join(dir, 'readonly.db'));
    const { app } = buildTestApp({ store });
    expect((await post(app, 'ro', '转人工')).status).toBe(200);
    dbOf(store).pragma('query_only = ON'); // SQLITE_READONLY on every write, as a remounted disk

    const del = await request(app).delete('/api/v1/conversations/ro');
    expect(del.status).toBe(503);
    expect(del.body).toEqual(STORE_DOWN);
    const release = await request(app).post('/api/v1/conversations/ro/release');
    expect(release.status).toBe(503);
    expect(release.body).toEqual(STORE_DOWN);
    expect((await post(app, 'ro', '好的')).body).toEqual({ error: { code: 'store_unavailable', message: NOT_SAVED_ZH } });
    // Reads still work, and say what is there.
    expect((await request(app).get('/api/v1/conversations/ro')).body.stage).toBe('handoff');
    expect((await request(app).get('/readyz')).status).toBe(503);

    dbOf(store).pragma('query_only = OFF');
    expect((await request(app).delete('/api/v1/conversations/ro')).status).toBe(204);
    expect((await request(app).get('/readyz')).status).toBe(200);
    await store.close();
  });
});

/** A 2 MB tmpfs of the test's own, when this machine lets the test mount one (root in CI). */
function mountTmpfs(): string | undefined {
  const point = join(dir, 'tmpfs');
  mkdirSync(point);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', point], { stdio: 'ignore' });
  if (mounted.status === 0) return point;
  console.warn('skipping the real full-disk test: cannot mount a tmpfs here (needs root); the injected SQLITE_FULL test ran instead');
  return undefined;
}
const tmpfs = mountTmpfs();
afterAll(() => {
  if (tmpfs) spawnSync('umount', [tmpfs]);
});

describe.skipIf(!tmpfs)('SQLite on a disk that is really full (a small tmpfs)', () => {
  it('answers turns and DELETE 503 store_unavailable and reports not ready until space comes back', async () => {
    const store = new SqliteStore(join(tmpfs!, 'conversations.db'));
    const { app } = buildTestApp({ store });
    expect((await post(app, 'disk', '我们在大理开客栈，员工8个人')).status).toBe(200);
    const filler = join(tmpfs!, 'filler');
    const chunk = Buffer.alloc(64 * 1024, 1);
    const parts: Buffer[] = [];
    for (let i = 0; i < 64; i++) parts.push(chunk);
    try {
      writeFileSync(filler, Buffer.concat(parts)); // 4 MB into 2 MB: ENOSPC once the disk is full
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }

    const turn = await post(app, 'disk', '想借30万周转半年，再多说一些话让这一页写不下'.repeat(20));
    expect(turn.status).toBe(503);
    expect(turn.body).toEqual({ error: { code: 'store_unavailable', message: NOT_SAVED_ZH } });
    const del = await request(app).delete('/api/v1/conversations/disk');
    expect(del.status).toBe(503);
    expect(del.body).toEqual(STORE_DOWN);
    expect((await request(app).get('/readyz')).status).toBe(503);

    rmSync(filler);
    expect((await request(app).delete('/api/v1/conversations/disk')).status).toBe(204);
    expect((await request(app).get('/readyz')).status).toBe(200);
    await store.close();
  });
});

describe.skipIf(!redisServerInstalled())("Redis that cannot write or answer (a redis-server of the test's own)", () => {
  it('answers 503 store_unavailable on every route and reports not ready while out of memory', async () => {
    const own = await OwnRedis.start({ persistent: false });
    const admin = new Redis(own.url);
    const store = RedisStore.connect(own.url, { prefix: testPrefix() });
    try {
      const { app } = buildTestApp({ store });
      expect((await post(app, 'oom', '我们在大理开客栈')).status).toBe(200);
      await admin.config('SET', 'maxmemory-policy', 'noeviction');
      await admin.config('SET', 'maxmemory', '1');

      expect((await post(app, 'oom', '员工8个人')).body).toEqual({ error: { code: 'store_unavailable', message: NOT_SAVED_ZH } });
      const del = await request(app).delete('/api/v1/conversations/oom');
      expect(del.status).toBe(503);
      expect(del.body).toEqual(STORE_DOWN);
      expect((await request(app).get('/readyz')).status).toBe(503);

      await admin.config('SET', 'maxmemory', '0');
      expect((await request(app).get('/readyz')).status).toBe(200);
      expect((await request(app).delete('/api/v1/conversations/oom')).status).toBe(204);
    } finally {
      admin.disconnect();
      await store.close();
      await own.stop();
    }
  });

  it('gives up on a frozen Redis after the command timeout: 503, not ready, then recovers', async () => {
    const own = await OwnRedis.start({ persistent: false });
    const store = RedisStore.connect(own.url, { prefix: testPrefix(), commandTimeoutMs: 300 });
    try {
      const { app } = buildTestApp({ store });
      expect((await post(app, 'frozen', 'We run a guesthouse in Dali')).status).toBe(200);
      own.freeze();

      const started = performance.now();
      const turn = await post(app, 'frozen', 'We have 8 employees');
      expect(turn.body).toEqual({ error: { code: 'store_unavailable', message: NOT_SAVED_EN } });
      const ready = await request(app).get('/readyz');
      expect(ready.status).toBe(503);
      const del = await request(app).delete('/api/v1/conversations/frozen');
      expect(del.body).toEqual(STORE_DOWN);
      // Three waits of one command timeout each (not Redis' mercy): well under the 20 s test limit.
      expect(performance.now() - started).toBeLessThan(5000);

      own.thaw();
      let status = 503;
      for (let i = 0; i < 50 && status !== 200; i++) {
        status = (await request(app).get('/readyz')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(200);
      const after = await post(app, 'frozen', 'We have 8 employees');
      expect(after.status).toBe(200);
      expect(after.body.profile).toEqual({ industry: 'accommodation', employees: 8, sizeClass: 'micro', sizeClassSource: 'standard' });
    } finally {
      await store.close();
      await own.stop();
    }
  });

  it('answers DELETE 503 store_unavailable while Redis is killed', async () => {
    const own = await OwnRedis.start({ persistent: false });
    const store = RedisStore.connect(own.url, { prefix: testPrefix() });
    try {
      const { app } = buildTestApp({ store });
      expect((await post(app, 'killed', '你好')).status).toBe(200);
      await own.kill();
      // The rate limiter's counters fail too: the requests go on, and nothing is printed around the log.
      const printed = vi.spyOn(console, 'error');
      const warned = vi.spyOn(console, 'warn');
      const del = await request(app).delete('/api/v1/conversations/killed');
      expect(del.status).toBe(503);
      expect(del.body).toEqual(STORE_DOWN);
      expect((await request(app).get('/api/v1/handoffs')).body).toEqual(STORE_DOWN);
      expect((await request(app).get('/api/v1/conversations/killed')).body).toEqual(STORE_DOWN);
      expect([printed.mock.calls.length, warned.mock.calls.length]).toEqual([0, 0]);
      printed.mockRestore();
      warned.mockRestore();
    } finally {
      await store.close();
      await own.stop();
    }
  });
});
