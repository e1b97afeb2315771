import { describe, expect, it } from 'vitest';
import { currentRhythm, RHYTHMS, todaysHours, withRhythm, withWorkingHours } from './first-run';
import { DEFAULT_SETTINGS, SETTING_LIMITS } from './settings';
import { checkWorkingHours } from './working-hours-check';

const SUNDAY = 0;
const WEDNESDAY = 3;

describe('the welcome page’s choices', () => {
  it('offers the default rhythm, and every rhythm is within the options’ limits', () => {
    expect(currentRhythm(DEFAULT_SETTINGS)).toEqual({ intervalMinutes: 45, breakMinutes: 3 });
    for (const rhythm of RHYTHMS) {
      const { intervalMinutes, breakMinutes } = withRhythm(DEFAULT_SETTINGS, rhythm);
      expect(intervalMinutes).toBeGreaterThanOrEqual(SETTING_LIMITS.intervalMinutes.min);
      expect(breakMinutes).toBeLessThanOrEqual(SETTING_LIMITS.breakMinutes.max);
      expect(breakMinutes).toBeLessThan(intervalMinutes);
    }
  });

  it('knows no rhythm once the minutes were set by hand', () => {
    expect(currentRhythm({ ...DEFAULT_SETTINGS, intervalMinutes: 50 })).toBeUndefined();
  });

  it('prefills today’s stored hours, or a working day’s on a day off', () => {
    const custom = withWorkingHours(DEFAULT_SETTINGS, false, { start: 480, end: 960 }, WEDNESDAY);
    expect(todaysHours(custom, WEDNESDAY)).toEqual({ start: 480, end: 960 });
    expect(todaysHours(DEFAULT_SETTINGS, SUNDAY)).toEqual({ start: 540, end: 1080 });
    const none = { ...DEFAULT_SETTINGS, workingHours: { enabled: false, days: [[], [], [], [], [], [], []] } };
    expect(todaysHours(none, SUNDAY)).toEqual({ start: 540, end: 1080 });
  });

  it('sets one range on every working day and today, valid as options would save it', () => {
    const range = { start: 8 * 60, end: 16 * 60 + 30 };
    const onSunday = withWorkingHours(DEFAULT_SETTINGS, true, range, SUNDAY);
    expect(onSunday.workingHours.enabled).toBe(true);
    expect(onSunday.workingHours.days.map((ranges) => ranges.length)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(onSunday.workingHours.days[1]).toEqual([range]);
    expect(checkWorkingHours(onSunday.workingHours)).toBeNull();
    const midweek = withWorkingHours(DEFAULT_SETTINGS, true, range, WEDNESDAY);
    expect(midweek.workingHours.days.map((ranges) => ranges.length)).toEqual([0, 1, 1, 1, 1, 1, 0]);
  });

  it('turning them off keeps the hours for later', () => {
    const off = withWorkingHours(DEFAULT_SETTINGS, false, todaysHours(DEFAULT_SETTINGS, WEDNESDAY), WEDNESDAY);
    expect(off.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
  });
});
