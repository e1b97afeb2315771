import { browser } from 'wxt/browser';
import { legacyHistory } from '@/lib/core/history/legacy';
import { byEnd } from '@/lib/core/history/month';
import type { HistoryEntry, HistoryStore, RecentHistory } from '@/lib/core/history/types';
import {
  HISTORY_INDEX as INDEX,
  type HistoryIndex as Index,
  readIndex,
  readMonths,
  HISTORY_VERSION as VERSION,
} from './history-months';
import { readSummaries, summarizedMonths } from './history-summary';
import { storedVersion } from './typed-item';

/*
 * Reading history (see ./history.ts for how it is kept): apart from the
 * writers, so a page that only shows history (progress, the list) loads no
 * code that writes, folds or migrates it.
 */

/** What 'history' holds: this version's index, an older version's history, or a newer version's. */
type Found = { kind: 'index'; index: Index } | { kind: 'legacy'; entries: HistoryEntry[] } | { kind: 'newer' };

export async function find(): Promise<Found> {
  const stored = (await browser.storage.local.get(INDEX))[INDEX];
  const index = readIndex(stored);
  if (index) return { kind: 'index', index };
  const version = storedVersion(stored) ?? 0;
  if (version > VERSION) return { kind: 'newer' };
  return { kind: 'legacy', entries: legacyHistory(version, (stored as { data: unknown }).data) };
}

/** Every break, oldest first by end; an older version's history is read as it is, a newer one's as none. */
export async function readHistory(): Promise<HistoryStore> {
  const found = await find();
  if (found.kind === 'newer') return { entries: [] };
  if (found.kind === 'legacy') return { entries: found.entries.sort(byEnd) };
  const months = await readMonths(Object.keys(found.index).sort());
  return { entries: [...months.values()].flat() };
}

/**
 * History as progress reads it: the breaks of the months kept in full, and
 * the daily totals of the folded ones, without reading years of breaks.
 */
export async function readRecentHistory(): Promise<RecentHistory> {
  const found = await find();
  if (found.kind !== 'index') return { ...(await readHistory()), summaries: [], olderMonths: 0 };
  const summarized = summarizedMonths(found.index);
  const stored = await readSummaries();
  // A month without its summary (a damaged cache) is read itself.
  const read = Object.keys(found.index).filter((month) => !stored.has(month) || !summarized.includes(month));
  const months = await readMonths(read.sort());
  return {
    entries: [...months.values()].flat(),
    summaries: summarized.flatMap((month) => stored.get(month) ?? []),
    olderMonths: summarized.length,
  };
}
