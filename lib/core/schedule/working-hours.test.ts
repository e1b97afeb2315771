// Working hours are local wall-clock time: pin the zone before any Date is made.
const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'Europe/Berlin';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DayRange, DEFAULT_SETTINGS, type WorkingHours } from '@/lib/core/settings/settings';
import { HOUR, MINUTE as MIN } from '@/lib/core/vocabulary';
import { isWorkingTime, nextBreakTime, rangeEndAt, startOfTomorrowsWork } from './working-hours';

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** An absolute moment, written with its UTC offset so each test says exactly which instant it means. */
const at = (iso: string): number => Date.parse(iso);

/** The default Mon-Fri 09:00-18:00, switched on. */
const WEEKDAYS: WorkingHours = { ...DEFAULT_SETTINGS.workingHours, enabled: true };
const DISABLED: WorkingHours = { ...WEEKDAYS, enabled: false };
const NO_RANGES: WorkingHours = { enabled: true, days: [[], [], [], [], [], [], []] };
/** The same ranges on every day of the week. */
const everyDay = (...ranges: DayRange[]): WorkingHours => ({
  enabled: true,
  days: Array.from({ length: 7 }, () => ranges),
});
const NINE_TO_SIX: DayRange = { start: 9 * 60, end: 18 * 60 };
const SPLIT_DAY: WorkingHours = everyDay({ start: 9 * 60, end: 12 * 60 }, { start: 13 * 60, end: 17 * 60 });

