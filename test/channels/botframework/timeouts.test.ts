// Outbound calls have a deadline: a Bot Framework serviceUrl that accepts connections and never
// answers must not hold POST /api/messages open (it did for 200 s and more). With
// OUTBOUND_TIMEOUT_MS the replies give up, the apology is tried (and gives up too), the error is
// logged, and the channel gets its HTTP answer.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationIdFor } from '../../../src/channels/botframework/activities';
import { buildTestApp } from '../../helpers/app';

let silent: Server;
let serviceUrl = '';
let received = 0;

beforeAll(async () => {
  // Reads each request and never answers it.
  silent = createServer((req) => {
    received++;
    req.resume();
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
  serviceUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});

afterAll(async () => {
  silent.closeAllConnections();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe('a Bot Framework connector that never answers', () => {
  it('gets POST /api/messages answered within a few outbound timeouts, the turn itself kept', async () => {
    const { app, engine } = buildTestApp({ env: { OUTBOUND_TIMEOUT_MS: '300' } });
    const activity = {
      ...(JSON.parse(readFileSync(new URL('../../fixtures/botframework/emulator-message-en.json', import.meta.url), 'utf8')) as {
        conversation: { id: string };
      }),
      serviceUrl,
    };
    const started = performance.now();
    const res = await request(app).post('/api/messages').send(activity);
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    // The typing indicator, the replies and the apology: each waits one timeout at most (a few
    // timeouts of 300 ms, with room for a loaded machine; a connector that is waited on forever
    // would hold the request until the test's own timeout).
    expect(ms).toBeLessThan(8000);
    expect(received).toBeGreaterThanOrEqual(2);
    // The turn ran and was saved before the replies were sent: a retry would get it, not redo it.
    expect((await engine.view(conversationIdFor(activity.conversation.id)))?.profile.industry).toBe('accommodation');
  }, 20_000);
});
