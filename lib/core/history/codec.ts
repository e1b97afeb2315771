import { isRecord } from '@/lib/core/guards';
import { OUTCOMES } from '@/lib/core/vocabulary';
import { isDay } from './dates';
import { parseHistoryEntry } from './parse';
import { DAY_TOTAL_FIELDS, type DayTotals, type HistoryEntry, type HistoryStore } from './types';

/*
 * History's stored form (version 2), compact so ten years of heavy use stay
 * well under 1 MB of storage:
 *
 *   { entries: [[startedAt, durationMs, outcome, insightId, exerciseId, need,
 *                moodBefore, moodAfter, note, id], ...],
 *     days: { 'YYYY-MM-DD': [taken, skipped, snoozed, natural, mindfulSeconds] } }
 *
 * Times stay in ms, so a break reads back exactly as recorded. Empty fields
 * are '' or 0 and dropped at the end of a row. The id is stored only when it
 * is not String(startedAt), which every break the app records uses. An
 * outcome is stored as its index in OUTCOMES, a day's totals in the order of
 * DAY_TOTAL_FIELDS.
 */

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function encodeEntry(entry: HistoryEntry): unknown[] {
  const row: unknown[] = [
    entry.startedAt,
    entry.endedAt - entry.startedAt,
    OUTCOMES.indexOf(entry.outcome),
    entry.insightId ?? '',
    entry.exerciseId ?? '',
    entry.need ?? '',
    entry.moodBefore ?? 0,
    entry.moodAfter ?? 0,
    entry.note ?? '',
    entry.id === String(entry.startedAt) ? '' : entry.id,
  ];
  while (row.length > 3 && !row.at(-1)) row.pop();
  return row;
}

/** One stored row as an entry, checked field by field like any stored entry; null when it is not one. */
function decodeEntry(row: unknown): HistoryEntry | null {
  if (!Array.isArray(row)) return null;
  const [startedAt, duration, code, insightId, exerciseId, need, moodBefore, moodAfter, note, id] = row;
  if (typeof startedAt !== 'number' || typeof duration !== 'number' || !Number.isInteger(code)) return null;
  const outcome = OUTCOMES[code as number];
  if (!outcome) return null;
  const ifSet = (value: unknown) => (value === '' || value === 0 ? undefined : value);
  return parseHistoryEntry({
    id: ifSet(id) ?? String(startedAt),
    startedAt,
    endedAt: startedAt + duration,
    outcome,
    insightId: ifSet(insightId),
    exerciseId: ifSet(exerciseId),
    need: ifSet(need),
    moodBefore: ifSet(moodBefore),
    moodAfter: ifSet(moodAfter),
    note: ifSet(note),
  });
}

function decodeTotals(raw: unknown): DayTotals | null {
  if (!Array.isArray(raw) || raw.length !== DAY_TOTAL_FIELDS.length || !raw.every(isCount)) return null;
  const [taken, skipped, snoozed, natural, mindfulSeconds] = raw as number[];
  return { taken, skipped, snoozed, natural, mindfulSeconds } as DayTotals;
}

/** History in its stored form. */
export function encodeHistory(store: HistoryStore): unknown {
  const days: Record<string, number[]> = {};
  for (const [day, totals] of Object.entries(store.days)) days[day] = DAY_TOTAL_FIELDS.map((field) => totals[field]);
  return { entries: store.entries.map(encodeEntry), days };
}

/**
 * History from its stored form: every valid entry and day kept, in order,
 * anything else dropped. Never throws, whatever is stored.
 */
export function decodeHistory(raw: unknown): HistoryStore {
  if (!isRecord(raw)) return { entries: [], days: {} };
  const rows = Array.isArray(raw.entries) ? raw.entries : [];
  const entries = rows.map(decodeEntry).filter((entry): entry is HistoryEntry => entry !== null);
  const days: Record<string, DayTotals> = {};
  if (isRecord(raw.days)) {
    for (const [day, stored] of Object.entries(raw.days)) {
      const totals = isDay(day) ? decodeTotals(stored) : null;
      if (totals) days[day] = totals;
    }
  }
  return { entries, days };
}