describe('working hours in Europe/Berlin', () => {
  it('runs in the zone the test set', () => {
    expect(new Date(at('2026-01-15T12:00:00Z')).getTimezoneOffset()).toBe(-60);
  });

  it('Monday to Friday 09:00-18:00 is working time; the weekend is not', () => {
    expect(isWorkingTime(WEEKDAYS, at('2026-03-02T10:00:00+01:00'))).toBe(true); // Monday
    expect(isWorkingTime(WEEKDAYS, at('2026-03-06T17:00:00+01:00'))).toBe(true); // Friday
    expect(isWorkingTime(WEEKDAYS, at('2026-03-07T10:00:00+01:00'))).toBe(false); // Saturday
    expect(isWorkingTime(WEEKDAYS, at('2026-03-08T10:00:00+01:00'))).toBe(false); // Sunday
    expect(isWorkingTime(WEEKDAYS, at('2026-03-02T08:59:00+01:00'))).toBe(false);
  });

  it('a range includes its start and excludes its end', () => {
    expect(isWorkingTime(WEEKDAYS, at('2026-03-02T09:00:00+01:00'))).toBe(true);
    expect(isWorkingTime(WEEKDAYS, at('2026-03-02T18:00:00+01:00') - 1)).toBe(true);
    expect(isWorkingTime(WEEKDAYS, at('2026-03-02T18:00:00+01:00'))).toBe(false);
    expect(rangeEndAt(WEEKDAYS, at('2026-03-02T09:00:00+01:00'))).toBe(at('2026-03-02T18:00:00+01:00'));
    expect(rangeEndAt(WEEKDAYS, at('2026-03-02T18:00:00+01:00'))).toBeNull();
    expect(rangeEndAt(WEEKDAYS, at('2026-03-07T12:00:00+01:00'))).toBeNull();
  });

  it('a break inside the range comes one interval later', () => {
    expect(nextBreakTime(WEEKDAYS, at('2026-03-02T10:00:00+01:00'), 45 * MIN)).toBe(at('2026-03-02T10:45:00+01:00'));
    // Exactly at the end still fits.
    expect(nextBreakTime(WEEKDAYS, at('2026-03-02T17:15:00+01:00'), 45 * MIN)).toBe(at('2026-03-02T18:00:00+01:00'));
  });

  it('Friday 17:30 with a 45-minute interval waits for Monday 09:45', () => {
    expect(nextBreakTime(WEEKDAYS, at('2026-03-06T17:30:00+01:00'), 45 * MIN)).toBe(at('2026-03-09T09:45:00+01:00'));
  });

  it('Monday 08:00 waits for the start of work, then one interval: 09:45', () => {
    expect(nextBreakTime(WEEKDAYS, at('2026-03-02T08:00:00+01:00'), 45 * MIN)).toBe(at('2026-03-02T09:45:00+01:00'));
  });

  it('with two ranges a day, 11:30 + 45 minutes moves past lunch to 13:45', () => {
    expect(nextBreakTime(SPLIT_DAY, at('2026-03-02T11:30:00+01:00'), 45 * MIN)).toBe(at('2026-03-02T13:45:00+01:00'));
    expect(isWorkingTime(SPLIT_DAY, at('2026-03-02T12:30:00+01:00'))).toBe(false);
  });

  it('a range shorter than the interval gets its one break a minute before its end', () => {
    const short = everyDay({ start: 9 * 60, end: 9 * 60 + 30 });
    expect(nextBreakTime(short, at('2026-03-02T08:00:00+01:00'), 45 * MIN)).toBe(at('2026-03-02T09:29:00+01:00'));
    const oneMinute = everyDay({ start: 9 * 60, end: 9 * 60 + 1 });
    expect(nextBreakTime(oneMinute, at('2026-03-02T08:00:00+01:00'), 45 * MIN)).toBe(at('2026-03-02T09:00:00+01:00'));
  });

  it('disabled hours: every time is working time and a break is plain addition', () => {
    const sunday = at('2026-03-08T03:00:00+01:00');
    expect(isWorkingTime(DISABLED, sunday)).toBe(true);
    expect(rangeEndAt(DISABLED, sunday)).toBeNull();
    expect(nextBreakTime(DISABLED, sunday, 45 * MIN)).toBe(sunday + 45 * MIN);
  });

  it('enabled with no ranges at all: never working time, yet a break is never "never"', () => {
    const monday = at('2026-03-02T10:00:00+01:00');
    expect(isWorkingTime(NO_RANGES, monday)).toBe(false);
    expect(nextBreakTime(NO_RANGES, monday, 45 * MIN)).toBe(monday + 45 * MIN);
    expect(startOfTomorrowsWork(NO_RANGES, monday)).toBe(at('2026-03-03T09:00:00+01:00'));
  });

  it('pause until tomorrow resumes with the next working day', () => {
    expect(startOfTomorrowsWork(WEEKDAYS, at('2026-03-06T20:00:00+01:00'))).toBe(at('2026-03-09T09:00:00+01:00'));
    // A later day, even when today's range has not begun yet.
    expect(startOfTomorrowsWork(WEEKDAYS, at('2026-03-02T07:00:00+01:00'))).toBe(at('2026-03-03T09:00:00+01:00'));
    expect(startOfTomorrowsWork(DISABLED, at('2026-03-06T20:00:00+01:00'))).toBe(at('2026-03-07T09:00:00+01:00'));
  });

  describe('daylight saving', () => {
    it('on spring-forward Sunday 2026-03-29, 09:00-18:00 starts at local 09:00, summer time', () => {
      // The first break of the day comes one interval after the range starts.
      const start = nextBreakTime(everyDay(NINE_TO_SIX), at('2026-03-28T20:00:00+01:00'), 45 * MIN) - 45 * MIN;
      expect(start).toBe(at('2026-03-29T09:00:00+02:00'));
      const date = new Date(start ?? 0);
      expect(date.getHours()).toBe(9);
      expect(date.getTimezoneOffset()).toBe(-120);
    });

    it('a countdown across the 02:00 -> 03:00 jump counts real milliseconds from 09:00', () => {
      const hours = everyDay(NINE_TO_SIX);
      expect(nextBreakTime(hours, at('2026-03-29T00:30:00+01:00'), 45 * MIN)).toBe(at('2026-03-29T09:45:00+02:00'));
      expect(nextBreakTime(hours, at('2026-03-28T17:30:00+01:00'), 45 * MIN) - at('2026-03-29T07:00:00Z')).toBe(
        45 * MIN,
      );
    });

    it('a Sunday range 01:00-05:00 spans the jump and is three real hours long', () => {
      const hours: WorkingHours = {
        enabled: true,
        days: [[{ start: 60, end: 300 }], [NINE_TO_SIX], [], [], [], [], []],
      };
      const from = at('2026-03-29T01:00:00+01:00');
      expect(rangeEndAt(hours, from)).toBe(at('2026-03-29T05:00:00+02:00'));
      expect((rangeEndAt(hours, from) ?? 0) - from).toBe(3 * HOUR);
      expect(isWorkingTime(hours, at('2026-03-29T03:30:00+02:00'))).toBe(true);
      // 150 minutes of real time reads 04:30 on the clock, still inside.
      expect(nextBreakTime(hours, from, 150 * MIN)).toBe(at('2026-03-29T04:30:00+02:00'));
      // 200 minutes would pass 05:00: the break moves to Monday's stretch.
      expect(nextBreakTime(hours, from, 200 * MIN)).toBe(at('2026-03-30T09:00:00+02:00') + 200 * MIN);
    });

    it('a whole-day range is 23 hours in spring and 25 in autumn', () => {
      const allDay = everyDay({ start: 0, end: 24 * 60 });
      expect(rangeEndAt(allDay, at('2026-03-29T12:00:00+02:00'))).toBe(at('2026-03-29T00:00:00+01:00') + 23 * HOUR);
      expect(rangeEndAt(allDay, at('2026-10-25T12:00:00+01:00'))).toBe(at('2026-10-25T00:00:00+02:00') + 25 * HOUR);
    });

    it('on fall-back Sunday 2026-10-25, 09:00-18:00 starts at local 09:00, winter time', () => {
      const hours = everyDay(NINE_TO_SIX);
      const start = nextBreakTime(hours, at('2026-10-24T20:00:00+02:00'), 45 * MIN) - 45 * MIN;
      expect(start).toBe(at('2026-10-25T09:00:00+01:00'));
      expect(new Date(start ?? 0).getHours()).toBe(9);
      expect(new Date(start ?? 0).getTimezoneOffset()).toBe(-60);
      expect(rangeEndAt(hours, start ?? 0)).toBe(at('2026-10-25T18:00:00+01:00'));
      expect(nextBreakTime(hours, at('2026-10-24T17:30:00+02:00'), 45 * MIN)).toBe(at('2026-10-25T09:45:00+01:00'));
    });
  });
});

