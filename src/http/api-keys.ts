// Who is calling the help-desk API. `API_KEYS` are client keys (a help desk's customer system:
// each sees and acts on only the conversations it created), `DESK_KEYS` the help desk's own
// (every channel's conversations, the hand-off list, release). Keys are compared in constant time
// and never kept: a caller is known by a short hash of its key (rate limits, ownership, logs).
// With no keys configured the API is open (main.ts logs a warning at start).

import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { sendError } from './errors';

/** The caller after authentication; `id` is a hash of the key, never the key. */
export type Caller = { kind: 'open' } | { kind: 'client'; id: string } | { kind: 'desk'; id: string };

/** Hashing first gives equal-length buffers, so the comparison leaks neither content nor length. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** A key's identity: 16 hex digits of its SHA-256, enough to tell keys apart, useless to call with. */
export function keyId(key: string): string {
  return `key:${digest(key).toString('hex').slice(0, 16)}`;
}

/** The key in `Authorization: Bearer <key>`, however the scheme is cased or spaced. */
export function bearerKey(header: string | undefined): string | undefined {
  return /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
}

export interface KeySets {
  clientKeys: readonly string[];
  deskKeys: readonly string[];
}

/** Sets `res.locals.caller`; refuses (401) a missing or unknown key when keys are configured. */
export function authenticate({ clientKeys, deskKeys }: KeySets): RequestHandler {
  const known = [
    ...clientKeys.map((k) => ({ digest: digest(k), caller: { kind: 'client', id: keyId(k) } as Caller })),
    ...deskKeys.map((k) => ({ digest: digest(k), caller: { kind: 'desk', id: keyId(k) } as Caller })),
  ];
  return (req, res, next) => {
    if (known.length === 0) {
      res.locals.caller = { kind: 'open' } satisfies Caller;
      next();
      return;
    }
    const header = req.get('authorization');
    const presented = bearerKey(header);
    const presentedDigest = presented ? digest(presented) : undefined;
    // Compare against every key (no early exit), so timing does not reveal which one matched.
    let caller: Caller | undefined;
    for (const k of known) if (presentedDigest && timingSafeEqual(presentedDigest, k.digest)) caller = k.caller;
    if (!caller) {
      res.set('WWW-Authenticate', 'Bearer realm="sme-finance-bot"');
      sendError(res, 401, 'unauthorized', header ? 'The API key is not valid.' : 'Send an API key: Authorization: Bearer <key>.');
      return;
    }
    res.locals.caller = caller;
    next();
  };
}

export function callerOf(res: Response): Caller {
  return (res.locals.caller as Caller | undefined) ?? { kind: 'open' };
}

/** What a caller may see of a conversation: its own (client), or everything (desk, open API). */
export function mayAccess(caller: Caller, conversation: { channel: string; owner?: string }): boolean {
  return caller.kind !== 'client' || (conversation.channel === 'api' && conversation.owner === caller.id);
}

/** The desk's actions (the hand-off list, release): not for client keys. */
export function isDesk(caller: Caller): boolean {
  return caller.kind !== 'client';
}

/** The owner to record on a conversation the caller creates: client keys own theirs. */
export function ownerFor(caller: Caller): string | undefined {
  return caller.kind === 'client' ? caller.id : undefined;
}
