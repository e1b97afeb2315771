// Working hours are local wall-clock time: pin the zone before any Date is made.
const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'Europe/Berlin';

import { afterAll, describe, expect, it } from 'vitest';
import { type DayRange, DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { HOUR, MINUTE as MIN } from '@/lib/core/vocabulary';
import { decide } from './decide';
import { type Effect, INITIAL_STATE, type ScheduleEvent, type ScheduleState } from './types';

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** Mon-Fri 09:00-18:00 switched on; no heads-up, so each test sees only the break alarm. */
const WORK: Settings = {
  ...DEFAULT_SETTINGS,
  headsUpMinutes: 0,
  workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true },
};
const NINE_TO_SIX: DayRange = { start: 9 * 60, end: 18 * 60 };
/** The same, with Sunday 09:00-18:00 added for the DST Sundays. */
const WITH_SUNDAY: Settings = {
  ...WORK,
  workingHours: { enabled: true, days: [[NINE_TO_SIX], ...WORK.workingHours.days.slice(1)] },
};

/** Local time in Europe/Berlin; month is 1-based here for reading ease. */
const local = (month: number, day: number, hour: number, minute = 0): number =>
  new Date(2026, month - 1, day, hour, minute).getTime();
const alarms = (at: number): Effect[] => [
  { type: 'setAlarm', name: 'break', at },
  { type: 'clearAlarm', name: 'headsUp' },
];
/** A break reaching the person: the view opening or a break notification (a heads-up is not one). */
const isReminder = (effect: Effect) =>
  effect.type === 'openBreakView' || (effect.type === 'notify' && effect.kind === 'break');
const running = (start: number, next = start + 45 * MIN): ScheduleState => ({
  ...INITIAL_STATE,
  cycleStartedAt: start,
  nextBreakAt: next,
});

describe('working hours: where the first break lands', () => {
  it('install on Saturday 10:00 schedules the first break Monday 09:45', () => {
    const { state, effects } = decide(WORK, INITIAL_STATE, { type: 'installed' }, local(3, 7, 10));
    expect(state.nextBreakAt).toBe(Date.parse('2026-03-09T09:45:00+01:00'));
    expect(effects).toEqual(alarms(local(3, 9, 9, 45)));
  });

  it('install on Monday 07:00 schedules the first break at 09:45 the same day', () => {
    const { state } = decide(WORK, INITIAL_STATE, { type: 'installed' }, local(3, 2, 7));
    expect(state.nextBreakAt).toBe(Date.parse('2026-03-02T09:45:00+01:00'));
  });

  it('install on Monday 17:30 with a 45-minute interval (18:15 is past the end) waits for Tuesday 09:45', () => {
    const { state } = decide(
      { ...WORK, intervalMinutes: 45 },
      INITIAL_STATE,
      { type: 'installed' },
      local(3, 2, 17, 30),
    );
    expect(state.nextBreakAt).toBe(Date.parse('2026-03-03T09:45:00+01:00'));
  });

  it('finishing a break at 17:40 schedules the next for Tuesday 09:45', () => {
    const started = decide(WORK, running(local(3, 2, 17)), { type: 'takeBreakNow' }, local(3, 2, 17, 37)).state;
    const { state, effects } = decide(WORK, started, { type: 'finishBreak', outcome: 'taken' }, local(3, 2, 17, 40));
    expect(state.nextBreakAt).toBe(Date.parse('2026-03-03T09:45:00+01:00'));
    expect(effects).toContainEqual({ type: 'setAlarm', name: 'break', at: local(3, 3, 9, 45) });
  });
});

