// Working hours are local wall-clock time: pin the zone before any Date is made.
const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'Europe/Berlin';

import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { MINUTE as MIN } from '@/lib/core/vocabulary';
import { badgeFor } from './badge';
import { decide } from './decide';
import { type Effect, INITIAL_STATE, type ScheduleState } from './types';

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** The defaults, heads-up of 1 minute included, so clearing it is visible. */
const S: Settings = DEFAULT_SETTINGS;
/** The defaults with Mon-Fri 09:00-18:00 switched on. */
const WORK: Settings = { ...S, workingHours: { ...S.workingHours, enabled: true } };

/** Monday 2026-03-02, 09:00 local. */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

/** The alarms of a running countdown due at `at`, heads-up a minute before. */
const alarms = (at: number): Effect[] => [
  { type: 'setAlarm', name: 'break', at },
  { type: 'setAlarm', name: 'headsUp', at: at - MIN },
];
/** The alarms while paused until `until`. */
const pausedAlarms = (until: number): Effect[] => [
  { type: 'setAlarm', name: 'break', at: until },
  { type: 'clearAlarm', name: 'headsUp' },
];
const isReminder = (effect: Effect) => effect.type === 'openBreakView' || effect.type === 'notify';

const running = (start: number): ScheduleState => ({
  ...INITIAL_STATE,
  cycleStartedAt: start,
  nextBreakAt: start + 45 * MIN,
});
/** Paused at `at` with `length`, from a countdown that began at T0. */
const pausedAt = (at: number, length: 30 | 60 | 120 | 'resumed', settings = S): ScheduleState =>
  decide(settings, running(T0), { type: 'pause', length }, at).state;

describe('pause: starting one', () => {
  it.each([30, 60, 120] as const)(
    'a %i-minute pause ends that long from now, records the pending break as skipped, moves the alarms and clears the notification',
    (length) => {
      const pending = decide(
        S,
        running(T0),
        { type: 'alarm', scheduledTime: T0 + 45 * MIN, busy: false, stored: true },
        T0 + 45 * MIN,
      );
      expect(pending.state.activeBreak).not.toBeNull();
      const now = T0 + 47 * MIN;
      const { state, effects } = decide(S, pending.state, { type: 'pause', length }, now);
      expect(state.pause).toEqual({ until: now + length * MIN });
      expect(state.activeBreak).toBeNull();
      expect(effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'skipped', endedAt: now } });
      expect(effects.slice(1)).toEqual([...pausedAlarms(now + length * MIN), { type: 'clearNotification' }]);
    },
  );

  it("'resumed' pauses with no end and clears the break alarm", () => {
    const now = T0 + 10 * MIN;
    const { state, effects } = decide(S, running(T0), { type: 'pause', length: 'resumed' }, now);
    expect(state.pause).toEqual({ until: null });
    expect(effects).toEqual([
      { type: 'clearAlarm', name: 'break' },
      { type: 'clearAlarm', name: 'headsUp' },
      { type: 'clearNotification' },
    ]);
  });

  it("'tomorrow' on Friday 16:00 with working hours ends Monday 09:00, and the first break then comes at 09:45", () => {
    const friday = new Date(2026, 2, 6, 16, 0).getTime();
    const monday = new Date(2026, 2, 9, 9, 0).getTime();
    const paused = decide(WORK, running(friday - 30 * MIN), { type: 'pause', length: 'tomorrow' }, friday);
    expect(paused.state.pause).toEqual({ until: monday });
    expect(paused.effects).toEqual([...pausedAlarms(monday), { type: 'clearNotification' }]);

    const { state, effects } = decide(
      WORK,
      paused.state,
      { type: 'alarm', scheduledTime: monday, busy: false, stored: true },
      monday,
    );
    expect(state.pause).toBeNull();
    expect(state.nextBreakAt).toBe(new Date(2026, 2, 9, 9, 45).getTime());
    expect(effects).toEqual(alarms(new Date(2026, 2, 9, 9, 45).getTime()));
  });

  it('a 2-hour pause from Monday 17:00 resumes at 19:00 and waits for Tuesday 09:45', () => {
    const five = new Date(2026, 2, 2, 17, 0).getTime();
    const seven = new Date(2026, 2, 2, 19, 0).getTime();
    const paused = pausedAt(five, 120, WORK);
    expect(paused.pause).toEqual({ until: seven });
    const { state, effects } = decide(
      WORK,
      paused,
      { type: 'alarm', scheduledTime: seven, busy: false, stored: true },
      seven,
    );
    const tuesday = Date.parse('2026-03-03T09:45:00+01:00');
    expect(state.pause).toBeNull();
    expect(state.nextBreakAt).toBe(tuesday);
    expect(state.cycleStartedAt).toBe(seven);
    expect(effects).toEqual(alarms(tuesday));
  });
});

