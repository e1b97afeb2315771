import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (evaluate is not bound by the page's CSP) and returns its violations. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  return violations;
}

describe.each(['light', 'dark'] as const)('Breathing Room accessibility, %s scheme', (scheme) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ colorScheme: scheme });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has no axe violations in the popup, the break view and the options page', async () => {
    const popup = await h.open('popup.html');
    await popup.getByText(/Next break in/).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Take a break now' }).click();
    await popup.getByRole('heading', { name: 'A mindful break' }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    // And with the guided player running.
    await popup.getByRole('button', { name: 'Start the exercise' }).click();
    await popup.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);

    const options = await h.open('options.html');
    await options.getByText(/Today: \d+ of \d+ breaks/).waitFor();
    await options.getByRole('textbox', { name: 'Minutes between breaks' }).fill('2');
    await options.getByText('Choose from 5 to 240 minutes.').waitFor();
    expect(await axeViolations(options)).toEqual([]);
  });
});

describe('Breathing Room options at 200% zoom', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('needs no sideways scrolling at 200% text zoom on a 1280-pixel screen', async () => {
    const options = await h.open('options.html');
    // 200% zoom of a 1280-wide window leaves 640 CSS pixels.
    await options.setViewportSize({ width: 640, height: 400 });
    await options.getByText(/Today: \d+ of \d+ breaks/).waitFor();
    const overflow = await options.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('Breathing Room by keyboard alone', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Presses Tab until the focused element has this accessible name. */
  async function tabTo(page: Page, name: string) {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (focused === name) return;
    }
    throw new Error(`could not reach "${name}" with Tab`);
  }

  it('takes and finishes a break with Tab and Enter, with a visible focus ring', async () => {
    const popup = await h.open('popup.html');
    await popup.getByText(/Next break in/).waitFor();
    await tabTo(popup, 'Take a break now');
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'A mindful break' }).waitFor();
    await tabTo(popup, 'Done');
    await popup.keyboard.press('Space');
    await expect.poll(async () => (await h.storage('local')).history?.data.length).toBe(1);
  });
});
