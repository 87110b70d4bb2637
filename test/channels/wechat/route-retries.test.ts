// WeChat's deliveries as they really come: the same message several times (at once, or as a
// retry after the first finished), tries cut off after 5 seconds, and replies that miss every try
// and go out later as customer-service messages through WeChat's API (here a local stand-in).
// Turns are held back by the store's gate, never by sleeping; the 4.5 s deadline is shortened.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from './fixtures';
import { MODES, OPENID, harness, readReply, replyText, text, type Harness, type HarnessOptions, type Mode } from './harness';

/** A stand-in for api.weixin.qq.com: hands out tokens, records customer-service messages. */
class StandIn {
  readonly tokenRequests: URLSearchParams[] = [];
  readonly sends: Array<{ accessToken: string | null; body: { touser: string; msgtype: string; text: { content: string } } }> = [];
  /** errcodes to answer the next sends with, in order (then 0). */
  readonly sendErrcodes: number[] = [];
  private tokens = 0;
  private waiters: Array<() => void> = [];
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.setHeader('Content-Type', 'application/json');
        if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
          this.tokenRequests.push(url.searchParams);
          res.end(JSON.stringify({ access_token: `TOKEN-${++this.tokens}`, expires_in: 7200 }));
          return;
        }
        if (req.method === 'POST' && url.pathname === '/cgi-bin/message/custom/send') {
          const errcode = this.sendErrcodes.shift() ?? 0;
          if (errcode === 0) {
            this.sends.push({
              accessToken: url.searchParams.get('access_token'),
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
            for (const wake of this.waiters.splice(0)) wake();
          }
          res.end(JSON.stringify({ errcode, errmsg: errcode ? 'access_token expired' : 'ok' }));
          return;
        }
        res.statusCode = 404;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Resolves once `count` customer-service messages have arrived. */
  async sent(count = 1): Promise<void> {
    while (this.sends.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

let h: Harness;
let standIn: StandIn | undefined;
afterEach(async () => {
  h?.channel.close();
  await standIn?.close();
  standIn = undefined;
});

const SHORT_DEADLINE = 40;

async function withStandIn(options: HarnessOptions = {}): Promise<Harness> {
  standIn = await new StandIn().start();
  return harness({ appSecret: 'the-app-secret', apiBase: standIn.url, replyDeadlineMs: SHORT_DEADLINE, retryGraceMs: 60_000, ...options });
}

/** The same delivery, byte for byte: one signed query, one body. */
function delivery(made: Harness, xml: string, mode: Mode) {
  const encrypt = mode === 'plaintext' ? undefined : made.cipher.encrypt(xml);
  const query = made.signedQuery(mode, encrypt);
  return () => made.post(xml, mode, { query, ...(encrypt ? { encrypt } : {}) });
}

/** What a try that was cut off looks like to WeChat: the connection dropped, no status. */
async function expectDropped(send: () => PromiseLike<unknown>): Promise<void> {
  await expect(Promise.resolve(send())).rejects.toThrow(/socket hang up|ECONNRESET/);
}

describe.each(MODES)('%s mode: one message, several deliveries', (mode) => {
  it('three identical deliveries at the same moment make one turn and get three identical replies', async () => {
    h = harness();
    const send = delivery(h, fixture('text-zh.xml'), mode);
    h.store.hold();
    const pending = [send(), send(), send()].map((t) => Promise.resolve(t));
    await vi.waitFor(() => expect(h.channel.waiting).toBe(3));
    h.store.release();
    const replies = (await Promise.all(pending)).map((res) => replyText(res, mode));
    expect(h.store.saves).toBe(1);
    expect(replies[0]).toContain('餐饮业');
    expect(replies[1]).toBe(replies[0]);
    expect(replies[2]).toBe(replies[0]);
  });

  it('three deliveries sent together without holding anything back still make one turn', async () => {
    h = harness();
    const send = delivery(h, text('我们在大理开客栈，员工8个人'), mode);
    const replies = (await Promise.all([send(), send(), send()])).map((res) => replyText(res, mode));
    expect(h.store.saves).toBe(1);
    expect(new Set(replies).size).toBe(1);
  });

  it('a retry after the first delivery finished gets the stored reply, with the same or a fresh signature', async () => {
    h = harness();
    const xml = text('我们在大理开客栈');
    const send = delivery(h, xml, mode);
    const first = replyText(await send(), mode);
    expect(replyText(await send(), mode)).toBe(first);
    h.clock.advance(5_000);
    expect(replyText(await h.post(xml, mode), mode)).toBe(first);
    expect(h.store.saves).toBe(1);
    expect((await h.engine.view(`wechat:${OPENID}`))?.profile.industry).toBe('accommodation');
  });

  it('a retried 更多 shows the same page again, not the one after', async () => {
    h = harness();
    readReply(await h.post(fixture('event-subscribe.xml'), mode), mode);
    replyText(await h.post(text('风险'), mode), mode);
    const more = text('更多');
    const page = replyText(await h.post(more, mode), mode);
    expect(replyText(await h.post(more, mode), mode)).toBe(page);
  });

  it('a retried subscribe does not welcome twice (one turn)', async () => {
    h = harness();
    const welcome = replyText(await h.post(fixture('event-subscribe.xml'), mode), mode);
    expect(replyText(await h.post(fixture('event-subscribe.xml'), mode), mode)).toBe(welcome);
    expect(h.store.saves).toBe(1);
  });
});

describe('the 5-second rule (deadline shortened to 40 ms)', () => {
  it('drops a try that has no answer in time, so that WeChat retries instead of showing an error; the retry gets the answer', async () => {
    h = harness({ replyDeadlineMs: SHORT_DEADLINE });
    const send = delivery(h, fixture('text-zh.xml'), 'safe');
    h.store.hold();
    await expectDropped(send);
    expect(h.store.saves).toBe(0);
    await expectDropped(send);
    h.store.release();
    await h.channel.drain();
    const reply = replyText(await send(), 'safe');
    expect(reply).toContain('餐饮业');
    expect(h.store.saves).toBe(1);
  });

  it('a retry arriving while the first try still waits shares its work: one turn', async () => {
    h = harness({ replyDeadlineMs: 10_000 });
    const send = delivery(h, fixture('text-zh.xml'), 'plaintext');
    h.store.hold();
    const first = Promise.resolve(send());
    await vi.waitFor(() => expect(h.channel.waiting).toBe(1));
    const second = Promise.resolve(send());
    await vi.waitFor(() => expect(h.channel.waiting).toBe(2));
    h.store.release();
    const [a, b] = await Promise.all([first, second]);
    expect(replyText(b, 'plaintext')).toBe(replyText(a, 'plaintext'));
    expect(h.store.saves).toBe(1);
  });

  it('without WECHAT_APP_SECRET the last try is dropped too, and the reply waits for the next try', async () => {
    h = harness({ replyDeadlineMs: SHORT_DEADLINE });
    const send = delivery(h, fixture('text-zh.xml'), 'plaintext');
    h.store.hold();
    for (let i = 0; i < 3; i++) await expectDropped(send);
    h.store.release();
    await h.channel.drain();
    expect(replyText(await send(), 'plaintext')).toContain('餐饮业');
  });
});

describe('replies that missed every try go out as customer-service messages', () => {
  it('answers the third try success at its deadline and sends the reply with the customer-service API once ready', async () => {
    h = await withStandIn();
    const send = delivery(h, fixture('text-zh.xml'), 'safe');
    h.store.hold();
    await expectDropped(send);
    await expectDropped(send);
    expect(readReply(await send(), 'safe')).toBe('success');
    expect(standIn!.sends).toHaveLength(0);

    h.store.release();
    await standIn!.sent(1);
    const [message] = standIn!.sends;
    expect(message?.body).toMatchObject({ touser: OPENID, msgtype: 'text' });
    expect(message?.body.text.content).toContain('好的，记下了：行业：餐饮业；金额：30万元。');
    expect(Buffer.byteLength(message?.body.text.content ?? '', 'utf8')).toBeLessThanOrEqual(2047);
    expect(message?.accessToken).toBe('TOKEN-1');
    expect(standIn!.tokenRequests).toHaveLength(1);
    expect(Object.fromEntries(standIn!.tokenRequests[0] ?? [])).toEqual({
      grant_type: 'client_credential',
      appid: 'wx2c2769f8efd9abc2',
      secret: 'the-app-secret',
    });

    // Should WeChat try once more after all, the user must not read the reply twice.
    expect(readReply(await send(), 'safe')).toBe('success');
    expect(standIn!.sends).toHaveLength(1);
    expect(h.store.saves).toBe(1);
  });

  it('sends late when the work ends between tries and no further try comes', async () => {
    h = await withStandIn({ retryGraceMs: 30 });
    const send = delivery(h, fixture('voice-recognition.xml'), 'plaintext');
    h.store.hold();
    await expectDropped(send);
    h.store.release();
    await standIn!.sent(1);
    expect(standIn!.sends[0]?.body.text.content).toContain('创业担保贷款：政府担保、财政贴息的创业贷款');
  });

  it('sends nothing late when the next try came and took the reply', async () => {
    h = await withStandIn({ retryGraceMs: 500 });
    const send = delivery(h, fixture('text-zh.xml'), 'plaintext');
    h.store.hold();
    await expectDropped(send);
    h.store.release();
    await h.channel.drain();
    expect(replyText(await send(), 'plaintext')).toContain('餐饮业');
    // The wait for a further try runs out: the reply was delivered, so nothing goes out late.
    await vi.waitFor(() => expect(h.channel.pending).toBe(0), { timeout: 3000 });
    await h.channel.drain();
    expect(standIn!.sends).toHaveLength(0);
    expect(standIn!.tokenRequests).toHaveLength(0);
  });

  it('keeps one access_token in the store for all late replies, and fetches a new one when WeChat says it expired', async () => {
    h = await withStandIn();
    const late = async (xml: string, count: number) => {
      const send = delivery(h, xml, 'plaintext');
      h.store.hold();
      for (let i = 0; i < 2; i++) await expectDropped(send);
      expect(readReply(await send(), 'plaintext')).toBe('success');
      h.store.release();
      await standIn!.sent(count);
    };
    await late(text('我们在大理开客栈'), 1);
    await late(text('员工8个人'), 2);
    expect(standIn!.tokenRequests).toHaveLength(1);
    expect(await h.store.getValue('wechat:access_token:wx2c2769f8efd9abc2')).toBe('TOKEN-1');

    standIn!.sendErrcodes.push(42001);
    await late(text('一年营业额120万'), 3);
    expect(standIn!.tokenRequests).toHaveLength(2);
    expect(standIn!.sends[2]?.accessToken).toBe('TOKEN-2');
  });
});

describe('after the conversation: the agent hands it back, or it is deleted', () => {
  it('tells the user with a customer-service message when the agent hands the conversation back', async () => {
    h = await withStandIn();
    replyText(await h.post(text('我们开了一家米线店，转人工')), 'plaintext');
    expect((await h.engine.handoffs()).map((v) => v.conversationId)).toEqual([`wechat:${OPENID}`]);
    await h.engine.release(`wechat:${OPENID}`);
    await standIn!.sent(1);
    expect(standIn!.sends[0]?.body).toMatchObject({ touser: OPENID, msgtype: 'text' });
    expect(standIn!.sends[0]?.body.text.content).toContain('人工顾问已结束本次服务');
  });

  it('without WECHAT_APP_SECRET the hand-back sends nothing and breaks nothing', async () => {
    h = harness();
    replyText(await h.post(text('转人工')), 'plaintext');
    const released = await h.engine.release(`wechat:${OPENID}`);
    expect('released' in released && released.released.view.stage).toBe('collecting');
    await h.channel.drain();
  });

  it('forgets the pages still to show when the conversation is deleted through the API', async () => {
    h = harness();
    const hint = '回复“更多”';
    expect(replyText(await h.post(text('风险')), 'plaintext')).toContain(hint);
    await h.engine.delete(`wechat:${OPENID}`);
    await h.channel.drain();
    // 更多 now has no page to show: it goes to the (new) conversation instead.
    const after = replyText(await h.post(text('更多')), 'plaintext');
    expect(after).not.toContain('互联网特有风险');
  });
});
