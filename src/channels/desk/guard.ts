// The desk API's own key check (DESK_KEYS, Bearer, compared in constant time). Unlike the client
// API, it is never open: with no desk keys configured every desk request is refused, saying why.
// A stand-in until the hardening branch's scoped keys (src/http/api-keys.ts) can replace it.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { sendError } from '../../http/errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function requireDeskKey(keys: readonly string[]): RequestHandler {
  const digests = keys.map(digest);
  return (req, res, next) => {
    if (digests.length === 0) {
      sendError(res, 403, 'desk_off', 'The desk API is off: set DESK_KEYS (comma-separated) and send Authorization: Bearer <desk key>.');
      return;
    }
    const header = req.get('authorization') ?? '';
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const given = presented ? digest(presented) : undefined;
    let ok = false;
    // Every key is compared (no early exit), so timing does not tell which one matched.
    for (const d of digests) if (given && timingSafeEqual(given, d)) ok = true;
    if (!ok) {
      res.set('WWW-Authenticate', 'Bearer realm="sme-finance-bot desk"');
      sendError(res, 401, 'unauthorized', header ? 'The desk key is not valid.' : 'Send a desk key: Authorization: Bearer <key>.');
      return;
    }
    next();
  };
}
