// The WeChat Official Account (and WeCom) message server: GET /wechat answers the URL check,
// POST /wechat turns WeChat's XML callbacks into engine turns and the engine's replies into one
// passive text reply. Facts: ../shared/reference/wechat-protocol.md; setup: docs/wechat.md.
//
// Per POST, in this order:
//   1. `signature` (token, timestamp, nonce) checked before the body is even read; in safe and
//      compatible mode also `msg_signature`, which covers <Encrypt>, checked BEFORE decrypting so
//      that the decryption's distinct failures can never serve as a padding oracle. 401, no detail.
//   2. body read as bytes whatever the content type (64 KiB, 413 above), parsed (400 if malformed),
//      decrypted in safe/compatible mode (the decrypted copy is the one believed, never the
//      plaintext fields beside <Encrypt>).
//   3. deduplicated by MsgId (events: FromUserName + CreateTime): a delivery of a message already
//      being worked on waits for that work; one already answered gets the stored answer.
//   4. only for a message seen for the first time, the ReplayGuard: a signed query already used
//      (a captured request replayed with another body) is refused.
//   5. the work: an engine turn (text, recognised voice, menu click, subscribe), the next stored
//      page (更多 / MORE), or a short notice (image, location, empty recognition...).
//
// WeChat waits 5 s and tries three times. A delivery is answered when the work is done, or at the
// deadline (4.5 s) its connection is dropped so that WeChat tries again rather than showing the
// user an error; the retry waits for the same work. With WECHAT_APP_SECRET set, the third try is
// answered `success` at its deadline and the reply, once ready, goes out as a customer-service
// message; the same happens when the work ends between tries and no further try comes.
//
// What lives in this process only: the deliveries waiting on a piece of work (and the count of
// tries), and the ReplayGuard. Answers, pages and the access_token live in the store; the
// per-user lock is the store's. With several instances behind a balancer, a shared store (with a
// cross-process lock) keeps "one turn per message" and the answers; the try count and the replay
// memory would need the shared store too (see docs/wechat.md).

import { randomInt } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import pino from 'pino';
import type { ConversationEngine } from '../../conversation/engine';
import { systemClock, type Clock, type ConversationStore } from '../../conversation/store';
import type { TurnResult } from '../../conversation/types';
import { translator } from '../../i18n';
import type { Locale } from '../../locale';
import { understand } from '../../nlu';
import { WechatCipher, WechatCryptoError } from './aes';
import { WechatApi } from './customer-service';
import { menuAction } from './menu';
import { renderPages } from './render';
import { ReplayGuard } from './replay-guard';
import { buildEncryptedReply, buildTextReply } from './reply-xml';
import { sha1Signature, verifyRequest } from './signature';
import { WechatXmlError, parseEncryptedEnvelope, parseWechatXml, type WechatInbound } from './xml';

