import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

/*
 * What breaks show, as a person sees it in the popup: insights that do not
 * repeat, exercises of the kinds they chose, one that suits how they feel.
 */
describe('Breathing Room content', () => {
  let h: Harness;
  let popup: Page;

  beforeAll(async () => {
    h = await startHarness();
    popup = await h.open('popup.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Takes a break from the popup and returns what it shows, then answers Skip. */
  async function takeBreak(start = () => popup.getByRole('button', { name: 'Take a break now' }).click()) {
    await popup.bringToFront();
    await start();
    const article = popup.getByRole('article');
    await article.waitFor();
    const shown = {
      insight: (await popup.getByRole('figure').locator('blockquote').textContent()) ?? '',
      kind: (await article.locator('.kind').textContent()) ?? '',
      title: (await article.getByRole('heading', { level: 2 }).textContent()) ?? '',
    };
    await popup.getByRole('button', { name: 'Skip' }).click();
    await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
    return shown;
  }

  it('shows thirty different insights in thirty breaks', async () => {
    const insights = new Set<string>();
    for (let i = 0; i < 30; i++) insights.add((await takeBreak()).insight);
    expect(insights.size).toBe(30);
  });

  it('never shows a kind turned off in options', async () => {
    const options = await h.open('options.html');
    await options.getByRole('checkbox', { name: 'Breathing' }).uncheck();
    await expect.poll(async () => (await h.storage('sync')).settings?.data.disabledKinds).toEqual(['breathing']);
    await options.close();
    for (let i = 0; i < 15; i++) expect((await takeBreak()).kind).not.toMatch(/^Breathing/);
  });

  it('keeps the last kind on, with a message', async () => {
    const options = await h.open('options.html');
    const kinds = options.getByRole('group', { name: 'Kinds of exercise' });
    for (const name of ['Grounding', 'Gentle movement', 'Eye rest', 'Reflection']) {
      await kinds.getByRole('checkbox', { name }).uncheck();
    }
    const last = kinds.getByRole('checkbox', { name: 'Mindful listening' });
    await last.click();
    await expect.poll(() => options.getByText('Keep at least one kind of exercise on.').isVisible()).toBe(true);
    expect(await last.isChecked()).toBe(true);
    expect((await h.storage('sync')).settings?.data.disabledKinds).toHaveLength(5);
    for (let i = 0; i < 3; i++) expect((await takeBreak()).kind).toMatch(/^Mindful listening/);
    // Back to every kind for the tests after this one.
    for (const name of ['Breathing', 'Grounding', 'Gentle movement', 'Eye rest', 'Reflection']) {
      await kinds.getByRole('checkbox', { name }).check();
    }
    await expect.poll(async () => (await h.storage('sync')).settings?.data.disabledKinds).toEqual([]);
    await options.close();
  });

  it('gives a movement exercise to someone feeling restless', async () => {
    for (let i = 0; i < 3; i++) {
      const shown = await takeBreak(() => popup.getByRole('button', { name: 'Restless' }).click());
      expect(shown.kind).toMatch(/^Gentle movement/);
    }
  });

  it('swaps the insight or the exercise on "Show another" without recording a break', async () => {
    const before = (await h.storage('local')).history?.data.length;
    await popup.getByRole('button', { name: 'Take a break now' }).click();
    const quote = popup.getByRole('figure').locator('blockquote');
    const title = popup.getByRole('article').getByRole('heading', { level: 2 });
    const [insight, exercise] = [await quote.textContent(), await title.textContent()];
    await popup.getByRole('button', { name: 'Show another insight' }).click();
    await expect.poll(() => quote.textContent()).not.toBe(insight);
    expect(await title.textContent()).toBe(exercise);
    await popup.getByRole('button', { name: 'Show another exercise' }).click();
    await expect.poll(() => title.textContent()).not.toBe(exercise);
    expect((await h.storage('local')).history?.data.length).toBe(before);
  });

  it('offers the care note and a helpline link from the break view, fetching nothing', async () => {
    await popup.getByText('Not a substitute for professional care', { exact: true }).click();
    const link = popup.getByRole('link', { name: 'Find a helpline near you (findahelpline.com)' });
    expect(await link.getAttribute('href')).toBe('https://findahelpline.com');
    const options = await h.open('options.html');
    expect(await options.getByRole('link', { name: /Find a helpline/ }).isVisible()).toBe(true);
    expect(h.outsideRequests).toEqual([]);
  });
});
