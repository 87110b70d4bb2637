// An agent's message to a Bot Framework user, and the hand-back, go out as proactive messages on
// the conversation reference kept from the user's last activity; tested against a local fake
// connector (the Bot Connector's activities endpoint), asserting what is sent.

import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { conversationIdFor } from '../../src/channels/botframework/activities';
import { translator } from '../../src/i18n';
import { buildTestApp } from '../helpers/app';

interface Sent {
  path: string;
  body: { type: string; text?: string; locale?: string; conversation?: { id: string }; recipient?: { id: string } };
}

const sent: Sent[] = [];
const connector = express();
connector.use(express.json({ limit: '1mb' }));
connector.post(/^\/v3\/conversations\/.*/, (req, res) => {
  sent.push({ path: req.path, body: req.body as Sent['body'] });
  res.status(200).json({ id: `sent-${sent.length}` });
});
let server: Server;
let serviceUrl = '';

beforeAll(async () => {
  server = await new Promise<Server>((resolve) => {
    const s = connector.listen(0, '127.0.0.1', () => resolve(s));
  });
  serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  sent.length = 0;
});

const KEY = { Authorization: 'Bearer desk-1' };

function activity(text: string, id: string): Record<string, unknown> {
  const base = JSON.parse(readFileSync(new URL('../fixtures/botframework/emulator-message-en.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...base, serviceUrl, text, id };
}

describe('the desk writing to a Bot Framework user', () => {
  it("sends the agent message, then the hand-back, proactively on the user's conversation", async () => {
    const { app } = buildTestApp({ env: { DESK_KEYS: 'desk-1' } });
    const first = activity('I want to talk to a human', 'act-1');
    const channelConversation = (first.conversation as { id: string }).id;
    const userId = (first.from as { id: string }).id;
    expect((await request(app).post('/api/messages').send(first)).status).toBe(200);
    const id = conversationIdFor(channelConversation);
    sent.length = 0;

    const res = await request(app)
      .post(`/api/v1/desk/conversations/${encodeURIComponent(id)}/messages`)
      .set(KEY)
      .send({ agent: 'Li Na', text: 'Hello, I can help with the loan.' });
    expect(res.status).toBe(201);
    const path = `/v3/conversations/${encodeURIComponent(channelConversation)}/activities`;
    // botbuilder's continuation activity has an id of its own, which the connector path carries.
    const onConversation = (p: string) => p.replace(/\/activities\/[0-9a-f-]{36}$/, '/activities');
    expect(
      sent.map((s) => [onConversation(s.path), s.body.type, s.body.text, s.body.locale, s.body.conversation?.id, s.body.recipient?.id]),
    ).toEqual([[path, 'message', 'Li Na (adviser): Hello, I can help with the loan.', 'en', channelConversation, userId]]);

    sent.length = 0;
    const released = await request(app)
      .post(`/api/v1/desk/conversations/${encodeURIComponent(id)}/release`)
      .set(KEY);
    expect(released.status).toBe(200);
    // Every reply of the hand-back, sent one after the other (else the last ones land in the next test).
    await vi.waitFor(() => expect(sent.length).toBe(released.body.replies.length));
    expect(sent[0]!.body.text).toBe(translator('en')('handoff.ended'));
    expect(sent.every((s) => onConversation(s.path) === path && s.body.recipient?.id === userId)).toBe(true);
  });

  it('answers 409 botframework_no_reference for a conversation whose user has not written through this bot', async () => {
    const { app, engine } = buildTestApp({ env: { DESK_KEYS: 'desk-1' } });
    await engine.handle({ conversationId: 'bf:old-one', channel: 'botframework', text: 'talk to a human' });
    const res = await request(app).post('/api/v1/desk/conversations/bf:old-one/messages').set(KEY).send({ agent: 'Li Na', text: 'Hello' });
    expect([res.status, res.body]).toEqual([
      409,
      {
        error: {
          code: 'botframework_no_reference',
          message:
            'No Bot Framework conversation reference is kept for this conversation (the user has not written since this bot version); it can be written to once the user writes again.',
        },
      },
    ]);
    expect(sent).toEqual([]);
  });
});
