import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import DE from '@/content/text/de';
import { EN } from '@/content/text/en';
import ES from '@/content/text/es';
import FR from '@/content/text/fr';
import JA from '@/content/text/ja';
import PT_BR from '@/content/text/pt-BR';
import type { ContentText } from '@/content/types';
import type { MessagesFile } from '@/lib/core/locale-rules';
import { PSEUDO_LOCALE } from '@/lib/core/pseudo-locale';
import { welcomePage } from '../../scripts/chromium.mjs';
import { axeViolations, longestIn, openPopup, pageSize, showContent, TYPICAL } from './break-steps';
import { type Harness, startHarness } from './harness';
import { clippedText, messagesOf, notPseudo, pageLanguage, pseudoBuild, wordsOf } from './language-steps';

/*
 * Breathing Room read in German (long words), Spanish, French, Portuguese
 * (Brazil), Japanese, Arabic (right to left) and the pseudo-locale (accented,
 * 40% longer, bracketed), in a browser set to that language: the popup and
 * the break's three screens fit the popup with that library's longest words,
 * a feeling leads to an exercise in that language, the options show every
 * section, numbers and dates are the language's own, and nothing is clipped
 * or left in English but a library not written in the language (Arabic's),
 * which options says is English.
 */

interface Language {
  name: string;
  browser: string;
  code: string;
  dir: 'ltr' | 'rtl';
  pseudo?: boolean;
  /** The library's words in this language, where they are written; English shows otherwise. */
  library?: ContentText;
}
const LANGUAGES: Language[] = [
  { name: 'German', browser: 'de', code: 'de', dir: 'ltr', library: DE },
  { name: 'Spanish', browser: 'es', code: 'es', dir: 'ltr', library: ES },
  { name: 'French', browser: 'fr', code: 'fr', dir: 'ltr', library: FR },
  { name: 'Portuguese (Brazil)', browser: 'pt-BR', code: 'pt-BR', dir: 'ltr', library: PT_BR },
  { name: 'Japanese', browser: 'ja', code: 'ja', dir: 'ltr', library: JA },
  { name: 'Arabic', browser: 'ar', code: 'ar', dir: 'rtl' },
  { name: 'the pseudo-locale', browser: 'en-US', code: PSEUDO_LOCALE, dir: 'ltr', pseudo: true },
];

/** Every title a break can begin with in a library: its exercises' and its sequences'. */
const titlesIn = (library: ContentText) => [
  ...Object.values(library.exercises).map((exercise) => exercise.title),
  ...Object.values(library.sequences).map((sequence) => sequence.title),
];

/** Every text of the library, for the pseudo check to know its words. */
const LIBRARY =
  JSON.stringify(EN)
    .match(/"(?:[^"\\]|\\.)*"/g)
    ?.map((quoted) => JSON.parse(quoted) as string) ?? [];

