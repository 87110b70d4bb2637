// The help-desk JSON API (README.md, "Help-desk JSON API"): help desks forward a customer's message
// and get the bot's replies and the conversation's view back; agents list and pick up hand-offs.

import express, { Router, type Request } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { ConversationEngine } from '../../conversation/engine';
import type { Reply, TurnResult } from '../../conversation/types';
import { LOCALES } from '../../locale';
import { authenticate, callerOf, isDesk, mayAccess, ownerFor, type Caller } from '../../http/api-keys';
import { ConversationStoreLimiter } from '../../http/rate-limit-store';
import type { Conversations, KeyValueCache } from '../../conversation/store';
import { describeIssues, HttpError, sendError, STORE_UNAVAILABLE } from '../../http/errors';
import { CONVERSATION_ID, MAX_BODY, MAX_TEXT_CHARS } from '../../http/limits';

const messageBody = z.object({
  text: z
    .string({ error: 'text must be a string' })
    .refine((t) => t.trim().length > 0, 'text must not be empty')
    .refine((t) => [...t].length <= MAX_TEXT_CHARS, `text must be at most ${MAX_TEXT_CHARS} characters`),
  locale: z.enum(LOCALES, { error: 'locale must be zh-CN or en' }).optional(),
  messageId: z.string({ error: 'messageId must be a string' }).min(1).max(128).optional(),
});

export interface ApiOptions {
  engine: ConversationEngine;
  /** Holds the rate-limit counters (shared by instances with Redis) and says who owns what. */
  store: KeyValueCache & Conversations;
  /** Client keys: each sees the conversations it created. */
  apiKeys: readonly string[];
  /** The help desk's keys: every conversation, the hand-off list, release. */
  deskKeys?: readonly string[];
  rateLimitPerMinute: number;
}

/** The most conversations one GET /handoffs returns (oldest first); `?limit=` asks for fewer. */
export const HANDOFF_LIST_MAX = 200;

const NOT_FOUND = 'No such conversation (it may have expired or been deleted).';

function conversationId(req: Request): string {
  const id = String(req.params.conversationId ?? '');
  if (!CONVERSATION_ID.test(id)) {
    throw new HttpError(400, 'bad_conversation_id', 'conversationId must be 1 to 128 characters of A-Z, a-z, 0-9, _ . : -');
  }
  return id;
}

/** Replies as the contract shows them: text and choices (the channel hint stays inside). */
function publicReplies(replies: Reply[]): Array<Pick<Reply, 'text' | 'choices'>> {
  return replies.map(({ text, choices }) => ({ text, choices }));
}

function turnBody(result: TurnResult) {
  return { ...result.view, replies: publicReplies(result.replies) };
}

export function apiRouter(options: ApiOptions): Router {
  const { engine, store } = options;
  const router = Router();
  router.use(authenticate({ clientKeys: options.apiKeys, deskKeys: options.deskKeys ?? [] }));
  router.use(
    rateLimit({
      windowMs: 60_000,
      limit: options.rateLimitPerMinute,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      // Per key when keys are used (a help desk behind one address is one client), else per
      // address: never by the raw header, which any caller can re-spell into a fresh bucket.
      keyGenerator: (req, res) => {
        const caller = callerOf(res);
        return caller.kind === 'open' ? `ip:${ipKeyGenerator(req.ip ?? 'unknown')}` : caller.id;
      },
      store: new ConversationStoreLimiter(options.store, 'api'),
      // A store that does not answer must not take the API down with it; turns will say so.
      passOnStoreError: true,
      handler: (_req, res) => sendError(res, 429, 'rate_limited', 'Too many requests; please slow down and retry shortly.'),
    }),
  );

  // Any content type: a help desk's HTTP client may not say it sends JSON.
  const json = express.json({ limit: MAX_BODY, type: () => true, strict: true });

  /**
   * Whether the caller may see the conversation: false (answer 404, as for an unknown one) when it
   * exists and is another client's, another channel's (for a client key), or the desk's.
   */
  const forbidden = async (caller: Caller, id: string): Promise<boolean> => {
    if (caller.kind !== 'client') return false;
    const record = await store.load(id);
    return record !== undefined && !mayAccess(caller, record);
  };

  router.post('/conversations/:conversationId/messages', json, async (req, res) => {
    const id = conversationId(req);
    const parsed = messageBody.safeParse(req.body);
    if (!parsed.success) {
      const message = describeIssues(parsed.error);
      sendError(
        res,
        400,
        'bad_request',
        req.body === undefined || typeof req.body !== 'object' ? 'The body must be a JSON object with "text".' : message,
      );
      return;
    }
    const caller = callerOf(res);
    if (await forbidden(caller, id)) {
      sendError(res, 404, 'not_found', NOT_FOUND);
      return;
    }
    const owner = ownerFor(caller);
    const result = await engine.handle({
      conversationId: id,
      channel: 'api',
      text: parsed.data.text,
      locale: parsed.data.locale,
      messageId: parsed.data.messageId,
      ...(owner ? { owner } : {}),
    });
    if (result.failed) {
      // The polite reply, in the user's language, is the message a help desk can pass on.
      sendError(res, 503, STORE_UNAVAILABLE, result.replies[0]?.text ?? 'Please try again shortly.');
      return;
    }
    res.status(200).json(turnBody(result));
  });

  router.get('/conversations/:conversationId', async (req, res) => {
    const id = conversationId(req);
    const view = (await forbidden(callerOf(res), id)) ? undefined : await engine.view(id);
    if (!view) {
      sendError(res, 404, 'not_found', NOT_FOUND);
      return;
    }
    res.json(view);
  });

  router.delete('/conversations/:conversationId', async (req, res) => {
    const id = conversationId(req);
    if (await forbidden(callerOf(res), id)) {
      sendError(res, 404, 'not_found', NOT_FOUND);
      return;
    }
    await engine.delete(id);
    res.status(204).end();
  });

  /** The desk's actions: a client key gets 403 (it is a valid key, for other things). */
  const deskOnly = (res: Parameters<Parameters<typeof router.get>[1]>[1]): boolean => {
    if (isDesk(callerOf(res))) return true;
    sendError(res, 403, 'forbidden', 'This needs a help-desk key (DESK_KEYS); client keys see only their own conversations.');
    return false;
  };

  // Not in the contract: the agent hands the conversation back to the bot (see README).
  router.post('/conversations/:conversationId/release', async (req, res) => {
    const id = conversationId(req);
    if (!deskOnly(res)) return;
    const outcome = await engine.release(id);
    if ('released' in outcome) res.json(turnBody(outcome.released));
    else if (outcome.refused === 'not_found') sendError(res, 404, 'not_found', NOT_FOUND);
    else sendError(res, 409, 'not_waiting', 'The conversation is not waiting for a person (the bot is answering it).');
  });

  router.get('/handoffs', async (req, res) => {
    if (!deskOnly(res)) return;
    const asked = Number(req.query.limit ?? HANDOFF_LIST_MAX);
    if (!Number.isInteger(asked) || asked < 1) {
      sendError(res, 400, 'bad_request', `limit must be a whole number from 1 to ${HANDOFF_LIST_MAX}`);
      return;
    }
    res.json({ conversations: await engine.handoffs(Math.min(asked, HANDOFF_LIST_MAX)) });
  });

  router.use((_req, res) => sendError(res, 404, 'not_found', 'No such endpoint.'));
  return router;
}
