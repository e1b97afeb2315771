import { NEEDS } from '@/content/types';
import { isRecord, type Loose, memberOf } from '@/lib/core/guards';
import { MOODS, type Mood, NOTE_LIMIT, OUTCOMES } from '@/lib/core/vocabulary';
import type { HistoryEntry } from './types';

/*
 * Stored history can be anything: an older version, a hand edit, a half-written
 * write. These parsers keep every entry that is valid and drop the rest, so a
 * page never crashes and no good break is thrown away.
 */

/** A stored time: a finite, non-negative number of ms. */
export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
/** A stored id: 1 to 100 characters. */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;

/** A mood on the 1-5 scale, or undefined. */
export const parseMood = (raw: unknown): Mood | undefined => memberOf(MOODS, raw);

/** Copies the optional need, check-ins and note onto an entry, only those that are valid. */
function withNotes(entry: HistoryEntry, raw: Loose): HistoryEntry {
  const need = memberOf(NEEDS, raw.need);
  const moodBefore = parseMood(raw.moodBefore);
  const moodAfter = parseMood(raw.moodAfter);
  const note = typeof raw.note === 'string' ? raw.note.slice(0, NOTE_LIMIT) : '';
  return {
    ...entry,
    ...(need && { need }),
    ...(moodBefore && { moodBefore }),
    ...(moodAfter && { moodAfter }),
    ...(note && { note }),
  };
}

/** One history entry, or null when it is not one. */
export function parseHistoryEntry(raw: unknown): HistoryEntry | null {
  if (!isRecord(raw)) return null;
  const { id, startedAt, endedAt, insightId, exerciseId } = raw;
  const outcome = memberOf(OUTCOMES, raw.outcome);
  if (!isText(id) || !isTime(startedAt) || !isTime(endedAt) || endedAt < startedAt || !outcome) return null;
  const entry: HistoryEntry = { id, startedAt, endedAt, outcome };
  // A natural break has no content; every other break has both ids.
  if (outcome !== 'natural') {
    if (!isText(insightId) || !isText(exerciseId)) return null;
    Object.assign(entry, { insightId, exerciseId });
  }
  return withNotes(entry, raw);
}

/** History from storage (version 1, a plain list): every valid entry kept, in order; anything else dropped. */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(parseHistoryEntry).filter((entry): entry is HistoryEntry => entry !== null);
}
