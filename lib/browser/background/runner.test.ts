import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scheduleItem } from '@/lib/browser/storage/items';
import type { Badge } from '@/lib/core/schedule/badge';
import { type Effect, INITIAL_STATE } from '@/lib/core/schedule/types';
import { MINUTE as MIN } from '@/lib/core/vocabulary';
import { createScheduleRunner } from './runner';

const NOW = Date.UTC(2026, 2, 2, 9, 0);

/** A runner whose clock starts at NOW and moves on `step` ms per event, recording every effect and badge. */
function setup(step = 0, apply?: (effect: Effect) => Promise<void>) {
  let time = NOW;
  const applied: Effect[] = [];
  const badges: Badge[] = [];
  const refreshes: (number | null)[] = [];
  const runner = createScheduleRunner({
    now: () => {
      const now = time;
      time += step;
      return now;
    },
    apply: async (effect) => {
      applied.push(effect);
      await apply?.(effect);
    },
    showBadge: async (badge, refreshAt) => {
      badges.push(badge);
      refreshes.push(refreshAt);
    },
  });
  return { applied, badges, refreshes, ...runner };
}

/** The default alarms for a break due at `at`: the break and the 1-minute heads-up before it. */
const alarms = (at: number): Effect[] => [
  { type: 'setAlarm', name: 'break', at },
  { type: 'setAlarm', name: 'headsUp', at: at - MIN },
];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createScheduleRunner', () => {
  it("'installed' stores the schedule as a v2 envelope, applies the alarms and shows the badge", async () => {
    const { applied, badges, refreshes, run } = setup();
    await run({ type: 'installed' });
    expect(await browser.storage.local.get('schedule')).toEqual({
      schedule: { v: 2, data: { ...INITIAL_STATE, nextBreakAt: NOW + 45 * MIN, cycleStartedAt: NOW } },
    });
    expect(applied).toEqual(alarms(NOW + 45 * MIN));
    expect(badges).toEqual([{ kind: 'minutes', minutes: 45 }]);
    // The badge wakes the worker again when it would say 44.
    expect(refreshes).toEqual([NOW + MIN]);
  });

  it('reads the settings from sync storage', async () => {
    await browser.storage.sync.set({ settings: { v: 1, data: { intervalMinutes: 30, breakMinutes: 2 } } });
    const { applied, run } = setup();
    await run({ type: 'installed' });
    expect(applied).toEqual(alarms(NOW + 30 * MIN));
  });

  it('applies two events fired without awaiting in between in order, each seeing the last one stored', async () => {
    const { applied, run } = setup(3 * MIN);
    await run({ type: 'installed' });
    applied.length = 0;
    const first = run({ type: 'takeBreakNow' });
    const begun = run({ type: 'beginExercise' });
    const second = run({ type: 'finishBreak', outcome: 'taken' });
    await Promise.all([first, begun, second]);
    const record = applied.find((effect) => effect.type === 'record');
    expect(record).toMatchObject({ entry: { startedAt: NOW + 3 * MIN, endedAt: NOW + 9 * MIN, outcome: 'taken' } });
    expect(applied.at(-1)).toEqual({ type: 'clearNotification' });
  });

  it('a failed effect does not stop the effects after it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { applied, run } = setup(0, async (effect) => {
      if (effect.type === 'openBreakView') throw new Error('no window');
    });
    await run({ type: 'installed' });
    applied.length = 0;
    await run({ type: 'alarm', scheduledTime: NOW + 45 * MIN, busy: false });
    expect(applied.map((effect) => effect.type)).toEqual(['setAlarm', 'clearAlarm', 'openBreakView', 'notify']);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('a failed event rejects but does not block the events after it', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValueOnce(new Error('storage down'));
    const { applied, run } = setup();
    const failed = run({ type: 'installed' });
    const next = run({ type: 'installed' });
    await expect(failed).rejects.toThrow('storage down');
    await next;
    expect(applied).toEqual(alarms(NOW + 45 * MIN));
  });

  it('refreshBadge shows the minutes left without changing anything', async () => {
    const { badges, run, refreshBadge } = setup(10 * MIN);
    await run({ type: 'installed' });
    const before = await browser.storage.local.get('schedule');
    await refreshBadge();
    expect(badges.at(-1)).toEqual({ kind: 'minutes', minutes: 35 });
    expect(await browser.storage.local.get('schedule')).toEqual(before);
  });

  it('the badge alarm at a micro-break’s end counts it, clears its notification and shows the badge again', async () => {
    const { applied, badges, run, refreshBadge } = setup();
    await browser.storage.sync.set({ settings: { v: 3, data: { microBreaks: true, microSeconds: 20 } } });
    await run({ type: 'installed' });
    await scheduleItem.update((state) => ({ ...state, microShownAt: NOW - 20_000 }));
    applied.length = 0;
    await refreshBadge();
    expect(applied).toContainEqual({ type: 'countMicro', outcome: 'shown', at: NOW - 20_000 });
    expect(applied).toContainEqual({ type: 'clearNotification', micro: true });
    expect((await scheduleItem.get()).microShownAt).toBeNull();
    expect(badges.at(-1)).toEqual({ kind: 'minutes', minutes: 45 });
  });

  it('a full storage never stops reminders: the schedule is kept in memory, and the break comes', async () => {
    const { applied, run } = setup();
    await run({ type: 'installed' });
    applied.length = 0;
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await run({ type: 'alarm', scheduledTime: NOW + 45 * MIN, busy: false });
    expect(applied.map((effect) => effect.type)).toEqual(['setAlarm', 'clearAlarm', 'openBreakView', 'notify']);
    // The break is in memory (session storage, never full), so the popup shows it and can say why.
    const held = (await browser.storage.session.get('schedule')).schedule as { data: { activeBreak: unknown } };
    expect(held.data.activeBreak).toMatchObject({ trigger: 'schedule' });
    expect((await scheduleItem.get()).activeBreak).toMatchObject({ trigger: 'schedule' });
    // Once storage takes it again, it moves back, and memory lets it go.
    vi.mocked(browser.storage.local.set).mockRestore();
    await run({ type: 'beginExercise' });
    expect(await browser.storage.session.get('schedule')).toEqual({});
    expect((await scheduleItem.get()).activeBreak?.begunAt).toBe(NOW);
  });

  it('sets the alarms from the decision even when no store takes its state, and then trusts no stored time', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { applied, run } = setup();
    await run({ type: 'installed' });
    const full = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(full);
    vi.spyOn(browser.storage.session, 'set').mockRejectedValue(full);
    applied.length = 0;
    await run({ type: 'pause', length: 30 });
    expect(applied).toContainEqual({ type: 'setAlarm', name: 'break', at: NOW + 30 * MIN });
    // Stored: no pause, a break at +45. The alarm that really stands (the pause's end) rings at +30:
    // it is not taken for a stale one, and the break it brings comes.
    applied.length = 0;
    await run({ type: 'alarm', scheduledTime: NOW + 30 * MIN, busy: false });
    expect(applied.map((effect) => effect.type)).toContain('openBreakView');
    expect(errors).toHaveBeenCalled();
  });

  it('keeps a break whose answer could not be recorded open, and says so to whoever asked', async () => {
    let full = true;
    const { applied, run } = setup(MIN, async (effect) => {
      if (effect.type === 'record' && full) throw new Error('QUOTA_BYTES quota exceeded');
    });
    await run({ type: 'takeBreakNow' });
    await run({ type: 'beginExercise' });
    applied.length = 0;
    await expect(run({ type: 'finishBreak', outcome: 'taken' })).rejects.toThrow('QUOTA');
    expect((await scheduleItem.get()).activeBreak?.begunAt).toBe(NOW + MIN);
    expect(applied.map((effect) => effect.type)).toEqual(['record']);
    // Once there is room, the same answer goes through.
    full = false;
    await run({ type: 'finishBreak', outcome: 'taken' });
    expect((await scheduleItem.get()).activeBreak).toBeNull();
  });

  it('ends a break that expired even when its record fails: the schedule goes on', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The clock moves on 45 minutes an event: the alarm comes when the open break expires.
    const { run } = setup(45 * MIN, async (effect) => {
      if (effect.type === 'record') throw new Error('QUOTA_BYTES quota exceeded');
    });
    await run({ type: 'takeBreakNow' });
    await expect(run({ type: 'alarm', scheduledTime: NOW + 45 * MIN, busy: false })).rejects.toThrow('QUOTA');
    expect((await scheduleItem.get()).activeBreak).toBeNull();
    errors.mockRestore();
  });
});
