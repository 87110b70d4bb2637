// Short-lived memory of requests already accepted, so that a captured, validly signed request
// cannot be played again while its timestamp is still inside the verification window.
//
// Key: `${timestamp}:${nonce}:${signature}`, also in safe mode (route.ts): msg_signature is left
// out so that a nonce reused with another, validly signed body is refused too. WeChat documents no
// rule on whether its own retries (up to three tries, 5 s apart) reuse the query string, so a
// legitimate retry may well present a key already seen. The route must therefore:
//   1. verify the signature and timestamp (verifyRequest),
//   2. parse/decrypt and deduplicate by MsgId (events: FromUserName + CreateTime) — a retry of a
//      known message is answered from that layer (cached reply, or `success`); its key is recorded
//      here (so that it cannot be replayed with another body) but never refused,
//   3. only then, for a message seen for the first time, consult this guard.
// A replay of the same body is caught by step 2; a replay of the query with another body (possible
// in plaintext mode, whose signature does not cover the body) is caught here.
//
// Choose ttlSeconds >= 2 * windowSeconds: a timestamp up to `window` in the future stays
// acceptable until `2 * window` after it was first seen. Memory is bounded by maxEntries; under a
// flood the oldest keys are forgotten first. The cache is per process: several instances need a
// shared store with the same semantics.

export interface ReplayGuardOptions {
  ttlSeconds: number;
  /** Upper bound on remembered keys; defaults to 10,000. */
  maxEntries?: number;
}

const DEFAULT_MAX_ENTRIES = 10_000;

export class ReplayGuard {
  private readonly ttlSeconds: number;
  private readonly maxEntries: number;
  // Map keeps insertion order, which (with a forward-moving clock) is also expiry order, so both
  // expiry and "evict oldest" work from the front.
  private readonly expiries = new Map<string, number>();

  constructor(opts: ReplayGuardOptions) {
    if (!Number.isFinite(opts.ttlSeconds) || opts.ttlSeconds <= 0) {
      throw new RangeError('ReplayGuard: ttlSeconds must be a finite number > 0');
    }
    const max = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (!Number.isSafeInteger(max) || max < 1) {
      throw new RangeError('ReplayGuard: maxEntries must be an integer >= 1');
    }
    this.ttlSeconds = opts.ttlSeconds;
    this.maxEntries = max;
  }

  /** True when `key` was recorded less than ttlSeconds ago; otherwise records it and returns false. */
  seen(key: string, nowSeconds: number): boolean {
    if (!Number.isFinite(nowSeconds)) {
      throw new RangeError('ReplayGuard.seen: nowSeconds must be a finite number');
    }
    this.evictExpired(nowSeconds);

    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > nowSeconds) return true;
    // Re-insert rather than update so that the key moves to the back of the order.
    this.expiries.delete(key);

    while (this.expiries.size >= this.maxEntries) {
      const oldest = this.expiries.keys().next();
      if (oldest.done === true) break;
      this.expiries.delete(oldest.value);
    }
    this.expiries.set(key, nowSeconds + this.ttlSeconds);
    return false;
  }

  /** Number of keys currently remembered (for metrics and tests). */
  get size(): number {
    return this.expiries.size;
  }

  private evictExpired(nowSeconds: number): void {
    // Stops at the first live entry: if the injected clock ever moved backwards a few expired keys
    // may linger behind it, which costs memory (still bounded) but never correctness.
    for (const [key, expiry] of this.expiries) {
      if (expiry > nowSeconds) break;
      this.expiries.delete(key);
    }
  }
}
