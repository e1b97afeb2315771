import type { Need } from '@/content/types';
import { type Mood, OUTCOMES, type Outcome } from '@/lib/core/vocabulary';

/** One break in history. A natural break has no insight or exercise. */
export interface HistoryEntry {
  /** The break's start time in ms, as text: unique, since one break runs at a time. */
  id: string;
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
  insightId?: string;
  exerciseId?: string;
  need?: Need;
  moodBefore?: Mood;
  moodAfter?: Mood;
  note?: string;
}

/**
 * What one folded day adds up to: how many breaks ended each way, and
 * mindfulSeconds, the whole seconds of taken and natural breaks (each counted
 * up to two hours). The order is part of history's stored form.
 */
export const DAY_TOTAL_FIELDS = [...OUTCOMES, 'mindfulSeconds'] as const;
export type DayTotals = Record<(typeof DAY_TOTAL_FIELDS)[number], number>;

/**
 * History as the app holds it: recent breaks in full, older ones as per-day
 * totals, so it stays small for years and every statistic still adds up.
 */
export interface HistoryStore {
  /** Breaks kept in full (the last year, at least), oldest first. */
  entries: HistoryEntry[];
  /** Totals by local date ('YYYY-MM-DD'), only for breaks folded out of `entries`. */
  days: Record<string, DayTotals>;
}

/** No history yet. Shared: never change it in place. */
export const EMPTY_HISTORY: HistoryStore = { entries: [], days: {} };

/**
 * Something about storage the person should know: `folded` when storage was
 * nearly full and older breaks were folded into daily totals sooner than
 * usual; `full` when even that was not enough and a break could not be saved.
 */
export interface StorageNotice {
  at: number;
  kind: 'folded' | 'full';
}