export interface WechatChannelOptions {
  /** WECHAT_TOKEN: the Token of the account's server configuration. */
  token: string;
  /** WECHAT_APP_ID: the AppID (WeCom: the CorpID), checked inside every encrypted message. */
  appId?: string;
  /** WECHAT_ENCODING_AES_KEY: needed for compatible and safe mode, and for WeCom. */
  encodingAesKey?: string;
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
  store: ConversationStore;
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

export const MAX_BODY_BYTES = 64 * 1024;
/** WeChat's documented number of tries per message. */
export const WECHAT_TRIES = 3;
const DEFAULT_DEADLINE_MS = 4500;
const DEFAULT_RETRY_GRACE_MS = 6000;
const DEFAULT_WINDOW_S = 300;
const PAGES_TTL_MS = 24 * 60 * 60 * 1000;
// An openid is 28 characters of [A-Za-z0-9_-]; a WeCom userid may also hold dots. Anything else
// would make a conversation id the help-desk API cannot address.
const USER_ID = /^[A-Za-z0-9_.-]{1,100}$/;

const WECHAT_PREFIX = 'wechat:';

/** The longest message read as a request for the next page ("请给我看下一页", "show me more please"). */
const MAX_MORE_LENGTH = 24;

/**
 * `remembered`: the engine keeps this answer under the message's id (a turn with a messageId), so
 * a retry gets it from the engine again and the channel need not store it a second time.
 */
type Answer = { kind: 'text'; content: string; remembered?: true } | { kind: 'success' };
const SUCCESS: Answer = { kind: 'success' };

/** A request refused for authentication after deduplication (a replayed query): 401, no body. */
class Refused extends Error {
  constructor(readonly reason: 'replayed') {
    super(reason);
  }
}

interface Work {
  key: string;
  openid: string;
  /** Never rejects: failures are data, so that an unwatched failure is no unhandled rejection. */
  outcome: Promise<{ answer: Answer } | { error: unknown }>;
  tries: number;
  waiting: number;
  /** A delivery carried the answer back to WeChat (or it went out as a customer-service message). */
  delivered: boolean;
  /** The last try was answered `success` at its deadline: send the reply late when it is ready. */
  sendLate: boolean;
  timer?: NodeJS.Timeout;
}

interface Delivery {
  inbound: WechatInbound;
  encrypted: boolean;
  replayKey: string;
}

function param(req: Request, name: string): string | undefined {
  const value: unknown = (req.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Message types the bot cannot read, each named in the polite reply (locales: wechat.kinds). */
const KINDS = new Set(['image', 'video', 'shortvideo', 'location', 'link', 'file']);

export function createWechatChannel(options: WechatChannelOptions): WechatChannel {
  const { token, engine, store } = options;
  if (!token) throw new RangeError('createWechatChannel: token is required (WECHAT_TOKEN)');
  const log = options.logger ?? pino({ level: 'silent' });
  const clock = options.clock ?? systemClock;
  const windowSeconds = options.windowSeconds ?? DEFAULT_WINDOW_S;
  const deadlineMs = options.replyDeadlineMs ?? DEFAULT_DEADLINE_MS;
  const graceMs = options.retryGraceMs ?? DEFAULT_RETRY_GRACE_MS;
  const menuLinks = options.menuLinks ?? false;
  // Answers are kept for retries (seconds apart) and for replays inside the window.
  const answerTtlMs = Math.max(60, 2 * windowSeconds) * 1000;
  // 100,000 keys (a few MB) cover 5 minutes of a busy account; beyond that the oldest go first.
  const guard = new ReplayGuard({ ttlSeconds: 2 * windowSeconds, maxEntries: 100_000 });
  const cipher = options.encodingAesKey && options.appId ? new WechatCipher(options.encodingAesKey, options.appId) : undefined;
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
  const nowSeconds = () => Math.floor(clock() / 1000);

  // ---- responses -------------------------------------------------------------------------

  function refuse(res: Response, status: 400 | 401 | 413 | 415, reason: string): void {
    log.warn({ status, reason }, 'wechat request refused');
    // No body: nothing that would help an attacker, and nothing WeChat would show a user.
    res.status(status).set('Connection', 'close').end();
  }

  function sendAnswer(res: Response, answer: Answer, delivery: Delivery): void {
    if (answer.kind === 'success') {
      res.status(200).type('text/plain').send('success');
      return;
    }
    const { inbound } = delivery;
    const xml = buildTextReply({
      toUserName: inbound.fromUserName,
      fromUserName: inbound.toUserName,
      createTime: nowSeconds(),
      content: answer.content,
    });
    if (!delivery.encrypted || !cipher) {
      res.status(200).type('application/xml').send(xml);
      return;
    }
    const encrypt = cipher.encrypt(xml);
    const timestamp = String(nowSeconds());
    const nonce = String(randomInt(100_000_000, 1_000_000_000));
    res
      .status(200)
      .type('application/xml')
      .send(buildEncryptedReply({ encrypt, msgSignature: sha1Signature([token, timestamp, nonce, encrypt]), timestamp, nonce }));
  }

  // ---- the work for one message ----------------------------------------------------------

  const conversationOf = (openid: string) => `${WECHAT_PREFIX}${openid}`;
  const pagesKey = (openid: string) => `wechat:pages:${openid}`;

  async function localeOf(openid: string): Promise<Locale> {
    return (await engine.localeOf(conversationOf(openid))) ?? options.defaultLocale;
  }

  async function notice(openid: string, key: string, params?: Record<string, string>): Promise<Answer> {
    const locale = await localeOf(openid);
    return { kind: 'text', content: translator(locale, 'channels')(key, params) };
  }

  async function savePages(openid: string, pages: string[]): Promise<void> {
    await store.setValue(pagesKey(openid), JSON.stringify(pages), PAGES_TTL_MS);
  }

  async function loadPages(openid: string): Promise<string[]> {
    const raw = await store.getValue(pagesKey(openid));
    if (!raw) return [];
    try {
      const pages: unknown = JSON.parse(raw);
      return Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      return [];
    }
  }

  /** The next stored page, if the last answer had more than one. */
  async function nextPage(openid: string): Promise<Answer | undefined> {
    const [next, ...rest] = await loadPages(openid);
    if (next === undefined) return undefined;
    await savePages(openid, rest);
    return { kind: 'text', content: next };
  }

  /**
   * The first page of a turn's replies; the others kept for 更多 / MORE. `hadPages: false` (none
   * were stored before) spares the write when there is nothing to keep either, as for most turns.
   */
  async function answerTurn(openid: string, result: TurnResult, opts: { hadPages?: boolean; remembered?: boolean } = {}): Promise<Answer> {
    const pages = renderPages(result.replies, result.locale, { menuLinks });
    const rest = result.deleted ? [] : pages.slice(1);
    if ((opts.hadPages ?? true) || rest.length > 0) await savePages(openid, rest);
    const first = pages[0];
    if (first === undefined) return SUCCESS;
    // A deleted conversation's answer is not remembered by the engine (everything is gone).
    return opts.remembered && !result.deleted ? { kind: 'text', content: first, remembered: true } : { kind: 'text', content: first };
  }

  // Everything about a deleted conversation goes, however it was deleted (the help-desk API,
  // "删除我的数据", an unsubscribe): the pages it was still to show hold its replies.
  engine.onDeleted((conversationId) => {
    if (!conversationId.startsWith(WECHAT_PREFIX)) return;
    savePages(conversationId.slice(WECHAT_PREFIX.length), []).catch((error: unknown) => {
      log.error({ err: error, conversationId }, 'wechat pages of a deleted conversation could not be cleared');
    });
  });

  // An agent handed the conversation back: the user is not waiting on a reply of their own, so
  // the bot's "the adviser has closed this session" goes out as a customer-service message.
  engine.onReleased((conversationId, result) => {
    if (!conversationId.startsWith(WECHAT_PREFIX) || closed) return;
    const openid = conversationId.slice(WECHAT_PREFIX.length);
    if (!api) {
      log.info({ conversationId }, 'wechat user not told of the hand-back: set WECHAT_APP_SECRET to send it');
      return;
    }
    const send = (async () => {
      const answer = await answerTurn(openid, result);
      if (answer.kind === 'text') await api.sendText(openid, answer.content);
    })().catch((error: unknown) => {
      log.error({ err: error, conversationId }, 'wechat hand-back message could not be sent');
    });
    lateSends.add(send);
    void send.finally(() => lateSends.delete(send));
  });

  async function converse(inbound: WechatInbound, text: string): Promise<Answer> {
    const openid = inbound.fromUserName;
    if (text.trim() === '') return notice(openid, 'wechat.empty');
    // Pages first, the NLU only when there are some: the engine is not asked for a next page.
    const stored = await loadPages(openid);
    // 更多 / MORE / 下一页 are short: longer messages are never a page request (and skip the NLU).
    if (stored.length > 0 && text.length <= MAX_MORE_LENGTH && understand(text).command === 'more') {
      const page = await nextPage(openid);
      if (page) return page;
    }
    const result = await engine.handle({
      conversationId: conversationOf(openid),
      channel: 'wechat',
      text,
      messageId: engineMessageId(inbound),
    });
    return answerTurn(openid, result, { hadPages: stored.length > 0, remembered: true });
  }

  async function respond(inbound: WechatInbound): Promise<Answer> {
    const openid = inbound.fromUserName;
    const conversationId = conversationOf(openid);
    switch (inbound.msgType) {
      case 'text':
        return converse(inbound, inbound.content);
      case 'voice': {
        const heard = inbound.recognition?.trim() ?? '';
        return heard ? converse(inbound, heard) : notice(openid, 'wechat.voiceNotRecognised');
      }
      case 'event':
        switch (inbound.event) {
          case 'subscribe':
            // Also a scan-to-subscribe (EventKey qrscene_...): the welcome either way.
            return answerTurn(openid, await engine.start(conversationId, 'wechat'));
          case 'unsubscribe':
            // The pages go with it (engine.onDeleted above).
            await engine.delete(conversationId);
            return SUCCESS;
          case 'CLICK': {
            const key = inbound.eventKey?.trim() ?? '';
            let action = menuAction(key);
            if (!action) {
              log.warn({ eventKey: key.slice(0, 64) }, 'wechat menu key unknown; answering with help (see docs/wechat-menu.json)');
              action = { command: 'help' };
            }
            const targetLocale =
              action.command !== 'language'
                ? undefined
                : 'toggle' in action
                  ? (await localeOf(openid)) === 'en'
                    ? 'zh-CN'
                    : 'en'
                  : action.targetLocale;
            if (action.command === 'more') {
              const page = await nextPage(openid);
              if (page) return page;
            }
            const result = await engine.handle({
              conversationId,
              channel: 'wechat',
              // Empty: the engine would otherwise guess the language of a new conversation from the
              // key's Latin letters ("MENU_START" reads as English).
              text: '',
              command: action.command,
              ...(targetLocale ? { targetLocale } : {}),
              messageId: engineMessageId(inbound),
            });
            return answerTurn(openid, result, { remembered: true });
          }
          default:
            // VIEW, SCAN by a follower, LOCATION reports, template results...: nothing to say.
            return SUCCESS;
        }
      default: {
        // image, video, shortvideo, location, link, file, or a type WeChat added since.
        const t = translator(await localeOf(openid), 'channels');
        const kind = t(`wechat.kinds.${KINDS.has(inbound.msgType) ? inbound.msgType : 'other'}`);
        return { kind: 'text', content: t('wechat.unsupported', { kind }) };
      }
    }
  }

  /** The id under which the engine remembers a turn's answer; undefined for what is no turn. */
  function engineMessageId(inbound: WechatInbound): string | undefined {
    if (inbound.msgType === 'text' || inbound.msgType === 'voice') {
      return `wechat:${inbound.msgId ?? `${inbound.fromUserName}:${inbound.createTime}`}`;
    }
    if (inbound.msgType === 'event' && inbound.event === 'CLICK') {
      // Event key included: two different buttons tapped within one second are two messages.
      return `${inbound.fromUserName}:${inbound.createTime}:${inbound.eventKey?.trim() ?? ''}`;
    }
    return undefined;
  }

  function messageKey(inbound: WechatInbound): string {
    if (inbound.msgId) return `${inbound.fromUserName}:${inbound.msgId}`;
    const event = inbound.msgType === 'event' ? `${inbound.event}:${inbound.eventKey ?? ''}` : inbound.msgType;
    return `${inbound.fromUserName}:${inbound.createTime}:${event}`;
  }

  function startWork(key: string, delivery: Delivery): Work {
    const openid = delivery.inbound.fromUserName;
    const answerKey = `wechat:answer:${key}`;
    // The channel's own lock per user (the engine holds `wechat:<openid>` during a turn): one
    // message of a user at a time, so that pages and answers are read and written in order.
    const run = store.withLock(`wechat-channel:${openid}`, async (): Promise<Answer> => {
      const cached = await store.getValue(answerKey);
      if (cached !== undefined) {
        guard.seen(delivery.replayKey, nowSeconds());
        return JSON.parse(cached) as Answer;
      }
      // A signed query seen before is a replay, unless it is a try of a message the engine has
      // already answered (its answer is remembered there, not here).
      if (guard.seen(delivery.replayKey, nowSeconds())) {
        const id = engineMessageId(delivery.inbound);
        if (!id || !(await engine.remembers(conversationOf(openid), id))) throw new Refused('replayed');
      }
      const answer = await respond(delivery.inbound);
      if (answer.kind !== 'text' || !answer.remembered) await store.setValue(answerKey, JSON.stringify(answer), answerTtlMs);
      return answer;
    });
    const work: Work = {
      key,
      openid,
      outcome: run.then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error }),
      ),
      tries: 0,
      waiting: 0,
      delivered: false,
      sendLate: false,
    };
    running.add(work.outcome);
    void work.outcome.then((outcome) => {
      running.delete(work.outcome);
      settle(work, answerKey, outcome);
    });
    return work;
  }

