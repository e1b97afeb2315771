import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { HOUR, MINUTE as MIN } from '@/lib/core/vocabulary';
import { badgeFor, badgeRefreshAt, badgeText } from './badge';
import { INITIAL_STATE, type ScheduleState } from './types';

/** Wednesday 25 November 2026, 10:00 local time. */
const NOW = new Date(2026, 10, 25, 10, 0).getTime();
const S: Settings = DEFAULT_SETTINGS;
/** Working hours on: 09:00 to 18:00, Monday to Friday (the defaults' ranges). */
const WORKING: Settings = { ...S, workingHours: { ...S.workingHours, enabled: true } };
const counting = (minutesLeft: number): ScheduleState => ({
  ...INITIAL_STATE,
  cycleStartedAt: NOW,
  nextBreakAt: NOW + minutesLeft * MIN,
});

describe('when the badge wakes the worker', () => {
  it('while counting minutes: when the next minute shows, and not at all in the last one (the break alarm comes)', () => {
    expect(badgeRefreshAt(S, counting(45), NOW)).toBe(NOW + MIN);
    expect(badgeRefreshAt(S, counting(44.5), NOW)).toBe(NOW + 0.5 * MIN);
    expect(badgeRefreshAt(S, counting(2), NOW)).toBe(NOW + MIN);
    expect(badgeRefreshAt(S, counting(1), NOW)).toBeNull();
    expect(badgeRefreshAt(S, counting(0.2), NOW)).toBeNull();
  });

  it('while hours show: once an hour, then at 99 minutes', () => {
    expect(badgeText(badgeFor(S, counting(150), NOW))).toBe('2h');
    expect(badgeRefreshAt(S, counting(150), NOW)).toBe(NOW + 31 * MIN); // "1h" from 119 minutes left
    expect(badgeRefreshAt(S, counting(119), NOW)).toBe(NOW + 20 * MIN); // "99" from 99
    expect(badgeRefreshAt(S, counting(8 * 60), NOW)).toBe(NOW + MIN); // "7h" from 479
    expect(badgeRefreshAt(S, counting(8 * 60 - 1), NOW)).toBe(NOW + 60 * MIN);
  });

  it('never while paused: a timed pause ends on the break alarm, one until resumed waits for the person', () => {
    const paused = (until: number | null): ScheduleState => ({ ...counting(30), pause: { until } });
    expect(badgeRefreshAt(S, paused(NOW + 30 * MIN), NOW)).toBeNull();
    expect(badgeRefreshAt(S, paused(null), NOW)).toBeNull();
    expect(badgeText(badgeFor(S, paused(null), NOW))).toBe('❚❚');
  });

  it('never while a break waits, or with no countdown', () => {
    expect(badgeRefreshAt(S, { ...counting(0), activeBreak: { startedAt: NOW, trigger: 'schedule' } }, NOW)).toBeNull();
    expect(badgeRefreshAt(S, INITIAL_STATE, NOW)).toBeNull();
  });

  it('outside working hours: no badge and one wake, as work starts', () => {
    const evening = new Date(2026, 10, 25, 19, 0).getTime();
    const tomorrowNine = new Date(2026, 10, 26, 9, 0).getTime();
    const state = { ...counting(0), nextBreakAt: tomorrowNine + 45 * MIN };
    expect(badgeFor(WORKING, state, evening)).toEqual({ kind: 'offHours', until: tomorrowNine });
    expect(badgeText(badgeFor(WORKING, state, evening))).toBe('');
    expect(badgeRefreshAt(WORKING, state, evening)).toBe(tomorrowNine);
    // At nine the countdown shows, and counts by the minute.
    expect(badgeFor(WORKING, state, tomorrowNine)).toEqual({ kind: 'minutes', minutes: 45 });
  });

  it('at the end of the working day when the next break lies beyond it', () => {
    const late = new Date(2026, 10, 25, 17, 58).getTime();
    const six = new Date(2026, 10, 25, 18, 0).getTime();
    const state = { ...counting(0), nextBreakAt: new Date(2026, 10, 26, 9, 45).getTime() };
    expect(badgeText(badgeFor(WORKING, state, late))).toBe('15h');
    expect(badgeRefreshAt(WORKING, state, late)).toBe(six);
    expect(badgeText(badgeFor(WORKING, state, six))).toBe('');
  });
});

describe('badgeRefreshAt, over every state the schedule can hold', () => {
  const state: fc.Arbitrary<ScheduleState> = fc
    .record({
      left: fc.integer({ min: -MIN, max: 48 * HOUR }),
      pause: fc.option(fc.option(fc.integer({ min: 1, max: 24 * HOUR }), { nil: null }), { nil: undefined }),
      active: fc.boolean(),
    })
    .map(({ left, pause, active }) => ({
      ...counting(0),
      nextBreakAt: NOW + left,
      ...(pause !== undefined && { pause: { until: pause === null ? null : NOW + pause } }),
      ...(active && { activeBreak: { startedAt: NOW, trigger: 'schedule' as const } }),
    }));
  const settings = fc.constantFrom(S, WORKING);
  const offset = fc.integer({ min: 0, max: 7 * 24 * HOUR });

  it('shows the same until the refresh, and something else at it; with none, the same until the break alarm', () => {
    fc.assert(
      fc.property(settings, state, offset, fc.double({ min: 0, max: 1, noNaN: true }), (set, raw, shift, at) => {
        const now = NOW + shift;
        const s = { ...raw, nextBreakAt: (raw.nextBreakAt ?? NOW) + shift };
        const text = badgeText(badgeFor(set, s, now));
        const refresh = badgeRefreshAt(set, s, now);
        const until = refresh ?? s.pause?.until ?? s.nextBreakAt ?? now;
        if (refresh !== null) {
          expect(refresh).toBeGreaterThan(now);
          expect(badgeText(badgeFor(set, s, refresh))).not.toBe(text);
        }
        // Any moment before the refresh (or the break alarm, the pause's end) shows the same.
        const before = now + Math.floor(at * Math.max(0, until - now - 1));
        if (s.pause?.until !== null || refresh !== null) expect(badgeText(badgeFor(set, s, before))).toBe(text);
      }),
    );
  });
});
