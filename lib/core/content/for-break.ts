import type { Exercise, Insight } from '@/content/types';
import { findInsight } from '@/lib/core/content/select';
import { seededRandom } from '@/lib/core/random';
import type { ActiveBreak, ScheduleState } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';
import { type BreakContent, type PickInput, pickExercise, pickInsight } from './select';

/*
 * What the break on screen shows. The schedule starts a break without
 * content; the first page to show it picks, from the settings, the rotation
 * and the break's own start time as the seed, so two pages that open it
 * together (the popup and its window) pick the same, and tells the schedule.
 */

/** The person's own items, in the library's types (ownLibrary in ./own.ts). */
export interface OwnItems {
  insights: readonly Insight[];
  exercises: readonly Exercise[];
}

const NONE: OwnItems = { insights: [], exercises: [] };

function pickInput(
  settings: Settings,
  state: ScheduleState,
  active: ActiveBreak,
  seed: number,
  own: OwnItems,
): PickInput {
  return {
    own: { ...own, only: settings.ownOnly },
    breakSeconds: settings.breakMinutes * 60,
    disabledKinds: settings.disabledKinds,
    disabledThemes: settings.disabledThemes,
    shownInsightIds: state.recentInsightIds,
    lastExerciseId: state.lastExerciseId ?? undefined,
    need: active.need,
    favourites: [...settings.favouriteInsights, ...settings.favouriteExercises],
    hidden: [...settings.hiddenInsights, ...settings.hiddenExercises],
    random: seededRandom(seed),
  };
}

/** The break's content: what it already shows, or the pick every page makes alike. */
export function contentForBreak(
  settings: Settings,
  state: ScheduleState,
  active: ActiveBreak,
  own: OwnItems = NONE,
): BreakContent {
  if (active.insightId && active.exerciseId) return { insightId: active.insightId, exerciseId: active.exerciseId };
  const input = pickInput(settings, state, active, active.startedAt, own);
  const insight = pickInsight(input);
  return { insightId: insight.id, exerciseId: pickExercise(insight, input).id };
}

/**
 * "Another": a different insight, or a different exercise for the same one,
 * keeping the other part. `seed` (the moment of the click) gives the chance.
 */
export function anotherContent(
  settings: Settings,
  state: ScheduleState,
  active: ActiveBreak,
  part: 'insight' | 'exercise',
  seed: number,
  own: OwnItems = NONE,
): BreakContent {
  const current = contentForBreak(settings, state, active, own);
  if (part === 'insight') {
    // The one on screen is in the round already, so the picker offers a fresh one.
    const shown = state.recentInsightIds.includes(current.insightId)
      ? state.recentInsightIds
      : [...state.recentInsightIds, current.insightId];
    const insight = pickInsight(pickInput(settings, { ...state, recentInsightIds: shown }, active, seed, own));
    return { ...current, insightId: insight.id };
  }
  const input = { ...pickInput(settings, state, active, seed, own), lastExerciseId: current.exerciseId };
  const ownInsight = own.insights.find((item) => item.id === current.insightId);
  const insight = findInsight(current.insightId) ?? ownInsight ?? pickInsight(input);
  return { ...current, exerciseId: pickExercise(insight, input).id };
}
