// The work for one WeChat message, whatever its kind: an engine turn (text, recognised voice, menu
// click, subscribe), the next stored page (更多 / MORE, which the engine recognises), a deletion
// (unsubscribe), or a short notice (image, location, an empty voice recognition, a message too
// long, too many messages in a minute...). The limits are the API's (src/http/limits.ts): a text
// of at most MAX_TEXT_CHARS, and so many messages a minute per user, counted in the store under a
// hash of the openid (the store holds no openid for it).

import type { Logger } from 'pino';
import type { ConversationEngine } from '../../conversation/engine';
import { logId } from '../../conversation/log-id';
import type { KeyValueCache } from '../../conversation/store';
import { MAX_TEXT_CHARS } from '../../http/limits';
import { translator } from '../../i18n';
import type { Locale } from '../../locale';
import { detectLanguage, writtenLanguage } from '../../nlu';
import { menuAction } from './menu';
import type { WechatPages } from './pages';
import { SUCCESS, type Answer } from './reply';
import type { WechatInbound } from './xml';

export const WECHAT_PREFIX = 'wechat:';
export const conversationOf = (openid: string) => `${WECHAT_PREFIX}${openid}`;

/** The rate limit's window: so many messages a minute. */
export const RATE_WINDOW_MS = 60_000;

/** Message types the bot cannot read, each named in the polite reply (locales: wechat.kinds). */
const KINDS = new Set(['image', 'video', 'shortvideo', 'location', 'link', 'file']);

/** The id under which the engine remembers a turn's answer; undefined for what is no turn. */
export function engineMessageId(inbound: WechatInbound): string | undefined {
  if (inbound.msgType === 'text' || inbound.msgType === 'voice') {
    return `wechat:${inbound.msgId ?? `${inbound.fromUserName}:${inbound.createTime}`}`;
  }
  if (inbound.msgType === 'event' && inbound.event === 'CLICK') {
    // Event key included: two different buttons tapped within one second are two messages.
    return `${inbound.fromUserName}:${inbound.createTime}:${inbound.eventKey?.trim() ?? ''}`;
  }
  return undefined;
}

/** The key WeChat's tries of one message share (events: FromUserName + CreateTime + event). */
export function messageKey(inbound: WechatInbound): string {
  if (inbound.msgId) return `${inbound.fromUserName}:${inbound.msgId}`;
  const event = inbound.msgType === 'event' ? `${inbound.event}:${inbound.eventKey ?? ''}` : inbound.msgType;
  return `${inbound.fromUserName}:${inbound.createTime}:${event}`;
}

/** What the user wrote (or said), when the message has words. */
function wordsOf(inbound: WechatInbound): string | undefined {
  if (inbound.msgType === 'text') return inbound.content;
  if (inbound.msgType === 'voice') return inbound.recognition;
  return undefined;
}

/**
 * The answer when the store failed (Redis down, disk full): nothing was saved, please send it
 * again, in the language the message is written in (the store cannot be asked for the
 * conversation's). Not kept: a retry should try again.
 */
export function notSavedAnswer(inbound: WechatInbound, defaultLocale: Locale): Answer {
  return { kind: 'text', content: translator(languageOfWords(inbound) ?? defaultLocale)('error.notSaved'), transient: true };
}

/** The language a message is written in, if it has words that tell (the first 500 characters do). */
function languageOfWords(inbound: WechatInbound): Locale | null {
  const words = (wordsOf(inbound) ?? '').slice(0, 500);
  return writtenLanguage(words) ?? detectLanguage(words);
}

/** Whether a message counts against the user's limit: what the user sends, not WeChat's reports. */
export function counted(inbound: WechatInbound): boolean {
  if (inbound.msgType !== 'event') return true;
  return inbound.event === 'CLICK' || inbound.event === 'subscribe';
}

/** The user's rate-limit counter in the store: a hash of the openid, never the openid. */
export const rateLimitKey = (openid: string) => `ratelimit:${logId(conversationOf(openid))}`;

/**
 * What the route's admission step (admission.ts) has already read for this message, so that the
 * responder asks the store nothing again: whether the user is over the limit (the hit counted),
 * whether the engine remembers the message, and the pages kept for 更多 / MORE.
 */
export interface Known {
  overLimit: boolean;
  answered: boolean;
  pages: string[];
}

export interface ResponderOptions {
  engine: ConversationEngine;
  pages: WechatPages;
  /** The rate-limit counters. */
  cache: Pick<KeyValueCache, 'hit'>;
  /** Messages a user may send a minute; past it, a polite notice and no turn. */
  messagesPerMinute: number;
  /** The language of notices to a user the bot has no conversation with yet. */
  defaultLocale: Locale;
  log: Logger;
}

