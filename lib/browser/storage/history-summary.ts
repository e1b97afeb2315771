import { browser } from 'wxt/browser';
import { isRecord } from '@/lib/core/guards';
import { decodeSummary, encodeSummary, type MonthSummary, summarizeMonth } from '@/lib/core/history/summary';
import type { HistoryEntry } from '@/lib/core/history/types';
import { HISTORY_INDEX, HISTORY_VERSION, type HistoryIndex, readMonths } from './history-months';
import { storedVersion } from './typed-item';

/*
 * The summaries of every month but the latest two (lib/core/history/summary.ts),
 * in one item beside the months ('history:summary'). A cache: written in the
 * same storage call as the months it sums, and read only for the months the
 * index says it holds, so a write cut short never counts a month twice.
 */

export const SUMMARY = `${HISTORY_INDEX}:summary`;

/** The months whose summary stands in for their breaks: all but the latest two the index lists. */
export function summarizedMonths(index: HistoryIndex): string[] {
  return Object.keys(index).sort().slice(0, -2);
}

/** Every stored summary that is one, by month. */
export async function readSummaries(): Promise<Map<string, MonthSummary>> {
  const stored = (await browser.storage.local.get(SUMMARY))[SUMMARY];
  const data = storedVersion(stored) === HISTORY_VERSION ? (stored as { data: unknown }).data : null;
  const summaries = new Map<string, MonthSummary>();
  for (const [month, raw] of Object.entries(isRecord(data) ? data : {})) {
    const summary = decodeSummary(month, raw);
    if (summary) summaries.set(month, summary);
  }
  return summaries;
}

/**
 * The summary item to write with `written` months under `index`, or null
 * when nothing it holds changes: each summarized month's summary from its
 * breaks (read here for a month that newly left the latest two), and none
 * for a month that is not summarized (any more). Works on the stored form,
 * so the background never decodes the summaries it keeps.
 */
export async function summaryAfter(index: HistoryIndex, written: Map<string, HistoryEntry[]>, indexChanged: boolean) {
  const summarized = summarizedMonths(index);
  if (!indexChanged && !summarized.some((month) => written.has(month))) return null;
  const stored = (await browser.storage.local.get(SUMMARY))[SUMMARY];
  const old = storedVersion(stored) === HISTORY_VERSION ? (stored as { data: unknown }).data : null;
  const data: Record<string, unknown> = {};
  for (const month of summarized) if (isRecord(old) && Object.hasOwn(old, month)) data[month] = old[month];
  const missing = summarized.filter((month) => !written.has(month) && !Object.hasOwn(data, month));
  for (const [month, entries] of [...written, ...(await readMonths(missing))]) {
    if (summarized.includes(month)) data[month] = encodeSummary(summarizeMonth(entries));
  }
  return { v: HISTORY_VERSION, data };
}
