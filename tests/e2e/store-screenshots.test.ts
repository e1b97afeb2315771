import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/core/history/types';
import { DAY, MINUTE } from '@/lib/core/vocabulary';
import { eventually } from '../support/eventually';
import { beginButton, POPUP_SIZE, showContent } from './break-steps';
import { type Harness, startHarness } from './harness';

/*
 * The stores' screenshots (1280x800, light and dark), made from the real
 * extension on every run so they never show an older Breathing Room: the
 * break in its large window, the toolbar popup on a calm stage, and
 * progress after ten weeks of breaks. Their captions: store/listing.md.
 */
const STORE_SIZE = { width: 1280, height: 800 };
const OUT = 'store/screenshots';

/**
 * Ten weeks of an ordinary working rhythm before `now`: five to seven breaks
 * a weekday against the goal of six, now and then one skipped, moods now and
 * then, and four so far today, the last a little while ago.
 */
function tenWeeks(now: number): HistoryEntry[] {
  const exercises = ['box-breathing', 'five-senses', 'feet-on-the-floor', 'shoulder-rolls'];
  const entry = (start: number, k: number, skipped = false): HistoryEntry => ({
    id: String(start),
    startedAt: start,
    endedAt: start + 3 * MINUTE,
    outcome: skipped ? 'skipped' : 'taken',
    ...(!skipped && { insightId: 'trust-pace', exerciseId: exercises[k % exercises.length] as string }),
    ...(!skipped && k % 2 === 0 && { moodBefore: k % 4 === 0 ? 2 : 3, moodAfter: 4 }),
  });
  const entries: HistoryEntry[] = [];
  for (let daysAgo = 70; daysAgo >= 1; daysAgo--) {
    const day = new Date(now - daysAgo * DAY);
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    const breaks = 5 + ((daysAgo * 7) % 3);
    for (let n = 0; n < breaks; n++) {
      const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9, n * 50).getTime();
      entries.push(entry(start, daysAgo + n, n === 0 && daysAgo % 11 === 0));
    }
  }
  for (let n = 4; n >= 1; n--) entries.push(entry(now - n * 50 * MINUTE, n));
  return entries;
}

/** Shows a screenshot of the popup on a calm stage the stores' size, as the toolbar would hold it. */
async function stage(page: Page, popupPng: Buffer) {
  await page.evaluate(
    (src) => {
      const img = document.createElement('img');
      img.src = src;
      img.alt = '';
      img.style.cssText =
        'inline-size:380px;block-size:600px;border-radius:12px;box-shadow:0 12px 40px rgb(0 0 0 / 0.25);border:1px solid var(--line)';
      const stageEl = document.createElement('div');
      stageEl.style.cssText = 'display:grid;place-items:center;block-size:100vh;background:var(--accent-soft)';
      stageEl.append(img);
      document.body.replaceChildren(stageEl);
      return img.decode();
    },
    `data:image/png;base64,${popupPng.toString('base64')}`,
  );
}

describe.each(['light', 'dark'] as const)('Store screenshots, %s', (scheme) => {
  let h: Harness;
  /** The pages' time: 27 minutes before the next break, whose alarm is real. */
  let now: number;
  beforeAll(async () => {
    h = await startHarness({ colorScheme: scheme, reducedMotion: 'reduce' });
    await eventually(async () => (await h.storage('local')).schedule?.data.nextBreakAt);
    now = ((await h.storage('local')).schedule?.data.nextBreakAt ?? 0) - 27 * MINUTE;
    await h.setHistory(tenWeeks(now), now);
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** An extension page at the stores' size, its clock at `now`. */
  async function openAt(path: string, size = STORE_SIZE) {
    const page = await h.context.newPage();
    await page.setViewportSize(size);
    await page.clock.install({ time: now });
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    return page;
  }

  it('the popup at rest, on a stage', async () => {
    const popup = await openAt('popup.html', POPUP_SIZE);
    await popup.getByText(/of 6 today/).waitFor();
    await popup.getByText('27 min').waitFor();
    const shot = await popup.screenshot();
    await popup.close();
    const page = await openAt('options.html');
    await stage(page, shot);
    await page.screenshot({ path: `${OUT}/popup-${scheme}.png` });
    await page.close();
  });

  it('progress after ten weeks', async () => {
    const page = await openAt('options.html#progress');
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.screenshot({ path: `${OUT}/progress-${scheme}.png` });
    await page.close();
  });

  it('a break in its large window, mid-exercise', async () => {
    const page = await openAt('popup.html?window=large');
    await page.getByRole('button', { name: 'Take a break now', exact: true }).click();
    await beginButton(page).waitFor();
    await showContent(page, 'trust-pace', 'box-breathing');
    await beginButton(page).click();
    await page.clock.fastForward(6_000);
    await page.mouse.move(0, 0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(STORE_SIZE.height);
    await page.screenshot({ path: `${OUT}/break-${scheme}.png` });
    await page.close();
  });
});
