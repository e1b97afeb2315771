import { EXERCISES, INSIGHTS } from '@/content/library';
import {
  type Exercise,
  type ExerciseKind,
  exerciseSeconds,
  type Insight,
  type Need,
  type Theme,
} from '@/content/types';

/** What a break shows: one insight and one exercise, by id. */
export interface BreakContent {
  insightId: string;
  exerciseId: string;
}

/** What the picker needs to know; everything else it derives from the library. */
export interface PickInput {
  /** Length of the break in seconds: the exercise must fit in it. */
  breakSeconds: number;
  /** Kinds and themes the person turned off in options. */
  disabledKinds: readonly ExerciseKind[];
  disabledThemes: readonly Theme[];
  /** Insights shown in the current round: none comes again until every enabled one has been shown. */
  shownInsightIds: readonly string[];
  /** The exercise shown last, so it does not come twice in a row. */
  lastExerciseId?: string;
  /** How the person said they feel, when they did: it chooses the exercise. */
  need?: Need;
  /** Ids marked with a heart: among equal candidates they count twice, so they come a little more often. */
  favourites?: readonly string[];
  /** A number in [0, 1): the only source of chance, so tests can fix it. */
  random: number;
}

/**
 * Picks the insight for a break: one of the enabled themes not yet shown this
 * round. When the round is complete a new one begins, never with the insight
 * that ended the last. Pure: the same input gives the same pick.
 */
export function pickInsight(input: PickInput): Insight {
  const enabled = INSIGHTS.filter((insight) => !input.disabledThemes.includes(insight.theme));
  const pool = enabled.length > 0 ? enabled : INSIGHTS;
  const shown = new Set(input.shownInsightIds);
  const fresh = pool.filter((insight) => !shown.has(insight.id));
  const last = input.shownInsightIds.at(-1);
  const nextRound = pool.filter((insight) => insight.id !== last);
  return choose(fresh.length > 0 ? fresh : nextRound.length > 0 ? nextRound : pool, input);
}

/**
 * Picks the exercise: of an enabled kind, short enough for the break, not the
 * one shown last; among those, one that answers the person's need if they
 * gave one, else one that suits the insight. A break too short for anything
 * gets the shortest enabled exercise.
 */
export function pickExercise(insight: Insight, input: PickInput): Exercise {
  const enabled = EXERCISES.filter((exercise) => !input.disabledKinds.includes(exercise.kind));
  const pool = enabled.length > 0 ? enabled : EXERCISES;
  const fitting = pool.filter((exercise) => exerciseSeconds(exercise) <= input.breakSeconds);
  const fresh = fitting.filter((exercise) => exercise.id !== input.lastExerciseId);
  const candidates = fresh.length > 0 ? fresh : fitting;
  if (candidates.length === 0) return shortest(pool);
  const { need } = input;
  const preferred = need
    ? candidates.filter((exercise) => exercise.needs.includes(need))
    : candidates.filter((exercise) => insight.suits.includes(exercise.kind));
  return choose(preferred.length > 0 ? preferred : candidates, input);
}

function shortest(exercises: readonly Exercise[]): Exercise {
  return exercises.reduce((a, b) => (exerciseSeconds(b) < exerciseSeconds(a) ? b : a));
}

/** One of `items` by the random number, favourites counted twice. */
function choose<T extends { id: string }>(items: readonly T[], { random, favourites = [] }: PickInput): T {
  const weighted = items.flatMap((item) => (favourites.includes(item.id) ? [item, item] : [item]));
  const index = Math.min(weighted.length - 1, Math.floor(random * weighted.length));
  return weighted[index] as T;
}

// Lookups by id live apart, for the pages that only name what a break showed.
export { findExercise, findInsight } from './find';
