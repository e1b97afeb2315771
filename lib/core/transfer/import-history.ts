import { NEEDS } from '@/content/types';
import { isId, isRecord, memberOf } from '@/lib/core/guards';
import { isDay } from '@/lib/core/history/dates';
import { MINDFUL_CAP_MS } from '@/lib/core/history/fold';
import { breaksFromTotals, LEGACY_TOTAL_FIELDS, MAX_DAY_COUNT } from '@/lib/core/history/legacy';
import { type MicroDay, type MicroTally, parseMicroDay } from '@/lib/core/history/micro-tally';
import { byEnd } from '@/lib/core/history/month';
import { breakCore, parseMood } from '@/lib/core/history/parse';
import type { HistoryEntry, HistoryStore } from '@/lib/core/history/types';
import { isCleanText } from '@/lib/core/text';
import { MAX_HISTORY_ENTRIES, NOTE_LIMIT, SECOND } from '@/lib/core/vocabulary';
import { fail, type ImportError, readFile } from './file';

/*
 * A history file read back. Version 2 (this version's export) is a list of
 * breaks, and since micro-breaks their counts by day; version 1 also had day totals for breaks older than a year, which
 * become folded breaks here, as they do when version 2's stored history is
 * migrated.
 */

export const HISTORY_FILE_VERSION = 2;

export type HistoryImport = { ok: true; store: HistoryStore; micro: MicroTally } | ImportError;

/** The file's micro-breaks by day, checked whole: any bad day refuses the file. */
function validMicro(raw: unknown): { ok: true; micro: MicroTally } | ImportError {
  if (raw === undefined) return { ok: true, micro: {} };
  if (!isRecord(raw)) return fail('importWrongKind');
  const days: Record<string, MicroDay> = {};
  for (const day of Object.keys(raw).sort()) {
    const counts = isDay(day) ? parseMicroDay(raw[day]) : null;
    if (!counts) return fail('importBadDay', [day.slice(0, 20)]);
    days[day] = counts;
  }
  return { ok: true, micro: days };
}

/** Version 1's day totals checked strictly: whole counts, at most one break of a kind a minute. */
function validTotals(raw: unknown): Record<string, number> | null {
  if (!isRecord(raw)) return null;
  const valid = LEGACY_TOTAL_FIELDS.every((key) => {
    const value = raw[key];
    const most = key === 'mindfulSeconds' ? MAX_DAY_COUNT * (MINDFUL_CAP_MS / SECOND) : MAX_DAY_COUNT;
    return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= most;
  });
  return valid ? (raw as Record<string, number>) : null;
}

/** One imported break checked strictly: every field present must be valid; null otherwise. */
export function validateEntry(raw: unknown): HistoryEntry | null {
  if (!isRecord(raw)) return null;
  const entry = breakCore(raw);
  if (!entry) return null;
  const { insightId, exerciseId, need, moodBefore, moodAfter, note } = raw;
  if (insightId !== undefined || exerciseId !== undefined) {
    if (entry.outcome === 'natural' || !isId(insightId) || !isId(exerciseId)) return null;
    Object.assign(entry, { insightId, exerciseId });
  }
  const checked = { need: memberOf(NEEDS, need), moodBefore: parseMood(moodBefore), moodAfter: parseMood(moodAfter) };
  if ((need !== undefined && !checked.need) || (moodBefore !== undefined && !checked.moodBefore)) return null;
  if (moodAfter !== undefined && !checked.moodAfter) return null;
  if (checked.need) entry.need = checked.need;
  if (checked.moodBefore) entry.moodBefore = checked.moodBefore;
  if (checked.moodAfter) entry.moodAfter = checked.moodAfter;
  if (note !== undefined) {
    if (!isCleanText(note, NOTE_LIMIT)) return null;
    // Storage keeps no empty note, so neither does import.
    if (note !== '') entry.note = note;
  }
  return entry;
}

/**
 * A history file, checked whole: any bad break or day refuses the file. A
 * break that appears twice is kept once (the first). The result is in the
 * order storage keeps: oldest first by end.
 */
export function parseHistoryImport(text: string, bytes: number): HistoryImport {
  const read = readFile(text, bytes, 'history', [1, HISTORY_FILE_VERSION]);
  if (!read.ok) return read;
  const { entries: rawEntries, days: rawDays } = read.file;
  const withDays = read.version === 1;
  if (!Array.isArray(rawEntries) || (withDays && !isRecord(rawDays))) return fail('importWrongKind');
  if (rawEntries.length > MAX_HISTORY_ENTRIES) return fail('importTooMany', [String(MAX_HISTORY_ENTRIES)]);

  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: HistoryEntry) => {
    if (seen.has(entry.id)) return;
    seen.add(entry.id);
    entries.push(entry);
  };
  for (const [index, raw] of rawEntries.entries()) {
    const entry = validateEntry(raw);
    if (!entry) return fail('importBadEntry', [String(index + 1)]);
    add(entry);
  }
  if (withDays && isRecord(rawDays)) {
    for (const day of Object.keys(rawDays).sort()) {
      const totals = validTotals(rawDays[day]);
      if (!isDay(day) || !totals) return fail('importBadDay', [day.slice(0, 20)]);
      for (const entry of breaksFromTotals(day, totals)) add(entry);
      if (entries.length > MAX_HISTORY_ENTRIES) return fail('importTooMany', [String(MAX_HISTORY_ENTRIES)]);
    }
  }
  const micro = validMicro(read.file.microBreaks);
  if (!micro.ok) return micro;
  return { ok: true, store: { entries: entries.sort(byEnd) }, micro: micro.micro };
}
