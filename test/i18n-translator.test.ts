// The translator fills a text's {{placeholders}} itself (src/i18n/index.ts) instead of running
// i18next's interpolator on every call: every text of every locale must come out exactly as that
// interpolator writes it, whatever the values (text, numbers, zero, empty, null, missing).

import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18NEXT_OPTIONS, NAMESPACES, RESOURCES, translator } from '../src/i18n';
import { LOCALES } from '../src/locale';

const reference = i18next.createInstance();
void reference.init(I18NEXT_OPTIONS);

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Values of every kind a reply passes, shifted across a text's placeholders; `undefined` leaves one out. */
const VALUES: unknown[] = ['云南', 3, 0, '', null, undefined, 12.5, '{{name}}', true];

describe.each(LOCALES.flatMap((locale) => NAMESPACES.map((ns) => [locale, ns] as const)))('%s %s', (locale, ns) => {
  it('fills every text as i18next does', () => {
    const translate = translator(locale, ns);
    const wanted: string[] = [];
    const got: string[] = [];
    for (const key of keys((RESOURCES[locale] as Record<string, unknown>)[ns])) {
      const template = reference.getResource(locale, ns, key) as string;
      const names = [...template.matchAll(/\{\{(.+?)\}\}/g)].map((m) => (m[1] as string).trim());
      wanted.push(template);
      got.push(translate(key));
      for (let shift = 0; shift < VALUES.length; shift++) {
        const params: Record<string, unknown> = {};
        names.forEach((name, i) => {
          const value = VALUES[(shift + i) % VALUES.length];
          if (value !== undefined) params[name] = value;
        });
        wanted.push(reference.services.interpolator.interpolate(template, params, locale, {}));
        got.push(translate(key, params));
      }
    }
    expect(got).toEqual(wanted);
  });
});
