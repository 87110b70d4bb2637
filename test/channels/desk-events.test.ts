// The desk's event stream (GET /api/v1/desk/events, server-sent events, a desk key): a hand-off
// opened, the customer's message while waiting, a claim, an agent's message, the release, in order.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, testClock } from '../helpers/app';
import { readEvents } from '../helpers/sse';

const T0 = Date.UTC(2026, 0, 15, 7, 30);
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listen() {
  const built = buildTestApp({ env: { DESK_KEYS: 'desk-1' }, clock: testClock(T0) });
  server = await new Promise<Server>((resolve) => {
    const s = built.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { ...built, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the desk event stream', () => {
  it('tells a hand-off, the customer waiting, the claim, a take-over, the agent message and the release, in order', async () => {
    const { origin, engine } = await listen();
    const auth = { Authorization: 'Bearer desk-1', 'Content-Type': 'application/json' };
    const stream = await fetch(`${origin}/api/v1/desk/events`, { headers: auth });
    expect([stream.status, stream.headers.get('content-type')]).toEqual([200, 'text/event-stream; charset=utf-8']);
    const reading = readEvents(stream.body!, 6);

    await engine.handle({ conversationId: 'web:abc', channel: 'webchat', text: '转人工' });
    await engine.handle({ conversationId: 'web:abc', channel: 'webchat', text: '我电话13888888888' });
    await engine.handle({ conversationId: 'happy', channel: 'api', text: 'We grow coffee' });
    const post = (path: string, body?: unknown) =>
      fetch(`${origin}/api/v1/desk/conversations/web:abc/${path}`, {
        method: 'POST',
        headers: auth,
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    await post('claim', { agent: '李娜' });
    await post('claim', { agent: 'Wang Wei', takeOver: true });
    await post('messages', { agent: 'Wang Wei', text: '您好' });
    await post('release');

    const at = new Date(T0).toISOString();
    const base = { conversationId: 'web:abc', channel: 'webchat', at };
    expect(await reading).toEqual([
      ['handoff.opened', { type: 'handoff.opened', ...base }],
      ['customer.message', { type: 'customer.message', ...base, text: '我电话13888888888' }],
      ['claimed', { type: 'claimed', ...base, agent: '李娜' }],
      ['claimed', { type: 'claimed', ...base, agent: 'Wang Wei', takeOverFrom: '李娜' }],
      ['agent.message', { type: 'agent.message', ...base, agent: 'Wang Wei', text: '您好' }],
      ['released', { type: 'released', ...base }],
    ]);
  });

  it('needs a desk key', async () => {
    const { origin } = await listen();
    const res = await fetch(`${origin}/api/v1/desk/events`);
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([401, 'unauthorized']);
  });
});
