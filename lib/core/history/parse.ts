import { NEEDS } from '@/content/types';
import { isId, isRecord, isTime, type Loose, memberOf } from '@/lib/core/guards';
import { cleanNote } from '@/lib/core/text';
import { MOODS, type Mood, OUTCOMES } from '@/lib/core/vocabulary';
import type { HistoryEntry } from './types';

/*
 * A stored break read back: whatever is valid is kept (a hand edit or a
 * half-written value must not cost a good break), whatever is not is
 * dropped. Import reads a break strictly with the same rules and bounds
 * (core() here, validateEntry in lib/core/transfer/import-history.ts): both
 * accept every break the app can record, and nothing the app could not show.
 */

/** A mood on the 1-5 scale, or undefined. */
export const parseMood = (raw: unknown): Mood | undefined => memberOf(MOODS, raw);

/** The fields every break has: null when any is missing or impossible. */
export function breakCore(raw: Loose): HistoryEntry | null {
  const { id, startedAt, endedAt } = raw;
  const outcome = memberOf(OUTCOMES, raw.outcome);
  if (!isId(id) || !isTime(startedAt) || !isTime(endedAt) || endedAt < startedAt || !outcome) return null;
  return { id, startedAt, endedAt, outcome };
}

/** One stored break, keeping every valid detail and dropping the rest; null when it is not a break. */
export function parseHistoryEntry(raw: unknown): HistoryEntry | null {
  if (!isRecord(raw)) return null;
  const entry = breakCore(raw);
  if (!entry) return null;
  // Content ids come as a pair, and a natural break (time away) has none.
  if (entry.outcome !== 'natural' && isId(raw.insightId) && isId(raw.exerciseId)) {
    entry.insightId = raw.insightId;
    entry.exerciseId = raw.exerciseId;
  }
  const need = memberOf(NEEDS, raw.need);
  if (need) entry.need = need;
  const moodBefore = parseMood(raw.moodBefore);
  if (moodBefore) entry.moodBefore = moodBefore;
  const moodAfter = parseMood(raw.moodAfter);
  if (moodAfter) entry.moodAfter = moodAfter;
  const note = typeof raw.note === 'string' ? cleanNote(raw.note) : '';
  if (note) entry.note = note;
  return entry;
}

/** History as version 1 stored it, a plain list: every valid break kept, in order. */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(parseHistoryEntry).filter((entry): entry is HistoryEntry => entry !== null);
}
