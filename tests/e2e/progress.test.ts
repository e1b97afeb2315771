import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backToWork, openPopup, putOff, startBreak, takeBreak } from './break-steps';
import { type Harness, startHarness } from './harness';

/* Progress and history as a person reads them after a morning of breaks. */
describe('Breathing Room progress and history', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const popup = await openPopup(h);
    for (const answer of ['take', 'skip', 'take']) {
      await startBreak(popup);
      // A break counts as taken once its exercise is begun.
      if (answer === 'take') {
        await takeBreak(popup);
        await backToWork(popup);
      } else await putOff(popup);
    }
    for (let i = 0; i < 50 && (await h.storage('local')).history?.data.length !== 3; i++) {
      await popup.waitForTimeout(100);
    }
    await popup.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows today against the goal in the popup', async () => {
    const popup = await h.open('popup.html');
    await expect.poll(() => popup.getByText('2 of 6 today').isVisible()).toBe(true);
  });

  it('shows the statistics, and the 30-day chart as a table too', async () => {
    const options = await h.open('options.html');
    const progress = options.getByRole('region', { name: 'Your progress' });
    await expect.poll(() => progress.getByText('Today: 2 of 6 breaks').isVisible()).toBe(true);
    expect(await progress.getByText('Breaks taken when due: 67%').isVisible()).toBe(true);
    await progress.getByText('Show as a table').click();
    const lastRow = progress.getByRole('table').getByRole('row').last();
    expect(await lastRow.getByRole('cell').allTextContents()).toEqual(['2', '1']);
  });

  it('lists the breaks under today, newest first, and filters them by outcome', async () => {
    const options = await h.open('options.html');
    const history = options.getByRole('region', { name: 'History', exact: true });
    const today = history.getByRole('list', { name: 'Today' });
    await expect.poll(() => today.getByRole('listitem').count()).toBe(3);
    expect(await today.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Taken'),
      expect.stringContaining('Skipped'),
      expect.stringContaining('Taken'),
    ]);
    await history.getByRole('combobox', { name: 'Show' }).selectOption('skipped');
    await expect.poll(() => today.getByRole('listitem').count()).toBe(1);
  });
});
