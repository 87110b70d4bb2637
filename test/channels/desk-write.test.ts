// The desk API's write side (/api/v1/desk, desk keys only): claim, internal notes, an agent's
// message (recorded as author `agent`, retried safely by messageId), release; the queue shows
// who claimed what, and a claim lasts as long as the hand-off.

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp, testClock } from '../helpers/app';

const KEY = { Authorization: 'Bearer desk-1' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function waiting() {
  const clock = testClock(Date.UTC(2026, 0, 15, 7, 30)); // Thursday 15:30 in Beijing
  const built = buildTestApp({ env: { DESK_KEYS: 'desk-1' }, clock });
  await built.engine.handle({ conversationId: 'desk-7', channel: 'api', text: 'agent please' });
  await built.engine.handle({ conversationId: 'happy', channel: 'api', text: 'We grow coffee' });
  return built;
}

const claimedBy = async (app: Parameters<typeof request>[0]) =>
  (
    (await request(app).get('/api/v1/desk/handoffs').set(KEY)).body.conversations as Array<{
      conversationId: string;
      claimedBy: string | null;
    }>
  ).map((c) => [c.conversationId, c.claimedBy]);

describe('desk API, write side', () => {
  it('claims a waiting conversation for an agent; another agent is told who has it; the claim survives the customer writing and ends with the release', async () => {
    const { app, engine } = await waiting();
    expect(await claimedBy(app)).toEqual([['desk-7', null]]);
    const claim = await request(app).post('/api/v1/desk/conversations/desk-7/claim').set(KEY).send({ agent: ' 李娜 ' });
    expect([claim.status, claim.body]).toEqual([200, { conversationId: 'desk-7', claimedBy: '李娜' }]);
    const again = await request(app).post('/api/v1/desk/conversations/desk-7/claim').set(KEY).send({ agent: '李娜' });
    expect([again.status, again.body]).toEqual([200, { conversationId: 'desk-7', claimedBy: '李娜' }]);
    const other = await request(app).post('/api/v1/desk/conversations/desk-7/claim').set(KEY).send({ agent: 'Wang Wei' });
    expect([other.status, other.body]).toEqual([
      409,
      {
        error: {
          code: 'claimed',
          message: 'Another agent has claimed this conversation: 李娜. To take it over, claim it with "takeOver": true.',
          claimedBy: '李娜',
        },
      },
    ]);
    await engine.handle({ conversationId: 'desk-7', channel: 'api', text: 'anyone there?' });
    expect(await claimedBy(app)).toEqual([['desk-7', '李娜']]);
    const released = await request(app).post('/api/v1/desk/conversations/desk-7/release').set(KEY);
    expect([released.status, released.body.stage, released.body.conversationId]).toEqual([200, 'collecting', 'desk-7']);
    expect(await claimedBy(app)).toEqual([]);
    await engine.handle({ conversationId: 'desk-7', channel: 'api', text: 'human please' });
    expect(await claimedBy(app)).toEqual([['desk-7', null]]);
  });

  it('lets a second agent take a claimed conversation over when asked to, with a note in the transcript', async () => {
    const { app, engine, clock } = await waiting();
    await request(app).post('/api/v1/desk/conversations/desk-7/claim').set(KEY).send({ agent: '李娜' });
    clock.advance(120_000);
    const refused = await request(app)
      .post('/api/v1/desk/conversations/desk-7/claim')
      .set(KEY)
      .send({ agent: 'Wang Wei', takeOver: false });
    expect([refused.status, refused.body.error.claimedBy]).toEqual([409, '李娜']);
    const before = (await engine.transcript('desk-7')).length;
    const takeOver = await request(app)
      .post('/api/v1/desk/conversations/desk-7/claim')
      .set(KEY)
      .send({ agent: 'Wang Wei', takeOver: true });
    expect([takeOver.status, takeOver.body]).toEqual([200, { conversationId: 'desk-7', claimedBy: 'Wang Wei', takeOverFrom: '李娜' }]);
    expect(await claimedBy(app)).toEqual([['desk-7', 'Wang Wei']]);
    const transcript = (await request(app).get('/api/v1/desk/conversations/desk-7/transcript').set(KEY)).body.entries;
    expect(transcript.slice(before)).toEqual([
      {
        author: 'note',
        text: 'Wang Wei从李娜手中接手了这个会话。',
        at: '2026-01-15T07:32:00.000Z',
        channel: 'api',
        agent: 'Wang Wei',
        takeOverFrom: '李娜',
      },
    ]);
    // Taking over one's own claim, or an unclaimed conversation, is a plain claim: no note.
    const own = await request(app).post('/api/v1/desk/conversations/desk-7/claim').set(KEY).send({ agent: 'Wang Wei', takeOver: true });
    expect([own.status, own.body]).toEqual([200, { conversationId: 'desk-7', claimedBy: 'Wang Wei' }]);
    expect((await engine.transcript('desk-7')).length).toBe(before + 1);
    const bad = await request(app).post('/api/v1/desk/conversations/desk-7/claim').set(KEY).send({ agent: 'Wang Wei', takeOver: 'yes' });
    expect([bad.status, bad.body]).toEqual([400, { error: { code: 'bad_request', message: 'takeOver: takeOver must be true or false' } }]);
  });

  it("keeps internal notes in the desk's transcript and sends agent messages as author agent, once per messageId", async () => {
    const { app, engine, clock } = await waiting();
    const before = (await engine.transcript('desk-7')).length;
    clock.advance(60_000);
    const note = await request(app)
      .post('/api/v1/desk/conversations/desk-7/notes')
      .set(KEY)
      .send({ agent: '李娜', text: '客户想问贷款，先打电话' });
    const at = '2026-01-15T07:31:00.000Z';
    const noteEntry = { author: 'note', text: '客户想问贷款，先打电话', at, channel: 'api', agent: '李娜' };
    expect([note.status, note.body]).toEqual([201, noteEntry]);
    const body = { agent: '李娜', text: 'Hello, I am Li Na from the desk. <b>How</b> can I help?', messageId: 'a-1' };
    const sent = await request(app).post('/api/v1/desk/conversations/desk-7/messages').set(KEY).send(body);
    expect(sent.status).toBe(201);
    expect(sent.body.id).toMatch(UUID);
    const agentEntry = { author: 'agent', text: body.text, at, channel: 'api', agent: '李娜', unprompted: true, id: sent.body.id };
    expect(sent.body).toEqual(agentEntry);
    clock.advance(1000);
    const retry = await request(app).post('/api/v1/desk/conversations/desk-7/messages').set(KEY).send(body);
    expect([retry.status, retry.body]).toEqual([201, agentEntry]);
    const transcript = await request(app).get('/api/v1/desk/conversations/desk-7/transcript').set(KEY);
    expect(transcript.body.entries.slice(before)).toEqual([noteEntry, agentEntry]);
  });

  it('refuses what cannot be done, saying why', async () => {
    const { app } = await waiting();
    const cases: Array<[string, unknown, number, { code: string; message: string }]> = [
      [
        'happy/messages',
        { agent: 'A', text: 'hi' },
        409,
        { code: 'not_waiting', message: 'The conversation is not waiting for a person (the bot is answering it).' },
      ],
      [
        'happy/claim',
        { agent: 'A' },
        409,
        { code: 'not_waiting', message: 'The conversation is not waiting for a person (the bot is answering it).' },
      ],
      [
        'happy/release',
        {},
        409,
        { code: 'not_waiting', message: 'The conversation is not waiting for a person (the bot is answering it).' },
      ],
      [
        'nobody/messages',
        { agent: 'A', text: 'hi' },
        404,
        { code: 'not_found', message: 'No such conversation (it may have expired or been deleted).' },
      ],
      [
        'nobody/notes',
        { agent: 'A', text: 'hi' },
        404,
        { code: 'not_found', message: 'No such conversation (it may have expired or been deleted).' },
      ],
      ['desk-7/messages', { agent: 'A', text: '   ' }, 400, { code: 'bad_request', message: 'text: text must not be empty' }],
      [
        'desk-7/messages',
        { agent: 'A', text: 'x'.repeat(2001) },
        400,
        { code: 'bad_request', message: 'text: text must be at most 2000 characters' },
      ],
      ['desk-7/messages', { text: 'hi' }, 400, { code: 'bad_request', message: "agent: agent must be a string (the agent's name)" }],
      [
        'desk-7/messages',
        { agent: 'A', text: 'bell\u0007' },
        400,
        { code: 'bad_request', message: 'text: text must be plain text (no control characters)' },
      ],
      ['desk-7/claim', { agent: 'A\nB' }, 400, { code: 'bad_request', message: 'agent: agent must be one line of at most 64 characters' }],
      ['desk-7/claim', ['A'], 400, { code: 'bad_request', message: 'The body must be a JSON object.' }],
      [
        'bad%20id/claim',
        { agent: 'A' },
        400,
        { code: 'bad_conversation_id', message: 'conversationId must be 1 to 128 characters of A-Z, a-z, 0-9, _ . : -' },
      ],
    ];
    for (const [path, body, status, error] of cases) {
      const res = await request(app)
        .post(`/api/v1/desk/conversations/${path}`)
        .set(KEY)
        .send(body as object);
      expect([path, res.status, res.body]).toEqual([path, status, { error }]);
    }
    const unsigned = await request(app).post('/api/v1/desk/conversations/desk-7/messages').send({ agent: 'A', text: 'hi' });
    expect(unsigned.status).toBe(401);
  });
});
