process.env.TZ = 'Europe/Berlin';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordBreak } from '@/lib/browser/background/record';
import {
  addToHistory,
  amendInHistory,
  makeRoomInHistory,
  migrateHistory,
  updateHistory,
} from '@/lib/browser/storage/history';
import { readHistoryMonth } from '@/lib/browser/storage/history-months';
import { readHistory, readRecentHistory } from '@/lib/browser/storage/history-read';
import { takenToday } from '@/lib/browser/storage/history-today';
import { isHistoryNewer } from '@/lib/browser/storage/history-watch';
import { fold } from '@/lib/core/history/fold';
import { computeStats } from '@/lib/core/history/stats';
import type { HistoryEntry } from '@/lib/core/history/types';
import { DAY } from '@/lib/core/vocabulary';
import { at, breakEnding } from '@/tests/support/arbitraries';
import { storageNoticeItem } from './items';
import { NewerVersionError } from './typed-item';

const NOW = at(2026, 3, 2, 9);

beforeEach(() => {
  fakeBrowser.reset();
});

/** Everything storage.local holds, as the browser keeps it. */
const stored = () => browser.storage.local.get(null) as Promise<Record<string, unknown>>;

/** One break about every half hour from 08:00 for `days` days up to `until`: heavy use. */
function heavyUse(days: number, until = NOW): HistoryEntry[] {
  const start = until - days * DAY;
  return Array.from({ length: days * 20 }, (_, i) => {
    const day = Math.floor(i / 20);
    return breakEnding(
      start + day * DAY + (i % 20) * 30 * 60_000 + 8 * 60 * 60_000,
      i % 7 === 0 ? 'skipped' : 'taken',
      {
        moodBefore: 2,
        moodAfter: 4,
      },
    );
  });
}

describe('historyStore: recording', () => {
  it('adds a break to the month it ended in, once', async () => {
    const a = breakEnding(NOW);
    expect(await addToHistory(a, NOW)).toBe('recorded');
    expect(await addToHistory(a, NOW)).toBe('already');
    expect((await readHistory()).entries).toEqual([a]);
    expect(Object.keys(await stored()).sort()).toEqual(['history', 'history:2026-03', 'history:summary']);
  });

  it('knows a break again when a second record ends in the next month', async () => {
    const started = at(2026, 3, 31, 23, 58);
    const first = { ...breakEnding(at(2026, 3, 31, 23, 59)), id: String(started), startedAt: started };
    await addToHistory(first, first.endedAt);
    const again = { ...first, endedAt: at(2026, 4, 1, 0, 5) };
    expect(await addToHistory(again, again.endedAt)).toBe('already');
  });

  it('folds the months that grew older than a year as it records, keeping their breaks', async () => {
    const old = breakEnding(at(2025, 1, 10), 'taken', { note: 'winter', moodAfter: 5 });
    await updateHistory(() => ({ entries: [old] }), at(2025, 1, 11));
    expect((await readHistory()).entries).toEqual([old]);
    await addToHistory(breakEnding(NOW), NOW);
    expect((await readHistory()).entries).toEqual([fold(old), breakEnding(NOW)]);
  });

  it('writes a bounded amount per break: one month, however long the history', async () => {
    await updateHistory(() => ({ entries: heavyUse(365 * 3) }), NOW);
    const set = vi.spyOn(browser.storage.local, 'set');
    await addToHistory(breakEnding(NOW + 60 * 60_000), NOW + 60 * 60_000);
    const written = set.mock.calls.reduce((sum, [items]) => sum + JSON.stringify(items).length, 0);
    // A month of heavy use, with moods: about 20 KB.
    expect(written).toBeLessThan(40_000);
  });

  it('keeps ten years of heavy use under 1 MB', async () => {
    await updateHistory(() => ({ entries: heavyUse(3650) }), NOW);
    expect(JSON.stringify(await stored()).length).toBeLessThan(1024 * 1024);
  });
});

