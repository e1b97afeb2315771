import type { ExerciseKind } from '@/content/types';
import { findExercise } from '@/lib/core/content/find';
import type { Outcome } from '@/lib/core/vocabulary';
import { dayKeyer } from './dates';
import type { HistoryEntry } from './types';

/** What the history list shows: one outcome or all, one kind of exercise or all, and notes holding some words. */
export interface HistoryFilter {
  outcome: Outcome | 'all';
  kind: ExerciseKind | 'all';
  /** Words to find in a break's note, in any case; blank finds every break, with a note or without. */
  search: string;
}

/** Every break. Shared: never change it in place. */
export const NO_FILTER: HistoryFilter = { outcome: 'all', kind: 'all', search: '' };

/**
 * Text with its case set aside, so a search finds a note however either was
 * written. Lower, upper, then lower again: lower case alone leaves "ß" and
 * "SS", or "µ" and "Μ", strangers. A final sigma is read as sigma, so a word's
 * end matches the same letters inside a word. Each character folds on its
 * own, so a piece of a note folds into a piece of the folded note.
 */
export function foldCase(text: string): string {
  return text.toLowerCase().toUpperCase().toLowerCase().replaceAll('ς', 'σ');
}

/** An exercise's kind by id: the library's, unless the page knows the person's own too. */
type KindOf = (exerciseId: string) => ExerciseKind | undefined;
const libraryKind: KindOf = (id) => findExercise(id)?.kind;

/** The breaks the filter lets through, newest first (history holds them oldest first). */
export function filterHistory(
  entries: readonly HistoryEntry[],
  filter: HistoryFilter,
  kindOf: KindOf = libraryKind,
): HistoryEntry[] {
  const { outcome, kind } = filter;
  const words = foldCase(filter.search.trim());
  const wanted = (entry: HistoryEntry) =>
    (outcome === 'all' || entry.outcome === outcome) &&
    (kind === 'all' || (entry.exerciseId !== undefined && kindOf(entry.exerciseId) === kind)) &&
    (words === '' || (entry.note !== undefined && foldCase(entry.note).includes(words)));
  return entries.filter(wanted).reverse();
}

/** The breaks of one local day, as 'YYYY-MM-DD', in the order given. */
export interface HistoryDay {
  day: string;
  entries: HistoryEntry[];
}

/** Breaks grouped by the local day they ended, each day where its first break came, its breaks in the order given. */
export function groupByDay(entries: readonly HistoryEntry[]): HistoryDay[] {
  const dayOf = dayKeyer();
  const days = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const day = dayOf(entry.endedAt);
    const group = days.get(day);
    if (group) group.push(entry);
    else days.set(day, [entry]);
  }
  return [...days].map(([day, group]) => ({ day, entries: group }));
}
