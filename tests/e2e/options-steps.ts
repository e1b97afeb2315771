import type { Locator, Page } from 'playwright-core';
import type { Harness } from './harness';

/*
 * The steps a person takes on the options page: open it, choose a section
 * in its navigation, type a value and mean it (Enter).
 */

/** The options page's sections, by the names the navigation shows. */
export type SectionName =
  | 'Schedule'
  | 'Reminders'
  | 'During a break'
  | 'What breaks show'
  | 'Progress'
  | 'History'
  | 'Your data'
  | 'About and care';

/** Chooses a section in the navigation and waits until it is shown, its heading in view. */
export async function goToSection(page: Page, name: SectionName): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
  await link.click();
  // Marked at once; shown once its code (and, for progress and history, history) has loaded.
  await page.locator('nav a[aria-current="page"]', { hasText: name }).waitFor();
  await page.locator('main[aria-busy="false"] h2').first().waitFor();
}

/** Opens the options page, on a section chosen from its navigation if one is named. */
export async function openOptions(h: Harness, section?: SectionName): Promise<Page> {
  const page = await h.open('options.html');
  await page.locator('main[aria-busy="false"]').waitFor();
  if (section) await goToSection(page, section);
  return page;
}

/** Types a value into a field and presses Enter, which saves it. */
export async function enter(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

/** What Progress says of today: its tile, as one line ("1 of 6 breaks today"). */
export async function todayLine(page: Page): Promise<string> {
  const tile = page
    .getByRole('region', { name: 'Your progress' })
    .getByRole('listitem')
    .filter({ hasText: / today$/ });
  return (await tile.count()) > 0 ? ((await tile.first().textContent()) ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** Today's tile after one break taken against the default goal of six. */
export const TODAY_ONE_OF_SIX = '1 of 6 breaks today';

/** Opens every chart's table in Progress, and reads one by its name: each row's cells, headers first. */
export async function chartTable(page: Page, name: string): Promise<string[][]> {
  const progress = page.getByRole('region', { name: 'Your progress' });
  for (const summary of await progress.getByText('Show as a table', { exact: true }).all()) {
    if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await summary.click();
  }
  return progress
    .getByRole('table', { name, exact: true })
    .evaluate((table: HTMLTableElement) =>
      [...table.rows].map((row) => [...row.cells].map((cell) => (cell.textContent ?? '').trim())),
    );
}
