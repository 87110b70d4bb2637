// The keys of the account's custom menu (CLICK events) and the command each one gives. The
// menu itself is docs/wechat-menu.json, the body an operator uploads with WeChat's menu API; a
// test checks that every key it uses is one of these. Documented in the README and docs/wechat.md.

import type { Locale } from '../../locale';
import type { Command } from '../../nlu/types';

export type MenuAction =
  | { command: Exclude<Command, 'language'> }
  | { command: 'language'; targetLocale: Locale }
  /** Switches to the language the conversation is not in: one button serves both. */
  | { command: 'language'; toggle: true };

export const MENU_KEYS = {
  MENU_START: { command: 'greeting' },
  MENU_ADVICE: { command: 'advice' },
  MENU_RISKS: { command: 'risks' },
  MENU_PLATFORM_CHECK: { command: 'platform-check' },
  MENU_REGULATION: { command: 'regulation' },
  MENU_SUMMARY: { command: 'summary' },
  MENU_HUMAN: { command: 'human' },
  MENU_RESUME: { command: 'resume' },
  MENU_HELP: { command: 'help' },
  MENU_MORE: { command: 'more' },
  MENU_RESTART: { command: 'restart' },
  MENU_DELETE_DATA: { command: 'delete-data' },
  MENU_LANG_ZH: { command: 'language', targetLocale: 'zh-CN' },
  MENU_LANG_EN: { command: 'language', targetLocale: 'en' },
  MENU_LANG_TOGGLE: { command: 'language', toggle: true },
} as const satisfies Record<string, MenuAction>;

export type MenuKey = keyof typeof MENU_KEYS;

export function menuAction(key: string): MenuAction | undefined {
  return Object.hasOwn(MENU_KEYS, key) ? MENU_KEYS[key as MenuKey] : undefined;
}
