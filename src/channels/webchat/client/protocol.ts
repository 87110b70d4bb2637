// What the web chat page and its server say to each other: the page's configuration (embedded in
// the page as JSON), the endpoint's answers, and the names of the page's strings. Shared by the
// server (routes.ts, page.ts) and the browser script; types and constants only, no imports.

/** The page's own wording, from locales/<lng>/channels.json under `webchat`. */
export const STRING_KEYS = [
  'pageTitle',
  'description',
  'botName',
  'logLabel',
  'botPrefix',
  'userPrefix',
  'inputLabel',
  'placeholder',
  'send',
  'choicesLabel',
  'newConversation',
  'newConversationLabel',
  'confirmNewTitle',
  'confirmNewText',
  'confirmNewYes',
  'confirmNewNo',
  'languageToggle',
  'languageToggleLabel',
  'typing',
  'retry',
  'notSent',
  'errorNetwork',
  'errorRateLimited',
  'errorTooLong',
  'errorGeneric',
  'noscript',
] as const;

export type StringKey = (typeof STRING_KEYS)[number];
export type Strings = Record<StringKey, string>;
export type PageLocale = 'zh-CN' | 'en';

export interface PageConfig {
  /** The language the server guessed (Accept-Language, ?lang=); a stored conversation's wins. */
  locale: PageLocale;
  /** The longest message, in Unicode characters (the API's limit). */
  maxChars: number;
  /** Where the page's endpoint lives (same origin). */
  apiBase: string;
  strings: Record<PageLocale, Strings>;
}

export interface PageChoice {
  id: string;
  label: string;
}

export interface PageReply {
  text: string;
  choices: PageChoice[];
  /** `number`: the bot asked for a number, so the chips show theirs. */
  choiceMode: 'number' | 'text';
}

export interface TurnAnswer {
  conversationId: string;
  locale: PageLocale;
  replies: PageReply[];
}

/** A message the page did not ask for: an agent's, or the bot's when the agent hands back. */
export interface PushedMessage {
  /** Unique: the page shows each once, however often it is fetched. */
  id: string;
  text: string;
  /** The server's time of it (ms since the epoch). */
  at: number;
}

/** GET <apiBase>/conversations/<id>/updates?after=<cursor>: what came since the cursor. */
export interface Updates {
  conversationId: string;
  messages: PushedMessage[];
  /** Ask with this next time (the server's time of the conversation's latest entry). */
  cursor: number;
}

/** How often an open, visible page asks for updates. */
export const POLL_INTERVAL_MS = 4000;

export interface ErrorAnswer {
  error: { code: string; message: string };
}

/** The browser's conversation id; the server keeps it as `web:<id>`, 128 characters at most. */
export const BROWSER_ID = /^[A-Za-z0-9_.:-]{1,124}$/;

export const CONFIG_ELEMENT_ID = 'webchat-config';
