// How a browser's EventSource, which cannot send headers, reaches the desk's event stream without
// the desk key in a URL (URLs land in proxies' and servers' logs). The console asks for a token
// with its key in the header (POST /api/v1/desk/stream-tokens) and opens
// /api/v1/desk/events?token=<token>. A token:
//   - is signed (HMAC-SHA256) with a secret derived from DESK_KEYS, so every instance with the same
//     keys accepts it and changing the keys voids it; without keys (DESK_OPEN=1) a per-process secret;
//   - expires 60 s after it is made (Rule 1: staleness), is checked in constant time (Rule 2:
//     signature), and opens one stream only (Rule 3: its nonce is recorded in the store with
//     setIfAbsent, shared by instances on Redis): a token read from a log is already spent.
// An EventSource that reconnects by itself presents a spent token, is refused (401) and stops; the
// console then asks for a new token.

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { KeyValueCache } from '../../conversation/store';

export const STREAM_TOKEN_TTL_MS = 60_000;
const USED_PREFIX = 'desk:stream-token:';

export interface StreamTokensOptions {
  deskKeys: readonly string[];
  store: Pick<KeyValueCache, 'setIfAbsent'>;
  clock: () => number;
}

function mac(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export class StreamTokens {
  private readonly secret: Buffer;

  constructor(private readonly options: StreamTokensOptions) {
    this.secret =
      options.deskKeys.length > 0
        ? createHash('sha256')
            .update(`sme-finance-bot desk stream tokens\n${[...options.deskKeys].sort().join('\n')}`)
            .digest()
        : randomBytes(32);
  }

  /** A new token: `<expiry in ms, base 36>.<nonce>.<signature>`, all URL-safe. */
  issue(): { token: string; expiresAt: string } {
    const expires = this.options.clock() + STREAM_TOKEN_TTL_MS;
    const payload = `${expires.toString(36)}.${randomBytes(16).toString('base64url')}`;
    return { token: `${payload}.${mac(this.secret, payload).toString('base64url')}`, expiresAt: new Date(expires).toISOString() };
  }

  /** True once for a token this desk made that has not expired; false for anything else. */
  async redeem(token: string): Promise<boolean> {
    const match = /^([0-9a-z]{1,12})\.([\w-]{22})\.([\w-]{43})$/.exec(token);
    if (!match) return false;
    const [, expiresText, nonce, signature] = match as unknown as [string, string, string, string];
    const expires = Number.parseInt(expiresText, 36);
    const now = this.options.clock();
    if (!(expires >= now && expires - now <= STREAM_TOKEN_TTL_MS)) return false;
    const expected = mac(this.secret, `${expiresText}.${nonce}`);
    const presented = Buffer.from(signature, 'base64url');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return false;
    return this.options.store.setIfAbsent(USED_PREFIX + nonce, '1', STREAM_TOKEN_TTL_MS);
  }
}
