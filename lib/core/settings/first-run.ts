import type { DayRange, Settings } from './settings';

/**
 * The rhythms the welcome page offers in one tap, lightest first: minutes of
 * work between breaks, and each break's length. The middle one is the
 * default (DEFAULT_SETTINGS), so a person who picks nothing has it.
 */
export const RHYTHMS = [
  { intervalMinutes: 30, breakMinutes: 2 },
  { intervalMinutes: 45, breakMinutes: 3 },
  { intervalMinutes: 60, breakMinutes: 5 },
] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/** The rhythm the settings follow, or undefined once the person set other minutes in options. */
export function currentRhythm(settings: Settings): Rhythm | undefined {
  return RHYTHMS.find(
    (r) => r.intervalMinutes === settings.intervalMinutes && r.breakMinutes === settings.breakMinutes,
  );
}

/** The settings with a rhythm chosen. */
export function withRhythm(settings: Settings, rhythm: Rhythm): Settings {
  return { ...settings, intervalMinutes: rhythm.intervalMinutes, breakMinutes: rhythm.breakMinutes };
}

/** Nine to six, the hours a new install keeps for working days until the person sets their own. */
const USUAL_HOURS: DayRange = { start: 9 * 60, end: 18 * 60 };

/**
 * The one range the welcome page offers to edit: today's, as stored (so it
 * is prefilled with what today would use), else the first working day's,
 * else nine to six.
 */
export function todaysHours(settings: Settings, weekday: number): DayRange {
  const { days } = settings.workingHours;
  return days[weekday]?.[0] ?? days.find((ranges) => ranges.length > 0)?.[0] ?? USUAL_HOURS;
}

/**
 * Working hours as the welcome page sets them: on or off, with one range for
 * every working day. The working days are the ones that have hours (Monday
 * to Friday on a new install) plus today, so turning them on never makes the
 * day the person installs on a day without breaks.
 */
export function withWorkingHours(settings: Settings, enabled: boolean, range: DayRange, weekday: number): Settings {
  const days = settings.workingHours.days.map((ranges, day) =>
    ranges.length > 0 || day === weekday ? [{ ...range }] : [],
  );
  return { ...settings, workingHours: { enabled, days } };
}
