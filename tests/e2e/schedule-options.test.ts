import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { enter, goToSection, openOptions } from './options-steps';

/*
 * Working hours and reminder settings in the options page, in real Chromium
 * with the built extension: valid changes reach storage when the person
 * means them, invalid ones are explained and change nothing. The tests run in order on one page,
 * like one person setting up their week.
 */
describe('Breathing Room schedule options', () => {
  let h: Harness;
  let options: Page;

  beforeAll(async () => {
    h = await startHarness();
    options = await openOptions(h, 'Schedule');
    await options.getByRole('heading', { name: 'Working hours' }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  const settings = async () => (await h.storage('sync')).settings;
  const time = (name: string) => options.getByLabel(name, { exact: true });
  const button = (name: string) => options.getByRole('button', { name, exact: true });

  /** Waits for `message`, then checks that storage still holds `before` a moment later. */
  async function expectRefused(message: string, before: unknown) {
    await expect.poll(() => options.getByText(message, { exact: true }).isVisible()).toBe(true);
    await options.waitForTimeout(300);
    expect(await settings()).toEqual(before);
  }

  it('saves the default Monday to Friday, 09:00 to 18:00, when working hours are turned on', async () => {
    expect(await time('Monday, from').inputValue()).toBe('09:00');
    expect(await time('Monday, until').inputValue()).toBe('18:00');
    expect(await options.getByText('Outside these hours no reminders come and no time counts.').isVisible()).toBe(true);
    // While working hours are off, their editors are off too, and say why.
    expect(await time('Monday, from').isDisabled()).toBe(true);
    expect(await button('Add hours to Monday').isDisabled()).toBe(true);
    expect(await options.getByText('Turn on working hours above to set them.').isVisible()).toBe(true);
    await options.getByRole('checkbox', { name: 'Remind me only during working hours' }).check();
    await expect.poll(() => time('Monday, from').isEnabled()).toBe(true);
    expect(await options.getByText('Turn on working hours above to set them.').count()).toBe(0);
    await expect.poll(async () => (await settings())?.data.workingHours.enabled).toBe(true);
    const { days } = (await settings())?.data.workingHours ?? { days: [] };
    expect(days[1]).toEqual([{ start: 540, end: 1080 }]);
    expect(days[0]).toEqual([]);
    expect(days[6]).toEqual([]);
  });

  it('explains a range that ends before it starts, or a cleared time, and saves nothing', async () => {
    const before = await settings();
    await time('Monday, from').fill('19:00');
    await expectRefused('On Monday, a range ends before it starts.', before);
    expect(await time('Monday, from').getAttribute('aria-invalid')).toBe('true');

    await time('Monday, from').fill('');
    await expectRefused('Enter a time like 09:00.', before);

    await time('Monday, from').fill('08:30');
    await expect.poll(async () => (await settings())?.data.workingHours.days[1]).toEqual([{ start: 510, end: 1080 }]);
    expect(await time('Monday, from').getAttribute('aria-invalid')).toBe('false');
    expect(await options.getByText('On Monday, a range ends before it starts.').count()).toBe(0);
  });

  it('explains two overlapping ranges and saves nothing until they are apart', async () => {
    await button('Add hours to Monday').click();
    // With two ranges, each time field names its range; a new one starts after the last.
    expect(await time('Monday, range 2, from').inputValue()).toBe('19:00');
    expect(await time('Monday, range 2, until').inputValue()).toBe('20:00');
    expect(await time('Monday, range 1, from').inputValue()).toBe('08:30');
    await expect.poll(async () => (await settings())?.data.workingHours.days[1]?.length).toBe(2);
    const before = await settings();
    await time('Monday, range 2, from').fill('17:00');
    await expectRefused('On Monday, two ranges overlap.', before);

    await time('Monday, range 2, from').fill('18:30');
    await time('Monday, range 2, until').fill('23:59');
    await expect
      .poll(async () => (await settings())?.data.workingHours.days[1])
      .toEqual([
        { start: 510, end: 1080 },
        { start: 1110, end: 1439 },
      ]);
  });

  it('asks for hours on at least one day while working hours are on, and saves nothing', async () => {
    await button('Remove Monday range 2').click();
    await button('Remove Monday range 1').click();
    for (const day of ['Tuesday', 'Wednesday', 'Thursday']) await button(`Remove ${day} range 1`).click();
    await expect
      .poll(async () => (await settings())?.data.workingHours.days.map((ranges) => ranges.length))
      .toEqual([0, 0, 0, 0, 0, 1, 0]);

    const before = await settings();
    await button('Remove Friday range 1').click();
    await expectRefused('Add hours to at least one day, or turn working hours off.', before);

    // Turning working hours off makes the empty week valid, and it is saved.
    await options.getByRole('checkbox', { name: 'Remind me only during working hours' }).uncheck();
    await expect.poll(async () => (await settings())?.data.workingHours.enabled).toBe(false);
    expect((await settings())?.data.workingHours.days.flat()).toEqual([]);
    expect(await options.getByText('Add hours to at least one day, or turn working hours off.').count()).toBe(0);
    expect(await button('Add hours to Monday').isDisabled()).toBe(true);
  });

  it('explains invalid snooze choices, saves nothing, and saves valid ones shortest first', async () => {
    await goToSection(options, 'Reminders');
    const field = options.getByRole('textbox', { name: 'Snooze choices (minutes, separated by commas)' });
    expect(await field.inputValue()).toBe('5, 10, 15');
    const before = await settings();
    for (const [typed, message] of [
      ['5, 5', '5 is listed twice; list each snooze length once.'],
      ['0', 'Each snooze is from 1 to 60 minutes.'],
      ['abc', '"abc" is not a whole number. Use minutes separated by commas, such as 5, 10, 15.'],
      ['1,2,3,4,5', 'Choose at most 4 snooze lengths.'],
      ['', 'Enter at least one snooze length, such as 5, 10, 15.'],
    ] as const) {
      await enter(field, typed);
      await expectRefused(message, before);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
    }

    await enter(field, '10, 5');
    await expect.poll(async () => (await settings())?.data.snoozeMinutes).toEqual([5, 10]);
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    // What the person typed stays as typed: the field is not rewritten under the cursor.
    expect(await field.inputValue()).toBe('10, 5');
  });

  it('saves the reminder style chosen', async () => {
    const group = options.getByRole('group', { name: 'How a break reaches you' });
    expect(await group.getByRole('radio', { name: 'Open the break view' }).isChecked()).toBe(true);
    await group.getByRole('radio', { name: 'Notification only' }).check();
    await expect.poll(async () => (await settings())?.data.reminderStyle).toBe('notify');
  });

  it('saves the heads-up, waiting for fullscreen or sound, and the snooze limit', async () => {
    await enter(options.getByRole('textbox', { name: 'Heads-up before a break (minutes, 0 for none)' }), '0');
    const wait = options.getByRole('textbox', { name: 'Longest wait for that (minutes)' });
    await enter(wait, '30');
    await options.getByRole('checkbox', { name: "Don't interrupt fullscreen windows or tabs playing sound" }).uncheck();
    // The wait means something only while waiting is on: off with it, and saying why.
    await expect.poll(() => wait.isDisabled()).toBe(true);
    expect(await options.getByText('Turn on waiting above to set how long a break may wait.').isVisible()).toBe(true);
    await enter(
      options.getByRole('textbox', {
        name: 'Snoozes in a row before a break can only be begun or skipped (0 for no limit)',
      }),
      '3',
    );
    await expect
      .poll(async () => (await settings())?.data)
      .toMatchObject({ headsUpMinutes: 0, dontInterrupt: false, maxDeferMinutes: 30, maxSnoozes: 3 });
  });

  it('made no network request outside the extension', () => {
    expect(h.outsideRequests).toEqual([]);
  });
});
