import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backToWork, beginButton, openPopup, putOff, showContent, startBreak, takeBreak } from './break-steps';
import { type Harness, startHarness } from './harness';
import { openOptions } from './options-steps';

/*
 * The break as a person lives it, in the built extension: arrive, do, close.
 * A fake clock in the page moves minutes of exercise along in milliseconds.
 */

/** Runs the clock on a second at a time, collecting each new breathing phase shown. */
async function phasesOver(page: Page, seconds: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < seconds; i++) {
    await page.clock.fastForward(1000);
    const words = page.locator('.phase-word');
    const text = (await words.count()) > 0 ? ((await words.textContent()) ?? '') : '';
    if (text && text !== seen.at(-1)) seen.push(text);
  }
  return seen;
}

const lastBreak = async (h: Harness) => (await h.storage('local')).history?.data.at(-1);

describe('Breathing Room break experience', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs a breathing exercise through its phases in order and records the moods before and after', async () => {
    const page = await openPopup(h, { clock: true });
    await startBreak(page);
    await showContent(page, 'trust-pace', 'box-breathing');
    await page.getByRole('radio', { name: 'Low', exact: true }).check();
    await expect.poll(async () => (await h.storage('local')).schedule?.data.activeBreak?.moodBefore).toBe(2);
    await beginButton(page).click();

    const phases = await phasesOver(page, 40);
    // Box breathing: in, hold, out, hold, again, after its settling step.
    expect(phases.slice(0, 4)).toEqual(['Breathe in', 'Hold', 'Breathe out', 'Hold']);
    await page.clock.fastForward(10 * 60_000);
    await page.getByRole('heading', { name: 'Nice work.' }).waitFor();
    // Reaching the close screen recorded the break; how they feel now is added to it.
    await expect.poll(async () => (await lastBreak(h))?.outcome).toBe('taken');
    await page.getByRole('radio', { name: 'Good', exact: true }).check();
    await expect.poll(async () => (await lastBreak(h))?.moodAfter).toBe(4);
    expect(await lastBreak(h)).toMatchObject({ moodBefore: 2, exerciseId: 'box-breathing' });
    await backToWork(page);
    await page.close();
  });

  it('paces the physiological sigh as it says: a breath in, a second sip, a long sigh out', async () => {
    const page = await openPopup(h, { clock: true });
    await startBreak(page);
    await showContent(page, 'coping-long-exhale', 'physiological-sigh');
    await beginButton(page).click();
    const phases = await phasesOver(page, 20);
    expect(phases.slice(0, 3)).toEqual(['Breathe in', 'Sip in', 'Breathe out']);
    expect(phases).not.toContain('Hold');
    // The step says the same counts the pacer keeps, filled from its pace.
    expect(await page.locator('p.step').textContent()).toMatch(
      /^In through your nose for 3, a short extra sip for 1, /,
    );
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await backToWork(page);
    await page.close();
  });

  it('keeps a line for yourself after a reflection exercise, and shows it in history', async () => {
    const page = await openPopup(h, { clock: true });
    await startBreak(page);
    await showContent(page, 'trust-pace', 'one-small-step');
    await page.getByRole('radio', { name: 'Okay' }).check();
    await beginButton(page).click();
    await page.clock.fastForward(10 * 60_000);
    await page.getByRole('radio', { name: 'Very good' }).check();
    await page.getByRole('textbox', { name: /One thing I noticed/ }).fill('My shoulders were up by my ears.');
    await backToWork(page);
    await expect.poll(async () => (await lastBreak(h))?.note).toBe('My shoulders were up by my ears.');
    const options = await openOptions(h, 'History');
    const row = options.getByRole('region', { name: 'History', exact: true }).getByRole('listitem').first();
    await expect.poll(() => row.textContent()).toContain('Mood before: Okay');
    expect(await row.textContent()).toContain('Mood after: Very good');
    expect(await row.textContent()).toContain('My shoulders were up by my ears.');
    await options.close();
  });

  it('keeps the insight and the exercise with the hearts on the close screen', async () => {
    const page = await openPopup(h);
    await startBreak(page);
    await takeBreak(page);
    const heart = page.getByRole('button', { name: 'Keep this insight' });
    expect(await heart.getAttribute('aria-pressed')).toBe('false');
    await heart.click();
    await expect.poll(() => heart.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Keep this exercise' }).click();
    const { insightId, exerciseId } = (await lastBreak(h)) ?? {};
    await expect.poll(async () => (await h.storage('sync')).settings?.data.favouriteExercises).toEqual([exerciseId]);
    expect((await h.storage('sync')).settings?.data.favouriteInsights).toEqual([insightId]);
    await backToWork(page);
    await page.close();
  });

  it('asks how you are before only when the break did not start from a feeling', async () => {
    const page = await openPopup(h);
    const question = page.getByRole('group', { name: 'How are you right now?' });
    await startBreak(page, 'Tense');
    expect(await question.count()).toBe(0);
    await putOff(page);
    await startBreak(page);
    expect(await question.isVisible()).toBe(true);
    await putOff(page);
    await page.close();
  });

  it('does not count a break put off before Begin as taken', async () => {
    const page = await openPopup(h);
    await startBreak(page);
    await putOff(page, 'Skip this break');
    await expect.poll(async () => (await lastBreak(h))?.outcome).toBe('skipped');
    await startBreak(page);
    await putOff(page, 'Snooze 5 minutes');
    await expect.poll(async () => (await lastBreak(h))?.outcome).toBe('snoozed');
    await page.close();
  });

  it('opens the care note by itself when the person answers "very low", before or after', async () => {
    const page = await openPopup(h);
    const care = page.getByText('Not a substitute for professional care', { exact: true });
    const helpline = page.getByRole('link', { name: /Find a helpline/ });
    await startBreak(page);
    expect(await helpline.isVisible()).toBe(false);
    await page.getByRole('radio', { name: 'Very low' }).check();
    await expect.poll(() => helpline.isVisible()).toBe(true);
    await takeBreak(page);
    expect(await care.isVisible()).toBe(false);
    await page.getByRole('radio', { name: 'Very low' }).check();
    await expect.poll(() => helpline.isVisible()).toBe(true);
    await backToWork(page);
    await page.close();
  });

  it('offers a chime at each step for an exercise done with closed eyes, remembered as a setting', async () => {
    const page = await openPopup(h);
    await startBreak(page);
    await showContent(page, 'trust-pace', 'neck-shoulders');
    await beginButton(page).click();
    const chime = page.getByRole('checkbox', { name: 'Chime at each step' });
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    // Eyes open: no chime offered.
    expect(await chime.count()).toBe(0);
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await backToWork(page);

    await startBreak(page);
    await showContent(page, 'trust-pace', 'palming');
    await beginButton(page).click();
    expect(await chime.isChecked()).toBe(false);
    await chime.check();
    await expect.poll(async () => (await h.storage('sync')).settings?.data.stepChime).toBe(true);
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await backToWork(page);
    await startBreak(page);
    await showContent(page, 'trust-pace', 'mindful-listening');
    await beginButton(page).click();
    expect(await chime.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await backToWork(page);
    await page.close();
  });

  it('opens a running break straight onto its words: no "Loading" first, no fade, nothing moving after', async () => {
    const page = await openPopup(h);
    await startBreak(page);
    const again = await h.context.newPage();
    await again.setViewportSize({ width: 380, height: 600 });
    // Watches the page from its first node: what it showed before the insight, and where the insight stood.
    await again.addInitScript(() => {
      const seen = { loadingAt: Number.NaN, fading: '', top: Number.NaN };
      Object.assign(window, { seen });
      const observer = new MutationObserver(() => {
        const insight = document.querySelector('blockquote');
        if (!insight?.textContent?.trim()) {
          if (/Loading/.test(document.body?.textContent ?? '')) seen.loadingAt ||= performance.now();
          return;
        }
        seen.fading = getComputedStyle(insight.closest('.screen') as Element).animationName;
        seen.top = insight.getBoundingClientRect().top;
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    await again.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await beginButton(again).waitFor();
    await again.waitForTimeout(500);
    const seen = await again.evaluate(() => (window as unknown as { seen: Record<string, unknown> }).seen);
    // "Loading" only as the page's fallback, when reading and loading took longer than it waits (200 ms).
    expect(Number.isNaN(seen.loadingAt) || (seen.loadingAt as number) >= 200).toBe(true);
    expect(seen.fading).toBe('none');
    expect(await again.locator('blockquote').evaluate((quote) => quote.getBoundingClientRect().top)).toBe(seen.top);
    // Screens reached after the first still cross-fade.
    await beginButton(again).click();
    expect(await again.locator('.screen').evaluate((screen) => getComputedStyle(screen).animationName)).toBe(
      'screen-in',
    );
    await again.getByRole('button', { name: 'End', exact: true }).click();
    await backToWork(again);
    await again.close();
    await page.close();
  });

  it('opens again on the same step after the popup closed mid-exercise', async () => {
    const page = await openPopup(h);
    await startBreak(page);
    await showContent(page, 'trust-pace', 'five-senses');
    await beginButton(page).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('heading', { name: /Step 3 of 5/ }).waitFor();
    // Where the break stands is noted as it changes (a write of a few milliseconds)...
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const stored = (await chrome.storage.session.get('breakProgress')).breakProgress;
          return (stored as { data?: { player?: { step?: number } } } | undefined)?.data?.player?.step;
        }),
      )
      .toBe(2);
    // ...and then the popup closes, as Chrome closes it at any click outside.
    await page.close();

    const again = await openPopup(h);
    await again.getByRole('heading', { name: /Step 3 of 5/ }).waitFor();
    // Paused where it was: the time in between was not spent on the exercise.
    expect(await again.getByRole('button', { name: 'Resume' }).isVisible()).toBe(true);
    await again.getByRole('button', { name: 'Resume' }).click();
    await again.getByRole('button', { name: 'End', exact: true }).click();
    await backToWork(again);
    await again.close();
  });

  it('with strict breaks, offers no Not now, no Next step and no End, and the exercise runs its full time', async () => {
    const options = await openOptions(h, 'Reminders');
    await options.getByRole('checkbox', { name: /^Strict breaks/ }).check();
    await expect.poll(async () => (await h.storage('sync')).settings?.data.strictMode).toBe(true);
    // Snoozing is set aside, and says why.
    const choices = options.getByRole('group', { name: 'Snoozing' }).getByRole('textbox', { name: /^Snooze choices/ });
    expect(await choices.isDisabled()).toBe(true);
    await options.getByText('Snoozing is off while strict breaks are on.').waitFor();

    const page = await openPopup(h, { clock: true });
    await startBreak(page);
    await showContent(page, 'trust-pace', 'box-breathing');
    expect(await page.getByRole('button', { name: 'Not now' }).count()).toBe(0);
    await beginButton(page).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await page.getByRole('button', { name: 'End', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Next step' }).count()).toBe(0);
    // A minute in, still the exercise; at its end the close screen comes by itself, and the break is taken.
    await page.clock.fastForward(60_000);
    expect(await page.getByRole('heading', { name: 'Nice work.' }).count()).toBe(0);
    await page.clock.fastForward(10 * 60_000);
    await page.getByRole('heading', { name: 'Nice work.' }).waitFor();
    await expect.poll(async () => (await lastBreak(h))?.outcome).toBe('taken');
    await backToWork(page);
    await page.close();

    await options.getByRole('checkbox', { name: /^Strict breaks/ }).uncheck();
    await expect.poll(async () => (await h.storage('sync')).settings?.data.strictMode).toBe(false);
    await options.close();
  });

  it('records a break that reached its close screen once, though the popup closed there', async () => {
    const before = (await h.storage('local')).history?.data.length ?? 0;
    const page = await openPopup(h);
    await startBreak(page);
    await takeBreak(page);
    await page.close();
    await expect.poll(async () => (await h.storage('local')).history?.data.length).toBe(before + 1);
    // Opened again, the close screen is still there to answer; nothing is recorded twice.
    const again = await openPopup(h);
    await again.getByRole('heading', { name: 'Nice work.' }).waitFor();
    await again.getByRole('radio', { name: 'Okay' }).check();
    await backToWork(again);
    const history = (await h.storage('local')).history?.data ?? [];
    expect(history).toHaveLength(before + 1);
    expect(history.at(-1)).toMatchObject({ outcome: 'taken', moodAfter: 3 });
    await again.close();
  });

  it('made no network request outside the extension', () => {
    expect(h.outsideRequests).toEqual([]);
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
    const page = await openPopup(h, { clock: true });
    await startBreak(page);
    await showContent(page, 'trust-pace', 'box-breathing');
    await beginButton(page).click();
    const disc = page.locator('.dial-disc');
    const styles = new Set<string>();
    const phases = new Set<string | null>();
    for (let i = 0; i < 30; i++) {
      await page.clock.fastForward(1000);
      if ((await disc.count()) === 0) continue;
      styles.add(
        await disc.evaluate((el) => `${getComputedStyle(el).transform}|${getComputedStyle(el).transitionDuration}`),
      );
      phases.add(await page.locator('.phase-word').textContent());
    }
    expect(phases.size).toBeGreaterThan(2);
    expect(styles.size).toBe(1);
    expect([...styles][0]).toMatch(/\|0s$/);
  });
});
