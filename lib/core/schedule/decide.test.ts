import { describe, expect, it } from 'vitest';
import { findExercise, findInsight } from '@/lib/core/content/select';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { decide } from './decide';
import { INITIAL_STATE, type ScheduleState } from './types';

const MIN = 60_000;
/** Defaults without the heads-up, so each test sees only the break alarm it is about. */
const S: Settings = { ...DEFAULT_SETTINGS, headsUpMinutes: 0 };

/** The alarm effects of a running countdown due at `at`. */
const alarms = (at: number) => [
  { type: 'setAlarm', name: 'break', at },
  { type: 'clearAlarm', name: 'headsUp' },
];
/** 2026-03-02T09:00:00Z, a plain Monday morning. */
const T0 = Date.UTC(2026, 2, 2, 9, 0);

/** A countdown that began at `start` and has no break pending. */
const running = (start: number): ScheduleState => ({
  ...INITIAL_STATE,
  cycleStartedAt: start,
  nextBreakAt: start + 45 * MIN,
});

/** The state after an on-time alarm at `at`, with a break pending. */
const withBreakAt = (at: number): ScheduleState =>
  decide(S, running(at - 45 * MIN), { type: 'alarm', scheduledTime: at, busy: false }, at).state;

describe('decide: start of the countdown', () => {
  it('a first install starts a countdown of intervalMinutes and sets the alarm then', () => {
    const { state, effects } = decide(S, INITIAL_STATE, { type: 'installed' }, T0);
    expect(state.cycleStartedAt).toBe(T0);
    expect(state.nextBreakAt).toBe(T0 + 45 * MIN);
    expect(effects).toEqual([...alarms(T0 + 45 * MIN)]);
  });

  it('an update keeps a sane countdown and makes its alarm again', () => {
    const { state, effects } = decide(S, running(T0), { type: 'installed' }, T0 + 10 * MIN);
    expect(state).toEqual(running(T0));
    expect(effects).toEqual([...alarms(T0 + 45 * MIN)]);
  });

  it('a browser start restarts from now and drops a pending break', () => {
    const now = T0 + 3 * 60 * MIN;
    const { state, effects } = decide(S, withBreakAt(T0 + 45 * MIN), { type: 'browserStarted' }, now);
    expect(state.activeBreak).toBeNull();
    expect(state.cycleStartedAt).toBe(now);
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
    expect(effects).toEqual([...alarms(now + 45 * MIN)]);
  });

  it('a clock set back (countdown began in the future) restarts the countdown from now', () => {
    const now = T0 - 2 * 60 * MIN;
    const { state, effects } = decide(S, running(T0), { type: 'installed' }, now);
    expect(state.cycleStartedAt).toBe(now);
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
    expect(effects).toEqual([...alarms(now + 45 * MIN)]);
  });

  it.each([
    { type: 'takeBreakNow' },
    { type: 'resume' },
    { type: 'finishBreak', outcome: 'taken' },
    { type: 'checkSchedule' },
  ] as const)('a countdown repaired on $type also moves the alarm', (event) => {
    const now = T0 - 3 * 60 * MIN;
    const { state, effects } = decide(S, running(T0), event, now);
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
    expect(effects).toContainEqual({ type: 'setAlarm', name: 'break', at: now + 45 * MIN });
  });

  it('a corrupted state with nextBreakAt null restarts rather than keeping the old cycle start', () => {
    const now = T0 + 10 * MIN;
    const { state } = decide(S, { ...running(T0), nextBreakAt: null }, { type: 'settingsChanged' }, now);
    expect(state.cycleStartedAt).toBe(now);
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
  });
});

describe('decide: alarms', () => {
  it('an on-time alarm begins a scheduled break with real content and reminds', () => {
    const due = T0 + 45 * MIN;
    const now = due + 2_000;
    const { state, effects } = decide(S, running(T0), { type: 'alarm', scheduledTime: due, busy: false }, now);
    const active = state.activeBreak;
    expect(active?.startedAt).toBe(now);
    expect(active?.trigger).toBe('schedule');
    expect(findInsight(active?.insightId ?? '')?.id).toBe(active?.insightId);
    expect(findExercise(active?.exerciseId ?? '')?.id).toBe(active?.exerciseId);
    expect(state.recentInsightIds).toEqual([active?.insightId]);
    expect(state.lastExerciseId).toBe(active?.exerciseId);
    expect(effects).toEqual([...alarms(now + 45 * MIN), { type: 'openBreakView' }, { type: 'notify', kind: 'break' }]);
  });

  it('an alarm late by a whole break length gives no reminder and counts the next break from now', () => {
    const due = T0 + 45 * MIN;
    const now = due + 3 * MIN;
    const { state, effects } = decide(S, running(T0), { type: 'alarm', scheduledTime: due, busy: false }, now);
    expect(state.activeBreak).toBeNull();
    expect(state.cycleStartedAt).toBe(now);
    expect(effects).toEqual([...alarms(now + 45 * MIN)]);
  });

  it('an alarm late by just under a break length still reminds', () => {
    const due = T0 + 45 * MIN;
    const { effects } = decide(S, running(T0), { type: 'alarm', scheduledTime: due, busy: false }, due + 3 * MIN - 1);
    expect(effects.map((e) => e.type)).toEqual(['setAlarm', 'clearAlarm', 'openBreakView', 'notify']);
  });

  it('after hours of sleep, stale alarms give no reminder at all', () => {
    const due = T0 + 45 * MIN;
    const wake = due + 5 * 60 * MIN;
    let state = running(T0);
    let reminders = 0;
    for (const now of [wake, wake + 1_000, wake + 30_000]) {
      const decision = decide(S, state, { type: 'alarm', scheduledTime: due, busy: false }, now);
      reminders += decision.effects.filter((e) => e.type === 'openBreakView' || e.type === 'notify').length;
      state = decision.state;
    }
    expect(reminders).toBe(0);
    expect(state.activeBreak).toBeNull();
    expect(state.nextBreakAt).toBe(wake + 30_000 + 45 * MIN);
  });

  it('an alarm while a break is pending keeps the same break and reminds again', () => {
    const first = withBreakAt(T0 + 45 * MIN);
    const now = T0 + 90 * MIN;
    const { state, effects } = decide(S, first, { type: 'alarm', scheduledTime: now, busy: false }, now);
    expect(state.activeBreak).toEqual(first.activeBreak);
    expect(state.recentInsightIds).toEqual(first.recentInsightIds);
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
    expect(effects).toEqual([...alarms(now + 45 * MIN), { type: 'openBreakView' }, { type: 'notify', kind: 'break' }]);
  });
});

