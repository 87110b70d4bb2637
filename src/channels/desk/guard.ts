// Who may use the desk API: a desk key (DESK_KEYS), checked by the API's own key check
// (src/http/api-keys.ts: constant time, keys never kept). Unlike the client API it is never open
// by accident: with no desk keys it refuses every request and says why, unless DESK_OPEN=1 asks
// for an open desk on a developer's machine. A client key (API_KEYS) is a valid key for other
// things: 403; no key or an unknown one: 401. The event stream alone also takes a one-use stream
// token in its query (stream-token.ts), because a browser's EventSource cannot send the key.

import type { RequestHandler } from 'express';
import { authenticate, callerOf } from '../../http/api-keys';
import { sendError } from '../../http/errors';
import type { StreamTokens } from './stream-token';

export interface DeskAccess {
  /** DESK_KEYS. */
  deskKeys: readonly string[];
  /** API_KEYS: recognised, so that a client key is told it is the wrong kind rather than unknown. */
  clientKeys: readonly string[];
  /** DESK_OPEN=1: no keys needed (local trials only; config refuses it together with DESK_KEYS). */
  open: boolean;
}

export const DESK_OFF_MESSAGE =
  'The desk API is off: set DESK_KEYS (comma-separated) and send Authorization: Bearer <desk key>; for a local trial only, DESK_OPEN=1 opens it without keys.';

/**
 * The desk key check, except that `GET /events?token=<stream token>` is let in by its token alone
 * (a wrong, expired or spent token: 401, whatever the headers say).
 */
export function requireDeskKeyOrStreamToken(access: DeskAccess, tokens: StreamTokens): RequestHandler {
  const byKey = requireDeskKey(access);
  return (req, res, next) => {
    const token = req.query.token;
    if (req.method !== 'GET' || req.path !== '/events' || token === undefined) {
      byKey(req, res, next);
      return;
    }
    if (access.deskKeys.length === 0 && !access.open) {
      sendError(res, 403, 'desk_off', DESK_OFF_MESSAGE);
      return;
    }
    tokens.redeem(typeof token === 'string' ? token : '').then((valid) => {
      if (valid) next();
      else sendError(res, 401, 'bad_stream_token', 'The stream token is not valid, has expired or was used already: ask for a new one.');
    }, next);
  };
}

export function requireDeskKey(access: DeskAccess): RequestHandler {
  if (access.deskKeys.length === 0) {
    return (_req, res, next) => {
      if (access.open) next();
      else sendError(res, 403, 'desk_off', DESK_OFF_MESSAGE);
    };
  }
  const check = authenticate({ clientKeys: access.clientKeys, deskKeys: access.deskKeys });
  return (req, res, next) => {
    check(req, res, (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      if (callerOf(res).kind !== 'desk') {
        sendError(res, 403, 'forbidden', 'This needs a help-desk key (DESK_KEYS); client keys see only their own conversations.');
        return;
      }
      next();
    });
  };
}