export class WechatResponder {
  constructor(private readonly options: ResponderOptions) {}

  /** The answer to one message; `known`: what the admission read (without it, the store is asked). */
  async respond(inbound: WechatInbound, known?: Known): Promise<Answer> {
    const { engine, pages, log } = this.options;
    const openid = inbound.fromUserName;
    const conversationId = conversationOf(openid);
    // A try of a message already answered is no new message (asked only past the limit: cheap).
    const over = known ? known.overLimit : counted(inbound) && (await this.overLimit(openid));
    if (over && !(known ? known.answered : await this.answered(inbound))) {
      log.info({ conversation: logId(conversationId) }, 'wechat user over the rate limit');
      return { ...(await this.notice(inbound, 'wechat.tooMany')), transient: true };
    }
    const words = wordsOf(inbound);
    if (words !== undefined && [...words].length > MAX_TEXT_CHARS) {
      return this.notice(inbound, 'wechat.tooLong', { max: String(MAX_TEXT_CHARS) });
    }
    switch (inbound.msgType) {
      case 'text':
        return this.converse(inbound, inbound.content, known?.pages);
      case 'voice': {
        const heard = inbound.recognition?.trim() ?? '';
        return heard ? this.converse(inbound, heard, known?.pages) : this.notice(inbound, 'wechat.voiceNotRecognised');
      }
      case 'event':
        switch (inbound.event) {
          case 'subscribe':
            // Also a scan-to-subscribe (EventKey qrscene_...): the welcome either way.
            return pages.answer(openid, await engine.start(conversationId, 'wechat'));
          case 'unsubscribe':
            // The pages and remembered answers go with it; nothing of the answer may be kept.
            await engine.delete(conversationId);
            return { ...SUCCESS, transient: true };
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
                  ? (await this.localeOf(openid)) === 'en'
                    ? 'zh-CN'
                    : 'en'
                  : action.targetLocale;
            if (action.command === 'more') {
              const page = await pages.next(openid);
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
            return pages.answer(openid, result, { remembered: true });
          }
          default:
            // VIEW, SCAN by a follower, LOCATION reports, template results...: nothing to say.
            return SUCCESS;
        }
      default: {
        // image, video, shortvideo, location, link, file, or a type WeChat added since.
        const t = translator(await this.localeOf(openid), 'channels');
        const kind = t(`wechat.kinds.${KINDS.has(inbound.msgType) ? inbound.msgType : 'other'}`);
        return { kind: 'text', content: t('wechat.unsupported', { kind }) };
      }
    }
  }

  /**
   * A message of words. With pages stored, the engine is told so: if the message asks for the
   * next page it runs no turn and says so, and the page is the answer.
   */
  private async converse(inbound: WechatInbound, text: string, kept?: string[]): Promise<Answer> {
    const { engine, pages } = this.options;
    const openid = inbound.fromUserName;
    if (text.trim() === '') return this.notice(inbound, 'wechat.empty');
    const stored = kept ?? (await pages.load(openid));
    const message = { conversationId: conversationOf(openid), channel: 'wechat' as const, text, messageId: engineMessageId(inbound) };
    let result = await engine.handle(stored.length > 0 ? { ...message, morePending: true } : message);
    if (result.nextPage) {
      const page = await pages.next(openid);
      if (page) return page;
      // The pages went meanwhile (deleted): the message is an ordinary turn after all.
      result = await engine.handle(message);
    }
    return pages.answer(openid, result, { hadPages: stored.length > 0, remembered: true });
  }

  /** Whether the engine remembers the message's answer (a try of it runs no turn). */
  private async answered(inbound: WechatInbound): Promise<boolean> {
    const id = engineMessageId(inbound);
    return id !== undefined && (await this.options.engine.remembers(conversationOf(inbound.fromUserName), id));
  }

  /** Counts the message; true when the user has sent more than the limit this minute. */
  private async overLimit(openid: string): Promise<boolean> {
    const { count } = await this.options.cache.hit(rateLimitKey(openid), RATE_WINDOW_MS);
    return count > this.options.messagesPerMinute;
  }

  private async localeOf(openid: string): Promise<Locale> {
    return (await this.options.engine.localeOf(conversationOf(openid))) ?? this.options.defaultLocale;
  }

  /**
   * The language of a notice: the conversation's; without one, the language the message is
   * written in; else the default.
   */
  private async notice(inbound: WechatInbound, key: string, params?: Record<string, string>): Promise<Answer> {
    const known = await this.options.engine.localeOf(conversationOf(inbound.fromUserName));
    const locale = known ?? languageOfWords(inbound) ?? this.options.defaultLocale;
    return { kind: 'text', content: translator(locale, 'channels')(key, params) };
  }
}
