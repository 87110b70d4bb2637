// The help-desk JSON API exactly as the contract says: every status, the error shape, API keys,
// size limits, safe retries, views and hand-offs.

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app';

const FULL_ZH = '我们是昆明的一家茶叶加工厂，员工25人，去年营业额800万，想借100万买设备，期限两年';

function post(app: Parameters<typeof request>[0], id: string, body: unknown, key?: string) {
  const r = request(app).post(`/api/v1/conversations/${id}/messages`);
  if (key) r.set('Authorization', `Bearer ${key}`);
  return r.send(body as object);
}

describe('POST /api/v1/conversations/{id}/messages', () => {
  it('creates a conversation with its first message and answers with view and replies', async () => {
    const { app } = buildTestApp();
    const res = await post(app, 'desk-1', { text: '你好' });
    expect(res.status).toBe(200);
    expect(res.body.conversationId).toBe('desk-1');
    expect(res.body.locale).toBe('zh-CN');
    expect(res.body.stage).toBe('collecting');
    expect(res.body.awaiting).toBe('industry');
    expect(res.body.recommendations).toEqual([]);
    expect(res.body.replies.length).toBeGreaterThan(0);
    const last = res.body.replies.at(-1);
    expect(last.choices.length).toBeGreaterThan(5);
    expect(last.choices[0]).toEqual({ id: expect.any(String), label: expect.any(String) });
    expect(Object.keys(last).sort()).toEqual(['choices', 'text']);
  });

  it('goes straight to advice from one forwarded message with everything', async () => {
    const { app } = buildTestApp();
    const res = await post(app, 'desk-2', { text: FULL_ZH });
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe('advising');
    expect(res.body.awaiting).toBeNull();
    expect(res.body.profile).toMatchObject({
      industry: 'industry',
      employees: 25,
      annualRevenueCny: 8_000_000,
      sizeClass: 'small',
      sizeClassSource: 'standard',
      purpose: 'equipment-expansion',
      amount: { value: 1_000_000, currency: 'CNY' },
      termMonths: 24,
    });
    expect(res.body.recommendations[0].serviceId).toBe('financial-leasing');
    for (const r of res.body.recommendations) {
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(typeof r.reasons[0]).toBe('string');
      expect(r.citations.length).toBeGreaterThan(0);
    }
    expect(res.body.cautions.length).toBeGreaterThan(0);
    expect(res.body.cautions[0]).toEqual(expect.objectContaining({ riskId: expect.any(String), text: expect.any(String) }));
    expect(res.body.summary).toContain('融资租赁');
  });

  it('accepts a body sent without a JSON content type', async () => {
    const { app } = buildTestApp();
    const res = await request(app)
      .post('/api/v1/conversations/plain/messages')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ text: 'hello', locale: 'en' }));
    expect(res.status).toBe(200);
    expect(res.body.locale).toBe('en');
  });

  it('uses the locale the help desk asks for', async () => {
    const { app } = buildTestApp();
    const res = await post(app, 'desk-3', { text: '你好', locale: 'en' });
    expect(res.body.locale).toBe('en');
    expect(res.body.replies[0].text).toMatch(/Hello/);
  });

  it('answers a repeated messageId with the first answer and no second turn', async () => {
    const { app } = buildTestApp();
    const first = await post(app, 'retry', { text: '我们是开客栈的', messageId: 'm-1' });
    const again = await post(app, 'retry', { text: '我们是开客栈的', messageId: 'm-1' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const view = await request(app).get('/api/v1/conversations/retry');
    expect(view.body.profile.industry).toBe('accommodation');
    // A different id is a new turn.
    const next = await post(app, 'retry', { text: '员工8人', messageId: 'm-2' });
    expect(next.body.profile.employees).toBe(8);
  });

  it.each([
    ['an empty text', { text: '' }],
    ['a blank text', { text: '   ' }],
    ['a text of 2,001 characters', { text: '茶'.repeat(2001) }],
    ['no text', { locale: 'en' }],
    ['a number as text', { text: 42 }],
    ['an unknown locale', { text: 'hi', locale: 'fr' }],
    ['an array body', [1, 2]],
  ])('answers 400 to %s', async (_name, body) => {
    const { app } = buildTestApp();
    const res = await post(app, 'bad', body);
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
  });

  it('accepts exactly 2,000 characters, counting emoji as one', async () => {
    const { app } = buildTestApp();
    expect((await post(app, 'long', { text: '😀'.repeat(2000) })).status).toBe(200);
  });

  it('answers 400 to bad JSON', async () => {
    const { app } = buildTestApp();
    const res = await request(app)
      .post('/api/v1/conversations/x/messages')
      .set('Content-Type', 'application/json')
      .send('{"text": "unterminated');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_json');
  });

  it.each([['a%20space'], ['x'.repeat(129)], ['semi;colon'], ['%E4%BD%A0']])('answers 400 to the id %s', async (id) => {
    const { app } = buildTestApp();
    const res = await post(app, id, { text: 'hi' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_conversation_id');
  });

  it('answers 413 to a body over 16 KiB', async () => {
    const { app } = buildTestApp();
    const res = await post(app, 'big', { text: 'a', padding: 'x'.repeat(17 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });
});

describe('API keys', () => {
  const env = { API_KEYS: 'key-one, key-two' };

  it('refuses a request without a key or with a wrong one (401)', async () => {
    const { app } = buildTestApp({ env });
    const none = await post(app, 'k', { text: 'hi' });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/Bearer/);
    expect(none.body.error.code).toBe('unauthorized');
    expect((await post(app, 'k', { text: 'hi' }, 'key-three')).status).toBe(401);
    expect((await request(app).get('/api/v1/handoffs').set('Authorization', 'Basic a2V5LW9uZQ==')).status).toBe(401);
  });

  // Since 2026-11 (contract): API_KEYS are client keys, each on its own conversations; the
  // hand-off list is the desk's (DESK_KEYS). test/channels/api-scopes.test.ts has the rest.
  it('accepts any configured key on its own conversations', async () => {
    const { app } = buildTestApp({ env });
    expect((await post(app, 'k', { text: 'hi' }, 'key-one')).status).toBe(200);
    expect((await post(app, 'k2', { text: 'hi' }, 'key-two')).status).toBe(200);
    expect((await request(app).get('/api/v1/conversations/k').set('Authorization', 'Bearer key-one')).status).toBe(200);
    expect((await request(app).get('/api/v1/conversations/k2').set('Authorization', 'Bearer key-two')).status).toBe(200);
    expect((await request(app).delete('/api/v1/conversations/k').set('Authorization', 'Bearer key-one')).status).toBe(204);
  });

  it('leaves health checks open', async () => {
    const { app } = buildTestApp({ env });
    expect((await request(app).get('/healthz')).status).toBe(200);
    expect((await request(app).get('/readyz')).status).toBe(200);
  });
});

describe('views, deletion, hand-offs', () => {
  it('GET answers 404 for an unknown conversation and 200 with the view for a known one', async () => {
    const { app } = buildTestApp();
    expect((await request(app).get('/api/v1/conversations/nobody')).status).toBe(404);
    await post(app, 'known', { text: 'We run a coffee farm', locale: 'en' });
    const res = await request(app).get('/api/v1/conversations/known');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ conversationId: 'known', locale: 'en', stage: 'collecting', profile: { industry: 'agriculture' } });
    expect(res.body.replies).toBeUndefined();
  });

  it('DELETE answers 204 and forgets everything, remembered answers included', async () => {
    const { app } = buildTestApp();
    await post(app, 'gone', { text: FULL_ZH, messageId: 'once' });
    expect((await request(app).delete('/api/v1/conversations/gone')).status).toBe(204);
    expect((await request(app).get('/api/v1/conversations/gone')).status).toBe(404);
    // The same messageId is a fresh turn now: nothing about the conversation is left.
    const again = await post(app, 'gone', { text: '你好', messageId: 'once' });
    expect(again.body.stage).toBe('collecting');
    expect(again.body.profile).toEqual({});
  });

  it('lists conversations waiting for a human, and the agent can hand them back', async () => {
    const { app } = buildTestApp();
    await post(app, 'needs-human', { text: FULL_ZH });
    const handoff = await post(app, 'needs-human', { text: '转人工' });
    expect(handoff.body.stage).toBe('handoff');
    await post(app, 'happy', { text: '你好' });
    const list = await request(app).get('/api/v1/handoffs');
    expect(list.status).toBe(200);
    expect(list.body.conversations.map((c: { conversationId: string }) => c.conversationId)).toEqual(['needs-human']);
    expect(list.body.conversations[0].summary).toContain('等待人工');
    expect(list.body.conversations[0].recommendations.length).toBeGreaterThan(0);

    const released = await request(app).post('/api/v1/conversations/needs-human/release');
    expect(released.status).toBe(200);
    expect(released.body.stage).toBe('advising');
    expect((await request(app).get('/api/v1/handoffs')).body.conversations).toEqual([]);
    expect((await request(app).post('/api/v1/conversations/nobody/release')).status).toBe(404);
    // Handed back already, and one that never waited: the bot answers them, nothing to release.
    for (const id of ['needs-human', 'happy']) {
      const again = await request(app).post(`/api/v1/conversations/${id}/release`);
      expect([again.status, again.body]).toEqual([
        409,
        { error: { code: 'not_waiting', message: 'The conversation is not waiting for a person (the bot is answering it).' } },
      ]);
    }
    expect((await request(app).get('/api/v1/conversations/happy')).body.stage).toBe('collecting');
  });

  it('answers 404 with the error shape for an unknown endpoint', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('rate limit', () => {
  it('answers 429 with the error shape past the limit', async () => {
    const { app } = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    for (let i = 0; i < 3; i++) expect((await post(app, 'rl', { text: 'hi' })).status).toBe(200);
    const res = await post(app, 'rl', { text: 'hi' });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
  });
});
