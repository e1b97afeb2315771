import { describe, expect, it } from 'vitest';
import { contentForBreak } from '@/lib/core/content/for-break';
import { findExercise, findInsight } from '@/lib/core/content/select';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { MINUTE as MIN } from '@/lib/core/vocabulary';
import { decide } from './decide';
import { INITIAL_STATE, type ScheduleState } from './types';

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
  decide(S, running(at - 45 * MIN), { type: 'alarm', scheduledTime: at, busy: false, stored: true }, at).state;

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

  it('a browser start records a pending break as missed and restarts from now', () => {
    const now = T0 + 3 * 60 * MIN;
    const { state, effects } = decide(S, withBreakAt(T0 + 45 * MIN), { type: 'browserStarted' }, now);
    expect(state.activeBreak).toBeNull();
    expect(state.cycleStartedAt).toBe(now);
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
    expect(effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'missed', startedAt: T0 + 45 * MIN } });
    expect(effects.slice(1)).toEqual([...alarms(now + 45 * MIN)]);
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
  it('an on-time alarm begins a scheduled break and reminds; its content comes from the page that shows it', () => {
    const due = T0 + 45 * MIN;
    const now = due + 2_000;
    const { state, effects } = decide(
      S,
      running(T0),
      { type: 'alarm', scheduledTime: due, busy: false, stored: true },
      now,
    );
    expect(state.activeBreak).toEqual({ startedAt: now, trigger: 'schedule' });
    expect(effects).toEqual([
      ...alarms(now + 45 * MIN),
      { type: 'openBreakView', large: false },
      { type: 'notify', kind: 'break' },
    ]);
    const content = contentForBreak(S, state, { startedAt: now, trigger: 'schedule' });
    expect(findInsight(content.insightId)).toBeDefined();
    expect(findExercise(content.exerciseId)).toBeDefined();
    const shown = decide(S, state, { type: 'showContent', ...content }, now + 500);
    expect(shown.state.activeBreak).toEqual({ startedAt: now, trigger: 'schedule', ...content });
    expect(shown.state.recentInsightIds).toEqual([content.insightId]);
    expect(shown.state.lastExerciseId).toBe(content.exerciseId);
    expect(shown.effects).toEqual([]);
  });

  it('an alarm late by a whole break length gives no reminder and counts the next break from now', () => {
    const due = T0 + 45 * MIN;
    const now = due + 3 * MIN;
    const { state, effects } = decide(
      S,
      running(T0),
      { type: 'alarm', scheduledTime: due, busy: false, stored: true },
      now,
    );
    expect(state.activeBreak).toBeNull();
    expect(state.cycleStartedAt).toBe(now);
    expect(effects).toEqual([...alarms(now + 45 * MIN)]);
  });

  it('an alarm late by just under a break length still reminds', () => {
    const due = T0 + 45 * MIN;
    const { effects } = decide(
      S,
      running(T0),
      { type: 'alarm', scheduledTime: due, busy: false, stored: true },
      due + 3 * MIN - 1,
    );
    expect(effects.map((e) => e.type)).toEqual(['setAlarm', 'clearAlarm', 'openBreakView', 'notify']);
  });

  it('after hours of sleep, stale alarms give no reminder at all', () => {
    const due = T0 + 45 * MIN;
    const wake = due + 5 * 60 * MIN;
    let state = running(T0);
    let reminders = 0;
    for (const now of [wake, wake + 1_000, wake + 30_000]) {
      const decision = decide(S, state, { type: 'alarm', scheduledTime: due, busy: false, stored: true }, now);
      reminders += decision.effects.filter((e) => e.type === 'openBreakView' || e.type === 'notify').length;
      state = decision.state;
    }
    expect(reminders).toBe(0);
    expect(state.activeBreak).toBeNull();
    // The first restarts the countdown; the stale ones after it ring for nothing.
    expect(state.nextBreakAt).toBe(wake + 45 * MIN);
  });

  it('a break left open expires when the next would come: missed, no reminder, and a fresh countdown', () => {
    const first = withBreakAt(T0 + 45 * MIN);
    const now = T0 + 90 * MIN;
    expect(first.nextBreakAt).toBe(now);
    const { state, effects } = decide(S, first, { type: 'alarm', scheduledTime: now, busy: false, stored: true }, now);
    expect(state.activeBreak).toBeNull();
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
    const { insightId, exerciseId } = first.activeBreak ?? {};
    const entry = {
      id: String(T0 + 45 * MIN),
      startedAt: T0 + 45 * MIN,
      endedAt: now,
      outcome: 'missed',
      insightId,
      exerciseId,
    };
    expect(effects).toEqual([{ type: 'record', entry }, { type: 'clearNotification' }, ...alarms(now + 45 * MIN)]);
  });

  it('a break whose exercise was begun and then left open counts as taken, a break long', () => {
    const begun = decide(S, withBreakAt(T0 + 45 * MIN), { type: 'beginExercise' }, T0 + 46 * MIN).state;
    const now = T0 + 90 * MIN;
    const { effects } = decide(S, begun, { type: 'alarm', scheduledTime: now, busy: false, stored: true }, now);
    expect(effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'taken', endedAt: T0 + 49 * MIN } });
  });

  it('an alarm the schedule moved on from rings for nothing; after a failed write it is not trusted', () => {
    // A snooze moved the break 5 minutes on while the old alarm was already on its way.
    const snoozed = { ...running(T0), nextBreakAt: T0 + 50 * MIN, snoozed: true };
    const old = { type: 'alarm', scheduledTime: T0 + 45 * MIN, busy: false, stored: true } as const;
    const stale = decide(S, snoozed, old, T0 + 45 * MIN);
    expect(stale.state).toEqual(snoozed);
    expect(stale.effects).toEqual(alarms(T0 + 50 * MIN));
    // The same alarm when the stored time may be out of date (its write failed): the break comes.
    const trusted = decide(S, snoozed, { ...old, stored: false }, T0 + 45 * MIN);
    expect(trusted.state.activeBreak?.startedAt).toBe(T0 + 45 * MIN);
  });

  it('a break taken by hand while the countdown was overdue sets no alarm in the past, and is never lost', () => {
    const overdue = running(T0 - 60 * MIN);
    const now = T0;
    const taken = decide(S, overdue, { type: 'takeBreakNow' }, now);
    const alarm = taken.effects.find((effect) => effect.type === 'setAlarm' && effect.name === 'break');
    expect(alarm).toEqual({ type: 'setAlarm', name: 'break', at: now + 45 * MIN });
    // The old overdue alarm arriving now changes nothing.
    const late = decide(
      S,
      taken.state,
      { type: 'alarm', scheduledTime: T0 - 15 * MIN, busy: false, stored: true },
      now,
    );
    expect(late.state.activeBreak).toEqual(taken.state.activeBreak);
    expect(late.effects.some((effect) => effect.type === 'record')).toBe(false);
  });
});

