import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/core/history/types';
import { NOTE_LIMIT } from '@/lib/core/vocabulary';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';
import { axeViolations, beginButton, openPopup, pageSize } from './break-steps';
import { type Harness, startHarness } from './harness';
import { goToSection, openOptions } from './options-steps';

/*
 * What a person is shown when something is not as it should be: a part of
 * the popup whose code is gone, a note too long for its line, history only a
 * newer version can read. Never a blank page, never a silent gap.
 */

describe('Breathing Room: the break view whose code could not load', () => {
  let h: Harness;
  let popup: Page;
  // A copy of the build without the break view's chunk, as a tab open across an update finds it.
  const root = mkdtempSync(join(tmpdir(), 'breathing-room-chunk-'));
  const dir = join(root, 'build');
  let chunk: string;

  beforeAll(async () => {
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    chunk = readdirSync(join(dir, 'chunks')).find((name) => name.startsWith('BreakView-')) ?? '';
    expect(chunk).not.toBe('');
    renameSync(join(dir, 'chunks', chunk), join(root, chunk));
    h = await startHarness({ extensionDir: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const failure = () => popup.getByRole('alert').filter({ hasText: 'The break could not be shown.' });

  it('says the break could not be shown, offers Reload, and the break stays open', async () => {
    popup = await openPopup(h);
    await popup.getByRole('button', { name: 'Take a break now' }).click();
    await failure().waitFor();
    expect(await failure().getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    expect(await popup.getByText('Loading…').count()).toBe(0);
    expect(await axeViolations(popup)).toEqual([]);
    expect((await h.storage('local')).schedule?.data.activeBreak).toMatchObject({ trigger: 'manual' });
  });

  it('Reload shows the break once its code is there again', async () => {
    renameSync(join(root, chunk), join(dir, 'chunks', chunk));
    await failure().getByRole('button', { name: 'Reload' }).click();
    await beginButton(popup).waitFor();
    expect(await failure().count()).toBe(0);
  });
});

describe('Breathing Room: history a person can always read', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const now = Date.now();
  const entry: HistoryEntry = {
    id: String(now - 60_000),
    startedAt: now - 60_000,
    endedAt: now,
    outcome: 'taken',
    insightId: 'expression-name-it',
    exerciseId: 'name-the-feeling',
    // As long as a note may be, and not one space to break it at.
    note: 'breathe'.repeat(NOTE_LIMIT / 'breathe'.length),
  };

  it('wraps a note of 280 letters without a space, with no sideways scrolling at 640 pixels wide', async () => {
    expect(entry.note).toHaveLength(NOTE_LIMIT);
    await h.setHistory([entry]);
    const options = await openOptions(h);
    // 200% zoom of a 1280-pixel window, as options-page.test.ts measures every section.
    await options.setViewportSize({ width: 640, height: 400 });
    await goToSection(options, 'History');
    const note = options.getByRole('region', { name: 'History', exact: true }).getByText(entry.note ?? '');
    await note.waitFor();
    expect((await pageSize(options)).sidewaysScroll).toBe(0);
    const box = await note.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(640);
    await options.close();
  });

  it('says so when history was saved by a newer version, and stops saying it once it is this version again', async () => {
    const notice = (page: Page) => page.getByRole('status').getByText(/Your history was saved by a newer version/);
    const options = await openOptions(h, 'History');
    expect(await notice(options).count()).toBe(0);
    await h.setStorage('local', { history: { v: 99, data: { months: {} } } });
    await expect.poll(() => notice(options).isVisible()).toBe(true);
    // A page opened now says it at once, too.
    const again = await openOptions(h);
    await expect.poll(() => notice(again).isVisible()).toBe(true);
    await h.setHistory([entry]);
    await expect.poll(() => notice(again).count()).toBe(0);
    await options.close();
    await again.close();
  });

  it('made no network request outside the extension', () => {
    expect(h.outsideRequests).toEqual([]);
  });
});
