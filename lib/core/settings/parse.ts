import { EXERCISE_KINDS, isLibraryId, THEMES } from '@/content/types';
import { isRecord, isWholeIn, memberOf } from '@/lib/core/guards';
import { COLOR_THEMES, REMINDER_STYLES } from '@/lib/core/vocabulary';
import {
  DEFAULT_SETTINGS,
  ID_LIST_LIMIT,
  type NumberSetting,
  SETTING_LIMITS,
  type Settings,
  SNOOZE_LIMITS,
  VOLUME_LIMITS,
  type WorkingHours,
} from './settings';
import { checkWorkingHours, isDayRange } from './working-hours-check';

/*
 * Settings from storage, or from an imported or synced copy: every valid
 * field kept, every invalid one replaced by its default, so the schedule
 * always has something sane to work with and no good choice is lost.
 */

/** True for a volume from 0 to 100. */
export const isVolume = (raw: unknown): raw is number => isWholeIn(raw, VOLUME_LIMITS.min, VOLUME_LIMITS.max);

/** True when a number is a whole number within a setting's limits. */
export function isValidSetting(key: NumberSetting, value: unknown): value is number {
  return isWholeIn(value, SETTING_LIMITS[key].min, SETTING_LIMITS[key].max);
}

/** The members of `raw` that belong to `allowed`, each once; all of them turned off counts as none. */
function parseSubset<T extends string>(raw: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(raw)) return [];
  const subset = allowed.filter((item) => raw.includes(item));
  return subset.length < allowed.length ? subset : [];
}

/** A list of library ids, each once, at most ID_LIST_LIMIT; ids no longer in the library simply never match. */
function parseIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter(isLibraryId))].slice(0, ID_LIST_LIMIT);
}

/** Snooze choices: distinct whole minutes in range, shortest first; the default when none are valid. */
export function parseSnoozeMinutes(raw: unknown): number[] {
  if (!Array.isArray(raw)) return [...DEFAULT_SETTINGS.snoozeMinutes];
  const valid = raw.filter((n): n is number => isWholeIn(n, SNOOZE_LIMITS.min, SNOOZE_LIMITS.max));
  const choices = [...new Set(valid)].sort((a, b) => a - b).slice(0, SNOOZE_LIMITS.choices);
  return choices.length > 0 ? choices : [...DEFAULT_SETTINGS.snoozeMinutes];
}

/** Working hours: kept whole when every part is valid, else the default (off, Mon-Fri 9-18). */
function parseWorkingHours(raw: unknown): WorkingHours {
  const fallback = DEFAULT_SETTINGS.workingHours;
  if (!isRecord(raw) || typeof raw.enabled !== 'boolean' || !Array.isArray(raw.days) || raw.days.length !== 7) {
    return fallback;
  }
  const days = raw.days.map((ranges) => (Array.isArray(ranges) && ranges.every(isDayRange) ? ranges : null));
  if (days.some((ranges) => ranges === null)) return fallback;
  const hours: WorkingHours = {
    enabled: raw.enabled,
    days: (days as { start: number; end: number }[][]).map((ranges) =>
      ranges.map(({ start, end }) => ({ start, end })),
    ),
  };
  return checkWorkingHours(hours) ? fallback : hours;
}

/** A flag or a whole number, by its default's kind: a boolean, or a number within its limits; else the default. */
function simpleSetting(key: string, fallback: unknown, value: unknown): unknown {
  if (typeof fallback === 'boolean') return typeof value === 'boolean' ? value : fallback;
  return Object.hasOwn(SETTING_LIMITS, key) && isValidSetting(key as NumberSetting, value) ? value : fallback;
}

/** Settings from storage: each valid field kept, each invalid one defaulted. */
export function parseSettings(raw: unknown): Settings {
  const loose = isRecord(raw) ? raw : {};
  // The flags and the whole numbers, every one read the same way; the rest below, each by its own rule.
  const simple = Object.fromEntries(
    Object.entries(DEFAULT_SETTINGS).map(([key, fallback]) => [key, simpleSetting(key, fallback, loose[key])]),
  ) as unknown as Settings;
  return {
    ...simple,
    disabledKinds: parseSubset(loose.disabledKinds, EXERCISE_KINDS),
    disabledThemes: parseSubset(loose.disabledThemes, THEMES),
    snoozeMinutes: parseSnoozeMinutes(loose.snoozeMinutes),
    workingHours: parseWorkingHours(loose.workingHours),
    reminderStyle: memberOf(REMINDER_STYLES, loose.reminderStyle) ?? DEFAULT_SETTINGS.reminderStyle,
    volume: isVolume(loose.volume) ? loose.volume : DEFAULT_SETTINGS.volume,
    theme: memberOf(COLOR_THEMES, loose.theme) ?? DEFAULT_SETTINGS.theme,
    favouriteInsights: parseIds(loose.favouriteInsights),
    favouriteExercises: parseIds(loose.favouriteExercises),
    hiddenInsights: parseIds(loose.hiddenInsights),
    hiddenExercises: parseIds(loose.hiddenExercises),
  };
}
