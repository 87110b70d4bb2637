// /metrics in Prometheus format: turns by channel and outcome, latency, deduplicated retries,
// store errors, conversations in hand-off.

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { buildTestApp } from '../helpers/app';

function metric(text: string, line: RegExp): number {
  const match = text.split('\n').find((l) => line.test(l));
  return match ? Number(match.split(' ').at(-1)) : NaN;
}

describe('GET /metrics', () => {
  it('counts turns, retries, hand-offs and latency', async () => {
    const { app } = buildTestApp();
    const post = (text: string, messageId?: string) =>
      request(app)
        .post('/api/v1/conversations/m1/messages')
        .send(messageId ? { text, messageId } : { text });
    await post('我们开了一家超市', 'a');
    await post('我们开了一家超市', 'a');
    await post('转人工');
    const res = await request(app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(metric(res.text, /^smebot_turns_total\{channel="api",outcome="ok"\}/)).toBe(2);
    expect(metric(res.text, /^smebot_turns_total\{channel="api",outcome="duplicate"\}/)).toBe(1);
    expect(metric(res.text, /^smebot_retries_deduplicated_total\{channel="api"\}/)).toBe(1);
    expect(metric(res.text, /^smebot_conversations_in_handoff /)).toBe(1);
    expect(metric(res.text, /^smebot_turn_duration_seconds_count\{channel="api"\}/)).toBe(3);
    expect(res.text).toContain('process_resident_memory_bytes');
  });

  it('counts store errors', async () => {
    const store = new MemoryStore();
    store.load = async () => {
      throw new Error('down');
    };
    const { app } = buildTestApp({ store });
    await request(app).post('/api/v1/conversations/m2/messages').send({ text: 'hello' });
    const res = await request(app).get('/metrics');
    expect(metric(res.text, /^smebot_store_errors_total /)).toBe(1);
    expect(metric(res.text, /^smebot_turns_total\{channel="api",outcome="failed"\}/)).toBe(1);
  });
});

describe('GET /metrics, hardened', () => {
  it("reads the hand-off gauge from the store's count, never from the conversations themselves", async () => {
    const store = new MemoryStore();
    const { app } = buildTestApp({ store });
    for (const id of ['h1', 'h2', 'h3']) await request(app).post(`/api/v1/conversations/${id}/messages`).send({ text: '转人工' });
    let listed = 0;
    store.listHandoffs = async () => {
      listed++;
      return [];
    };
    const res = await request(app).get('/metrics');
    expect(metric(res.text, /^smebot_conversations_in_handoff /)).toBe(3);
    expect(listed).toBe(0);
  });

  it('asks for METRICS_TOKEN as a bearer token when it is set', async () => {
    const { app } = buildTestApp({ env: { METRICS_TOKEN: 'scrape-token-1' } });
    const none = await request(app).get('/metrics');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({
      error: { code: 'unauthorized', message: 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.' },
    });
    expect((await request(app).get('/metrics').set('Authorization', 'Bearer wrong')).status).toBe(401);
    const ok = await request(app).get('/metrics').set('Authorization', 'Bearer scrape-token-1');
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('smebot_turns_total');
    // The rest of the service is not behind it.
    expect((await request(app).get('/healthz')).status).toBe(200);
  });
});
