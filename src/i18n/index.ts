// One i18next instance for the whole process, initialised synchronously from the JSON files in
// locales/ (bundled as imports, so no file I/O at run time). Namespaces: `knowledge` (services,
// risks, regulation), `dialog` (what the bot says), `channels` (platform-specific wording).

import i18next, { type InitOptions, type TFunction } from 'i18next';
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

/** The process's i18next settings (the translator test makes a reference instance with the same). */
export const I18NEXT_OPTIONS = {
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
} satisfies InitOptions;

const instance = i18next.createInstance();
void instance.init(I18NEXT_OPTIONS);

/** Translates one key of one namespace in one locale, interpolating `{{name}}` parameters. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

const translators: Partial<Record<Locale, Partial<Record<Namespace, Translate>>>> = {};

/**
 * A template cut at its placeholders, ready to fill: [text, name, text, name, ..., text]. Only
 * plain `{{name}}` placeholders are cut (all the locales use); a template with anything else
 * (`{{-name}}`, a format, a nested `$t()`) stays whole and goes through i18next's interpolator.
 */
type Template = { plain: string } | { cut: string[]; source: string } | { whole: string };

const PLACEHOLDER = /\{\{(.+?)\}\}/;
const PLAIN_NAME = /^\s*[A-Za-z0-9_]+\s*$/;

function cutTemplate(template: string): Template {
  if (!template.includes('{{')) return { plain: template };
  if (template.includes('$t(')) return { whole: template };
  const cut = template.split(new RegExp(PLACEHOLDER.source, 'g'));
  for (let i = 1; i < cut.length; i += 2) if (!PLAIN_NAME.test(cut[i] as string)) return { whole: template };
  return { cut, source: template };
}

const makeString = (value: unknown): string => (value === null ? '' : String(value));

/**
 * Fills a cut template as i18next's interpolator does with escapeValue off: a value is written as
 * String(value), null as nothing; a placeholder with no value is left as it stands.
 */
function fill(cut: readonly string[], params: Record<string, unknown>): string {
  let out = cut[0] as string;
  for (let i = 1; i < cut.length; i += 2) {
    const placeholder = cut[i] as string;
    const value = params[placeholder.trim()];
    out += value === undefined ? `{{${placeholder}}}` : typeof value === 'string' ? value : makeString(value);
    out += cut[i + 1] as string;
  }
  return out;
}

/**
 * A translator bound to one locale and namespace, cached. A turn renders dozens of strings, and
 * i18next's full t() pipeline (key parsing, plural and context lookups, option merging) was most
 * of a turn's time in profiles; none of those features is used here. So each key's template is
 * read once from i18next's store and cut at its placeholders, and a call only joins the pieces
 * (i18next's interpolator ran its regexes over the template on every call). A key that is missing
 * or not a string goes through i18next's t() as usual (which returns the key).
 */
export function translator(locale: Locale, ns: Namespace = 'dialog'): Translate {
  let ofLocale = translators[locale];
  if (!ofLocale) {
    ofLocale = {};
    translators[locale] = ofLocale;
  }
  let translate = ofLocale[ns];
  if (!translate) {
    translate = bind(locale, ns);
    ofLocale[ns] = translate;
  }
  return translate;
}

function bind(locale: Locale, ns: Namespace): Translate {
  const fixedT: TFunction = instance.getFixedT(locale, ns);
  const templates = new Map<string, Template>();
  return (key, params) => {
    let template = templates.get(key);
    if (template === undefined) {
      const resource: unknown = instance.getResource(locale, ns, key);
      if (typeof resource !== 'string') return params ? fixedT(key, params) : fixedT(key);
      template = cutTemplate(resource);
      templates.set(key, template);
    }
    if ('plain' in template) return template.plain;
    if (!params) return 'cut' in template ? template.source : template.whole;
    if ('cut' in template) return fill(template.cut, params);
    return instance.services.interpolator.interpolate(template.whole, params, locale, {});
  };
}

export function hasText(locale: Locale, key: string, ns: Namespace = 'dialog'): boolean {
  return instance.exists(key, { lng: locale, ns });
}