describe('pause: alarms while paused', () => {
  const start = T0 + 10 * MIN;
  const end = start + 60 * MIN;
  const paused = pausedAt(start, 60);

  it('an alarm before the end only re-sets the alarm at the end: no reminder, no break', () => {
    const now = start + 20 * MIN;
    const { state, effects } = decide(S, paused, { type: 'alarm', scheduledTime: now, busy: false, stored: true }, now);
    expect(state).toEqual(paused);
    expect(effects).toEqual(pausedAlarms(end));
  });

  it('the alarm at the end resumes by itself with a fresh countdown and no reminder', () => {
    const { state, effects } = decide(
      S,
      { ...paused, snoozesInRow: 2 },
      { type: 'alarm', scheduledTime: end, busy: false, stored: true },
      end,
    );
    expect(state).toMatchObject({ pause: null, cycleStartedAt: end, nextBreakAt: end + 45 * MIN, snoozesInRow: 0 });
    expect(state.activeBreak).toBeNull();
    expect(effects).toEqual(alarms(end + 45 * MIN));
  });

  it('the heads-up alarm while paused says nothing', () => {
    expect(decide(S, paused, { type: 'headsUpAlarm' }, start + 5 * MIN).effects).toEqual([]);
  });
});

describe('pause: ending by hand', () => {
  it("'resume' ends a pause at once with a fresh countdown from now", () => {
    const now = T0 + 40 * MIN;
    const { state, effects } = decide(S, pausedAt(T0 + 10 * MIN, 'resumed'), { type: 'resume' }, now);
    expect(state).toMatchObject({ pause: null, cycleStartedAt: now, nextBreakAt: now + 45 * MIN });
    expect(effects).toEqual(alarms(now + 45 * MIN));
  });

  it("'resume' with no pause changes nothing", () => {
    const { state, effects } = decide(S, running(T0), { type: 'resume' }, T0 + 5 * MIN);
    expect(state).toEqual(running(T0));
    expect(effects).toEqual([]);
  });

  it('togglePause pauses until resumed, then resumes with a fresh countdown', () => {
    const first = decide(S, running(T0), { type: 'togglePause' }, T0 + 5 * MIN);
    expect(first.state.pause).toEqual({ until: null });
    expect(first.effects.filter(isReminder)).toEqual([]);
    const now = T0 + 25 * MIN;
    const second = decide(S, first.state, { type: 'togglePause' }, now);
    expect(second.state.pause).toBeNull();
    expect(second.state.nextBreakAt).toBe(now + 45 * MIN);
    expect(second.effects).toEqual(alarms(now + 45 * MIN));
  });
});

describe('pause: other events keep it', () => {
  const start = T0 + 10 * MIN;
  const end = start + 60 * MIN;
  const paused = pausedAt(start, 60);

  it('takeBreakNow while paused starts a break; finishing it keeps the pause and its alarm', () => {
    const taken = decide(S, paused, { type: 'takeBreakNow' }, start + 5 * MIN);
    expect(taken.state.activeBreak?.trigger).toBe('manual');
    expect(taken.state.pause).toEqual({ until: end });
    expect(taken.effects).toEqual(pausedAlarms(end));

    const begun = decide(S, taken.state, { type: 'beginExercise' }, start + 6 * MIN);
    const done = decide(S, begun.state, { type: 'finishBreak', outcome: 'taken' }, start + 8 * MIN);
    expect(done.state.activeBreak).toBeNull();
    expect(done.state.pause).toEqual({ until: end });
    expect(done.effects[0]).toMatchObject({ type: 'record', entry: { outcome: 'taken' } });
    expect(done.effects.slice(1)).toEqual([...pausedAlarms(end), { type: 'clearNotification' }]);
  });

  it('settingsChanged while paused keeps the pause and its alarm', () => {
    const { state, effects } = decide({ ...S, intervalMinutes: 90 }, paused, { type: 'settingsChanged' }, start + MIN);
    expect(state).toEqual(paused);
    expect(effects).toEqual(pausedAlarms(end));
  });

  it('browserStarted keeps a pause that has not run out', () => {
    const { state, effects } = decide(S, paused, { type: 'browserStarted' }, end - MIN);
    expect(state.pause).toEqual({ until: end });
    expect(effects).toEqual(pausedAlarms(end));
  });

  it('browserStarted keeps a pause until resumed', () => {
    const open = pausedAt(start, 'resumed');
    const { state } = decide(S, open, { type: 'browserStarted' }, start + 5 * 60 * MIN);
    expect(state.pause).toEqual({ until: null });
  });

  it('browserStarted after the pause ran out resumes with a fresh countdown', () => {
    const now = end + 2 * 60 * MIN;
    const { state, effects } = decide(S, paused, { type: 'browserStarted' }, now);
    expect(state).toMatchObject({ pause: null, cycleStartedAt: now, nextBreakAt: now + 45 * MIN });
    expect(effects).toEqual(alarms(now + 45 * MIN));
  });
});

describe('pause: the badge', () => {
  it('shows paused with the end time, or null until resumed', () => {
    const start = T0 + 10 * MIN;
    expect(badgeFor(S, pausedAt(start, 30), start + MIN)).toEqual({ kind: 'paused', until: start + 30 * MIN });
    expect(badgeFor(S, pausedAt(start, 'resumed'), start + MIN)).toEqual({ kind: 'paused', until: null });
  });
});
