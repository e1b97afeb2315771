import { isRecord } from '@/lib/core/guards';
import { totalsByDay } from './fold';
import { DAY_TOTAL_FIELDS, type DayTotals, type HistoryEntry } from './types';

/*
 * What progress needs of a month, without its breaks: each day's totals, and
 * the mood changes around each exercise (kept only while the breaks still
 * have their moods, that is, until the month folds). Storage keeps one for
 * every month but the latest two, so years of history open as fast as one.
 */

export interface MonthSummary {
  days: Record<string, DayTotals>;
  /** By exercise id: the sum of mood changes (after minus before) and how many check-ins. */
  moods: Record<string, { sum: number; count: number }>;
}

/** A month's summary, from its breaks. */
export function summarizeMonth(entries: readonly HistoryEntry[]): MonthSummary {
  const moods: MonthSummary['moods'] = {};
  for (const { exerciseId, moodBefore, moodAfter } of entries) {
    if (!exerciseId || !moodBefore || !moodAfter) continue;
    const seen = moods[exerciseId] ?? { sum: 0, count: 0 };
    moods[exerciseId] = { sum: seen.sum + moodAfter - moodBefore, count: seen.count + 1 };
  }
  return { days: Object.fromEntries(totalsByDay(entries)), moods };
}

/*
 * Stored, a month's days are one string: a slot a day of the month, each
 * slot the day's totals in DAY_TOTAL_FIELDS' order as base-36 numbers
 * joined by '.', slots joined by ',' (an empty slot: no breaks that day).
 * Ten years of summaries are then about 60 KB, quick to read.
 */

/** A summary in its stored form: days as that string, moods as [sum, count] by exercise id. */
export function encodeSummary({ days, moods }: MonthSummary): unknown {
  const slots: string[] = [];
  for (const [day, totals] of Object.entries(days)) {
    slots[Number(day.slice(8, 10)) - 1] = DAY_TOTAL_FIELDS.map((field) => totals[field].toString(36)).join('.');
  }
  return {
    d: Array.from(slots, (slot) => slot ?? '').join(','),
    m: Object.fromEntries(Object.entries(moods).map(([id, { sum, count }]) => [id, [sum, count]])),
  };
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** A stored summary of `month` ('YYYY-MM') read back; null when it is not one (the month is then read itself). */
export function decodeSummary(month: string, raw: unknown): MonthSummary | null {
  if (!isRecord(raw) || typeof raw.d !== 'string' || !isRecord(raw.m)) return null;
  const days: MonthSummary['days'] = {};
  const slots = raw.d.split(',');
  if (slots.length > 31) return null;
  for (const [i, slot] of slots.entries()) {
    if (slot === '') continue;
    const numbers = slot.split('.').map((n) => (/^[0-9a-z]{1,11}$/.test(n) ? Number.parseInt(n, 36) : Number.NaN));
    if (numbers.length !== DAY_TOTAL_FIELDS.length || !numbers.every(isCount)) return null;
    const day = `${month}-${String(i + 1).padStart(2, '0')}`;
    days[day] = Object.fromEntries(DAY_TOTAL_FIELDS.map((field, f) => [field, numbers[f]])) as DayTotals;
  }
  const moods: MonthSummary['moods'] = {};
  for (const [id, pair] of Object.entries(raw.m)) {
    if (!Array.isArray(pair) || !Number.isSafeInteger(pair[0]) || !isCount(pair[1])) return null;
    moods[id] = { sum: pair[0] as number, count: pair[1] as number };
  }
  return { days, moods };
}
