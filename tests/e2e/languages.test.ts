import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { welcomePage } from '../../scripts/chromium.mjs';
import { type Harness, startHarness } from './harness';

/** What a page says about its language: its lang, its dir, and the browser's own language beside them. */
const pageLanguage = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    browser: navigator.language,
  }));

/*
 * A browser in a language Breathing Room has no translation for (German, so
 * far) shows the English words, and every page says it is English, left to
 * right; times follow the words, not the browser.
 */
describe('Breathing Room in a browser whose language it does not speak yet', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ lang: 'de-DE', keepWelcome: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('marks the welcome page English and writes its time as English does', async () => {
    const page = await welcomePage(h.context, h.extensionId);
    const line = page.getByText(/^Your first break comes at/);
    await line.waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: 'en', dir: 'ltr', browser: 'de-DE' });
    // German would write "20:19"; the English words say "8:19 PM".
    expect(await line.textContent()).toMatch(/at \d{1,2}:\d\d\s(AM|PM)\.$/);
  });

  it.each(['popup.html', 'options.html', 'privacy.html'])('marks %s English, left to right', async (path) => {
    const page = await h.open(path);
    await page.locator('main').first().waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: 'en', dir: 'ltr', browser: 'de-DE' });
    await page.close();
  });
});
