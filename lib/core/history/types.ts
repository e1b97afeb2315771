import type { Need } from '@/content/types';
import { type Mood, OUTCOMES, type Outcome } from '@/lib/core/vocabulary';
import type { MonthSummary } from './summary';

/**
 * One break in history. A break the app records has its insight and exercise
 * (a natural break has none); a break older than a year keeps only its id,
 * times and outcome (see fold.ts), so it still counts, exactly, everywhere.
 */
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

/** History as the app holds it: every break, oldest first by the time it ended. */
export interface HistoryStore {
  entries: HistoryEntry[];
}

/**
 * History as progress reads it, quickly: the breaks of the latest two months,
 * and only the summaries of the months before them (lib/core/history/summary.ts).
 * `olderMonths` says how many months were not read.
 */
export interface RecentHistory extends HistoryStore {
  summaries: readonly MonthSummary[];
  olderMonths: number;
}

/** No history yet. Shared: never change it in place. */
export const EMPTY_HISTORY: HistoryStore = { entries: [] };

/**
 * What one local day adds up to, for statistics: how many breaks ended each
 * way, and mindfulSeconds, the whole seconds of taken and natural breaks
 * (each counted up to two hours).
 */
export const DAY_TOTAL_FIELDS = [...OUTCOMES, 'mindfulSeconds'] as const;
export type DayTotals = Record<(typeof DAY_TOTAL_FIELDS)[number], number>;

/**
 * Something about storage the person should know: `folded` when storage was
 * nearly full and the details of older breaks went sooner than usual; `full`
 * when even that was not enough and a break could not be saved.
 */
export interface StorageNotice {
  at: number;
  kind: StorageNoticeKind;
}

/** The kinds of storage notice, in one list for the type and the stored item's parser. */
export const STORAGE_NOTICE_KINDS = ['folded', 'full'] as const;
export type StorageNoticeKind = (typeof STORAGE_NOTICE_KINDS)[number];
