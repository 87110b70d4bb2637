// Health and readiness: /healthz while the process runs, /readyz only while the store answers.

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { translator } from '../../src/i18n';
import { buildTestApp } from '../helpers/app';

describe('health endpoints', () => {
  it('answers /healthz and /readyz when all is well', async () => {
    const { app } = buildTestApp();
    expect((await request(app).get('/healthz')).status).toBe(200);
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.store).toBe('memory');
  });

  it('answers /readyz 503 when the store does not answer', async () => {
    const store = new MemoryStore();
    store.ping = async () => {
      throw new Error('connection refused');
    };
    const { app } = buildTestApp({ store });
    expect((await request(app).get('/readyz')).status).toBe(503);
    expect((await request(app).get('/healthz')).status).toBe(200);
  });

  it('answers 503 with a polite message and no internals when a turn cannot reach the store', async () => {
    const store = new MemoryStore();
    store.load = async () => {
      throw new Error('secret internals');
    };
    const { app } = buildTestApp({ store });
    const res = await request(app).post('/api/v1/conversations/x/messages').send({ text: 'hello there, we run a shop' });
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ error: { code: 'store_unavailable', message: translator('en')('error.notSaved') } });
    expect(JSON.stringify(res.body)).not.toContain('secret internals');
  });
});
