// The web chat page's script: reads the page's configuration, restores the conversation from
// localStorage (or starts one, which brings the welcome), and wires the input, the choice chips,
// the language button and "new conversation" to the same-origin endpoint. Messages are delivered
// one at a time, in order; one that fails stays on screen with a retry button (a retry reuses its
// message id, so the bot never answers it twice). "New conversation" asks first once the user has
// said something: it sits where WeChat puts its back button, and a slip would wipe the advice.

import { Api, ApiError } from './api';
import { loadSaved, newConversationId, newMessageId, save, type Entry, type Saved } from './history';
import {
  CONFIG_ELEMENT_ID,
  POLL_INTERVAL_MS,
  type PageConfig,
  type PageLocale,
  type StringKey,
  type Strings,
  type TurnAnswer,
  type Updates,
} from './protocol';
import { ChatView } from './view';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`web chat: #${id} is missing from the page`);
  return node as T;
}

function readConfig(): PageConfig {
  return JSON.parse(byId(CONFIG_ELEMENT_ID).textContent ?? '{}') as PageConfig;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

class WebChat {
  private readonly api: Api;
  private readonly view: ChatView;
  private readonly input = byId<HTMLTextAreaElement>('input');
  private state: Saved;
  private strings: Strings;
  /** Deliveries run one after another, so answers arrive in the order things were said. */
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(private readonly config: PageConfig) {
    this.api = new Api(config.apiBase);
    const saved = loadSaved();
    this.state = saved ?? { id: newConversationId(), locale: config.locale, entries: [] };
    this.strings = config.strings[this.state.locale];
    this.view = new ChatView(byId('log'), this.strings, this.state.locale, {
      choose: (label, byKeyboard) => {
        this.submit(label);
        if (byKeyboard) this.input.focus();
      },
      retry: (entry) => this.retry(entry),
    });
    this.applyLanguage(this.state.locale);
    this.bind();
    if (saved && saved.entries.length > 0) {
      // Messages still on their way when the page was left may never have arrived: offer to
      // resend them (a resend of one that did arrive just brings its answer).
      for (let i = saved.entries.length - 1; i >= 0 && saved.entries[i]?.kind === 'user'; i--) saved.entries[i]!.failed = true;
      const last = saved.entries.length - 1;
      saved.entries.forEach((entry, i) => {
        this.view.append(entry, i === last);
      });
    } else {
      this.begin();
    }
    this.poll();
  }

  /**
   * Asks for what the desk sent (an agent's message, the hand-back) every few seconds while the
   * page is visible; a failed poll is simply tried again later, saying nothing.
   */
  private poll(): void {
    const tick = async () => {
      if (document.visibilityState === 'visible') {
        const id = this.state.id;
        try {
          this.receivePushed(id, await this.api.updates(id, this.state.cursor ?? 0));
        } catch {
          // Offline, rate-limited or restarting: the next tick tries again.
        }
      }
      setTimeout(() => void tick(), POLL_INTERVAL_MS);
    };
    setTimeout(() => void tick(), POLL_INTERVAL_MS);
  }

  private receivePushed(id: string, updates: Updates): void {
    if (id !== this.state.id) return;
    const shown = new Set(this.state.entries.map((e) => e.pushId).filter(Boolean));
    const fresh: Entry[] = updates.messages
      .filter((m) => !shown.has(m.id))
      .map((m) => ({ kind: 'bot', text: m.text, at: Date.now(), pushId: m.id }));
    this.state.cursor = updates.cursor;
    if (fresh.length > 0) {
      this.state.entries.push(...fresh);
      this.view.appendAnswer(fresh, this.pending === 0);
    }
    this.persist();
  }

  private bind(): void {
    byId<HTMLFormElement>('composer').addEventListener('submit', (event) => {
      event.preventDefault();
      this.submitInput();
    });
    this.input.addEventListener('keydown', (event) => {
      // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition does not send.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        this.submitInput();
      }
    });
    this.input.addEventListener('input', () => this.fitInput());
    byId('language').addEventListener('click', () => this.switchLanguage());
    byId('new-chat').addEventListener('click', () => this.askRestart());
    const confirm = byId<HTMLDialogElement>('confirm-new');
    confirm.addEventListener('close', () => {
      if (confirm.returnValue === 'confirm') this.restart();
      else byId('new-chat').focus();
    });
  }

  /** Clears at once when there is nothing of the user's to lose; else asks first. */
  private askRestart(): void {
    if (!this.state.entries.some((entry) => entry.kind === 'user')) {
      this.restart();
      return;
    }
    const confirm = byId<HTMLDialogElement>('confirm-new');
    confirm.returnValue = '';
    confirm.showModal();
  }

  /** A new conversation: the welcome, in the page's language. */
  private begin(): void {
    const id = this.state.id;
    this.enqueue(async () => {
      this.view.showTyping();
      try {
        this.receive(id, await this.api.start(id, this.state.locale));
      } catch (error) {
        if (id === this.state.id) this.view.notice(this.errorText(error), { key: 'retry', run: () => this.begin() });
      } finally {
        this.view.hideTyping();
      }
    });
  }

  private submitInput(): void {
    const text = this.input.value.trim();
    if (!text) return;
    if ([...text].length > this.config.maxChars) {
      this.view.notice(fill(this.strings.errorTooLong, { max: this.config.maxChars }));
      return;
    }
    this.input.value = '';
    this.fitInput();
    this.submit(text);
  }

  private submit(text: string): void {
    const entry: Entry = { kind: 'user', text, at: Date.now(), messageId: newMessageId() };
    this.state.entries.push(entry);
    this.persist();
    this.view.append(entry, false);
    this.deliver(entry);
  }

  private retry(entry: Entry): void {
    entry.failed = false;
    this.view.markFailed(entry, false);
    this.persist();
    this.deliver(entry);
  }

  private deliver(entry: Entry): void {
    const id = this.state.id;
    this.enqueue(async () => {
      if (id !== this.state.id) return;
      this.view.showTyping();
      try {
        this.receive(id, await this.api.send(id, entry.text, entry.messageId ?? newMessageId()));
      } catch (error) {
        if (id !== this.state.id) return;
        entry.failed = true;
        this.persist();
        this.view.markFailed(entry, true);
        this.view.notice(this.errorText(error));
      } finally {
        this.view.hideTyping();
      }
    });
  }

  private switchLanguage(): void {
    const target: PageLocale = this.state.locale === 'zh-CN' ? 'en' : 'zh-CN';
    this.applyLanguage(target);
    this.persist();
    const id = this.state.id;
    this.enqueue(async () => {
      this.view.showTyping();
      try {
        this.receive(id, await this.api.language(id, target));
      } catch (error) {
        if (id === this.state.id) this.view.notice(this.errorText(error));
      } finally {
        this.view.hideTyping();
      }
    });
  }

  private restart(): void {
    this.state = { id: newConversationId(), locale: this.state.locale, entries: [] };
    this.persist();
    this.view.clear();
    this.begin();
    this.input.focus();
  }

  /** The bot's answer: its messages, and the conversation's language (it follows the user). */
  private receive(id: string, answer: TurnAnswer): void {
    if (id !== this.state.id) return;
    this.view.hideTyping();
    const now = Date.now();
    const entries: Entry[] = answer.replies.map((r) => ({
      kind: 'bot',
      text: r.text,
      at: now,
      ...(r.choices.length > 0 ? { choices: r.choices, choiceMode: r.choiceMode } : {}),
    }));
    if (answer.locale !== this.state.locale) this.applyLanguage(answer.locale);
    this.state.entries.push(...entries);
    this.persist();
    this.view.appendAnswer(entries, this.pending <= 1);
  }

  private enqueue(work: () => Promise<void>): void {
    this.pending += 1;
    this.queue = this.queue.then(work).finally(() => {
      this.pending -= 1;
    });
  }

  private applyLanguage(locale: PageLocale): void {
    this.state.locale = locale;
    this.strings = this.config.strings[locale];
    this.view.setLanguage(locale, this.strings);
    document.documentElement.lang = locale;
    const s = this.strings;
    const each = (selector: string, apply: (node: HTMLElement) => void) => document.querySelectorAll<HTMLElement>(selector).forEach(apply);
    each('[data-i18n]', (node) => (node.textContent = s[node.dataset.i18n as StringKey]));
    each('[data-i18n-aria-label]', (node) => node.setAttribute('aria-label', s[node.dataset.i18nAriaLabel as StringKey]));
    each('[data-i18n-placeholder]', (node) => node.setAttribute('placeholder', s[node.dataset.i18nPlaceholder as StringKey]));
    each('[data-i18n-content]', (node) => node.setAttribute('content', s[node.dataset.i18nContent as StringKey]));
    byId('language').lang = locale === 'zh-CN' ? 'en' : 'zh-CN';
  }

  private errorText(error: unknown): string {
    if (!(error instanceof ApiError)) return this.strings.errorGeneric;
    switch (error.code) {
      case 'network':
        return this.strings.errorNetwork;
      case 'rate_limited':
        return this.strings.errorRateLimited;
      case 'unavailable':
        // The server's words: the bot's own polite "please try again", in the user's language.
        return error.message || this.strings.errorGeneric;
      default:
        return this.strings.errorGeneric;
    }
  }

  private fitInput(): void {
    this.input.style.height = 'auto';
    // The stylesheet's max-height (in rem: it grows with the reader's text size) caps it.
    this.input.style.height = `${this.input.scrollHeight}px`;
  }

  private persist(): void {
    save(this.state);
  }
}

function boot(): void {
  new WebChat(readConfig());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
