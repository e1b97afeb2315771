import { INSIGHTS } from '@/content/library';
import { findInsight, type PickInput, pickExercise, pickInsight } from '@/content/select';
import type { Need } from '@/content/types';
import { seededRandom } from '@/lib/random';
import {
  type Decision,
  type Effect,
  type HistoryEntry,
  type Outcome,
  type ScheduleEvent,
  type ScheduleState,
  type Settings,
  SNOOZE_MINUTES,
} from './types';

const MINUTE = 60_000;

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
  // A countdown that sanitize repaired must reach the browser's alarm too,
  // whatever the event, or the old alarm would still ring at the old time.
  const { nextBreakAt } = decision.state;
  if (state !== stored && nextBreakAt !== null && !decision.effects.some((effect) => effect.type === 'setAlarm')) {
    decision.effects.push({ type: 'setAlarm', at: nextBreakAt });
  }
  return decision;
}

function decideEvent(settings: Settings, state: ScheduleState, event: ScheduleEvent, now: number): Decision {
  switch (event.type) {
    case 'installed':
    case 'checkSchedule':
      // A first install starts the countdown (sanitize did); an update keeps it.
      // Either way the alarm is made again, since Firefox may have lost it.
      return withAlarm(state);
    case 'browserStarted':
      // A new browser session: the person was away, so start fresh from now.
      return withAlarm(startCycle(settings, { ...state, activeBreak: null }, now));
    case 'alarm':
      return onAlarm(settings, state, event.scheduledTime, now);
    case 'takeBreakNow':
      return { state: state.activeBreak ? state : beginBreak(settings, state, now, 'manual', event.need), effects: [] };
    case 'showAnother':
      return { state: showAnother(settings, state, event.part, now), effects: [] };
    case 'finishBreak':
      return finish(settings, state, event.outcome, now);
    case 'settingsChanged':
      return onSettingsChanged(settings, state, now);
    case 'notificationClicked':
      return { state, effects: state.activeBreak ? [{ type: 'openBreakView' }] : [] };
  }
}

function onAlarm(settings: Settings, state: ScheduleState, scheduledTime: number, now: number): Decision {
  const breakMs = settings.breakMinutes * MINUTE;
  // An alarm this late means the machine slept or the person was away for at
  // least a break's length: that was a rest already, so no reminder, and the
  // next break counts from now. This is what stops a burst after wake.
  if (now - scheduledTime >= breakMs) {
    return withAlarm(startCycle(settings, { ...state, activeBreak: null }, now));
  }
  const next = state.activeBreak ? state : beginBreak(settings, state, now, 'schedule');
  // If the break goes unanswered, remind once more an interval later.
  const remindAgain = { ...next, nextBreakAt: now + settings.intervalMinutes * MINUTE };
  const decision = withAlarm(remindAgain);
  decision.effects.push({ type: 'openBreakView' }, { type: 'notify' });
  return decision;
}

function finish(settings: Settings, state: ScheduleState, outcome: Outcome, now: number): Decision {
  const active = state.activeBreak;
  // A second answer to the same break (popup and window both open) changes nothing.
  if (!active) return { state, effects: [] };
  const entry: HistoryEntry = {
    id: String(active.startedAt),
    startedAt: active.startedAt,
    endedAt: now,
    outcome,
    insightId: active.insightId,
    exerciseId: active.exerciseId,
    ...(active.need && { need: active.need }),
  };
  const minutes = outcome === 'snoozed' ? SNOOZE_MINUTES : settings.intervalMinutes;
  const next: ScheduleState = {
    ...state,
    activeBreak: null,
    cycleStartedAt: now,
    nextBreakAt: now + minutes * MINUTE,
    snoozed: outcome === 'snoozed',
  };
  const decision = withAlarm(next);
  decision.effects.unshift({ type: 'record', entry });
  decision.effects.push({ type: 'clearNotification' });
  return decision;
}

function onSettingsChanged(settings: Settings, state: ScheduleState, now: number): Decision {
  // A running break or a snooze keeps its time; the new interval applies after it.
  if (state.activeBreak || state.snoozed) return { state, effects: [] };
  const start = state.cycleStartedAt ?? now;
  const nextBreakAt = Math.max(now + MIN_LEAD_MS, start + settings.intervalMinutes * MINUTE);
  return withAlarm({ ...state, nextBreakAt });
}

function pickInput(settings: Settings, state: ScheduleState, now: number, need?: Need): PickInput {
  return {
    breakSeconds: settings.breakMinutes * 60,
    disabledKinds: settings.disabledKinds,
    disabledThemes: settings.disabledThemes,
    shownInsightIds: state.recentInsightIds,
    lastExerciseId: state.lastExerciseId ?? undefined,
    need,
    random: seededRandom(now),
  };
}

/** Adds an insight to the round; one already shown means a new round began with it. */
function addToRound(shown: readonly string[], id: string): string[] {
  return shown.includes(id) ? [id] : [...shown, id].slice(-INSIGHTS.length);
}

function beginBreak(
  settings: Settings,
  state: ScheduleState,
  now: number,
  trigger: 'schedule' | 'manual',
  need?: Need,
): ScheduleState {
  const input = pickInput(settings, state, now, need);
  const insight = pickInsight(input);
  const exercise = pickExercise(insight, input);
  return {
    ...state,
    activeBreak: { insightId: insight.id, exerciseId: exercise.id, startedAt: now, trigger, ...(need && { need }) },
    snoozed: false,
    recentInsightIds: addToRound(state.recentInsightIds, insight.id),
    lastExerciseId: exercise.id,
  };
}

/** "Show another": swaps one part of the running break, keeping the other and recording nothing. */
function showAnother(
  settings: Settings,
  state: ScheduleState,
  part: 'insight' | 'exercise',
  now: number,
): ScheduleState {
  const active = state.activeBreak;
  if (!active) return state;
  const input = pickInput(settings, state, now, active.need);
  if (part === 'insight') {
    const insight = pickInsight(input);
    return {
      ...state,
      activeBreak: { ...active, insightId: insight.id },
      recentInsightIds: addToRound(state.recentInsightIds, insight.id),
    };
  }
  // lastExerciseId is the one on screen, so the picker offers a different one.
  const exercise = pickExercise(findInsight(active.insightId) ?? pickInsight(input), input);
  return { ...state, activeBreak: { ...active, exerciseId: exercise.id }, lastExerciseId: exercise.id };
}

function startCycle(settings: Settings, state: ScheduleState, now: number): ScheduleState {
  return { ...state, cycleStartedAt: now, nextBreakAt: now + settings.intervalMinutes * MINUTE, snoozed: false };
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

function withAlarm(state: ScheduleState): Decision {
  const effects: Effect[] = state.nextBreakAt === null ? [] : [{ type: 'setAlarm', at: state.nextBreakAt }];
  return { state, effects };
}
