import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { MINUTE as MIN } from '@/lib/core/vocabulary';
import { IDLE_DETECTION_SECONDS } from './away';
import { decide } from './decide';
import { type Effect, INITIAL_STATE, type ScheduleState } from './types';

/* Time away from the computer: idle, locked, and back. Working hours are off, so times are plain UTC. */

/** Defaults (a 3-minute break every 45 minutes) without the heads-up. */
const S: Settings = { ...DEFAULT_SETTINGS, headsUpMinutes: 0 };
/** 2026-03-02T09:00:00Z, a Monday. */
const T0 = Date.UTC(2026, 2, 2, 9, 0);

const alarms = (at: number): Effect[] => [
  { type: 'setAlarm', name: 'break', at },
  { type: 'clearAlarm', name: 'headsUp' },
];
const isReminder = (effect: Effect) => effect.type === 'openBreakView' || effect.type === 'notify';
const running = (start: number): ScheduleState => ({
  ...INITIAL_STATE,
  cycleStartedAt: start,
  nextBreakAt: start + 45 * MIN,
});
/** The countdown from T0, with the screen locked at `at`. */
const lockedAt = (at: number): ScheduleState =>
  decide(S, running(T0), { type: 'idleChanged', idle: 'locked' }, at).state;

describe('away: going', () => {
  it("'idle' records idleSince a detection interval (60 s) before now, with no effects", () => {
    const now = T0 + 20 * MIN;
    const { state, effects } = decide(S, running(T0), { type: 'idleChanged', idle: 'idle' }, now);
    expect(IDLE_DETECTION_SECONDS).toBe(60);
    expect(state.idleSince).toBe(now - 60_000);
    expect(state.nextBreakAt).toBe(T0 + 45 * MIN);
    expect(effects).toEqual([]);
  });

  it("'locked' records idleSince = now", () => {
    expect(lockedAt(T0 + 20 * MIN).idleSince).toBe(T0 + 20 * MIN);
  });

  it("a second 'idle' or 'locked' while away keeps the first idleSince", () => {
    const first = lockedAt(T0 + 20 * MIN);
    const again = decide(S, first, { type: 'idleChanged', idle: 'idle' }, T0 + 25 * MIN);
    expect(again.state.idleSince).toBe(T0 + 20 * MIN);
    expect(decide(S, again.state, { type: 'idleChanged', idle: 'locked' }, T0 + 26 * MIN).state.idleSince).toBe(
      T0 + 20 * MIN,
    );
  });

  it('idle during an active break changes nothing', () => {
    const pending = decide(S, running(T0), { type: 'takeBreakNow' }, T0 + 10 * MIN).state;
    const { state, effects } = decide(S, pending, { type: 'idleChanged', idle: 'locked' }, T0 + 11 * MIN);
    expect(state).toEqual(pending);
    expect(effects).toEqual([]);
  });

  it('idle during a pause changes nothing', () => {
    const paused = decide(S, running(T0), { type: 'pause', length: 60 }, T0 + 10 * MIN).state;
    const { state, effects } = decide(S, paused, { type: 'idleChanged', idle: 'idle' }, T0 + 20 * MIN);
    expect(state).toEqual(paused);
    expect(effects).toEqual([]);
  });

  it("'active' with no time away changes nothing", () => {
    const { state, effects } = decide(S, running(T0), { type: 'idleChanged', idle: 'active' }, T0 + 5 * MIN);
    expect(state).toEqual(running(T0));
    expect(effects).toEqual([]);
  });
});

