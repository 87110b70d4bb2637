// The two languages the bot speaks. Every string exists in both (checked by test/locales.test.ts).

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}