describe('historyStore: when storage is full', () => {
  const quota = () => new Error('QUOTA_BYTES quota exceeded');
  const history = heavyUse(200);

  beforeEach(async () => {
    await updateHistory(() => ({ entries: history }), NOW);
  });

  it('folds all but the last 90 days, retries, and tells the person', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(quota());
    await recordBreak(breakEnding(NOW), NOW);
    const { entries } = await readHistory();
    // Nothing is lost: every break is still there, the old ones folded.
    expect(entries).toHaveLength(history.length + 1);
    expect(entries.filter((entry) => entry.moodAfter !== undefined).length).toBeLessThan(history.length / 2);
    expect(await storageNoticeItem.get()).toMatchObject({ kind: 'folded' });
  });

  it('rethrows when even 30 days do not fit, keeps what was stored, and says storage is full', async () => {
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('history'))) throw quota();
      return set(items);
    });
    await expect(recordBreak(breakEnding(NOW), NOW)).rejects.toThrow('QUOTA_BYTES');
    vi.mocked(browser.storage.local.set).mockRestore();
    expect((await readHistory()).entries).toEqual(history);
    expect(await storageNoticeItem.get()).toMatchObject({ kind: 'full' });
    // Once a break fits again, the notice goes: its cause is gone.
    await recordBreak(breakEnding(NOW + 60_000), NOW + 60_000);
    expect(await storageNoticeItem.get()).toBeNull();
  });

  it('does not blame a full storage for a failed read, and changes nothing', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValueOnce(new Error('read failed'));
    await expect(recordBreak(breakEnding(NOW), NOW)).rejects.toThrow('read failed');
    expect((await readHistory()).entries).toEqual(history);
    expect(await storageNoticeItem.get()).toMatchObject({ kind: 'full' });
  });

  it('makeRoom folds all but the last 30 days for a write that must happen', async () => {
    expect(await makeRoomInHistory(NOW)).toBe(true);
    const recent = (await readHistory()).entries.filter((entry) => entry.moodAfter !== undefined);
    expect(recent.every((entry) => entry.endedAt > NOW - 62 * DAY)).toBe(true);
    expect(await makeRoomInHistory(NOW)).toBe(false);
  });
});

/** History as version 2 kept it, under 'history' itself: rows, and day totals of a year ago. */
const V2 = {
  v: 2,
  data: {
    entries: [
      [at(2026, 2, 27, 9), 180_000, 0, 'trust-pace', 'box-breathing', 'tense', 2, 4, 'slower now'],
      [at(2026, 3, 1, 10), 1_200_000, 3],
    ],
    days: { '2025-01-31': [3, 1, 2, 1, 1_260] },
  },
};

describe('historyStore: history of earlier versions', () => {
  it('migrates version 2 at first access: months first, then the index that replaces it', async () => {
    await browser.storage.local.set({ history: V2 });
    expect((await readHistory()).entries).toHaveLength(2 + 7);
    await migrateHistory(NOW);
    const after = await stored();
    expect(Object.keys(after).sort()).toEqual([
      'history',
      'history:2025-01',
      'history:2026-02',
      'history:2026-03',
      'history:summary',
    ]);
    expect(after.history).toEqual({
      v: 3,
      data: { months: { '2025-01': 'folded', '2026-02': 'full', '2026-03': 'full' } },
    });
    const { entries } = await readHistory();
    expect(entries.at(-2)).toMatchObject({ outcome: 'taken', note: 'slower now', moodAfter: 4 });
    expect(entries.filter((entry) => entry.id.startsWith('2025-01-31/'))).toHaveLength(7);
  });

  it('loses nothing when the worker stops between writing the months and the index', async () => {
    await browser.storage.local.set({ history: V2 });
    const set = browser.storage.local.set.bind(browser.storage.local);
    // The first write (the months) lands; the worker "stops" before the index is written.
    vi.spyOn(browser.storage.local, 'set')
      .mockImplementationOnce((items) => set(items))
      .mockRejectedValueOnce(new Error('worker stopped'));
    await expect(migrateHistory(NOW)).rejects.toThrow('worker stopped');
    vi.mocked(browser.storage.local.set).mockRestore();
    expect((await stored()).history).toEqual(V2);
    // The next access starts over from the old form, and a break recorded then is kept with the rest.
    await addToHistory(breakEnding(NOW), NOW);
    expect((await readHistory()).entries).toHaveLength(2 + 7 + 1);
  });

  it('migrates version 1, a plain list', async () => {
    const old = breakEnding(at(2026, 2, 20));
    await browser.storage.local.set({ history: { v: 1, data: [old, { broken: true }] } });
    await addToHistory(breakEnding(NOW), NOW);
    expect((await readHistory()).entries).toEqual([old, breakEnding(NOW)]);
  });

  it('never writes over the history of a newer version, and reads it as none', async () => {
    const newer = { history: { v: 4, data: { shards: 12 } } };
    await browser.storage.local.set(newer);
    expect(await isHistoryNewer()).toBe(true);
    expect((await readHistory()).entries).toEqual([]);
    await expect(addToHistory(breakEnding(NOW), NOW)).rejects.toBeInstanceOf(NewerVersionError);
    await expect(updateHistory(() => ({ entries: [] }), NOW)).rejects.toBeInstanceOf(NewerVersionError);
    expect(await stored()).toEqual(newer);
  });
});

