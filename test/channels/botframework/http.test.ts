// POST /api/messages over HTTP, as the Bot Framework Emulator talks to the bot: real Emulator
// activities (test/fixtures/botframework/) whose serviceUrl points at a fake connector, a local
// express app that records every activity the bot sends back. Then what the endpoint refuses:
// malformed activities (400) and, with an app id configured, requests without a valid token (401).

import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversationIdFor } from '../../../src/channels/botframework/activities';
import { buildTestApp } from '../../helpers/app';

interface Sent {
  method: string;
  path: string;
  conversationId: string;
  replyTo?: string;
  authorization?: string;
  body: {
    type: string;
    text?: string;
    locale?: string;
    replyToId?: string;
    from?: { id: string };
    recipient?: { id: string };
    suggestedActions?: { actions: Array<{ type: string; title: string; value: string }> };
  };
}

/** The Bot Connector service's part of the protocol that a bot replying to activities uses. */
function fakeConnector() {
  const sent: Sent[] = [];
  /** While set, message activities get no answer (a connector that hangs) and are not recorded. */
  const refuse = { messages: false, hung: [] as express.Response[] };
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  const record = (req: express.Request, res: express.Response) => {
    if ((req.body as Sent['body']).type === 'message' && refuse.messages) {
      refuse.hung.push(res);
      return;
    }
    sent.push({
      method: req.method,
      path: req.path,
      conversationId: String(req.params.conversationId),
      replyTo: req.params.activityId ? String(req.params.activityId) : undefined,
      authorization: req.get('authorization'),
      body: req.body as Sent['body'],
    });
    res.status(200).json({ id: `sent-${sent.length}` });
  };
  app.post('/v3/conversations/:conversationId/activities/:activityId', record);
  app.post('/v3/conversations/:conversationId/activities', record);
  app.use((req, res) => {
    sent.push({ method: req.method, path: req.path, conversationId: '', body: { type: 'unexpected' } });
    res.status(404).json({ error: { code: 'NotFound', message: `no ${req.method} ${req.path}` } });
  });
  return { app, sent, refuse };
}

