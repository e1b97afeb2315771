import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  backToWork,
  beginButton,
  inView,
  LONGEST,
  openPopup,
  pageSize,
  showContent,
  startBreak,
  tabStops,
} from './break-steps';
import { type Harness, startHarness } from './harness';

/*
 * The break's three screens and the popup at rest, measured as a person
 * meets them: each fits the popup with its primary action in view, shows
 * few controls, is clean to axe in both themes, and stays usable zoomed in,
 * with the library's longest words (LONGEST).
 */

interface Screen {
  name: 'arrive' | 'do' | 'close' | 'rest';
  primary: (page: Page) => Locator;
  maxControls: number;
}
const SCREENS: Screen[] = [
  { name: 'arrive', primary: beginButton, maxControls: 5 },
  { name: 'do', primary: (page) => page.getByRole('button', { name: 'Pause' }), maxControls: 6 },
  { name: 'close', primary: (page) => page.getByRole('button', { name: 'Back to work' }), maxControls: 6 },
  { name: 'rest', primary: (page) => page.getByRole('button', { name: 'Take a break now' }), maxControls: 6 },
];

/**
 * Walks one break through its screens, calling `look` on each, then on the
 * popup at rest; a window of its own closes on Back to work instead.
 */
async function eachScreen(page: Page, content: typeof LONGEST, look: (screen: Screen) => Promise<void>) {
  await startBreak(page);
  await showContent(page, content.insightId, content.exerciseId);
  await look(SCREENS[0] as Screen);
  await beginButton(page).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await look(SCREENS[1] as Screen);
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await page.getByRole('heading', { name: 'Nice work.' }).waitFor();
  await look(SCREENS[2] as Screen);
  if (new URL(page.url()).searchParams.has('window')) {
    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Back to work' }).click();
    return closed;
  }
  await backToWork(page);
  await look(SCREENS[3] as Screen);
}

describe.each(['light', 'dark'] as const)('Breathing Room break screens, %s', (scheme) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ colorScheme: scheme });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([380, 360])(
    'fit a %i x 600 popup with the primary action in view, few controls, and no axe violations',
    async (width) => {
      const page = await openPopup(h, { size: { width, height: 600 } });
      const seen: string[] = [];
      await eachScreen(page, LONGEST, async (screen) => {
        // Screens cross-fade in; measure once they have settled.
        await page.waitForTimeout(250);
        const size = await pageSize(page);
        expect(size.scrollHeight, screen.name).toBeLessThanOrEqual(600);
        expect(size.sidewaysScroll, screen.name).toBeLessThanOrEqual(0);
        expect(await inView(page, screen.primary(page)), screen.name).toBe(true);
        const stops = await tabStops(page);
        expect(stops.length, `${screen.name}: ${stops.join(' | ')}`).toBeLessThanOrEqual(screen.maxControls);
        expect(await axeViolations(page), screen.name).toEqual([]);
        seen.push(screen.name);
      });
      expect(seen).toEqual(['arrive', 'do', 'close', 'rest']);
      await page.close();
    },
  );

  it.runIf(scheme === 'dark')('keeps the pacer, not a button, the brightest thing on the do screen', async () => {
    const page = await openPopup(h);
    await startBreak(page);
    await showContent(page, 'trust-pace', 'box-breathing');
    await beginButton(page).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    const pacer = await page.locator('.dial-disc').evaluate((el) => getComputedStyle(el).stroke);
    const brightest = await page.evaluate(() => {
      const luminance = (colour: string) => {
        const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const buttons = [...document.querySelectorAll('button')].map((b) => getComputedStyle(b).backgroundColor);
      return Math.max(...buttons.filter((c) => !c.endsWith(', 0)')).map(luminance), 0);
    });
    const pacerLuminance = await page.evaluate((colour) => {
      const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    }, pacer);
    expect(pacerLuminance).toBeGreaterThan(brightest);
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await backToWork(page);
    await page.close();
  });

  it('saves screenshots of the three screens and the popup at rest into docs/', async () => {
    const page = await openPopup(h, { clock: true });
    // Still and steady: the same picture every run.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    mkdirSync('docs', { recursive: true });
    await startBreak(page);
    await showContent(page, 'trust-pace', 'box-breathing');
    await page.getByRole('radio', { name: 'Okay' }).check();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/break-arrive-${scheme}.png` });
    await beginButton(page).click();
    await page.clock.fastForward(12_000);
    await page.screenshot({ path: `docs/break-do-${scheme}.png` });
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await page.getByRole('radio', { name: 'Good', exact: true }).check();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/break-close-${scheme}.png` });
    await backToWork(page);
    await page.screenshot({ path: `docs/popup-${scheme}.png` });
    await page.close();
  });
});

describe('Breathing Room zoomed in to 200%', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  // 200% zoom of the 380 px popup leaves 190 CSS pixels; the own window is the same page at its own size.
  it.each([
    ['the popup', ''],
    ['the own window', '?window=1'],
    ['a large break', '?window=large'],
  ])('needs no sideways scrolling in %s, and each primary action can be reached', async (_where, query) => {
    const page = await openPopup(h, { size: { width: 190, height: 300 }, query });
    const seen: string[] = [];
    await eachScreen(page, LONGEST, async (screen) => {
      await page.waitForTimeout(250);
      expect((await pageSize(page)).sidewaysScroll, screen.name).toBeLessThanOrEqual(0);
      const primary = screen.primary(page);
      await primary.scrollIntoViewIfNeeded();
      expect(await inView(page, primary), screen.name).toBe(true);
      seen.push(screen.name);
    });
    expect(seen).toEqual(query ? ['arrive', 'do', 'close'] : ['arrive', 'do', 'close', 'rest']);
    expect(page.isClosed()).toBe(query !== '');
  });

  it('fits the own window at the size it opens (420 x 640), with nothing pinned', async () => {
    const page = await openPopup(h, { size: { width: 420, height: 640 }, query: '?window=1' });
    await eachScreen(page, LONGEST, async (screen) => {
      await page.waitForTimeout(250);
      expect((await pageSize(page)).scrollHeight, screen.name).toBeLessThanOrEqual(640);
      expect(await inView(page, screen.primary(page)), screen.name).toBe(true);
      // Centred: the column has as much room on either side.
      const box = await page.locator('main').boundingBox();
      expect(Math.abs((box?.x ?? 0) * 2 + (box?.width ?? 0) - 420), screen.name).toBeLessThanOrEqual(2);
    });
    // Back to work closed the window.
    expect(page.isClosed()).toBe(true);
  });
});
