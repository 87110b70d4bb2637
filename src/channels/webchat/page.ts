// The web chat page's HTML: a WeChat-like phone layout whose wording comes from
// locales/<lng>/channels.json (`webchat`), rendered in the language the server guessed, with both
// languages embedded as JSON so that the script can switch without asking. No inline script or
// style: the Content-Security-Policy allows this origin only.

import { escapeHtml as esc, jsonForScript } from '../../http/browser-page';
import { RESOURCES } from '../../i18n';
import { LOCALES, type Locale } from '../../locale';
import { CONFIG_ELEMENT_ID, STRING_KEYS, type PageConfig, type Strings } from './client/protocol';

/** The page's strings in one language; a missing one is a bug the tests catch, so it shows its key. */
export function pageStrings(locale: Locale): Strings {
  const all = (RESOURCES[locale].channels as { webchat?: Record<string, unknown> }).webchat ?? {};
  const strings = {} as Strings;
  for (const key of STRING_KEYS) {
    const value = all[key];
    strings[key] = typeof value === 'string' ? value : key;
  }
  return strings;
}

export function renderPage(locale: Locale, options: { maxChars: number; apiBase: string; assetBase: string }): string {
  const s = pageStrings(locale);
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const config: PageConfig = {
    locale,
    maxChars: options.maxChars,
    apiBase: options.apiBase,
    strings: Object.fromEntries(LOCALES.map((l) => [l, pageStrings(l)])) as PageConfig['strings'],
  };
  const a = options.assetBase;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="${esc(s.description)}" data-i18n-content="description">
<meta name="theme-color" content="#ededed">
<meta name="referrer" content="no-referrer">
<title data-i18n="pageTitle">${esc(s.pageTitle)}</title>
<link rel="icon" href="${a}/bot-avatar.svg" type="image/svg+xml">
<link rel="stylesheet" href="${a}/app.css">
<script type="application/json" id="${CONFIG_ELEMENT_ID}">${jsonForScript(config)}</script>
<script src="${a}/app.js" defer></script>
</head>
<body>
<div class="app">
  <header class="bar">
    <button type="button" id="new-chat" class="bar-button" data-i18n="newConversation" data-i18n-aria-label="newConversationLabel" aria-label="${esc(s.newConversationLabel)}">${esc(s.newConversation)}</button>
    <h1 id="title" class="title" data-i18n="botName">${esc(s.botName)}</h1>
    <button type="button" id="language" class="bar-button" lang="${other}" data-i18n="languageToggle" data-i18n-aria-label="languageToggleLabel" aria-label="${esc(s.languageToggleLabel)}">${esc(s.languageToggle)}</button>
  </header>
  <main id="log" class="log" role="log" aria-live="polite" aria-relevant="additions" tabindex="0" data-i18n-aria-label="logLabel" aria-label="${esc(s.logLabel)}">
    <noscript><p class="notice" data-i18n="noscript">${esc(s.noscript)}</p></noscript>
  </main>
  <form id="composer" class="composer" autocomplete="off">
    <label for="input" class="sr-only" data-i18n="inputLabel">${esc(s.inputLabel)}</label>
    <textarea id="input" class="input" rows="1" enterkeyhint="send" data-i18n-placeholder="placeholder" placeholder="${esc(s.placeholder)}"></textarea>
    <button type="submit" id="send" class="send" data-i18n="send">${esc(s.send)}</button>
  </form>
  <dialog id="confirm-new" class="confirm" aria-labelledby="confirm-new-title" aria-describedby="confirm-new-text">
    <form method="dialog">
      <h2 id="confirm-new-title" class="confirm-title" data-i18n="confirmNewTitle">${esc(s.confirmNewTitle)}</h2>
      <p id="confirm-new-text" class="confirm-text" data-i18n="confirmNewText">${esc(s.confirmNewText)}</p>
      <div class="confirm-actions">
        <button type="submit" value="cancel" class="confirm-no" data-i18n="confirmNewNo" autofocus>${esc(s.confirmNewNo)}</button>
        <button type="submit" value="confirm" class="confirm-yes" data-i18n="confirmNewYes">${esc(s.confirmNewYes)}</button>
      </div>
    </form>
  </dialog>
</div>
</body>
</html>
`;
}
