import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '@/lib/core/transfer/file';
import { backToWork, openPopup, putOff, startBreak, takeBreak } from './break-steps';
import { type Harness, startHarness } from './harness';
import { enter, goToSection, openOptions } from './options-steps';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations in the page, as in accessibility.test.ts. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    };
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** History as the harness reads it: the stored version and every break, decoded. */
interface StoredHistory {
  v: number;
  data: unknown[];
}

/*
 * "Your data" in options: export, clear, import back, and files that must be
 * refused without changing anything. One browser, in order, like one person
 * moving their history to a new profile.
 */
describe('Breathing Room: your data', () => {
  let h: Harness;
  let options: Page;
  let exported: { path: string; text: string };
  let beforeClear: StoredHistory;

  const history = async () => (await h.storage('local')).history as unknown as StoredHistory | undefined;
  /** All the extension keeps, local and synced: a refused file must change none of it, not only history. */
  const everything = async () => ({ local: await h.storage('local'), sync: await h.storage('sync') });
  const section = () => options.getByRole('region', { name: 'Your data' });
  const button = (name: string) => section().getByRole('button', { name, exact: true });
  const alert = () => section().getByRole('alert');
  const status = () => section().getByRole('status');
  const focusedText = () => options.evaluate(() => document.activeElement?.textContent ?? '');

  async function downloadFrom(name: string): Promise<{ download: Download; path: string; text: string }> {
    const [download] = await Promise.all([options.waitForEvent('download'), button(name).click()]);
    const path = await download.path();
    return { download, path, text: await readFile(path, 'utf8') };
  }

  /**
   * Chooses a file in one of the hidden file inputs, found by its accessible name: text is
   * saved as UTF-8, bytes go in as they are (a file need not be valid UTF-8).
   */
  async function choose(input: 'History file to import' | 'Settings file to import', content: string | Buffer) {
    const buffer = typeof content === 'string' ? Buffer.from(content) : content;
    await section().getByLabel(input).setInputFiles({ name: 'file.json', mimeType: 'application/json', buffer });
  }

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('takes three breaks from the popup', async () => {
    const popup = await openPopup(h);
    for (const answer of ['take', 'skip', 'take'] as const) {
      const count = (await history())?.data.length ?? 0;
      await startBreak(popup);
      if (answer === 'take') {
        await takeBreak(popup);
        await backToWork(popup);
      } else await putOff(popup);
      await expect.poll(async () => (await history())?.data.length).toBe(count + 1);
    }
    await popup.close();
    options = await openOptions(h, 'Your data');
    await expect.poll(() => section().isVisible()).toBe(true);
  });

  it('exports history as a JSON file with every break', async () => {
    const { download, path, text } = await downloadFrom('Export history (JSON)');
    expect(download.suggestedFilename()).toMatch(/^breathing-room-history-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ app: 'breathing-room', kind: 'history', version: 2 });
    expect(file.entries.map((entry: { outcome: string }) => entry.outcome)).toEqual(['taken', 'skipped', 'taken']);
    expect(file.entries[0]).toMatchObject({ id: expect.any(String), startedAt: expect.any(Number) });
    exported = { path, text };
  });

  it('exports history as CSV: a header, then one row per break', async () => {
    const { download, text } = await downloadFrom('Export history (CSV)');
    expect(download.suggestedFilename()).toMatch(/^breathing-room-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('id,startedAt,endedAt,outcome,insightId,exerciseId,need,moodBefore,moodAfter,note');
    expect(lines.slice(1, -1).map((line) => line.split(',')[3])).toEqual(['taken', 'skipped', 'taken']);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toMatch(/^\d+,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,/);
  });

  it('asks before clearing, and Keep them changes nothing and returns focus', async () => {
    const before = await history();
    await button('Clear history…').click();
    const question = 'Delete all 3 breaks from history? This cannot be undone.';
    await expect.poll(() => section().getByText(question).isVisible()).toBe(true);
    await expect.poll(focusedText).toBe(question);
    expect(await axeViolations(options)).toEqual([]);
    // Keyboard: Tab reaches the buttons, Delete first.
    await options.keyboard.press('Tab');
    expect(await focusedText()).toBe('Delete');
    await options.keyboard.press('Tab');
    await options.keyboard.press('Enter');
    await expect.poll(() => section().getByText(question).count()).toBe(0);
    expect(await focusedText()).toBe('Clear history…');
    expect(await history()).toEqual(before);
  });

  it('clears history on Delete, and the page shows no breaks', async () => {
    beforeClear = (await history()) as StoredHistory;
    await button('Clear history…').click();
    await button('Delete').click();
    await expect.poll(() => status().textContent()).toBe('History cleared.');
    await expect.poll(async () => (await history())?.data.length).toBe(0);
    await goToSection(options, 'History');
    await expect
      .poll(() =>
        options
          .getByText(/No breaks yet/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await goToSection(options, 'Your data');
  });

  it('imports the exported file after confirming, and history is as it was', async () => {
    await choose('History file to import', exported.text);
    await expect
      .poll(() => section().getByText('This file has 3 breaks: 3 new, 0 already here.').isVisible())
      .toBe(true);
    await expect.poll(focusedText).toBe('This file has 3 breaks: 3 new, 0 already here.');
    // Nothing is written before the yes.
    expect((await history())?.data).toHaveLength(0);
    await button('Add them').click();
    await expect.poll(() => status().textContent()).toBe('Added 3 breaks.');
    expect(await focusedText()).toBe('Import history…');
    expect(await history()).toEqual(beforeClear);
    await goToSection(options, 'History');
    await expect.poll(() => options.getByText(/No breaks yet/).count()).toBe(0);
    await goToSection(options, 'Your data');
  });

  it('adds nothing twice: the same file again finds every break already here', async () => {
    await options.setInputFiles('input[aria-label="History file to import"]', exported.path);
    const summary = 'This file has 3 breaks: 0 new, 3 already here.';
    await expect.poll(() => section().getByText(summary).isVisible()).toBe(true);
    // Escape cancels, and focus goes back to the button that asked.
    await options.keyboard.press('Escape');
    await expect.poll(() => section().getByText(summary).count()).toBe(0);
    expect(await focusedText()).toBe('Import history…');
    expect(await history()).toEqual(beforeClear);
  });

  it.each([
    ['a truncated file', () => exported.text.slice(0, exported.text.length / 2), /not complete JSON/],
    [
      'a file with "__proto__"',
      () => exported.text.replace('"entries": [', '"__proto__": { "polluted": true },\n  "entries": ['),
      /keys that are not allowed/,
    ],
    [
      'a file with a control character in a note',
      () => {
        const file = JSON.parse(exported.text);
        file.entries[1].note = 'bell \u0007';
        return JSON.stringify(file);
      },
      /^Break 2 in this file is not valid, so nothing was imported\.$/,
    ],
    ['an empty file', () => '', /not complete JSON/],
    ['deeply nested junk', () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`, /not the right kind/],
    ['a file of invalid UTF-8', () => Buffer.from([0xff, 0xfe, 0x7b, 0xc3]), /not complete JSON/],
    // One byte over the limit, and refused unread: read, spaces alone would say "not complete JSON".
    ['a file of 10 MB and 1 byte', () => Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20), /larger than 10 MB/],
    ['NaN for a time', () => exported.text.replace(/"startedAt": \d+/, '"startedAt": NaN'), /not complete JSON/],
    [
      'a time of 1e308',
      () => exported.text.replace(/"endedAt": \d+/, '"endedAt": 1e308'),
      /^Break 1 in this file is not valid/,
    ],
    [
      'a break in the year 10000',
      () => exported.text.replace(/"endedAt": \d+/, `"endedAt": ${Date.UTC(10000, 0, 1)}`),
      /^Break 1 in this file is not valid/,
    ],
    ['a huge id', () => exported.text.replace(/"id": "\d+"/, `"id": "${'x'.repeat(200_000)}"`), /^Break 1/],
    ['a file from a later version', () => exported.text.replace('"version": 2', '"version": 9'), /version 9/],
    ['a settings file', () => exported.text.replace('"kind": "history"', '"kind": "settings"'), /not the right kind/],
  ] as [string, () => string | Buffer, RegExp][])(
    'refuses %s with a message, and changes nothing',
    async (_label, make, message) => {
      const before = await everything();
      await choose('History file to import', make());
      await expect.poll(async () => (await alert().textContent()) ?? '').toMatch(message);
      expect(await button('Add them').count()).toBe(0);
      expect(await history()).toEqual(beforeClear);
      expect(await everything()).toEqual(before);
      expect(await axeViolations(options)).toEqual([]);
      expect(await options.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    },
  );

  it('accepts the export saved with a byte-order mark, as some editors save it', async () => {
    const before = await everything();
    await choose(
      'History file to import',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exported.text)]),
    );
    const summary = 'This file has 3 breaks: 0 new, 3 already here.';
    await expect.poll(() => section().getByText(summary).isVisible()).toBe(true);
    expect(await alert().filter({ hasText: /\S/ }).count()).toBe(0);
    await button('Cancel').click();
    await expect.poll(() => section().getByText(summary).count()).toBe(0);
    expect(await everything()).toEqual(before);
  });

  it('exports settings and imports them back after confirming', async () => {
    const interval = options.getByRole('textbox', { name: 'Minutes between breaks' });
    await goToSection(options, 'Schedule');
    await enter(interval, '30');
    await expect.poll(async () => (await h.storage('sync')).settings?.data.intervalMinutes).toBe(30);
    await goToSection(options, 'Your data');

    const { download, text } = await downloadFrom('Export settings');
    expect(download.suggestedFilename()).toMatch(/^breathing-room-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ app: 'breathing-room', kind: 'settings', version: 1 });
    const saved = (await h.storage('sync')).settings;
    expect(file.settings).toEqual(saved?.data);

    // A change after the export, which the import then undoes.
    await goToSection(options, 'Schedule');
    await enter(interval, '20');
    await expect.poll(async () => (await h.storage('sync')).settings?.data.intervalMinutes).toBe(20);
    await goToSection(options, 'Your data');

    await choose('Settings file to import', text);
    const question = 'Replace your settings with the ones in this file?';
    await expect.poll(() => section().getByText(question).isVisible()).toBe(true);
    await expect.poll(focusedText).toBe(question);
    expect((await h.storage('sync')).settings?.data.intervalMinutes).toBe(20);
    await button('Replace settings').click();
    await expect.poll(() => status().textContent()).toBe('Settings replaced.');
    expect((await h.storage('sync')).settings).toEqual(saved);
    await goToSection(options, 'Schedule');
    await expect.poll(() => interval.inputValue()).toBe('30');
    await goToSection(options, 'Your data');
  });

  it('refuses a settings file with an invalid value, and changes nothing', async () => {
    const before = (await h.storage('sync')).settings;
    const everythingBefore = await everything();
    const text = JSON.stringify({ app: 'breathing-room', kind: 'settings', version: 1, settings: { volume: 'loud' } });
    await choose('Settings file to import', text);
    await expect
      .poll(async () => await alert().textContent())
      .toBe('The setting "volume" in this file is not valid, so nothing was changed.');
    expect(await button('Replace settings').count()).toBe(0);
    expect((await h.storage('sync')).settings).toEqual(before);
    expect(await everything()).toEqual(everythingBefore);
  });

  it('made no network request outside the extension', () => {
    expect(h.outsideRequests).toEqual([]);
  });
});
