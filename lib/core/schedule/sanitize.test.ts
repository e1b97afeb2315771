import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { MINUTE as MIN, TIME_BOUNDS } from '@/lib/core/vocabulary';
import { decide } from './decide';
import { parseSchedule } from './parse';
import { INITIAL_STATE, type ScheduleState } from './types';

/** Defaults without the heads-up, so each test sees only the break alarm. */
const S: Settings = { ...DEFAULT_SETTINGS, headsUpMinutes: 0 };
/** 2026-03-02T09:00:00Z, a plain Monday morning. */
const T0 = Date.UTC(2026, 2, 2, 9, 0);
const running: ScheduleState = { ...INITIAL_STATE, cycleStartedAt: T0, nextBreakAt: T0 + 45 * MIN };

/*
 * The last moment of year 9999 is a time storage keeps (parse lets it
 * through), yet no schedule ever sets one: a hand edit or a damaged copy.
 * decide() must not wait for it, or reminders would stop for good.
 */
describe('decide: a time at the end of what storage holds', () => {
  it('is a time storage keeps, so only decide() stands between it and the schedule', () => {
    const parsed = parseSchedule({ ...running, nextBreakAt: TIME_BOUNDS.max, pause: { until: TIME_BOUNDS.max } });
    expect(parsed.nextBreakAt).toBe(TIME_BOUNDS.max);
    expect(parsed.pause).toEqual({ until: TIME_BOUNDS.max });
  });

  it('restarts a countdown due then from now, and moves the alarm', () => {
    const now = T0 + 10 * MIN;
    const { state, effects } = decide(S, { ...running, nextBreakAt: TIME_BOUNDS.max }, { type: 'checkSchedule' }, now);
    expect(state.cycleStartedAt).toBe(now);
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
    expect(effects).toContainEqual({ type: 'setAlarm', name: 'break', at: now + 45 * MIN });
  });

  it('ends a pause until then, and the countdown goes on', () => {
    const now = T0 + 10 * MIN;
    const paused = { ...running, pause: { until: TIME_BOUNDS.max } };
    const { state, effects } = decide(S, paused, { type: 'checkSchedule' }, now);
    expect(state.pause).toBeNull();
    expect(state.nextBreakAt).toBe(T0 + 45 * MIN);
    expect(effects).toContainEqual({ type: 'setAlarm', name: 'break', at: T0 + 45 * MIN });
  });

  it('clears both at once: no alarm is ever set in year 9999', () => {
    const now = T0 + 10 * MIN;
    const both = { ...running, nextBreakAt: TIME_BOUNDS.max, pause: { until: TIME_BOUNDS.max } };
    for (const type of ['checkSchedule', 'installed', 'resume', 'settingsChanged'] as const) {
      const { state, effects } = decide(S, both, { type }, now);
      expect({ type, pause: state.pause, next: state.nextBreakAt }).toEqual({
        type,
        pause: null,
        next: now + 45 * MIN,
      });
      const times = effects.flatMap((effect) => (effect.type === 'setAlarm' ? [effect.at] : []));
      expect(times.every((at) => at - now <= 45 * MIN)).toBe(true);
    }
  });
});
