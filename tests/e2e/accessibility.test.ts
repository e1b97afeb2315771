import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginButton, focusUncovered, openPopup } from './break-steps';
import { type Harness, startHarness } from './harness';

// The popup and the break's screens: break-screens.test.ts; the options page: options-page.test.ts.
describe('Breathing Room by keyboard alone', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** What has focus: its name as a person hears it, whether its ring shows, and whether anything covers it. */
  const focused = async (page: Page) => ({
    name: await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
    }),
    ring: await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
    uncovered: await focusUncovered(page),
  });

  /** Presses Tab until the focused control's name starts with `name`, checking every stop on the way. */
  async function tabTo(page: Page, name: string) {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now.uncovered, `${now.name} is covered`).toBe(true);
      if (now.name.startsWith(name)) {
        expect(now.ring, `${now.name} shows no focus ring`).toBe('solid');
        return;
      }
    }
    throw new Error(`could not reach "${name}" with Tab`);
  }

  it('takes a whole break with the keyboard, focus in view and never covered', async () => {
    const popup = await openPopup(h);
    await popup.getByText(/Next break in/).waitFor();
    await tabTo(popup, 'Take a break now');
    await popup.keyboard.press('Enter');
    // The break's heading takes focus for a screen reader, with no ring drawn on it.
    await beginButton(popup).waitFor();
    await expect.poll(async () => (await focused(popup)).name).toMatch(/-minute break$/);
    expect((await focused(popup)).ring).toBe('none');

    // How are you: the faces are one stop, the arrows move along them.
    await tabTo(popup, 'Very low');
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(async () => (await h.storage('local')).schedule?.data.activeBreak?.moodBefore).toBe(3);
    await tabTo(popup, 'Begin: ');
    await popup.keyboard.press('Enter');
    // On the do screen focus is on Pause, in view.
    await expect.poll(async () => (await focused(popup)).name).toBe('Pause');
    expect((await focused(popup)).uncovered).toBe(true);
    await popup.keyboard.press('Space');
    await expect.poll(async () => (await focused(popup)).name).toBe('Resume');
    await tabTo(popup, 'Next step');
    await popup.keyboard.press('Enter');
    await tabTo(popup, 'End');
    await popup.keyboard.press('Enter');
    // The close screen's heading takes focus; the break is recorded.
    await expect.poll(async () => (await focused(popup)).name).toBe('Nice work.');
    await expect.poll(async () => (await h.storage('local')).history?.data.at(-1)?.outcome).toBe('taken');
    await tabTo(popup, 'Back to work');
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
  });

  it('opens and closes the ways to put a break off, and the pause choices, with the keyboard', async () => {
    const popup = await openPopup(h);
    await popup.getByText(/Next break in/).waitFor();
    await tabTo(popup, 'Take a break now');
    await popup.keyboard.press('Enter');
    await beginButton(popup).waitFor();
    await tabTo(popup, 'Not now');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await focused(popup)).name).toBe('Snooze 5 minutes');
    await popup.keyboard.press('Escape');
    await expect.poll(async () => (await focused(popup)).name).toBe('Not now');
    await popup.keyboard.press('Enter');
    await tabTo(popup, 'Skip this break');
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
    await tabTo(popup, 'Pause reminders');
    await popup.keyboard.press('Enter');
    // The choices open with focus on the first, so Tab moves along them from there.
    await expect.poll(async () => (await focused(popup)).name).toBe('30 minutes');
    await tabTo(popup, '1 hour');
    await popup.keyboard.press('Escape');
    await expect.poll(async () => (await focused(popup)).name).toBe('Pause reminders');
  });
});
