import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPopup } from './break-steps';
import { type Harness, startHarness } from './harness';
import { enter, goToSection, openOptions, type SectionName } from './options-steps';

/*
 * The options page as a person finds it, in real Chromium with the built
 * extension: sections in a navigation, each with its own address, and
 * fields that save what the person means, not what they pass on the way.
 */

/** Each section: its name in the navigation, its address, and its heading. */
const SECTIONS: readonly [SectionName, string, string][] = [
  ['Schedule', 'schedule', 'Schedule'],
  ['Reminders', 'reminders', 'Reminders'],
  ['During a break', 'break', 'During a break'],
  ['What breaks show', 'content', 'What breaks show'],
  ['Progress', 'progress', 'Your progress'],
  ['History', 'history', 'History'],
  ['Your data', 'data', 'Your data'],
  ['About and care', 'about', 'About and care'],
];

const nav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

describe('Breathing Room options, its sections', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens on the schedule, and reaches every section from the navigation, marking the one shown', async () => {
    const page = await openOptions(h);
    expect(await heading(page, 'Schedule').isVisible()).toBe(true);
    for (const [name, id, title] of SECTIONS) {
      await goToSection(page, name);
      await heading(page, title).waitFor();
      // The heading takes focus, so keyboard and screen reader start in the section.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
      expect(page.url()).toMatch(new RegExp(`#${id}$`));
      expect(await nav(page).locator('[aria-current="page"]').textContent()).toBe(name);
      expect(await page.getByRole('heading', { level: 2 }).count()).toBe(1);
    }
    // Back returns to the section before.
    await page.goBack();
    await heading(page, 'Your data').waitFor();
    await page.close();
  });

  it.each(SECTIONS)('opens %s by its address', async (name, id, title) => {
    const page = await h.open(`options.html#${id}`);
    await heading(page, title).waitFor();
    expect(await nav(page).getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it('lists the keyboard shortcuts in About and care, with the version and the care note', async () => {
    const page = await openOptions(h, 'About and care');
    const shortcuts = page.getByRole('heading', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor();
    const about = page.getByRole('region', { name: 'About and care' });
    for (const command of ['Take a break now', 'Pause or resume reminders']) {
      expect(await about.getByRole('term').filter({ hasText: command }).count()).toBe(1);
    }
    expect(await about.getByText(/^Version \d+\.\d+\.\d+$/).isVisible()).toBe(true);
    expect(await about.getByRole('link', { name: /Find a helpline/ }).isVisible()).toBe(true);
    await page.close();
  });

  it("lands on Progress from the popup's progress link", async () => {
    const popup = await openPopup(h);
    const opened = h.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Progress' }).click();
    const page = await opened;
    await heading(page, 'Your progress').waitFor();
    expect(page.url()).toMatch(/options\.html#progress$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Your progress');
    await page.close();
    await popup.close();
  });

  it('made no network request outside the extension', () => {
    expect(h.outsideRequests).toEqual([]);
  });
});

describe('Breathing Room options, fields that save what is meant', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await openOptions(h, 'Schedule');
    // Counts every write of the settings, as the browser reports them.
    await page.evaluate(() => {
      const counted = window as unknown as { settingsWrites: number };
      counted.settingsWrites = 0;
      chrome.storage.onChanged.addListener((changes) => {
        if ('settings' in changes) counted.settingsWrites += 1;
      });
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const writes = () => page.evaluate(() => (window as unknown as { settingsWrites: number }).settingsWrites);
  const errors = () => page.locator('[aria-invalid="true"]').count();

  // Each field, and where it is: typing 1000 passes values valid for some (10, 100) on the way.
  it.each([
    ['Schedule', 'Minutes between breaks', '30'],
    ['Schedule', 'Break length in minutes', '4'],
    ['Schedule', 'Daily goal (breaks a day)', '7'],
    ['Reminders', 'Heads-up before a break (minutes, 0 for none)', '2'],
    ['Reminders', 'Longest wait for that (minutes)', '17'],
    ['Reminders', 'Snoozes in a row before a break can only be begun or skipped (0 for no limit)', '4'],
  ] as const)('%s: typing 1000 slowly into "%s" saves nothing and shows one error', async (section, label, valid) => {
    await goToSection(page, section);
    const field = page.getByRole('textbox', { name: label, exact: true });
    const before = await writes();
    const stored = (await h.storage('sync')).settings;
    await field.fill('');
    await field.pressSequentially('1000', { delay: 500 });
    await field.press('Tab');
    const status = page.locator(`#${await field.getAttribute('id')}-status`);
    await expect.poll(() => status.textContent()).not.toBe('');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await errors()).toBe(1);
    expect(await page.getByText('Saved', { exact: true }).count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await writes()).toBe(before);
    expect((await h.storage('sync')).settings).toEqual(stored);
    // Put right, the error goes as the person types, and the value is kept once they mean it.
    await field.fill('');
    await field.pressSequentially(valid);
    expect(await errors()).toBe(0);
    await field.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Saved');
    await expect.poll(writes).toBe(before + 1);
    await page.waitForTimeout(300);
    expect(await writes()).toBe(before + 1);
  });

  it('saves a valid value once, on Enter or on leaving the field, and never says Saved beside an error', async () => {
    await goToSection(page, 'Schedule');
    const interval = page.getByRole('textbox', { name: 'Minutes between breaks', exact: true });
    const before = await writes();
    await interval.fill('50');
    await page.waitForTimeout(300);
    expect(await writes()).toBe(before);
    await interval.press('Tab');
    await expect.poll(async () => (await h.storage('sync')).settings?.data.intervalMinutes).toBe(50);
    await page.waitForTimeout(300);
    expect(await writes()).toBe(before + 1);
    expect(await page.getByText('Saved', { exact: true }).isVisible()).toBe(true);
    // An error in another field takes "Saved" away.
    await enter(page.getByRole('textbox', { name: 'Break length in minutes', exact: true }), '99');
    await expect.poll(errors).toBe(1);
    expect(await page.getByText('Saved', { exact: true }).count()).toBe(0);
  });

  it('turns the chime volume off with the chimes, saying why', async () => {
    await goToSection(page, 'During a break');
    const volume = page.getByRole('slider', { name: 'Chime volume' });
    expect(await volume.isDisabled()).toBe(true);
    expect(await page.getByText('Turn on a chime above to set its volume.').isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: 'Play a soft chime' }).check();
    await expect.poll(() => volume.isEnabled()).toBe(true);
    expect(await page.getByText('Turn on a chime above to set its volume.').count()).toBe(0);
  });

  it('makes clearing history look destructive, and asks with the count first', async () => {
    await h.setHistory(
      [1, 2, 3].map((n) => ({
        id: String(Date.now() - n * 3_600_000),
        startedAt: Date.now() - n * 3_600_000,
        endedAt: Date.now() - n * 3_600_000 + 60_000,
        outcome: 'taken' as const,
      })),
    );
    await goToSection(page, 'Your data');
    const clear = page.getByRole('button', { name: 'Clear history…' });
    const colour = (locator: typeof clear) => locator.evaluate((el) => getComputedStyle(el).color);
    const danger = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--danger'));
    expect(danger).not.toBe('');
    expect(await colour(clear)).not.toBe(await colour(page.getByRole('button', { name: 'Export history (JSON)' })));
    await clear.click();
    await page.getByText('Delete all 3 breaks from history? This cannot be undone.').waitFor();
    await page.getByRole('button', { name: 'Keep them' }).click();
    expect((await h.storage('local')).history?.data.length).toBe(3);
  });
});

describe.each(['light', 'dark'] as const)('Breathing Room options, every section, %s', (scheme) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ colorScheme: scheme });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has no axe violations in any section, with an error showing in the schedule', async () => {
    const page = await openOptions(h, 'Schedule');
    await enter(page.getByRole('textbox', { name: 'Minutes between breaks', exact: true }), '2');
    await page.getByText('Choose from 5 to 240 minutes.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (const [name] of SECTIONS.slice(1)) {
      await goToSection(page, name);
      expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
    }
  });

  it('needs no sideways scrolling in any section at 200% zoom of a 1280-pixel window', async () => {
    const page = await openOptions(h);
    // 200% zoom of a 1280-wide window leaves 640 CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    for (const [name] of SECTIONS) {
      await goToSection(page, name);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
    }
  });
});
