import { NEEDS } from '@/content/types';
import { isRecord, isTime } from '@/lib/core/guards';
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
/** Each character's value as a base 62 digit; -1 for any other. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

/**
 * The breaks of a packed string, read character by character (the bulk of
 * ten years, so no regular expression and no object per field): each is
 * digits, '.', digits, a mark. A piece that is not one is passed over, up to
 * the next mark.
 */
function unpack(packed: string, from: number, into: HistoryEntry[]): void {
  let start = from;
  let number = 0;
  let delta = -1;
  let digits = 0;
  let broken = false;
  for (let i = 0; i < packed.length; i++) {
    const code = packed.charCodeAt(i);
    const digit = code < 128 ? (DIGIT_VALUE[code] ?? -1) : -1;
    if (digit >= 0) {
      number = number * 62 + digit;
      digits++;
    } else if (code === 46 && delta < 0 && digits > 0) {
      delta = number;
      number = 0;
      digits = 0;
    } else {
      const outcome = OUTCOMES[MARKS.indexOf(packed[i] as string)];
      if (outcome && delta >= 0 && digits > 0 && !broken) {
        start += delta;
        const endedAt = start + number;
        // Checked here directly (times, outcome), not field by field: the id is the start time itself.
        if (isTime(start) && isTime(endedAt)) into.push({ id: String(start), startedAt: start, endedAt, outcome });
      }
      // A mark ends a break, good or not; anything else breaks the one it is in.
      broken = !outcome;
      if (outcome) [number, delta, digits] = [0, -1, 0];
    }
  }
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
  // Each break once, the first kept: a repeat is only ever damage, and rare, so it is looked
  // for cheaply (a Set of ten thousand ids as text costs more than all the rest of reading).
  const rows: HistoryEntry[] = [];
  const rowIds = new Set<string>();
  for (const row of Array.isArray(raw.rows) ? raw.rows : []) {
    const entry = decodeRow(row, from, ids);
    if (entry && !rowIds.has(entry.id)) {
      rows.push(entry);
      rowIds.add(entry.id);
    }
  }
  const packed: HistoryEntry[] = [];
  if (typeof raw.packed === 'string') unpack(raw.packed, from, packed);
  // Packed breaks come in start order and their id is their start: a repeat stands next to its twin.
  const rowStarts = new Set(
    rows.filter((entry) => entry.id === String(entry.startedAt)).map((entry) => entry.startedAt),
  );
  const fresh = packed.filter(
    (entry, i) => entry.startedAt !== packed[i - 1]?.startedAt && !rowStarts.has(entry.startedAt),
  );
  return rows.concat(fresh).sort(byEnd);
}
