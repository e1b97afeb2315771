import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBreak, takeBreak } from './break-steps';
import { type Harness, startHarness } from './harness';
import { goToSection, openOptions, TODAY_ONE_OF_SIX, todayLine } from './options-steps';

/*
 * Stored values can be damaged (a hand edit, an old version, a half-finished
 * sync). Pages must still open, show safe defaults and keep every good entry.
 */
describe('Breathing Room with damaged storage', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    const page = await h.open('options.html');
    await page.evaluate(async () => {
      const good = {
        id: '1',
        startedAt: 1,
        endedAt: Date.now(),
        outcome: 'taken',
        insightId: 'x',
        exerciseId: 'box-breathing',
      };
      await chrome.storage.sync.set({ settings: { v: 1, data: { intervalMinutes: 'soon', breakMinutes: 7 } } });
      await chrome.storage.local.set({
        history: { v: 1, data: [null, { id: 2, outcome: 'taken' }, good, { ...good, id: '3', outcome: 'exploded' }] },
        schedule: 'not an object',
      });
      // And the alarm is gone, as after a Firefox restart.
      await chrome.alarms.clear('break-due');
    });
    await page.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows defaults for broken settings and keeps the valid ones', async () => {
    const options = await openOptions(h, 'Schedule');
    const interval = options.getByRole('textbox', { name: 'Minutes between breaks' });
    await expect.poll(() => interval.inputValue()).toBe('45');
    expect(await options.getByRole('textbox', { name: 'Break length in minutes' }).inputValue()).toBe('7');
  });

  it('lists only the valid history entries', async () => {
    const options = await openOptions(h, 'History');
    const rows = options.getByRole('region', { name: 'History', exact: true }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('Box breathing');
    await goToSection(options, 'Progress');
    await expect.poll(() => todayLine(options)).toBe(TODAY_ONE_OF_SIX);
  });

  it('opens the popup on a broken schedule and still takes a break', async () => {
    const popup = await h.open('popup.html');
    // The popup asks the background to rebuild the lost countdown and its alarm.
    await expect.poll(() => popup.getByText('Next break in 45 min').isVisible()).toBe(true);
    await expect
      .poll(async () => ((await h.alarm())?.scheduledTime ?? 0) - Date.now(), { timeout: 5000 })
      .toBeGreaterThan(44 * 60_000);
    await startBreak(popup);
    await takeBreak(popup);
    await expect.poll(async () => (await h.storage('local')).history?.data.length).toBe(2);
  });

  it('brings back a lost break alarm when the popup opens, on any screen, the countdown unchanged', async () => {
    const before = (await h.storage('local')).schedule?.data.nextBreakAt;
    const probe = await h.open('options.html');
    await probe.evaluate(() => chrome.alarms.clear('break-due'));
    await probe.close();
    expect(await h.alarm()).toBeUndefined();
    const popup = await h.open('popup.html');
    await expect.poll(async () => (await h.alarm())?.scheduledTime).toBe(before);
    await popup.close();
  });
});
