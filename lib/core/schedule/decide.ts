import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE } from '@/lib/core/vocabulary';
import { finishBreak, postpone } from './answers';
import { onIdleChanged } from './away';
import { beginBreak, showAnother } from './content';
import { onBreakAlarm, onHeadsUpAlarm, resume } from './due';
import { pauseEnd, pauseOver, startCycle, withAlarms } from './timing';
import type { Decision, ScheduleEvent, ScheduleState } from './types';

/** An interval change never makes a break due sooner than this: no surprise break mid-edit. */
const MIN_LEAD_MS = MINUTE;

/**
 * Breathing Room's schedule: given the settings, the stored state, an event and
 * the time, returns the new state and the effects to apply. Pure and
 * browser-free, so every timing rule is tested with explicit timestamps.
 */
export function decide(settings: Settings, stored: ScheduleState, event: ScheduleEvent, now: number): Decision {
  const state = sanitize(settings, stored, now);
  const decision = decideEvent(settings, state, event, now);
  // A countdown that sanitize repaired must reach the browser's alarms too,
  // whatever the event, or the old alarm would still ring at the old time.
  if (state !== stored && !decision.effects.some((effect) => effect.type === 'setAlarm')) {
    decision.effects.push(...withAlarms(settings, decision.state, now).effects);
  }
  return decision;
}

function decideEvent(settings: Settings, state: ScheduleState, event: ScheduleEvent, now: number): Decision {
  switch (event.type) {
    case 'installed':
    case 'checkSchedule':
      // A first install starts the countdown (sanitize did); an update keeps it.
      // Either way the alarms are made again, since Firefox may have lost them.
      return pauseOver(state, now) ? resume(settings, state, now) : withAlarms(settings, state, now);
    case 'browserStarted':
      // A new browser session: the person was away, so start fresh from now; a pause goes on.
      if (state.pause && !pauseOver(state, now)) return withAlarms(settings, state, now);
      return resume(settings, { ...state, activeBreak: null, idleSince: null }, now);
    case 'alarm':
      return onBreakAlarm(settings, state, event.scheduledTime, event.busy, now);
    case 'headsUpAlarm':
      return onHeadsUpAlarm(settings, state, now);
    case 'takeBreakNow': {
      if (state.activeBreak) return { state, effects: event.openView ? [{ type: 'openBreakView' }] : [] };
      const started = beginBreak(settings, state, now, 'manual', event.need);
      const decision = withAlarms(settings, started, now);
      if (event.openView) decision.effects.push({ type: 'openBreakView' });
      return decision;
    }
    case 'showAnother':
      return { state: showAnother(settings, state, event.part, now), effects: [] };
    case 'finishBreak':
      return finishBreak(settings, state, event, now);
    case 'moodBefore': {
      const active = state.activeBreak;
      return { state: active ? { ...state, activeBreak: { ...active, moodBefore: event.mood } } : state, effects: [] };
    }
    case 'postpone':
      return postpone(settings, state, now);
    case 'pause': {
      const paused = {
        ...state,
        activeBreak: null,
        deferredSince: null,
        pause: { until: pauseEnd(settings, event.length, now) },
      };
      const decision = withAlarms(settings, paused, now);
      decision.effects.push({ type: 'clearNotification' });
      return decision;
    }
    case 'resume':
      return state.pause ? resume(settings, state, now) : { state, effects: [] };
    case 'togglePause':
      return decideEvent(settings, state, state.pause ? { type: 'resume' } : { type: 'pause', length: 'resumed' }, now);
    case 'idleChanged':
      return onIdleChanged(settings, state, event.idle, now);
    case 'settingsChanged':
      return onSettingsChanged(settings, state, now);
  }
}

function onSettingsChanged(settings: Settings, state: ScheduleState, now: number): Decision {
  // A running break, a snooze or a pause keeps its time; the new settings apply after it.
  if (state.activeBreak || state.snoozed || state.pause) return withAlarms(settings, state, now);
  const start = state.cycleStartedAt ?? now;
  const due = startCycle(settings, state, start).nextBreakAt ?? now;
  return withAlarms(settings, { ...state, nextBreakAt: Math.max(now + MIN_LEAD_MS, due) }, now);
}

/**
 * Repairs a state the clock has made impossible: no countdown yet, or one that
 * began in the future because the clock was set back. Left alone, such a break
 * could be hours away; instead the countdown restarts from now.
 */
function sanitize(settings: Settings, state: ScheduleState, now: number): ScheduleState {
  if (state.nextBreakAt === null || state.cycleStartedAt === null || state.cycleStartedAt > now) {
    return startCycle(settings, state, now);
  }
  return state;
}
