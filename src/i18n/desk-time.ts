// The desk's times in words: its weekly hours ("周一至周五 09:00–17:30" / "Monday to Friday,
// 09:00–17:30"), when it next opens relative to now ("明天 09:00" / "tomorrow at 09:00"), how long
// someone has waited ("1小时5分钟" / "1 hour 5 minutes"), and the contact a customer left. All
// wording is in locales/<lng>/dialog.json under `desk`; times are Beijing time.

import type { Contact } from '../../dialogs/types';
import { daysApart, localTime, type DeskSchedule, type Weekday } from '../desk/hours';
import type { Locale } from '../locale';
import { translator } from '.';

const WEEK_ORDER: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Days as runs: three or more consecutive days read as a range ("周一至周五"), others one by one. */
function dayWords(locale: Locale, days: readonly Weekday[]): string {
  const t = translator(locale);
  const order = days.map((d) => WEEK_ORDER.indexOf(d)).sort((a, b) => a - b);
  const words: string[] = [];
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && order[i] === order[i - 1]! + 1) continue;
    const run = order.slice(start, i).map((k) => t(`desk.weekday.${WEEK_ORDER[k]}`));
    if (run.length >= 3) words.push(t('desk.day-range', { from: run[0], to: run.at(-1) }));
    else words.push(...run);
    start = i;
  }
  return words.join(t('desk.list-separator'));
}

export function formatDeskHours(locale: Locale, schedule: DeskSchedule): string {
  const t = translator(locale);
  return schedule.spans
    .map((s) => t('desk.span', { days: dayWords(locale, s.days), open: hhmm(s.open), close: hhmm(s.close) }))
    .join(t('desk.span-separator'));
}

/** A moment within the coming week, as people say it from `from`: today, tomorrow, or the weekday. */
export function formatWhen(locale: Locale, when: number, from: number): string {
  const t = translator(locale);
  const { weekday, hhmm: time } = localTime(when);
  const apart = daysApart(from, when);
  if (apart === 0) return t('desk.today-at', { time });
  if (apart === 1) return t('desk.tomorrow-at', { time });
  return t('desk.weekday-at', { weekday: t(`desk.weekday.${weekday}`), time });
}

function unit(locale: Locale, name: 'day' | 'hour' | 'minute', count: number): string {
  return translator(locale)(count === 1 ? `desk.one-${name}` : `desk.${name}s`, { count });
}

/** A wait, to the minute under an hour, to the minute under a day, then in days and hours. */
export function formatDuration(locale: Locale, ms: number): string {
  const t = translator(locale);
  if (ms < MINUTE) return t('desk.under-a-minute');
  if (ms < HOUR) return unit(locale, 'minute', Math.floor(ms / MINUTE));
  const [big, small]: [string, string | undefined] =
    ms < DAY
      ? [
          unit(locale, 'hour', Math.floor(ms / HOUR)),
          Math.floor((ms % HOUR) / MINUTE) ? unit(locale, 'minute', Math.floor((ms % HOUR) / MINUTE)) : undefined,
        ]
      : [
          unit(locale, 'day', Math.floor(ms / DAY)),
          Math.floor((ms % DAY) / HOUR) ? unit(locale, 'hour', Math.floor((ms % DAY) / HOUR)) : undefined,
        ];
  return small ? t('desk.pair', { big, small }) : big;
}

export function formatContact(locale: Locale, contact: Contact): string {
  const t = translator(locale);
  if (contact.phone && contact.callbackTime) return t('desk.contact-both', { phone: contact.phone, time: contact.callbackTime });
  if (contact.phone) return t('desk.contact-phone', { phone: contact.phone });
  return t('desk.contact-time', { time: contact.callbackTime ?? '' });
}
