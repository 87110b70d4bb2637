// How the console words times: a wait as "已等 12 分钟" / "waiting 12 min" from the server's
// ISO time and the browser's clock, and a message's time as the agent's local hour and minute
// (with the date when it is not today). Pure functions of their arguments.

import type { ConsoleLocale, Strings } from './protocol';

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

const MINUTE = 60_000;

export function duration(strings: Strings, ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return strings.justNow;
  if (minutes < 60) return fill(strings.minutes, { minutes });
  if (minutes < 24 * 60) return fill(strings.hoursMinutes, { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  return fill(strings.days, { days: Math.floor(minutes / (24 * 60)) });
}

export function clockTime(locale: ConsoleLocale, iso: string, now: number): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { month: 'numeric', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);
}
