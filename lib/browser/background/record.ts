import { addToHistory, type RecordResult } from '@/lib/browser/storage/history';
import { storageNoticeItem } from '@/lib/browser/storage/items';
import { NewerVersionError } from '@/lib/browser/storage/typed-item';
import type { HistoryEntry, StorageNotice } from '@/lib/core/history/types';

/** Leaves the options page a notice about storage. */
function notice(kind: StorageNotice['kind'], now: number): Promise<unknown> {
  return storageNoticeItem.update(() => ({ at: now, kind }));
}

/**
 * Adds a finished break to history, once, and keeps the storage notice
 * true: `folded` when older detail had to go to make room, `full` when even
 * that did not fit; a `full` notice goes once a break is recorded again.
 * Throws when the break could not be recorded (storage full, or history
 * saved by a newer version, which the options page tells by itself), so
 * whoever asked is told.
 */
export async function recordBreak(entry: HistoryEntry, now: number): Promise<void> {
  let result: RecordResult;
  try {
    result = await addToHistory(entry, now);
  } catch (error) {
    // Saying so may fail as well (storage full): the error itself still reaches the page.
    if (!(error instanceof NewerVersionError)) await notice('full', now).catch(() => {});
    throw error;
  }
  if (result === 'madeRoom') return void (await notice('folded', now));
  const old = await storageNoticeItem.get();
  if (old?.kind === 'full') await storageNoticeItem.update((current) => (current?.kind === 'full' ? null : current));
}