  /** When the work is done: forget failures; otherwise make sure the reply reaches the user. */
  function settle(work: Work, answerKey: string, outcome: { answer: Answer } | { error: unknown }): void {
    if ('error' in outcome) {
      works.delete(work.key);
      return;
    }
    const { answer } = outcome;
    if (answer.kind === 'success') work.delivered = true; // nothing a user would miss
    if (closed) return;
    if (work.sendLate || (work.waiting === 0 && work.tries >= WECHAT_TRIES)) {
      works.delete(work.key);
      deliverLate(work, answerKey, answer);
      return;
    }
    // Keep the work a little so that WeChat's next try finds it; send late if no try comes.
    work.timer = setTimeout(() => {
      works.delete(work.key);
      if (!work.delivered) deliverLate(work, answerKey, answer);
    }, graceMs);
    work.timer.unref();
  }

  function deliverLate(work: Work, answerKey: string, answer: Answer): void {
    if (work.delivered || answer.kind !== 'text') return;
    work.delivered = true;
    if (!api) {
      log.warn({ conversationId: conversationOf(work.openid) }, 'wechat reply missed every try; set WECHAT_APP_SECRET to send such replies late');
      return;
    }
    const send = (async () => {
      // From now on a try that still comes gets `success`: the user must not read the reply twice.
      await store.setValue(answerKey, JSON.stringify(SUCCESS), answerTtlMs);
      await api.sendText(work.openid, answer.content);
      log.info({ conversationId: conversationOf(work.openid) }, 'wechat reply sent late as a customer-service message');
    })().catch((error: unknown) => {
      log.error({ err: error, conversationId: conversationOf(work.openid) }, 'wechat late reply could not be sent');
    });
    lateSends.add(send);
    void send.finally(() => lateSends.delete(send));
  }

