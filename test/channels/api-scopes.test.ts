// Who may do what on the help-desk API, and how callers are counted. Client keys (API_KEYS) see
// and act on only the conversations they created; the desk's keys (DESK_KEYS) see every channel
// and the hand-offs. Rate limits count the caller (its key's hash, else its address), however the
// header is spelled; X-Forwarded-For counts only from TRUST_PROXY; no key is ever stored; logs
// name users by a short hash.

import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/conversation/stores/sqlite';
import { keyId } from '../../src/http/api-keys';
import { buildTestApp } from '../helpers/app';

type App = Parameters<typeof request>[0];
const dir = mkdtempSync(join(tmpdir(), 'sme-scopes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { API_KEYS: 'client-a,client-b', DESK_KEYS: 'desk-1' };
const as = (key: string) => ({ Authorization: `Bearer ${key}` });
const send = (app: App, id: string, text: string, key: string) =>
  request(app).post(`/api/v1/conversations/${id}/messages`).set(as(key)).send({ text });
const NOT_FOUND = { error: { code: 'not_found', message: 'No such conversation (it may have expired or been deleted).' } };
const FORBIDDEN = {
  error: { code: 'forbidden', message: 'This needs a help-desk key (DESK_KEYS); client keys see only their own conversations.' },
};

describe('client keys and desk keys', () => {
  it('lets a client key see and act on only the conversations it created', async () => {
    const { app } = buildTestApp({ env });
    expect((await send(app, 'shop-1', '我们开了一家超市', 'client-a')).status).toBe(200);

    // Another client: as if the conversation did not exist, for every action, and nothing changes.
    expect((await request(app).get('/api/v1/conversations/shop-1').set(as('client-b'))).body).toEqual(NOT_FOUND);
    expect((await send(app, 'shop-1', '员工20人', 'client-b')).body).toEqual(NOT_FOUND);
    const del = await request(app).delete('/api/v1/conversations/shop-1').set(as('client-b'));
    expect(del.status).toBe(404);
    expect(del.body).toEqual(NOT_FOUND);

    const own = await request(app).get('/api/v1/conversations/shop-1').set(as('client-a'));
    expect(own.status).toBe(200);
    expect(own.body.profile).toEqual({ industry: 'retail' });
    const desk = await request(app).get('/api/v1/conversations/shop-1').set(as('desk-1'));
    expect(desk.status).toBe(200);
    expect(desk.body).toEqual(own.body);
    expect((await request(app).delete('/api/v1/conversations/shop-1').set(as('client-a'))).status).toBe(204);
    expect((await request(app).get('/api/v1/conversations/shop-1').set(as('desk-1'))).status).toBe(404);
  });

  it("refuses a client key WeChat's, the web page's and the desk's conversations, which the desk sees", async () => {
    const { app, engine } = buildTestApp({ env });
    await engine.handle({ conversationId: 'wechat:oUser123', channel: 'wechat', text: '我们在大理开客栈' });
    expect((await request(app).post('/webchat/api/conversations/browser-1/messages').send({ text: 'We grow coffee' })).status).toBe(200);
    expect((await send(app, 'desk-made', '你好', 'desk-1')).status).toBe(200);

    for (const id of ['wechat:oUser123', 'web:browser-1', 'desk-made']) {
      expect((await request(app).get(`/api/v1/conversations/${id}`).set(as('client-a'))).body).toEqual(NOT_FOUND);
      expect((await send(app, id, '删除我的数据', 'client-a')).body).toEqual(NOT_FOUND);
      expect((await request(app).delete(`/api/v1/conversations/${id}`).set(as('client-a'))).status).toBe(404);
      expect((await request(app).get(`/api/v1/conversations/${id}`).set(as('desk-1'))).status).toBe(200);
    }
  });

  it('keeps the hand-off list and release for desk keys (403 for a client key), bounded by ?limit', async () => {
    const { app, engine } = buildTestApp({ env });
    for (const n of [1, 2, 3]) await engine.handle({ conversationId: `wechat:o${n}`, channel: 'wechat', text: '转人工' });
    expect((await send(app, 'mine', '转人工', 'client-a')).status).toBe(200);

    const refused = await request(app).get('/api/v1/handoffs').set(as('client-a'));
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual(FORBIDDEN);
    expect((await request(app).post('/api/v1/conversations/mine/release').set(as('client-a'))).body).toEqual(FORBIDDEN);

    const all = await request(app).get('/api/v1/handoffs').set(as('desk-1'));
    expect(all.body.conversations.map((c: { conversationId: string }) => c.conversationId)).toEqual([
      'wechat:o1',
      'wechat:o2',
      'wechat:o3',
      'mine',
    ]);
    const two = await request(app).get('/api/v1/handoffs?limit=2').set(as('desk-1'));
    expect(two.body.conversations.map((c: { conversationId: string }) => c.conversationId)).toEqual(['wechat:o1', 'wechat:o2']);
    expect((await request(app).get('/api/v1/handoffs?limit=0').set(as('desk-1'))).status).toBe(400);
    expect((await request(app).post('/api/v1/conversations/mine/release').set(as('desk-1'))).status).toBe(200);
  });

  it('needs a key on every endpoint when only desk keys are set', async () => {
    const { app } = buildTestApp({ env: { DESK_KEYS: 'desk-1' } });
    expect((await request(app).get('/api/v1/handoffs')).status).toBe(401);
    expect((await request(app).get('/api/v1/handoffs').set(as('desk-1'))).status).toBe(200);
  });
});

describe('rate limits by caller', () => {
  it('counts re-spelled Authorization headers of one key as one caller', async () => {
    const { app } = buildTestApp({ env: { API_KEYS: 'k1', RATE_LIMIT_PER_MINUTE: '3' } });
    const statuses: number[] = [];
    for (const header of ['bearer k1', 'Bearer  k1', 'Bearer k1 ', 'BEARER\tk1', 'Bearer k1']) {
      statuses.push((await request(app).get('/api/v1/conversations/none').set('Authorization', header)).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
  });

  it('counts made-up headers by client address when no keys are set', async () => {
    const { app } = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    const statuses: number[] = [];
    for (const header of ['Bearer a', 'Bearer b', 'x', 'Bearer c', 'Basic Zm9v']) {
      statuses.push((await request(app).get('/api/v1/conversations/none').set('Authorization', header)).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', async () => {
    const spoofed = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } }).app;
    const a: number[] = [];
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      a.push((await request(spoofed).get('/api/v1/conversations/none').set('X-Forwarded-For', ip)).status);
    }
    expect(a).toEqual([404, 404, 429]);

    // Through a trusted proxy (the test connects from loopback), each client has its own count.
    const proxied = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'loopback' } }).app;
    const b: number[] = [];
    for (const ip of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2']) {
      b.push((await request(proxied).get('/api/v1/conversations/none').set('X-Forwarded-For', ip)).status);
    }
    expect(b).toEqual([404, 404, 429, 404]);
  });

  it("counts the web chat page's requests by the connection's address when no proxy is trusted", async () => {
    const { app } = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const statuses: number[] = [];
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      statuses.push(
        (await request(app).post('/webchat/api/conversations/page-1/start').set('X-Forwarded-For', ip).send({ locale: 'en' })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('never stores a key, and keeps one counter row per caller however many headers are made up', async () => {
    const secret = 'super-secret-key-7f3a9c';
    const keyed = new SqliteStore(join(dir, 'keys.db'));
    const { app } = buildTestApp({ env: { API_KEYS: secret, RATE_LIMIT_PER_MINUTE: '1000' }, store: keyed });
    for (const header of [`Bearer ${secret}`, `bearer  ${secret}`]) {
      expect(
        (await request(app).post('/api/v1/conversations/c1/messages').set('Authorization', header).send({ text: '你好' })).status,
      ).toBe(200);
    }
    await keyed.close();
    for (const file of ['keys.db', 'keys.db-wal']) {
      const path = join(dir, file);
      if (existsSync(path)) expect(readFileSync(path).includes(secret)).toBe(false);
    }
    const db = new Database(join(dir, 'keys.db'), { readonly: true });
    expect(db.prepare('SELECT key FROM hits').pluck().all()).toEqual([`ratelimit:api:${keyId(secret)}`]);
    db.close();

    const open = new SqliteStore(join(dir, 'open.db'));
    const openApp = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000' }, store: open }).app;
    for (let i = 0; i < 50; i++) {
      await request(openApp)
        .get('/api/v1/conversations/none')
        .set('Authorization', `Bearer made-up-${i}-${'x'.repeat(4000)}`);
    }
    await open.close();
    const rows = new Database(join(dir, 'open.db'), { readonly: true });
    const keys = rows.prepare('SELECT key FROM hits').pluck().all() as string[];
    rows.close();
    expect(keys.length).toBe(1);
    expect(keys[0]).toMatch(/^ratelimit:api:ip:/);
  });
});

describe('logs', () => {
  it('name users by a short hash at info, never by the WeChat openid or the API id', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const { engine } = buildTestApp({ logger: pino({ level: 'info' }, sink) });
    await engine.handle({ conversationId: 'wechat:oSecretOpenId42', channel: 'wechat', text: '我们在大理开客栈' });
    await engine.handle({ conversationId: 'customer-8842', channel: 'api', text: 'hi', messageId: 'm1' });
    await engine.handle({ conversationId: 'customer-8842', channel: 'api', text: 'hi', messageId: 'm1' });
    const turns = lines.map((l) => JSON.parse(l) as { msg: string; conversation?: string }).filter((l) => l.msg === 'turn');
    expect(turns.map((t) => t.conversation)).toEqual([
      expect.stringMatching(/^wechat:[0-9a-f]{12}$/),
      expect.stringMatching(/^api:[0-9a-f]{12}$/),
      expect.stringMatching(/^api:[0-9a-f]{12}$/),
    ]);
    const all = lines.join('');
    expect(all).not.toContain('oSecretOpenId42');
    expect(all).not.toContain('customer-8842');
  });
});
