// What the console remembers in the browser: the desk key for this tab only (sessionStorage, gone
// when the tab closes), and across visits the agent's name and the console's language
// (localStorage; neither is a secret). Storage that is refused (private modes) just forgets.

import type { ConsoleLocale } from './protocol';

const KEY = 'sme-finance-bot.desk.key';
const AGENT = 'sme-finance-bot.desk.agent';
const LOCALE = 'sme-finance-bot.desk.locale';

function read(storage: () => Storage, name: string): string | undefined {
  try {
    return storage().getItem(name) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(storage: () => Storage, name: string, value: string | undefined): void {
  try {
    if (value === undefined) storage().removeItem(name);
    else storage().setItem(name, value);
  } catch {
    // Not kept: the agent signs in again next time.
  }
}

const tab = () => window.sessionStorage;
const browser = () => window.localStorage;

export const memory = {
  key: () => read(tab, KEY),
  setKey: (key: string | undefined) => write(tab, KEY, key),
  agent: () => read(browser, AGENT),
  setAgent: (agent: string) => write(browser, AGENT, agent),
  locale: (): ConsoleLocale | undefined => {
    const value = read(browser, LOCALE);
    return value === 'zh-CN' || value === 'en' ? value : undefined;
  },
  setLocale: (locale: ConsoleLocale) => write(browser, LOCALE, locale),
};
