import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { MINUTE } from '@/lib/core/vocabulary';
import { EXTENSION_DIR, welcomePage } from '../../scripts/chromium.mjs';
import { eventually } from '../support/eventually';
import { axeViolations, pageSize, tabStops } from './break-steps';
import { type Harness, startHarness } from './harness';

/** The break alarm's time, once it is `minutes` after the countdown's start. */
async function alarmAfter(h: Harness, minutes: number) {
  await eventually(async () => {
    const start = (await h.storage('local')).schedule?.data.cycleStartedAt ?? 0;
    return (await h.alarm())?.scheduledTime === start + minutes * MINUTE;
  });
  return (await h.alarm())?.scheduledTime ?? 0;
}

/** The next break as the page says it, and as it should say the alarm's time: with its weekday when not today (near midnight). */
const firstBreakLine = (page: Page) => page.getByText(/^Your first break comes/).textContent();
const expectedLine = (page: Page, time: number) =>
  page.evaluate((at) => {
    const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(at);
    if (new Date(at).toDateString() === new Date().toDateString()) return `Your first break comes at ${clock}.`;
    const day = new Intl.DateTimeFormat('en', { weekday: 'long' }).format(at);
    return `Your first break comes on ${day} at ${clock}.`;
  }, time);

describe('The welcome page of a first install', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness({ keepWelcome: true });
    page = await welcomePage(h.context, h.extensionId);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('says what Breathing Room does and when the first break comes, by the alarm', async () => {
    await page.getByRole('heading', { name: 'Welcome to Breathing Room', level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe('Welcome to Breathing Room');
    const alarm = await alarmAfter(h, DEFAULT_SETTINGS.intervalMinutes);
    expect(await firstBreakLine(page)).toBe(await expectedLine(page, alarm));
    expect(await page.getByRole('radio', { name: /Every 45 minutes/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Open the break by itself' }).isChecked()).toBe(true);
    // The main action is in view as the page opens, at the size of a laptop.
    const box = await page.getByRole('button', { name: 'Try a break now' }).boundingBox();
    expect((box?.y ?? 900) + (box?.height ?? 0)).toBeLessThan(800);
  });

  it('a rhythm chosen in one tap moves the schedule and its alarm, and the page says the new time', async () => {
    await page.getByRole('radio', { name: /Every 30 minutes/ }).check();
    await eventually(async () => (await h.storage('sync')).settings?.data.intervalMinutes === 30);
    expect((await h.storage('sync')).settings?.data.breakMinutes).toBe(2);
    const alarm = await alarmAfter(h, 30);
    await expect.poll(() => firstBreakLine(page)).toBe(await expectedLine(page, alarm));
    await page.getByRole('radio', { name: /Every 60 minutes/ }).check();
    await alarmAfter(h, 60);
    expect((await h.storage('sync')).settings?.data.breakMinutes).toBe(5);
  });

  it('working hours turn on with today’s hours prefilled, and a time that makes no range is said, not saved', async () => {
    await page.getByRole('checkbox', { name: 'Only during working hours' }).check();
    await eventually(async () => (await h.storage('sync')).settings?.data.workingHours.enabled === true);
    const from = page.getByLabel('From');
    const to = page.getByLabel('To', { exact: true });
    expect([await from.inputValue(), await to.inputValue()]).toEqual(['09:00', '18:00']);
    await from.fill('08:30');
    await eventually(async () => (await h.storage('sync')).settings?.data.workingHours.days[1]?.[0]?.start === 510);
    await to.fill('07:00');
    await page.getByRole('alert').filter({ hasText: 'Choose an end later than the start.' }).waitFor();
    expect((await h.storage('sync')).settings?.data.workingHours.days[1]?.[0]).toEqual({ start: 510, end: 1080 });
    // The other field changed: both are read as they are now, so the end typed stays what it is.
    await from.fill('06:00');
    await eventually(async () => {
      const range = (await h.storage('sync')).settings?.data.workingHours.days[1]?.[0];
      return range?.start === 360 && range.end === 420;
    });
    await to.fill('17:00');
    await eventually(async () => (await h.storage('sync')).settings?.data.workingHours.days[1]?.[0]?.end === 1020);
    await page.getByRole('checkbox', { name: 'Only during working hours' }).uncheck();
    await eventually(async () => (await h.storage('sync')).settings?.data.workingHours.enabled === false);
  });

  it('the reminder style is one of two plain choices', async () => {
    await page.getByRole('radio', { name: 'Only show a notification' }).check();
    await eventually(async () => (await h.storage('sync')).settings?.data.reminderStyle === 'notify');
    await page.getByRole('radio', { name: 'Open the break by itself' }).check();
    await eventually(async () => (await h.storage('sync')).settings?.data.reminderStyle === 'open');
  });

  it('tells how to keep the button in reach and links to options and the privacy words', async () => {
    await page.getByRole('heading', { name: 'Keep it in reach' }).waitFor();
    expect(await page.getByText(/puzzle piece/).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'All options' }).getAttribute('href')).toMatch(/options\.html$/);
    expect(await page.getByRole('link', { name: /^Privacy/ }).getAttribute('href')).toMatch(/privacy\.html$/);
  });

  it('is clean to axe, reached by keyboard in reading order, and usable at 200% zoom', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const stops = await tabStops(page);
    expect(stops[0]).toMatch(/Try a break now/);
    expect(stops.filter((stop) => stop.startsWith('input')).length).toBeGreaterThanOrEqual(3);
    await page.setViewportSize({ width: 640, height: 400 });
    expect((await pageSize(page)).sidewaysScroll).toBe(0);
    await page.screenshot({ path: 'screenshots/welcome-zoom-200.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('saves its screenshots in light and dark into docs/', async () => {
    // From the top, as a person first sees it, with no focus ring left from the keyboard test.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      scrollTo(0, 0);
    });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      if (scheme === 'dark') expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `docs/welcome-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('Try a break now opens a real break, and the page says it is open', async () => {
    await page.getByRole('button', { name: 'Try a break now' }).click();
    await eventually(async () => (await h.popupTexts()).some((text) => /Begin: /.test(text)));
    expect((await h.storage('local')).schedule?.data.activeBreak?.trigger).toBe('manual');
    await page.getByText('Your break is open in the Breathing Room button.').waitFor();
  });

  it('opens once: not again when the worker restarts', async () => {
    const welcomes = () => h.context.pages().filter((p) => p.url().endsWith('/welcome.html')).length;
    expect(welcomes()).toBe(1);
    await page.close();
    await h.stopWorker();
    await h.worker();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(welcomes()).toBe(0);
  });
});

describe('The welcome page left alone', () => {
  it('closing it keeps the defaults, and an update does not open it again', async () => {
    // A copy of the build, so its version can change as an update's would.
    const dir = mkdtempSync(join(tmpdir(), 'breathing-room-update-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const h = await startHarness({ keepWelcome: true, extensionDir: dir });
    try {
      const page = await welcomePage(h.context, h.extensionId);
      await page.getByRole('radio', { name: /Every 45 minutes/ }).waitFor();
      await page.close();
      expect((await h.storage('sync')).settings).toBeUndefined();
      await alarmAfter(h, DEFAULT_SETTINGS.intervalMinutes);

      // The update: a newer version on disk, reloaded as chrome://extensions does (in developer
      // mode, as unpacked extensions need). onInstalled then says 'update', in a new worker.
      const manifestFile = join(dir, 'manifest.json');
      writeFileSync(
        manifestFile,
        JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), version: '99.0.0' }),
      );
      const extensions = await h.context.newPage();
      await extensions.goto('chrome://extensions');
      await extensions.evaluate(async (id) => {
        const developer = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
        await new Promise<void>((done) => developer.updateProfileConfiguration({ inDeveloperMode: true }, done));
        await new Promise<void>((done) => developer.reload(id, { failQuietly: true }, done));
      }, h.extensionId);
      await eventually(() =>
        extensions.evaluate(
          (id) =>
            new Promise<boolean>((done) =>
              (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.getExtensionInfo(
                id,
                (info) => done(info.version === '99.0.0' && info.state === 'ENABLED'),
              ),
            ),
          h.extensionId,
        ),
      );
      await eventually(async () => h.context.serviceWorkers().some((w) => w.url().includes(h.extensionId)));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(h.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toEqual([]);
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The part of chrome://extensions' own API this test uses. */
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void;
  reload(id: string, options: { failQuietly: boolean }, done: () => void): void;
  getExtensionInfo(id: string, done: (info: { version: string; state: string }) => void): void;
}
