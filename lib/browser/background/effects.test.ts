import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyItem, storageNoticeItem } from '@/lib/browser/storage/items';
import { localDay } from '@/lib/core/history/dates';
import { KEEP_DAYS, noTotals } from '@/lib/core/history/fold';
import type { HistoryEntry } from '@/lib/core/history/types';
import { ALARMS, applyEffect, BREAK_NOTIFICATION } from './effects';

const T = Date.UTC(2026, 2, 2, 9, 0);
const DAY = 24 * 60 * 60_000;
const NONE = noTotals();

const entry = (startedAt: number): HistoryEntry => ({
  id: String(startedAt),
  startedAt,
  endedAt: startedAt + 180_000,
  outcome: 'taken',
  insightId: 'trust-pace',
  exerciseId: 'box-breathing',
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('applyEffect: setAlarm', () => {
  it("creates the alarm 'break-due' at that time", async () => {
    await applyEffect({ type: 'setAlarm', name: 'break', at: T });
    expect(ALARMS.break).toBe('break-due');
    expect(await fakeBrowser.alarms.get('break-due')).toMatchObject({ name: 'break-due', scheduledTime: T });
  });

  it('creating it twice leaves one alarm, at the later call’s time', async () => {
    await applyEffect({ type: 'setAlarm', name: 'break', at: T });
    await applyEffect({ type: 'setAlarm', name: 'break', at: T + 60_000 });
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((alarm) => [alarm.name, alarm.scheduledTime])).toEqual([['break-due', T + 60_000]]);
  });
});

describe('applyEffect: the heads-up alarm', () => {
  it("sets and clears 'heads-up' without touching the break alarm", async () => {
    await applyEffect({ type: 'setAlarm', name: 'break', at: T });
    await applyEffect({ type: 'setAlarm', name: 'headsUp', at: T - 60_000 });
    expect(await fakeBrowser.alarms.get('heads-up')).toMatchObject({ scheduledTime: T - 60_000 });
    await applyEffect({ type: 'clearAlarm', name: 'headsUp' });
    expect(await fakeBrowser.alarms.get('heads-up')).toBeUndefined();
    expect(await fakeBrowser.alarms.get('break-due')).toMatchObject({ scheduledTime: T });
  });
});

describe('applyEffect: record', () => {
  it('appends to history, oldest first', async () => {
    await applyEffect({ type: 'record', entry: entry(T) });
    await applyEffect({ type: 'record', entry: entry(T + 3_600_000) });
    expect(await historyItem.get()).toEqual({ entries: [entry(T), entry(T + 3_600_000)], days: {} });
  });

  it('folds breaks older than a year into daily totals as it records', async () => {
    const old = entry(T - (KEEP_DAYS + 2) * DAY);
    const recent = entry(T - 30 * DAY);
    await historyItem.update(() => ({ entries: [old, recent], days: {} }));
    await applyEffect({ type: 'record', entry: entry(T) });
    const store = await historyItem.get();
    expect(store.entries).toEqual([recent, entry(T)]);
    expect(store.days).toEqual({ [localDay(old.endedAt)]: { ...NONE, taken: 1, mindfulSeconds: 180 } });
  });
});

describe('applyEffect: record, when storage is full', () => {
  /** Two years of one break a day: enough to fold at every step. */
  const years = Array.from({ length: 730 }, (_, i) => entry(T - (730 - i) * DAY));
  const quota = () => new Error('QUOTA_BYTES quota exceeded');

  beforeEach(async () => {
    await historyItem.update(() => ({ entries: years, days: {} }));
  });

  it('folds all but the last 90 days, retries, and tells the person', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(quota());
    await applyEffect({ type: 'record', entry: entry(T) });
    const store = await historyItem.get();
    expect(store.entries).toHaveLength(91);
    expect(store.entries.at(-1)).toEqual(entry(T));
    // Nothing is lost: every break is still counted, in full or in a day's totals.
    const folded = Object.values(store.days).reduce((sum, day) => sum + day.taken, 0);
    expect(folded + store.entries.length).toBe(731);
    expect(await storageNoticeItem.get()).toMatchObject({ kind: 'folded' });
  });

  it('folds down to 30 days when 90 is still too much, whatever the error says', async () => {
    vi.spyOn(browser.storage.local, 'set')
      .mockRejectedValueOnce(quota())
      .mockRejectedValueOnce(new Error('something else entirely'));
    await applyEffect({ type: 'record', entry: entry(T) });
    expect((await historyItem.get()).entries).toHaveLength(31);
    expect(await storageNoticeItem.get()).toMatchObject({ kind: 'folded' });
  });

  it('rethrows when even 30 days do not fit, keeps what was stored, and says storage is full', async () => {
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if ('history' in items) throw quota();
      return set(items);
    });
    await expect(applyEffect({ type: 'record', entry: entry(T) })).rejects.toThrow('QUOTA_BYTES');
    vi.mocked(browser.storage.local.set).mockRestore();
    expect((await historyItem.get()).entries).toEqual(years);
    expect(await storageNoticeItem.get()).toMatchObject({ kind: 'full' });
  });

  it('does not blame a full storage for a failed read, and changes nothing', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValueOnce(new Error('read failed'));
    await expect(applyEffect({ type: 'record', entry: entry(T) })).rejects.toThrow('read failed');
    expect((await historyItem.get()).entries).toEqual(years);
    expect(await storageNoticeItem.get()).toBeNull();
  });

  it('leaves no notice when the write succeeds the first time', async () => {
    await applyEffect({ type: 'record', entry: entry(T) });
    expect(await storageNoticeItem.get()).toBeNull();
  });
});

