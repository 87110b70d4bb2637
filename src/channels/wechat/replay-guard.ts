// Memory of signed queries already accepted, so that a captured, validly signed request cannot be
// played again while its timestamp is still inside the verification window. It lives in the
// conversation store (`setIfAbsent`, atomic), so it holds across restarts and, on a shared store
// (Redis), across instances: a query accepted by one is refused by every other.
//
// Key: `${timestamp}:${nonce}:${signature}`, also in safe mode: msg_signature is left out so that
// a nonce reused with another, validly signed body is refused too. The key holds no openid.
// WeChat documents no rule on whether its own retries (up to three tries, 5 s apart) reuse the
// query string, so a legitimate retry may well present a key already seen. The route therefore:
//   1. verifies the signature and timestamp (verify.ts),
//   2. parses/decrypts and deduplicates by MsgId (events: FromUserName + CreateTime): a retry of a
//      known message is answered from that layer (the stored answer); its key is recorded here
//      (so that it cannot be replayed with another body) but never refused,
//   3. only then, for a message seen for the first time, consults this guard; a key seen before
//      is still no replay when the engine remembers the message (a retry after a restart).
// A replay of the same body is caught by step 2; a replay of the query with another body (possible
// in plaintext and compatible mode, whose `signature` does not cover the body) is caught here.
//
// ttlMs >= 2 * window: a timestamp up to `window` in the future stays acceptable until
// `2 * window` after it was first seen.

import type { KeyValueCache } from '../../conversation/store';

const PREFIX = 'wechat:replay:';

export class ReplayGuard {
  constructor(
    private readonly cache: Pick<KeyValueCache, 'setIfAbsent'>,
    private readonly ttlMs: number,
  ) {
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError('ReplayGuard: ttlMs must be a finite number > 0');
  }

  /** True when `key` was recorded less than ttlMs ago (by any instance); otherwise records it. */
  async seen(key: string): Promise<boolean> {
    const { key: stored, value, ttlMs } = this.claim(key);
    return !(await this.cache.setIfAbsent(stored, value, ttlMs));
  }

  /** What `seen` sets if absent, for a store step that claims it along with other work (admission.ts). */
  claim(key: string): { key: string; value: string; ttlMs: number } {
    return { key: PREFIX + key, value: '1', ttlMs: this.ttlMs };
  }
}
