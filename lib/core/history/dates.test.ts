// Berlin: its clocks change at 02:00 (last Sunday of March) and 03:00 (last Sunday of October).
process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR } from '@/lib/core/vocabulary';
import {
  addDays,
  dayKeyer,
  dayNumber,
  dayOfNumber,
  dayStart,
  isDay,
  localDay,
  startOfDayAgo,
  startOfWeek,
} from './dates';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('the test zone', () => {
  it('is Berlin, with its clock changes in 2026', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(-120);
    expect(at(2026, 3, 30) - at(2026, 3, 29)).toBe(23 * HOUR);
    expect(at(2026, 10, 26) - at(2026, 10, 25)).toBe(25 * HOUR);
  });
});

describe('localDay and the start of a local day', () => {
  it('follow the local wall clock, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(localDay(Date.UTC(2025, 11, 31, 23, 30))).toBe('2026-01-01');
    expect(startOfDayAgo(at(2026, 3, 10, 15, 30), 0)).toBe(at(2026, 3, 10));
  });

  it('give the same day through a clock change', () => {
    expect(localDay(at(2026, 3, 29, 23, 59))).toBe('2026-03-29');
    expect(localDay(at(2026, 10, 25, 23, 59))).toBe('2026-10-25');
    expect(startOfDayAgo(at(2026, 10, 25, 23, 59), 0)).toBe(at(2026, 10, 25));
  });

  it('dayStart is the start of the day a time falls in, for any time', () => {
    fc.assert(
      fc.property(fc.integer({ min: at(2000, 1, 1), max: at(2040, 1, 1) }), (time) => {
        expect(dayStart(localDay(time))).toBe(startOfDayAgo(time, 0));
      }),
    );
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-26', -1, '2026-10-25'],
    ['2026-03-10', 365, '2027-03-10'],
    ['2026-03-10', 0, '2026-03-10'],
  ])('%s %+d days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('steps one local day at a time, so n steps of 1 are one step of n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -400, max: 400 }), (offset, n) => {
        const day = addDays('1990-01-01', offset);
        let walked = day;
        for (let i = 0; i < Math.abs(n); i++) walked = addDays(walked, Math.sign(n));
        expect(walked).toBe(addDays(day, n));
        expect(addDays(addDays(day, n), -n)).toBe(day);
      }),
    );
  });
});

describe('startOfWeek', () => {
  it('is Monday 00:00, from any day of that week', () => {
    // 23 March 2026 is a Monday; its Sunday is the day the clocks go forward.
    expect(startOfWeek(at(2026, 3, 23))).toBe(at(2026, 3, 23));
    expect(startOfWeek(at(2026, 3, 25, 12))).toBe(at(2026, 3, 23));
    expect(startOfWeek(at(2026, 3, 29, 23, 59))).toBe(at(2026, 3, 23));
    expect(startOfWeek(at(2026, 3, 30, 0, 1))).toBe(at(2026, 3, 30));
  });

  it('crosses a year end', () => {
    expect(localDay(startOfWeek(at(2027, 1, 1, 9)))).toBe('2026-12-28');
  });
});

describe('isDay', () => {
  it.each(['2026-03-10', '2024-02-29'])('accepts %s', (day) => {
    expect(isDay(day)).toBe(true);
  });

  it.each(['2025-02-29', '2026-13-01', '2026-3-10', '20260310', '', '__proto__'])('rejects %j', (day) => {
    expect(isDay(day)).toBe(false);
  });
});

describe('dayKeyer', () => {
  it('gives localDay for every time, in order or not', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: at(2025, 1, 1), max: at(2027, 1, 1) })), (times) => {
        const dayOf = dayKeyer();
        for (const time of [...times, ...times.sort((a, b) => a - b)]) expect(dayOf(time)).toBe(localDay(time));
      }),
    );
  });

  it('knows where a 23-hour and a 25-hour day end', () => {
    const dayOf = dayKeyer();
    expect(dayOf(at(2026, 3, 29, 1))).toBe('2026-03-29');
    expect(dayOf(at(2026, 3, 30) - 1)).toBe('2026-03-29');
    expect(dayOf(at(2026, 3, 30))).toBe('2026-03-30');
    expect(dayOf(at(2026, 10, 25, 1))).toBe('2026-10-25');
    expect(dayOf(at(2026, 10, 26) - 1)).toBe('2026-10-25');
    expect(dayOf(at(2026, 10, 26))).toBe('2026-10-26');
  });
});

describe('dayNumber', () => {
  it('counts calendar days from 1970-01-01, in every year from 0 on', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-29')).toBe(1);
    expect(dayOfNumber(dayNumber('0050-02-28') + 1)).toBe('0050-03-01');
    expect(dayOfNumber(dayNumber('0000-01-01'))).toBe('0000-01-01');
  });

  it('round-trips every day, one whole number per calendar day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 100_000 }), (n) => {
        expect(dayNumber(dayOfNumber(n))).toBe(n);
        expect(dayOfNumber(n + 1)).toBe(addDays(dayOfNumber(n), 1));
      }),
    );
  });
});

describe('startOfDayAgo', () => {
  it('steps back whole calendar days to a local midnight, across clock changes and year ends', () => {
    expect(startOfDayAgo(at(2026, 3, 30, 9), 1)).toBe(at(2026, 3, 29));
    expect(startOfDayAgo(at(2026, 10, 26, 0, 30), 1)).toBe(at(2026, 10, 25));
    expect(startOfDayAgo(at(2026, 3, 30, 9), 365)).toBe(at(2025, 3, 30));
    expect(startOfDayAgo(at(2026, 1, 1, 0), 0)).toBe(at(2026, 1, 1));
  });

  it('is the start of the day addDays gives, for any time and count', () => {
    fc.assert(
      fc.property(fc.integer({ min: at(2000, 1, 1), max: at(2040, 1, 1) }), fc.nat(1000), (time, days) => {
        expect(startOfDayAgo(time, days)).toBe(dayStart(addDays(localDay(time), -days)));
      }),
    );
  });
});
