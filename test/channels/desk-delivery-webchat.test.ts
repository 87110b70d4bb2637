// An agent's message to a web chat customer, and the hand-back, reach the page without a reload:
// the page polls GET /webchat/api/conversations/{id}/updates?after=<cursor>, which answers the
// messages it did not ask for since the cursor (never the desk's notes), each with an id.

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { buildTestApp, testClock } from '../helpers/app';

const KEY = { Authorization: 'Bearer desk-1' };
const T0 = Date.UTC(2026, 0, 15, 7, 30); // Thursday 15:30 in Beijing

describe('the web page receives the desk', () => {
  it('gets an agent message and the hand-back through its updates, each once past the cursor, and the bot answers again', async () => {
    const { app, engine, clock } = buildTestApp({ env: { DESK_KEYS: 'desk-1' }, clock: testClock(T0) });
    const page = (after?: number) =>
      request(app).get(`/webchat/api/conversations/abc/updates${after === undefined ? '' : `?after=${after}`}`);
    await engine.handle({ conversationId: 'web:abc', channel: 'webchat', text: '转人工' });
    expect((await page()).body).toEqual({ conversationId: 'abc', messages: [], cursor: T0 });

    clock.advance(60_000);
    await request(app).post('/api/v1/desk/conversations/web:abc/notes').set(KEY).send({ agent: '李娜', text: '只给同事看' });
    const sent = await request(app)
      .post('/api/v1/desk/conversations/web:abc/messages')
      .set(KEY)
      .send({ agent: '李娜', text: '您好，<b>我是</b>李娜' });
    const agentMessage = { id: sent.body.id as string, at: T0 + 60_000, text: '顾问李娜：您好，<b>我是</b>李娜' };
    expect((await page(T0)).body).toEqual({ conversationId: 'abc', messages: [agentMessage], cursor: T0 + 60_000 });

    clock.advance(60_000);
    const released = await request(app).post('/api/v1/desk/conversations/web:abc/release').set(KEY);
    expect(released.status).toBe(200);
    const updates = (await page(T0 + 60_000)).body as { messages: Array<{ id: string; at: number; text: string }>; cursor: number };
    expect(updates).toEqual({
      conversationId: 'abc',
      messages: [
        agentMessage,
        ...released.body.replies.map((text: string, i: number) => ({ id: updates.messages[i + 1]!.id, at: T0 + 120_000, text })),
      ],
      cursor: T0 + 120_000,
    });
    expect(updates.messages[1]!.text).toBe(translator('zh-CN')('handoff.ended'));
    expect((await page(T0 + 120_001)).body).toEqual({ conversationId: 'abc', messages: [], cursor: T0 + 120_001 });

    await request(app)
      .post('/webchat/api/conversations/abc/messages')
      .set('Content-Type', 'application/json')
      .send({ text: '我们在大理开客栈' });
    expect((await engine.view('web:abc'))?.profile.industry).toBe('accommodation');
  });

  it('answers a bad cursor with 400, and an unknown conversation with nothing', async () => {
    const { app } = buildTestApp();
    const bad = await request(app).get('/webchat/api/conversations/abc/updates?after=yesterday');
    expect([bad.status, bad.body]).toEqual([
      400,
      { error: { code: 'bad_request', message: 'after must be a whole number (the cursor of the last answer)' } },
    ]);
    const none = await request(app).get('/webchat/api/conversations/nobody/updates?after=5');
    expect([none.status, none.body]).toEqual([200, { conversationId: 'nobody', messages: [], cursor: 5 }]);
  });
});