describe.each(LANGUAGES)('Breathing Room in $name', (language) => {
  let h: Harness;
  let messages: MessagesFile;
  const words = (key: Parameters<typeof wordsOf>[1]) => wordsOf(messages, key);

  beforeAll(async () => {
    const pseudo = language.pseudo ? pseudoBuild() : undefined;
    messages = pseudo?.messages ?? messagesOf(language.code.replace('-', '_'));
    h = await startHarness({ lang: language.browser, ...(pseudo && { extensionDir: pseudo.dir }) });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** What must hold of every screen: it fits, nothing is clipped, axe is clean, no word escaped translation. */
  async function looksRight(page: Page, screen: string, height: number) {
    await page.waitForTimeout(250);
    const size = await pageSize(page);
    expect(size.scrollHeight, screen).toBeLessThanOrEqual(height);
    expect(size.sidewaysScroll, screen).toBeLessThanOrEqual(0);
    expect(await clippedText(page), screen).toEqual([]);
    // The pseudo-locale pads a label and the words shown in it apart ("[Remove ŵåŕ]" in "[Remove Monday range 1 ŵåŕm]"),
    // which no real translation does: there axe checks that a control's name holds its visible words.
    const violations = await axeViolations(page);
    expect(
      language.pseudo ? violations.filter((v) => !v.startsWith('label-content-name-mismatch')) : violations,
      screen,
    ).toEqual([]);
    if (language.pseudo) expect(await notPseudo(page, LIBRARY), screen).toEqual([]);
  }

  it('shows the popup and the three break screens whole in a 380 x 600 popup', async () => {
    const page = await openPopup(h);
    const takeBreak = page.getByRole('button', { name: words('takeBreakNow') });
    await takeBreak.waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: language.code, dir: language.dir });
    await looksRight(page, 'at rest', 600);
    await takeBreak.click();
    const begin = page.getByRole('button', { name: words('beginExercise') });
    await begin.waitFor();
    // The longest words of the library this language shows; the pseudo-locale, 40% longer than any
    // language, with a break of the library's middle length: with the longest, its quiet row
    // (Another exercise, Not now, More) takes two lines and the arrive screen 617 px.
    const library = language.library ?? EN;
    const content = language.pseudo ? TYPICAL : longestIn(library);
    await showContent(page, content.insightId, content.exerciseId);
    expect(await page.locator('blockquote.insight').textContent()).toBe(library.insights[content.insightId]);
    await looksRight(page, 'arrive', 600);
    await begin.click();
    await page.getByRole('button', { name: words('playerPause') }).waitFor();
    await looksRight(page, 'do', 600);
    await page.getByRole('button', { name: words('endExercise') }).click();
    await page.getByRole('heading', { name: words('closeHeading') }).waitFor();
    await looksRight(page, 'close', 600);
    await page.getByRole('button', { name: words('backToWork') }).click();
    await takeBreak.waitFor();
    await page.close();
  });

  it('offers, for a feeling, an exercise in the library of this language', async () => {
    const page = await openPopup(h);
    await page.getByRole('button', { name: words('need_tense') }).click();
    const begin = page.getByRole('button', { name: words('beginExercise') });
    await begin.waitFor();
    const label = (await begin.textContent()) ?? '';
    expect(
      titlesIn(language.library ?? EN).some((title) => label.includes(title)),
      label,
    ).toBe(true);
    expect(await page.locator('blockquote.insight').getAttribute('lang')).toBe(language.library ? language.code : 'en');
    await page.close();
  });

  it('shows every options section, with numbers and dates written as the language writes them', async () => {
    // Ten two-hour breaks three days ago: 1,200 mindful minutes, a number with a group separator.
    const day = new Date();
    day.setHours(12, 0, 0, 0);
    day.setDate(day.getDate() - 3);
    const ended = day.getTime();
    const entries = Array.from({ length: 10 }, (_, i) => ({
      id: `lang-${i}`,
      startedAt: ended - 2 * 3600_000 - i,
      endedAt: ended - i,
      outcome: 'taken' as const,
      insightId: 'trust-pace',
      exerciseId: 'box-breathing',
    }));
    await h.setHistory(entries);
    const page = await h.open('options.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('main[aria-busy="false"]').waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: language.code, dir: language.dir });
    const nav = page.getByRole('navigation', { name: words('sectionsLabel') });
    for (const key of [
      'scheduleHeading',
      'remindersHeading',
      'duringBreakHeading',
      'contentHeading',
      'navProgress',
      'historyHeading',
      'yourDataHeading',
      'aboutHeading',
    ] as const) {
      await nav.getByRole('link', { name: words(key) }).click();
      await page
        .locator(`nav a[aria-current="page"]`)
        .filter({ hasText: words(key) })
        .waitFor();
      await page.locator('main[aria-busy="false"] h2').first().waitFor();
      await looksRight(page, key, Number.POSITIVE_INFINITY);
      if (key === 'navProgress') {
        const minutes = await page.evaluate((code) => new Intl.NumberFormat(code).format(1200), language.code);
        await page.getByText(minutes, { exact: true }).first().waitFor();
      }
      if (key === 'contentHeading') {
        // Where the library is not written in this language, the section says it is shown in English.
        const note = page.getByText(words('libraryInEnglish'));
        expect(await note.isVisible()).toBe(!language.library && !language.pseudo);
      }
      if (key === 'historyHeading') {
        const date = await page.evaluate(
          ([code, time]) => new Intl.DateTimeFormat(code, { dateStyle: 'full' }).format(time),
          [language.code, ended] as const,
        );
        await page.getByRole('heading', { level: 3, name: date }).waitFor();
      }
    }
    // Right to left, the page mirrors: the navigation sits at the start of the line, on the right.
    const box = await nav.boundingBox();
    const middle = (box?.x ?? 0) + (box?.width ?? 0) / 2;
    expect(language.dir === 'rtl' ? middle > 640 : middle < 640).toBe(true);
    await page.close();
  });
});

describe('Breathing Room in Hebrew', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ lang: 'he' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('reads right to left, its navigation on the right', async () => {
    const page = await h.open('options.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('main[aria-busy="false"]').waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: 'he', dir: 'rtl' });
    const box = await page.getByRole('navigation').first().boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0) / 2).toBeGreaterThan(640);
    expect(await axeViolations(page)).toEqual([]);
  });
});

/*
 * A browser in a language Breathing Room has no translation for (Finnish)
 * shows the English words, and every page says it is English, left to
 * right; times follow the words, not the browser.
 */
describe('Breathing Room in a browser whose language it does not speak yet', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ lang: 'fi-FI', keepWelcome: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('marks the welcome page English and writes its time as English does', async () => {
    const page = await welcomePage(h.context, h.extensionId);
    const line = page.getByText(/^Your first break comes (on \w+ )?at/);
    await line.waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    // Finnish would write "20.19"; the English words say "8:19 PM".
    expect(await line.textContent()).toMatch(/at \d{1,2}:\d\d\s(AM|PM)\.$/);
  });

  it.each(['popup.html', 'options.html', 'privacy.html'])('marks %s English, left to right', async (path) => {
    const page = await h.open(path);
    await page.locator('main').first().waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.close();
  });
});
