import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { MINUTE as MIN } from '@/lib/core/vocabulary';
import { badgeFor } from './badge';
import { decide } from './decide';
import { type Effect, INITIAL_STATE, type ScheduleState } from './types';

/* How a due break reaches the person: reminder style, don't-interrupt, heads-up, snooze. Working hours are off. */

/** Defaults without the heads-up, so each test sees only the break alarm it is about. */
const S: Settings = { ...DEFAULT_SETTINGS, headsUpMinutes: 0 };
/** 2026-03-02T09:00:00Z, a Monday. */
const T0 = Date.UTC(2026, 2, 2, 9, 0);
const DUE = T0 + 45 * MIN;

const running = (start: number): ScheduleState => ({
  ...INITIAL_STATE,
  cycleStartedAt: start,
  nextBreakAt: start + 45 * MIN,
});
const reminders = (effects: Effect[]) => effects.filter((e) => e.type === 'openBreakView' || e.type === 'notify');
const ring = (settings: Settings, state: ScheduleState, scheduledTime: number, busy: boolean, now = scheduledTime) =>
  decide(settings, state, { type: 'alarm', scheduledTime, busy, stored: true }, now);

describe('reminder style', () => {
  it("'open' opens the break view and notifies", () => {
    const { state, effects } = ring(S, running(T0), DUE, false);
    expect(state.activeBreak?.startedAt).toBe(DUE);
    expect(reminders(effects)).toEqual([
      { type: 'openBreakView', large: false },
      { type: 'notify', kind: 'break' },
    ]);
  });

  it("'large' opens the break as a large window of its own, and notifies", () => {
    const { effects } = ring({ ...S, reminderStyle: 'large' }, running(T0), DUE, false);
    expect(reminders(effects)).toEqual([
      { type: 'openBreakView', large: true },
      { type: 'notify', kind: 'break' },
    ]);
    // Take a break now from the keyboard shortcut opens it the same way.
    const now = decide(
      { ...S, reminderStyle: 'large' },
      running(T0),
      { type: 'takeBreakNow', openView: true },
      T0 + MIN,
    );
    expect(now.effects).toContainEqual({ type: 'openBreakView', large: true });
  });

  it("'notify' only notifies", () => {
    const { state, effects } = ring({ ...S, reminderStyle: 'notify' }, running(T0), DUE, false);
    expect(state.activeBreak?.startedAt).toBe(DUE);
    expect(reminders(effects)).toEqual([{ type: 'notify', kind: 'break' }]);
  });

  it("'badge' neither opens nor notifies, yet the break starts and the badge shows it is due", () => {
    const { state, effects } = ring({ ...S, reminderStyle: 'badge' }, running(T0), DUE, false);
    expect(reminders(effects)).toEqual([]);
    expect(state.activeBreak?.startedAt).toBe(DUE);
    expect(badgeFor(S, state, DUE)).toEqual({ kind: 'due' });
  });
});

describe("don't interrupt", () => {
  const held = ring(S, running(T0), DUE, true).state;

  it('a busy alarm holds the break: no break, deferredSince = now, the alarm checks again in a minute', () => {
    const { state, effects } = ring(S, running(T0), DUE, true);
    expect(state.activeBreak).toBeNull();
    expect(state.deferredSince).toBe(DUE);
    expect(state.nextBreakAt).toBe(DUE + MIN);
    expect(effects).toEqual([
      { type: 'setAlarm', name: 'break', at: DUE + MIN },
      { type: 'clearAlarm', name: 'headsUp' },
    ]);
  });

  it('still busy 10 minutes later: still waiting, deferredSince unchanged', () => {
    const at = DUE + 10 * MIN;
    const { state, effects } = ring(S, { ...held, nextBreakAt: at }, at, true);
    expect(state.activeBreak).toBeNull();
    expect(state.deferredSince).toBe(DUE);
    expect(state.nextBreakAt).toBe(at + MIN);
    expect(reminders(effects)).toEqual([]);
  });

  it('still busy after maxDeferMinutes (15): the break comes gently, a notification only, even with style open', () => {
    const at = DUE + 15 * MIN;
    const { state, effects } = ring({ ...S, reminderStyle: 'open' }, { ...held, nextBreakAt: at }, at, true);
    expect(state.activeBreak?.startedAt).toBe(at);
    expect(state.deferredSince).toBeNull();
    expect(reminders(effects)).toEqual([{ type: 'notify', kind: 'break' }]);
  });

  it('no longer busy while held: the break comes as usual', () => {
    const at = DUE + 3 * MIN;
    const { state, effects } = ring(S, { ...held, nextBreakAt: at }, at, false);
    expect(state.activeBreak?.startedAt).toBe(at);
    expect(state.deferredSince).toBeNull();
    expect(reminders(effects)).toEqual([
      { type: 'openBreakView', large: false },
      { type: 'notify', kind: 'break' },
    ]);
  });

  it('busy with dontInterrupt off: the break comes as usual', () => {
    const { state, effects } = ring({ ...S, dontInterrupt: false }, running(T0), DUE, true);
    expect(state.activeBreak?.startedAt).toBe(DUE);
    expect(state.deferredSince).toBeNull();
    expect(reminders(effects)).toEqual([
      { type: 'openBreakView', large: false },
      { type: 'notify', kind: 'break' },
    ]);
  });
});

