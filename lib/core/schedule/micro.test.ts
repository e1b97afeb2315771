import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { MICRO_OUTCOMES, MINUTE as MIN } from '@/lib/core/vocabulary';
import { settingsArb } from '@/tests/support/arbitraries';
import { decide } from './decide';
import { MICRO_GAP_MS, microDueAt } from './micro';
import { longAlarmAt } from './timing';
import { type Effect, INITIAL_STATE, type ScheduleEvent, type ScheduleState } from './types';

/*
 * Both tiers in the one schedule: micro-breaks every 20 minutes for 20
 * seconds beside the longer break every 45, with explicit timestamps.
 */

/** 2026-03-02T09:00:00Z, a plain Monday morning. */
const T0 = Date.UTC(2026, 2, 2, 9, 0);
/** Micro-breaks on, no heads-up: each test sees only the one alarm. */
const S: Settings = { ...DEFAULT_SETTINGS, headsUpMinutes: 0, microBreaks: true };

const alarm = (scheduledTime: number, busy = false): ScheduleEvent => ({
  type: 'alarm',
  scheduledTime,
  busy,
  stored: true,
});
const breakAlarmAt = (effects: Effect[]) =>
  effects.find((e): e is Extract<Effect, { type: 'setAlarm' }> => e.type === 'setAlarm' && e.name === 'break')?.at;
const opens = (effects: Effect[]) => effects.some((e) => e.type === 'openBreakView');
const counts = (effects: Effect[]) => effects.filter((e) => e.type === 'countMicro');

/** A fresh install at T0 with these settings. */
function installed(settings = S): { state: ScheduleState; effects: Effect[] } {
  return decide(settings, INITIAL_STATE, { type: 'installed' }, T0);
}

/** Plays events in order, each at its time, from a state. */
function play(settings: Settings, state: ScheduleState, steps: [ScheduleEvent, number][]) {
  let decision = { state, effects: [] as Effect[] };
  for (const [event, at] of steps) decision = decide(settings, decision.state, event, at);
  return decision;
}

