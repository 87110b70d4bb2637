// Desk events across instances on one Redis (STORE=redis): a console's event stream on one
// instance sees what happens on another (Redis pub/sub), and the webhook sends each event once,
// from the instance where it happened. Skipped without Redis unless REQUIRE_REDIS=1.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../src/conversation/stores/redis';
import { RedisDeskBridge } from '../../src/desk/redis-bridge';
import { drainChannels } from '../../src/server';
import { buildTestApp, testClock } from '../helpers/app';
import { REDIS_URL, redisAvailable, testPrefix } from '../helpers/redis';
import { readEvents } from '../helpers/sse';

const withRedis = await redisAvailable();
const T0 = Date.UTC(2026, 0, 15, 7, 30);
const closing: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closing) await close();
});

async function instance(prefix: string, env: Record<string, string>) {
  const store = RedisStore.connect(REDIS_URL, { prefix });
  const deskBridge = RedisDeskBridge.connect(REDIS_URL, { prefix });
  await deskBridge.ready();
  const built = buildTestApp({ store, deskBridge, clock: testClock(T0), env: { DESK_KEYS: 'desk-1', ...env } });
  const server = await new Promise<Server>((resolve) => {
    const s = built.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  closing.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deskBridge.close();
    await store.close();
  });
  return { ...built, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A webhook receiver that counts what it is sent. */
async function receiver() {
  const bodies: Array<{ id: string; type: string }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; type: string });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closing.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { bodies, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

describe.skipIf(!withRedis)('desk events with two instances on one Redis', () => {
  it("show on one instance's event stream what happens on the other, and reach the webhook once", async () => {
    const prefix = testPrefix();
    const hook = await receiver();
    const env = { DESK_WEBHOOK_URL: hook.url, DESK_WEBHOOK_SECRET: 'a-shared-secret-of-the-desk' };
    const a = await instance(prefix, env);
    const b = await instance(prefix, env);
    const auth = { Authorization: 'Bearer desk-1' };
    const stream = await fetch(`${b.origin}/api/v1/desk/events`, { headers: auth });
    const reading = readEvents(stream.body!, 4);

    // The customer is served by instance A; the agent works on instance B.
    await a.engine.handle({ conversationId: 'multi', channel: 'api', text: '转人工' });
    await a.engine.handle({ conversationId: 'multi', channel: 'api', text: '我电话13888888888' });
    expect((await request(b.app).post('/api/v1/desk/conversations/multi/claim').set(auth).send({ agent: '李娜' })).status).toBe(200);
    expect((await request(a.app).post('/api/v1/desk/conversations/multi/release').set(auth)).status).toBe(200);

    const base = { conversationId: 'multi', channel: 'api', at: new Date(T0).toISOString() };
    expect(await reading).toEqual([
      ['handoff.opened', { type: 'handoff.opened', ...base }],
      ['customer.message', { type: 'customer.message', ...base, text: '我电话13888888888' }],
      ['claimed', { type: 'claimed', ...base, agent: '李娜' }],
      ['released', { type: 'released', ...base }],
    ]);
    await drainChannels(a.app);
    await drainChannels(b.app);
    expect(hook.bodies.map((e) => e.type).sort()).toEqual(['claimed', 'customer.message', 'handoff.opened', 'released']);
    expect(new Set(hook.bodies.map((e) => e.id)).size).toBe(4);
  });
});
