// The desk's outgoing webhook (DESK_WEBHOOK_URL): every desk event that happens in this process
// is POSTed as JSON to the desk's own system, signed, with an id to de-duplicate by. Publishing
// only queues the event (a turn or the conversation's lock never waits for the receiver); the
// queue is drained in the background, each conversation's events in order, a few conversations at
// a time. Network errors, timeouts, 5xx and 429 are retried with exponential back-off, up to
// WEBHOOK_MAX_ATTEMPTS tries; any other 4xx is the receiver refusing the event, and is not. The
// queue is bounded: when it is full a new event is dropped (logged, and counted in `stats`), so a
// receiver that is down for long costs memory up to the bound, never more.
//
// The signature, as Stripe's and Slack's: HMAC-SHA256 with DESK_WEBHOOK_SECRET over
// `<X-Desk-Timestamp>.<body>`, sent as `X-Desk-Signature: sha256=<hex>`; the timestamp is the
// try's (Unix seconds), so a receiver can refuse old ones (replays).

import { createHmac, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { logId } from '../../conversation/log-id';
import type { DeskEvent } from '../../desk/events';

/** Tries per event: at the default back-off 1, 2, 4, 8, 16 s between them (about half a minute). */
export const WEBHOOK_MAX_ATTEMPTS = 6;
/** Conversations whose events are being sent at the same time. */
const CONCURRENCY = 4;

/** What the receiver gets: the event and its id (the same on every try). */
export type WebhookPayload = DeskEvent & { id: string };

/** `sha256=<hex>` of HMAC-SHA256(secret, `${timestamp}.${body}`). */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface WebhookOptions {
  url: string;
  secret: string;
  /** Events waiting to be sent, at most (DESK_WEBHOOK_QUEUE_LIMIT). */
  queueLimit: number;
  /** Each try gives up after this long (OUTBOUND_TIMEOUT_MS). */
  timeoutMs: number;
  logger: Logger;
  /** The first back-off; each next one doubles. */
  retryDelayMs?: number;
  maxAttempts?: number;
  /** Unix time in ms (tests pin it). */
  now?: () => number;
}

type Outcome = 'sent' | 'retry' | 'refused';

export class DeskWebhook {
  /** Per conversation, its events still to send, oldest first. */
  private readonly queues = new Map<string, WebhookPayload[]>();
  /** Conversations with events waiting, in the order they got them (fair turns). */
  private readonly ready: string[] = [];
  private readonly busy = new Set<string>();
  private queued = 0;
  private idle: Array<() => void> = [];
  readonly stats = { sent: 0, dropped: 0, failed: 0 };

  constructor(private readonly options: WebhookOptions) {}

  /** Queues the event; returns at once. False when the queue is full and the event is dropped. */
  publish(event: DeskEvent): boolean {
    if (this.queued >= this.options.queueLimit) {
      this.stats.dropped++;
      this.options.logger.warn(
        { type: event.type, conversation: logId(event.conversationId), queueLimit: this.options.queueLimit, dropped: this.stats.dropped },
        'desk webhook: queue full, event dropped (the receiver is down or slow)',
      );
      return false;
    }
    const payload: WebhookPayload = { id: randomUUID(), ...event };
    const queue = this.queues.get(event.conversationId);
    if (queue) queue.push(payload);
    else {
      this.queues.set(event.conversationId, [payload]);
      if (!this.busy.has(event.conversationId)) this.ready.push(event.conversationId);
    }
    this.queued++;
    this.pump();
    return true;
  }

  /** Resolves when nothing is queued or being sent (graceful shutdown, tests), or after `timeoutMs`. */
  drain(timeoutMs = 10_000): Promise<void> {
    if (this.queued === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private pump(): void {
    while (this.busy.size < CONCURRENCY && this.ready.length > 0) {
      const id = this.ready.shift()!;
      this.busy.add(id);
      void this.work(id);
    }
  }

  /** Sends one conversation's events in order, until its queue is empty. */
  private async work(conversationId: string): Promise<void> {
    for (;;) {
      const queue = this.queues.get(conversationId);
      const next = queue?.shift();
      if (!next) break;
      await this.deliver(next);
      this.queued--;
    }
    this.queues.delete(conversationId);
    this.busy.delete(conversationId);
    if (this.queued === 0) for (const done of this.idle.splice(0)) done();
    this.pump();
  }

  private async deliver(payload: WebhookPayload): Promise<void> {
    const max = this.options.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS;
    const body = JSON.stringify(payload);
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(payload, body, attempt);
      if (outcome === 'sent') {
        this.stats.sent++;
        return;
      }
      if (outcome === 'refused' || attempt >= max) {
        this.stats.failed++;
        this.options.logger.error(
          { id: payload.id, type: payload.type, conversation: logId(payload.conversationId), attempts: attempt },
          outcome === 'refused' ? 'desk webhook: the receiver refused the event' : 'desk webhook: event not delivered, tries used up',
        );
        return;
      }
      const delay = (this.options.retryDelayMs ?? 1000) * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private async attempt(payload: WebhookPayload, body: string, attempt: number): Promise<Outcome> {
    const timestamp = String(Math.floor((this.options.now ?? Date.now)() / 1000));
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'sme-finance-bot-desk-webhook',
          'X-Desk-Event-Id': payload.id,
          'X-Desk-Event-Type': payload.type,
          'X-Desk-Timestamp': timestamp,
          'X-Desk-Signature': webhookSignature(this.options.secret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return 'sent';
      const retry = response.status >= 500 || response.status === 429;
      this.options.logger.warn({ id: payload.id, status: response.status, attempt }, 'desk webhook: the receiver answered an error');
      return retry ? 'retry' : 'refused';
    } catch (error) {
      this.options.logger.warn({ id: payload.id, err: (error as Error).message, attempt }, 'desk webhook: the receiver cannot be reached');
      return 'retry';
    }
  }
}