describe('heads-up', () => {
  const H: Settings = { ...S, headsUpMinutes: 1 };

  it('a running countdown sets the heads-up alarm 1 minute before the break', () => {
    const { effects } = decide(H, INITIAL_STATE, { type: 'installed' }, T0);
    expect(effects).toEqual([
      { type: 'setAlarm', name: 'break', at: DUE },
      { type: 'setAlarm', name: 'headsUp', at: DUE - MIN },
    ]);
  });

  it('the heads-up alarm notifies that the break is 1 minute away', () => {
    const { state, effects } = decide(H, running(T0), { type: 'headsUpAlarm' }, DUE - MIN);
    expect(state).toEqual(running(T0));
    expect(effects).toEqual([{ type: 'notify', kind: 'headsUp', minutes: 1, snooze: true }]);
  });

  it('no heads-up alarm during a break, and its event says nothing then', () => {
    const started = ring(H, running(T0), DUE, false);
    expect(started.effects).toContainEqual({ type: 'clearAlarm', name: 'headsUp' });
    expect(started.effects.some((e) => e.type === 'setAlarm' && e.name === 'headsUp')).toBe(false);
    const at = (started.state.nextBreakAt ?? 0) - MIN;
    expect(decide(H, started.state, { type: 'headsUpAlarm' }, at).effects).toEqual([]);
  });

  it('no heads-up alarm during a pause', () => {
    const { effects } = decide(H, running(T0), { type: 'pause', length: 30 }, T0 + MIN);
    expect(effects).toContainEqual({ type: 'clearAlarm', name: 'headsUp' });
    expect(effects.some((e) => e.type === 'setAlarm' && e.name === 'headsUp')).toBe(false);
  });

  it('headsUpMinutes 0 clears the heads-up alarm', () => {
    const { effects } = decide(S, INITIAL_STATE, { type: 'installed' }, T0);
    expect(effects).toEqual([
      { type: 'setAlarm', name: 'break', at: DUE },
      { type: 'clearAlarm', name: 'headsUp' },
    ]);
  });

  it("'postpone' (the heads-up's Snooze) moves the break by the first snooze choice and counts a snooze", () => {
    const now = DUE - MIN;
    const { state, effects } = decide(H, running(T0), { type: 'postpone' }, now);
    expect(state).toMatchObject({ nextBreakAt: DUE + 5 * MIN, snoozed: true, snoozesInRow: 1 });
    expect(effects).toEqual([
      { type: 'setAlarm', name: 'break', at: DUE + 5 * MIN },
      { type: 'setAlarm', name: 'headsUp', at: DUE + 4 * MIN },
      { type: 'clearNotification' },
    ]);
  });
});

