// The chat's DOM: bubbles (the bot's with its avatar on the left, the user's on the right),
// WeChat-style time labels between them, the choice chips under the bot's last message, a typing
// bubble and notices. Text always goes in as text, never as HTML.
//
// Scrolling: the user's own message and the typing bubble scroll to the end; the bot's answer
// scrolls so that its first line is at the top of the conversation, because an owner reads an
// answer from its start (the best pick comes first), and lands on its end only when all of it fits.

import type { Entry } from './history';
import type { PageLocale, StringKey, Strings } from './protocol';

/** A time label is shown when this much has passed since the last one, as WeChat does. */
const TIME_GAP_MS = 5 * 60 * 1000;
/** Room left above an answer revealed at the top of the conversation. */
const REVEAL_MARGIN_PX = 8;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** An element whose text follows the page's language. */
function i18nText<K extends keyof HTMLElementTagNameMap>(tag: K, key: StringKey, strings: Strings, className?: string) {
  const node = el(tag, className);
  node.dataset.i18n = key;
  node.textContent = strings[key];
  return node;
}

export interface ViewHandlers {
  choose(label: string, byKeyboard: boolean): void;
  retry(entry: Entry): void;
}

export class ChatView {
  private lastTimeShown = 0;
  private chips: HTMLElement | null = null;
  private typing: HTMLElement | null = null;
  private readonly bubbles = new Map<Entry, HTMLElement>();

  constructor(
    private readonly log: HTMLElement,
    private strings: Strings,
    private locale: PageLocale,
    private readonly handlers: ViewHandlers,
  ) {}

  setLanguage(locale: PageLocale, strings: Strings): void {
    this.locale = locale;
    this.strings = strings;
  }

  clear(): void {
    this.log.replaceChildren();
    this.bubbles.clear();
    this.lastTimeShown = 0;
    this.chips = null;
    this.typing = null;
  }

  /**
   * Adds one message; `chips` says whether its choices are still the ones to offer. Scrolls to the
   * end unless told not to; returns the first node added (its time label, if one was due).
   */
  append(entry: Entry, chips: boolean, scroll = true): HTMLElement {
    this.removeChips();
    let first: HTMLElement | null = null;
    if (entry.at - this.lastTimeShown >= TIME_GAP_MS) {
      first = this.timeLabel(entry.at);
      this.insert(first);
      this.lastTimeShown = entry.at;
    }
    const row = el('div', `row ${entry.kind}`);
    const avatar = el('img', 'avatar');
    avatar.src = entry.kind === 'bot' ? '/webchat/bot-avatar.svg' : '/webchat/user-avatar.svg';
    avatar.alt = '';
    avatar.width = 40;
    avatar.height = 40;
    const bubble = el('div', 'bubble');
    bubble.append(i18nText('span', entry.kind === 'bot' ? 'botPrefix' : 'userPrefix', this.strings, 'sr-only'), entry.text);
    row.append(avatar, bubble);
    this.insert(row);
    this.bubbles.set(entry, row);
    if (entry.failed) this.markFailed(entry, true);
    if (chips && entry.kind === 'bot' && entry.choices && entry.choices.length > 0) this.showChips(entry);
    if (scroll) this.scrollToEnd();
    return first ?? row;
  }

  /**
   * The bot's messages answering one turn, the last one's chips shown if `chips`: scrolled so that
   * the first line is in view at the top (the end, if the whole answer fits).
   */
  appendAnswer(entries: readonly Entry[], chips: boolean): void {
    const last = entries.length - 1;
    const nodes = entries.map((entry, i) => this.append(entry, chips && i === last, false));
    if (nodes[0]) this.reveal(nodes[0]);
  }

  /** Marks a user message as not sent (with a retry button), or clears the mark. */
  markFailed(entry: Entry, failed: boolean): void {
    const row = this.bubbles.get(entry);
    if (!row) return;
    row.querySelector('.failed')?.remove();
    if (!failed) return;
    const mark = el('div', 'failed');
    const label = i18nText('span', 'notSent', this.strings, 'failed-label');
    const retry = i18nText('button', 'retry', this.strings, 'retry');
    retry.type = 'button';
    retry.addEventListener('click', () => this.handlers.retry(entry));
    mark.append(label, retry);
    row.append(mark);
  }

  showTyping(): void {
    if (this.typing) return;
    const row = el('div', 'row bot typing-row');
    const avatar = el('img', 'avatar');
    avatar.src = '/webchat/bot-avatar.svg';
    avatar.alt = '';
    const bubble = el('div', 'bubble typing');
    bubble.setAttribute('role', 'status');
    bubble.append(i18nText('span', 'typing', this.strings, 'sr-only'));
    for (let i = 0; i < 3; i++) bubble.append(el('span', 'dot'));
    row.append(avatar, bubble);
    this.typing = row;
    this.log.append(row);
    this.scrollToEnd();
  }

  hideTyping(): void {
    this.typing?.remove();
    this.typing = null;
  }

  /** A line from the page itself (an error), with an optional action. */
  notice(text: string, action?: { key: StringKey; run: () => void }): HTMLElement {
    const p = el('p', 'notice');
    p.append(text);
    if (action) {
      const button = i18nText('button', action.key, this.strings, 'notice-action');
      button.type = 'button';
      button.addEventListener('click', () => {
        p.remove();
        action.run();
      });
      p.append(' ', button);
    }
    this.insert(p);
    this.scrollToEnd();
    return p;
  }

  removeChips(): void {
    this.chips?.remove();
    this.chips = null;
  }

  private showChips(entry: Entry): void {
    const group = el('div', 'chips');
    group.setAttribute('role', 'group');
    group.dataset.i18nAriaLabel = 'choicesLabel';
    group.setAttribute('aria-label', this.strings.choicesLabel);
    (entry.choices ?? []).forEach((choice, i) => {
      const chip = el('button', 'chip');
      chip.type = 'button';
      if (entry.choiceMode === 'number') {
        const num = el('span', 'chip-num');
        num.textContent = String(i + 1);
        chip.append(num);
      }
      chip.append(choice.label);
      // A click made with the keyboard has detail 0: keep focus in the conversation for it.
      chip.addEventListener('click', (event) => this.handlers.choose(choice.label, event.detail === 0));
      group.append(chip);
    });
    this.chips = group;
    this.insert(group);
  }

  /** Keeps the typing bubble last. */
  private insert(node: HTMLElement): void {
    if (this.typing) this.log.insertBefore(node, this.typing);
    else this.log.append(node);
  }

  private timeLabel(at: number): HTMLElement {
    const when = new Date(at);
    const now = new Date();
    const sameDay = when.toDateString() === now.toDateString();
    const options: Intl.DateTimeFormatOptions = sameDay
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    const label = el('div', 'time');
    const time = el('time');
    time.dateTime = when.toISOString();
    time.textContent = new Intl.DateTimeFormat(this.locale, options).format(when);
    label.append(time);
    return label;
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }

  /** Scrolls `node` to the top of the conversation, or to the end when that comes first. */
  private reveal(node: HTMLElement): void {
    const top = node.getBoundingClientRect().top - this.log.getBoundingClientRect().top + this.log.scrollTop - REVEAL_MARGIN_PX;
    const end = this.log.scrollHeight - this.log.clientHeight;
    this.log.scrollTop = Math.max(0, Math.min(top, end));
  }
}
