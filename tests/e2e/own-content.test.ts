import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnContent } from '@/lib/core/content/own';
import { axeViolations, backToWork, beginButton, openPopup, startBreak } from './break-steps';
import { type Harness, startHarness } from './harness';
import { goToSection, openOptions } from './options-steps';

/*
 * A person's own insights and exercises, in the built extension: written in
 * What breaks show, shown in breaks (as the only ones, when asked), named in
 * history after they are deleted, and carried by the settings file through
 * the same all-or-nothing import.
 */

const KEEP_EXERCISE = 'Keep this exercise';
const KIND_FILTER = 'Kind of exercise';
const INSIGHT = 'I can put the phone in the drawer. <b>Not</b> a tag, only words & signs.';

describe("Breathing Room: a person's own insights and exercises", () => {
  let h: Harness;
  let options: Page;
  const own = async (): Promise<OwnContent | undefined> =>
    (
      (await (await h.worker()).evaluate(() => chrome.storage.local.get('ownContent'))) as {
        ownContent?: { data: OwnContent };
      }
    ).ownContent?.data;
  const region = () => options.getByRole('region', { name: 'What breaks show' });

  beforeAll(async () => {
    h = await startHarness();
    options = await openOptions(h, 'What breaks show');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('writes an insight: its words and theme, saved and listed', async () => {
    await region().getByRole('button', { name: 'Write an insight' }).click();
    const words = options.getByRole('textbox', { name: 'Your insight' });
    await expect.poll(() => words.isVisible()).toBe(true);
    // Saving nothing says what is missing, beside the buttons.
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Write the insight first.').waitFor();
    await words.fill(INSIGHT);
    await options.getByText(`${180 - INSIGHT.length} characters left`).waitFor();
    await options.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Day to day' });
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Saved. It joins the next breaks.').waitFor();
    const list = options.getByRole('list', { name: 'Your insights' });
    expect(await list.getByRole('listitem').first().textContent()).toContain(INSIGHT);
    expect((await own())?.insights).toEqual([{ id: expect.stringMatching(/^own-/), theme: 'daily', text: INSIGHT }]);
  });

  it('writes an exercise: a title, its kind, steps with seconds, feelings and a caution', async () => {
    await region().getByRole('button', { name: 'Write an exercise' }).click();
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Give the exercise a title.').waitFor();
    await options.getByRole('textbox', { name: 'Title' }).fill('Window minute');
    await options.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Eye rest' });
    await options.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Find the furthest thing outside.');
    await options.getByRole('textbox', { name: 'Seconds for step 1' }).fill('400');
    await options.getByRole('button', { name: 'Add a step' }).click();
    await options.getByRole('textbox', { name: 'Step 2', exact: true }).fill('Let your eyes rest on it.');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Each step takes from 5 to 300 seconds, in whole seconds.').waitFor();
    await options.getByRole('textbox', { name: 'Seconds for step 1' }).fill('30');
    await options.getByRole('checkbox', { name: 'Tired' }).check();
    await options.getByRole('textbox', { name: /A caution/ }).fill('Skip it if your eyes hurt.');
    expect(await axeViolations(options)).toEqual([]);
    mkdirSync('screenshots', { recursive: true });
    await options.setViewportSize({ width: 1280, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.screenshot({ path: `screenshots/options-own-exercise-${scheme}.png`, fullPage: true });
    }
    // At 200% zoom of a 1280-pixel window the form needs no sideways scrolling.
    await options.setViewportSize({ width: 640, height: 900 });
    expect(await options.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
      0,
    );
    await options.emulateMedia({ colorScheme: 'light' });
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Saved. It joins the next breaks.').waitFor();
    expect((await own())?.exercises).toEqual([
      {
        id: expect.stringMatching(/^own-/),
        title: 'Window minute',
        kind: 'eyes',
        steps: [
          { text: 'Find the furthest thing outside.', seconds: 30 },
          { text: 'Let your eyes rest on it.', seconds: 30 },
        ],
        needs: ['tired'],
        caution: 'Skip it if your eyes hurt.',
      },
    ]);
  });

  it('with "only my own", a break shows them: the insight as text, the exercise and its steps', async () => {
    await options.getByRole('checkbox', { name: /^Show only my own/ }).check();
    await expect.poll(async () => (await h.storage('sync')).settings?.data.ownOnly).toBe(true);
    const popup = await openPopup(h);
    await startBreak(popup);
    expect(await popup.locator('blockquote.insight').textContent()).toBe(INSIGHT);
    // Markup written into an insight stays words: no element was made of it.
    expect(await popup.locator('blockquote.insight b').count()).toBe(0);
    expect(await beginButton(popup).textContent()).toMatch(/^Begin: Window minute, /);
    await popup.getByText('Skip it if your eyes hurt.').waitFor();
    await beginButton(popup).click();
    await popup.getByText('Find the furthest thing outside.').first().waitFor();
    await popup.getByRole('button', { name: 'End', exact: true }).click();
    // Hearted on the close screen, as any exercise is.
    await popup.getByRole('button', { name: KEEP_EXERCISE }).click();
    await expect
      .poll(async () => (await h.storage('sync')).settings?.data.favouriteExercises)
      .toEqual([expect.stringMatching(/^own-/)]);
    await backToWork(popup);
    await popup.close();
  });

  it('history names the exercise and filters it by its kind, and names it after it is deleted', async () => {
    await goToSection(options, 'History');
    const titled = () => options.locator('.history-title', { hasText: 'Window minute' });
    await titled().first().waitFor();
    await options.getByRole('combobox', { name: KIND_FILTER }).selectOption({ label: 'Eye rest' });
    await expect.poll(() => titled().count()).toBe(1);
    await options.getByRole('combobox', { name: KIND_FILTER }).selectOption({ label: 'Breathing' });
    await expect.poll(() => titled().count()).toBe(0);
    await options.getByRole('combobox', { name: KIND_FILTER }).selectOption({ label: 'All' });

    await goToSection(options, 'What breaks show');
    await region().getByRole('button', { name: 'Delete “Window minute”' }).click();
    await options.getByText('Deleted. History still names the breaks it was in.').waitFor();
    expect((await own())?.exercises).toEqual([]);
    await goToSection(options, 'History');
    await titled().first().waitFor();
  });

  it('goes with "Export settings" and comes back with import; a bad file changes nothing', async () => {
    await goToSection(options, 'Your data');
    const data = options.getByRole('region', { name: 'Your data' });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      data.getByRole('button', { name: 'Export settings', exact: true }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const saved = await own();
    expect(JSON.parse(text).own).toEqual(saved);

    // Cleared in the editor, then brought back by the file.
    await goToSection(options, 'What breaks show');
    await region()
      .getByRole('button', { name: `Delete “${INSIGHT}”` })
      .click();
    await expect.poll(async () => (await own())?.insights).toEqual([]);
    await goToSection(options, 'Your data');
    const choose = (body: string) =>
      options
        .locator('input[aria-label="Settings file to import"]')
        .setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(body) });

    const hostile = JSON.parse(text);
    hostile.own.insights = [{ id: 'own-zz', theme: 'daily', text: 'x'.repeat(500) }];
    await choose(JSON.stringify(hostile));
    await data.getByText(/Your own insights or exercises in this file are not valid/).waitFor();
    expect((await own())?.insights).toEqual([]);

    await choose(text);
    await data.getByText("Your own insights and exercises become the file's (1).", { exact: false }).waitFor();
    await data.getByRole('button', { name: 'Replace settings' }).click();
    await data.getByText('Settings replaced.').waitFor();
    expect(await own()).toEqual(saved);
    await goToSection(options, 'What breaks show');
    await options.getByRole('list', { name: 'Your insights' }).getByText(INSIGHT).waitFor();
  });
});
