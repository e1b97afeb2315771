import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './break-steps';
import { type Harness, startHarness } from './harness';
import { openOptions } from './options-steps';

describe('The privacy policy inside the extension', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens from About and care, says what PRIVACY.md says, and loads nothing from outside', async () => {
    const options = await openOptions(h, 'About and care');
    await options.getByRole('link', { name: 'Privacy policy' }).click();
    await options.getByRole('heading', { name: 'Privacy policy', level: 1 }).waitFor();
    const headings = await options.getByRole('heading', { level: 2 }).allTextContents();
    const fileHeadings = [...readFileSync('PRIVACY.md', 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(fileHeadings);
    expect(headings).toContain('Nothing leaves your browser');
    expect(await options.getByRole('listitem').count()).toBeGreaterThanOrEqual(15);
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    expect(h.outsideRequests).toEqual([]);
  });
});
