import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { HOUR, MINUTE as MIN } from '@/lib/core/vocabulary';
import { INITIAL_STATE, type ScheduleState } from './types';
import { wakesBetween } from './wakes';

/** Wednesday 25 November 2026, 00:00 local time. */
const MIDNIGHT = new Date(2026, 10, 25).getTime();
const S: Settings = DEFAULT_SETTINGS;
const WORKING: Settings = { ...S, workingHours: { ...S.workingHours, enabled: true } };
const counting = (at: number, settings = S): ScheduleState => ({
  ...INITIAL_STATE,
  cycleStartedAt: at,
  nextBreakAt: at + settings.intervalMinutes * MIN,
});
const total = (wakes: { break: number; headsUp: number; badge: number }) => wakes.break + wakes.headsUp + wakes.badge;

describe('how often the worker wakes', () => {
  it('counting all day: at most once a minute, and never in a break or in its last minute', () => {
    const wakes = wakesBetween(S, counting(MIDNIGHT), MIDNIGHT, MIDNIGHT + 24 * HOUR);
    // A cycle is 45 minutes of countdown and a 3-minute break: 44 badge minutes, a heads-up, the break.
    expect(wakes.break).toBe(30);
    expect(wakes.headsUp).toBe(30);
    expect(wakes.badge).toBe(30 * 43);
    expect(total(wakes)).toBeLessThan(1440);
  });

  it('paused until resumed: never', () => {
    const wakes = wakesBetween(S, counting(MIDNIGHT), MIDNIGHT, MIDNIGHT + 24 * HOUR, {
      type: 'pause',
      length: 'resumed',
    });
    expect(total(wakes)).toBe(0);
  });

  it('paused for two hours: once, as the pause ends', () => {
    const from = MIDNIGHT + 10 * HOUR;
    const wakes = wakesBetween(S, counting(from), from, from + 2 * HOUR, { type: 'pause', length: 120 });
    expect(wakes).toEqual({ break: 1, headsUp: 0, badge: 0 });
  });

  it('outside working hours: once, as work starts, and not at all on a day off', () => {
    const evening = MIDNIGHT + 18 * HOUR;
    const nineTomorrow = MIDNIGHT + 33 * HOUR;
    const night = wakesBetween(WORKING, counting(evening, WORKING), evening, nineTomorrow, { type: 'settingsChanged' });
    expect(night).toEqual({ break: 0, headsUp: 0, badge: 1 });
    const saturday = new Date(2026, 10, 28).getTime();
    const weekend = wakesBetween(WORKING, counting(saturday, WORKING), saturday, saturday + 24 * HOUR, {
      type: 'settingsChanged',
    });
    expect(total(weekend)).toBe(0);
  });
});