describe('micro-breaks beside the longer breaks', () => {
  it('start with the countdown: one alarm for whichever comes first, the micro-break at 20 minutes', () => {
    const { state, effects } = installed();
    expect(state.nextMicroAt).toBe(T0 + 20 * MIN);
    expect(state.nextBreakAt).toBe(T0 + 45 * MIN);
    expect(breakAlarmAt(effects)).toBe(T0 + 20 * MIN);
  });

  it('are off by default: no micro countdown, the alarm is the longer break’s', () => {
    const { state, effects } = installed(DEFAULT_SETTINGS);
    expect(state.nextMicroAt).toBeNull();
    expect(breakAlarmAt(effects)).toBe(T0 + 45 * MIN);
  });

  it('a due micro-break opens the view, counts nothing yet, and the next counts from now', () => {
    const at = T0 + 20 * MIN;
    const { state, effects } = decide(S, installed().state, alarm(at), at);
    expect(state.microShownAt).toBe(at);
    expect(state.activeBreak).toBeNull();
    expect(opens(effects)).toBe(true);
    expect(counts(effects)).toEqual([]);
    // The next at 40 minutes: five before the longer break, outside the gap.
    expect(state.nextMicroAt).toBe(at + 20 * MIN);
    expect(breakAlarmAt(effects)).toBe(at + 20 * MIN);
  });

  it('never falls within a few minutes before a longer break', () => {
    const { state } = installed();
    const near = { ...state, nextMicroAt: T0 + 45 * MIN - MICRO_GAP_MS + 1 };
    const { effects } = decide(S, near, { type: 'checkSchedule' }, T0 + 30 * MIN);
    expect(breakAlarmAt(effects)).toBe(T0 + 45 * MIN);
    const justBefore = { ...state, nextMicroAt: T0 + 45 * MIN - MICRO_GAP_MS };
    expect(breakAlarmAt(decide(S, justBefore, { type: 'checkSchedule' }, T0 + 30 * MIN).effects)).toBe(
      T0 + 45 * MIN - MICRO_GAP_MS,
    );
  });

  it('counts itself as shown when its seconds are over, once, whatever event comes next', () => {
    const at = T0 + 20 * MIN;
    const shown = decide(S, installed().state, alarm(at), at).state;
    // Before its end, nothing is counted.
    expect(counts(decide(S, shown, { type: 'checkSchedule' }, at + 10_000).effects)).toEqual([]);
    const after = decide(S, shown, { type: 'checkSchedule' }, at + 20_000);
    expect(counts(after.effects)).toEqual([{ type: 'countMicro', outcome: 'shown', at }]);
    expect(after.effects).toContainEqual({ type: 'clearNotification', micro: true });
    expect(after.state.microShownAt).toBeNull();
    // The page's own "shown" after that finds nothing to count.
    expect(counts(decide(S, after.state, { type: 'finishMicro', outcome: 'shown' }, at + 21_000).effects)).toEqual([]);
  });

  it('the page ends it: shown at the ring’s end, skipped, or snoozed by the first snooze length', () => {
    const at = T0 + 20 * MIN;
    const shown = decide(S, installed().state, alarm(at), at).state;
    const done = decide(S, shown, { type: 'finishMicro', outcome: 'shown' }, at + 19_900);
    expect(counts(done.effects)).toEqual([{ type: 'countMicro', outcome: 'shown', at }]);
    const skipped = decide(S, shown, { type: 'finishMicro', outcome: 'skipped' }, at + 3_000);
    expect(counts(skipped.effects)).toEqual([{ type: 'countMicro', outcome: 'skipped', at }]);
    expect(skipped.state.nextMicroAt).toBe(at + 20 * MIN);
    const snoozed = decide(S, shown, { type: 'finishMicro', outcome: 'snoozed' }, at + 3_000);
    expect(counts(snoozed.effects)).toEqual([{ type: 'countMicro', outcome: 'snoozed', at }]);
    expect(snoozed.state.nextMicroAt).toBe(at + 3_000 + 5 * MIN);
    expect(breakAlarmAt(snoozed.effects)).toBe(at + 3_000 + 5 * MIN);
  });

  it('with strict breaks, only its seconds end it: no skip, no snooze', () => {
    const strict = { ...S, strictMode: true };
    const at = T0 + 20 * MIN;
    const shown = decide(strict, installed(strict).state, alarm(at), at).state;
    for (const outcome of ['skipped', 'snoozed'] as const) {
      const refused = decide(strict, shown, { type: 'finishMicro', outcome }, at + 3_000);
      expect(refused.state).toEqual(shown);
      expect(refused.effects).toEqual([]);
    }
  });

  it('a longer break resets the micro countdown: none during it, the next 20 minutes after it ends', () => {
    const at = T0 + 45 * MIN;
    const due = decide(S, { ...installed().state, nextMicroAt: T0 + 60 * MIN }, alarm(at), at);
    expect(due.state.activeBreak).not.toBeNull();
    expect(due.state.nextMicroAt).toBeNull();
    const end = at + 3 * MIN;
    const after = decide(S, due.state, { type: 'finishBreak', outcome: 'taken' }, end);
    expect(after.state.nextMicroAt).toBe(end + 20 * MIN);
    expect(after.state.nextBreakAt).toBe(end + 45 * MIN);
    expect(breakAlarmAt(after.effects)).toBe(end + 20 * MIN);
  });

  it('a break asked for while a micro-break shows counts the micro-break as shown', () => {
    const at = T0 + 20 * MIN;
    const shown = decide(S, installed().state, alarm(at), at).state;
    const now = decide(S, shown, { type: 'takeBreakNow' }, at + 5_000);
    expect(counts(now.effects)).toEqual([{ type: 'countMicro', outcome: 'shown', at }]);
    expect(now.state.activeBreak).not.toBeNull();
    expect(now.state.microShownAt).toBeNull();
  });

  it('a pause stops both tiers; resuming starts both afresh', () => {
    const paused = decide(S, installed().state, { type: 'pause', length: 30 }, T0 + 5 * MIN);
    expect(paused.state.nextMicroAt).toBeNull();
    expect(breakAlarmAt(paused.effects)).toBe(T0 + 35 * MIN);
    const back = decide(S, paused.state, alarm(T0 + 35 * MIN), T0 + 35 * MIN);
    expect(back.state.pause).toBeNull();
    expect(back.state.nextMicroAt).toBe(T0 + 55 * MIN);
    expect(breakAlarmAt(back.effects)).toBe(T0 + 55 * MIN);
  });

  it('away, nothing comes; back, the micro countdown starts afresh (time away rested the eyes)', () => {
    const gone = decide(S, installed().state, { type: 'idleChanged', idle: 'locked' }, T0 + 10 * MIN);
    const rang = decide(S, gone.state, alarm(T0 + 20 * MIN), T0 + 20 * MIN);
    expect(rang.state.microShownAt).toBeNull();
    expect(rang.effects).toEqual([]);
    const back = decide(S, rang.state, { type: 'idleChanged', idle: 'active' }, T0 + 22 * MIN);
    expect(back.state.nextMicroAt).toBe(T0 + 42 * MIN);
  });

  it('a late alarm (the machine slept) starts afresh quietly; a fullscreen window lets it go, uncounted', () => {
    const late = decide(S, installed().state, alarm(T0 + 20 * MIN), T0 + 25 * MIN);
    expect(late.state.microShownAt).toBeNull();
    expect(opens(late.effects)).toBe(false);
    expect(late.state.nextMicroAt).toBe(T0 + 45 * MIN);
    const busy = decide(S, installed().state, alarm(T0 + 20 * MIN, true), T0 + 20 * MIN);
    expect(busy.state.microShownAt).toBeNull();
    expect(opens(busy.effects)).toBe(false);
    expect(counts(busy.effects)).toEqual([]);
    expect(busy.state.nextMicroAt).toBe(T0 + 40 * MIN);
  });

  it('outside working hours nothing comes, and the countdown waits for them', () => {
    const hours = {
      ...S,
      workingHours: { enabled: true, days: Array.from({ length: 7 }, () => [{ start: 0, end: 1 }]) },
    };
    const { state } = play(hours, INITIAL_STATE, [[{ type: 'installed' }, T0]]);
    const rang = decide(hours, { ...state, nextMicroAt: T0 + 20 * MIN }, alarm(T0 + 20 * MIN), T0 + 20 * MIN);
    expect(rang.state.microShownAt).toBeNull();
    expect(opens(rang.effects)).toBe(false);
  });

  it('follow the reminder style: a notification, or only the badge; a chime with sound on', () => {
    const at = T0 + 20 * MIN;
    const notify = { ...S, reminderStyle: 'notify' as const, sound: true };
    const byNote = decide(notify, installed(notify).state, alarm(at), at).effects;
    expect(byNote).toContainEqual({ type: 'notify', kind: 'micro' });
    expect(byNote).toContainEqual({ type: 'chime', volume: notify.volume });
    const badge = { ...S, reminderStyle: 'badge' as const };
    const quiet = decide(badge, installed(badge).state, alarm(at), at);
    expect(quiet.state.microShownAt).toBe(at);
    expect(quiet.effects.filter((e) => e.type !== 'setAlarm' && e.type !== 'clearAlarm')).toEqual([]);
  });

  it('with longer breaks off, only micro-breaks come; a break asked for still expires', () => {
    const micro = { ...S, longBreaks: false };
    const { state, effects } = installed(micro);
    expect(breakAlarmAt(effects)).toBe(T0 + 20 * MIN);
    // The micro-break at 40 minutes is not held back by a longer break that will not come.
    const second = play(micro, state, [
      [alarm(T0 + 20 * MIN), T0 + 20 * MIN],
      [alarm(T0 + 40 * MIN), T0 + 40 * MIN],
    ]);
    expect(second.state.microShownAt).toBe(T0 + 40 * MIN);
    expect(breakAlarmAt(second.effects)).toBe(T0 + 60 * MIN);
    const asked = decide(micro, state, { type: 'takeBreakNow' }, T0 + MIN);
    expect(breakAlarmAt(asked.effects)).toBe(T0 + 46 * MIN);
  });

  it('changing the micro interval shortens a longer countdown at once', () => {
    const { state } = installed();
    const shorter = { ...S, microIntervalMinutes: 10 };
    const changed = decide(shorter, state, { type: 'settingsChanged' }, T0 + 2 * MIN);
    expect(changed.state.nextMicroAt).toBe(T0 + 12 * MIN);
    expect(breakAlarmAt(changed.effects)).toBe(T0 + 12 * MIN);
  });

  it('turning micro-breaks off clears their countdown and the alarm goes back to the longer break', () => {
    const { state } = installed();
    const off = decide({ ...S, microBreaks: false }, state, { type: 'settingsChanged' }, T0 + 2 * MIN);
    expect(off.state.nextMicroAt).toBeNull();
    expect(breakAlarmAt(off.effects)).toBe(T0 + 45 * MIN);
  });
});

