// DESK_HOURS: parsing (with the fix-it message), whether the desk is staffed at a moment in
// Beijing time, when it next opens, and the words for them in both languages.

import { describe, expect, it } from 'vitest';
import { deskStatus, isDeskOpen, nextOpening, parseDeskHours } from '../../src/desk/hours';
import { formatDeskHours, formatDuration, formatWhen } from '../../src/i18n/desk-time';
import { beijing, schedule } from '../dialogs/handoff-table';

describe('parseDeskHours', () => {
  it.each([
    ['Mon-Fri 09:00-17:30', [{ days: [1, 2, 3, 4, 5], open: 540, close: 1050 }]],
    [
      'mon-fri 9:00 - 17:30; Sat 09:00-12:00',
      [
        { days: [1, 2, 3, 4, 5], open: 540, close: 1050 },
        { days: [6], open: 540, close: 720 },
      ],
    ],
    ['Mon,Wed,Fri 08:30-12:00', [{ days: [1, 3, 5], open: 510, close: 720 }]],
    ['Sat-Sun 00:00-24:00', [{ days: [6, 0], open: 0, close: 1440 }]],
    ['Monday-Sunday 10:00-22:00', [{ days: [1, 2, 3, 4, 5, 6, 0], open: 600, close: 1320 }]],
  ])('reads %s', (text, spans) => {
    expect(parseDeskHours(text)).toEqual({ ok: true, schedule: { spans } });
  });

  it.each([
    ['9-5', '"9-5" is not'],
    ['Mon-Fri 17:30-09:00', 'closes before it opens'],
    ['Fri-Mon 09:00-17:00', '"Fri-Mon 09:00-17:00" is not'],
    ['Mon-Fri 09:00-25:00', 'is not'],
    ['Funday 09:00-17:00', 'is not'],
  ])('refuses %s, saying how to write it', (text, why) => {
    const parsed = parseDeskHours(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^DESK_HOURS must list days and hours in Beijing time, such as "Mon-Fri 09:00-17:30"/);
    expect(!parsed.ok && parsed.error).toContain(why);
  });
});

describe('open and next opening, in Beijing time', () => {
  const weekdays = schedule('Mon-Fri 09:00-17:30; Sat 09:00-12:00');
  it.each([
    [beijing(2026, 1, 15, 8, 59), false, beijing(2026, 1, 15, 9, 0)], // Thursday before opening
    [beijing(2026, 1, 15, 9, 0), true, null],
    [beijing(2026, 1, 15, 17, 29), true, null],
    [beijing(2026, 1, 15, 17, 30), false, beijing(2026, 1, 16, 9, 0)],
    [beijing(2026, 1, 17, 12, 0), false, beijing(2026, 1, 19, 9, 0)], // Saturday noon -> Monday
    [beijing(2026, 1, 18, 23, 59), false, beijing(2026, 1, 19, 9, 0)], // Sunday night
    [beijing(2026, 1, 16, 0, 30), false, beijing(2026, 1, 16, 9, 0)], // Friday 00:30 Beijing is Thursday in UTC
  ])('at %s', (at, open, opensAt) => {
    expect(deskStatus(weekdays, at)).toEqual({ at, open, opensAt, hours: weekdays });
  });

  it('never opens with no matching day within a week only if the schedule is empty', () => {
    expect(nextOpening({ spans: [] }, beijing(2026, 1, 15, 9, 0))).toBeNull();
    expect(isDeskOpen({ spans: [] }, beijing(2026, 1, 15, 9, 0))).toBe(false);
  });
});

describe('desk times in words', () => {
  const hours = schedule('Mon-Fri 09:00-17:30; Sat,Sun 10:00-12:00');
  it('says the hours', () => {
    expect([formatDeskHours('zh-CN', hours), formatDeskHours('en', hours)]).toEqual([
      '周一至周五 09:00–17:30；周六、周日 10:00–12:00',
      'Monday to Friday, 09:00–17:30; Saturday, Sunday, 10:00–12:00',
    ]);
  });

  it('says when, from now', () => {
    const now = beijing(2026, 1, 16, 23, 50); // Friday
    const cases = [beijing(2026, 1, 16, 23, 55), beijing(2026, 1, 17, 10, 0), beijing(2026, 1, 19, 9, 0)];
    expect(cases.map((at) => formatWhen('zh-CN', at, now))).toEqual(['今天 23:55', '明天 10:00', '周一 09:00']);
    expect(cases.map((at) => formatWhen('en', at, now))).toEqual(['today at 23:55', 'tomorrow at 10:00', 'on Monday at 09:00']);
  });

  it('says how long', () => {
    const spans = [59_000, 60_000, 61 * 60_000, 120 * 60_000, 25 * 3_600_000, 49 * 3_600_000 + 59 * 60_000];
    expect(spans.map((ms) => formatDuration('zh-CN', ms))).toEqual(['不到1分钟', '1分钟', '1小时1分钟', '2小时', '1天1小时', '2天1小时']);
    expect(spans.map((ms) => formatDuration('en', ms))).toEqual([
      'less than a minute',
      '1 minute',
      '1 hour 1 minute',
      '2 hours',
      '1 day 1 hour',
      '2 days 1 hour',
    ]);
  });
});
