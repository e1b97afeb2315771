import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INITIAL_STATE } from '@/lib/schedule/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { historyItem, scheduleItem, settingsItem } from './items';

/*
 * Version 1 fixtures, written as raw envelopes the way an installed copy of
 * Breathing Room stored them. A later shape must still read these.
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

  it('history lives in local under "history" and reads back from a v1 envelope', async () => {
    const data = [
      { id: String(T), startedAt: T, endedAt: T + 180_000, outcome: 'taken', insightId: 'a', exerciseId: 'b' },
      { id: String(T + 1), startedAt: T + 1, endedAt: T + 2, outcome: 'skipped', insightId: 'c', exerciseId: 'd' },
    ];
    expect(historyItem.area).toBe('local');
    await browser.storage.local.set({ history: { v: 1, data } });
    expect(await historyItem.get()).toEqual(data);
  });

  it('each item writes a v1 envelope under its key', async () => {
    const settings = { ...DEFAULT_SETTINGS, intervalMinutes: 30, breakMinutes: 2 };
    await settingsItem.set(settings);
    expect(await browser.storage.sync.get('settings')).toEqual({ settings: { v: 1, data: settings } });
  });
});
