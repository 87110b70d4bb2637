// DESK_HOURS in the configuration: the default, a value read, and a wrong one stopping the start
// with a message that says how to write it.

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('DESK_HOURS', () => {
  it('defaults to weekdays 09:00-17:30 and reads a value', () => {
    expect(loadConfig({}).DESK_HOURS).toEqual({ spans: [{ days: [1, 2, 3, 4, 5], open: 540, close: 1050 }] });
    expect(loadConfig({ DESK_HOURS: ' ' }).DESK_HOURS).toEqual({ spans: [{ days: [1, 2, 3, 4, 5], open: 540, close: 1050 }] });
    expect(loadConfig({ DESK_HOURS: 'Mon-Sat 08:30-18:00' }).DESK_HOURS).toEqual({
      spans: [{ days: [1, 2, 3, 4, 5, 6], open: 510, close: 1080 }],
    });
  });

  it('stops the start on a wrong value, saying how to fix it', () => {
    expect(() => loadConfig({ DESK_HOURS: '9 to 5' })).toThrow(ConfigError);
    expect(() => loadConfig({ DESK_HOURS: '9 to 5' })).toThrow(
      'DESK_HOURS: DESK_HOURS must list days and hours in Beijing time, such as "Mon-Fri 09:00-17:30" or "Mon-Fri 09:00-17:30; Sat 09:00-12:00" (days Mon Tue Wed Thu Fri Sat Sun, ranges with -, lists with commas, times HH:MM, 24:00 for midnight); "9 to 5" is not',
    );
  });
});
