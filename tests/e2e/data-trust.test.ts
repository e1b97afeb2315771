import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '@/lib/core/history/fold';
import type { HistoryEntry } from '@/lib/core/history/types';
import { backToWork, beginButton, openPopup, startBreak } from './break-steps';
import { eventually, type Harness, startHarness } from './harness';
import { enter, goToSection, openOptions } from './options-steps';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/*
 * Ordinary use must never lose a person's data, and a fault must never stop
 * reminders without a word: the cases that once did, in real Chromium with
 * the built extension, each through the pages a person uses.
 */
describe('Breathing Room: data you can trust', () => {
  let h: Harness;
  /** Uncaught errors of any extension page, and of the background. */
  const uncaught: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    h.context.on('weberror', (error) => uncaught.push(String(error.error())));
    h.context.on('console', (message) => {
      if (message.type() === 'error' && /Uncaught/.test(message.text())) uncaught.push(message.text());
    });
    (await h.worker()).on('console', (message) => {
      if (/Uncaught/.test(message.text())) uncaught.push(`worker: ${message.text()}`);
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const now = Date.now();
  const startedLate = now - 4 * DAY;
  const markup: HistoryEntry = {
    id: String(startedLate),
    startedAt: startedLate,
    // Answered a weekend later: a break left open on a machine that never slept.
    endedAt: startedLate + 64 * HOUR,
    outcome: 'taken',
    insightId: 'expression-name-it',
    exerciseId: 'name-the-feeling',
    moodBefore: 2,
    moodAfter: 3,
    note: 'stress<bearable today, I felt <meh>\nand then <b>better</b>',
  };
  const longAgo = fold({
    ...markup,
    id: String(now - 700 * DAY),
    startedAt: now - 700 * DAY,
    endedAt: now - 700 * DAY + 3 * MINUTE,
  });

  async function yourData(): Promise<Page> {
    const options = await openOptions(h, 'Your data');
    await options.getByRole('region', { name: 'Your data' }).waitFor();
    return options;
  }

  it('exports, clears and imports back a note that looks like markup and a break answered days later', async () => {
    await h.setHistory([longAgo, markup]);
    const before = (await h.storage('local')).history;
    const options = await openOptions(h, 'History');
    // Shown as text, never as markup.
    await expect.poll(() => options.getByText('stress<bearable today', { exact: false }).count()).toBeGreaterThan(0);
    expect(await options.locator('b', { hasText: 'better' }).count()).toBe(0);
    await goToSection(options, 'Your data');
    const data = options.getByRole('region', { name: 'Your data' });

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      data.getByRole('button', { name: 'Export history (JSON)' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    await data.getByRole('button', { name: 'Clear history…' }).click();
    await data.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await h.storage('local')).history?.data.length).toBe(0);

    await data.getByLabel('History file to import').setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => data.getByText('This file has 2 breaks: 2 new, 0 already here.').isVisible()).toBe(true);
    await data.getByRole('button', { name: 'Add them' }).click();
    await expect.poll(async () => (await h.storage('local')).history).toEqual(before);
    await options.close();
  });

  it('adds the breaks of another browser on a day this one folded long ago, and calls them new', async () => {
    const day = longAgo.endedAt;
    const theirs = [1, 2].map((n) => ({
      ...markup,
      id: `other-${n}`,
      startedAt: day + n * HOUR,
      endedAt: day + n * HOUR + 3 * MINUTE,
    }));
    const file = JSON.stringify({ app: 'breathing-room', kind: 'history', version: 2, entries: theirs });
    const options = await yourData();
    const data = options.getByRole('region', { name: 'Your data' });
    await data
      .getByLabel('History file to import')
      .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => data.getByText('This file has 2 breaks: 2 new, 0 already here.').isVisible()).toBe(true);
    await data.getByRole('button', { name: 'Add them' }).click();
    await expect.poll(async () => (await h.storage('local')).history?.data.length).toBe(4);
    await options.close();
  });

  it('records a break left open as missed when the next break would have come', async () => {
    const start = Date.now();
    await h.setStorage('local', {
      schedule: {
        v: 1,
        data: {
          nextBreakAt: start + 1500,
          cycleStartedAt: start - 45 * MINUTE,
          activeBreak: { startedAt: start - 1000, trigger: 'schedule' },
        },
      },
    });
    const worker = await h.worker();
    await worker.evaluate((when) => chrome.alarms.create('break-due', { when }), start + 1500);
    const missed = await eventually(async () =>
      (await h.storage('local')).history?.data.find((entry) => entry.outcome === 'missed'),
    );
    expect(missed.startedAt).toBe(start - 1000);
    expect((await h.storage('local')).schedule?.data.activeBreak).toBeNull();
  });

  it('never writes over settings a newer version saved, and replaces them only when asked', async () => {
    const newer = { v: 99, data: { intervalMinutes: 30, breakMinutes: 4, focusMode: 'deep' } };
    await h.setStorage('sync', { settings: newer });
    const options = await openOptions(h, 'Schedule');
    await expect
      .poll(() =>
        options
          .getByText(/saved by a newer version of Breathing Room/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    const interval = options.getByRole('textbox', { name: 'Minutes between breaks' });
    await expect.poll(() => interval.inputValue()).toBe('30');
    await enter(interval, '50');
    const schedule = options.getByRole('region', { name: 'Schedule' });
    await expect
      .poll(() =>
        schedule
          .getByRole('alert')
          .filter({ hasText: /newer version/ })
          .isVisible(),
      )
      .toBe(true);
    expect(await schedule.getByText('Saved', { exact: true }).count()).toBe(0);
    expect((await h.storage('sync')).settings).toEqual(newer);

    await options.getByRole('button', { name: "Use this version's settings…" }).click();
    await options.getByRole('button', { name: 'Replace them' }).click();
    await expect.poll(async () => (await h.storage('sync')).settings?.v).toBeLessThan(newer.v);
    expect((await h.storage('sync')).settings?.data).toMatchObject({ intervalMinutes: 30, breakMinutes: 4 });
    await options.close();
  });

  it('stops the worker while a break is being recorded: each break is recorded once, and nothing goes uncaught', async () => {
    const popup = await openPopup(h);
    for (let round = 0; round < 4; round++) {
      const count = (await h.storage('local')).history?.data.length ?? 0;
      await startBreak(popup);
      await beginButton(popup).click();
      await popup.getByRole('button', { name: 'End', exact: true }).click();
      await h.stopWorker().catch(() => undefined);
      // The record goes through, whatever the worker was doing: a second ask if the first was cut off.
      await popup.getByRole('heading', { name: 'Nice work.' }).waitFor();
      // Every other round, Back to work at once: it waits for the record on its way rather than cut it off.
      if (round % 2 === 1) await backToWork(popup);
      // A worker stopped mid-request starts again first: give it the time a restart takes.
      await expect
        .poll(async () => (await h.storage('local')).history?.data.length, { timeout: 15_000 })
        .toBe(count + 1);
      if (round % 2 === 0) await backToWork(popup);
    }
    expect(uncaught).toEqual([]);
    await popup.close();
  });

  it('with storage.local full, the due break still comes, the person is told, and the close screen says what to do', async () => {
    const popup = await openPopup(h);
    await popup.getByText(/Next break in/).waitFor();
    // Fill storage.local to the brim first, as years of another app's junk would (it cannot: this is ours).
    const refused = await popup.evaluate(async () => {
      for (let size = 8 * 1024 * 1024; size >= 16; size = Math.floor(size / 2)) {
        for (let n = 0; ; n++) {
          try {
            await chrome.storage.local.set({ [`junk-${size}-${n}`]: 'x'.repeat(size) });
          } catch {
            break;
          }
        }
      }
      return chrome.storage.local.set({ 'junk-probe': 'x'.repeat(64) }).then(
        () => false,
        () => true,
      );
    });
    expect(refused).toBe(true);
    // Then the break comes forward, its schedule in memory, as the extension keeps it while the store is full.
    await popup.evaluate(async (ms) => {
      await navigator.locks.request('breathing-room:local:schedule', async () => {
        const { schedule } = (await chrome.storage.local.get('schedule')) as { schedule: { data: object } };
        const when = Date.now() + ms;
        const data = { ...schedule.data, nextBreakAt: when, cycleStartedAt: Date.now() - 1000, activeBreak: null };
        await chrome.storage.session.set({ schedule: { ...schedule, data: { ...data, idleSince: null } } });
        await chrome.alarms.create('break-due', { when });
      });
    }, 3000);
    // The popup at rest says so, before the break comes.
    const unsaved = popup.getByRole('alert').filter({ hasText: 'cannot save its schedule' });
    await expect.poll(() => unsaved.isVisible()).toBe(true);
    await expect.poll(() => beginButton(popup).isVisible(), { timeout: 15_000 }).toBe(true);
    // The break began while the store was full: its open break reached memory, and never storage.local.
    const schedules = await popup.evaluate(async () => {
      type Stored = { schedule?: { data: { activeBreak: unknown } } };
      const open = async (area: 'session' | 'local') =>
        ((await chrome.storage[area].get('schedule')) as Stored).schedule?.data.activeBreak;
      return { memory: await open('session'), local: await open('local') };
    });
    expect(schedules).toEqual({ memory: expect.objectContaining({ trigger: 'schedule' }), local: null });
    expect(await h.alarm()).toBeDefined();
    await beginButton(popup).click();
    await popup.getByRole('button', { name: 'End', exact: true }).click();
    const close = popup.getByRole('region', { name: 'Nice work.' });
    await expect
      .poll(() =>
        close
          .getByRole('alert')
          .filter({ hasText: /no room left/ })
          .textContent(),
      )
      .toMatch(/no room left in the browser's storage/);
    // Back to work tries the record again; while there is no room, the screen stays and says so.
    await popup.getByRole('radio', { name: 'Good', exact: true }).check();
    await popup.getByRole('button', { name: 'Back to work' }).click();
    await popup.waitForTimeout(500);
    expect(await close.isVisible()).toBe(true);
    await popup.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      await chrome.storage.local.remove(Object.keys(all).filter((key) => key.startsWith('junk-')));
    });
    await backToWork(popup);
    // Recorded once there was room, with how the person felt after; the schedule is back in storage.local.
    expect((await h.storage('local')).history?.data.at(-1)).toMatchObject({ outcome: 'taken', moodAfter: 4 });
    await expect.poll(() => unsaved.count()).toBe(0);
    expect(await popup.evaluate(() => chrome.storage.session.get('schedule'))).toEqual({});
    expect(uncaught).toEqual([]);
    await popup.close();
  });

  /** Damaged values of every stored item, as a hand edit, a half-written value or another version could leave them. */
  const damaged: [string, 'local' | 'sync' | 'session', Record<string, unknown>][] = [
    ['settings: not an envelope', 'sync', { settings: 'loud' }],
    [
      'settings: absurd numbers',
      'sync',
      { settings: { v: 1, data: { intervalMinutes: 1e308, volume: -4, workingHours: 7 } } },
    ],
    [
      'schedule: times of 1e308',
      'local',
      { schedule: { v: 1, data: { nextBreakAt: 1e308, cycleStartedAt: 0, pause: { until: 1e308 } } } },
    ],
    [
      'schedule: a break of nothing',
      'local',
      { schedule: { v: 1, data: { activeBreak: { startedAt: 'now' }, recentInsightIds: 5 } } },
    ],
    ['history: an index of junk', 'local', { history: { v: 3, data: { months: { '2026-13': 'full', x: 1 } } } }],
    [
      'history: a month of junk',
      'local',
      {
        history: { v: 3, data: { months: { '2020-01': 'full' } } },
        'history:2020-01': { v: 3, data: { from: 'x', rows: [[1e308, -1, 9]] } },
      },
    ],
    [
      'history: version 2 of junk',
      'local',
      { history: { v: 2, data: { entries: [null, [1e308]], days: { '2026-02-30': [1e300] } } } },
    ],
    ['history: a newer version', 'local', { history: { v: 9, data: 'future' } }],
    ['storage notice: junk', 'local', { storageNotice: { v: 1, data: { at: 1e308, kind: 'loud' } } }],
    [
      'own content: half of it junk',
      'local',
      { ownContent: { v: 1, data: { insights: [null, { id: 5, text: 1e308 }], exercises: 'all', gone: [1] } } },
    ],
    [
      'micro-breaks: days of junk',
      'local',
      {
        microBreaks: {
          v: 1,
          data: { '2026-13-40': { shown: 1 }, '2026-01-01': { shown: 1e308, skipped: -1 }, x: 'y' },
        },
      },
    ],
    [
      "a break's progress: a close screen of junk",
      'session',
      {
        breakProgress: {
          v: 1,
          data: { breakId: now, screen: 'close', savedAt: now, player: { status: 'done', step: 1e308 }, content: 5 },
        },
      },
    ],
    [
      'history: a summary of junk',
      'local',
      {
        // The summary is read for every month but the latest two the index lists.
        history: { v: 3, data: { months: { '2020-01': 'folded', '2020-02': 'full', '2020-03': 'full' } } },
        'history:summary': { v: 3, data: { '2020-01': { d: 'zz.zz', m: { x: [1e308, -1] } }, '2026-13': 'x' } },
      },
    ],
  ];

  it.each(damaged)(
    'opens popup, options and the background on %s, without an uncaught error',
    async (_label, area, items) => {
      await h.setStorage(area, items);
      const popup = await h.open('popup.html');
      await expect.poll(() => popup.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
      expect(await popup.getByText(/e\+\d{3}|NaN|Invalid Date/).count()).toBe(0);
      const options = await h.open('options.html#progress');
      await expect.poll(() => options.getByRole('heading', { name: 'Your progress' }).isVisible()).toBe(true);
      expect(await options.getByText(/e\+\d{3}|NaN|Invalid Date/).count()).toBe(0);
      await goToSection(options, 'History');
      expect(await options.getByText(/e\+\d{3}|NaN|Invalid Date/).count()).toBe(0);
      // The background reads all of it too, on an alarm.
      const worker = await h.worker();
      await worker.evaluate(() => chrome.alarms.create('heads-up', { when: Date.now() + 100 }));
      await popup.waitForTimeout(500);
      expect(uncaught).toEqual([]);
      await popup.close();
      await options.close();
    },
  );

  it('made no network request outside the extension', () => {
    expect(h.outsideRequests).toEqual([]);
  });
});
