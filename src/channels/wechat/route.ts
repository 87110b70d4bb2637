// The WeChat Official Account (and WeCom) message server: GET /wechat answers the URL check,
// POST /wechat turns WeChat's XML callbacks into engine turns and the engine's replies into one
// passive text reply. Facts: docs/wechat.md. This file is the express glue; the parts are
//   verify.ts    who is asking (signature, timestamp window, AES), before any work;
//   respond.ts   the work for one message (an engine turn, the next page, a notice);
//   pages.ts     the pages of a long answer, kept for 更多 / MORE;
//   reply.ts     the passive reply's XML (encrypted in safe/compatible mode);
//   delivery.ts  how the answer reaches the user across WeChat's tries (a small state machine).
//
// Per POST, in this order:
//   1. the query checked before the body is even read (verify.ts, Rule 1). 401, no detail.
//   2. body read as bytes whatever the content type (64 KiB, 413 above), opened (Rule 2): parsed
//      (400 if malformed), its msg_signature checked and decrypted in safe/compatible mode.
//   3. deduplicated by MsgId (events: FromUserName + CreateTime): a delivery of a message already
//      being worked on waits for that work; one already answered gets the stored answer.
//   4. only for a message seen for the first time, the ReplayGuard (in the store): a signed query
//      already used (a captured request replayed with another body) is refused, also after a
//      restart and on another instance sharing the store.
//   5. the work (respond.ts), its answer delivered as delivery.ts decides.
//
// When the store fails (Redis down or frozen, a full disk) anywhere in 3-5, the user gets a short
// passive reply in their language: not saved, please send it again (never a 500, which WeChat
// would turn into "该公众号暂时无法提供服务").
//
// What lives in this process only: the deliveries waiting on a piece of work (and the count of
// tries). Answers, pages, the replay guard and the access_token live in the store; the per-user
// lock is the store's. The answers and pages are kept among the conversation's remembered answers,
// so deleting the conversation deletes them. With several instances behind a balancer, a shared
// store (with a cross-process lock) keeps "one turn per message", the answers and the replay
// guard; only the try count is per instance (see docs/wechat.md).

import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import pino from 'pino';
import type { ConversationEngine } from '../../conversation/engine';
import { logId } from '../../conversation/log-id';
import { systemClock, type Admissions, type Clock, type KeyValueCache, type Locks, type ProcessedMessages } from '../../conversation/store';
import type { Locale } from '../../locale';
import { MAX_XML_BODY_BYTES, WECHAT_MESSAGES_PER_MINUTE } from '../../http/limits';
import { WechatAdmission } from './admission';
import { WechatCipher } from './aes';
import { readBody } from './body';
import { WechatApi, WechatApiError } from './customer-service';
import { NEW_DELIVERY, deliveryStep, type Decision, type DeliveryEvent, type DeliveryState } from './delivery';
import { WechatPages } from './pages';
import { ReplayGuard } from './replay-guard';
import { SUCCESS, replyBody, type Answer } from './reply';
import { WECHAT_PREFIX, WechatResponder, conversationOf, messageKey, notSavedAnswer } from './respond';
import { WechatVerifier, type WechatMode, type WechatQuery } from './verify';
import type { WechatInbound } from './xml';
import { type AgentDeliveries, DeliveryRefused, agentMessageText } from '../../desk/delivery';

export { WECHAT_TRIES } from './delivery';

/** WeChat takes customer-service messages for 48 hours after the user's last message. */
const CUSTOMER_SERVICE_WINDOW_MS = 48 * 60 * 60 * 1000;

