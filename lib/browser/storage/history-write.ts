import { browser } from 'wxt/browser';
import { fold } from '@/lib/core/history/fold';
import { encodeMonth } from '@/lib/core/history/month-encode';
import { byMonth, monthFolds } from '@/lib/core/history/months';
import type { HistoryEntry } from '@/lib/core/history/types';
import {
  HISTORY_INDEX as INDEX,
  type HistoryIndex as Index,
  monthKey,
  readMonths,
  HISTORY_VERSION as VERSION,
} from './history-months';
import { SUMMARY, summaryAfter } from './history-summary';

/*
 * Writing history's months (version 3, see ./history.ts), always under the
 * history lock, which the callers there hold.
 */

const envelope = (data: unknown) => ({ v: VERSION, data });

/**
 * Writes `months` (a month with no breaks is removed), with the summaries
 * they change (./history-summary.ts), then the index that lists them, then removes months
 * `removed`. The index is written last, so it lists only months that are
 * there; a write cut short between the steps leaves the old index (or, for a
 * migration, the old form) in charge.
 */
export async function writeMonths(
  index: Index,
  months: Map<string, HistoryEntry[]>,
  removed: readonly string[] = [],
  indexChanged = true,
) {
  const items: Record<string, unknown> = {};
  const gone = [...removed];
  for (const [month, entries] of months) {
    if (entries.length === 0) {
      delete index[month];
      gone.push(month);
    } else {
      items[monthKey(month)] = envelope(encodeMonth(entries));
    }
  }
  const summary = await summaryAfter(index, months, indexChanged || gone.length > 0);
  if (summary) items[SUMMARY] = summary;
  if (Object.keys(items).length > 0) await browser.storage.local.set(items);
  if (indexChanged || gone.length > 0) await browser.storage.local.set({ [INDEX]: envelope({ months: index }) });
  if (gone.length > 0) await browser.storage.local.remove(gone.map(monthKey));
}

/** Writes a whole history anew: every month, folded where due, and an index of exactly those. */
export async function writeAll(entries: readonly HistoryEntry[], now: number, before: Index, keepDays?: number) {
  const months = byMonth(entries, now, keepDays);
  const index: Index = {};
  for (const [month] of months) index[month] = monthFolds(month, now, keepDays) ? 'folded' : 'full';
  await writeMonths(
    index,
    months,
    Object.keys(before).filter((month) => !months.has(month)),
  );
}

/** Folds the months that are due at `keepDays` and were not yet, into `months` and `index`. */
export async function foldDue(index: Index, months: Map<string, HistoryEntry[]>, now: number, keepDays?: number) {
  const due = Object.keys(index).filter((month) => index[month] === 'full' && monthFolds(month, now, keepDays));
  const missing = due.filter((month) => !months.has(month));
  for (const [month, entries] of await readMonths(missing)) months.set(month, entries);
  for (const month of due) {
    months.set(month, (months.get(month) ?? []).map(fold));
    index[month] = 'folded';
  }
}
