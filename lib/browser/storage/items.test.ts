import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INITIAL_STATE } from '@/lib/core/schedule/types';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { scheduleItem, settingsItem, storageNoticeItem } from './items';
import { NewerVersionError } from './typed-item';

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

  it('each item writes a v1 envelope under its key', async () => {
    const settings = { ...DEFAULT_SETTINGS, intervalMinutes: 30, breakMinutes: 2 };
    await settingsItem.update(() => settings);
    expect(await browser.storage.sync.get('settings')).toEqual({ settings: { v: 1, data: settings } });
  });
});

describe('the storage notice', () => {
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

describe('settings saved by a newer version', () => {
  const newer = { v: 2, data: { intervalMinutes: 30, breakMinutes: 4, focusMode: 'deep' } };

  it('are read as well as this version can, and never written over', async () => {
    await browser.storage.sync.set({ settings: newer });
    expect(await settingsItem.isNewer()).toBe(true);
    expect(await settingsItem.get()).toMatchObject({ intervalMinutes: 30, breakMinutes: 4 });
    await expect(settingsItem.update((s) => ({ ...s, intervalMinutes: 60 }))).rejects.toBeInstanceOf(NewerVersionError);
    expect(await browser.storage.sync.get('settings')).toEqual({ settings: newer });
  });

  it('are replaced only when the person chooses to', async () => {
    await browser.storage.sync.set({ settings: newer });
    await settingsItem.replace({ ...DEFAULT_SETTINGS, intervalMinutes: 30 });
    expect(await settingsItem.isNewer()).toBe(false);
    expect(await browser.storage.sync.get('settings')).toEqual({
      settings: { v: 1, data: { ...DEFAULT_SETTINGS, intervalMinutes: 30 } },
    });
  });

  it('keep the fields a newer version added when this version changes its own', async () => {
    await browser.storage.sync.set({ settings: { v: 1, data: { ...DEFAULT_SETTINGS, focusMode: 'deep' } } });
    await settingsItem.update((s) => ({ ...s, intervalMinutes: 50 }));
    expect((await browser.storage.sync.get('settings')).settings).toEqual({
      v: 1,
      data: { ...DEFAULT_SETTINGS, intervalMinutes: 50, focusMode: 'deep' },
    });
  });
});

describe('the schedule saved by a newer version', () => {
  it('is only this machine’s countdown: written over rather than stopping reminders', async () => {
    await browser.storage.local.set({ schedule: { v: 9, data: { nextBreakAt: T } } });
    await scheduleItem.update(() => INITIAL_STATE);
    expect(await browser.storage.local.get('schedule')).toEqual({ schedule: { v: 1, data: INITIAL_STATE } });
  });
});