  // ---- one delivery ----------------------------------------------------------------------

  async function deliver(req: Request, res: Response, delivery: Delivery): Promise<void> {
    const key = messageKey(delivery.inbound);
    let work = works.get(key);
    if (work) {
      // A try of a message under way: remember its query too, so that it cannot be replayed.
      guard.seen(delivery.replayKey, nowSeconds());
    } else {
      work = startWork(key, delivery);
      works.set(key, work);
    }
    work.tries++;
    work.waiting++;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), deadlineMs);
    });
    const outcome = await Promise.race([work.outcome, deadline]);
    clearTimeout(timer);
    work.waiting--;

    if (outcome === 'deadline') {
      if (work.tries >= WECHAT_TRIES && api) {
        // WeChat will not try again: tell it there will be no passive reply, and send it later.
        work.sendLate = true;
        log.info({ tries: work.tries }, 'wechat reply not ready by the last try; it will follow as a customer-service message');
        res.status(200).type('text/plain').send('success');
      } else {
        log.info({ tries: work.tries }, 'wechat reply not ready in time; letting WeChat try again');
        // No status at all, so that WeChat retries instead of showing the user an error.
        req.socket.destroy();
      }
      return;
    }
    if ('error' in outcome) {
      if (outcome.error instanceof Refused) {
        refuse(res, 401, outcome.error.reason);
        return;
      }
      log.error({ err: outcome.error }, 'wechat message could not be handled');
      res.status(500).end();
      return;
    }
    // WeChat may have hung up first (its own 5 s); then the reply is not delivered by this try.
    if (req.socket.destroyed) return;
    work.delivered = true;
    sendAnswer(res, outcome.answer, delivery);
    // Delivered, and no other try waiting: nothing left to keep it for (a try that still comes
    // finds the stored answer). Keeping every message for the grace period held thousands of
    // timers and answers in memory under load.
    if (work.waiting === 0 && works.get(work.key) === work) {
      clearTimeout(work.timer);
      works.delete(work.key);
    }
  }

  // ---- HTTP ------------------------------------------------------------------------------

  const rawBody = express.raw({ type: () => true, limit: MAX_BODY_BYTES, inflate: false });

  /** The body as UTF-8 text, or the status to refuse it with. */
  function readBody(req: Request, res: Response): Promise<string | 413 | 415 | 400> {
    return new Promise((resolve) => {
      rawBody(req, res, (err?: unknown) => {
        if (err) {
          const type = (err as { type?: string }).type;
          resolve(type === 'entity.too.large' ? 413 : type === 'encoding.unsupported' ? 415 : 400);
          return;
        }
        const body: unknown = req.body;
        // A text parser mounted before this router would leave a string: take it as it is.
        resolve(Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '');
      });
    });
  }

  function check(signature: string | undefined, timestamp: string | undefined, nonce: string | undefined, encrypted?: string) {
    return verifyRequest({
      token,
      timestamp: timestamp ?? '',
      nonce: nonce ?? '',
      signature: signature ?? '',
      ...(encrypted !== undefined ? { encrypted } : {}),
      nowSeconds: nowSeconds(),
      windowSeconds,
    });
  }

  const router = Router();

  router.get('/', (req, res) => {
    const timestamp = param(req, 'timestamp');
    const nonce = param(req, 'nonce');
    const echostr = param(req, 'echostr');
    const msgSignature = param(req, 'msg_signature');
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });

    if (msgSignature !== undefined) {
      // WeCom: the echostr is encrypted and signed with msg_signature; answer its plaintext.
      if (!cipher) return refuse(res, 401, 'no-aes-key');
      const verified = check(msgSignature, timestamp, nonce, echostr ?? '');
      if (!verified.ok) return refuse(res, 401, verified.reason);
      try {
        res.status(200).type('text/plain').send(cipher.decrypt(echostr ?? ''));
      } catch (error) {
        if (error instanceof WechatCryptoError) return refuse(res, error.reason === 'appid-mismatch' ? 401 : 400, error.reason);
        throw error;
      }
      return;
    }
    const verified = check(param(req, 'signature'), timestamp, nonce);
    if (!verified.ok) return refuse(res, 401, verified.reason);
    if (!echostr) return refuse(res, 400, 'missing-echostr');
    res.status(200).type('text/plain').send(echostr);
  });

  router.post('/', async (req, res) => {
    const signature = param(req, 'signature');
    const msgSignature = param(req, 'msg_signature');
    const timestamp = param(req, 'timestamp');
    const nonce = param(req, 'nonce');
    const encrypted = param(req, 'encrypt_type') === 'aes' || msgSignature !== undefined;

    try {
      // Rule 1: who is asking, from the query alone, before reading a byte of the body.
      if (signature === undefined && msgSignature === undefined) return refuse(res, 401, 'missing-parameter');
      if (encrypted && msgSignature === undefined) return refuse(res, 401, 'missing-parameter');
      if (signature !== undefined || !encrypted) {
        const verified = check(signature, timestamp, nonce);
        if (!verified.ok) return refuse(res, 401, verified.reason);
      }
      if (encrypted && !cipher) {
        log.error('wechat sent an encrypted message but WECHAT_ENCODING_AES_KEY (and WECHAT_APP_ID) are not set');
        return refuse(res, 401, 'no-aes-key');
      }

      const body = await readBody(req, res);
      if (typeof body === 'number') return refuse(res, body, body === 413 ? 'body-too-large' : 'body-unreadable');

      let inbound: WechatInbound;
      if (encrypted && cipher) {
        const envelope = parseEncryptedEnvelope(body);
        // Rule 2: msg_signature over <Encrypt>, before any decryption.
        const verified = check(msgSignature, timestamp, nonce, envelope.encrypt);
        if (!verified.ok) return refuse(res, 401, verified.reason);
        inbound = parseWechatXml(cipher.decrypt(envelope.encrypt));
      } else {
        inbound = parseWechatXml(body);
      }
      if (!USER_ID.test(inbound.fromUserName)) return refuse(res, 400, 'bad-user-id');

      const replayKey = `${timestamp ?? ''}:${nonce ?? ''}:${signature ?? ''}`;
      await deliver(req, res, { inbound, encrypted, replayKey });
    } catch (error) {
      if (error instanceof WechatXmlError) return refuse(res, 400, `xml-${error.reason}`);
      if (error instanceof WechatCryptoError) {
        return refuse(res, error.reason === 'appid-mismatch' ? 401 : 400, `crypto-${error.reason}`);
      }
      log.error({ err: error }, 'wechat request failed');
      if (!res.headersSent) res.status(500).end();
    }
  });

  return {
    router,
    async drain() {
      // settle() runs before anything awaiting here, so a late send it starts is seen next round.
      while (running.size > 0 || lateSends.size > 0) await Promise.all([...running, ...lateSends]);
    },
    close() {
      closed = true;
      for (const work of works.values()) clearTimeout(work.timer);
      works.clear();
    },
    get waiting() {
      return [...works.values()].reduce((sum, w) => sum + w.waiting, 0);
    },
    get pending() {
      return works.size;
    },
  };
}
