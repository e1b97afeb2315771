import { startOfDayAgo } from './dates';
import { fold, KEEP_DAYS } from './fold';
import { monthOf } from './month';
import type { HistoryEntry } from './types';

/*
 * Which months of history keep every detail: storage keeps a month as one
 * item, and a month folds whole once all of it is older than the days kept.
 */

/** Start of the local month after 'YYYY-MM', in ms: when that month is over. */
export function monthEnd(month: string): number {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const start = new Date(2000, 0, 1);
  start.setFullYear(year, index, 1);
  return start.getTime();
}

/** True when all of `month` is older than the last `keepDays` local days: its breaks keep only what counts. */
export function monthFolds(month: string, now: number, keepDays = KEEP_DAYS): boolean {
  return monthEnd(month) <= startOfDayAgo(now, keepDays);
}

/** Breaks grouped by the month they ended in, each month oldest first, folded where its month folds. */
export function byMonth(
  entries: readonly HistoryEntry[],
  now: number,
  keepDays = KEEP_DAYS,
): Map<string, HistoryEntry[]> {
  const months = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const month = monthOf(entry.endedAt);
    const list = months.get(month) ?? [];
    list.push(entry);
    months.set(month, list);
  }
  for (const [month, list] of months) if (monthFolds(month, now, keepDays)) months.set(month, list.map(fold));
  return months;
}
