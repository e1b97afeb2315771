import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginButton, openPopup, putOff, showContent, shownBreak, startBreak } from './break-steps';
import { type Harness, startHarness } from './harness';
import { openOptions } from './options-steps';

/*
 * What breaks show, as a person sees it in the popup: insights that do not
 * repeat, exercises of the kinds they chose, one that suits how they feel.
 */
describe('Breathing Room content', () => {
  let h: Harness;
  let popup: Page;

  beforeAll(async () => {
    h = await startHarness();
    popup = await openPopup(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Takes a break from the popup (by a feeling, if given) and returns what it shows, then skips it. */
  async function shownThenSkipped(need?: string) {
    await popup.bringToFront();
    await startBreak(popup, need);
    const shown = await shownBreak(h, popup);
    await putOff(popup);
    return shown;
  }

  it('shows thirty different insights in thirty breaks', async () => {
    const insights = new Set<string>();
    for (let i = 0; i < 30; i++) insights.add((await shownThenSkipped()).insight);
    expect(insights.size).toBe(30);
  });

  it('never shows a kind turned off in options', async () => {
    const options = await openOptions(h, 'What breaks show');
    await options.getByRole('checkbox', { name: 'Breathing' }).uncheck();
    await expect.poll(async () => (await h.storage('sync')).settings?.data.disabledKinds).toEqual(['breathing']);
    await options.close();
    for (let i = 0; i < 15; i++) expect((await shownThenSkipped()).kind).not.toBe('breathing');
  });

  it('keeps the last kind on, with a message', async () => {
    const options = await openOptions(h, 'What breaks show');
    const kinds = options.getByRole('group', { name: 'Kinds of exercise' });
    for (const name of ['Grounding', 'Gentle movement', 'Eye rest', 'Reflection']) {
      await kinds.getByRole('checkbox', { name }).uncheck();
    }
    const last = kinds.getByRole('checkbox', { name: 'Mindful listening' });
    await last.click();
    await expect.poll(() => options.getByText('Keep at least one kind of exercise on.').isVisible()).toBe(true);
    expect(await last.isChecked()).toBe(true);
    expect((await h.storage('sync')).settings?.data.disabledKinds).toHaveLength(5);
    for (let i = 0; i < 3; i++) expect((await shownThenSkipped()).kind).toBe('listening');
    // Back to every kind for the tests after this one.
    for (const name of ['Breathing', 'Grounding', 'Gentle movement', 'Eye rest', 'Reflection']) {
      await kinds.getByRole('checkbox', { name }).check();
    }
    await expect.poll(async () => (await h.storage('sync')).settings?.data.disabledKinds).toEqual([]);
    await options.close();
  });

  it('gives a movement exercise to someone feeling restless', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await shownThenSkipped('Restless')).kind).toBe('movement');
    }
  });

  it('hides an insight and an exercise one by one from a break, and options brings them back', async () => {
    await popup.bringToFront();
    await startBreak(popup);
    await showContent(popup, 'trust-pace', 'box-breathing');
    const quote = popup.locator('blockquote.insight');
    const words = (await quote.textContent()) ?? '';
    await popup.getByRole('button', { name: 'More' }).click();
    await popup.getByRole('button', { name: "Don't show this insight again" }).click();
    await expect.poll(() => quote.textContent()).not.toBe(words);
    await popup.getByRole('button', { name: "Don't show this exercise again" }).click();
    await expect.poll(() => beginButton(popup).textContent()).not.toMatch(/^Begin: Box breathing/);
    await popup.getByText('Hidden from your breaks. Options, What breaks show, can bring it back.').waitFor();
    const settings = async () => (await h.storage('sync')).settings?.data;
    expect(await settings()).toMatchObject({ hiddenInsights: ['trust-pace'], hiddenExercises: ['box-breathing'] });
    await putOff(popup);

    const options = await openOptions(h, 'What breaks show');
    const hidden = options.getByRole('region', { name: 'Hidden from breaks' });
    await hidden.getByRole('button', { name: 'Show again: Box breathing' }).click();
    await expect.poll(async () => (await settings())?.hiddenExercises).toEqual([]);
    await hidden.getByRole('button', { name: `Show again: ${words}` }).click();
    await expect.poll(async () => (await settings())?.hiddenInsights).toEqual([]);
    await hidden.getByText(/^Nothing is hidden\./).waitFor();
    await options.close();
  });

  it('swaps the exercise, or under More the insight, without recording a break', async () => {
    const before = (await h.storage('local')).history?.data.length;
    await startBreak(popup);
    const quote = popup.locator('blockquote.insight');
    const [insight, exercise] = [await quote.textContent(), await beginButton(popup).textContent()];
    await popup.getByRole('button', { name: 'Another exercise' }).click();
    await expect.poll(() => beginButton(popup).textContent()).not.toBe(exercise);
    expect(await quote.textContent()).toBe(insight);
    await popup.getByRole('button', { name: 'More' }).click();
    await popup.getByRole('button', { name: 'Another insight' }).click();
    await expect.poll(() => quote.textContent()).not.toBe(insight);
    expect((await h.storage('local')).history?.data.length).toBe(before);
  });

  it('offers the care note and a helpline link from the break view, fetching nothing', async () => {
    // More is open from the test before: the care note is one click further.
    await popup.getByText('Not a substitute for professional care', { exact: true }).click();
    expect(await popup.getByText(/call your local emergency number now/).isVisible()).toBe(true);
    const link = popup.getByRole('link', { name: 'Find a helpline near you (findahelpline.com)' });
    expect(await link.getAttribute('href')).toBe('https://findahelpline.com');
    const options = await openOptions(h, 'About and care');
    expect(await options.getByRole('link', { name: /Find a helpline/ }).isVisible()).toBe(true);
    expect(h.outsideRequests).toEqual([]);
  });
});
