// The conversation as the browser keeps it in localStorage: its id, its language and what was
// said, so that a reload (or coming back tomorrow) continues where it was.

import { BROWSER_ID, type PageChoice, type PageLocale } from './protocol';

export interface Entry {
  kind: 'bot' | 'user';
  text: string;
  /** When it was said (ms since the epoch). */
  at: number;
  choices?: PageChoice[];
  choiceMode?: 'number' | 'text';
  /** A user message's id: a retry sends it again and the server answers it only once. */
  messageId?: string;
  /** A user message that did not get through (yet). */
  failed?: boolean;
  /** A message the page did not ask for (an agent's): its server id, so it is shown once. */
  pushId?: string;
}

export interface Saved {
  id: string;
  locale: PageLocale;
  entries: Entry[];
  /** Where the updates were read up to (the server's cursor). */
  cursor?: number;
}

const KEY = 'sme-finance-bot.webchat.v1';
/** Enough for a long conversation; old lines go first so the storage quota is never reached. */
const MAX_ENTRIES = 300;

function randomHex(bytes: number): string {
  // crypto.getRandomValues works on plain http too (randomUUID needs a secure context).
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function newConversationId(): string {
  return randomHex(16);
}

export function newMessageId(): string {
  return `m-${Date.now().toString(36)}-${randomHex(6)}`;
}

function isLocale(value: unknown): value is PageLocale {
  return value === 'zh-CN' || value === 'en';
}

function isChoice(value: unknown): value is PageChoice {
  const c = value as PageChoice | null;
  return !!c && typeof c.id === 'string' && typeof c.label === 'string';
}

function isEntry(value: unknown): value is Entry {
  const e = value as Entry | null;
  return (
    !!e &&
    (e.kind === 'bot' || e.kind === 'user') &&
    typeof e.text === 'string' &&
    typeof e.at === 'number' &&
    (e.choices === undefined || (Array.isArray(e.choices) && e.choices.every(isChoice)))
  );
}

/** The stored conversation, or null when there is none or it cannot be read (it is then replaced). */
export function loadSaved(): Saved | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as Partial<Saved>;
    if (typeof data.id !== 'string' || !BROWSER_ID.test(data.id) || !isLocale(data.locale) || !Array.isArray(data.entries)) return null;
    const cursor = typeof data.cursor === 'number' && Number.isSafeInteger(data.cursor) && data.cursor >= 0 ? { cursor: data.cursor } : {};
    return { id: data.id, locale: data.locale, entries: data.entries.filter(isEntry), ...cursor };
  } catch {
    return null;
  }
}

export function save(saved: Saved): void {
  const entries = saved.entries.slice(-MAX_ENTRIES);
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...saved, entries }));
  } catch {
    // Private mode or a full storage: the conversation still works, it just will not survive a reload.
  }
}
