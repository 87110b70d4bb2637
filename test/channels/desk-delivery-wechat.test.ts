// An agent's message to a WeChat user goes out as a customer-service message (token, then
// custom/send), tested against a local stand-in of WeChat's API: what is sent is asserted whole.
// Outside WeChat's 48-hour window, or without the account's secret, the desk gets 409 saying why
// and nothing is recorded.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTestApp, testClock } from '../helpers/app';

const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const KEY = { Authorization: 'Bearer desk-1' };
const HOUR = 3_600_000;

class FakeWechat {
  readonly calls: Array<{ method: string; path: string; query: Record<string, string>; body?: unknown }> = [];
  errcode = 0;
  /** While set, custom/send answers only when it is let go (a slow WeChat). */
  held?: Promise<void>;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        this.calls.push({
          method: req.method ?? '',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          ...(raw ? { body: JSON.parse(raw) } : {}),
        });
        res.setHeader('Content-Type', 'application/json');
        if (url.pathname === '/cgi-bin/token') res.end(JSON.stringify({ access_token: 'TOKEN-1', expires_in: 7200 }));
        else
          void (this.held ?? Promise.resolve()).then(() =>
            res.end(JSON.stringify({ errcode: this.errcode, errmsg: this.errcode ? 'refused' : 'ok' })),
          );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

let fake: FakeWechat | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function waitingOnWechat(secret: boolean) {
  fake = await new FakeWechat().start();
  const clock = testClock(Date.UTC(2026, 0, 15, 7, 30));
  const env: Record<string, string> = {
    DESK_KEYS: 'desk-1',
    WECHAT_TOKEN: 'tok',
    WECHAT_APP_ID: 'wx2c2769f8efd9abc2',
    WECHAT_API_BASE: fake.url,
  };
  if (secret) env.WECHAT_APP_SECRET = 'the-secret';
  const built = buildTestApp({ env, clock });
  await built.engine.handle({ conversationId: `wechat:${OPENID}`, channel: 'wechat', text: '我们开米线店的，转人工' });
  return built;
}

const send = (app: Parameters<typeof request>[0], text: string) =>
  request(app).post(`/api/v1/desk/conversations/wechat:${OPENID}/messages`).set(KEY).send({ agent: '李娜', text, messageId: 'm-1' });

describe('an agent message to a WeChat user', () => {
  it('goes out as a customer-service message with the agent named, once even when the desk retries', async () => {
    const { app, engine } = await waitingOnWechat(true);
    const res = await send(app, '您好，我是李娜，下午三点给您打电话可以吗？');
    expect(res.status).toBe(201);
    await send(app, '您好，我是李娜，下午三点给您打电话可以吗？');
    expect(fake!.calls).toEqual([
      {
        method: 'GET',
        path: '/cgi-bin/token',
        query: { grant_type: 'client_credential', appid: 'wx2c2769f8efd9abc2', secret: 'the-secret' },
      },
      {
        method: 'POST',
        path: '/cgi-bin/message/custom/send',
        query: { access_token: 'TOKEN-1' },
        body: { touser: OPENID, msgtype: 'text', text: { content: '顾问李娜：您好，我是李娜，下午三点给您打电话可以吗？' } },
      },
    ]);
    expect((await engine.transcript(`wechat:${OPENID}`)).filter((e) => e.author === 'agent').map((e) => e.text)).toEqual([
      '您好，我是李娜，下午三点给您打电话可以吗？',
    ]);
  });

  it("does not hold up the customer's next message while WeChat is slow to take the agent's", async () => {
    const { app, engine } = await waitingOnWechat(true);
    let letGo = () => {};
    fake!.held = new Promise<void>((resolve) => (letGo = resolve));
    const desk = send(app, '您好，我是李娜').then((res) => res);
    await vi.waitFor(() => expect(fake!.calls.map((c) => c.path)).toContain('/cgi-bin/message/custom/send'));
    // WeChat has the message and has not answered: the customer's turn runs meanwhile.
    const turn = engine.handle({ conversationId: `wechat:${OPENID}`, channel: 'wechat', text: '我电话13888888888' });
    const first = await Promise.race([turn.then(() => 'turn'), new Promise((resolve) => setTimeout(() => resolve('blocked'), 3000))]);
    expect(first).toBe('turn');
    letGo();
    expect((await desk).status).toBe(201);
    const transcript = await engine.transcript(`wechat:${OPENID}`);
    expect(transcript.filter((e) => e.author !== 'bot').map((e) => [e.author, e.text])).toEqual([
      ['user', '我们开米线店的，转人工'],
      ['user', '我电话13888888888'],
      ['agent', '您好，我是李娜'],
    ]);
  });

  it('is refused with 409 wechat_window_closed 48 hours after the user last wrote, and nothing is sent or recorded', async () => {
    const { app, engine, clock } = await waitingOnWechat(true);
    clock.advance(48 * HOUR + 1000);
    const res = await send(app, '还在吗？');
    expect([res.status, res.body]).toEqual([
      409,
      {
        error: {
          code: 'wechat_window_closed',
          message:
            "WeChat accepts messages to a user only within 48 hours of the user's last message (2026-01-15T07:30:00.000Z); the user must write again first.",
        },
      },
    ]);
    expect(fake!.calls).toEqual([]);
    expect((await engine.transcript(`wechat:${OPENID}`)).filter((e) => e.author === 'agent')).toEqual([]);
  });

  it('is refused with 409 wechat_no_secret without WECHAT_APP_SECRET', async () => {
    const { app } = await waitingOnWechat(false);
    const res = await send(app, '您好');
    expect([res.status, res.body]).toEqual([
      409,
      {
        error: {
          code: 'wechat_no_secret',
          message:
            'WeChat users can be written to only with customer-service messages, which need WECHAT_APP_SECRET (and WECHAT_APP_ID): set them to reply from the desk.',
        },
      },
    ]);
    expect(fake!.calls).toEqual([]);
  });

  it('answers 502 wechat_send_failed when WeChat refuses the message', async () => {
    const { app } = await waitingOnWechat(true);
    fake!.errcode = 45047;
    const res = await send(app, '您好');
    expect([res.status, res.body]).toEqual([
      502,
      { error: { code: 'wechat_send_failed', message: 'WeChat refused the customer-service message (errcode 45047).' } },
    ]);
  });
});
