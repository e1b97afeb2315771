import { microEndsAt } from '@/lib/core/break-progress';
import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE, type MicroOutcome } from '@/lib/core/vocabulary';
import { dueAfter } from './timing';
import type { Decision, ScheduleState } from './types';

/*
 * Micro-breaks: a few seconds to look far away or loosen up, between the
 * longer breaks, in the same schedule. Their countdown (nextMicroAt) runs
 * only while nothing else rests the person: off, a pause or a longer break on
 * screen clears it, and it starts afresh from now when that is over (so a
 * longer break resets it). decide() keeps it right after every event.
 */

/** No micro-break this close before a longer break: that break is about to rest the same eyes. */
export const MICRO_GAP_MS = 3 * MINUTE;

/** When the counting micro-break comes, or null when none may: off, paused, a break on, or too near the next longer break. */
export function microDueAt(settings: Settings, state: ScheduleState): number | null {
  const at = state.nextMicroAt;
  const before = settings.longBreaks ? state.nextBreakAt : null;
  const held = !settings.microBreaks || state.pause || state.activeBreak;
  return held || at === null || (before !== null && at > before - MICRO_GAP_MS) ? null : at;
}

/** The micro countdown after an event: cleared while it may not run, started when it should, never further than one interval. */
export function keepMicroCountdown(settings: Settings, state: ScheduleState, now: number): ScheduleState {
  const runs = settings.microBreaks && !state.pause && !state.activeBreak;
  const fresh = runs ? dueAfter(settings, now, settings.microIntervalMinutes) : null;
  const next = fresh === null || state.nextMicroAt === null ? fresh : Math.min(state.nextMicroAt, fresh);
  return next === state.nextMicroAt ? state : { ...state, nextMicroAt: next };
}

/** Ends the micro-break on screen, counted by how it ended. */
function endMicro(state: ScheduleState, outcome: MicroOutcome, at: number, next?: number): Decision {
  return {
    state: { ...state, microShownAt: null, nextMicroAt: next ?? state.nextMicroAt },
    effects: [
      { type: 'countMicro', outcome, at },
      { type: 'clearNotification', micro: true },
    ],
  };
}

/** The micro-break on screen, once its seconds are over (or a longer break or a pause took over), counted as shown. */
export function closeMicroIfOver(settings: Settings, state: ScheduleState, now: number): Decision {
  const shownAt = state.microShownAt;
  if (shownAt === null || (now < microEndsAt(settings, shownAt) && !state.activeBreak && !state.pause)) {
    return { state, effects: [] };
  }
  return endMicro(state, 'shown', shownAt);
}

/**
 * The person's page ended the micro-break: its seconds ran, or they skipped
 * it or put it off by their first snooze length. With strict breaks only the
 * seconds running out ends it. Counted once, whichever comes first. The
 * alarms follow in decide(), as the countdown moves.
 */
export function finishMicro(settings: Settings, state: ScheduleState, outcome: MicroOutcome, now: number): Decision {
  const shownAt = state.microShownAt;
  if (shownAt === null || (outcome !== 'shown' && settings.strictMode)) return { state, effects: [] };
  const snoozed = outcome === 'snoozed' ? now + (settings.snoozeMinutes[0] ?? 5) * MINUTE : undefined;
  return endMicro(state, outcome, shownAt, snoozed);
}
