// Bearer API keys for the help-desk API, compared in constant time. With no keys configured the
// API is open (main.ts logs a warning at start).

import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { sendError } from './errors';

/** Hashing first gives equal-length buffers, so the comparison leaks neither content nor length. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export function requireApiKey(keys: readonly string[]): RequestHandler {
  const digests = keys.map(digest);
  return (req, res, next) => {
    if (digests.length === 0) {
      next();
      return;
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const presented = match?.[1] ? digest(match[1]) : undefined;
    // Compare against every key (no early exit), so timing does not reveal which one matched.
    let ok = false;
    for (const d of digests) if (presented && timingSafeEqual(presented, d)) ok = true;
    if (!ok) {
      res.set('WWW-Authenticate', 'Bearer realm="sme-finance-bot"');
      sendError(res, 401, 'unauthorized', header ? 'The API key is not valid.' : 'Send an API key: Authorization: Bearer <key>.');
      return;
    }
    next();
  };
}