describe('decide: breaks taken by hand and answered', () => {
  const taken = T0 + 10 * MIN;
  const manual = decide(S, running(T0), { type: 'takeBreakNow' }, taken).state;

  it('takeBreakNow starts a manual break, keeps the countdown and silences the heads-up', () => {
    const { state, effects } = decide(S, running(T0), { type: 'takeBreakNow' }, taken);
    expect(state.activeBreak?.trigger).toBe('manual');
    expect(state.activeBreak?.startedAt).toBe(taken);
    expect(state.nextBreakAt).toBe(T0 + 45 * MIN);
    expect(effects).toEqual(alarms(T0 + 45 * MIN));
  });

  it('a second takeBreakNow keeps the first break', () => {
    const { state, effects } = decide(S, manual, { type: 'takeBreakNow' }, taken + MIN);
    expect(state.activeBreak).toEqual(manual.activeBreak);
    expect(effects).toEqual([]);
  });

  it("finishBreak 'taken' records the break and schedules the next an interval from now", () => {
    const now = taken + 3 * MIN;
    const { state, effects } = decide(S, manual, { type: 'finishBreak', outcome: 'taken' }, now);
    const { insightId, exerciseId } = manual.activeBreak ?? { insightId: '', exerciseId: '' };
    const entry = { id: String(taken), startedAt: taken, endedAt: now, outcome: 'taken', insightId, exerciseId };
    expect(effects).toEqual([{ type: 'record', entry }, ...alarms(now + 45 * MIN), { type: 'clearNotification' }]);
    expect(state).toMatchObject({
      activeBreak: null,
      cycleStartedAt: now,
      nextBreakAt: now + 45 * MIN,
      snoozed: false,
    });
  });

  it("finishBreak 'snoozed' puts the break off 5 minutes and marks the snooze", () => {
    const now = taken + MIN;
    const { state, effects } = decide(S, manual, { type: 'finishBreak', outcome: 'snoozed' }, now);
    expect(state.nextBreakAt).toBe(now + 5 * MIN);
    expect(state.snoozed).toBe(true);
    expect(effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'snoozed', endedAt: now } });
    expect(effects[1]).toEqual({ type: 'setAlarm', name: 'break', at: now + 5 * MIN });
  });

  it("finishBreak 'skipped' records a skip and schedules a full interval", () => {
    const now = taken + MIN;
    const { state, effects } = decide(S, manual, { type: 'finishBreak', outcome: 'skipped' }, now);
    expect(effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'skipped', startedAt: taken } });
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
    expect(state.snoozed).toBe(false);
  });

  it('finishBreak with no active break does nothing', () => {
    const { state, effects } = decide(S, running(T0), { type: 'finishBreak', outcome: 'taken' }, taken);
    expect(state).toEqual(running(T0));
    expect(effects).toEqual([]);
  });
});

describe('decide: settings changes', () => {
  it('a new interval keeps the cycle start', () => {
    const { state, effects } = decide(
      { ...S, intervalMinutes: 60 },
      running(T0),
      { type: 'settingsChanged' },
      T0 + 10 * MIN,
    );
    expect(state.cycleStartedAt).toBe(T0);
    expect(state.nextBreakAt).toBe(T0 + 60 * MIN);
    expect(effects).toEqual([...alarms(T0 + 60 * MIN)]);
  });

  it('a shorter interval never makes the break due sooner than a minute from now', () => {
    const now = T0 + 30 * MIN;
    const { state } = decide({ ...S, intervalMinutes: 5 }, running(T0), { type: 'settingsChanged' }, now);
    expect(state.nextBreakAt).toBe(now + MIN);
  });

  it('a change during a snooze changes nothing', () => {
    const snoozed: ScheduleState = { ...running(T0), snoozed: true, nextBreakAt: T0 + 5 * MIN };
    const { state, effects } = decide({ ...S, intervalMinutes: 90 }, snoozed, { type: 'settingsChanged' }, T0 + MIN);
    expect(state).toEqual(snoozed);
    expect(effects).toEqual(alarms(T0 + 5 * MIN));
  });

  it('a change during a break changes nothing', () => {
    const pending = withBreakAt(T0 + 45 * MIN);
    const { state, effects } = decide(
      { ...S, intervalMinutes: 90 },
      pending,
      { type: 'settingsChanged' },
      T0 + 46 * MIN,
    );
    expect(state).toEqual(pending);
    expect(effects).toEqual([
      { type: 'setAlarm', name: 'break', at: pending.nextBreakAt },
      { type: 'clearAlarm', name: 'headsUp' },
    ]);
  });
});
