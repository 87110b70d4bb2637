// The desk console at GET /desk: one page for the help desk's agents, in Chinese and English
// (locales/<lng>/channels.json, key `deskConsole`), rendered in the language the browser asks for
// with both languages embedded for the page's switch. Its script (console-client/*.ts) is bundled by
// esbuild on first request, as the web chat's is: no build step. The page holds no key: the agent
// signs in with a desk key that the script keeps in the tab's sessionStorage and sends as a header
// to the desk API (routes.ts); the page only says whether keys, DESK_OPEN or nothing let agents in.

import { Router } from 'express';
import type { Logger } from 'pino';
import {
  type Asset,
  PAGE_HEADERS,
  bundledScript,
  escapeHtml as esc,
  fileAsset,
  jsonForScript,
  pageLocale,
  scriptHandler,
  sendAsset,
} from '../../http/browser-page';
import { MAX_TEXT_CHARS } from '../../http/limits';
import { RESOURCES } from '../../i18n';
import { LOCALES, type Locale } from '../../locale';
import { CONFIG_ELEMENT_ID, STRING_KEYS, type ConsoleConfig, type DeskAccessMode, type Strings } from './console-client/protocol';
import type { DeskAccess } from './guard';
import { MAX_AGENT_CHARS } from './routes';

export const DESK_CONSOLE = '/desk';

const consoleScript = bundledScript(new URL('./console-client/main.ts', import.meta.url).href);
let files: { css: Asset; icon: Asset } | undefined;

/** The console's strings in one language; a missing one shows its key (the locales test catches it). */
export function consoleStrings(locale: Locale): Strings {
  const all = (RESOURCES[locale].channels as { deskConsole?: Record<string, unknown> }).deskConsole ?? {};
  const strings = {} as Strings;
  for (const key of STRING_KEYS) {
    const value = all[key];
    strings[key] = typeof value === 'string' ? value : key;
  }
  return strings;
}

export function accessMode(access: DeskAccess): DeskAccessMode {
  if (access.deskKeys.length > 0) return 'keys';
  return access.open ? 'open' : 'off';
}

