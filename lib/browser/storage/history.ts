import { fold } from '@/lib/core/history/fold';
import { byEnd, monthOf } from '@/lib/core/history/month';
import type { HistoryEntry, HistoryStore } from '@/lib/core/history/types';
import { HISTORY_INDEX as INDEX, type HistoryIndex as Index, readMonths } from './history-months';
import { find, readHistory } from './history-read';
import { foldDue, writeAll, writeMonths } from './history-write';
import { lockName, withLock } from './lock';
import { NewerVersionError } from './typed-item';

/*
 * History on this machine (storage.local), version 3: one item a local month
 * ('history:2026-11') in the compact form of lib/core/history/month.ts, and
 * an index under 'history' that lists the months and whether each is folded.
 * Recording a break rewrites one month, so it costs the same after ten years
 * as on the first day; every month but the latest two is summed up beside
 * them ('history:summary', ./history-summary.ts) so progress need not read them all.
 * Every write holds the history lock; a reader never sees half a write:
 * months are written before the index that lists them, and months no longer
 * listed are removed only after (./history-write.ts).
 *
 * Written by the background (a break ends) and by the options page (import,
 * clear). Versions 1 and 2 kept history in 'history' itself; the first access
 * migrates them, writing the months before the index that replaces them, so a
 * worker stopped in between loses nothing and the next access starts over.
 */

const LOCK = lockName('local', INDEX);

/** The index after bringing an older version's history up to this one; throws for a newer version's. */
async function currentIndex(now: number): Promise<Index> {
  const found = await find();
  if (found.kind === 'newer') throw new NewerVersionError(INDEX);
  if (found.kind === 'index') return found.index;
  await writeAll(found.entries, now, {});
  const after = await find();
  return after.kind === 'index' ? after.index : {};
}

/** How many days keep every detail when storage is too full to write, in turn: less and less. */
const KEEP_WHEN_FULL = [90, 30];

export type RecordResult = 'recorded' | 'already' | 'madeRoom';

/**
 * Adds one finished break to its month, once (a break already there, same
 * id, is not added again), and folds the months that have grown older than
 * a year. A write that fails, whatever the error says, is retried with older
 * detail folded first: 'madeRoom' says that happened. Throws when even that
 * fails, or when a newer version saved history.
 */
export function addToHistory(entry: HistoryEntry, now: number): Promise<RecordResult> {
  return withLock(LOCK, async () => {
    const index = await currentIndex(now);
    const target = monthOf(entry.endedAt);
    const around = [...new Set([monthOf(entry.startedAt), target])].filter((month) => month === target || index[month]);
    const months = await readMonths(around);
    if ([...months.values()].some((entries) => entries.some((old) => old.id === entry.id))) return 'already';
    const list = [...(months.get(target) ?? []), entry].sort(byEnd);
    const write = new Map([[target, index[target] === 'folded' ? list.map(fold) : list]]);
    const before = JSON.stringify(index);
    index[target] ??= 'full';
    await foldDue(index, write, now);
    for (let attempt = 0; ; attempt++) {
      try {
        await writeMonths(index, write, [], JSON.stringify(index) !== before);
        return attempt === 0 ? 'recorded' : 'madeRoom';
      } catch (error) {
        const keepDays = KEEP_WHEN_FULL[attempt];
        if (keepDays === undefined) throw error;
        await foldDue(index, write, now, keepDays);
      }
    }
  });
}

/**
 * Frees room when storage is full and something else must be written:
 * folds all but the last 30 days. True when there was anything to fold.
 */
export function makeRoomInHistory(now: number): Promise<boolean> {
  return withLock(LOCK, async () => {
    const index = await currentIndex(now);
    const months = new Map<string, HistoryEntry[]>();
    await foldDue(index, months, now, KEEP_WHEN_FULL.at(-1));
    if (months.size === 0) return false;
    await writeMonths(index, months);
    return true;
  });
}

/** Replaces the whole history with a change of it (import, clear), under the lock; returns what was written. */
export function updateHistory(change: (store: HistoryStore) => HistoryStore, now: number): Promise<HistoryStore> {
  return withLock(LOCK, async () => {
    const index = await currentIndex(now);
    const next = change(await readHistory());
    await writeAll(next.entries, now, index);
    return next;
  });
}

/** Brings an older version's history up to this one; the background calls it when installed or updated. */
export const migrateHistory = (now: number) => withLock(LOCK, () => currentIndex(now).then(() => undefined));

/**
 * Adds what the person said on the close screen (their mood, a line) to a
 * break already recorded: found by id in the months from its start to now
 * (it ended in one of them), and written back in that month only.
 */
export function amendInHistory(
  id: string,
  notes: Pick<HistoryEntry, 'moodAfter' | 'note'>,
  now: number,
): Promise<void> {
  return withLock(LOCK, async () => {
    const index = await currentIndex(now);
    const startedAt = Number(id);
    if (!Number.isSafeInteger(startedAt)) return;
    const months = Object.keys(index).filter((month) => month >= monthOf(startedAt) && month <= monthOf(now));
    for (const [month, entries] of await readMonths(months)) {
      const at = entries.findIndex((entry) => entry.id === id);
      if (at < 0) continue;
      const amended = entries.map((entry, i) => (i === at ? withNotes(entry, notes) : entry));
      await writeMonths(index, new Map([[month, index[month] === 'folded' ? amended.map(fold) : amended]]), [], false);
      return;
    }
  });
}

/** An entry with a new mood after and note: an empty note removes it. */
function withNotes(entry: HistoryEntry, { moodAfter, note }: Pick<HistoryEntry, 'moodAfter' | 'note'>): HistoryEntry {
  const { note: _old, ...rest } = entry;
  const next: HistoryEntry = { ...(note === undefined ? entry : rest), ...(moodAfter && { moodAfter }) };
  return note ? { ...next, note } : next;
}
