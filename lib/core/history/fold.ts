import { HOUR, isRested } from '@/lib/core/vocabulary';
import { dayKeyer } from './dates';
import type { DayTotals, HistoryEntry } from './types';

/** Breaks of the last year are kept with every detail; older ones keep only what counts. */
export const KEEP_DAYS = 365;

/**
 * The most one break adds to mindful time: a natural break can be a whole
 * night away, and a night's sleep is not two hundred mindful minutes.
 */
export const MINDFUL_CAP_MS = 2 * HOUR;

/** Totals of a day with no breaks. */
export const noTotals = (): DayTotals => ({
  taken: 0,
  skipped: 0,
  snoozed: 0,
  natural: 0,
  missed: 0,
  mindfulSeconds: 0,
});

/**
 * Mindful time of one break, in whole seconds: taken and natural breaks only,
 * each up to the cap. Rounded per break, so totals are sums of whole numbers
 * and stay exact however they are grouped.
 */
export function mindfulSeconds(entry: HistoryEntry): number {
  if (!isRested(entry.outcome)) return 0;
  return Math.round(Math.min(entry.endedAt - entry.startedAt, MINDFUL_CAP_MS) / 1000);
}

/** Adds one break to a day's totals, in place. */
function addToTotals(totals: DayTotals, entry: HistoryEntry): void {
  totals[entry.outcome] += 1;
  totals.mindfulSeconds += mindfulSeconds(entry);
}

/** Each local day's totals of these breaks (a break belongs to the day it ended). */
export function totalsByDay(entries: readonly HistoryEntry[]): Map<string, DayTotals> {
  const days = new Map<string, DayTotals>();
  const dayOf = dayKeyer();
  for (const entry of entries) {
    const day = dayOf(entry.endedAt);
    const totals = days.get(day) ?? noTotals();
    days.set(day, totals);
    addToTotals(totals, entry);
  }
  return days;
}

/**
 * A break folded: its id, times and outcome, without the insight, exercise,
 * need, moods or note. It still counts in every statistic exactly as before
 * (the same day, outcome and mindful seconds), and its id still tells an
 * import that it is already here.
 */
export function fold(entry: HistoryEntry): HistoryEntry {
  const { id, startedAt, endedAt, outcome } = entry;
  return { id, startedAt, endedAt, outcome };
}

/** True when a break carries nothing beyond what folding keeps. */
export const isFolded = (entry: HistoryEntry): boolean => Object.keys(entry).length === 4;
