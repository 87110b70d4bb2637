// When the help desk is staffed (DESK_HOURS, e.g. "Mon-Fri 09:00-17:30"), in China's time zone
// (Asia/Shanghai: UTC+8 all year, no daylight saving), and the two questions a waiting customer
// has: is someone there now, and if not, when will a person see my message. Pure: the time is
// always given, so tests need no clock.

/** Days of the week as JavaScript numbers them (0 = Sunday). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DeskSpan {
  /** The days this span applies to, in week order starting Monday. */
  days: Weekday[];
  /** Minutes after local midnight: open from `open` up to (not including) `close`. */
  open: number;
  close: number;
}

/** The desk's weekly hours: one or more spans (e.g. weekdays all day, Saturday mornings). */
export interface DeskSchedule {
  spans: DeskSpan[];
}

/** What the desk looks like at one moment. */
export interface DeskStatus {
  /** The moment (ms since the epoch). */
  at: number;
  open: boolean;
  /** When it next opens (ms), when closed; null when open or never. */
  opensAt: number | null;
  hours: DeskSchedule;
}

export const DEFAULT_DESK_HOURS = 'Mon-Fri 09:00-17:30';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Monday first, as people list a week. */
const WEEK_ORDER: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export const DESK_HOURS_HELP =
  'DESK_HOURS must list days and hours in Beijing time, such as "Mon-Fri 09:00-17:30" or "Mon-Fri 09:00-17:30; Sat 09:00-12:00" (days Mon Tue Wed Thu Fri Sat Sun, ranges with -, lists with commas, times HH:MM, 24:00 for midnight)';

function day(name: string): Weekday | undefined {
  const i = DAY_NAMES.indexOf(name.slice(0, 3).toLowerCase() as (typeof DAY_NAMES)[number]);
  return i >= 0 && /^[a-z]{3,9}$/i.test(name) ? (i as Weekday) : undefined;
}

function days(text: string): Weekday[] | undefined {
  const found = new Set<Weekday>();
  for (const part of text.split(',')) {
    const [from, to, ...rest] = part
      .trim()
      .split('-')
      .map((d) => day(d.trim()));
    if (from === undefined || rest.length > 0 || (part.includes('-') && to === undefined)) return undefined;
    const start = WEEK_ORDER.indexOf(from);
    const end = to === undefined ? start : WEEK_ORDER.indexOf(to);
    if (end < start) return undefined;
    for (const d of WEEK_ORDER.slice(start, end + 1)) found.add(d);
  }
  return WEEK_ORDER.filter((d) => found.has(d));
}

function minutes(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

/** Parses DESK_HOURS; spans are separated by ";". */
export function parseDeskHours(text: string): { ok: true; schedule: DeskSchedule } | { ok: false; error: string } {
  const spans: DeskSpan[] = [];
  for (const chunk of text.split(';')) {
    const m = /^\s*(.+?)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/.exec(chunk);
    const dayList = m ? days(m[1]!) : undefined;
    const open = m ? minutes(m[2]!) : undefined;
    const close = m ? minutes(m[3]!) : undefined;
    if (!dayList || open === undefined || close === undefined) return { ok: false, error: `${DESK_HOURS_HELP}; "${chunk.trim()}" is not` };
    if (close <= open) return { ok: false, error: `${DESK_HOURS_HELP}; in "${chunk.trim()}" the desk closes before it opens` };
    spans.push({ days: dayList, open, close });
  }
  return { ok: true, schedule: { spans } };
}

/** The moment as Beijing's weekday and minute of the day, and that day's local midnight (ms). */
function local(at: number): { weekday: Weekday; minute: number; midnight: number } {
  const shifted = at + SHANGHAI_OFFSET_MS;
  const midnightShifted = Math.floor(shifted / DAY_MS) * DAY_MS;
  return {
    weekday: new Date(shifted).getUTCDay() as Weekday,
    minute: Math.floor((shifted - midnightShifted) / 60_000),
    midnight: midnightShifted - SHANGHAI_OFFSET_MS,
  };
}

export function isDeskOpen(schedule: DeskSchedule, at: number): boolean {
  const { weekday, minute } = local(at);
  return schedule.spans.some((s) => s.days.includes(weekday) && s.open <= minute && minute < s.close);
}

/** When the desk next opens after `at` (ms), within a week; null if it never does. */
export function nextOpening(schedule: DeskSchedule, at: number): number | null {
  const { weekday, midnight } = local(at);
  let best: number | null = null;
  for (let ahead = 0; ahead <= 7; ahead++) {
    const d = ((weekday + ahead) % 7) as Weekday;
    for (const s of schedule.spans) {
      if (!s.days.includes(d)) continue;
      const opens = midnight + ahead * DAY_MS + s.open * 60_000;
      if (opens > at && (best === null || opens < best)) best = opens;
    }
    if (best !== null) return best;
  }
  return best;
}

export function deskStatus(schedule: DeskSchedule, at: number): DeskStatus {
  const open = isDeskOpen(schedule, at);
  return { at, open, opensAt: open ? null : nextOpening(schedule, at), hours: schedule };
}

/** Whole days between two moments' Beijing dates (0: the same day, 1: the next...). */
export function daysApart(from: number, to: number): number {
  return Math.round((local(to).midnight - local(from).midnight) / DAY_MS);
}

/** A moment's day in Beijing, YYYY-MM-DD: the day the owner is advised (a programme's last day is weighed against it). */
export function localDay(at: number): string {
  return new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** A moment's month in Beijing (1-12): a term said by a date is counted from it (dialogs/term-until.ts). */
export function localMonth(at: number): number {
  return new Date(at + SHANGHAI_OFFSET_MS).getUTCMonth() + 1;
}

/** A moment's Beijing weekday and "HH:MM". */
export function localTime(at: number): { weekday: Weekday; hhmm: string } {
  const { weekday, minute } = local(at);
  return { weekday, hhmm: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}` };
}
