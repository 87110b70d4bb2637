// The desk's outgoing webhook against a real local receiver: each event POSTed as JSON with an id,
// signed (checked here as a receiver would, with node:crypto and the shared secret, not with the
// bot's own function); retried after a 500 and a network error, not after a 400; a conversation's
// events in order; a full queue drops new events; and the whole path from the app's turns and the
// desk's actions.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskWebhook } from '../../src/channels/desk/webhook';
import type { DeskEvent } from '../../src/desk/events';
import { drainChannels } from '../../src/server';
import { buildTestApp, testClock } from '../helpers/app';
import { freePort } from '../helpers/redis';

const SECRET = 'a-shared-secret-of-the-desk-0123456789';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOW = Date.UTC(2026, 0, 15, 7, 30);

interface Received {
  body: Record<string, unknown>;
  /** The signature checked as a receiver does it. */
  signed: boolean;
  timestamp: string;
  eventId: string;
}

/** A desk system's receiver: answers each request with the next status of `statuses` (then 200). */
class Receiver {
  readonly tries: Received[] = [];
  statuses: number[] = [];
  /** While set, requests wait for it before being answered (a slow receiver). */
  hold?: Promise<void>;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.read(req).then(async (raw) => {
        this.tries.push({
          body: JSON.parse(raw) as Record<string, unknown>,
          signed: verify(req, raw),
          timestamp: String(req.headers['x-desk-timestamp']),
          eventId: String(req.headers['x-desk-event-id']),
        });
        await this.hold;
        res.statusCode = this.statuses.shift() ?? 200;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/sme`;
    return this;
  }

  private read(req: IncomingMessage): Promise<string> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** What a receiver does: HMAC-SHA256 over "<timestamp>.<raw body>", compared in constant time. */
function verify(req: IncomingMessage, raw: string): boolean {
  const timestamp = req.headers['x-desk-timestamp'];
  const signature = req.headers['x-desk-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${raw}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

function sender(url: string, options: { queueLimit?: number; maxAttempts?: number } = {}) {
  return new DeskWebhook({
    url,
    secret: SECRET,
    queueLimit: options.queueLimit ?? 100,
    timeoutMs: 2000,
    logger: pino({ level: 'silent' }),
    retryDelayMs: 5,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    now: () => NOW,
  });
}

const event = (conversationId: string, type: DeskEvent['type'] = 'handoff.opened', text?: string): DeskEvent => ({
  type,
  conversationId,
  channel: 'webchat',
  at: new Date(NOW).toISOString(),
  ...(text ? { text } : {}),
});

describe('the desk webhook', () => {
  it('POSTs each event as JSON with an id, signed over the timestamp and the body', async () => {
    receiver = await new Receiver().start();
    const webhook = sender(receiver.url);
    expect(webhook.publish(event('web:a', 'customer.message', '我电话13888888888'))).toBe(true);
    await webhook.drain();
    const [only] = receiver.tries;
    expect(receiver.tries.length).toBe(1);
    expect(only!.body.id).toMatch(UUID);
    expect(only).toEqual({
      body: {
        id: only!.body.id,
        type: 'customer.message',
        conversationId: 'web:a',
        channel: 'webchat',
        at: '2026-01-15T07:30:00.000Z',
        text: '我电话13888888888',
      },
      signed: true,
      timestamp: String(NOW / 1000),
      eventId: only!.body.id,
    });
    expect(webhook.stats).toEqual({ sent: 1, dropped: 0, failed: 0 });
  });

  it('tries again after a 500, with the same id, and gives up after a 400', async () => {
    receiver = await new Receiver().start();
    const webhook = sender(receiver.url);
    receiver.statuses = [500, 200, 400];
    webhook.publish(event('web:a'));
    await webhook.drain();
    webhook.publish(event('web:b', 'released'));
    await webhook.drain();
    expect(receiver.tries.map((t) => [t.body.conversationId, t.body.type, t.signed])).toEqual([
      ['web:a', 'handoff.opened', true],
      ['web:a', 'handoff.opened', true],
      ['web:b', 'released', true],
    ]);
    expect(receiver.tries[1]!.eventId).toBe(receiver.tries[0]!.eventId);
    expect(webhook.stats).toEqual({ sent: 1, dropped: 0, failed: 1 });
  });

  it('tries again when the receiver cannot be reached, a bounded number of times', async () => {
    const webhook = sender(`http://127.0.0.1:${await freePort()}/hook`, { maxAttempts: 3 });
    webhook.publish(event('web:a'));
    await webhook.drain();
    expect(webhook.stats).toEqual({ sent: 0, dropped: 0, failed: 1 });
  });

