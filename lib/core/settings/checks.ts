import { EXERCISE_KINDS, isLibraryId, THEMES } from '@/content/types';
import { isRecord, isWholeIn, memberOf } from '@/lib/core/guards';
import { COLOR_THEMES, REMINDER_STYLES } from '@/lib/core/vocabulary';
import { isValidSetting, isVolume } from './parse';
import { ID_LIST_LIMIT, type NumberSetting, type Settings, SNOOZE_LIMITS, type WorkingHours } from './settings';
import { checkWorkingHours, isDayRange } from './working-hours-check';

/*
 * The strict check import makes of each setting: the same limits storage
 * parsing keeps (./parse.ts), with nothing repaired. Kept apart so the
 * background, which only parses, does not carry them.
 */

const isBoolean = (v: unknown) => typeof v === 'boolean';

/** A list of distinct members of `allowed`, leaving at least one of them on. */
const isSubset =
  (allowed: readonly string[]) =>
  (v: unknown): boolean =>
    Array.isArray(v) &&
    v.every((item) => allowed.includes(item)) &&
    new Set(v).size === v.length &&
    v.length < allowed.length;

const isLibraryIds = (v: unknown) => Array.isArray(v) && v.length <= ID_LIST_LIMIT && v.every(isLibraryId);

function isSnoozeList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length === 0 || v.length > SNOOZE_LIMITS.choices) return false;
  return v.every((n) => isWholeIn(n, SNOOZE_LIMITS.min, SNOOZE_LIMITS.max)) && new Set(v).size === v.length;
}

function isWorkingHours(v: unknown): boolean {
  if (!isRecord(v) || !isBoolean(v.enabled) || !Array.isArray(v.days) || v.days.length !== 7) return false;
  if (!v.days.every((ranges) => Array.isArray(ranges) && ranges.every(isDayRange))) return false;
  return checkWorkingHours(v as unknown as WorkingHours) === null;
}

const numberSetting = (key: NumberSetting) => (v: unknown) => isValidSetting(key, v);

/** A strict check for every setting: a new setting without one does not compile. */
export const SETTING_CHECKS: { [K in keyof Settings]: (value: unknown) => boolean } = {
  longBreaks: isBoolean,
  intervalMinutes: numberSetting('intervalMinutes'),
  breakMinutes: numberSetting('breakMinutes'),
  microBreaks: isBoolean,
  microIntervalMinutes: numberSetting('microIntervalMinutes'),
  microSeconds: numberSetting('microSeconds'),
  disabledKinds: isSubset(EXERCISE_KINDS),
  disabledThemes: isSubset(THEMES),
  snoozeMinutes: isSnoozeList,
  maxSnoozes: numberSetting('maxSnoozes'),
  strictMode: isBoolean,
  ownOnly: isBoolean,
  workingHours: isWorkingHours,
  headsUpMinutes: numberSetting('headsUpMinutes'),
  dontInterrupt: isBoolean,
  maxDeferMinutes: numberSetting('maxDeferMinutes'),
  reminderStyle: (v) => memberOf(REMINDER_STYLES, v) !== undefined,
  sound: isBoolean,
  volume: isVolume,
  moodCheckIn: isBoolean,
  stepChime: isBoolean,
  theme: (v) => memberOf(COLOR_THEMES, v) !== undefined,
  dailyGoal: numberSetting('dailyGoal'),
  favouriteInsights: isLibraryIds,
  favouriteExercises: isLibraryIds,
  hiddenInsights: isLibraryIds,
  hiddenExercises: isLibraryIds,
};
