import { isRecord } from '@/lib/core/guards';
import { decodeMonth, monthOf } from '@/lib/core/history/month';
import type { HistoryEntry } from '@/lib/core/history/types';
import { storedVersion } from './typed-item';

/*
 * Reading history's months (version 3, see ./history.ts): all the popup
 * needs for today's count (loaded once it has painted), apart from the
 * writers and the migration that only the background and the options page
 * carry.
 */

import { HISTORY_INDEX, HISTORY_VERSION } from './history-watch';

export { HISTORY_INDEX, HISTORY_VERSION };
export const monthKey = (month: string) => `${HISTORY_INDEX}:${month}`;

/** Each month of history and whether its breaks are folded. */
export type HistoryIndex = Record<string, 'full' | 'folded'>;

/** This version's index, read from what 'history' holds; null when it holds an older or newer version's history. */
export function readIndex(stored: unknown): HistoryIndex | null {
  const version = storedVersion(stored);
  if (version === null) return {};
  if (version !== HISTORY_VERSION) return null;
  const data = (stored as { data: unknown }).data;
  const index: HistoryIndex = {};
  const months = isRecord(data) && isRecord(data.months) ? data.months : {};
  for (const [month, state] of Object.entries(months)) {
    if (/^\d{4}-\d{2}$/.test(month) && (state === 'full' || state === 'folded')) index[month] = state;
  }
  return index;
}

/** A month item's data; a month item of another version reads as nothing. */
const unwrapMonth = (stored: unknown) =>
  storedVersion(stored) === HISTORY_VERSION ? (stored as { data: unknown }).data : null;

/** The breaks of each month named, oldest first within each. */
export async function readMonths(months: readonly string[]): Promise<Map<string, HistoryEntry[]>> {
  if (months.length === 0) return new Map();
  const stored = await browser.storage.local.get(months.map(monthKey));
  return new Map(months.map((month) => [month, decodeMonth(unwrapMonth(stored[monthKey(month)]))]));
}

/**
 * The breaks that ended in the local month of `time`: enough for today's
 * count, and quick. Before the background has moved an older version's
 * history (it does so when installed or updated), none.
 */
export async function readHistoryMonth(time: number): Promise<HistoryEntry[]> {
  const month = monthOf(time);
  return (await readMonths([month])).get(month) ?? [];
}