export interface WechatChannelOptions {
  /** WECHAT_TOKEN: the Token of the account's server configuration. */
  token: string;
  /** WECHAT_APP_ID: the AppID (WeCom: the CorpID), checked inside every encrypted message. */
  appId?: string;
  /** WECHAT_ENCODING_AES_KEY: needed for compatible and safe mode, and for WeCom. */
  encodingAesKey?: string;
  /** WECHAT_MODE: which bodies are accepted; default `safe` with an AES key, else `plaintext`. */
  mode?: WechatMode;
  /** WECHAT_RATE_LIMIT_PER_MINUTE: messages a user may send a minute (default in http/limits.ts). */
  messagesPerMinute?: number;
  /** WECHAT_APP_SECRET: lets a reply that missed every try go out as a customer-service message. */
  appSecret?: string;
  /** WECHAT_API_BASE, default https://api.weixin.qq.com. */
  apiBase?: string;
  /** WECHAT_TIMESTAMP_WINDOW_SECONDS, default 300. */
  windowSeconds?: number;
  /** WECHAT_MENU_LINKS: tappable weixin://bizmsgmenu choices. */
  menuLinks?: boolean;
  /** The language of notices to a user the bot has no conversation with yet. */
  defaultLocale: Locale;
  engine: ConversationEngine;
  /** Where the channel registers how an agent's message reaches a WeChat user (the desk). */
  deliveries?: AgentDeliveries;
  /**
   * The store: the conversation's remembered answers (the channel's answers and pages), the cache
   * (replay guard, rate limits, the access_token) and the per-user locks.
   */
  store: KeyValueCache & Locks & ProcessedMessages & Admissions;
  logger?: Logger;
  /** Milliseconds since the epoch; injected so that tests need no real time. */
  clock?: Clock;
  /** How long a delivery waits for its answer before the connection is dropped; default 4,500 ms. */
  replyDeadlineMs?: number;
  /**
   * After work ends with no delivery waiting, how long to wait for WeChat's next try before the
   * reply goes out as a customer-service message; default 6,000 ms (a try comes about 5 s apart).
   */
  retryGraceMs?: number;
  /** For the customer-service API; global fetch by default. */
  fetch?: typeof fetch;
}

export interface WechatChannel {
  router: Router;
  /** Resolves when all work under way has its answer and every late reply has been sent. */
  drain(): Promise<void>;
  /** Cancels the timers waiting for retries (shutdown, tests). */
  close(): void;
  /** Deliveries currently waiting for their answer. */
  readonly waiting: number;
  /** Messages being worked on, or answered and kept a moment for WeChat's next try. */
  readonly pending: number;
}

export const MAX_BODY_BYTES = MAX_XML_BODY_BYTES;
const DEFAULT_DEADLINE_MS = 4500;
const DEFAULT_RETRY_GRACE_MS = 6000;
const DEFAULT_WINDOW_S = 300;

/** A request refused for authentication after deduplication (a replayed query): 401, no body. */
class Refused extends Error {
  constructor(readonly reason: 'replayed') {
    super(reason);
  }
}

/** One message's work and its deliveries. */
interface Work {
  key: string;
  openid: string;
  /** The answer's id among the conversation's remembered answers. */
  answerId: string;
  /** Never rejects: failures are data, so that an unwatched failure is no unhandled rejection. */
  outcome: Promise<{ answer: Answer } | { error: unknown }>;
  state: DeliveryState;
  timer?: NodeJS.Timeout;
}

interface Delivery {
  inbound: WechatInbound;
  encrypted: boolean;
  replayKey: string;
}

function queryOf(req: Request): WechatQuery {
  const q = req.query as Record<string, unknown>;
  const get = (name: string) => (typeof q[name] === 'string' ? q[name] : undefined);
  return {
    signature: get('signature'),
    msgSignature: get('msg_signature'),
    timestamp: get('timestamp'),
    nonce: get('nonce'),
    echostr: get('echostr'),
    encryptType: get('encrypt_type'),
  };
}

