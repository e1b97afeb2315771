import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '@/lib/core/vocabulary';
import { backToWork, beginButton, putOff, shownBreak, startBreak, takeBreak } from './break-steps';
import { bringBreakForward, eventually, type Harness, startHarness } from './harness';
import { enter, goToSection, openOptions, TODAY_ONE_OF_SIX, todayLine } from './options-steps';

/*
 * The whole break loop as a person meets it, in real Chromium with the built
 * extension: the popup, a reminder, the break view, history and options.
 * The tests run in order and share one browser, like one person's morning.
 */
describe('Breathing Room break loop', () => {
  let h: Harness;
  let popup: Page;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Makes the break due now, as the alarm would after the interval. */
  const makeBreakDue = async () => bringBreakForward(await h.worker());

  it('starts with an alarm one interval ahead and a popup that counts down to it', async () => {
    const alarm = await eventually(() => h.alarm());
    expect(alarm.scheduledTime - Date.now()).toBeGreaterThan(44 * MINUTE);
    expect(alarm.scheduledTime - Date.now()).toBeLessThanOrEqual(45 * MINUTE);

    popup = await h.open('popup.html');
    await expect.poll(() => popup.getByText('Next break in 45 min').isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Take a break now' }).isVisible()).toBe(true);
    expect(await popup.getByRole('link', { name: 'Options' }).isVisible()).toBe(true);
    expect(await popup.getByRole('link', { name: 'Progress' }).isVisible()).toBe(true);
  });

  it('opens the break view with an insight and an exercise when a break is due', async () => {
    await makeBreakDue();
    // The toolbar popup (or its window fallback) shows the break.
    const texts = await eventually(async () => {
      const all = await h.popupTexts();
      return all.some((text) => text.includes('Begin: ')) ? all : null;
    });
    expect(texts.join('\n')).toMatch(/minute break[\s\S]*Begin: [\s\S]*Another exercise[\s\S]*Not now/);
    const worker = await h.worker();
    await expect.poll(() => worker.evaluate(() => chrome.notifications.getAll())).toHaveProperty('break-due');

    // The popup page open in the tab follows storage into the same break.
    await expect.poll(() => beginButton(popup).isVisible()).toBe(true);
    const shown = await shownBreak(h, popup);
    expect(shown.insight.length).toBeGreaterThan(20);
    expect(shown.title).not.toBe('');
    // The steps wait behind More, one click away.
    await popup.getByRole('button', { name: 'More' }).click();
    await popup.getByText('All steps', { exact: true }).click();
    expect(await popup.getByRole('listitem').count()).toBeGreaterThan(1);
  });

  it('records a break whose exercise was begun as taken, and the options page shows it', async () => {
    const exerciseTitle = (await shownBreak(h, popup)).title;
    await takeBreak(popup);
    await backToWork(popup);
    await expect.poll(() => popup.getByText(/Next break in 4[45] min/).isVisible()).toBe(true);

    const { history } = await h.storage('local');
    expect(history?.data).toHaveLength(1);
    expect(history?.data[0]).toMatchObject({
      outcome: 'taken',
      insightId: expect.any(String),
      exerciseId: expect.any(String),
    });
    const alarm = await h.alarm();
    expect(Math.abs((alarm?.scheduledTime ?? 0) - (Date.now() + 45 * MINUTE))).toBeLessThan(MINUTE);

    const options = await openOptions(h, 'Progress');
    await expect.poll(() => todayLine(options)).toBe(TODAY_ONE_OF_SIX);
    await goToSection(options, 'History');
    const row = options.getByRole('region', { name: 'History', exact: true }).getByRole('listitem').first();
    expect(await row.textContent()).toContain('Taken');
    await expect.poll(() => row.textContent()).toContain(exerciseTitle);
    await options.close();
  });

  it('moves the alarm about 5 minutes ahead on Snooze, and records it', async () => {
    await startBreak(popup);
    await putOff(popup, 'Snooze 5 minutes');
    await expect.poll(() => popup.getByText(/Next break in [45] min/).isVisible()).toBe(true);
    const alarm = await h.alarm();
    expect(Math.abs((alarm?.scheduledTime ?? 0) - (Date.now() + 5 * MINUTE))).toBeLessThan(10_000);
    const { history } = await h.storage('local');
    expect(history?.data.map((entry) => entry.outcome)).toEqual(['taken', 'snoozed']);
  });

  it('records Skip, and the next break counts a full interval from it', async () => {
    await startBreak(popup);
    await putOff(popup, 'Skip this break');
    await expect.poll(async () => (await h.storage('local')).history?.data.length).toBe(3);
    const alarm = await h.alarm();
    expect(Math.abs((alarm?.scheduledTime ?? 0) - (Date.now() + 45 * MINUTE))).toBeLessThan(10_000);
  });

  it('moves the alarm when the interval changes in options', async () => {
    const options = await openOptions(h, 'Schedule');
    const interval = options.getByRole('textbox', { name: 'Minutes between breaks' });
    await enter(interval, '20');
    await expect.poll(async () => (await h.storage('sync')).settings?.data.intervalMinutes).toBe(20);
    await expect
      .poll(async () => ((await h.alarm())?.scheduledTime ?? 0) - Date.now())
      .toBeLessThanOrEqual(20 * MINUTE);
    expect(((await h.alarm())?.scheduledTime ?? 0) - Date.now()).toBeGreaterThan(19 * MINUTE);
    await options.close();
  });

  it('shows a message for an invalid interval and changes nothing', async () => {
    const options = await openOptions(h, 'Schedule');
    const interval = options.getByRole('textbox', { name: 'Minutes between breaks' });
    const before = { settings: (await h.storage('sync')).settings, alarm: await h.alarm() };
    for (const [typed, message] of [
      ['', 'Enter a number of minutes.'],
      ['soon', 'Use whole minutes, such as 45.'],
      ['2', 'Choose from 5 to 240 minutes.'],
      ['1000', 'Choose from 5 to 240 minutes.'],
    ] as const) {
      await enter(interval, typed);
      await expect.poll(() => options.getByText(message).isVisible()).toBe(true);
      expect(await interval.getAttribute('aria-invalid')).toBe('true');
    }
    await options.waitForTimeout(300);
    expect((await h.storage('sync')).settings).toEqual(before.settings);
    expect(await h.alarm()).toEqual(before.alarm);
    await options.close();
  });

  it('keeps schedule and history after the service worker stops, and the next alarm still fires', async () => {
    const before = await h.storage('local');
    await h.stopWorker();
    await expect.poll(() => h.workerRunning()).toBe(false);
    expect(await h.storage('local')).toEqual(before);

    // Bring the break forward from a page; only the stopped worker can answer the alarm.
    await bringBreakForward(popup, 1500);
    await expect.poll(() => beginButton(popup).isVisible(), { timeout: 15_000 }).toBe(true);
    const after = await h.storage('local');
    expect(after.history).toEqual(before.history);
    expect(after.schedule?.data.activeBreak).toMatchObject({ trigger: 'schedule' });
  });

  it('made no network request outside the extension', () => {
    expect(h.outsideRequests).toEqual([]);
  });
});
