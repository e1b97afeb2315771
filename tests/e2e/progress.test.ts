import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/core/history/types';
import { DAY } from '@/lib/core/vocabulary';
import { backToWork, openPopup, putOff, startBreak, takeBreak } from './break-steps';
import { type Harness, startHarness } from './harness';
import { chartTable, openOptions, todayLine } from './options-steps';

/* Progress and history as a person reads them after a morning of breaks. */
describe('Breathing Room progress and history', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const popup = await openPopup(h);
    for (const answer of ['take', 'skip', 'take']) {
      await startBreak(popup);
      // A break counts as taken once its exercise is begun.
      if (answer === 'take') {
        await takeBreak(popup);
        await backToWork(popup);
      } else await putOff(popup);
    }
    for (let i = 0; i < 50 && (await h.storage('local')).history?.data.length !== 3; i++) {
      await popup.waitForTimeout(100);
    }
    await popup.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows today against the goal in the popup', async () => {
    const popup = await h.open('popup.html');
    await expect.poll(() => popup.getByText('2 of 6 today').isVisible()).toBe(true);
  });

  it('shows the numbers at a glance, and the 30 days as a table too', async () => {
    const options = await openOptions(h, 'Progress');
    await expect.poll(() => todayLine(options)).toBe('2 of 6 breaks today');
    const progress = options.getByRole('region', { name: 'Your progress' });
    expect(await progress.getByText('67% of due breaks taken').isVisible()).toBe(true);
    expect((await chartTable(options, 'The last 30 days')).at(-1)?.slice(1)).toEqual(['2', '1']);
  });

  it('lists the breaks under today, newest first, and filters them by outcome and by note', async () => {
    const options = await openOptions(h, 'History');
    const history = options.getByRole('region', { name: 'History', exact: true });
    const today = history.getByRole('list', { name: 'Today' });
    await expect.poll(() => today.getByRole('listitem').count()).toBe(3);
    expect(await today.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Taken'),
      expect.stringContaining('Skipped'),
      expect.stringContaining('Taken'),
    ]);
    await history.getByRole('combobox', { name: 'Show' }).selectOption('skipped');
    await expect.poll(() => today.getByRole('listitem').count()).toBe(1);
    await history.getByRole('combobox', { name: 'Show' }).selectOption('all');
    await history.getByRole('searchbox', { name: 'Search notes' }).fill('nothing written like this');
    await expect.poll(() => history.getByRole('status').textContent()).toBe('No breaks match.');
  });
});

/** A Wednesday afternoon, the "now" of the charts below, so their days are the same on every run. */
const NOW = new Date(2026, 10, 25, 15, 0).getTime();

/** A break `daysAgo` days before NOW's day, at 10:00 plus `n` times ten minutes. */
function entry(daysAgo: number, n: number, fields: Partial<HistoryEntry>): HistoryEntry {
  const day = new Date(NOW - daysAgo * DAY);
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 10, n * 10).getTime();
  return { id: String(start), startedAt: start, endedAt: start + 3 * 60_000, outcome: 'taken', ...fields };
}

// A break the app records names its insight with its exercise (history keeps neither alone).
const box = { insightId: 'trust-pace', exerciseId: 'box-breathing' };
const senses = { insightId: 'trust-safe-place', exerciseId: 'five-senses' };
/** Twenty breaks over several days: 18 taken, one skipped, one missed; five check-ins. */
const TWENTY: HistoryEntry[] = [
  entry(20, 0, box),
  entry(20, 1, box),
  entry(20, 2, box),
  entry(20, 3, { outcome: 'missed' }),
  ...[0, 1, 2, 3, 4, 5].map((n) => entry(5, n, box)),
  entry(2, 0, { insightId: 'trust-pace', exerciseId: 'feet-on-the-floor' }),
  entry(2, 1, { insightId: 'trust-pace', exerciseId: 'feet-on-the-floor' }),
  entry(1, 0, { ...senses, moodBefore: 3, moodAfter: 4 }),
  entry(1, 1, { ...senses, moodBefore: 3, moodAfter: 3 }),
  entry(1, 2, senses),
  entry(1, 3, senses),
  ...[0, 1].map((n) => entry(0, n, { ...box, moodBefore: 2, moodAfter: 4 })),
  entry(0, 2, { ...box, moodBefore: 2, moodAfter: 4, note: 'Shoulders down, jaw loose.' }),
  entry(0, 3, { outcome: 'skipped' }),
];

describe.each(['light', 'dark'] as const)('Breathing Room progress after twenty breaks, %s', (scheme) => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness({ colorScheme: scheme, reducedMotion: 'reduce' });
    await h.setHistory(TWENTY, NOW);
    page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.clock.install({ time: NOW });
    await page.goto(`chrome-extension://${h.extensionId}/options.html#progress`);
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts today, the week and the streaks in the tiles', async () => {
    expect(await todayLine(page)).toBe('3 of 6 breaks today');
    const tiles = await page.getByRole('region', { name: 'Your progress' }).getByRole('listitem').allTextContents();
    expect(tiles.map((tile) => tile.replace(/\s+/g, ' ').trim())).toEqual(
      expect.arrayContaining(['9 of 42 breaks this week', '1 day in your longest run']),
    );
  });

  it('shows every break taken in the last 12 weeks on the calendar', async () => {
    const rows = await chartTable(page, 'The last 12 weeks');
    expect(rows[0]).toEqual(['Week of', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(rows).toHaveLength(13);
    const taken = rows.slice(1).flatMap((row) => row.slice(1).map(Number));
    expect(taken.reduce((sum, n) => sum + n, 0)).toBe(18);
    // This week, Monday to Wednesday: two on Monday, four on Tuesday, three today; nothing yet after today.
    expect(rows.at(-1)?.slice(1)).toEqual(['2', '4', '3', '', '', '', '']);
  });

  it('shows the last 30 days with dates, taken and skipped', async () => {
    const rows = await chartTable(page, 'The last 30 days');
    expect(rows[0]).toEqual(['Day', 'Taken', 'Skipped']);
    expect(rows).toHaveLength(31);
    expect(rows.at(-1)?.slice(1)).toEqual(['3', '1']);
    expect(rows.at(-2)?.slice(1)).toEqual(['4', '0']);
    expect(rows.at(-6)?.slice(1)).toEqual(['6', '0']);
    expect(rows.at(-1)?.[0]).toBe('Wed, Nov 25');
  });

  it('shows mood before and after on the days with check-ins', async () => {
    expect(await chartTable(page, 'Mood before and after breaks')).toEqual([
      ['Day', 'Check-ins', 'Before', 'After'],
      ['Tue, Nov 24', '2', '3.0', '3.5'],
      ['Wed, Nov 25', '3', '2.0', '4.0'],
    ]);
  });

  it('says what helps only from three check-ins or more', async () => {
    expect(await chartTable(page, 'What helps you')).toEqual([
      ['Kind of exercise', 'Average mood change', 'Check-ins'],
      ['Breathing', '+2.0', '3'],
      ['Grounding', 'Too few to tell', '2'],
    ]);
  });

  it('saves screenshots of Progress and History into docs/', async () => {
    // The tables folded again: the picture a person first sees.
    const open = page.locator('details[open] > summary');
    while ((await open.count()) > 0) await open.first().click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `docs/options-progress-${scheme}.png`, fullPage: true });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History' }).click();
    await page.getByRole('list', { name: 'Today' }).waitFor();
    await page.screenshot({ path: `docs/options-history-${scheme}.png` });
  });
});