export function createWechatChannel(options: WechatChannelOptions): WechatChannel {
  const { token, engine, store } = options;
  if (!token) throw new RangeError('createWechatChannel: token is required (WECHAT_TOKEN)');
  const log = options.logger ?? pino({ level: 'silent' });
  const clock = options.clock ?? systemClock;
  const windowSeconds = options.windowSeconds ?? DEFAULT_WINDOW_S;
  const deadlineMs = options.replyDeadlineMs ?? DEFAULT_DEADLINE_MS;
  const graceMs = options.retryGraceMs ?? DEFAULT_RETRY_GRACE_MS;
  // Answers are kept for retries (seconds apart) and for replays inside the window.
  const answerTtlMs = Math.max(60, 2 * windowSeconds) * 1000;
  const guard = new ReplayGuard(store, 2 * windowSeconds * 1000);
  const cipher = options.encodingAesKey && options.appId ? new WechatCipher(options.encodingAesKey, options.appId) : undefined;
  const nowSeconds = () => Math.floor(clock() / 1000);
  const verifier = new WechatVerifier({
    token,
    windowSeconds,
    nowSeconds,
    ...(cipher ? { cipher } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
  });
  const pages = new WechatPages(store, options.menuLinks ?? false);
  const messagesPerMinute = options.messagesPerMinute ?? WECHAT_MESSAGES_PER_MINUTE;
  const admission = new WechatAdmission(store, guard, messagesPerMinute);
  const responder = new WechatResponder({
    engine,
    pages,
    cache: store,
    messagesPerMinute,
    defaultLocale: options.defaultLocale,
    log,
  });
  const api =
    options.appSecret && options.appId
      ? new WechatApi({
          base: options.apiBase ?? 'https://api.weixin.qq.com',
          appId: options.appId,
          appSecret: options.appSecret,
          store,
          logger: log,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        })
      : undefined;

  const works = new Map<string, Work>();
  const running = new Set<Promise<unknown>>();
  const lateSends = new Set<Promise<void>>();
  let closed = false;

  function refuse(res: Response, status: 400 | 401 | 413 | 415, reason: string): void {
    log.warn({ status, reason }, 'wechat request refused');
    // No body: nothing that would help an attacker, and nothing WeChat would show a user.
    res.status(status).set('Connection', 'close').end();
  }

  function sendAnswer(res: Response, answer: Answer, delivery: Delivery): void {
    const reply = replyBody(answer, delivery.inbound, {
      token,
      nowSeconds: nowSeconds(),
      ...(delivery.encrypted && cipher ? { cipher } : {}),
    });
    // Written directly, with the headers express's send() would set (no ETag: the app turns it
    // off): send() would look the type up and re-parse it for its charset on every message.
    res.writeHead(200, { 'Content-Type': `${reply.contentType}; charset=utf-8`, 'Content-Length': Buffer.byteLength(reply.body) });
    res.end(reply.body);
  }

  /** Sends a message the user is not waiting on a reply for, as a customer-service message. */
  function sendLate(conversationId: string, what: string, send: () => Promise<void>): void {
    const sending = send().catch((error: unknown) => {
      log.error({ err: error, conversation: logId(conversationId) }, `wechat ${what} could not be sent`);
    });
    lateSends.add(sending);
    void sending.finally(() => lateSends.delete(sending));
  }

  // An agent handed the conversation back: the user is not waiting on a reply of their own, so
  // the bot's "the adviser has closed this session" goes out as a customer-service message.
  engine.onReleased((conversationId, result) => {
    if (!conversationId.startsWith(WECHAT_PREFIX) || closed) return;
    const openid = conversationId.slice(WECHAT_PREFIX.length);
    if (!api) {
      log.info({ conversation: logId(conversationId) }, 'wechat user not told of the hand-back: set WECHAT_APP_SECRET to send it');
      return;
    }
    sendLate(conversationId, 'hand-back message', async () => {
      const answer = await pages.answer(openid, result);
      if (answer.kind === 'text') await api.sendText(openid, answer.content);
    });
  });

  // An agent's message from the desk: a customer-service message, which WeChat accepts only within
  // 48 hours of the user's last message (the transcript says when that was) and only with the
  // account's secret; otherwise the desk is told why (409), and nothing is recorded.
  options.deliveries?.register('wechat', {
    deliver: async (message) => {
      if (!api) {
        throw new DeliveryRefused(
          'wechat_no_secret',
          'WeChat users can be written to only with customer-service messages, which need WECHAT_APP_SECRET (and WECHAT_APP_ID): set them to reply from the desk.',
        );
      }
      const last = message.transcript.findLast((e) => e.author === 'user');
      if (!last || message.at - last.at > CUSTOMER_SERVICE_WINDOW_MS) {
        throw new DeliveryRefused(
          'wechat_window_closed',
          `WeChat accepts messages to a user only within 48 hours of the user's last message${last ? ` (${new Date(last.at).toISOString()})` : ''}; the user must write again first.`,
        );
      }
      const openid = message.conversationId.slice(WECHAT_PREFIX.length);
      try {
        await api.sendText(openid, agentMessageText(message));
      } catch (error) {
        if (!(error instanceof WechatApiError)) throw error;
        // 45015: out of the window after all (WeChat's own clock); others: WeChat refused or failed.
        if (error.errcode === 45015)
          throw new DeliveryRefused(
            'wechat_window_closed',
            "WeChat says the user's 48-hour window has closed; the user must write again first.",
          );
        throw new DeliveryRefused('wechat_send_failed', `${error.message}.`, 502);
      }
    },
  });

  // ---- the work for one message and its deliveries ----------------------------------------

  function startWork(key: string, delivery: Delivery): Work {
    const openid = delivery.inbound.fromUserName;
    const conversationId = conversationOf(openid);
    // Kept with the conversation (its remembered answers), so that its deletion takes it along.
    const answerId = `wechat-channel:answer:${key}`;
    // The channel's own lock per user (the engine holds `wechat:<openid>` during a turn): one
    // message of a user at a time, so that pages and answers are read and written in order.
    const run = store.withLock(`wechat-channel:${openid}`, async (): Promise<Answer> => {
      // The stored answer, the replay guard, the rate limit and the pages in one store step. A
      // signed query seen before is a replay, unless it is a try of a message the engine has
      // already answered (its answer is remembered there, not here).
      const admitted = await admission.admit(delivery.inbound, delivery.replayKey, answerId);
      if ('cached' in admitted) return JSON.parse(admitted.cached) as Answer;
      if ('replayed' in admitted) throw new Refused('replayed');
      const answer = await responder.respond(delivery.inbound, admitted.known);
      if (!answer.transient && (answer.kind !== 'text' || !answer.remembered)) {
        await store.rememberProcessed(conversationId, answerId, JSON.stringify(answer), answerTtlMs);
      }
      return answer;
    });
    const work: Work = {
      key,
      openid,
      answerId,
      outcome: run.then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error }),
      ),
      state: NEW_DELIVERY,
    };
    running.add(work.outcome);
    void work.outcome.then((outcome) => {
      running.delete(work.outcome);
      if ('error' in outcome) {
        step(work, { type: 'failed' });
        return;
      }
      if (closed) return;
      step(work, { type: 'answered', text: outcome.answer.kind === 'text' }, outcome.answer);
    });
    return work;
  }

  /** Feeds an event to the work's delivery machine and carries out its decision. */
  function step(work: Work, event: DeliveryEvent, answer?: Answer): Decision {
    const [state, decision] = deliveryStep(work.state, event);
    work.state = state;
    switch (decision) {
      case 'keep-for-retry':
        // Keep the work a little so that WeChat's next try finds it; send late if no try comes.
        work.timer = setTimeout(() => step(work, { type: 'grace-over' }, answer), graceMs);
        work.timer.unref();
        break;
      case 'send-late':
        forget(work);
        if (answer?.kind === 'text') deliverLate(work, answer);
        break;
      case 'forget':
        forget(work);
        break;
      default:
        break;
    }
    return decision;
  }

  function forget(work: Work): void {
    clearTimeout(work.timer);
    if (works.get(work.key) === work) works.delete(work.key);
  }

  function deliverLate(work: Work, answer: Extract<Answer, { kind: 'text' }>): void {
    const conversationId = conversationOf(work.openid);
    if (!api) {
      log.warn({ conversation: logId(conversationId) }, 'wechat reply missed every try; set WECHAT_APP_SECRET to send such replies late');
      return;
    }
    sendLate(conversationId, 'late reply', async () => {
      // From now on a try that still comes gets `success`: the user must not read the reply twice.
      // (Not for a deletion's answer: nothing of the user may be written after it.)
      if (!answer.transient) await store.rememberProcessed(conversationId, work.answerId, JSON.stringify(SUCCESS), answerTtlMs);
      await api.sendText(work.openid, answer.content);
      log.info({ conversation: logId(conversationId) }, 'wechat reply sent late as a customer-service message');
    });
  }

  async function deliver(req: Request, res: Response, delivery: Delivery): Promise<void> {
    const key = messageKey(delivery.inbound);
    let work = works.get(key);
    if (work) {
      // A try of a message under way: remember its query too, so that it cannot be replayed.
      guard.seen(delivery.replayKey).catch((error: unknown) => log.warn({ err: error }, 'wechat replay guard not updated for a retry'));
    } else {
      work = startWork(key, delivery);
      works.set(key, work);
    }
    step(work, { type: 'try' });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), deadlineMs);
    });
    const outcome = await Promise.race([work.outcome, deadline]);
    clearTimeout(timer);

    if (outcome === 'deadline') {
      const tries = work.state.tries;
      if (step(work, { type: 'deadline', lateReplies: api !== undefined }) === 'answer-success') {
        // WeChat will not try again: tell it there will be no passive reply, and send it later.
        log.info({ tries }, 'wechat reply not ready by the last try; it will follow as a customer-service message');
        res.status(200).type('text/plain').send('success');
      } else {
        log.info({ tries }, 'wechat reply not ready in time; letting WeChat try again');
        // No status at all, so that WeChat retries instead of showing the user an error.
        req.socket.destroy();
      }
      return;
    }
    if ('error' in outcome) {
      step(work, { type: 'left' });
      if (outcome.error instanceof Refused) return refuse(res, 401, outcome.error.reason);
      // The store failed (the engine's turn answers politely by itself; this is the channel's own
      // calls: the lock, the remembered answer, the pages, the replay guard, the rate limit).
      log.error(
        { err: outcome.error, conversation: logId(conversationOf(work.openid)) },
        'wechat message could not be handled; the user is asked to send it again',
      );
      if (req.socket.destroyed) return;
      sendAnswer(res, notSavedAnswer(delivery.inbound, options.defaultLocale), delivery);
      return;
    }
    // WeChat may have hung up first (its own 5 s); then the reply is not delivered by this try.
    if (req.socket.destroyed) {
      step(work, { type: 'left' });
      return;
    }
    step(work, { type: 'sent' });
    sendAnswer(res, outcome.answer, delivery);
  }

  // ---- HTTP ------------------------------------------------------------------------------

  const router = Router();

  router.get('/', (req, res) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
    const verdict = verifier.urlCheck(queryOf(req));
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
    res.status(200).type('text/plain').send(verdict.value);
  });

  router.post('/', async (req, res) => {
    const query = queryOf(req);
    try {
      // Rule 1: who is asking, from the query alone, before reading a byte of the body.
      const checked = verifier.checkQuery(query);
      if (!checked.ok) {
        if (checked.reason === 'no-aes-key') {
          log.error('wechat sent an encrypted message but WECHAT_ENCODING_AES_KEY (and WECHAT_APP_ID) are not set');
        }
        return refuse(res, checked.status, checked.reason);
      }
      const { encrypted } = checked.value;
      const body = await readBody(req, MAX_BODY_BYTES);
      if (typeof body === 'number') return refuse(res, body, body === 413 ? 'body-too-large' : 'body-unreadable');
      // Rule 2: the body, its msg_signature checked before any decryption.
      const opened = verifier.openBody(body, query, encrypted);
      if (!opened.ok) return refuse(res, opened.status, opened.reason);
      await deliver(req, res, { inbound: opened.value, encrypted, replayKey: WechatVerifier.replayKey(query) });
    } catch (error) {
      log.error({ err: error }, 'wechat request failed');
      if (!res.headersSent) res.status(500).end();
    }
  });

  return {
    router,
    async drain() {
      // The work's own settling runs before anything awaiting here, so a late send it starts is
      // seen next round.
      while (running.size > 0 || lateSends.size > 0) await Promise.all([...running, ...lateSends]);
    },
    close() {
      closed = true;
      for (const work of works.values()) clearTimeout(work.timer);
      works.clear();
    },
    get waiting() {
      return [...works.values()].reduce((sum, w) => sum + w.state.waiting, 0);
    },
    get pending() {
      return works.size;
    },
  };
}
