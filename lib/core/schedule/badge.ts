import { microEndsAt } from '@/lib/core/break-progress';
import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE } from '@/lib/core/vocabulary';
import type { ScheduleState } from './types';
import { isWorkingTime, nextStretchStart, rangeEndAt } from './working-hours';

/*
 * What the toolbar button shows, and when that next changes: derived from the
 * settings, the state and the time, never stored. The background sets one
 * alarm for that moment (or none), so the worker wakes only when the badge
 * would show something else: once a minute while minutes count down, once an
 * hour while hours do, never while paused until resumed or outside working
 * hours (until work starts). A timed pause and the break itself end on the
 * break alarm, which refreshes the badge as it runs.
 */

export type Badge =
  | { kind: 'minutes'; minutes: number }
  | { kind: 'paused'; until: number | null }
  | { kind: 'offHours'; until: number }
  | { kind: 'due' }
  | { kind: 'micro'; until: number }
  | { kind: 'none' };

/** Minutes up to this many show as minutes; more as whole hours ("2h"). */
export const MINUTES_SHOWN = 100;

/**
 * The badge for a state at a time: minutes to the next longer break, a paused
 * mark, or a dot for a break waiting or a micro-break on (for its seconds).
 */
export function badgeFor(settings: Settings, state: ScheduleState, now: number): Badge {
  if (state.pause) return { kind: 'paused', until: state.pause.until };
  if (state.activeBreak) return { kind: 'due' };
  const microEnds = state.microShownAt === null ? now : microEndsAt(settings, state.microShownAt);
  if (microEnds > now) return { kind: 'micro', until: microEnds };
  if (state.nextBreakAt === null || !settings.longBreaks) return { kind: 'none' };
  const workStarts = isWorkingTime(settings.workingHours, now) ? null : nextStretchStart(settings.workingHours, now);
  if (workStarts !== null && workStarts < state.nextBreakAt) return { kind: 'offHours', until: workStarts };
  return { kind: 'minutes', minutes: Math.max(0, Math.ceil((state.nextBreakAt - now) / MINUTE)) };
}

/** Badge text: minutes up to 99, then whole hours; a pause mark; a dot for a break waiting; nothing off hours. */
export function badgeText(badge: Badge): string {
  switch (badge.kind) {
    case 'minutes':
      return badge.minutes < MINUTES_SHOWN ? String(badge.minutes) : `${Math.floor(badge.minutes / 60)}h`;
    case 'paused':
      return '❚❚';
    case 'due':
    case 'micro':
      return '•';
    case 'offHours':
    case 'none':
      return '';
  }
}

/**
 * When the badge next shows something else, or null when only an event
 * (the break alarm, a click) can change it. The minutes it counts fall as
 * whole minutes pass towards the break: it changes when they reach the next
 * number it would show (one less, or the end of the hour shown), and at the
 * end of the working stretch when the break lies beyond it; at 1 the break
 * alarm itself comes next.
 */
export function badgeRefreshAt(settings: Settings, state: ScheduleState, now: number): number | null {
  const badge = badgeFor(settings, state, now);
  if (badge.kind === 'offHours' || badge.kind === 'micro') return badge.until;
  if (badge.kind !== 'minutes' || state.nextBreakAt === null) return null;
  const { minutes } = badge;
  const next = minutes < MINUTES_SHOWN ? minutes - 1 : Math.max(MINUTES_SHOWN - 1, 60 * Math.floor(minutes / 60) - 1);
  const counted = next < 1 ? null : state.nextBreakAt - next * MINUTE;
  const workEnds = rangeEndAt(settings.workingHours, now);
  const endsFirst = workEnds !== null && workEnds < state.nextBreakAt && (counted === null || workEnds < counted);
  return endsFirst ? workEnds : counted;
}
