import { NEEDS } from '@/content/types';
import { isRecord } from '@/lib/core/guards';
import { OUTCOMES } from '@/lib/core/vocabulary';
import { parseHistoryEntry } from './parse';
import type { HistoryEntry } from './types';

/*
 * One month of history as storage keeps it (history version 3). Each local
 * month is a storage item of its own, so recording a break rewrites one
 * month, not ten years. Compact, so ten years of heavy use stay under 1 MB:
 *
 *   { from: 1764543600000,                  the earliest start in the month
 *     ids: ['trust-pace', 'box-breathing'], the library ids its rows use
 *     rows: [[startOffset, durationMs, outcome, insight, exercise, need,
 *             moodBefore, moodAfter, note, id], ...],
 *     packed: '3ZqK.2Tw+1xLm.9c-...' }
 *
 * A row's outcome is its index in OUTCOMES; insight and exercise are indexes
 * into `ids`, plus one (0 is none); empty fields are '' or 0 and dropped at
 * the end of a row; the id is stored only when it is not String(startedAt).
 * `packed` holds the breaks that carry nothing but times and an outcome
 * (natural breaks, and every break once folded), the bulk of a long history:
 * each is the start's distance from the previous one (the first from `from`),
 * '.', the duration, both in ms in base 62, then one mark for the outcome.
 * Times stay in ms, so every break reads back exactly as recorded. This
 * file reads the form; month-encode.ts writes it (the popup only reads).
 */

export interface StoredMonth {
  from: number;
  ids?: string[];
  rows?: unknown[][];
  packed?: string;
}

export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** One mark per outcome, in OUTCOMES' order: taken, skipped, snoozed, natural, missed. */
export const MARKS = '+-*!?';
const PACKED = /([0-9a-zA-Z]+)\.([0-9a-zA-Z]+)([+\-*!?])/g;

function fromBase62(text: string): number {
  let n = 0;
  for (const char of text) n = n * 62 + DIGITS.indexOf(char);
  return n;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local month a time falls in, as 'YYYY-MM': a break belongs to the month it ended. */
export function monthOf(time: number): string {
  const date = new Date(time);
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}`;
}

/** Oldest first by end, then start, then id: one order for every store, so equal histories compare equal. */
export function byEnd(a: HistoryEntry, b: HistoryEntry): number {
  return a.endedAt - b.endedAt || a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One stored row as a break, checked like any stored break; null when it is not one. */
function decodeRow(row: unknown, from: number, ids: readonly unknown[]): HistoryEntry | null {
  if (!Array.isArray(row)) return null;
  const [offset, duration, code, insight, exercise, need, moodBefore, moodAfter, note, id] = row;
  if (typeof offset !== 'number' || typeof duration !== 'number' || !Number.isInteger(code)) return null;
  const startedAt = from + offset;
  const ifSet = (value: unknown) => (value === '' || value === 0 ? undefined : value);
  // Version 2 wrote library ids themselves, where version 3 writes their index in `ids`.
  const libraryId = (index: unknown) => (Number.isInteger(index) ? ids[(index as number) - 1] : index || undefined);
  return parseHistoryEntry({
    id: ifSet(id) ?? String(startedAt),
    startedAt,
    endedAt: startedAt + duration,
    outcome: OUTCOMES[code as number],
    insightId: libraryId(insight),
    exerciseId: libraryId(exercise),
    need: NEEDS.find((word) => word === need),
    moodBefore: ifSet(moodBefore),
    moodAfter: ifSet(moodAfter),
    note: ifSet(note),
  });
}

/**
 * A month's breaks from their stored form, oldest first by end: every valid
 * break kept, anything else dropped, never a throw, whatever is stored.
 */
export function decodeMonth(raw: unknown): HistoryEntry[] {
  if (!isRecord(raw) || !Number.isSafeInteger(raw.from)) return [];
  const from = raw.from as number;
  const ids = Array.isArray(raw.ids) ? raw.ids : [];
  const entries: HistoryEntry[] = [];
  if (Array.isArray(raw.rows)) {
    for (const row of raw.rows) {
      const entry = decodeRow(row, from, ids);
      if (entry) entries.push(entry);
    }
  }
  if (typeof raw.packed === 'string') {
    let start = from;
    for (const [, delta, duration, mark] of raw.packed.matchAll(PACKED)) {
      start += fromBase62(delta as string);
      const entry = parseHistoryEntry({
        id: String(start),
        startedAt: start,
        endedAt: start + fromBase62(duration as string),
        outcome: OUTCOMES[MARKS.indexOf(mark as string)],
      });
      if (entry) entries.push(entry);
    }
  }
  const seen = new Set<string>();
  return entries.sort(byEnd).filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}
