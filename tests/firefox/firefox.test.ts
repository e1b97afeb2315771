import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringBreakIn } from '../../scripts/break-due.mjs';
import { buttonStarting, launchFirefoxWithExtension, until } from '../../scripts/firefox.mjs';
import { eventually } from '../support/eventually';

/*
 * Breathing Room's Firefox build in the system Firefox (ESR): installed as a
 * person's browser would, driven by role and name. The same journeys as the
 * Chromium suite, kept few, and the paths only Firefox takes: its event page,
 * its sound without an offscreen document, its alarms lost on restart.
 */

type Firefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

/** A control by its role and accessible name, as a person finds it. */
const byRole = (page: Page, role: string, name: string) => page.locator(`::-p-aria([name="${name}"][role="${role}"])`);

/** The settings as stored, read from one of the extension's pages. */
const storedSettings = (page: Page) =>
  page.evaluate(async () => (await browser.storage.sync.get('settings')).settings) as Promise<
    { data?: { intervalMinutes?: number; sound?: boolean } } | undefined
  >;

/** Brings the next break forward to now, as the Chromium suite does (scripts/break-due.mjs). */
const makeBreakDue = (page: Page) => page.evaluate(bringBreakIn, 200);

/**
 * Waits until the background has dealt with what happened before (a settings change it
 * reacts to by moving the next break): a request behind them in its queue is answered.
 * Otherwise its late reaction could move a break the test has just brought forward.
 */
async function backgroundCaughtUp(page: Page): Promise<void> {
  await new Promise((wait) => setTimeout(wait, 300));
  await page.evaluate(() => browser.runtime.sendMessage({ type: 'checkSchedule' }));
}

/** The text of each open break view: the toolbar popup and any window of its own. */
const breakViews = (page: Page) =>
  page.evaluate(() =>
    browser.extension
      .getViews()
      .filter((view) => view.location.pathname === '/popup.html' && view !== window)
      .map((view) => ({ search: view.location.search, text: view.document.body.textContent ?? '' })),
  );