describe('working hours in America/New_York', () => {
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    process.env.TZ = 'Europe/Berlin';
  });

  it('runs in the zone the block set', () => {
    expect(new Date(at('2026-01-15T12:00:00Z')).getTimezoneOffset()).toBe(300);
  });

  it('reads the same wall-clock hours in New York time', () => {
    expect(isWorkingTime(WEEKDAYS, at('2026-03-02T09:30:00-05:00'))).toBe(true);
    // 09:30 in Berlin is 03:30 in New York: not working time here.
    expect(isWorkingTime(WEEKDAYS, at('2026-03-02T09:30:00+01:00'))).toBe(false);
  });

  it('Friday 17:30 + 45 minutes is Monday 09:45, across the US spring-forward on 2026-03-08', () => {
    expect(nextBreakTime(WEEKDAYS, at('2026-03-06T17:30:00-05:00'), 45 * MIN)).toBe(at('2026-03-09T09:45:00-04:00'));
  });

  it('pause until tomorrow resumes at 09:00 local, in summer time after the jump', () => {
    expect(startOfTomorrowsWork(WEEKDAYS, at('2026-03-06T20:00:00-05:00'))).toBe(at('2026-03-09T09:00:00-04:00'));
    expect(startOfTomorrowsWork(DISABLED, at('2026-03-07T12:00:00-05:00'))).toBe(at('2026-03-08T09:00:00-04:00'));
  });
});
