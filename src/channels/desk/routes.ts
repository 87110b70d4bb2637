// The help desk's API, under /api/v1/desk (desk keys only). Read: the queue of conversations
// waiting for a person, with how long each has waited, the customer's last message, the contact
// they left, who has claimed it and a summary in the desk's language; one conversation's
// transcript with the desk's notes. Write (src/desk/actions.ts): claim, notes, an agent's message
// (delivered on the customer's channel), release. This file is the HTTP glue only.

import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Conversations, KeyValueCache, Transcripts } from '../../conversation/store';
import { describeIssues, HttpError, sendError } from '../../http/errors';
import { CONVERSATION_ID, MAX_BODY, MAX_TEXT_CHARS } from '../../http/limits';
import { isLocale, type Locale } from '../../locale';
import { byWaitingTime, queueEntry, type QueueEntry } from '../../desk/queue';
import { deskEntry, type DeskActions, type DeskRefusal } from '../../desk/actions';
import type { DeskEvents } from '../../desk/events';
import { requireDeskKeyOrStreamToken, type DeskAccess } from './guard';
import { StreamTokens } from './stream-token';

/** A comment line this often keeps proxies from closing an idle event stream. */
const HEARTBEAT_MS = 25_000;

export interface DeskOptions {
  store: Conversations & Transcripts;
  actions: DeskActions;
  events: DeskEvents;
  access: DeskAccess;
  defaultLocale: Locale;
  /** Where spent stream tokens are recorded (the store, shared by instances on Redis). */
  tokenStore: Pick<KeyValueCache, 'setIfAbsent'>;
  clock: () => number;
}

/** The longest agent name. */
export const MAX_AGENT_CHARS = 64;

// Control characters other than line breaks and tabs have no place in a chat message or a name.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const agent = z
  .string({ error: "agent must be a string (the agent's name)" })
  .transform((a) => a.trim())
  .refine((a) => a.length > 0, 'agent must not be empty')
  .refine(
    (a) => [...a].length <= MAX_AGENT_CHARS && !/[\r\n]/.test(a) && !CONTROL.test(a),
    `agent must be one line of at most ${MAX_AGENT_CHARS} characters`,
  );
const text = z
  .string({ error: 'text must be a string' })
  .refine((t) => t.trim().length > 0, 'text must not be empty')
  .refine((t) => [...t].length <= MAX_TEXT_CHARS, `text must be at most ${MAX_TEXT_CHARS} characters`)
  .refine((t) => !CONTROL.test(t), 'text must be plain text (no control characters)');
const claimBody = z.object({ agent, takeOver: z.boolean({ error: 'takeOver must be true or false' }).optional() });
const noteBody = z.object({ agent, text });
const messageBody = z.object({ agent, text, messageId: z.string({ error: 'messageId must be a string' }).min(1).max(128).optional() });

function conversationId(req: Request): string {
  const id = String(req.params.conversationId ?? '');
  if (!CONVERSATION_ID.test(id)) {
    throw new HttpError(400, 'bad_conversation_id', 'conversationId must be 1 to 128 characters of A-Z, a-z, 0-9, _ . : -');
  }
  return id;
}

function deskLocale(req: Request, fallback: Locale): Locale {
  const lang = req.query.lang;
  if (lang === undefined) return fallback;
  if (typeof lang === 'string' && isLocale(lang)) return lang;
  throw new HttpError(400, 'bad_request', 'lang must be zh-CN or en');
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'bad_request', 'The body must be a JSON object.');
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new HttpError(400, 'bad_request', describeIssues(parsed.error));
  }
  return parsed.data;
}

const NOT_FOUND = 'No such conversation (it may have expired or been deleted).';

function refuse(res: Response, refusal: DeskRefusal): void {
  switch (refusal.refused) {
    case 'not_found':
      sendError(res, 404, 'not_found', NOT_FOUND);
      return;
    case 'not_waiting':
      sendError(res, 409, 'not_waiting', 'The conversation is not waiting for a person (the bot is answering it).');
      return;
    case 'claimed':
      // The holder also as a field, so a console can offer "take over from <name>".
      res.status(409).json({
        error: {
          code: 'claimed',
          message: `Another agent has claimed this conversation: ${refusal.by}. To take it over, claim it with "takeOver": true.`,
          claimedBy: refusal.by,
        },
      });
      return;
    case 'delivery':
      sendError(res, refusal.status, refusal.code, refusal.message);
      return;
  }
}

export function deskRouter(options: DeskOptions): Router {
  const { store, actions } = options;
  const router = Router();
  const streamTokens = new StreamTokens({ deskKeys: options.access.deskKeys, store: options.tokenStore, clock: options.clock });
  router.use(requireDeskKeyOrStreamToken(options.access, streamTokens));
  const json = express.json({ limit: MAX_BODY, type: () => true, strict: true });

  router.get('/handoffs', async (req, res) => {
    const lang = deskLocale(req, options.defaultLocale);
    const waiting = await store.listHandoffs();
    const entries = await Promise.all(waiting.map(async ({ id, record }) => queueEntry(id, record, await store.readTranscript(id), lang)));
    res.json({ conversations: entries.filter((e): e is QueueEntry => e !== undefined).sort(byWaitingTime) });
  });

  router.get('/conversations/:conversationId/transcript', async (req, res) => {
    const id = conversationId(req);
    if (!(await store.load(id))) {
      sendError(res, 404, 'not_found', NOT_FOUND);
      return;
    }
    res.json({ conversationId: id, entries: (await store.readTranscript(id)).map(deskEntry) });
  });

  router.post('/conversations/:conversationId/claim', json, async (req, res) => {
    const id = conversationId(req);
    const body = parse(claimBody, req.body);
    const outcome = await actions.claim(id, body.agent, body.takeOver === true);
    if ('refused' in outcome) refuse(res, outcome);
    else res.json({ conversationId: id, ...outcome.ok });
  });

  router.post('/conversations/:conversationId/notes', json, async (req, res) => {
    const id = conversationId(req);
    const body = parse(noteBody, req.body);
    const outcome = await actions.note(id, body.agent, body.text);
    if ('refused' in outcome) refuse(res, outcome);
    else res.status(201).json(outcome.ok);
  });

  router.post('/conversations/:conversationId/messages', json, async (req, res) => {
    const id = conversationId(req);
    const body = parse(messageBody, req.body);
    const outcome = await actions.message(id, {
      text: body.text,
      agent: body.agent,
      ...(body.messageId ? { messageId: body.messageId } : {}),
    });
    if ('refused' in outcome) refuse(res, outcome);
    else res.status(201).json(outcome.ok);
  });

  router.post('/conversations/:conversationId/release', async (req, res) => {
    const id = conversationId(req);
    const outcome = await actions.release(id);
    if ('refused' in outcome) refuse(res, outcome);
    else res.json({ conversationId: id, stage: outcome.ok.view.stage, replies: outcome.ok.replies.map((r) => r.text) });
  });

  // A one-use token for the event stream, for a browser's EventSource (stream-token.ts).
  router.post('/stream-tokens', (_req, res) => {
    res.status(201).set('Cache-Control', 'no-store').json(streamTokens.issue());
  });

  // Server-sent events: `event: <type>` and `data: <DeskEvent JSON>`, as they happen.
  router.get('/events', (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((event) => {
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  router.use((_req, res) => sendError(res, 404, 'not_found', 'No such endpoint.'));
  return router;
}
