// The desk API's read side (/api/v1/desk, desk keys only): the hand-off queue with waiting time,
// last customer message, contact and a summary in the desk's language, and a transcript.

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { buildTestApp, testClock } from '../helpers/app';

const KEY = { Authorization: 'Bearer desk-1' };

async function twoWaiting() {
  const clock = testClock(Date.UTC(2026, 0, 15, 7, 30)); // Thursday 15:30 in Beijing
  const built = buildTestApp({ env: { DESK_KEYS: 'desk-1,desk-2', API_KEYS: 'client-1' }, clock });
  const { engine } = built;
  await engine.handle({ conversationId: 'web:abc', channel: 'webchat', text: '我们在大理开客栈' });
  await engine.handle({ conversationId: 'web:abc', channel: 'webchat', text: '转人工' });
  clock.advance(60_000);
  await engine.handle({ conversationId: 'web:abc', channel: 'webchat', text: '我电话13888888888 下午打给我嘛' });
  clock.advance(5 * 60_000);
  await engine.handle({ conversationId: 'desk-7', channel: 'api', text: 'agent please' });
  await engine.handle({ conversationId: 'happy', channel: 'api', text: 'We grow coffee' });
  return built;
}

describe('desk API', () => {
  it('lists the hand-offs, longest wait first, with the summary in the desk language', async () => {
    const { app } = await twoWaiting();
    const webAbc = {
      conversationId: 'web:abc',
      channel: 'webchat',
      locale: 'zh-CN',
      waitingSince: '2026-01-15T07:30:00.000Z',
      lastCustomerMessage: { text: '我电话13888888888 下午打给我嘛', at: '2026-01-15T07:31:00.000Z' },
      contact: { phone: '13888888888', callbackTime: '下午' },
      claimedBy: null,
    };
    const desk7 = {
      conversationId: 'desk-7',
      channel: 'api',
      locale: 'en',
      waitingSince: '2026-01-15T07:36:00.000Z',
      lastCustomerMessage: { text: 'agent please', at: '2026-01-15T07:36:00.000Z' },
      contact: null,
      claimedBy: null,
    };
    const en = await request(app).get('/api/v1/desk/handoffs?lang=en').set(KEY);
    expect([en.status, en.body]).toEqual([
      200,
      {
        conversations: [
          { ...webAbc, summary: 'Case summary\nStage: waiting for a human adviser\nBusiness: accommodation\nRecommended: none' },
          { ...desk7, summary: 'Case summary\nStage: waiting for a human adviser\nBusiness: no details yet\nRecommended: none' },
        ],
      },
    ]);
    const zh = await request(app).get('/api/v1/desk/handoffs').set('Authorization', 'Bearer desk-2');
    expect(zh.body).toEqual({
      conversations: [
        { ...webAbc, summary: '客户情况总结\n当前阶段：等待人工顾问\n企业情况：住宿业\n已推荐：暂无' },
        { ...desk7, summary: '客户情况总结\n当前阶段：等待人工顾问\n企业情况：尚未提供\n已推荐：暂无' },
      ],
    });
  });

  it("gives one conversation's transcript", async () => {
    const { app } = await twoWaiting();
    const res = await request(app).get('/api/v1/desk/conversations/desk-7/transcript').set(KEY);
    const at = '2026-01-15T07:36:00.000Z';
    expect([res.status, res.body]).toEqual([
      200,
      {
        conversationId: 'desk-7',
        entries: [
          { author: 'user', text: 'agent please', at, channel: 'api' },
          {
            author: 'bot',
            // The welcome's wording is the locale's (others edit it); the hand-off's is checked word for word.
            text: translator('en')('welcome'),
            at,
            channel: 'api',
          },
          {
            author: 'bot',
            text: [
              'I have passed your case to a human adviser.',
              'The desk is staffed now (Monday to Friday, 09:00–17:30, Beijing time), so an adviser will reply soon.',
              'If you like, leave a mobile number or a good time to call you (for example "after 3 pm") and the adviser will contact you; or reply "skip".',
              'Meanwhile you can keep leaving messages here; the adviser will see them. To talk to me again, reply "back to the bot".',
            ].join('\n'),
            at,
            channel: 'api',
          },
        ],
      },
    ]);
  });

  it('needs a desk key: none or a wrong one get 401, a client key 403; no desk keys configured, 403 unless DESK_OPEN=1', async () => {
    const { app } = await twoWaiting();
    for (const auth of [undefined, 'Bearer nope', 'Basic ZGVzay0x']) {
      const req = request(app).get('/api/v1/desk/handoffs');
      const res = await (auth ? req.set('Authorization', auth) : req);
      expect([res.status, res.body.error.code]).toEqual([401, 'unauthorized']);
    }
    const client = await request(app).get('/api/v1/desk/handoffs').set('Authorization', 'Bearer client-1');
    expect([client.status, client.body]).toEqual([
      403,
      { error: { code: 'forbidden', message: 'This needs a help-desk key (DESK_KEYS); client keys see only their own conversations.' } },
    ]);
    const { app: noDesk } = buildTestApp();
    const res = await request(noDesk).get('/api/v1/desk/handoffs').set(KEY);
    expect([res.status, res.body]).toEqual([
      403,
      {
        error: {
          code: 'desk_off',
          message:
            'The desk API is off: set DESK_KEYS (comma-separated) and send Authorization: Bearer <desk key>; for a local trial only, DESK_OPEN=1 opens it without keys.',
        },
      },
    ]);
    const { app: open } = buildTestApp({ env: { DESK_OPEN: '1' } });
    const opened = await request(open).get('/api/v1/desk/handoffs');
    expect([opened.status, opened.body]).toEqual([200, { conversations: [] }]);
  });

  it('answers bad input clearly', async () => {
    const { app } = await twoWaiting();
    const cases: Array<[string, number, string]> = [
      ['/api/v1/desk/handoffs?lang=fr', 400, 'bad_request'],
      ['/api/v1/desk/conversations/nobody/transcript', 404, 'not_found'],
      ['/api/v1/desk/conversations/bad%20id/transcript', 400, 'bad_conversation_id'],
      ['/api/v1/desk/nothing-here', 404, 'not_found'],
    ];
    for (const [path, status, code] of cases) {
      const res = await request(app).get(path).set(KEY);
      expect([path, res.status, res.body.error?.code]).toEqual([path, status, code]);
    }
  });
});
