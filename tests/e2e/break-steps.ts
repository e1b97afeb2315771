import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { INSIGHTS, PRACTICES } from '@/content/library';
import { EN } from '@/content/text/en';
import type { ContentText } from '@/content/types';
import { practiceText } from '@/lib/core/content/practice';
import { findExercise } from '@/lib/core/content/select';
import type { Harness } from './harness';

/*
 * A break as a person takes it in the popup, step by step, by role and name:
 * the shared moves of the end-to-end tests.
 */

/** The toolbar popup's size: Chrome makes it 380 px wide and caps it at 600 px. */
export const POPUP_SIZE = { width: 380, height: 600 };

/** Opens the popup page in a tab of the popup's size; with `clock`, time moves only when the test says. */
export async function openPopup(
  h: Harness,
  options: { size?: typeof POPUP_SIZE; clock?: boolean; query?: string } = {},
) {
  const page = await h.context.newPage();
  await page.setViewportSize(options.size ?? POPUP_SIZE);
  if (options.clock) await page.clock.install();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html${options.query ?? ''}`);
  return page;
}

/** The arrive screen's one primary button: "Begin: Box breathing, 3 min". */
export const beginButton = (page: Page): Locator => page.getByRole('button', { name: /^Begin: / });

/** Takes a break now (or by a feeling: `need` is its chip's name), and waits for the arrive screen. */
export async function startBreak(page: Page, need?: string): Promise<void> {
  const name = need ?? 'Take a break now';
  await page.getByRole('button', { name, exact: true }).click();
  await beginButton(page).waitFor();
}

/** Begins the exercise and ends it at once: the break closes as taken, on its close screen. */
export async function takeBreak(page: Page): Promise<void> {
  await beginButton(page).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await page.getByRole('heading', { name: 'Nice work.' }).waitFor();
}

/** Back to work from the close screen: the popup (a tab here) shows the countdown again. */
export async function backToWork(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to work' }).click();
  await page.getByRole('button', { name: 'Take a break now' }).waitFor();
}

/** Not now, then one of its choices: "Skip this break" or "Snooze 5 minutes". */
export async function putOff(page: Page, choice = 'Skip this break'): Promise<void> {
  await page.getByRole('button', { name: 'Not now' }).click();
  await page.getByRole('button', { name: choice }).click();
  await page.getByRole('button', { name: 'Take a break now' }).waitFor();
}

/** What the arrive screen shows: the insight's words and the exercise's title and kind. */
export async function shownBreak(h: Harness, page: Page) {
  const insight = (await page.locator('blockquote.insight').textContent()) ?? '';
  const label = (await beginButton(page).textContent()) ?? '';
  const title = label.replace(/^Begin: /, '').replace(/, [^,]+$/, '');
  const id = (await h.storage('local')).schedule?.data.activeBreak?.exerciseId ?? '';
  return { insight, title, kind: findExercise(id)?.kind };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (evaluate is not bound by the page's CSP) and returns its violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Makes the running break show this insight and exercise, as "Another" would, through the background. */
export async function showContent(page: Page, insightId: string, exerciseId: string): Promise<void> {
  await page.evaluate((content) => chrome.runtime.sendMessage({ type: 'showContent', ...content }), {
    insightId,
    exerciseId,
  });
  await page.locator('blockquote.insight').waitFor();
}

/** Every visible tab stop in order, from the top of the page round to the first again: a control each. */
export async function tabStops(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'tab-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.id === 'tab-start' || el.dataset.tabSeen) return null;
      el.dataset.tabSeen = '1';
      return `${el.tagName.toLowerCase()}: ${el.getAttribute('aria-label') ?? el.title ?? ''} ${el.textContent?.trim() ?? ''}`.trim();
    });
    if (stop === null) break;
    stops.push(stop);
  }
  await page.evaluate(() => {
    document.getElementById('tab-start')?.remove();
    for (const el of document.querySelectorAll<HTMLElement>('[data-tab-seen]')) delete el.dataset.tabSeen;
  });
  return stops;
}

/** The document's height and overflow, as a person would scroll it. */
export const pageSize = (page: Page) =>
  page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    sidewaysScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));

/** True when the whole of `locator` is inside the viewport, without scrolling. */
export async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

/** Whether the focused element is on top where it is: nothing covers its middle. */
export const focusUncovered = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return (
      top !== null &&
      (el === top || el.contains(top) || (el.tagName === 'INPUT' && el.closest('label')?.contains(top) === true))
    );
  });

/** How long a break's words are in `text`: the insight's, and the practice's under Begin (its title, why and caution). */
const insightLength = (text: ContentText) => (insight: { id: string }) => text.insights[insight.id]?.length ?? 0;
const underBegin = (text: ContentText) => (practice: (typeof PRACTICES)[number]) => {
  const words = practiceText(text, practice);
  return (words?.title.length ?? 0) + (words?.purpose.length ?? 0) + (words?.caution?.length ?? 0);
};

type Pick = <T>(items: readonly T[], length: (item: T) => number) => T;

/** The break made of the insight and the practice `pick` chooses by their lengths in `text`. */
const breakBy = (pick: Pick, text: ContentText) => ({
  insightId: pick(
    INSIGHTS.filter((insight) => !insight.retiredInto),
    insightLength(text),
  ).id,
  exerciseId: pick(
    PRACTICES.filter((practice) => !practice.retired),
    underBegin(text),
  ).id,
});

/**
 * A library's longest insight and wordiest practice: the tallest arrive,
 * found from the library, so a longer text written later is the one measured.
 */
export const longestIn = (text: ContentText) =>
  breakBy((items, length) => items.reduce((a, b) => (length(b) > length(a) ? b : a)), text);

/** The tallest arrive in English. */
export const LONGEST = longestIn(EN);

/** A break of the English library's middle length, insight and practice alike. */
export const TYPICAL = breakBy(
  <T>(items: readonly T[], length: (item: T) => number) =>
    [...items].sort((a, b) => length(a) - length(b))[Math.floor(items.length / 2)] as T,
  EN,
);