describe('decide: breaks taken by hand and answered', () => {
  const taken = T0 + 10 * MIN;
  const manual = decide(S, running(T0), { type: 'takeBreakNow' }, taken).state;

  it('takeBreakNow starts a manual break, due to expire an interval later, and silences the heads-up', () => {
    const { state, effects } = decide(S, running(T0), { type: 'takeBreakNow' }, taken);
    expect(state.activeBreak?.trigger).toBe('manual');
    expect(state.activeBreak?.startedAt).toBe(taken);
    expect(state.nextBreakAt).toBe(taken + 45 * MIN);
    expect(effects).toEqual(alarms(taken + 45 * MIN));
  });

  it('a second takeBreakNow keeps the first break', () => {
    const { state, effects } = decide(S, manual, { type: 'takeBreakNow' }, taken + MIN);
    expect(state.activeBreak).toEqual(manual.activeBreak);
    expect(effects).toEqual([]);
  });

  it("finishBreak 'taken' before the exercise was begun records a skip: the break was not taken", () => {
    const { effects } = decide(S, manual, { type: 'finishBreak', outcome: 'taken' }, taken + MIN);
    expect(effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'skipped' } });
  });

  it('beginExercise marks the break begun, once', () => {
    const begun = decide(S, manual, { type: 'beginExercise' }, taken + MIN);
    expect(begun.state.activeBreak).toEqual({ ...manual.activeBreak, begunAt: taken + MIN });
    expect(begun.effects).toEqual([]);
    expect(decide(S, begun.state, { type: 'beginExercise' }, taken + 2 * MIN).state).toEqual(begun.state);
  });

  it("finishBreak 'taken' records the break and schedules the next an interval from now", () => {
    const now = taken + 3 * MIN;
    const begun = decide(S, manual, { type: 'beginExercise' }, taken + MIN).state;
    const { state, effects } = decide(S, begun, { type: 'finishBreak', outcome: 'taken' }, now);
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

  it('amendBreak adds the close screen’s mood and line to the recorded break, cleaned, the schedule untouched', () => {
    const after = running(T0);
    const { state, effects } = decide(
      S,
      after,
      { type: 'amendBreak', id: String(taken), moodAfter: 4, note: ' calmer\u0007 now ' },
      taken + 5 * MIN,
    );
    expect(state).toBe(after);
    expect(effects).toEqual([{ type: 'amend', id: String(taken), moodAfter: 4, note: 'calmer now' }]);
    // A mood alone leaves the note as it was: no note field in the effect.
    const moodOnly = decide(S, after, { type: 'amendBreak', id: String(taken), moodAfter: 2 }, taken + 5 * MIN);
    expect(moodOnly.effects).toEqual([{ type: 'amend', id: String(taken), moodAfter: 2 }]);
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