  it("keeps each conversation's events in order, a retry included, while other conversations go on", async () => {
    receiver = await new Receiver().start();
    const webhook = sender(receiver.url);
    receiver.statuses = [503];
    webhook.publish(event('web:a', 'handoff.opened'));
    webhook.publish(event('web:b', 'handoff.opened'));
    webhook.publish(event('web:a', 'customer.message', 'one'));
    webhook.publish(event('web:a', 'customer.message', 'two'));
    webhook.publish(event('web:a', 'released'));
    await webhook.drain();
    const ofA = receiver.tries.filter((t) => t.body.conversationId === 'web:a').map((t) => [t.body.type, t.body.text ?? null]);
    expect(ofA).toEqual([
      ['handoff.opened', null],
      ['handoff.opened', null],
      ['customer.message', 'one'],
      ['customer.message', 'two'],
      ['released', null],
    ]);
    expect(webhook.stats).toEqual({ sent: 5, dropped: 0, failed: 0 });
  });

  it('drops new events when its queue is full (a receiver slow or down), and never waits to publish', async () => {
    receiver = await new Receiver().start();
    let letGo = () => {};
    receiver.hold = new Promise<void>((resolve) => (letGo = resolve));
    const webhook = sender(receiver.url, { queueLimit: 2 });
    // publish returns at once (not a promise), while the receiver holds every request.
    expect([webhook.publish(event('web:a')), webhook.publish(event('web:b')), webhook.publish(event('web:c'))]).toEqual([
      true,
      true,
      false,
    ]);
    letGo();
    await webhook.drain();
    expect(receiver.tries.map((t) => t.body.conversationId).sort()).toEqual(['web:a', 'web:b']);
    expect(webhook.stats).toEqual({ sent: 2, dropped: 1, failed: 0 });
  });

  it("tells the desk's system what happens in the app: hand-off, waiting message, claim, agent message, release", async () => {
    receiver = await new Receiver().start();
    const { app, engine } = buildTestApp({
      env: { DESK_KEYS: 'desk-1', DESK_WEBHOOK_URL: receiver.url, DESK_WEBHOOK_SECRET: SECRET },
      clock: testClock(NOW),
    });
    await engine.handle({ conversationId: 'web:abc', channel: 'webchat', text: '转人工' });
    await engine.handle({ conversationId: 'web:abc', channel: 'webchat', text: '我电话13888888888' });
    await engine.handle({ conversationId: 'happy', channel: 'api', text: 'We grow coffee' });
    const desk = (path: string, body?: object) =>
      request(app)
        .post(`/api/v1/desk/conversations/web:abc/${path}`)
        .set({ Authorization: 'Bearer desk-1' })
        .send(body ?? {});
    await desk('claim', { agent: '李娜' });
    await desk('messages', { agent: '李娜', text: '您好' });
    await desk('release');
    await drainChannels(app);
    const base = { conversationId: 'web:abc', channel: 'webchat', at: '2026-01-15T07:30:00.000Z' };
    expect(receiver.tries.every((t) => t.signed && t.eventId === t.body.id && UUID.test(t.eventId))).toBe(true);
    expect(new Set(receiver.tries.map((t) => t.eventId)).size).toBe(5);
    expect(receiver.tries.map(({ body: { id: _id, ...rest } }) => rest)).toEqual([
      { type: 'handoff.opened', ...base },
      { type: 'customer.message', ...base, text: '我电话13888888888' },
      { type: 'claimed', ...base, agent: '李娜' },
      { type: 'agent.message', ...base, agent: '李娜', text: '您好' },
      { type: 'released', ...base },
    ]);
  });
});
