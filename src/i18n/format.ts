// Numbers, money and terms as a person reading each language expects them: 50万元 and 1.5亿元 in
// Chinese, 500,000 yuan and US$50,000 in English. Pure functions of the locale.

import type { Money } from '../knowledge/profile';
import type { Locale } from '../locale';

const EN_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const ZH_NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });

const ZH_CURRENCY: Readonly<Record<string, string>> = {
  CNY: '元',
  USD: '美元',
  EUR: '欧元',
  HKD: '港币',
  VND: '越南盾',
  LAK: '老挝基普',
  MMK: '缅币',
  THB: '泰铢',
};
const EN_CURRENCY_PREFIX: Readonly<Record<string, string>> = { USD: 'US$', EUR: '€', HKD: 'HK$' };

/** 12000 -> "1.2万", 150000000 -> "1.5亿"; below 10,000 as it is. */
function zhMagnitude(value: number): string {
  if (value >= 1e8) return `${ZH_NUMBER.format(value / 1e8)}亿`;
  if (value >= 1e4) return `${ZH_NUMBER.format(value / 1e4)}万`;
  return ZH_NUMBER.format(value);
}

/** English labels and list items start with a capital ("Working capital"); Chinese has none. */
export function capitalise(locale: Locale, text: string): string {
  return locale === 'en' && text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function formatCount(locale: Locale, value: number): string {
  return locale === 'zh-CN' ? zhMagnitude(value) : EN_NUMBER.format(value);
}

export function formatNumber(locale: Locale, value: number): string {
  return locale === 'zh-CN' ? ZH_NUMBER.format(value) : EN_NUMBER.format(value);
}

export function formatMoney(locale: Locale, money: Money): string {
  if (locale === 'zh-CN') {
    return `${zhMagnitude(money.value)}${ZH_CURRENCY[money.currency] ?? ` ${money.currency}`}`;
  }
  if (money.currency === 'CNY') return `${EN_NUMBER.format(money.value)} yuan`;
  const prefix = EN_CURRENCY_PREFIX[money.currency];
  return prefix ? `${prefix}${EN_NUMBER.format(money.value)}` : `${EN_NUMBER.format(money.value)} ${money.currency}`;
}

export function formatCny(locale: Locale, value: number): string {
  return formatMoney(locale, { value, currency: 'CNY' });
}

/** 6 -> "6个月" / "6 months"; whole years as years; 18 -> "1年半" / "18 months". */
export function formatTerm(locale: Locale, months: number): string {
  const years = months / 12;
  if (locale === 'zh-CN') {
    if (months % 12 === 0) return `${years}年`;
    if (months > 12 && months % 12 === 6) return `${Math.floor(years)}年半`;
    return `${ZH_NUMBER.format(months)}个月`;
  }
  if (months % 12 === 0) return years === 1 ? '1 year' : `${years} years`;
  return months === 1 ? '1 month' : `${EN_NUMBER.format(months)} months`;
}
