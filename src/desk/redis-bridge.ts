// Desk events between instances on one Redis (STORE=redis): each instance publishes the events
// that happen in it on a Redis channel and hears the others', so a console's event stream on any
// instance sees every hand-off, message, claim and release. Pub/sub, not a list: an event is for
// whoever listens now (a console that reconnects reads the queue again); nothing is kept. An
// instance's own events reach its streams directly, never through Redis (they are not held up by
// it, and not lost while it is down); those heard back from Redis carry this instance's origin id
// and are skipped. What comes from Redis is checked before anyone hears it.

import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import { CHANNELS } from '../conversation/types';
import { DESK_EVENT_TYPES, type DeskEvent, type DeskEventBridge } from './events';

const eventSchema = z.object({
  type: z.enum(DESK_EVENT_TYPES),
  conversationId: z.string().min(1).max(128),
  channel: z.enum(CHANNELS),
  at: z.string(),
  agent: z.string().optional(),
  text: z.string().optional(),
  takeOverFrom: z.string().optional(),
});
const messageSchema = z.object({ origin: z.string(), event: eventSchema });

export class RedisDeskBridge implements DeskEventBridge {
  private readonly origin = randomUUID();
  private readonly listeners = new Set<(event: DeskEvent) => void>();

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly channel: string,
    private readonly logger?: Logger,
  ) {
    sub.on('message', (from: string, raw: string) => {
      if (from === channel) this.heard(raw);
    });
  }

  /** Two connections (a subscribed one can do nothing else); ioredis subscribes again after a reconnect. */
  static connect(url: string, options: { prefix?: string; connectTimeoutMs?: number; logger?: Logger } = {}): RedisDeskBridge {
    const connection = () => {
      const redis = new Redis(url, {
        enableOfflineQueue: true,
        maxRetriesPerRequest: 1,
        connectTimeout: options.connectTimeoutMs ?? 2000,
        retryStrategy: (times) => Math.min(50 * times, 1000),
      });
      // Errors surface as lost events (logged below); an unhandled 'error' event would crash the process.
      redis.on('error', () => undefined);
      return redis;
    };
    const bridge = new RedisDeskBridge(connection(), connection(), `${options.prefix ?? 'sme:'}desk-events`, options.logger);
    bridge.sub.subscribe(bridge.channel).catch((error: unknown) => {
      options.logger?.error({ err: error }, 'desk events: cannot subscribe to the other instances');
    });
    return bridge;
  }

  /** Resolves once the subscription is in place (tests: before the other instance publishes). */
  async ready(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const [, count] = (await this.pub.pubsub('NUMSUB', this.channel)) as [string, number];
      if (Number(count) > 0 && this.sub.status === 'ready') return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  send(event: DeskEvent): void {
    this.pub.publish(this.channel, JSON.stringify({ origin: this.origin, event })).catch((error: unknown) => {
      this.logger?.warn({ err: (error as Error).message, type: event.type }, 'desk events: not published to the other instances');
    });
  }

  receive(listener: (event: DeskEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.sub.disconnect();
    this.pub.disconnect();
  }

  private heard(raw: string): void {
    let parsed: z.infer<typeof messageSchema>;
    try {
      parsed = messageSchema.parse(JSON.parse(raw));
    } catch {
      this.logger?.warn('desk events: a message on the channel is not a desk event; ignored');
      return;
    }
    if (parsed.origin === this.origin) return;
    const event = Object.fromEntries(Object.entries(parsed.event).filter(([, v]) => v !== undefined)) as unknown as DeskEvent;
    for (const listener of this.listeners) listener(event);
  }
}
