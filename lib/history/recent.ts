import type { HistoryEntry } from '@/lib/schedule/types';
import { startOfLocalDay } from './dates';

/** Breaks taken (not snoozed or skipped) since local midnight. */
export function countTakenToday(history: readonly HistoryEntry[], now: number): number {
  const start = startOfLocalDay(now);
  return history.filter((entry) => entry.outcome === 'taken' && entry.endedAt >= start && entry.endedAt <= now).length;
}

/** The newest entries first, at most `limit` of them. */
export function recentEntries(history: readonly HistoryEntry[], limit: number): HistoryEntry[] {
  return [...history].sort((a, b) => b.endedAt - a.endedAt).slice(0, limit);
}