describe('working hours: an alarm outside them', () => {
  it('an alarm at Monday 19:00 (the hours were changed) gives no reminder and waits for Tuesday 09:45', () => {
    const seven = local(3, 2, 19);
    const state0 = running(local(3, 2, 18, 15), seven);
    const { state, effects } = decide(
      WORK,
      state0,
      { type: 'alarm', scheduledTime: seven, busy: false, stored: true },
      seven,
    );
    expect(state.activeBreak).toBeNull();
    expect(state.nextBreakAt).toBe(local(3, 3, 9, 45));
    expect(effects).toEqual(alarms(local(3, 3, 9, 45)));
  });

  it('an alarm on Saturday gives no reminder and waits for Monday 09:45', () => {
    const saturday = local(3, 7, 11);
    const { state, effects } = decide(
      WORK,
      running(saturday - 45 * MIN, saturday),
      { type: 'alarm', scheduledTime: saturday, busy: false, stored: true },
      saturday,
    );
    expect(state.nextBreakAt).toBe(local(3, 9, 9, 45));
    expect(effects).toEqual(alarms(local(3, 9, 9, 45)));
  });
});

describe('working hours across a DST change (Europe/Berlin)', () => {
  it('spring forward: install Saturday 2026-03-28 20:00 -> Sunday 09:45 local, after a 23-hour night', () => {
    const install = Date.parse('2026-03-28T20:00:00+01:00');
    const { state } = decide(WITH_SUNDAY, INITIAL_STATE, { type: 'installed' }, install);
    const due = new Date(state.nextBreakAt ?? 0);
    expect(due.getDay()).toBe(0);
    expect(due.getHours()).toBe(9);
    expect(due.getMinutes()).toBe(45);
    expect(state.nextBreakAt).toBe(Date.parse('2026-03-29T09:45:00+02:00'));
    // 13h45 on the wall clock, one hour fewer in real time.
    expect((state.nextBreakAt ?? 0) - install).toBe(12 * HOUR + 45 * MIN);
  });

  it('fall back: install Saturday 2026-10-24 20:00 -> Sunday 09:45 local, after a 25-hour night', () => {
    const install = Date.parse('2026-10-24T20:00:00+02:00');
    const { state } = decide(WITH_SUNDAY, INITIAL_STATE, { type: 'installed' }, install);
    const due = new Date(state.nextBreakAt ?? 0);
    expect(due.getDay()).toBe(0);
    expect(due.getHours()).toBe(9);
    expect(due.getMinutes()).toBe(45);
    expect(state.nextBreakAt).toBe(Date.parse('2026-10-25T09:45:00+01:00'));
    expect((state.nextBreakAt ?? 0) - install).toBe(14 * HOUR + 45 * MIN);
  });
});

describe('working hours: sleep and clock changes', () => {
  it('an alarm 10 hours late inside working hours gives no reminder and counts a full interval from now', () => {
    const long: Settings = {
      ...WORK,
      workingHours: { enabled: true, days: Array.from({ length: 7 }, () => [{ start: 7 * 60, end: 21 * 60 }]) },
    };
    const due = local(3, 2, 8);
    const wake = due + 10 * HOUR; // 18:00, still inside 07:00-21:00
    const { state, effects } = decide(
      long,
      running(due - 45 * MIN),
      { type: 'alarm', scheduledTime: due, busy: false, stored: true },
      wake,
    );
    expect(state.activeBreak).toBeNull();
    expect(state.cycleStartedAt).toBe(wake);
    expect(state.nextBreakAt).toBe(wake + 45 * MIN);
    expect(effects).toEqual(alarms(wake + 45 * MIN));
  });

  it('a clock set back 3 hours restarts the countdown from now, and the events that follow bring no reminder', () => {
    const start = local(3, 2, 14);
    const now = start - 3 * HOUR; // 11:00 on the wall clock, inside working hours
    const events: ScheduleEvent[] = [
      { type: 'checkSchedule' },
      { type: 'headsUpAlarm' },
      { type: 'idleChanged', idle: 'active' },
      { type: 'settingsChanged' },
      { type: 'resume' },
    ];
    let state = running(start);
    let reminders = 0;
    events.forEach((event, i) => {
      const decision = decide(WORK, state, event, now + i * 1_000);
      reminders += decision.effects.filter(isReminder).length;
      state = decision.state;
    });
    expect(reminders).toBe(0);
    expect(state.activeBreak).toBeNull();
    expect(state.cycleStartedAt).toBe(now);
    expect(state.nextBreakAt).toBe(now + 45 * MIN);
  });
});
