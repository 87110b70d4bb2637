// Prometheus metrics at GET /metrics (prom-client): turns by channel and outcome, turn latency,
// retries answered from memory, store errors, and conversations waiting for a human (the store's
// count, kept up to date by its index or sorted set: a scrape reads no conversation). Each app
// has its own registry, so tests can build several apps in one process. METRICS_TOKEN, when
// set, is asked for as a bearer token.

import { createHash, timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestHandler } from 'express';
import type { ConversationEngine, TurnEvent } from '../conversation/engine';
import type { ConversationStore } from '../conversation/store';
import { bearerKey } from './api-keys';
import { sendError } from './errors';

export interface Metrics {
  registry: Registry;
  handler: RequestHandler;
}

export interface MetricsOptions {
  defaultMetrics?: boolean;
  /** Counts hand-offs for the gauge (a count, not a read of every conversation). */
  store?: Pick<ConversationStore, 'countHandoffs'>;
  /** When set, a scrape needs `Authorization: Bearer <token>` (METRICS_TOKEN). */
  token?: string;
}

export function createMetrics(engine: ConversationEngine, options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });

  const turns = new Counter({
    name: 'smebot_turns_total',
    help: 'Messages handled, by channel and outcome (ok, duplicate, failed)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'smebot_turn_duration_seconds',
    help: 'Time to handle one message, lock and store included',
    labelNames: ['channel'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 4.5],
    registers: [registry],
  });
  const retries = new Counter({
    name: 'smebot_retries_deduplicated_total',
    help: 'Repeated message ids answered with the first answer, without a second turn',
    labelNames: ['channel'] as const,
    registers: [registry],
  });
  const storeErrors = new Counter({
    name: 'smebot_store_errors_total',
    help: 'Turns that failed because the conversation store did not answer',
    registers: [registry],
  });
  new Gauge({
    name: 'smebot_conversations_in_handoff',
    help: 'Conversations waiting for a human agent',
    registers: [registry],
    async collect() {
      // The store's count (an index count on SQLite, ZCARD on Redis): a scrape never rebuilds
      // the hand-off conversations, however many there are.
      const count = options.store
        ? await options.store.countHandoffs().catch(() => undefined)
        : (await engine.handoffs().catch(() => undefined))?.length;
      if (count !== undefined) this.set(count);
    },
  });

  engine.onTurn((event: TurnEvent) => {
    turns.inc({ channel: event.channel, outcome: event.outcome });
    latency.observe({ channel: event.channel }, event.ms / 1000);
    if (event.outcome === 'duplicate') retries.inc({ channel: event.channel });
    if (event.outcome === 'failed') storeErrors.inc();
  });

  const expected = options.token ? createHash('sha256').update(options.token).digest() : undefined;
  const handler: RequestHandler = async (req, res) => {
    if (expected) {
      const presented = createHash('sha256')
        .update(bearerKey(req.get('authorization')) ?? '')
        .digest();
      if (!timingSafeEqual(presented, expected)) {
        res.set('WWW-Authenticate', 'Bearer realm="metrics"');
        sendError(res, 401, 'unauthorized', 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.');
        return;
      }
    }
    res.set('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  };
  return { registry, handler };
}
