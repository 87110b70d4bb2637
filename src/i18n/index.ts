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

/** Translates one key of one namespace in one locale, interpolating `{{name}}` parameters. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

const translators = new Map<string, Translate>();

/**
 * A translator bound to one locale and namespace, cached. A turn renders dozens of strings, and
 * i18next's full t() pipeline (key parsing, plural and context lookups, option merging) was most
 * of a turn's time in profiles; none of those features is used here. So each key's template is
 * read once from i18next's store and interpolated with i18next's own interpolator. A key that is
 * missing or not a string goes through i18next's t() as usual (which returns the key).
 */
export function translator(locale: Locale, ns: Namespace = 'dialog'): Translate {
  const id = `${locale}|${ns}`;
  let translate = translators.get(id);
  if (!translate) {
    const fixedT: TFunction = instance.getFixedT(locale, ns);
    const templates = new Map<string, string>();
    translate = (key, params) => {
      let template = templates.get(key);
      if (template === undefined) {
        const resource: unknown = instance.getResource(locale, ns, key);
        if (typeof resource !== 'string') return params ? fixedT(key, params) : fixedT(key);
        template = resource;
        templates.set(key, template);
      }
      if (!params || !template.includes('{{')) return template;
      return instance.services.interpolator.interpolate(template, params, locale, {});
    };
    translators.set(id, translate);
  }
  return translate;
}

export function hasText(locale: Locale, key: string, ns: Namespace = 'dialog'): boolean {
  return instance.exists(key, { lng: locale, ns });
}