function fixture(name: string, serviceUrl: string): Record<string, unknown> {
  const activity = JSON.parse(readFileSync(new URL(`../../fixtures/botframework/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...activity, serviceUrl };
}

const connector = fakeConnector();
let server: Server;
let serviceUrl = '';

beforeAll(async () => {
  server = await new Promise<Server>((resolve) => {
    const s = connector.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  connector.sent.length = 0;
  connector.refuse.messages = false;
  for (const res of connector.refuse.hung.splice(0)) res.status(504).end();
});

const texts = () =>
  connector.sent
    .filter((s) => s.body.type === 'message')
    .map((s) => s.body.text ?? '')
    .join('\n');
const lastButtons = () =>
  connector.sent
    .filter((s) => s.body.type === 'message')
    .at(-1)
    ?.body.suggestedActions?.actions.map((a) => a.title) ?? [];

describe('POST /api/messages with Emulator activities (local mode, no app id)', () => {
  it('welcomes the user who joins and answers a message, replying to each activity through the connector', async () => {
    const { app } = buildTestApp();
    const update = fixture('emulator-conversation-update', serviceUrl);
    const res = await request(app).post('/api/messages').send(update);
    expect(res.status).toBe(200);

    const channelConversation = (update.conversation as { id: string }).id;
    expect(connector.sent.length).toBeGreaterThanOrEqual(2);
    for (const s of connector.sent) {
      expect(s.path.startsWith('/v3/conversations/')).toBe(true);
      expect(s.conversationId).toBe(channelConversation);
      expect(s.replyTo).toBe(update.id);
      expect(s.body.replyToId).toBe(update.id);
      expect(s.body.from?.id).toBe((update.recipient as { id: string }).id);
      expect(s.body.recipient?.id).toBe((update.from as { id: string }).id);
      // Local mode: the bot has no credentials to present.
      expect(s.authorization).toBeUndefined();
    }
    expect(texts()).toContain('Hello!');
    expect(texts()).toContain('Which industry');
    expect(lastButtons()).toContain('Hotels, inns and guesthouses');

    connector.sent.length = 0;
    const message = fixture('emulator-message-en', serviceUrl);
    expect((await request(app).post('/api/messages').send(message)).status).toBe(200);
    expect(connector.sent[0]?.body.type).toBe('typing');
    expect(connector.sent.every((s) => s.replyTo === message.id)).toBe(true);
    expect(texts()).toContain('accommodation');
    expect(lastButtons()).toEqual(['Micro enterprise', 'Small enterprise', 'Medium-sized enterprise', 'Skip']);
    expect(connector.sent.at(-1)?.body.suggestedActions?.actions.every((a) => a.type === 'imBack' && a.value === a.title)).toBe(true);
  });

  it("sends the replies on the channel's retry of an activity whose replies the connector refused, and only once", async () => {
    const { app, engine } = buildTestApp({ env: { OUTBOUND_TIMEOUT_MS: '300' } });
    const message = fixture('emulator-message-en', serviceUrl);
    connector.refuse.messages = true;
    expect((await request(app).post('/api/messages').send(message)).status).toBe(200);
    // The connector took neither the replies nor the apology in time: the user has read nothing.
    expect(texts()).toBe('');
    connector.refuse.messages = false;
    // The channel retries the activity: no second turn, and the replies the user never got.
    expect((await request(app).post('/api/messages').send(message)).status).toBe(200);
    expect(texts()).toContain('accommodation');
    expect(lastButtons()).toEqual(['Micro enterprise', 'Small enterprise', 'Medium-sized enterprise', 'Skip']);
    const id = conversationIdFor((message.conversation as { id: string }).id);
    expect((await engine.transcript(id)).filter((e) => e.author === 'user').length).toBe(1);
    connector.sent.length = 0;
    // Delivered now: another retry sends nothing again.
    expect((await request(app).post('/api/messages').send(message)).status).toBe(200);
    expect(texts()).toBe('');
  });

  it('carries a Chinese conversation on, a tapped button included, and shows it to the help desk by its namespaced id', async () => {
    const { app } = buildTestApp();
    const first = fixture('emulator-message-zh', serviceUrl);
    expect((await request(app).post('/api/messages').send(first)).status).toBe(200);
    expect(texts()).toContain('微型企业');
    expect(texts()).toContain('解决什么问题');
    expect(texts()).toContain('1. 资金周转');
    expect(lastButtons()).toContain('资金周转');

    connector.sent.length = 0;
    expect((await request(app).post('/api/messages').send(fixture('emulator-message-tap', serviceUrl))).status).toBe(200);
    expect(texts()).toContain('多少资金');

    const id = conversationIdFor((first.conversation as { id: string }).id);
    const view = await request(app).get(`/api/v1/conversations/${encodeURIComponent(id)}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      locale: 'zh-CN',
      awaiting: 'amount',
      profile: { industry: 'accommodation', employees: 8, sizeClass: 'micro', purpose: 'working-capital' },
    });
  });

  it.each([
    ['no type', (a: Record<string, unknown>) => ({ ...a, type: undefined })],
    ['no conversation', (a: Record<string, unknown>) => ({ ...a, conversation: undefined })],
    ['no serviceUrl to answer to', (a: Record<string, unknown>) => ({ ...a, serviceUrl: undefined })],
    ['a serviceUrl that is not http(s)', (a: Record<string, unknown>) => ({ ...a, serviceUrl: 'file:///etc/passwd' })],
    ['a list instead of an activity', (a: Record<string, unknown>) => [a]],
  ])('refuses an activity with %s (400), and nothing is sent', async (_name, spoil) => {
    const { app, engine } = buildTestApp();
    const activity = fixture('emulator-message-en', serviceUrl);
    const res = await request(app)
      .post('/api/messages')
      .send(spoil(activity) as object);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_activity');
    expect(res.body.error.message).toMatch(/not a Bot Framework activity/);
    expect(connector.sent).toEqual([]);
    expect(await engine.view(conversationIdFor((activity.conversation as { id: string }).id))).toBeUndefined();
  });

  it('refuses a body that is not JSON (400)', async () => {
    const { app } = buildTestApp();
    const res = await request(app).post('/api/messages').set('Content-Type', 'application/json').send('{"type": "message",');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_json');
  });

  it('answers other methods with 405', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/api/messages');
    expect(res.status).toBe(405);
    expect(res.get('Allow')).toBe('POST');
  });
});

describe('POST /api/messages with an app id configured', () => {
  const env = { MicrosoftAppId: '2d1f4c7e-3b5a-4e8d-9c0f-6a7b8c9d0e1f', MicrosoftAppPassword: 'not-a-real-secret' };

  it.each([
    ['without a token', undefined],
    ['with a token that is not a JWT', 'Bearer not-a-jwt'],
    ['with another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses a request %s with 401, runs no turn and sends nothing', async (_name, authorization) => {
    const { app, engine } = buildTestApp({ env });
    const activity = fixture('emulator-message-en', serviceUrl);
    const req = request(app).post('/api/messages');
    if (authorization) req.set('Authorization', authorization);
    const res = await req.send(activity);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(connector.sent).toEqual([]);
    expect(await engine.view(conversationIdFor((activity.conversation as { id: string }).id))).toBeUndefined();
  });

  it('says at start which setting is missing when the settings do not fit together', () => {
    expect(() => buildTestApp({ env: { ...env, MicrosoftAppType: 'SingleTenant' } })).toThrow(/MicrosoftAppTenantId/);
  });
});
