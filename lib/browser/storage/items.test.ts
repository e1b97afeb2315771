import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INITIAL_STATE } from '@/lib/core/schedule/types';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { breakProgressItem, scheduleItem, settingsItem, storageNoticeItem } from './items';
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
    // The first v1 had no pause, snooze count, deferral, idle or micro-break fields: they read as "none".
    expect(await scheduleItem.get()).toEqual({ ...INITIAL_STATE, ...data });
  });
});

describe('the schedule at version 2', () => {
  it('a v1 envelope reads with no micro-break counting, and the next write is v2', async () => {
    const v1 = { ...INITIAL_STATE, nextBreakAt: T + 45 * 60_000, cycleStartedAt: T } as Record<string, unknown>;
    delete v1.nextMicroAt;
    delete v1.microShownAt;
    await browser.storage.local.set({ schedule: { v: 1, data: v1 } });
    const read = await scheduleItem.get();
    expect(read).toEqual({ ...v1, nextMicroAt: null, microShownAt: null });
    await scheduleItem.update(() => ({ ...read, nextMicroAt: T + 20 * 60_000 }));
    expect(await browser.storage.local.get('schedule')).toEqual({
      schedule: { v: 2, data: { ...v1, nextMicroAt: T + 20 * 60_000, microShownAt: null } },
    });
  });
});

/** Settings as version 2 stored them: before the two tiers. */
function v2Settings(): Record<string, unknown> {
  const v2 = { ...CHOICES, intervalMinutes: 40, breakMinutes: 3 } as Record<string, unknown>;
  for (const key of ['longBreaks', 'microBreaks', 'microIntervalMinutes', 'microSeconds']) delete v2[key];
  return v2;
}

describe('settings at version 2', () => {
  it('a v1 envelope (the shape before the step chime) reads with the chime off, as the person had it', async () => {
    const v1 = v2Settings();
    delete v1.stepChime;
    await browser.storage.sync.set({ settings: { v: 1, data: v1 } });
    const tiers = { longBreaks: true, microBreaks: false, microIntervalMinutes: 20, microSeconds: 20 };
    expect(await settingsItem.get()).toEqual({ ...v1, stepChime: false, ...tiers });
    // The next change writes version 3, both migrations applied.
    await settingsItem.update((settings) => ({ ...settings, stepChime: true }));
    expect(await browser.storage.sync.get('settings')).toEqual({
      settings: { v: 4, data: { ...v1, ...tiers, stepChime: true } },
    });
  });

  it('the large reminder style, new in version 2, reads back', async () => {
    await browser.storage.sync.set({ settings: { v: 2, data: { ...DEFAULT_SETTINGS, reminderStyle: 'large' } } });
    expect((await settingsItem.get()).reminderStyle).toBe('large');
  });
});

describe('settings at version 3', () => {
  it('a v2 envelope reads with longer breaks on and micro-breaks off, as the person had them', async () => {
    const v2 = v2Settings();
    await browser.storage.sync.set({ settings: { v: 2, data: v2 } });
    const read = await settingsItem.get();
    expect(read).toEqual({ ...v2, longBreaks: true, microBreaks: false, microIntervalMinutes: 20, microSeconds: 20 });
    await settingsItem.update((settings) => ({ ...settings, microBreaks: true }));
    expect(await browser.storage.sync.get('settings')).toEqual({
      settings: {
        v: 4,
        data: { ...v2, longBreaks: true, microBreaks: true, microIntervalMinutes: 20, microSeconds: 20 },
      },
    });
  });
});

/** Settings as version 3 stored them: before strict breaks, hiding one by one and own content only. */
function v3Settings(): Record<string, unknown> {
  const v3 = { ...CHOICES, intervalMinutes: 40, breakMinutes: 3, microBreaks: true } as Record<string, unknown>;
  for (const key of ['strictMode', 'hiddenInsights', 'hiddenExercises', 'ownOnly']) delete v3[key];
  return v3;
}

describe('settings at version 4', () => {
  it('a v3 envelope reads with strict breaks off, nothing hidden and the library shown, as the person had it', async () => {
    const v3 = v3Settings();
    await browser.storage.sync.set({ settings: { v: 3, data: v3 } });
    const added = { strictMode: false, hiddenInsights: [], hiddenExercises: [], ownOnly: false };
    expect(await settingsItem.get()).toEqual({ ...v3, ...added, intervalMinutes: 40 });
    await settingsItem.update((settings) => ({ ...settings, strictMode: true }));
    expect(await browser.storage.sync.get('settings')).toEqual({
      settings: { v: 4, data: { ...v3, ...added, strictMode: true } },
    });
  });

  it('writes a v4 envelope under its key', async () => {
    const settings = { ...DEFAULT_SETTINGS, intervalMinutes: 30, strictMode: true, hiddenInsights: ['trust-pace'] };
    await settingsItem.update(() => settings);
    expect(await browser.storage.sync.get('settings')).toEqual({ settings: { v: 4, data: settings } });
  });
});

describe("the break's progress", () => {
  const progress = {
    breakId: T,
    screen: 'do',
    player: { status: 'paused', step: 2, stepStartedAt: T + 30_000, elapsedInStep: 12_000 },
    savedAt: T + 42_000,
  } as const;

  it('lives in session storage (memory until the browser closes), null until a break shows', async () => {
    expect(breakProgressItem.area).toBe('session');
    expect(await breakProgressItem.get()).toBeNull();
    await breakProgressItem.update(() => progress);
    expect(await browser.storage.session.get('breakProgress')).toEqual({ breakProgress: { v: 1, data: progress } });
    expect(await breakProgressItem.get()).toEqual(progress);
  });

  it('anything damaged reads as none, so the break starts at its first screen', async () => {
    for (const data of [{ ...progress, screen: 'elsewhere' }, { ...progress, player: null }, 'do', 7]) {
      await browser.storage.session.set({ breakProgress: { v: 1, data } });
      expect(await breakProgressItem.get()).toBeNull();
    }
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
  const newer = { v: 5, data: { intervalMinutes: 30, breakMinutes: 4, focusMode: 'deep' } };

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
      settings: { v: 4, data: { ...DEFAULT_SETTINGS, intervalMinutes: 30 } },
    });
  });

  it('keep the fields a newer version added when this version changes its own', async () => {
    await browser.storage.sync.set({ settings: { v: 4, data: { ...DEFAULT_SETTINGS, focusMode: 'deep' } } });
    await settingsItem.update((s) => ({ ...s, intervalMinutes: 50 }));
    expect((await browser.storage.sync.get('settings')).settings).toEqual({
      v: 4,
      data: { ...DEFAULT_SETTINGS, intervalMinutes: 50, focusMode: 'deep' },
    });
  });
});

describe('the schedule saved by a newer version', () => {
  it('is only this machine’s countdown: written over rather than stopping reminders', async () => {
    await browser.storage.local.set({ schedule: { v: 9, data: { nextBreakAt: T } } });
    await scheduleItem.update(() => INITIAL_STATE);
    expect(await browser.storage.local.get('schedule')).toEqual({ schedule: { v: 2, data: INITIAL_STATE } });
  });
});
