// WeChat request authentication, modelled on Slack Bolt's verify-request: Rule 1 refuses stale
// timestamps, Rule 2 checks the SHA-1 signature in constant time. Used for the URL check (GET),
// for every POST (`signature`), and for `msg_signature` in safe/compatible mode, where the
// <Encrypt> element (or WeCom's encrypted echostr) joins the signed parts.
//
// In plaintext mode the signature covers only token, timestamp and nonce, never the body: a
// captured query string can be replayed with another body until the timestamp goes stale, which is
// why the window should be short and the route should also consult a ReplayGuard.

import { createHash, timingSafeEqual } from 'node:crypto';

export type VerifyFailure = 'missing-parameter' | 'bad-timestamp' | 'stale-timestamp' | 'bad-signature';
export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure };

export interface VerifyInput {
  token: string;
  timestamp: string;
  nonce: string;
  /** `signature`, or `msg_signature` when `encrypted` is given. */
  signature: string;
  /** The <Encrypt> element or the encrypted echostr, when msg_signature is checked. */
  encrypted?: string;
  /** Injected clock (Unix seconds) so that verification is deterministic and testable. */
  nowSeconds: number;
  /** Accepted distance between the timestamp and nowSeconds, in either direction. */
  windowSeconds: number;
}

/** WeChat's signature: sort the parts lexicographically, concatenate, SHA-1, lowercase hex. */
export function sha1Signature(parts: string[]): string {
  // Copy before sorting: callers pass their own arrays and must not see them reordered.
  const joined = [...parts].sort().join('');
  return createHash('sha1').update(joined, 'utf8').digest('hex');
}

const DIGITS = /^[0-9]+$/;

export function verifyRequest(input: VerifyInput): VerifyResult {
  // A NaN clock or window would make every comparison below false and silently accept any
  // timestamp, so misconfiguration must fail loudly rather than open the door.
  if (!Number.isFinite(input.nowSeconds)) {
    throw new RangeError('verifyRequest: nowSeconds must be a finite number');
  }
  if (!Number.isFinite(input.windowSeconds) || input.windowSeconds < 0) {
    throw new RangeError('verifyRequest: windowSeconds must be a finite number >= 0');
  }

  const { token, timestamp, nonce, signature, encrypted } = input;
  // An empty token would let anyone who knows the scheme compute a valid signature.
  if (!token || !timestamp || !nonce || !signature || encrypted === '') {
    return { ok: false, reason: 'missing-parameter' };
  }

  // Rule 1: staleness, before any hashing, as Bolt does.
  if (!DIGITS.test(timestamp)) return { ok: false, reason: 'bad-timestamp' };
  const ts = Number(timestamp);
  if (!Number.isSafeInteger(ts)) return { ok: false, reason: 'bad-timestamp' };
  if (Math.abs(input.nowSeconds - ts) > input.windowSeconds) {
    return { ok: false, reason: 'stale-timestamp' };
  }

  // Rule 2: signature.
  const parts = encrypted === undefined ? [token, timestamp, nonce] : [token, timestamp, nonce, encrypted];
  const expected = Buffer.from(sha1Signature(parts), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // timingSafeEqual throws on unequal lengths; a length mismatch reveals nothing secret (the
  // expected length is always 40), so it is answered directly.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad-signature' };
  }
  return { ok: true };
}
