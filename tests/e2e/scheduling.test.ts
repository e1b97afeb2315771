import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '@/lib/core/vocabulary';
import { eventually, type Harness, startHarness } from './harness';

/*
 * The schedule as a person meets it: pausing and resuming from the popup,
 * working hours, the toolbar badge and a keyboard shortcut, in real Chromium.
 */
describe('Breathing Room schedule', () => {
  let h: Harness;
  let popup: Page;

  beforeAll(async () => {
    h = await startHarness();
    popup = await h.open('popup.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  const badge = async () => (await h.worker()).evaluate(() => chrome.action.getBadgeText({}));
  const alarms = () =>
    popup.evaluate(async () =>
      Object.fromEntries((await chrome.alarms.getAll()).map((a) => [a.name, a.scheduledTime])),
    );

  it('shows the minutes to the next break on the toolbar badge, with the same in words', async () => {
    await expect.poll(badge).toMatch(/^4[45]$/);
    const title = await (await h.worker()).evaluate(() => chrome.action.getTitle({}));
    expect(title).toMatch(/^Next break in 4[45] min$/);
    // The badge is kept fresh by one alarm at the minute it next changes, not a tick every minute.
    const tick = await popup.evaluate(() => chrome.alarms.get('badge-tick'));
    expect(tick?.periodInMinutes).toBeUndefined();
    expect((tick?.scheduledTime ?? 0) - Date.now()).toBeLessThanOrEqual(MINUTE);
  });

  it('pauses for 30 minutes from the popup: paused state shown, no break alarm before it ends', async () => {
    // Pause is one control; its choices open in place.
    expect(await popup.getByRole('button', { name: '30 minutes' }).isVisible()).toBe(false);
    await popup.getByRole('button', { name: 'Pause reminders' }).click();
    await popup.getByRole('button', { name: '30 minutes' }).click();
    const status = popup.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/Reminders paused until \d/);
    expect(await popup.getByRole('button', { name: 'Resume' }).isVisible()).toBe(true);
    const set = await alarms();
    expect(Math.abs((set['break-due'] ?? 0) - (Date.now() + 30 * MINUTE))).toBeLessThan(10_000);
    expect(set['heads-up']).toBeUndefined();
    await expect.poll(badge).toBe('❚❚');
    // The pause's end wakes the worker once; nothing wakes it before.
    expect(set['badge-tick']).toBeUndefined();
    await popup.waitForTimeout(1500);
    expect((await h.storage('local')).schedule?.data.activeBreak).toBeNull();
  });

  it('keeps the pause when the service worker stops', async () => {
    const before = (await h.storage('local')).schedule?.data.pause;
    await h.stopWorker();
    await expect.poll(() => h.workerRunning()).toBe(false);
    const fresh = await h.open('popup.html');
    await expect.poll(() => fresh.getByRole('status').textContent()).toMatch(/Reminders paused until/);
    expect((await h.storage('local')).schedule?.data.pause).toEqual(before);
    await fresh.close();
  });

  it('resumes from the popup with a fresh countdown', async () => {
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => popup.getByText('Next break in 45 min').isVisible()).toBe(true);
    const set = await alarms();
    expect(Math.abs((set['break-due'] ?? 0) - (Date.now() + 45 * MINUTE))).toBeLessThan(10_000);
    expect(Math.abs((set['heads-up'] ?? 0) - (Date.now() + 44 * MINUTE))).toBeLessThan(10_000);
  });

  it('pausing until resumed leaves nothing to wake the worker; resuming brings the countdown and its alarms back', async () => {
    await popup.getByRole('button', { name: 'Pause reminders' }).click();
    await popup.getByRole('button', { name: 'Until I resume' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Reminders paused until you resume/);
    await expect.poll(badge).toBe('❚❚');
    expect(await alarms()).toEqual({});
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(badge).toBe('45');
    const set = await alarms();
    expect(Math.abs((set['break-due'] ?? 0) - (Date.now() + 45 * MINUTE))).toBeLessThan(10_000);
    expect((set['badge-tick'] ?? 0) - Date.now()).toBeLessThanOrEqual(MINUTE);
  });

  it('schedules the next break one interval after the next working start when hours exclude now', async () => {
    // Working hours only on the weekday after tomorrow, 09:00 to 12:00: now is outside them.
    const expected = await popup.evaluate(async () => {
      const day = new Date();
      day.setDate(day.getDate() + 2);
      const days: { start: number; end: number }[][] = [[], [], [], [], [], [], []];
      days[day.getDay()] = [{ start: 9 * 60, end: 12 * 60 }];
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: { data: object } };
      const data = { ...settings?.data, workingHours: { enabled: true, days } };
      await chrome.storage.sync.set({ settings: { v: 1, data } });
      day.setHours(9, 45, 0, 0);
      return day.getTime();
    });
    await expect.poll(async () => (await alarms())['break-due']).toBe(expected);
    // Outside working hours the badge is blank and says when breaks come back; it wakes the worker
    // once, as work starts, and not before.
    await expect.poll(badge).toBe('');
    const title = await (await h.worker()).evaluate(() => chrome.action.getTitle({}));
    expect(title).toMatch(/^Outside your working hours: breaks come back at 9:00/);
    expect((await alarms())['badge-tick']).toBe(expected - 45 * MINUTE);
  });

  it('takes a break on the keyboard shortcut set in the browser’s shortcut settings', async () => {
    const shortcuts = await h.context.newPage();
    await shortcuts.goto('chrome://extensions/shortcuts');
    await shortcuts.getByRole('button', { name: 'Edit shortcut Take a break now for Breathing Room' }).click();
    await shortcuts.keyboard.press('Alt+Shift+B');
    const worker = await h.worker();
    const command = await eventually(async () => {
      const all = await worker.evaluate(() => chrome.commands.getAll());
      return all.find((c) => c.name === 'take-break' && c.shortcut === 'Alt+Shift+B');
    });
    expect(command.description).toBe('Take a break now');
    // Headless Chromium does not route key presses to extension commands, so the
    // browser's delivery of the shortcut is stood in for by its own event.
    await worker.evaluate(() =>
      (chrome.commands.onCommand as unknown as { dispatch(name: string): void }).dispatch('take-break'),
    );
    await expect.poll(async () => (await h.storage('local')).schedule?.data.activeBreak?.trigger).toBe('manual');
  });
});