describe('away: coming back', () => {
  it('back after 30 s (shorter than a break) shifts the countdown later by exactly the time away', () => {
    const left = T0 + 20 * MIN;
    const now = left + 30_000;
    const { state, effects } = decide(S, lockedAt(left), { type: 'idleChanged', idle: 'active' }, now);
    expect(state.idleSince).toBeNull();
    expect(state.cycleStartedAt).toBe(T0 + 30_000);
    expect(state.nextBreakAt).toBe(T0 + 45 * MIN + 30_000);
    expect(effects).toEqual(alarms(T0 + 45 * MIN + 30_000));
  });

  it('back after 5 minutes records a natural break and restarts the countdown from now', () => {
    const left = T0 + 20 * MIN;
    const now = left + 5 * MIN;
    const { state, effects } = decide(S, lockedAt(left), { type: 'idleChanged', idle: 'active' }, now);
    const entry = { id: String(left), startedAt: left, endedAt: now, outcome: 'natural' };
    expect(effects).toEqual([{ type: 'record', entry }, ...alarms(now + 45 * MIN)]);
    expect(state).toMatchObject({ idleSince: null, cycleStartedAt: now, nextBreakAt: now + 45 * MIN });
  });

  it('a natural break after idle counts from the last input, 60 s before the idle report', () => {
    const reported = T0 + 20 * MIN;
    const idle = decide(S, running(T0), { type: 'idleChanged', idle: 'idle' }, reported).state;
    const now = reported + 4 * MIN;
    const { effects } = decide(S, idle, { type: 'idleChanged', idle: 'active' }, now);
    expect(effects[0]).toEqual({
      type: 'record',
      entry: { id: String(reported - 60_000), startedAt: reported - 60_000, endedAt: now, outcome: 'natural' },
    });
  });

  it('a natural break resets the snoozes in a row', () => {
    const left = T0 + 20 * MIN;
    const { state } = decide(
      S,
      { ...lockedAt(left), snoozesInRow: 2 },
      { type: 'idleChanged', idle: 'active' },
      left + 5 * MIN,
    );
    expect(state.snoozesInRow).toBe(0);
  });

  it('away for 5 hours (a session end, not a break) records nothing but restarts the countdown', () => {
    const left = T0 + 20 * MIN;
    const now = left + 5 * 60 * MIN;
    const { state, effects } = decide(S, lockedAt(left), { type: 'idleChanged', idle: 'active' }, now);
    expect(effects).toEqual(alarms(now + 45 * MIN));
    expect(state).toMatchObject({ idleSince: null, cycleStartedAt: now, nextBreakAt: now + 45 * MIN });
  });
});

describe('away: the break alarm while away', () => {
  const left = T0 + 44 * MIN;
  const due = T0 + 45 * MIN;

  it('the alarm firing while away gives no reminder and starts no break', () => {
    const away = lockedAt(left);
    const { state, effects } = decide(S, away, { type: 'alarm', scheduledTime: due, busy: false, stored: true }, due);
    expect(state).toEqual(away);
    expect(effects.filter(isReminder)).toEqual([]);
  });

  it('back soon after, the break is due shortly after (never in the past), and comes once', () => {
    const away = decide(S, lockedAt(left), { type: 'alarm', scheduledTime: due, busy: false, stored: true }, due).state;
    const now = due + MIN; // 2 minutes away in all
    const back = decide(S, away, { type: 'idleChanged', idle: 'active' }, now);
    expect(back.state.nextBreakAt).toBe(due + 2 * MIN);
    expect(back.state.nextBreakAt).toBeGreaterThanOrEqual(now);
    expect(back.effects).toEqual(alarms(due + 2 * MIN));

    const at = back.state.nextBreakAt ?? 0;
    const rung = decide(S, back.state, { type: 'alarm', scheduledTime: at, busy: false, stored: true }, at);
    expect(rung.effects.filter((e) => e.type === 'openBreakView')).toHaveLength(1);
    expect(rung.state.nextBreakAt).toBe(at + 45 * MIN);
  });

  it('the heads-up while away says nothing', () => {
    const settings: Settings = { ...S, headsUpMinutes: 1 };
    const away = decide(settings, running(T0), { type: 'idleChanged', idle: 'locked' }, T0 + 40 * MIN).state;
    expect(decide(settings, away, { type: 'headsUpAlarm' }, T0 + 44 * MIN).effects).toEqual([]);
  });
});
