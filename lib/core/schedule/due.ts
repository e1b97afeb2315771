import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE } from '@/lib/core/vocabulary';
import { snoozeRefused } from './answers';
import { closeBreak } from './close';
import { beginBreak } from './content';
import { microDueAt } from './micro';
import { DEFER_CHECK_MS, longAlarmAt, pauseOver, startCycle, withAlarms } from './timing';
import type { Decision, Effect, ScheduleState } from './types';
import { isWorkingTime } from './working-hours';

/**
 * How a due break reaches the person, by their reminder style; `gentle` never opens a window.
 * With sound on, a reminder that reaches them (open or notify, gentle too) comes with a soft
 * chime; the quiet badge never does. A micro-break is lighter: its view, or its notification.
 */
function deliver(settings: Settings, gentle: boolean, micro = false): Effect[] {
  const style = settings.reminderStyle;
  if (style === 'badge') return [];
  const notify: Effect = micro ? { type: 'notify', kind: 'micro' } : { type: 'notify', kind: 'break' };
  const effects: Effect[] =
    style === 'notify' || gentle
      ? [notify]
      : [{ type: 'openBreakView', large: style === 'large' }, ...(micro ? [] : [notify])];
  if (settings.sound) effects.push({ type: 'chime', volume: settings.volume });
  return effects;
}

/** A micro-break alarm later than this (the machine slept) starts the micro countdown afresh instead. */
const MICRO_LATE_MS = MINUTE;

/**
 * The alarm rang for a micro-break. Away, nothing comes (coming back restarts
 * its countdown). Late (sleep), outside working hours, or held by a
 * fullscreen window or a playing tab, it is let go, unshown and uncounted,
 * since a few seconds are not worth waiting for; otherwise it shows. Either
 * way its countdown starts afresh, and decide() sets the alarms to match.
 */
function onMicroAlarm(
  settings: Settings,
  state: ScheduleState,
  alarm: { scheduledTime: number; busy: boolean },
  now: number,
): Decision {
  if (state.idleSince !== null) return { state, effects: [] };
  const quiet =
    now - alarm.scheduledTime > MICRO_LATE_MS ||
    !isWorkingTime(settings.workingHours, now) ||
    (alarm.busy && settings.dontInterrupt);
  return {
    state: { ...state, nextMicroAt: null, microShownAt: quiet ? null : now },
    effects: quiet ? [] : deliver(settings, false, true),
  };
}

/** Ends a pause: reminders resume with a fresh countdown from now. */
export function resume(settings: Settings, state: ScheduleState, now: number): Decision {
  return withAlarms(settings, startCycle(settings, { ...state, pause: null, snoozesInRow: 0 }, now), now);
}

/** How far an alarm may ring from the time it was set for and still be that alarm. */
const ALARM_SLACK_MS = 1000;

/**
 * Ends the break on screen without an answer (it expired, the browser
 * restarted, reminders were paused): recorded as `ending` (missed, or
 * skipped for a pause), or as taken if its exercise was begun, then counts
 * from now. A begun break left open counts a break's length, not the wait.
 */
export function closeOpenBreak(
  settings: Settings,
  state: ScheduleState,
  ending: 'missed' | 'skipped',
  now: number,
): { state: ScheduleState; effects: Effect[] } {
  const active = state.activeBreak;
  if (!active) return { state, effects: [] };
  const endedAt = active.begunAt === undefined ? now : Math.min(now, active.begunAt + settings.breakMinutes * MINUTE);
  return {
    state: { ...state, activeBreak: null, snoozesInRow: 0 },
    effects: [{ type: 'record', entry: closeBreak(active, ending, endedAt) }],
  };
}

/**
 * The break alarm rang. In turn: a pause ends, or an early alarm is re-set;
 * a micro-break that is due comes (onMicroAlarm), and with longer breaks off that is all;
 * an alarm the schedule has moved on from (a snooze or an interval change
 * queued ahead of it) is only re-set; a break left open expires; an alarm
 * late by a break's length (sleep) restarts quietly; away, or outside
 * working hours, nothing comes; a fullscreen window or a playing tab holds the
 * break up to the limit, then it comes gently; otherwise it comes as chosen.
 * `stored` says the state's next-break time reached storage, so it can be
 * trusted to tell a stale alarm; after a failed write it cannot.
 */
export function onBreakAlarm(
  settings: Settings,
  state: ScheduleState,
  alarm: { scheduledTime: number; busy: boolean; stored: boolean },
  now: number,
): Decision {
  const { scheduledTime, busy } = alarm;
  if (state.pause) return pauseOver(state, now) ? resume(settings, state, now) : withAlarms(settings, state, now);
  const micro = microDueAt(settings, state);
  if (micro !== null && micro - now <= ALARM_SLACK_MS) return onMicroAlarm(settings, state, alarm, now);
  // Longer breaks off: only a break asked for (and open) has a time of its own.
  if (longAlarmAt(settings, state) === null) return withAlarms(settings, state, now);
  const due = state.nextBreakAt;
  if (alarm.stored && due !== null && due - scheduledTime > ALARM_SLACK_MS) return withAlarms(settings, state, now);
  if (state.activeBreak) {
    if (due !== null && due - now > ALARM_SLACK_MS) return withAlarms(settings, state, now);
    const closed = closeOpenBreak(settings, state, 'missed', now);
    const decision = withAlarms(settings, startCycle(settings, closed.state, now), now);
    decision.effects.unshift(...closed.effects, { type: 'clearNotification' });
    return decision;
  }
  if (now - scheduledTime >= settings.breakMinutes * MINUTE || !isWorkingTime(settings.workingHours, now)) {
    return withAlarms(settings, startCycle(settings, state, now), now);
  }
  // Away: the countdown resumes, shifted by the time away, when they are back.
  if (state.idleSince !== null) return { state, effects: [] };

  const waitingSince = state.deferredSince ?? now;
  const mayWait = settings.dontInterrupt && now - waitingSince < settings.maxDeferMinutes * MINUTE;
  if (busy && mayWait) {
    const held = { ...state, deferredSince: waitingSince, nextBreakAt: now + DEFER_CHECK_MS };
    return withAlarms(settings, held, now);
  }
  const gentle = busy && settings.dontInterrupt;
  const decision = withAlarms(settings, beginBreak(settings, state, now, 'schedule'), now);
  decision.effects.push(...deliver(settings, gentle));
  return decision;
}

/** The heads-up alarm rang: a gentle word that a break is near, unless nothing is near. */
export function onHeadsUpAlarm(settings: Settings, state: ScheduleState, now: number): Decision {
  const quiet =
    !settings.longBreaks ||
    state.pause ||
    state.activeBreak ||
    state.idleSince !== null ||
    !isWorkingTime(settings.workingHours, now);
  if (quiet || state.nextBreakAt === null || state.nextBreakAt <= now) return { state, effects: [] };
  // A heads-up the person turned off, or from an old alarm well before the break, says nothing.
  const lead = state.nextBreakAt - now;
  if (settings.headsUpMinutes === 0 || lead > (settings.headsUpMinutes + 1) * MINUTE) return { state, effects: [] };
  const minutes = Math.max(1, Math.round((state.nextBreakAt - now) / MINUTE));
  const snooze = !snoozeRefused(settings, state);
  return { state, effects: [{ type: 'notify', kind: 'headsUp', minutes, snooze }] };
}
