import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INITIAL_STATE } from '@/lib/core/schedule/types';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { historyItem, scheduleItem, settingsItem, storageNoticeItem } from './items';

/*
 * Fixtures of every stored version, written as raw envelopes the way an
 * installed copy of Breathing Room stored them. A later shape must still read these.
 */

const T = Date.UTC(2026, 2, 2, 9, 0);

beforeEach(() => {
  fakeBrowser.reset();
});

/** Everything but the minutes, at its default. */
const { intervalMinutes: _i, breakMinutes: _b, ...CHOICES } = DEFAULT_SETTINGS;

describe('stored items at version 1', () => {
  it('settings live in sync under "settings" and read back from a v1 envelope', async () => {
    expect(settingsItem.area).toBe('sync');
    await browser.storage.sync.set({ settings: { v: 1, data: { intervalMinutes: 50, breakMinutes: 4 } } });
    // The first v1 had no content choices: they read as "everything on".
    expect(await settingsItem.get()).toEqual({
      intervalMinutes: 50,
      breakMinutes: 4,
      ...CHOICES,
    });
  });

  it('schedule lives in local under "schedule" and reads back from a v1 envelope', async () => {
    const data = {
      nextBreakAt: T + 45 * 60_000,
      cycleStartedAt: T,
      snoozed: false,
      activeBreak: { startedAt: T, insightId: 'trust-pace', exerciseId: 'box-breathing', trigger: 'schedule' },
      recentInsightIds: ['trust-pace'],
      lastExerciseId: 'box-breathing',
    };
    expect(scheduleItem.area).toBe('local');
    await browser.storage.local.set({ schedule: { v: 1, data } });
    // The first v1 had no pause, snooze count, deferral or idle fields: they read as "none".
    expect(await scheduleItem.get()).toEqual({ ...INITIAL_STATE, ...data });
  });

  it('history lives in local under "history": a v1 array migrates to v2 and reads back in full', async () => {
    const data = [
      { id: String(T), startedAt: T, endedAt: T + 180_000, outcome: 'taken', insightId: 'a', exerciseId: 'b' },
      { id: String(T + 1), startedAt: T + 1, endedAt: T + 2, outcome: 'skipped', insightId: 'c', exerciseId: 'd' },
      { id: 'x', startedAt: T + 3, endedAt: T + 9, outcome: 'natural', moodBefore: 2, moodAfter: 4, note: 'calm' },
      { id: String(T + 10), startedAt: T + 10, endedAt: T + 5, outcome: 'taken', insightId: 'a', exerciseId: 'b' },
    ];
    expect(historyItem.area).toBe('local');
    await browser.storage.local.set({ history: { v: 1, data } });
    // Every valid entry, nothing folded yet; the one that ends before it starts is dropped, as in v1.
    expect(await historyItem.get()).toEqual({ entries: data.slice(0, 3), days: {} });
  });

  it('each item writes a v1 envelope under its key', async () => {
    const settings = { ...DEFAULT_SETTINGS, intervalMinutes: 30, breakMinutes: 2 };
    await settingsItem.update(() => settings);
    expect(await browser.storage.sync.get('settings')).toEqual({ settings: { v: 1, data: settings } });
  });
});

describe('stored items at version 2', () => {
  it('history reads back from a v2 envelope: compact rows and daily totals', async () => {
    const data = {
      entries: [
        [T, 180_000, 0, 'trust-pace', 'box-breathing', 'tense', 2, 4, 'slower now'],
        [T + 600_000, 1_200_000, 3],
        [T + 3_600_000, 5_000, 1, 'trust-pace', 'palming', '', 0, 0, '', 'hand-made'],
      ],
      days: { '2025-01-31': [3, 1, 2, 1, 1_260] },
    };
    await browser.storage.local.set({ history: { v: 2, data } });
    expect(await historyItem.get()).toEqual({
      entries: [
        {
          id: String(T),
          startedAt: T,
          endedAt: T + 180_000,
          outcome: 'taken',
          insightId: 'trust-pace',
          exerciseId: 'box-breathing',
          need: 'tense',
          moodBefore: 2,
          moodAfter: 4,
          note: 'slower now',
        },
        { id: String(T + 600_000), startedAt: T + 600_000, endedAt: T + 1_800_000, outcome: 'natural' },
        {
          id: 'hand-made',
          startedAt: T + 3_600_000,
          endedAt: T + 3_605_000,
          outcome: 'skipped',
          insightId: 'trust-pace',
          exerciseId: 'palming',
        },
      ],
      days: { '2025-01-31': { taken: 3, skipped: 1, snoozed: 2, natural: 1, mindfulSeconds: 1_260 } },
    });
  });

  it('history writes a v2 envelope in the compact form', async () => {
    const store = {
      entries: [{ id: String(T), startedAt: T, endedAt: T + 60_000, outcome: 'natural' as const }],
      days: { '2025-01-31': { taken: 1, skipped: 0, snoozed: 0, natural: 0, mindfulSeconds: 90 } },
    };
    await historyItem.update(() => store);
    expect(await browser.storage.local.get('history')).toEqual({
      history: { v: 2, data: { entries: [[T, 60_000, 3]], days: { '2025-01-31': [1, 0, 0, 0, 90] } } },
    });
    expect(await historyItem.get()).toEqual(store);
  });

  it('storage notice lives in local under "storageNotice", null until there is one', async () => {
    expect(await storageNoticeItem.get()).toBeNull();
    await storageNoticeItem.update(() => ({ at: T, kind: 'folded' }));
    expect(await browser.storage.local.get('storageNotice')).toEqual({
      storageNotice: { v: 1, data: { at: T, kind: 'folded' } },
    });
    expect(await storageNoticeItem.get()).toEqual({ at: T, kind: 'folded' });
    await browser.storage.local.set({ storageNotice: { v: 1, data: { at: T, kind: 'loud' } } });
    expect(await storageNoticeItem.get()).toBeNull();
  });
});
