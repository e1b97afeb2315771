import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseKind } from '../../content/types';
import { type Harness, startHarness } from './harness';

const KINDS: ExerciseKind[] = ['breathing', 'grounding', 'movement', 'eyes', 'reflection', 'listening'];

/** Leaves only one kind of exercise on, so the break that follows is of that kind. */
async function onlyKind(h: Harness, kind: ExerciseKind) {
  const page = await h.open('options.html');
  await page.evaluate(
    async (disabledKinds) => {
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: { data: object } };
      await chrome.storage.sync.set({ settings: { v: 1, data: { ...settings?.data, disabledKinds } } });
    },
    KINDS.filter((other) => other !== kind),
  );
  await page.close();
}

/** A popup page with a fake clock, so minutes of exercise pass in milliseconds. */
async function popupWithClock(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 380, height: 560 });
  await page.clock.install();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await page.getByRole('button', { name: 'Take a break now' }).click();
  await page.getByRole('heading', { name: 'A mindful break' }).waitFor();
  return page;
}

/** Runs the clock on a second at a time, collecting each new breathing phase shown. */
async function phasesOver(page: Page, seconds: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < seconds; i++) {
    await page.clock.fastForward(1000);
    const words = page.locator('.pacer-words');
    const text = (await words.count()) > 0 ? ((await words.textContent()) ?? '') : '';
    if (text && text !== seen.at(-1)) seen.push(text);
  }
  return seen;
}

describe('Breathing Room break experience', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs a breathing exercise through its phases in order and records moods before and after', async () => {
    await onlyKind(h, 'breathing');
    const page = await popupWithClock(h);
    await page.getByRole('radio', { name: 'Low', exact: true }).click();
    await expect.poll(async () => (await h.storage('local')).schedule?.data.activeBreak?.moodBefore).toBe(2);
    await page.getByRole('button', { name: 'Start the exercise' }).click();

    const phases = await phasesOver(page, 40);
    const words = phases.map((text) => text.split('…')[0]);
    const firstIn = words.indexOf('Breathe in');
    expect(firstIn).toBeGreaterThanOrEqual(0);
    // The pacer says in, (hold,) out, in the exercise's order, and counts down within a phase.
    expect(words.slice(firstIn, firstIn + 2)).toEqual(['Breathe in', 'Breathe in']);
    const outAt = words.indexOf('Breathe out', firstIn);
    expect(outAt).toBeGreaterThan(firstIn);
    expect(words.slice(firstIn, outAt).every((word) => word === 'Breathe in' || word === 'Hold')).toBe(true);

    await page.clock.fastForward(10 * 60_000);
    await page.getByText('Exercise complete. Well done.').waitFor();
    await page.getByRole('radio', { name: 'Good', exact: true }).check();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(async () => (await h.storage('local')).history?.data.at(-1)?.moodAfter).toBe(4);
    expect((await h.storage('local')).history?.data.at(-1)).toMatchObject({ outcome: 'taken', moodBefore: 2 });
  });

  it('keeps a line for yourself after a reflection exercise, and shows it in history', async () => {
    await onlyKind(h, 'reflection');
    const page = await popupWithClock(h);
    await page.getByRole('radio', { name: 'Okay' }).click();
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    await page.clock.fastForward(10 * 60_000);
    const note = page.getByRole('textbox', { name: /One thing I noticed/ });
    await note.fill('My shoulders were up by my ears.');
    await page.getByRole('radio', { name: 'Very good' }).check();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(async () => (await h.storage('local')).history?.data.at(-1)?.note)
      .toBe('My shoulders were up by my ears.');
    const options = await h.open('options.html');
    const row = options.getByRole('region', { name: 'History', exact: true }).getByRole('listitem').first();
    await expect.poll(() => row.textContent()).toContain('Mood 3 → 5');
    expect(await row.textContent()).toContain('My shoulders were up by my ears.');
  });

  it('marks an insight as a favourite with a heart, kept in settings', async () => {
    const page = await popupWithClock(h);
    const heart = page.getByRole('button', { name: 'Favourite this insight' });
    expect(await heart.getAttribute('aria-pressed')).toBe('false');
    await heart.click();
    await expect.poll(() => heart.getAttribute('aria-pressed')).toBe('true');
    const id = (await h.storage('local')).schedule?.data.activeBreak?.insightId;
    expect((await h.storage('sync')).settings?.data.favouriteInsights).toEqual([id]);
    await page.getByRole('button', { name: 'Skip' }).click();
  });

  it.each(['light', 'dark'] as const)('looks calm in the %s theme (screenshot)', async (theme) => {
    await onlyKind(h, 'breathing');
    const page = await popupWithClock(h);
    await page.emulateMedia({ colorScheme: theme });
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    await page.clock.fastForward(14_000);
    mkdirSync('screenshots', { recursive: true });
    const dir = process.env.UPDATE_DOCS ? 'docs' : 'screenshots';
    await page.screenshot({ path: `${dir}/break-view-${theme}.png`, fullPage: true });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme === 'dark' ? 'rgb(23, 32, 29)' : 'rgb(247, 245, 240)');
    await page.getByRole('button', { name: 'Skip' }).click();
  });
});

describe('Breathing Room with reduced motion', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the pacer still and changes only its words', async () => {
    await onlyKind(h, 'breathing');
    const page = await popupWithClock(h);
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    const shape = page.locator('.pacer-shape');
    const styles: string[] = [];
    const phases = [];
    for (let i = 0; i < 30; i++) {
      await page.clock.fastForward(1000);
      if ((await shape.count()) === 0) continue;
      styles.push(
        await shape.evaluate((el) => `${getComputedStyle(el).transform}|${getComputedStyle(el).transitionDuration}`),
      );
      phases.push(await page.locator('.pacer-words').textContent());
    }
    expect(new Set(phases).size).toBeGreaterThan(2);
    expect(new Set(styles)).toEqual(new Set(['none|0s']));
  });
});
