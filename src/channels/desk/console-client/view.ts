// The console's DOM: the queue and one conversation, drawn from the desk API's data. Every piece
// of data (a customer's words, an agent's, a name, a summary) is set with textContent, never as
// HTML, so `<img onerror>` in a message is shown as the text it is.

import { clockTime, duration, fill } from './format';
import type { ConsoleLocale, DeskEntry, QueueEntry, Strings } from './protocol';

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`desk console: #${id} is missing from the page`);
  return node as T;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface ViewContext {
  strings: Strings;
  locale: ConsoleLocale;
  agent: string;
  now: number;
}

export function claimText(ctx: ViewContext, claimedBy: string | null): string {
  if (claimedBy === null) return ctx.strings.unclaimed;
  return claimedBy === ctx.agent ? ctx.strings.claimedByYou : fill(ctx.strings.claimedBy, { agent: claimedBy });
}

export function channelText(ctx: ViewContext, entry: QueueEntry): string {
  return `${ctx.strings[`channel_${entry.channel}`]} · ${ctx.strings[`language_${entry.locale}`]}`;
}

/** The queue, longest wait first (as the API sorts it); keeps the focus on the item it was on. */
export function drawQueue(
  ctx: ViewContext,
  entries: readonly QueueEntry[],
  selected: string | undefined,
  open: (id: string) => void,
): void {
  const list = byId<HTMLUListElement>('queue-list');
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.conversationId;
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = el('li', 'queue-entry');
      const button = el('button', 'queue-item');
      button.type = 'button';
      button.dataset.conversationId = entry.conversationId;
      if (entry.conversationId === selected) button.setAttribute('aria-current', 'true');
      const wait = fill(ctx.strings.waitingFor, { time: duration(ctx.strings, ctx.now - Date.parse(entry.waitingSince)) });
      const top = el('span', 'item-top');
      top.append(el('span', 'item-channel', channelText(ctx, entry)), el('span', 'item-wait', wait));
      const last = el('span', 'item-last', entry.lastCustomerMessage?.text ?? '');
      const bottom = el('span', 'item-bottom');
      bottom.append(
        el('span', 'item-contact', entry.contact?.phone ?? entry.contact?.callbackTime ?? ctx.strings.noContact),
        el('span', entry.claimedBy ? 'item-claim claimed' : 'item-claim', claimText(ctx, entry.claimedBy)),
      );
      button.append(top, last, bottom);
      button.addEventListener('click', () => open(entry.conversationId));
      item.append(button);
      return item;
    }),
  );
  if (focused) list.querySelector<HTMLButtonElement>(`[data-conversation-id="${CSS.escape(focused)}"]`)?.focus();
  byId('queue-empty').hidden = entries.length > 0;
  byId('queue-count').textContent = entries.length > 0 ? fill(ctx.strings.queueCount, { count: entries.length }) : '';
}

/** The selected conversation's head, summary and contact, from its queue entry. */
export function drawHead(ctx: ViewContext, entry: QueueEntry): void {
  byId('conversation-title').textContent = entry.conversationId;
  byId('conversation-meta').textContent = [
    channelText(ctx, entry),
    fill(ctx.strings.waitingSince, { time: clockTime(ctx.locale, entry.waitingSince, ctx.now) }),
    fill(ctx.strings.waitingFor, { time: duration(ctx.strings, ctx.now - Date.parse(entry.waitingSince)) }),
  ].join(' · ');
  byId('claim-state').textContent = claimText(ctx, entry.claimedBy);
  byId('summary').textContent = entry.summary;
  const contact = byId('contact');
  const rows: Array<{ label: string; value: string }> = [];
  if (entry.contact?.phone) rows.push({ label: ctx.strings.phone, value: entry.contact.phone });
  if (entry.contact?.callbackTime) rows.push({ label: ctx.strings.callbackTime, value: entry.contact.callbackTime });
  contact.replaceChildren(
    ...(rows.length === 0
      ? [el('dd', 'empty', ctx.strings.noContact)]
      : rows.flatMap((row) => [el('dt', '', row.label), el('dd', 'contact-value', row.value)])),
  );
}

function author(ctx: ViewContext, entry: DeskEntry): string {
  if (entry.author === 'user') return ctx.strings.authorUser;
  if (entry.author === 'bot') return ctx.strings.authorBot;
  return fill(ctx.strings.authorAgent, { agent: entry.agent ?? '' });
}

function message(ctx: ViewContext, entry: DeskEntry, className: string, who: string): HTMLLIElement {
  const item = el('li', className);
  const head = el('p', 'entry-head');
  const time = el('time', 'entry-time', clockTime(ctx.locale, entry.at, ctx.now));
  time.dateTime = entry.at;
  head.append(el('span', 'entry-author', who), time);
  item.append(head, el('p', 'entry-text', entry.text));
  return item;
}

/** The transcript (the customer, the bot, agents) and the notes apart; stays at the end if it was there. */
export function drawTranscript(ctx: ViewContext, entries: readonly DeskEntry[]): void {
  const list = byId<HTMLOListElement>('transcript');
  const atEnd = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  const talk = entries.filter((e) => e.author !== 'note');
  list.replaceChildren(
    ...(talk.length === 0
      ? [el('li', 'empty', ctx.strings.transcriptEmpty)]
      : talk.map((e) => message(ctx, e, `entry ${e.author}`, author(ctx, e)))),
  );
  if (atEnd || list.dataset.drawn !== 'yes') list.scrollTop = list.scrollHeight;
  list.dataset.drawn = 'yes';
  const notes = entries.filter((e) => e.author === 'note');
  byId('notes').replaceChildren(
    ...(notes.length === 0 ? [el('li', 'empty', ctx.strings.notesEmpty)] : notes.map((e) => message(ctx, e, 'entry note', e.agent ?? ''))),
  );
}

/** A status line under the conversation's head ('' clears it). */
export function status(text: string, kind: 'info' | 'error' = 'info'): void {
  const node = byId('action-status');
  node.textContent = text;
  node.classList.toggle('error', kind === 'error');
}
