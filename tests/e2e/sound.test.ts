import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringBreakForward, eventually, type Harness, startHarness } from './harness';
import { openOptions } from './options-steps';

/*
 * The "During a break" options and the reminder chime, in real Chromium with
 * the built extension. Chrome's service worker has no Audio, so a chime means
 * an offscreen document: its presence is what these tests can see. The tests
 * run in order on one browser: sound starts off, as on a new install.
 */
describe('Breathing Room sound and break preferences', () => {
  let h: Harness;
  let options: Page;

  beforeAll(async () => {
    h = await startHarness();
    options = await openOptions(h, 'During a break');
    await options.getByRole('heading', { name: 'During a break' }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  const settings = async () => (await h.storage('sync')).settings?.data;
  const slider = () => options.getByRole('slider', { name: 'Chime volume' });

  /** The extension's offscreen documents, as the service worker sees them. */
  async function offscreenDocuments(): Promise<string[]> {
    const worker = await h.worker();
    return worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentUrl ?? ''),
    );
  }

  /** Makes the break due now, as the alarm would after the interval, and waits until it has begun. */
  async function makeBreakDue() {
    const worker = await h.worker();
    const before = (await h.storage('local')).schedule?.data.nextBreakAt;
    await bringBreakForward(worker);
    // The reminder's decision is stored: a break is running and the next reminder moved on.
    await eventually(async () => {
      const schedule = (await h.storage('local')).schedule?.data;
      return schedule?.activeBreak && schedule.nextBreakAt !== before;
    });
  }

  it('with sound off (the default), a due break opens no offscreen document', async () => {
    // Nothing stored yet: the defaults apply, and the options page shows them.
    expect((await settings())?.sound ?? false).toBe(false);
    expect(await options.getByRole('checkbox', { name: 'Play a soft chime' }).isChecked()).toBe(false);
    await makeBreakDue();
    // The reminder reached the person: its notification is there (a chime would come right after it).
    const worker = await h.worker();
    await eventually(async () => 'break-due' in (await worker.evaluate(() => chrome.notifications.getAll())));
    // Long enough for a chime's document to have been made, had one been asked for.
    await options.waitForTimeout(1000);
    expect(await offscreenDocuments()).toEqual([]);
  });

  it('turning the chime on saves sound and enables the volume slider', async () => {
    expect(await slider().isDisabled()).toBe(true);
    await options.getByRole('checkbox', { name: 'Play a soft chime' }).check();
    await expect.poll(async () => (await settings())?.sound).toBe(true);
    await expect.poll(() => slider().isEnabled()).toBe(true);
  });

  it('saves the volume when the slider moves, by value or by keyboard', async () => {
    expect(await slider().inputValue()).toBe('60');
    await slider().fill('30');
    await expect.poll(async () => (await settings())?.volume).toBe(30);
    await slider().focus();
    await options.keyboard.press('ArrowRight');
    await expect.poll(async () => (await settings())?.volume).toBe(35);
    expect(await options.getByRole('button', { name: 'Play a test chime' }).isEnabled()).toBe(true);
  });

  it('with sound on, a due break opens the offscreen document that plays the chime', async () => {
    await makeBreakDue();
    const urls = await eventually(async () => {
      const found = await offscreenDocuments();
      // A document still loading is listed with an empty URL: wait until it has loaded.
      return found.some((url) => url !== '') ? found : null;
    });
    expect(urls).toEqual([`chrome-extension://${h.extensionId}/offscreen.html`]);
  });

  it('saves the chime at each step, which the break also offers on exercises done with closed eyes', async () => {
    const box = options.getByRole('checkbox', { name: 'Chime at each step of exercises done with closed eyes' });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(async () => (await settings())?.stepChime).toBe(true);
    // Its chimes use the same volume: the slider stays on with sound off.
    await options.getByRole('checkbox', { name: 'Play a soft chime' }).uncheck();
    await expect.poll(async () => (await settings())?.sound).toBe(false);
    expect(await slider().isEnabled()).toBe(true);
  });

  it('saves the theme chosen', async () => {
    const group = options.getByRole('group', { name: 'Theme' });
    expect(await group.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);
    await group.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(async () => (await settings())?.theme).toBe('dark');
  });

  it('saves the mood check-in turned off', async () => {
    const box = options.getByRole('checkbox', { name: 'Ask how I feel before and after' });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(async () => (await settings())?.moodCheckIn).toBe(false);
  });

  it('made no network request outside the extension', () => {
    expect(h.outsideRequests).toEqual([]);
  });
});
