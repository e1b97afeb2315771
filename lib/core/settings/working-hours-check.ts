import type { DayRange, WorkingHours } from './settings';

/** What is wrong with a set of working hours, and on which weekday (0 is Sunday). */
export type HoursProblem =
  | { error: 'errorRangeOrder'; day: number }
  | { error: 'errorRangeOverlap'; day: number }
  | { error: 'errorNoHours' };

const isMinute = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 24 * 60;

/** True for a {start, end} of whole minutes within a day; the order is checked apart. */
export function isDayRange(value: unknown): value is DayRange {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return isMinute(start) && isMinute(end);
}

/**
 * Checks working hours the way the options page explains them: every range
 * ends after it starts, ranges of a day do not overlap, and, when working
 * hours are on, at least one day has hours. Null when all is well.
 */
export function checkWorkingHours(hours: WorkingHours): HoursProblem | null {
  for (const [day, ranges] of hours.days.entries()) {
    if (ranges.some((range) => range.end <= range.start)) return { error: 'errorRangeOrder', day };
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    if (sorted.some((range, i) => i > 0 && range.start < (sorted[i - 1] as DayRange).end)) {
      return { error: 'errorRangeOverlap', day };
    }
  }
  if (hours.enabled && hours.days.every((ranges) => ranges.length === 0)) return { error: 'errorNoHours' };
  return null;
}
