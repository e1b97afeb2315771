import { INSIGHTS } from '@/content/library';
import type { Need } from '@/content/types';
import { findInsight, type PickInput, pickExercise, pickInsight } from '@/lib/core/content/select';
import { seededRandom } from '@/lib/core/random';
import type { Settings } from '@/lib/core/settings/settings';
import type { ScheduleState } from './types';

/** What the picker needs from the settings and the state; `now` seeds its chance. */
function pickInput(settings: Settings, state: ScheduleState, now: number, need?: Need): PickInput {
  return {
    breakSeconds: settings.breakMinutes * 60,
    disabledKinds: settings.disabledKinds,
    disabledThemes: settings.disabledThemes,
    shownInsightIds: state.recentInsightIds,
    lastExerciseId: state.lastExerciseId ?? undefined,
    need,
    favourites: [...settings.favouriteInsights, ...settings.favouriteExercises],
    random: seededRandom(now),
  };
}

/** Adds an insight to the round; one already shown means a new round began with it. */
function addToRound(shown: readonly string[], id: string): string[] {
  return shown.includes(id) ? [id] : [...shown, id].slice(-INSIGHTS.length);
}

/** Starts a break: picks its insight and exercise and remembers them for the rotation. */
export function beginBreak(
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
    deferredSince: null,
    recentInsightIds: addToRound(state.recentInsightIds, insight.id),
    lastExerciseId: exercise.id,
  };
}

/** "Show another": swaps one part of the running break, keeping the other and recording nothing. */
export function showAnother(
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