describe('applyEffect: openBreakView', () => {
  it('opens the toolbar popup when the browser allows it, and no window', async () => {
    const openPopup = vi.spyOn(browser.action, 'openPopup').mockResolvedValue(undefined);
    const create = vi.spyOn(browser.windows, 'create');
    await applyEffect({ type: 'openBreakView' });
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(create).not.toHaveBeenCalled();
  });

  it("falls back to a 'popup' window of the break view when openPopup rejects", async () => {
    vi.spyOn(browser.action, 'openPopup').mockRejectedValue(new Error('no focused window'));
    const create = vi.spyOn(browser.windows, 'create');
    await applyEffect({ type: 'openBreakView' });
    expect(create).toHaveBeenCalledExactlyOnceWith({
      url: 'chrome-extension://test-extension-id/popup.html?window=1',
      type: 'popup',
      width: 400,
      height: 600,
    });
    const windows = await fakeBrowser.windows.getAll();
    expect(windows.filter((window) => window.type === 'popup')).toHaveLength(1);
  });
});

describe('applyEffect: notifications', () => {
  it('notify shows one basic notification with the translated title and message', async () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => `[${key}]`);
    await applyEffect({ type: 'notify', kind: 'break' });
    await applyEffect({ type: 'notify', kind: 'break' });
    expect(await fakeBrowser.notifications.getAll()).toEqual({
      [BREAK_NOTIFICATION]: {
        type: 'basic',
        iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
        title: '[notifyTitle]',
        message: '[notifyMessage]',
      },
    });
  });

  it('notify falls back to the message key when there is no translation', async () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    await applyEffect({ type: 'notify', kind: 'break' });
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown[BREAK_NOTIFICATION]).toMatchObject({ title: 'notifyTitle', message: 'notifyMessage' });
  });

  it('clearNotification removes the break reminder', async () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('Time for a break');
    await applyEffect({ type: 'notify', kind: 'break' });
    await applyEffect({ type: 'clearNotification' });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('applyEffect: record, twice', () => {
  it('keeps one entry when the same break is recorded again', async () => {
    await applyEffect({ type: 'record', entry: entry(T) });
    await applyEffect({ type: 'record', entry: entry(T) });
    expect((await historyItem.get()).entries).toHaveLength(1);
  });
});
