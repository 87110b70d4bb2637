// Several instances on one Redis: one conversation served by either, at the same moment, a retry
// landing on the other instance, an instance dying; and Redis itself going down and coming back.

import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../src/conversation/stores/redis';
import { buildTestApp } from '../helpers/app';
import { OwnRedis, REDIS_URL, REQUIRE_REDIS, redisAvailable, redisServerInstalled, testPrefix } from '../helpers/redis';

const withRedis = await redisAvailable();
const stores: RedisStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

function instance(url: string, prefix: string) {
  const store = RedisStore.connect(url, { prefix });
  stores.push(store);
  return { ...buildTestApp({ store }), store };
}

function post(app: Parameters<typeof request>[0], id: string, text: string, messageId?: string) {
  return request(app)
    .post(`/api/v1/conversations/${id}/messages`)
    .send(messageId ? { text, messageId } : { text });
}

describe.skipIf(!withRedis)('two instances on one Redis', () => {
  it('serve one conversation alternately', async () => {
    const prefix = testPrefix();
    const a = instance(REDIS_URL, prefix);
    const b = instance(REDIS_URL, prefix);
    await post(a.app, 'alt', '我们是做茶叶加工的');
    await post(b.app, 'alt', '员工25人，年营业额800万');
    await post(a.app, 'alt', '想买设备');
    const last = await post(b.app, 'alt', '100万，两年');
    expect(last.body.stage).toBe('advising');
    expect(last.body.profile).toMatchObject({
      industry: 'industry',
      employees: 25,
      sizeClass: 'small',
      purpose: 'equipment-expansion',
      termMonths: 24,
    });
    expect((await request(a.app).get('/api/v1/conversations/alt')).body.profile).toEqual(last.body.profile);
  });

  it('lose no update when both take a message of the conversation at the same moment', async () => {
    const prefix = testPrefix();
    const a = instance(REDIS_URL, prefix);
    const b = instance(REDIS_URL, prefix);
    await post(a.app, 'same', 'We run a software company');
    for (let round = 0; round < 5; round++) {
      await Promise.all([post(a.app, 'same', `${10 + round} employees`), post(b.app, 'same', `revenue ${round + 2} million yuan`)]);
      const view = (await request(b.app).get('/api/v1/conversations/same')).body;
      expect(view.profile.employees).toBe(10 + round);
      expect(view.profile.annualRevenueCny).toBe((round + 2) * 1_000_000);
    }
  });

  it('answer a retry that lands on the other instance once, with the first answer', async () => {
    const prefix = testPrefix();
    const a = instance(REDIS_URL, prefix);
    const b = instance(REDIS_URL, prefix);
    await post(a.app, 'retry', '我们开了一家超市');
    const [first, second] = await Promise.all([post(a.app, 'retry', '员工12人', 'wx-77'), post(b.app, 'retry', '员工12人', 'wx-77')]);
    expect(second.body).toEqual(first.body);
    const later = await post(b.app, 'retry', '员工12人', 'wx-77');
    expect(later.body).toEqual(first.body);
    // One turn: the "noted" acknowledgement appeared once in the conversation, and the count is 12.
    expect((await request(a.app).get('/api/v1/conversations/retry')).body.profile.employees).toBe(12);
  });

  it('carry a conversation on when one instance dies', async () => {
    const prefix = testPrefix();
    const a = instance(REDIS_URL, prefix);
    const b = instance(REDIS_URL, prefix);
    await post(a.app, 'survivor', 'We run a guesthouse, 8 staff, revenue 1.2 million yuan');
    await a.engine.drain();
    await a.store.close();
    const res = await post(b.app, 'survivor', 'working capital');
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject({ industry: 'accommodation', employees: 8, purpose: 'working-capital' });
    expect(res.body.awaiting).toBe('amount');
  });

  it('share the hand-off list', async () => {
    const prefix = testPrefix();
    const a = instance(REDIS_URL, prefix);
    const b = instance(REDIS_URL, prefix);
    await post(a.app, 'needs-agent', '转人工');
    const list = await request(b.app).get('/api/v1/handoffs');
    expect(list.body.conversations.map((c: { conversationId: string }) => c.conversationId)).toEqual(['needs-agent']);
  });
});

const canRunOwn = withRedis && redisServerInstalled();
if (!canRunOwn && REQUIRE_REDIS) throw new Error('redis-server is not installed, and REQUIRE_REDIS=1 requires it');

describe.skipIf(!canRunOwn)("Redis going down and coming back (a redis-server of the test's own)", () => {
  it('answers politely and reports not ready while down, then recovers with no conversation lost', async () => {
    const own = await OwnRedis.start();
    try {
      const { app } = instance(own.url, testPrefix());
      const first = await post(app, 'outage', '我们在大理开客栈，员工8人，年营业额120万');
      expect(first.status).toBe(200);

      await own.kill();
      const down = await post(app, 'outage', '想找资金周转');
      expect(down.status).toBe(503);
      expect(down.body.error.message).toContain('请稍后再发一次');
      expect((await request(app).get('/readyz')).status).toBe(503);
      expect((await request(app).get('/healthz')).status).toBe(200);

      await own.resume();
      let ready = 503;
      for (let i = 0; i < 60 && ready !== 200; i++) {
        ready = (await request(app).get('/readyz')).status;
        if (ready !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ready).toBe(200);
      const after = await post(app, 'outage', '想找资金周转');
      expect(after.status).toBe(200);
      expect(after.body.profile).toMatchObject({ industry: 'accommodation', employees: 8, purpose: 'working-capital' });
    } finally {
      await own.stop();
    }
  });
});