describe('both tiers, over any run of events', () => {
  const eventArb: fc.Arbitrary<ScheduleEvent> = fc.oneof(
    fc.constant<ScheduleEvent>({ type: 'takeBreakNow' }),
    fc.constantFrom<ScheduleEvent>(
      { type: 'finishBreak', outcome: 'taken' },
      { type: 'finishBreak', outcome: 'skipped' },
      { type: 'finishBreak', outcome: 'snoozed' },
    ),
    fc.constantFrom<ScheduleEvent>(...MICRO_OUTCOMES.map((outcome) => ({ type: 'finishMicro' as const, outcome }))),
    fc.constantFrom<ScheduleEvent>({ type: 'pause', length: 30 }, { type: 'resume' }, { type: 'settingsChanged' }),
    fc.constantFrom<ScheduleEvent>(
      { type: 'idleChanged', idle: 'idle' },
      { type: 'idleChanged', idle: 'active' },
      { type: 'browserStarted' },
      { type: 'headsUpAlarm' },
    ),
  );
  /** Each step: a person's event after some seconds, or the alarm ringing on time (or late, after sleep). */
  const stepArb = fc.record({
    wait: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 90 * 60 })),
    event: fc.option(eventArb, { nil: undefined }),
    late: fc.integer({ min: 0, max: 10 * 60 }),
    busy: fc.boolean(),
  });

  it('the alarm is always at the first of the two, no micro-break counts twice, none shows beside a break', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(stepArb, { maxLength: 40 }), (settings, steps) => {
        let now = T0;
        let decision = decide(settings, INITIAL_STATE, { type: 'installed' }, now);
        let alarmAt = breakAlarmAt(decision.effects) ?? null;
        const counted = new Set<number>();
        for (const step of steps) {
          let event: ScheduleEvent;
          if (step.event) {
            now += step.wait * 1000;
            event = step.event;
          } else {
            if (alarmAt === null) continue;
            now = Math.max(now, alarmAt + step.late * 1000);
            event = { type: 'alarm', scheduledTime: alarmAt, busy: step.busy, stored: true };
            alarmAt = null;
          }
          decision = decide(settings, decision.state, event, now);
          const { state, effects } = decision;
          for (const effect of effects) {
            if (effect.type === 'setAlarm' && effect.name === 'break') alarmAt = effect.at;
            if (effect.type === 'clearAlarm' && effect.name === 'break') alarmAt = null;
            if (effect.type === 'countMicro') {
              expect(counted.has(effect.at)).toBe(false);
              counted.add(effect.at);
            }
          }
          if (!settings.microBreaks || state.pause || state.activeBreak) expect(state.nextMicroAt).toBeNull();
          if (state.activeBreak || state.pause) expect(state.microShownAt).toBeNull();
          const micro = microDueAt(settings, state);
          if (micro !== null && settings.longBreaks && state.nextBreakAt !== null) {
            expect(micro).toBeLessThanOrEqual(state.nextBreakAt - MICRO_GAP_MS);
          }
          // Whatever the event, the alarm set matches the state: the first of the two (or a pause's end).
          const set = effects.find((e) => e.type === 'setAlarm' && e.name === 'break');
          if (set && set.type === 'setAlarm' && !state.pause) {
            const long = longAlarmAt(settings, state);
            const first = Math.min(long ?? Number.POSITIVE_INFINITY, micro ?? Number.POSITIVE_INFINITY);
            expect(set.at).toBe(first);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
