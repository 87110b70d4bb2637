// What the desk console and its server say to each other: the page's configuration (embedded in
// the page as JSON), the names of its strings, and the desk API's answers it reads (types only,
// from src/desk, erased from the bundle). No runtime imports: the server and the browser share it.

import type { DeskEntry } from '../../../desk/actions';
import type { DeskEvent } from '../../../desk/events';
import type { QueueEntry } from '../../../desk/queue';

export type { DeskEntry, DeskEvent, QueueEntry };

/** The console's own wording, from locales/<lng>/channels.json under `deskConsole`. */
export const STRING_KEYS = [
  'pageTitle',
  'languageToggle',
  'languageToggleLabel',
  'noscript',
  'signInTitle',
  'keyLabel',
  'keyHint',
  'agentLabel',
  'agentHint',
  'signIn',
  'signOut',
  'signedInAs',
  'deskOff',
  'openWarning',
  'badKey',
  'clientKey',
  'keyMissing',
  'agentMissing',
  'errorNetwork',
  'errorGeneric',
  'live',
  'reconnecting',
  'queueTitle',
  'queueCount',
  'queueEmpty',
  'newHandoff',
  'waitingFor',
  'justNow',
  'minutes',
  'hoursMinutes',
  'days',
  'unclaimed',
  'claimedByYou',
  'claimedBy',
  'noContact',
  'phone',
  'callbackTime',
  'noSelection',
  'channel_api',
  'channel_wechat',
  'channel_botframework',
  'channel_webchat',
  'channel_cli',
  'language_zh-CN',
  'language_en',
  'waitingSince',
  'summaryTitle',
  'contactTitle',
  'transcriptTitle',
  'transcriptEmpty',
  'authorUser',
  'authorBot',
  'authorAgent',
  'notesTitle',
  'notesEmpty',
  'noteLabel',
  'addNote',
  'replyLabel',
  'replyHint',
  'send',
  'sending',
  'claim',
  'release',
  'released',
  'notWaiting',
  'claimedConflict',
  'deliveryClosed',
  'deliveryFailed',
  'delivery_wechat_no_secret',
  'delivery_wechat_window_closed',
  'delivery_botframework_no_reference',
  'emptyText',
  'tooLong',
] as const;

export type StringKey = (typeof STRING_KEYS)[number];
export type Strings = Record<StringKey, string>;
export type ConsoleLocale = 'zh-CN' | 'en';

/** How the server lets agents in: with a desk key, open (DESK_OPEN=1), or not at all. */
export type DeskAccessMode = 'keys' | 'open' | 'off';

export interface ConsoleConfig {
  /** The language the server guessed (?lang=, Accept-Language); the agent's own choice wins. */
  locale: ConsoleLocale;
  access: DeskAccessMode;
  /** The desk API (same origin). */
  apiBase: string;
  /** The longest message and agent name, in Unicode characters. */
  maxChars: number;
  maxAgentChars: number;
  strings: Record<ConsoleLocale, Strings>;
}

export interface StreamToken {
  token: string;
  expiresAt: string;
}

export interface ErrorAnswer {
  error: { code: string; message: string };
}

export const CONFIG_ELEMENT_ID = 'desk-config';