describe('Breathing Room in Firefox', () => {
  let ff: Firefox;
  let probe: Page;
  beforeAll(async () => {
    ff = await launchFirefoxWithExtension({ reducedMotion: true });
    // A page of the extension's own to read storage and alarms from.
    probe = await ff.open('options.html', { width: 1280, height: 800 });
    console.log(`Firefox: ${await ff.browser.version()}`);
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('installs, greets with its welcome page once, and its popup page counts down to the first break', async () => {
    const tabs = () =>
      probe.evaluate(() => browser.extension.getViews({ type: 'tab' }).map((view) => view.location.pathname));
    await eventually(async () => (await tabs()).includes('/welcome.html'));
    expect((await tabs()).filter((path) => path === '/welcome.html')).toHaveLength(1);
    const popup = await ff.open('popup.html');
    await byRole(popup, 'button', 'Take a break now').wait();
    expect(await popup.$eval('main', (main) => main.textContent)).toMatch(/Next break in\s*45 min/);
    await popup.close();
  });

  it('takes a break: Begin, End, Back to work, recorded as taken and shown in options', async () => {
    const popup = await ff.open('popup.html');
    await byRole(popup, 'button', 'Take a break now').click();
    await (await buttonStarting(popup, 'Begin: ')).click();
    await byRole(popup, 'button', 'End').click();
    await byRole(popup, 'heading', 'Nice work.').wait();
    await byRole(popup, 'button', 'Back to work').click();
    await popup.close().catch(() => undefined);

    const options = await ff.open('options.html', { width: 1280, height: 800 });
    await byRole(options, 'link', 'History').click();
    const row = await eventually(() => options.evaluate(() => document.querySelector('section li')?.textContent ?? ''));
    expect(row).toContain('Taken');
    await options.close();
  });

  it('moves the alarm when the interval changes, saves nothing typed on the way, and refuses an invalid one', async () => {
    const options = await ff.open('options.html', { width: 1280, height: 800 });
    const field = byRole(options, 'textbox', 'Minutes between breaks');
    await field.fill('30');
    await options.keyboard.press('Enter');
    const alarm = () => probe.evaluate(async () => (await browser.alarms.get('break-due'))?.scheduledTime ?? 0);
    await eventually(async () => Math.abs((await alarm()) - Date.now() - 30 * 60_000) < 60_000);
    // Typed key by key, as a person types: nothing on the way (1, 10, 100) is saved.
    await field.fill('');
    const seen = new Set<number | undefined>();
    for (const key of '1000') {
      await options.keyboard.type(key);
      await new Promise((wait) => setTimeout(wait, 150));
      seen.add((await storedSettings(probe))?.data?.intervalMinutes);
    }
    expect([...seen]).toEqual([30]);
    await options.keyboard.press('Enter');
    await until(options, () => document.body.textContent?.includes('Choose from 5 to 240 minutes.') === true);
    expect(await field.map((input) => input.getAttribute('aria-invalid')).wait()).toBe('true');
    expect((await storedSettings(probe))?.data?.intervalMinutes).toBe(30);
    await options.close();
  });

  it('opens the toolbar popup with the break when one is due, and notifies', async () => {
    await makeBreakDue(probe);
    const views = await eventually(async () => {
      const all = await breakViews(probe);
      return all.some((view) => view.text.includes('Begin: ')) ? all : null;
    });
    expect(views.map((view) => view.text).join('\n')).toMatch(/minute break[\s\S]*Begin: /);
    const notes = await eventually(async () => {
      const all = await probe.evaluate(() => browser.notifications.getAll());
      return 'break-due' in all ? all : null;
    });
    expect(notes['break-due']).toMatchObject({ title: 'Time for a mindful break' });
  });
  it('opens the break in a window of its own when Firefox refuses to open the popup, and records it', async () => {
    // Firefox refuses openPopup() now and then ("requires a user gesture", "another panel is open"):
    // the refusal is made certain here, in the real event page.
    await probe.evaluate(async () => {
      const page = (await browser.runtime.getBackgroundPage()) as Window & typeof globalThis;
      const action = page.browser.browserAction as unknown as { openPopup: () => Promise<void> };
      action.openPopup = () => Promise.reject(new Error('openPopup requires a user gesture'));
    });
    await makeBreakDue(probe);
    const view = await eventually(async () => (await breakViews(probe)).find((v) => v.search === '?window=1'));
    await eventually(async () =>
      (await breakViews(probe)).find((v) => v.search === '?window=1' && v.text.includes('Begin: ')),
    );
    expect(view.search).toBe('?window=1');
    const windows = await probe.evaluate(async () =>
      (await browser.windows.getAll({ populate: true })).map((w) => ({ type: w.type, url: w.tabs?.[0]?.url ?? '' })),
    );
    expect(windows).toContainEqual({ type: 'popup', url: expect.stringMatching(/popup\.html\?window=1$/) });
    // The break it shows is the schedule's running break.
    const active = await probe.evaluate(async () => (await browser.storage.local.get('schedule')).schedule);
    expect(active).toMatchObject({ data: { activeBreak: { trigger: 'schedule' } } });
  });

  it('respects reduced motion: no screen fades in', async () => {
    const popup = await ff.open('popup.html');
    expect(await popup.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await (await buttonStarting(popup, 'Begin: ')).click();
    await byRole(popup, 'button', 'Pause').wait();
    expect(await popup.$eval('.screen', (screen) => getComputedStyle(screen).animationName)).toBe('none');
    await byRole(popup, 'button', 'End').click();
    await byRole(popup, 'button', 'Back to work').click();
    await popup.close().catch(() => undefined);
  });

  it('brings back a break alarm Firefox lost on restart, as the popup opens', async () => {
    await probe.evaluate(() => browser.alarms.clearAll());
    // Any screen: the break left open above shows, and the popup still checks the schedule.
    const popup = await ff.open('popup.html');
    const alarm = await eventually(() => probe.evaluate(() => browser.alarms.get('break-due')));
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now());
    await popup.close();
  });

  it('plays the chime from its event page, with no offscreen document, when sound is on', async () => {
    const options = await ff.open('options.html', { width: 1280, height: 800 });
    await byRole(options, 'link', 'During a break').click();
    await byRole(options, 'checkbox', 'Play a soft chime').click();
    await eventually(async () => (await storedSettings(probe))?.data?.sound === true);
    await backgroundCaughtUp(probe);
    // Notes each sound the event page starts, here in the options page, which stays: the event
    // page may unload once it has played. Its alarm comes 200 ms later, well before it could unload.
    await probe.evaluate(async () => {
      const notes = window as Window & { played?: string[] };
      notes.played = [];
      const page = (await browser.runtime.getBackgroundPage()) as Window & typeof globalThis;
      const play = page.HTMLMediaElement.prototype.play;
      page.HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        notes.played?.push(this.src);
        return play.call(this);
      };
    });
    await makeBreakDue(probe);
    const played = await eventually(() =>
      probe.evaluate(() => {
        const { played } = window as Window & { played?: string[] };
        return played?.length ? played : null;
      }),
    );
    expect(played[0]).toMatch(/\/sounds\/chime\.wav$/);
    await options.close();
  });

  it('shows a due micro-break in the popup with its cue, which closes itself and counts as shown', async () => {
    const options = await ff.open('options.html', { width: 1280, height: 800 });
    await byRole(options, 'link', 'Schedule').click();
    await byRole(options, 'checkbox', 'Micro-breaks between them').click();
    await byRole(options, 'textbox', 'Seconds a micro-break lasts').fill('10');
    await options.keyboard.press('Enter');
    await eventually(async () => {
      const settings = (await storedSettings(probe)) as { data?: { microBreaks?: boolean; microSeconds?: number } };
      return settings?.data?.microBreaks === true && settings.data.microSeconds === 10;
    });
    await options.close();
    await backgroundCaughtUp(probe);
    await probe.evaluate(bringBreakIn, { ms: 200, micro: true });
    const views = await eventually(async () => {
      const all = await breakViews(probe);
      return all.some((view) => view.text.includes('Micro-break')) ? all : null;
    });
    expect(views.map((view) => view.text).join('\n')).toMatch(
      /Look at something far away|Roll your shoulders|Unclench|breathe out/,
    );
    // Ten seconds on it has closed itself, counted once.
    await eventually(async () => !(await breakViews(probe)).some((view) => view.text.includes('Micro-break')), 20_000);
    const tally = await eventually(() =>
      probe.evaluate(async () => {
        const { microBreaks } = await browser.storage.local.get('microBreaks');
        const days = (microBreaks as { data?: Record<string, { shown: number }> } | undefined)?.data ?? {};
        return Object.values(days)[0]?.shown ?? null;
      }),
    );
    expect(tally).toBe(1);
  });

  it('logged no errors and asked for nothing outside the extension, its event page included', async () => {
    expect(ff.ownErrors().join('\n')).toBe('');
    const fetched = await probe.evaluate(async () => {
      const page = (await browser.runtime.getBackgroundPage()) as Window & typeof globalThis;
      const names = (view: Window) => view.performance.getEntriesByType('resource').map((entry) => entry.name);
      return [...names(page), ...browser.extension.getViews().flatMap((view) => names(view))];
    });
    expect(fetched.filter((url) => !url.startsWith(ff.origin))).toEqual([]);
    expect(ff.requests.filter((url) => !url.startsWith(ff.origin) && url !== 'about:blank')).toEqual([]);
  });
});

describe('Breathing Room in Firefox, its event page', () => {
  let ff: Firefox;
  let idle: Page;
  beforeAll(async () => {
    // Unloaded after 2 s idle instead of 30 s, so the test sees it go and come back.
    ff = await launchFirefoxWithExtension({ quickIdle: true });
    idle = await ff.open('options.html', { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('lets its event page unload while idle, and the alarm wakes it for a due break', async () => {
    const backgroundLoaded = () =>
      idle.evaluate(() =>
        browser.extension.getViews().some((view) => view.location.pathname.endsWith('_generated_background_page.html')),
      );
    await eventually(async () => !(await backgroundLoaded()), 15_000);
    await makeBreakDue(idle);
    await eventually(async () => (await breakViews(idle)).some((view) => view.text.includes('Begin: ')));
    expect(await backgroundLoaded()).toBe(true);
  });
});
