import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE } from '@/lib/core/vocabulary';
import { startCycle, withAlarms } from './timing';
import type { Decision, ScheduleState } from './types';
import { isWorkingTime } from './working-hours';

/** Seconds without input before the browser reports the person idle (its minimum is 15). */
export const IDLE_DETECTION_SECONDS = 60;

/** Time away longer than this is the end of a working session (a night, a weekend), not a break. */
const LONGEST_NATURAL_BREAK_MS = 3 * 60 * MINUTE;

/**
 * The person went idle, locked the screen or came back. Only time at the
 * computer counts: away time moves the break later, and time away at least as
 * long as a break is a natural break, recorded as one, after which the
 * countdown starts afresh. During a break or a pause nothing changes.
 */
export function onIdleChanged(
  settings: Settings,
  state: ScheduleState,
  idle: 'active' | 'idle' | 'locked',
  now: number,
): Decision {
  if (state.activeBreak || state.pause) return { state, effects: [] };
  if (idle !== 'active') {
    if (state.idleSince !== null) return { state, effects: [] };
    // "idle" is reported a detection interval after the last input; "locked" at once.
    const since = idle === 'idle' ? now - IDLE_DETECTION_SECONDS * 1000 : now;
    return { state: { ...state, idleSince: Math.max(since, state.cycleStartedAt ?? since) }, effects: [] };
  }
  if (state.idleSince === null) return { state, effects: [] };
  const since = state.idleSince;
  const away = now - since;
  // Time away rests the eyes too: the micro-break countdown starts afresh.
  const back = { ...state, idleSince: null, nextMicroAt: null };
  if (away >= settings.breakMinutes * MINUTE || !isWorkingTime(settings.workingHours, now)) {
    const decision = withAlarms(settings, startCycle(settings, { ...back, snoozesInRow: 0 }, now), now);
    if (away >= settings.breakMinutes * MINUTE && away <= LONGEST_NATURAL_BREAK_MS) {
      decision.effects.unshift({
        type: 'record',
        entry: { id: String(since), startedAt: since, endedAt: now, outcome: 'natural' },
      });
    }
    return decision;
  }
  const shifted = {
    ...back,
    nextBreakAt: (state.nextBreakAt ?? now) + away,
    cycleStartedAt: (state.cycleStartedAt ?? now) + away,
  };
  return withAlarms(settings, shifted, now);
}