describe('historyStore: update', () => {
  it('replaces the whole history and removes months it no longer has', async () => {
    await updateHistory(() => ({ entries: [breakEnding(at(2026, 1, 5)), breakEnding(NOW)] }), NOW);
    await updateHistory(() => ({ entries: [breakEnding(NOW)] }), NOW);
    expect(Object.keys(await stored()).sort()).toEqual(['history', 'history:2026-03', 'history:summary']);
    await updateHistory(() => ({ entries: [] }), NOW);
    expect(await stored()).toEqual({ history: { v: 3, data: { months: {} } }, 'history:summary': { v: 3, data: {} } });
  });

  it('sums up every month but the latest two beside them: progress from recent history is progress from all', async () => {
    const all = heavyUse(800);
    await updateHistory(() => ({ entries: all }), NOW);
    const recent = await readRecentHistory();
    expect(recent.olderMonths).toBeGreaterThan(20);
    expect(recent.entries.length).toBeLessThan(all.length / 10);
    expect(computeStats(recent, 6, NOW)).toEqual(computeStats(await readHistory(), 6, NOW));
    // And still after a month folds as a break is recorded, and after a clear.
    await addToHistory(breakEnding(NOW + 40 * DAY), NOW + 40 * DAY);
    const later = await readRecentHistory();
    expect(computeStats(later, 6, NOW + 40 * DAY)).toEqual(computeStats(await readHistory(), 6, NOW + 40 * DAY));
    // A damaged summary is no harm: the months it stood for are read themselves.
    await browser.storage.local.set({ 'history:summary': { v: 3, data: { '2025-01': 'junk' } } });
    expect(computeStats(await readRecentHistory(), 6, NOW + 40 * DAY)).toEqual(computeStats(later, 6, NOW + 40 * DAY));
    await updateHistory(() => ({ entries: [] }), NOW);
    expect(await readRecentHistory()).toEqual({ entries: [], summaries: [], olderMonths: 0 });
  });

  it('reads one month for today’s count', async () => {
    await updateHistory(() => ({ entries: [breakEnding(at(2026, 2, 5)), breakEnding(NOW)] }), NOW);
    expect(await readHistoryMonth(NOW)).toEqual([breakEnding(NOW)]);
    expect(await takenToday(NOW)).toBe(1);
  });
});

describe('historyStore: amending a recorded break', () => {
  it('adds the mood after and a line to the break with that id, in its month only', async () => {
    const older = breakEnding(at(2026, 2, 27, 10));
    const recent = breakEnding(NOW - 60_000);
    await updateHistory(() => ({ entries: [older, recent] }), NOW);
    const february = (await stored())['history:2026-02'];
    await amendInHistory(recent.id, { moodAfter: 5, note: 'lighter' }, NOW);
    expect((await readHistory()).entries).toEqual([older, { ...recent, moodAfter: 5, note: 'lighter' }]);
    expect((await stored())['history:2026-02']).toEqual(february);
    // An empty line removes the one written before; the mood stays.
    await amendInHistory(recent.id, { note: '' }, NOW);
    expect((await readHistory()).entries.at(-1)).toEqual({ ...recent, moodAfter: 5 });
  });

  it('finds a break that started in one month and ended in the next', async () => {
    const crossing = { ...breakEnding(at(2026, 3, 1, 0, 2)), startedAt: at(2026, 2, 28, 23, 58) };
    crossing.id = String(crossing.startedAt);
    await updateHistory(() => ({ entries: [crossing] }), NOW);
    await amendInHistory(crossing.id, { moodAfter: 3 }, NOW);
    expect((await readHistory()).entries).toEqual([{ ...crossing, moodAfter: 3 }]);
  });

  it('changes nothing for an id it does not know', async () => {
    await updateHistory(() => ({ entries: [breakEnding(NOW)] }), NOW);
    const before = await stored();
    await amendInHistory('1', { moodAfter: 3 }, NOW);
    await amendInHistory('not-a-time', { moodAfter: 3 }, NOW);
    expect(await stored()).toEqual(before);
  });
});
