import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES } from '@/content/library';
import { EN } from '@/content/text/en';
import { beginButton, openPopup, putOff, showContent, startBreak } from './break-steps';
import { type Harness, startHarness } from './harness';
import { enter, openOptions } from './options-steps';

/*
 * The library's longer practices and its safety grid, as a person meets them
 * in the popup: a long break filled, grounding first when overwhelmed, a way
 * around breath holds, a way out of reflection that gets heavy.
 */
const titleOf = (id: string) => EN.exercises[id]?.title ?? id;
const titlesOfKind = (kind: string) => EXERCISES.filter((exercise) => exercise.kind === kind).map((e) => titleOf(e.id));
const stepHeading = (page: Page) => page.getByRole('heading', { name: / · Step \d+ of \d+$/ });

describe('Breathing Room content: long breaks and the safety grid', () => {
  let h: Harness;
  let popup: Page;

  beforeAll(async () => {
    h = await startHarness();
    popup = await openPopup(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('fills a 10-minute break with a sequence of exercises', async () => {
    const options = await openOptions(h, 'Schedule');
    await enter(options.getByLabel('Break length in minutes'), '10');
    await expect.poll(async () => (await h.storage('sync')).settings?.data.breakMinutes).toBe(10);
    await options.close();
    await popup.bringToFront();
    await startBreak(popup);
    // "Begin: Ten-minute reset, 9 min": seven minutes or more of guidance.
    const minutes = Number((await beginButton(popup).textContent())?.match(/, (\d+) min$/)?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(7);
    expect(minutes).toBeLessThanOrEqual(10);
    const id = (await h.storage('local')).schedule?.data.activeBreak?.exerciseId ?? '';
    await beginButton(popup).click();
    // A sequence names the part each step belongs to, and counts steps across all its parts.
    const heading = (await stepHeading(popup).textContent()) ?? '';
    const steps = Number(heading.match(/of (\d+)$/)?.[1]);
    expect(steps).toBeGreaterThan(6);
    await popup.getByRole('button', { name: 'End', exact: true }).click();
    await popup.getByRole('button', { name: 'Back to work' }).click();
    await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
    expect(EN.sequences[id] ?? EXERCISES.find((exercise) => exercise.id === id)).toBeTruthy();
  });

  it('starts with grounding for someone overwhelmed, at a long break and a short one', async () => {
    for (const minutes of ['10', '3']) {
      if (minutes === '3') {
        const options = await openOptions(h, 'Schedule');
        await enter(options.getByLabel('Break length in minutes'), minutes);
        await expect.poll(async () => (await h.storage('sync')).settings?.data.breakMinutes).toBe(3);
        await options.close();
        await popup.bringToFront();
      }
      await startBreak(popup, 'Overwhelmed');
      await beginButton(popup).click();
      const heading = (await stepHeading(popup).textContent()) ?? '';
      expect(titlesOfKind('grounding'), heading).toContain(heading.replace(/ · Step .*$/, ''));
      await popup.getByRole('button', { name: 'End', exact: true }).click();
      await popup.getByRole('button', { name: 'Back to work' }).click();
      await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
    }
  });

  it('cautions before breath holds and offers the same break without them', async () => {
    await startBreak(popup);
    await showContent(popup, 'coping-long-exhale', 'box-breathing');
    await expect.poll(() => beginButton(popup).textContent()).toMatch(/^Begin: Box breathing/);
    await expect.poll(() => popup.getByText(/pregnan/i).isVisible()).toBe(true);
    await popup.getByRole('button', { name: 'More' }).click();
    const noHold = EXERCISES.find((exercise) => exercise.id === 'box-breathing')?.noHold ?? '';
    await popup.getByRole('button', { name: `Without holds: ${titleOf(noHold)}` }).click();
    await expect.poll(() => beginButton(popup).textContent()).toContain(`Begin: ${titleOf(noHold)}`);
    expect((await h.storage('local')).schedule?.data.activeBreak?.exerciseId).toBe(noHold);
    await putOff(popup);
  });

  it('offers a standing exercise seated, and says under More why this one', async () => {
    const standing = EXERCISES.find((exercise) => typeof exercise.seated === 'string' && !exercise.retired);
    const seated = String(standing?.seated);
    await startBreak(popup);
    await showContent(popup, 'coping-move', standing?.id ?? '');
    await expect.poll(() => beginButton(popup).textContent()).toContain(titleOf(standing?.id ?? ''));
    await popup.getByRole('button', { name: 'More' }).click();
    expect(await popup.getByText(`Why this one: ${EN.exercises[standing?.id ?? '']?.purpose}`).isVisible()).toBe(true);
    await popup.getByRole('button', { name: `Seated version: ${titleOf(seated)}` }).click();
    await expect.poll(() => beginButton(popup).textContent()).toContain(`Begin: ${titleOf(seated)}`);
    expect((await h.storage('local')).schedule?.data.activeBreak?.exerciseId).toBe(seated);
    await putOff(popup);
  });

  it('offers a breath-hold exercise without holds mid-exercise, from its first step', async () => {
    await startBreak(popup);
    await showContent(popup, 'coping-long-exhale', 'box-breathing');
    await expect.poll(() => beginButton(popup).textContent()).toMatch(/^Begin: Box breathing/);
    await beginButton(popup).click();
    const noHold = EXERCISES.find((exercise) => exercise.id === 'box-breathing')?.noHold ?? '';
    await popup.getByRole('button', { name: 'Without holds', exact: true }).click();
    await expect
      .poll(async () => (await stepHeading(popup).textContent()) ?? '')
      .toMatch(new RegExp(`^${titleOf(noHold)} · Step 1 of`));
    await popup.getByRole('button', { name: 'End', exact: true }).click();
    await popup.getByRole('button', { name: 'Back to work' }).click();
    await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
  });

  it('offers a way out of reflection that gets heavy, before and during it', async () => {
    const reflection = EXERCISES.find((exercise) => exercise.kind === 'reflection' && !exercise.retired);
    const ground = reflection?.ifHeavy ?? '';
    await startBreak(popup);
    await showContent(popup, 'goals-small-step', reflection?.id ?? '');
    await expect.poll(() => beginButton(popup).textContent()).toContain(titleOf(reflection?.id ?? ''));
    expect(await popup.getByText('If this gets heavy, you can switch to grounding at any time.').isVisible()).toBe(
      true,
    );
    await beginButton(popup).click();
    await popup.getByRole('button', { name: 'If this gets heavy', exact: true }).click();
    await expect
      .poll(async () => (await stepHeading(popup).textContent()) ?? '')
      .toMatch(new RegExp(`^${titleOf(ground)} · Step 1 of`));
    expect((await h.storage('local')).schedule?.data.activeBreak?.exerciseId).toBe(ground);
    await popup.getByRole('button', { name: 'End', exact: true }).click();
    await popup.getByRole('button', { name: 'Back to work' }).click();
    expect(h.outsideRequests).toEqual([]);
  });
});
