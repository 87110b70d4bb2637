// The web chat page at GET / and its same-origin JSON endpoint under /webchat/api. The browser
// needs no API key (it could not keep one secret): it can only talk to conversations in its own
// namespace (`web:<id>`, the id being a random one the page made), limited per client address,
// with the help-desk API's body and text limits and error shape.

import express, { Router, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ConversationEngine } from '../../conversation/engine';
import type { KeyValueCache } from '../../conversation/store';
import type { TurnResult } from '../../conversation/types';
import { describeIssues, HttpError, sendError } from '../../http/errors';
import { ConversationStoreLimiter } from '../../http/rate-limit-store';
import { LOCALES, type Locale } from '../../locale';
import { MAX_BODY, MAX_TEXT_CHARS } from '../../http/limits';
import { pageScript, staticAssets } from './assets';
import { PAGE_HEADERS, pageLocale, scriptHandler, sendAsset } from '../../http/browser-page';
import { BROWSER_ID, type TurnAnswer, type Updates } from './client/protocol';
import { agentMessageText } from '../../desk/delivery';
import { renderPage } from './page';

export const WEBCHAT_API = '/webchat/api';
export const WEBCHAT_ASSETS = '/webchat';

/**
 * The page's polls for updates have their own per-address budget, this many times the messages'
 * (RATE_LIMIT_PER_MINUTE): at the default 120, 1,200 a minute, 80 pages polling every 4 s behind
 * one address (an office, a shop's shared connection).
 */
export const POLL_BUDGET_FACTOR = 10;

export interface WebchatOptions {
  engine: Pick<ConversationEngine, 'handle' | 'start' | 'transcript' | 'localeOf'>;
  store: KeyValueCache;
  defaultLocale: Locale;
  /** Requests per minute per client address to the page's endpoint. */
  rateLimitPerMinute: number;
  logger: Logger;
}

const messageBody = z.object({
  text: z
    .string({ error: 'text must be a string' })
    .refine((t) => t.trim().length > 0, 'text must not be empty')
    .refine((t) => [...t].length <= MAX_TEXT_CHARS, `text must be at most ${MAX_TEXT_CHARS} characters`),
  messageId: z.string({ error: 'messageId must be a string' }).min(1).max(128).optional(),
});
const localeBody = z.object({ locale: z.enum(LOCALES, { error: 'locale must be zh-CN or en' }) });
const startBody = z.object({ locale: z.enum(LOCALES, { error: 'locale must be zh-CN or en' }).optional() });

function browserId(req: Request): string {
  const id = String(req.params.id ?? '');
  if (!BROWSER_ID.test(id)) {
    throw new HttpError(400, 'bad_conversation_id', 'The conversation id must be 1 to 124 characters of A-Z, a-z, 0-9, _ . : -');
  }
  return id;
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new HttpError(400, 'bad_request', describeIssues(parsed.error));
  }
  return parsed.data;
}

function answer(res: Response, id: string, result: TurnResult): void {
  if (result.failed) {
    // The store did not answer: the polite reply, in the user's language, is what the page shows.
    sendError(res, 503, 'unavailable', result.replies[0]?.text ?? 'Please try again shortly.');
    return;
  }
  const body: TurnAnswer = {
    conversationId: id,
    locale: result.locale,
    replies: result.replies.map(({ text, choices, choiceMode }) => ({ text, choices, choiceMode })),
  };
  res.set('Cache-Control', 'no-store').json(body);
}