describe('snooze', () => {
  const pending = ring(S, running(T0), DUE, false).state;
  const snooze = (settings: Settings, state: ScheduleState, now: number, snoozeMinutes?: number) =>
    decide(settings, state, { type: 'finishBreak', outcome: 'snoozed', snoozeMinutes }, now);

  it('a snooze of 10 minutes (one of the choices 5, 10, 15) puts the break 10 minutes from now', () => {
    const now = DUE + MIN;
    const { state } = snooze(S, pending, now, 10);
    expect(state).toMatchObject({ nextBreakAt: now + 10 * MIN, snoozed: true, snoozesInRow: 1 });
  });

  it('a snooze of an unknown length (7) takes the first choice, 5', () => {
    const now = DUE + MIN;
    expect(snooze(S, pending, now, 7).state.nextBreakAt).toBe(now + 5 * MIN);
  });

  describe('with maxSnoozes 2', () => {
    const L: Settings = { ...S, maxSnoozes: 2 };
    /** Answers `pending` with a snooze, then lets the snooze alarm bring the break back. */
    const snoozeAndReturn = (state: ScheduleState, now: number): ScheduleState => {
      const snoozed = snooze(L, state, now).state;
      const back = snoozed.nextBreakAt ?? 0;
      return ring(L, snoozed, back, false).state;
    };
    const twice = snoozeAndReturn(snoozeAndReturn(pending, DUE + MIN), DUE + 10 * MIN);

    it('the third snooze in a row is refused: nothing changes and nothing is recorded', () => {
      expect(twice.snoozesInRow).toBe(2);
      expect(twice.activeBreak).not.toBeNull();
      const { state, effects } = snooze(L, twice, DUE + 20 * MIN);
      expect(state).toEqual(twice);
      expect(effects).toEqual([]);
    });

    it("'taken' resets the count, so snoozing works again", () => {
      const done = decide(L, twice, { type: 'finishBreak', outcome: 'taken' }, DUE + 20 * MIN).state;
      expect(done.snoozesInRow).toBe(0);
      const next = ring(L, done, done.nextBreakAt ?? 0, false).state;
      const now = (done.nextBreakAt ?? 0) + MIN;
      const { state, effects } = snooze(L, next, now);
      expect(state).toMatchObject({ nextBreakAt: now + 5 * MIN, snoozesInRow: 1 });
      expect(effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'snoozed' } });
    });

    it('postpone is refused at the limit too', () => {
      const limited: ScheduleState = { ...running(T0), snoozesInRow: 2 };
      const { state, effects } = decide(L, limited, { type: 'postpone' }, DUE - MIN);
      expect(state).toEqual(limited);
      expect(effects).toEqual([]);
    });
  });
});

describe('strict breaks', () => {
  const X: Settings = { ...DEFAULT_SETTINGS, strictMode: true };
  const pending = ring(X, running(T0), DUE, false).state;
  const answer = (outcome: 'snoozed' | 'skipped' | 'taken', now = DUE + MIN) =>
    decide(X, pending, { type: 'finishBreak', outcome }, now);

  it('refuse Snooze and Skip: the break stays open and nothing is recorded', () => {
    for (const outcome of ['snoozed', 'skipped'] as const) {
      const { state, effects } = answer(outcome);
      expect(state).toEqual(pending);
      expect(effects).toEqual([]);
    }
  });

  it("refuse the heads-up's Snooze, and the heads-up offers none", () => {
    const before = running(T0);
    expect(decide(X, before, { type: 'postpone' }, DUE - MIN)).toEqual({ state: before, effects: [] });
    expect(decide(X, before, { type: 'headsUpAlarm' }, DUE - MIN).effects).toEqual([
      { type: 'notify', kind: 'headsUp', minutes: 1, snooze: false },
    ]);
  });

  it('take a begun break as taken, and the next counts a full interval from it', () => {
    const begun = decide(X, pending, { type: 'beginExercise' }, DUE + MIN).state;
    const { state, effects } = decide(X, begun, { type: 'finishBreak', outcome: 'taken' }, DUE + 4 * MIN);
    expect(effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'taken' } });
    expect(state).toMatchObject({ activeBreak: null, nextBreakAt: DUE + 4 * MIN + 45 * MIN });
  });

  it('let a break left unanswered expire as missed, as without them', () => {
    let state = pending;
    let recorded: Effect | undefined;
    // The break's expiry alarm: one interval on, the open break ends as missed.
    for (let now = DUE; now <= DUE + 3 * 45 * MIN && !recorded; now += 45 * MIN) {
      const next = ring(X, state, state.nextBreakAt ?? now, false, state.nextBreakAt ?? now);
      recorded = next.effects.find((e) => e.type === 'record');
      state = next.state;
    }
    expect(recorded).toMatchObject({ entry: { outcome: 'missed' } });
  });
});

describe('heads-up from an old alarm', () => {
  it('says nothing when the break is far off or the heads-up is turned off', () => {
    const start = Date.UTC(2026, 2, 2, 9, 0);
    const settings = { ...DEFAULT_SETTINGS, headsUpMinutes: 1 };
    const running = decide(settings, INITIAL_STATE, { type: 'installed' }, start).state;
    expect(decide(settings, running, { type: 'headsUpAlarm' }, start + 10 * 60_000).effects).toEqual([]);
    const near = start + 44 * 60_000;
    expect(decide({ ...settings, headsUpMinutes: 0 }, running, { type: 'headsUpAlarm' }, near).effects).toEqual([]);
    expect(decide(settings, running, { type: 'headsUpAlarm' }, near).effects).toEqual([
      { type: 'notify', kind: 'headsUp', minutes: 1, snooze: true },
    ]);
  });
});
