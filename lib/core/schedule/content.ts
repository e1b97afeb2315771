import type { Need } from '@/content/types';
import type { BreakContent } from '@/lib/core/content/select';
import type { Settings } from '@/lib/core/settings/settings';
import { MINUTE } from '@/lib/core/vocabulary';
import type { ScheduleState } from './types';

/*
 * The schedule starts a break and remembers what it showed; the page that
 * shows the break picks its insight and exercise (lib/core/content/for-break.ts),
 * the same way on every page, and tells the schedule. So the background never
 * carries the library, and a break shows at once.
 */

/** Insights remembered for the rotation: more than the library holds, so a round is never cut short. */
const ROUND_LIMIT = 400;

/** Adds an insight to the round; one already shown means a new round began with it. */
function addToRound(shown: readonly string[], id: string): string[] {
  return shown.includes(id) ? [id] : [...shown, id].slice(-ROUND_LIMIT);
}

/** Starts a break; its content comes from the first page that shows it. */
export function beginBreak(
  settings: Settings,
  state: ScheduleState,
  now: number,
  trigger: 'schedule' | 'manual',
  need?: Need,
): ScheduleState {
  return {
    ...state,
    activeBreak: { startedAt: now, trigger, ...(need && { need }) },
    // Left open, the break expires when the next one would have come.
    nextBreakAt: now + settings.intervalMinutes * MINUTE,
    snoozed: false,
    deferredSince: null,
  };
}

/**
 * A page showed this insight and exercise for the break on screen (first, or
 * after "another"): the break keeps them, and the rotation remembers them, so
 * no insight comes again until the round is over and no exercise twice in a row.
 */
export function showContent(state: ScheduleState, content: BreakContent): ScheduleState {
  const active = state.activeBreak;
  if (!active) return state;
  const same = active.insightId === content.insightId && active.exerciseId === content.exerciseId;
  if (same) return state;
  return {
    ...state,
    activeBreak: { ...active, ...content },
    recentInsightIds:
      active.insightId === content.insightId
        ? state.recentInsightIds
        : addToRound(state.recentInsightIds, content.insightId),
    lastExerciseId: content.exerciseId,
  };
}
