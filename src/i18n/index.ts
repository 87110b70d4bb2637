// One i18next instance for the whole process, initialised synchronously from the JSON files in
// locales/ (bundled as imports, so no file I/O at run time). Namespaces: `knowledge` (services,
// risks, regulation), `dialog` (what the bot says), `channels` (platform-specific wording).

import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from '../locale';
import enChannels from '../../locales/en/channels.json';
import enDialog from '../../locales/en/dialog.json';
import enKnowledge from '../../locales/en/knowledge.json';
import zhChannels from '../../locales/zh-CN/channels.json';
import zhDialog from '../../locales/zh-CN/dialog.json';
import zhKnowledge from '../../locales/zh-CN/knowledge.json';

export const NAMESPACES = ['knowledge', 'dialog', 'channels'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES: Readonly<Record<Locale, Record<Namespace, unknown>>> = {
  'zh-CN': { knowledge: zhKnowledge, dialog: zhDialog, channels: zhChannels },
  en: { knowledge: enKnowledge, dialog: enDialog, channels: enChannels },
};

const instance = i18next.createInstance();
void instance.init({
  resources: RESOURCES as unknown as Record<Locale, Record<Namespace, Record<string, unknown>>>,
  lng: 'zh-CN',
  supportedLngs: [...LOCALES],
  // A missing string is a bug the locale test catches; never show the other language instead.
  fallbackLng: false,
  ns: [...NAMESPACES],
  defaultNS: 'dialog',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

const fixed = new Map<string, TFunction>();

/** A translator bound to one locale and namespace, cached. */
export function translator(locale: Locale, ns: Namespace = 'dialog'): TFunction {
  const key = `${locale}|${ns}`;
  let t = fixed.get(key);
  if (!t) {
    t = instance.getFixedT(locale, ns);
    fixed.set(key, t);
  }
  return t;
}

export function hasText(locale: Locale, key: string, ns: Namespace = 'dialog'): boolean {
  return instance.exists(key, { lng: locale, ns });
}
