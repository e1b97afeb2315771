import type { Settings } from '@/lib/core/settings/settings';
import { cleanNote } from '@/lib/core/text';
import { DAY, MINUTE } from '@/lib/core/vocabulary';
import { finishBreak, postpone } from './answers';
import { onIdleChanged } from './away';
import { beginBreak, showContent } from './content';
import { closeOpenBreak, onBreakAlarm, onHeadsUpAlarm, resume } from './due';
import { closeMicroIfOver, finishMicro, keepMicroCountdown } from './micro';
import { alarmsFor, pauseEnd, pauseOver, startCycle, withAlarms } from './timing';
import type { Decision, Effect, ScheduleEvent, ScheduleState } from './types';

/** An interval change never makes a break due sooner than this: no surprise break mid-edit. */
const MIN_LEAD_MS = MINUTE;

/**
 * Breathing Room's schedule: given the settings, the stored state, an event and
 * the time, returns the new state and the effects to apply. Pure and
 * browser-free, so every timing rule is tested with explicit timestamps.
 */
export function decide(settings: Settings, stored: ScheduleState, event: ScheduleEvent, now: number): Decision {
  const closed = closeMicroIfOver(settings, sanitize(settings, stored, now), now);
  const decision = decideEvent(settings, closed.state, event, now);
  // A longer break or a pause that began now ends a micro-break on screen too.
  const taken = closeMicroIfOver(settings, decision.state, now);
  const state = keepMicroCountdown(settings, taken.state, now);
  const effects = [...closed.effects, ...taken.effects, ...decision.effects];
  // The alarms follow the final state: a countdown that sanitize repaired or
  // the micro countdown moved must reach the browser's alarms too, whatever
  // the event, or the old alarm would still ring at the old time.
  const isAlarm = (effect: Effect) => effect.type === 'setAlarm' || effect.type === 'clearAlarm';
  const first = effects.findIndex(isAlarm);
  if (first < 0 && closed.state === stored && state.nextMicroAt === stored.nextMicroAt) return { state, effects };
  const rest: Effect[] = effects.filter((effect) => !isAlarm(effect));
  rest.splice(first < 0 ? rest.length : first, 0, ...alarmsFor(settings, state, now));
  return { state, effects: rest };
}

function decideEvent(settings: Settings, state: ScheduleState, event: ScheduleEvent, now: number): Decision {
  switch (event.type) {
    case 'installed':
    case 'checkSchedule':
      // A first install starts the countdown (sanitize did); an update keeps it.
      // Either way the alarms are made again, since Firefox may have lost them.
      return pauseOver(state, now) ? resume(settings, state, now) : withAlarms(settings, state, now);
    case 'browserStarted': {
      // A new browser session: the person was away, so a break left open is
      // missed and the countdown starts fresh from now; a pause goes on.
      if (state.pause && !pauseOver(state, now)) return withAlarms(settings, state, now);
      const closed = closeOpenBreak(settings, state, 'missed', now);
      const decision = resume(settings, { ...closed.state, idleSince: null }, now);
      decision.effects.unshift(...closed.effects);
      return decision;
    }
    case 'alarm':
      return onBreakAlarm(settings, state, event, now);
    case 'headsUpAlarm':
      return onHeadsUpAlarm(settings, state, now);
    case 'takeBreakNow': {
      const view: Effect = { type: 'openBreakView', large: settings.reminderStyle === 'large' };
      if (state.activeBreak) return { state, effects: event.openView ? [view] : [] };
      const started = beginBreak(settings, state, now, 'manual', event.need);
      const decision = withAlarms(settings, started, now);
      if (event.openView) decision.effects.push(view);
      return decision;
    }
    case 'showContent':
      return { state: showContent(state, { insightId: event.insightId, exerciseId: event.exerciseId }), effects: [] };
    case 'finishBreak':
      return finishBreak(settings, state, event, now);
    case 'finishMicro':
      return finishMicro(settings, state, event.outcome, now);
    case 'moodBefore': {
      const active = state.activeBreak;
      return { state: active ? { ...state, activeBreak: { ...active, moodBefore: event.mood } } : state, effects: [] };
    }
    case 'amendBreak': {
      const note = event.note === undefined ? undefined : cleanNote(event.note);
      const amend: Effect = { type: 'amend', id: event.id, ...(event.moodAfter && { moodAfter: event.moodAfter }) };
      return { state, effects: [note === undefined ? amend : { ...amend, note }] };
    }
    case 'beginExercise': {
      const active = state.activeBreak;
      if (!active || active.begunAt !== undefined) return { state, effects: [] };
      return { state: { ...state, activeBreak: { ...active, begunAt: now } }, effects: [] };
    }
    case 'postpone':
      return postpone(settings, state, now);
    case 'pause': {
      // Pausing during a break sets it aside: skipped, or taken if it was begun.
      const closed = closeOpenBreak(settings, state, 'skipped', now);
      const paused = { ...closed.state, deferredSince: null, pause: { until: pauseEnd(settings, event.length, now) } };
      const decision = withAlarms(settings, paused, now);
      decision.effects.unshift(...closed.effects);
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
 * Nothing the schedule sets lies further ahead than this: a countdown waiting
 * for next week's working hours, or a pause until then.
 */
const LONGEST_WAIT_MS = 9 * DAY;

/**
 * Repairs a state the clock (or a damaged store) has made impossible: no
 * countdown yet, one that began in the future because the clock was set back,
 * or one or a pause that ends further ahead than any the schedule sets. Left
 * alone, such a break could be hours or centuries away; instead the countdown
 * restarts from now, and a pause that could never end is over.
 */
function sanitize(settings: Settings, state: ScheduleState, now: number): ScheduleState {
  const until = state.pause?.until ?? null;
  const fixed = until !== null && until - now > LONGEST_WAIT_MS ? { ...state, pause: null } : state;
  const { nextBreakAt, cycleStartedAt } = fixed;
  if (nextBreakAt === null || cycleStartedAt === null || cycleStartedAt > now || nextBreakAt - now > LONGEST_WAIT_MS) {
    return startCycle(settings, fixed, now);
  }
  return fixed;
}
