import { OUTCOMES } from '@/lib/core/vocabulary';
import { isFolded } from './fold';
import { byEnd, DIGITS, MARKS, type StoredMonth } from './month';
import type { HistoryEntry } from './types';

/* Writes one month of history in the stored form that month.ts describes and reads. */

function toBase62(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = DIGITS[rest % 62] + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out;
}

/** True for a break the packed form can hold: nothing but times and an outcome, and the usual id. */
const packable = (entry: HistoryEntry) => isFolded(entry) && entry.id === String(entry.startedAt);

/** One month's breaks in their stored form. */
export function encodeMonth(entries: readonly HistoryEntry[]): StoredMonth {
  const from = Math.min(...entries.map((entry) => entry.startedAt));
  const ids: string[] = [];
  const idIndex = (id: string | undefined) => {
    if (id === undefined) return 0;
    if (!ids.includes(id)) ids.push(id);
    return ids.indexOf(id) + 1;
  };
  const rows: unknown[][] = [];
  let packed = '';
  let last = from;
  for (const entry of [...entries].sort((a, b) => a.startedAt - b.startedAt || byEnd(a, b))) {
    const duration = entry.endedAt - entry.startedAt;
    if (packable(entry)) {
      packed += `${toBase62(entry.startedAt - last)}.${toBase62(duration)}${MARKS[OUTCOMES.indexOf(entry.outcome)]}`;
      last = entry.startedAt;
      continue;
    }
    const row: unknown[] = [
      entry.startedAt - from,
      duration,
      OUTCOMES.indexOf(entry.outcome),
      idIndex(entry.insightId),
      idIndex(entry.exerciseId),
      entry.need ?? '',
      entry.moodBefore ?? 0,
      entry.moodAfter ?? 0,
      entry.note ?? '',
      entry.id === String(entry.startedAt) ? '' : entry.id,
    ];
    while (row.length > 3 && !row.at(-1)) row.pop();
    rows.push(row);
  }
  return { from, ...(ids.length > 0 && { ids }), ...(rows.length > 0 && { rows }), ...(packed && { packed }) };
}
