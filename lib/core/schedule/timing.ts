import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE, type PauseLength } from '@/lib/core/vocabulary';
import { microDueAt } from './micro';
import type { Decision, Effect, ScheduleState } from './types';
import { nextBreakTime, startOfTomorrowsWork } from './working-hours';

/** How long a due break waits before it checks again whether the fullscreen window or sound has ended. */
export const DEFER_CHECK_MS = MINUTE;

/** When a countdown of `minutes` that starts at `from` comes due, inside working hours. */
export function dueAfter(settings: Settings, from: number, minutes = settings.intervalMinutes): number {
  return nextBreakTime(settings.workingHours, from, minutes * MINUTE);
}

/** A fresh countdown from now: the next break one interval of working time away. */
export function startCycle(settings: Settings, state: ScheduleState, now: number): ScheduleState {
  return {
    ...state,
    cycleStartedAt: now,
    nextBreakAt: dueAfter(settings, now),
    snoozed: false,
    deferredSince: null,
  };
}

/** When a pause of this length ends; null for "until I resume". */
export function pauseEnd(settings: Settings, length: PauseLength, now: number): number | null {
  if (length === 'resumed') return null;
  if (length === 'tomorrow') return startOfTomorrowsWork(settings.workingHours, now);
  return now + length * MINUTE;
}

/** True when a timed pause has run out. */
export function pauseOver(state: ScheduleState, now: number): boolean {
  const until = state.pause?.until;
  return until !== undefined && until !== null && until <= now + 1000;
}

/** When the longer break's alarm is due: the next break, or the open one's expiry; null when longer breaks are off. */
export function longAlarmAt(settings: Settings, state: ScheduleState): number | null {
  return settings.longBreaks || state.activeBreak ? state.nextBreakAt : null;
}

/**
 * The alarms that match a state: while paused, one at the pause's end (or
 * none); otherwise the break alarm for whichever comes first, the longer
 * break or a micro-break, and, when on, the heads-up before the longer break.
 */
export function alarmsFor(settings: Settings, state: ScheduleState, now: number): Effect[] {
  if (state.pause) {
    const { until } = state.pause;
    const alarm: Effect =
      until === null ? { type: 'clearAlarm', name: 'break' } : { type: 'setAlarm', name: 'break', at: until };
    return [alarm, { type: 'clearAlarm', name: 'headsUp' }];
  }
  const long = longAlarmAt(settings, state);
  const first = Math.min(long ?? Number.POSITIVE_INFINITY, microDueAt(settings, state) ?? Number.POSITIVE_INFINITY);
  if (first === Number.POSITIVE_INFINITY) {
    return [
      { type: 'clearAlarm', name: 'break' },
      { type: 'clearAlarm', name: 'headsUp' },
    ];
  }
  const headsUpAt = (long ?? now) - settings.headsUpMinutes * MINUTE;
  const wantsHeadsUp = long !== null && settings.headsUpMinutes > 0 && !state.activeBreak && headsUpAt > now;
  return [
    { type: 'setAlarm', name: 'break', at: first },
    wantsHeadsUp ? { type: 'setAlarm', name: 'headsUp', at: headsUpAt } : { type: 'clearAlarm', name: 'headsUp' },
  ];
}

/** A decision that stores `state` and sets the alarms that match it. */
export function withAlarms(settings: Settings, state: ScheduleState, now: number): Decision {
  return { state, effects: alarmsFor(settings, state, now) };
}
