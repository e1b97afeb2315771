import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readHistory } from '@/lib/browser/storage/history-read';
import type { HistoryEntry } from '@/lib/core/history/types';
import { ALARMS, applyEffect, BREAK_NOTIFICATION } from './effects';

const T = Date.UTC(2026, 2, 2, 9, 0);

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
  it('adds the break to history, once, however often it is recorded', async () => {
    await applyEffect({ type: 'record', entry: entry(T) });
    await applyEffect({ type: 'record', entry: entry(T + 3_600_000) });
    await applyEffect({ type: 'record', entry: entry(T) });
    expect((await readHistory()).entries).toEqual([entry(T), entry(T + 3_600_000)]);
  });
});

describe('applyEffect: openBreakView', () => {
  it('opens the toolbar popup when the browser allows it, and no window', async () => {
    const openPopup = vi.spyOn(browser.action, 'openPopup').mockResolvedValue(undefined);
    const create = vi.spyOn(browser.windows, 'create');
    await applyEffect({ type: 'openBreakView', large: false });
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(create).not.toHaveBeenCalled();
  });

  it("falls back to a 'popup' window of the break view when openPopup rejects", async () => {
    vi.spyOn(browser.action, 'openPopup').mockRejectedValue(new Error('no focused window'));
    const create = vi.spyOn(browser.windows, 'create');
    await applyEffect({ type: 'openBreakView', large: false });
    expect(create).toHaveBeenCalledExactlyOnceWith({
      url: 'chrome-extension://test-extension-id/popup.html?window=1',
      type: 'popup',
      width: 420,
      height: 640,
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
