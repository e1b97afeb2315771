import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MicroTally } from '@/lib/core/history/micro-tally';
import { MINUTE } from '@/lib/core/vocabulary';
import { axeViolations, openPopup, POPUP_SIZE, putOff } from './break-steps';
import { bringMicroForward, eventually, type Harness, startHarness } from './harness';
import { enter, goToSection, openOptions } from './options-steps';

/*
 * Micro-breaks as a person meets them, in the built extension: turned on in
 * Schedule, a due one with its cue and ring closing by itself, Skip and
 * Snooze, strict breaks, a longer break resetting them, and their counts in
 * Progress, History and the history file.
 */

const CUE = /Look at something far away|Roll your shoulders|Unclench your jaw|breathe out, slowly/;

/** Today's local day, as the tally keys it. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('Breathing Room micro-breaks', () => {
  let h: Harness;
  let options: Page;
  const settings = async () => (await h.storage('sync')).settings?.data;
  const schedule = async () => (await h.storage('local')).schedule?.data;
  const tally = async (): Promise<MicroTally> =>
    (
      (await (await h.worker()).evaluate(() => chrome.storage.local.get('microBreaks'))) as {
        microBreaks?: { data: MicroTally };
      }
    ).microBreaks?.data ?? {};
  const todays = async () => (await tally())[today()];

  beforeAll(async () => {
    h = await startHarness();
    options = await openOptions(h, 'Schedule');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('are off until turned on in Schedule, then count down with their own interval and length', async () => {
    const interval = options.getByLabel('Minutes between micro-breaks');
    const seconds = options.getByLabel('Seconds a micro-break lasts');
    expect(await interval.isDisabled()).toBe(true);
    expect(await options.getByText('Turn on micro-breaks to set these.').isVisible()).toBe(true);
    expect((await schedule())?.nextMicroAt).toBeNull();

    await options.getByRole('checkbox', { name: 'Micro-breaks between them' }).check();
    await expect.poll(async () => (await settings())?.microBreaks).toBe(true);
    expect(await interval.isDisabled()).toBe(false);
    // Twenty minutes from now, before the longer break at 45: the one alarm is the micro-break's.
    await expect.poll(async () => ((await schedule())?.nextMicroAt ?? 0) - Date.now()).toBeGreaterThan(19 * MINUTE);
    const alarm = await h.alarm();
    expect((alarm?.scheduledTime ?? 0) - Date.now()).toBeLessThanOrEqual(20 * MINUTE);

    await enter(seconds, '5');
    await options.getByText('Choose from 10 to 60 seconds.').waitFor();
    expect(await seconds.getAttribute('aria-invalid')).toBe('true');
    await enter(seconds, '10');
    await expect.poll(async () => (await settings())?.microSeconds).toBe(10);

    // An interval that cannot fit between two longer breaks says so.
    await enter(interval, '50');
    await options.getByText(/choose fewer minutes than those \(45\)/).waitFor();
    await enter(interval, '20');
    await expect.poll(() => options.getByText(/choose fewer minutes/).count()).toBe(0);
    expect(await axeViolations(options)).toEqual([]);
  });

  it('a due micro-break opens with its cue, closes itself when its seconds are over, and counts as shown', async () => {
    await bringMicroForward(await h.worker(), 300);
    const texts = await eventually(async () => {
      const all = await h.popupTexts();
      return all.some((text) => text.includes('Micro-break')) ? all : null;
    });
    expect(texts.join('\n')).toMatch(CUE);
    // No mood check, no exercise: only the cue, the ring and the two quiet ways out.
    expect(texts.join('\n')).not.toMatch(/How are you feeling|Begin: /);
    // Ten seconds later it is gone, counted once.
    await eventually(async () => !(await h.popupTexts()).some((text) => text.includes('Micro-break')), 20_000);
    await expect.poll(todays).toEqual({ shown: 1, skipped: 0, snoozed: 0 });
    const state = await schedule();
    expect(state?.microShownAt).toBeNull();
    expect((state?.nextMicroAt ?? 0) - Date.now()).toBeGreaterThan(19 * MINUTE);
  });

  it('in the popup: a heading, a named timer, Skip and Snooze, all in view; Skip counts as skipped', async () => {
    const popup = await openPopup(h);
    await bringMicroForward(popup, 300);
    await popup.getByRole('heading', { name: 'Micro-break' }).waitFor();
    expect(await popup.getByRole('timer', { name: /^\d+ seconds left$/ }).isVisible()).toBe(true);
    expect(await popup.getByText(CUE).isVisible()).toBe(true);
    const skip = popup.getByRole('button', { name: 'Skip', exact: true });
    const snooze = popup.getByRole('button', { name: 'Snooze 5 minutes' });
    for (const control of [skip, snooze]) expect(await control.isVisible()).toBe(true);
    // It fits the popup: nothing to scroll, every control in view.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(POPUP_SIZE.height);
    const box = await snooze.boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(POPUP_SIZE.height);
    expect(await axeViolations(popup)).toEqual([]);
    // Keyboard: Tab reaches Skip, and Enter skips.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Skip');
    await popup.keyboard.press('Enter');
    await expect.poll(todays).toEqual({ shown: 1, skipped: 1, snoozed: 0 });
    await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
    await popup.close();
  });

  it('Snooze puts the next micro-break five minutes off, and counts as snoozed', async () => {
    const popup = await openPopup(h);
    await bringMicroForward(popup, 300);
    await popup.getByRole('button', { name: 'Snooze 5 minutes' }).click();
    await expect.poll(todays).toEqual({ shown: 1, skipped: 1, snoozed: 1 });
    const next = ((await schedule())?.nextMicroAt ?? 0) - Date.now();
    expect(next).toBeGreaterThan(4.5 * MINUTE);
    expect(next).toBeLessThanOrEqual(5 * MINUTE);
    await popup.close();
  });

  it('with strict breaks, a micro-break offers no Skip and no Snooze', async () => {
    await goToSection(options, 'Reminders');
    const strict = options.getByRole('checkbox', { name: /^Strict breaks/ });
    await strict.check();
    await expect.poll(async () => (await settings())?.strictMode).toBe(true);
    const popup = await openPopup(h);
    await bringMicroForward(popup, 300);
    await popup.getByRole('heading', { name: 'Micro-break' }).waitFor();
    expect(await popup.getByRole('button').count()).toBe(0);
    await popup.close();
    await strict.uncheck();
    await expect.poll(async () => (await settings())?.strictMode).toBe(false);
    // Its seconds end it all the same.
    await expect.poll(async () => (await todays())?.shown, { timeout: 20_000 }).toBe(2);
  });

  it('a longer break resets the micro-break countdown', async () => {
    const popup = await openPopup(h);
    await popup.getByRole('button', { name: 'Take a break now' }).click();
    await expect.poll(async () => (await schedule())?.activeBreak).not.toBeNull();
    expect((await schedule())?.nextMicroAt).toBeNull();
    await putOff(popup);
    await expect.poll(async () => ((await schedule())?.nextMicroAt ?? 0) - Date.now()).toBeGreaterThan(19 * MINUTE);
    await popup.close();
  });

  it('with longer breaks off, the popup counts down to the next micro-break', async () => {
    await goToSection(options, 'Schedule');
    const long = options.getByRole('checkbox', { name: 'Mindful breaks come by themselves' });
    await long.uncheck();
    await expect.poll(async () => (await settings())?.longBreaks).toBe(false);
    const popup = await openPopup(h);
    await popup.getByText(/Next micro-break in (19|20) min/).waitFor();
    await long.check();
    await popup.getByText(/Next break in 4[45] min/).waitFor();
    await popup.close();
  });

  it('Progress and History count micro-breaks apart from the daily goal', async () => {
    await goToSection(options, 'Progress');
    const micro = options.getByRole('list', { name: 'Micro-breaks' });
    await micro.waitFor();
    expect(await micro.getByRole('listitem').first().textContent()).toBe('2 shown today');
    expect(await options.getByText('This week 1 skipped, 1 snoozed.', { exact: false }).isVisible()).toBe(true);
    // The skipped longer break and the micro-breaks leave the goal untouched.
    expect(await options.locator('.tiles').first().getByRole('listitem').first().textContent()).toMatch(/^0 of 6/);
    await goToSection(options, 'History');
    await options.getByText('Micro-breaks: 2 shown, 1 skipped, 1 snoozed').waitFor();
  });

  it('go with the history file: exported, cleared, imported back, and a bad day refuses the file', async () => {
    await goToSection(options, 'Your data');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export history (JSON)' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(text).microBreaks).toEqual({ [today()]: { shown: 2, skipped: 1, snoozed: 1 } });

    await options.getByRole('button', { name: 'Clear history…' }).click();
    await options.getByText('The micro-break counts go too.').waitFor();
    await options.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(tally).toEqual({});

    const choose = (body: string) =>
      options
        .locator('input[aria-label="History file to import"]')
        .setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    const hostile = text.replace('"shown": 2', '"shown": -2');
    await choose(hostile);
    await options
      .getByText(/2\d\d\d-\d\d-\d\d/)
      .first()
      .waitFor();
    expect(await tally()).toEqual({});

    await choose(text);
    await options.getByText('It also has micro-breaks on 1 day; each day keeps the larger count.').waitFor();
    await options.getByRole('button', { name: 'Add them' }).click();
    await expect.poll(todays).toEqual({ shown: 2, skipped: 1, snoozed: 1 });
  });

  it.each([
    ['the popup', ''],
    ['the own window', '?window=1'],
    ['a large break', '?window=large'],
  ])('zoomed in to 200 percent, %s needs no sideways scrolling and Skip can be reached', async (_where, query) => {
    // 200% zoom of the 380 px popup leaves 190 CSS pixels.
    mkdirSync('screenshots', { recursive: true });
    const popup = await openPopup(h, { size: { width: 190, height: 300 }, query });
    await bringMicroForward(popup, 300);
    await popup.getByRole('heading', { name: 'Micro-break' }).waitFor();
    const sideways = await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    const skip = popup.getByRole('button', { name: 'Skip', exact: true });
    await skip.scrollIntoViewIfNeeded();
    const box = await skip.boundingBox();
    expect((box?.y ?? -1) >= 0 && (box?.y ?? 0) + (box?.height ?? 0) <= 300).toBe(true);
    await popup.screenshot({ path: `screenshots/micro-zoom-200${query.replace(/\W/g, '-')}.png` });
    await skip.click();
    await expect.poll(async () => (await schedule())?.microShownAt).toBeNull();
    // Its own window closes once the micro-break is over; the popup page in a tab stays.
    await expect.poll(() => popup.isClosed()).toBe(query !== '');
    if (!popup.isClosed()) await popup.close();
  });

  // The popup's into docs/; the narrower popup and the own window, to look at, into screenshots/.
  it.each(['light', 'dark'] as const)('saves screenshots of a micro-break (%s)', async (scheme) => {
    mkdirSync('docs', { recursive: true });
    mkdirSync('screenshots', { recursive: true });
    for (const [name, size] of [
      ['popup', POPUP_SIZE],
      ['popup-360', { width: 360, height: 600 }],
      ['window', { width: 420, height: 640 }],
    ] as const) {
      const popup = await openPopup(h, { size, query: name === 'window' ? '?window=1' : '' });
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await bringMicroForward(popup, 300);
      await popup.getByRole('heading', { name: 'Micro-break' }).waitFor();
      await popup.mouse.move(0, 0);
      const folder = name === 'popup' ? 'docs' : 'screenshots';
      await popup.screenshot({ path: `${folder}/micro-${name}-${scheme}.png` });
      await popup.getByRole('button', { name: 'Skip', exact: true }).click();
      // Counted before the next: the test's own way of bringing one forward writes the schedule directly.
      await expect.poll(async () => (await schedule())?.microShownAt).toBeNull();
      if (!popup.isClosed()) await popup.close();
    }
    const page = await openOptions(h, 'Schedule');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `screenshots/options-schedule-${scheme}.png` });
    await page.close();
  });
});
