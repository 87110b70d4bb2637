// The help desk's read side of the API, under /api/v1/desk (desk keys only): the queue of
// conversations waiting for a person, with how long each has waited, the customer's last
// message, the contact they left and a summary in the desk's language; and one conversation's
// transcript. The write side (claim, notes, agent messages) and the events come later.

import { Router, type Request } from 'express';
import type { Conversations, Transcripts } from '../../conversation/store';
import { HttpError, sendError } from '../../http/errors';
import { CONVERSATION_ID } from '../../http/limits';
import { isLocale, type Locale } from '../../locale';
import { byWaitingTime, queueEntry, type QueueEntry } from '../../desk/queue';
import { requireDeskKey, type DeskAccess } from './guard';

export interface DeskOptions {
  store: Conversations & Transcripts;
  access: DeskAccess;
  defaultLocale: Locale;
}

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

export function deskRouter(options: DeskOptions): Router {
  const { store } = options;
  const router = Router();
  router.use(requireDeskKey(options.access));

  router.get('/handoffs', async (req, res) => {
    const lang = deskLocale(req, options.defaultLocale);
    const waiting = await store.listHandoffs();
    const entries = await Promise.all(
      waiting.map(async ({ id, record }) => queueEntry(id, record, await store.readTranscript(id), lang)),
    );
    res.json({ conversations: entries.filter((e): e is QueueEntry => e !== undefined).sort(byWaitingTime) });
  });

  router.get('/conversations/:conversationId/transcript', async (req, res) => {
    const id = conversationId(req);
    if (!(await store.load(id))) {
      sendError(res, 404, 'not_found', 'No such conversation (it may have expired or been deleted).');
      return;
    }
    const entries = (await store.readTranscript(id)).map((e) => ({ ...e, at: new Date(e.at).toISOString() }));
    res.json({ conversationId: id, entries });
  });

  router.use((_req, res) => sendError(res, 404, 'not_found', 'No such endpoint.'));
  return router;
}