export function renderConsole(locale: Locale, access: DeskAccessMode, apiBase: string): string {
  const s = consoleStrings(locale);
  const config: ConsoleConfig = {
    locale,
    access,
    apiBase,
    maxChars: MAX_TEXT_CHARS,
    maxAgentChars: MAX_AGENT_CHARS,
    strings: Object.fromEntries(LOCALES.map((l) => [l, consoleStrings(l)])) as ConsoleConfig['strings'],
  };
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const t = (key: keyof Strings) => `data-i18n="${key}">${esc(s[key])}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title ${t('pageTitle')}</title>
<link rel="icon" href="${DESK_CONSOLE}/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${DESK_CONSOLE}/app.css">
<script type="application/json" id="${CONFIG_ELEMENT_ID}">${jsonForScript(config)}</script>
<script src="${DESK_CONSOLE}/app.js" defer></script>
</head>
<body>
<header class="bar">
  <h1 class="title" ${t('pageTitle')}</h1>
  <p id="connection" class="connection" role="status"></p>
  <p id="who" class="who"></p>
  <button type="button" id="sign-out" class="button quiet" hidden ${t('signOut')}</button>
  <button type="button" id="language" class="button quiet" lang="${other}" data-i18n-aria-label="languageToggleLabel" aria-label="${esc(s.languageToggleLabel)}" ${t('languageToggle')}</button>
</header>
<noscript><p class="notice" ${t('noscript')}</p></noscript>
<main id="sign-in" class="sign-in" hidden>
  <form id="sign-in-form" class="card" novalidate>
    <h2 ${t('signInTitle')}</h2>
    <p id="access-note" class="notice" role="alert" hidden></p>
    <div id="key-field" class="field">
      <label for="key" ${t('keyLabel')}</label>
      <input id="key" type="password" autocomplete="off" spellcheck="false" aria-describedby="key-hint">
      <p id="key-hint" class="hint" ${t('keyHint')}</p>
    </div>
    <div class="field">
      <label for="agent" ${t('agentLabel')}</label>
      <input id="agent" type="text" autocomplete="name" maxlength="${MAX_AGENT_CHARS}" aria-describedby="agent-hint">
      <p id="agent-hint" class="hint" ${t('agentHint')}</p>
    </div>
    <p id="sign-in-error" class="error" role="alert"></p>
    <button type="submit" id="sign-in-button" class="button primary" ${t('signIn')}</button>
  </form>
</main>
<div id="desk" class="desk" hidden>
  <nav class="queue" aria-labelledby="queue-title">
    <h2 id="queue-title" class="section-title"><span ${t('queueTitle')}</span> <span id="queue-count" class="count"></span></h2>
    <p id="queue-empty" class="empty" ${t('queueEmpty')}</p>
    <ul id="queue-list" class="queue-list"></ul>
    <p id="announce" class="sr-only" role="status" aria-live="polite"></p>
  </nav>
  <main id="conversation" class="conversation" tabindex="-1" aria-labelledby="conversation-title">
    <p id="no-selection" class="empty" ${t('noSelection')}</p>
    <div id="selected" class="selected" hidden>
      <div class="conversation-head">
        <div class="heading">
          <h2 id="conversation-title" class="conversation-title"></h2>
          <p id="conversation-meta" class="meta"></p>
        </div>
        <div class="actions">
          <p id="claim-state" class="claim-state"></p>
          <button type="button" id="claim" class="button" ${t('claim')}</button>
          <button type="button" id="release" class="button" ${t('release')}</button>
        </div>
      </div>
      <p id="action-status" class="status" role="status"></p>
      <div class="work">
        <section class="talk" aria-labelledby="transcript-title">
          <h3 id="transcript-title" class="section-title" ${t('transcriptTitle')}</h3>
          <ol id="transcript" class="transcript" tabindex="0" aria-labelledby="transcript-title"></ol>
          <form id="reply-form" class="reply" novalidate>
            <label for="reply" ${t('replyLabel')}</label>
            <textarea id="reply" rows="3" aria-describedby="reply-hint"></textarea>
            <p id="reply-hint" class="hint" ${t('replyHint')}</p>
            <button type="submit" id="send" class="button primary" ${t('send')}</button>
          </form>
        </section>
        <aside class="side">
          <section aria-labelledby="summary-title">
            <h3 id="summary-title" class="section-title" ${t('summaryTitle')}</h3>
            <p id="summary" class="summary"></p>
          </section>
          <section aria-labelledby="contact-title">
            <h3 id="contact-title" class="section-title" ${t('contactTitle')}</h3>
            <dl id="contact" class="contact"></dl>
          </section>
          <section aria-labelledby="notes-title">
            <h3 id="notes-title" class="section-title" ${t('notesTitle')}</h3>
            <ul id="notes" class="notes"></ul>
            <form id="note-form" class="note-form" novalidate>
              <label for="note" ${t('noteLabel')}</label>
              <textarea id="note" rows="2"></textarea>
              <button type="submit" class="button" ${t('addNote')}</button>
            </form>
          </section>
        </aside>
      </div>
    </div>
  </main>
</div>
</body>
</html>
`;
}

export interface ConsoleOptions {
  access: DeskAccess;
  defaultLocale: Locale;
  /** Where the desk API is mounted. */
  apiBase: string;
  logger: Logger;
}

export function deskConsoleRouter(options: ConsoleOptions): Router {
  const router = Router();
  const mode = accessMode(options.access);
  router.get(DESK_CONSOLE, (req, res) => {
    res.set(PAGE_HEADERS).send(renderConsole(pageLocale(req, options.defaultLocale), mode, options.apiBase));
  });
  router.get(`${DESK_CONSOLE}/app.js`, scriptHandler(consoleScript, options.logger, 'desk console'));
  const statics = () =>
    (files ??= {
      css: fileAsset(import.meta.url, './console-client/style.css', 'text/css; charset=utf-8'),
      icon: fileAsset(import.meta.url, './console-client/icon.svg', 'image/svg+xml'),
    });
  router.get(`${DESK_CONSOLE}/app.css`, (req, res) => sendAsset(req, res, statics().css));
  router.get(`${DESK_CONSOLE}/icon.svg`, (req, res) => sendAsset(req, res, statics().icon));
  return router;
}
