import type { Settings } from '@/lib/core/settings/settings';
import { type Answer, MINUTE } from '@/lib/core/vocabulary';
import { closeBreak } from './close';
import { dueAfter, withAlarms } from './timing';
import type { BreakNotes, Decision, ScheduleState } from './types';

/** True when a snooze is not offered: the person snoozed as often in a row as they allowed, or chose strict breaks. */
export function snoozeRefused(settings: Settings, state: ScheduleState): boolean {
  return settings.strictMode || (settings.maxSnoozes > 0 && state.snoozesInRow >= settings.maxSnoozes);
}

/** A snooze length the person offered themselves; anything else becomes their first choice. */
function snoozeLength(settings: Settings, minutes?: number): number {
  const first = settings.snoozeMinutes[0] ?? 5;
  return minutes !== undefined && settings.snoozeMinutes.includes(minutes) ? minutes : first;
}

/**
 * The person answered the break: history records it (by the rule in
 * close.ts: Done before the exercise was begun is a skip), and the next break
 * counts from now (a snooze: its own few minutes). A second answer to the
 * same break, a snooze past the limit, or a skip with strict breaks changes nothing.
 */
export function finishBreak(
  settings: Settings,
  state: ScheduleState,
  answer: { outcome: Answer; snoozeMinutes?: number } & BreakNotes,
  now: number,
): Decision {
  const { outcome, snoozeMinutes } = answer;
  const active = state.activeBreak;
  const refused =
    (outcome === 'snoozed' && snoozeRefused(settings, state)) || (outcome === 'skipped' && settings.strictMode);
  if (!active || refused) return { state, effects: [] };
  const entry = closeBreak(active, outcome, now, answer);
  const snoozed = outcome === 'snoozed';
  const next: ScheduleState = {
    ...state,
    activeBreak: null,
    cycleStartedAt: now,
    nextBreakAt: snoozed ? now + snoozeLength(settings, snoozeMinutes) * MINUTE : dueAfter(settings, now),
    snoozed,
    snoozesInRow: snoozed ? state.snoozesInRow + 1 : 0,
  };
  const decision = withAlarms(settings, next, now);
  decision.effects.unshift({ type: 'record', entry });
  decision.effects.push({ type: 'clearNotification' });
  return decision;
}

/** The heads-up's Snooze: the coming break moves by the first snooze choice, within the limit. */
export function postpone(settings: Settings, state: ScheduleState, now: number): Decision {
  if (state.activeBreak || state.pause || snoozeRefused(settings, state)) return { state, effects: [] };
  const next: ScheduleState = {
    ...state,
    nextBreakAt: Math.max(state.nextBreakAt ?? now, now) + snoozeLength(settings) * MINUTE,
    snoozed: true,
    snoozesInRow: state.snoozesInRow + 1,
    deferredSince: null,
  };
  const decision = withAlarms(settings, next, now);
  decision.effects.push({ type: 'clearNotification' });
  return decision;
}
