import { localDay, startOfDayAgo } from './dates';
import type { DayTotals, HistoryEntry, HistoryStore } from './types';

/** Breaks of the last year are kept in full; older ones become daily totals. */
export const KEEP_DAYS = 365;

/**
 * The most one break adds to mindful time: a natural break can be a whole
 * night away, and a night's sleep is not two hundred mindful minutes.
 */
export const MINDFUL_CAP_MS = 2 * 60 * 60 * 1000;

/** Totals of a day with no breaks. */
export const noTotals = (): DayTotals => ({ taken: 0, skipped: 0, snoozed: 0, natural: 0, mindfulSeconds: 0 });

/**
 * Mindful time of one break, in whole seconds: taken and natural breaks only,
 * each up to the cap. Rounded per break, so totals are sums of whole numbers
 * and stay exact however they are grouped.
 */
export function mindfulSeconds(entry: HistoryEntry): number {
  if (entry.outcome !== 'taken' && entry.outcome !== 'natural') return 0;
  return Math.round(Math.min(entry.endedAt - entry.startedAt, MINDFUL_CAP_MS) / 1000);
}

/** Adds one break to a day's totals, in place. */
export function addToTotals(totals: DayTotals, entry: HistoryEntry): void {
  totals[entry.outcome] += 1;
  totals.mindfulSeconds += mindfulSeconds(entry);
}

/**
 * Moves the breaks that ended before `cutoff` into the totals of their local
 * day (the day they ended), adding to totals already there. Nothing is
 * counted twice or lost: the same breaks are counted, only in less detail.
 * Returns the store itself when nothing is old enough.
 */
export function foldBefore(store: HistoryStore, cutoff: number): HistoryStore {
  const kept = store.entries.filter((entry) => entry.endedAt >= cutoff);
  if (kept.length === store.entries.length) return store;
  const days = { ...store.days };
  const copied = new Set<string>();
  for (const entry of store.entries) {
    if (entry.endedAt >= cutoff) continue;
    const day = localDay(entry.endedAt);
    // Copy a day's totals before the first change: the store given is never changed.
    if (!copied.has(day)) {
      days[day] = { ...(days[day] ?? noTotals()) };
      copied.add(day);
    }
    addToTotals(days[day] as DayTotals, entry);
  }
  return { entries: kept, days };
}

/** Folds every break older than the `keepDays` local days before today (today kept too). */
export function foldKeeping(store: HistoryStore, keepDays: number, now: number): HistoryStore {
  return foldBefore(store, startOfDayAgo(now, keepDays));
}

/** The everyday fold: breaks of the last KEEP_DAYS days stay in full. */
export function foldOld(store: HistoryStore, now: number): HistoryStore {
  return foldKeeping(store, KEEP_DAYS, now);
}
