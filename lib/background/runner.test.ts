import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Effect } from '@/lib/schedule/types';
import { createScheduleRunner } from './runner';

const MIN = 60_000;
const NOW = Date.UTC(2026, 2, 2, 9, 0);

/** A runner whose clock starts at NOW and moves on `step` ms per event, recording every effect it applies. */
function setup(step = 0) {
  let time = NOW;
  const applied: Effect[] = [];
  const run = createScheduleRunner({
    now: () => {
      const now = time;
      time += step;
      return now;
    },
    apply: async (effect) => {
      applied.push(effect);
    },
  });
  return { applied, run };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createScheduleRunner', () => {
  it("'installed' stores the schedule in local storage as a v1 envelope and applies setAlarm", async () => {
    const { applied, run } = setup();
    await run({ type: 'installed' });
    expect(await browser.storage.local.get('schedule')).toEqual({
      schedule: {
        v: 1,
        data: {
          nextBreakAt: NOW + 45 * MIN,
          cycleStartedAt: NOW,
          snoozed: false,
          activeBreak: null,
          recentInsightIds: [],
          lastExerciseId: null,
        },
      },
    });
    expect(applied).toEqual([{ type: 'setAlarm', at: NOW + 45 * MIN }]);
  });

  it('reads the settings from sync storage', async () => {
    await browser.storage.sync.set({ settings: { v: 1, data: { intervalMinutes: 30, breakMinutes: 2 } } });
    const { applied, run } = setup();
    await run({ type: 'installed' });
    expect(applied).toEqual([{ type: 'setAlarm', at: NOW + 30 * MIN }]);
  });

  it('applies two events fired without awaiting in between in order, each seeing the last one stored', async () => {
    const { applied, run } = setup(3 * MIN);
    await run({ type: 'installed' });
    applied.length = 0;
    const first = run({ type: 'takeBreakNow' });
    const second = run({ type: 'finishBreak', outcome: 'taken' });
    await Promise.all([first, second]);
    expect(applied.map((effect) => effect.type)).toEqual(['record', 'setAlarm', 'clearNotification']);
    expect(applied[0]).toMatchObject({
      type: 'record',
      entry: { id: String(NOW + 3 * MIN), startedAt: NOW + 3 * MIN, endedAt: NOW + 6 * MIN, outcome: 'taken' },
    });
    expect(applied[1]).toEqual({ type: 'setAlarm', at: NOW + 6 * MIN + 45 * MIN });
  });

  it('a failed effect does not stop the effects after it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const applied: string[] = [];
    const run = createScheduleRunner({
      now: () => NOW,
      apply: async (effect) => {
        applied.push(effect.type);
        if (effect.type === 'openBreakView') throw new Error('no window');
      },
    });
    await run({ type: 'alarm', scheduledTime: NOW });
    expect(applied).toEqual(['setAlarm', 'openBreakView', 'notify']);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('a failed event rejects but does not block the events after it', async () => {
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValueOnce(new Error('sync down'));
    const { applied, run } = setup();
    const failed = run({ type: 'installed' });
    const next = run({ type: 'installed' });
    await expect(failed).rejects.toThrow('sync down');
    await next;
    expect(applied).toEqual([{ type: 'setAlarm', at: NOW + 45 * MIN }]);
  });
});
