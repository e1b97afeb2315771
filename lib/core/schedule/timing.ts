import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE, type PauseLength } from '@/lib/core/vocabulary';
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

/**
 * The alarms that match a state: while paused, one at the pause's end (or
 * none); otherwise the break alarm and, when on, the heads-up before it.
 */
export function alarmsFor(settings: Settings, state: ScheduleState, now: number): Effect[] {
  if (state.pause) {
    const { until } = state.pause;
    const alarm: Effect =
      until === null ? { type: 'clearAlarm', name: 'break' } : { type: 'setAlarm', name: 'break', at: until };
    return [alarm, { type: 'clearAlarm', name: 'headsUp' }];
  }
  if (state.nextBreakAt === null) return [];
  const headsUpAt = state.nextBreakAt - settings.headsUpMinutes * MINUTE;
  const wantsHeadsUp = settings.headsUpMinutes > 0 && !state.activeBreak && headsUpAt > now;
  return [
    { type: 'setAlarm', name: 'break', at: state.nextBreakAt },
    wantsHeadsUp ? { type: 'setAlarm', name: 'headsUp', at: headsUpAt } : { type: 'clearAlarm', name: 'headsUp' },
  ];
}

/** A decision that stores `state` and sets the alarms that match it. */
export function withAlarms(settings: Settings, state: ScheduleState, now: number): Decision {
  return { state, effects: alarmsFor(settings, state, now) };
}
