// express-rate-limit's Store over the conversation store's hit counters, so that the limits hold
// across instances when the store is shared (Redis) and survive restarts with SQLite.

import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import { StoreUnavailableError, type KeyValueCache } from '../conversation/store';

export class ConversationStoreLimiter implements Store {
  private windowMs = 60_000;
  /** Limits share the counters' namespace; each limiter has its own prefix. */
  readonly prefix: string;
  readonly localKeys = false;

  constructor(
    private readonly store: KeyValueCache,
    name: string,
  ) {
    this.prefix = `ratelimit:${name}:`;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<IncrementResponse> {
    try {
      const { count, resetInMs } = await this.store.hit(this.prefix + key, this.windowMs);
      return { totalHits: count, resetTime: new Date(Date.now() + resetInMs) };
    } catch (error) {
      // A store that does not answer must not take the API down with it (the request goes on
      // as the first of its window, and the turn says "not saved" itself); express-rate-limit's own fallback
      // would print a stack trace to the console on every request of an outage.
      if (error instanceof StoreUnavailableError) return { totalHits: 1, resetTime: new Date(Date.now() + this.windowMs) };
      throw error;
    }
  }

  async decrement(): Promise<void> {
    // Fixed windows: a hit, once counted, stays counted (express-rate-limit only decrements
    // when told to skip failed or successful requests, which we do not).
  }

  async resetKey(key: string): Promise<void> {
    await this.store.resetHits(this.prefix + key);
  }
}