export function webchatRouter(options: WebchatOptions): Router {
  const { engine, logger } = options;
  const router = Router();

  router.get('/', (req, res) => {
    res.set(PAGE_HEADERS);
    res.send(
      renderPage(pageLocale(req, options.defaultLocale), { maxChars: MAX_TEXT_CHARS, apiBase: WEBCHAT_API, assetBase: WEBCHAT_ASSETS }),
    );
  });

  router.get(`${WEBCHAT_ASSETS}/app.js`, scriptHandler(pageScript, logger, 'web chat'));
  router.get(`${WEBCHAT_ASSETS}/app.css`, (req, res) => sendAsset(req, res, staticAssets().css));
  router.get(`${WEBCHAT_ASSETS}/bot-avatar.svg`, (req, res) => sendAsset(req, res, staticAssets().botAvatar));
  router.get(`${WEBCHAT_ASSETS}/user-avatar.svg`, (req, res) => sendAsset(req, res, staticAssets().userAvatar));

  // What the page did not ask for (an agent's messages, the bot's word when the agent hands back),
  // from the transcript: the page polls this while it is open, so it needs no reload. Never notes.
  async function updates(req: Request, res: Response): Promise<void> {
    const id = browserId(req);
    const raw = req.query.after ?? '0';
    const after = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isNaN(after)) throw new HttpError(400, 'bad_request', 'after must be a whole number (the cursor of the last answer)');
    const conversationId = `web:${id}`;
    const [transcript, locale] = await Promise.all([engine.transcript(conversationId), engine.localeOf(conversationId)]);
    const body: Updates = {
      conversationId: id,
      // From the cursor on, inclusive: the page skips ids it has shown, and misses none of the same millisecond.
      messages: transcript.flatMap((e) =>
        e.unprompted && e.id && e.at >= after && (e.author === 'agent' || e.author === 'bot')
          ? [
              {
                id: e.id,
                at: e.at,
                text:
                  e.author === 'agent'
                    ? agentMessageText({ locale: locale ?? options.defaultLocale, agent: e.agent ?? '', text: e.text })
                    : e.text,
              },
            ]
          : [],
      ),
      cursor: Math.max(after, transcript.at(-1)?.at ?? 0),
    };
    res.set('Cache-Control', 'no-store').json(body);
  }

  const api = Router();
  const limit = (name: string, perMinute: number) =>
    rateLimit({
      windowMs: 60_000,
      limit: perMinute,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
      store: new ConversationStoreLimiter(options.store, name),
      passOnStoreError: true,
      handler: (_req, res) => sendError(res, 429, 'rate_limited', 'Too many messages; please wait a moment and try again.'),
    });
  // The page's polling has a budget of its own, before the messages' limit: an open page asks 15
  // times a minute by itself, and it must not use up the customer's messages (nor, behind one
  // office address, its colleagues').
  api.get('/conversations/:id/updates', limit('webchat-poll', options.rateLimitPerMinute * POLL_BUDGET_FACTOR), updates);
  api.use(limit('webchat', options.rateLimitPerMinute));
  // Only JSON: a cross-site form cannot send it without the browser asking first (CORS preflight).
  api.use(express.json({ limit: MAX_BODY, strict: true, type: 'application/json' }));
  api.use((req, _res, next) => {
    if (req.method === 'POST' && !req.is('application/json')) {
      next(new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.'));
      return;
    }
    next();
  });

  api.post('/conversations/:id/start', async (req, res) => {
    const id = browserId(req);
    const { locale } = parse(startBody, req.body);
    answer(res, id, await engine.start(`web:${id}`, 'webchat', locale));
  });

  api.post('/conversations/:id/messages', async (req, res) => {
    const id = browserId(req);
    const { text, messageId } = parse(messageBody, req.body);
    answer(res, id, await engine.handle({ conversationId: `web:${id}`, channel: 'webchat', text, messageId }));
  });

  // The page's language button: a command, as a menu would give it, not words to interpret.
  api.post('/conversations/:id/language', async (req, res) => {
    const id = browserId(req);
    const { locale } = parse(localeBody, req.body);
    answer(
      res,
      id,
      await engine.handle({
        conversationId: `web:${id}`,
        channel: 'webchat',
        text: `[language ${locale}]`,
        command: 'language',
        targetLocale: locale,
      }),
    );
  });

  api.use((_req, res) => sendError(res, 404, 'not_found', 'No such endpoint.'));
  router.use(WEBCHAT_API, api);
  return router;
}
