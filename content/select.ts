import { EXERCISES } from './exercises';
import { INSIGHTS } from './insights';
import { type Exercise, exerciseSeconds, type Insight } from './types';

/** What a break shows: one insight and one exercise, by id. */
export interface BreakContent {
  insightId: string;
  exerciseId: string;
}

/** What the picker needs to know; everything else it derives. */
export interface PickInput {
  /** Length of the break in seconds: the exercise must fit in it. */
  breakSeconds: number;
  /** Insight ids shown recently, newest last: these wait their turn. */
  recentInsightIds: readonly string[];
  /** The exercise shown last time, so it does not come twice in a row. */
  lastExerciseId?: string;
  /** A number in [0, 1): the only source of chance, so tests can fix it. */
  random: number;
}

/**
 * Picks a break's insight and exercise. Pure: the same input gives the same
 * pick. Prefers an insight not shown lately, then an exercise that fits the
 * break and suits the insight, and never the same exercise twice in a row.
 */
export function pickBreakContent(input: PickInput): BreakContent {
  const recent = new Set(input.recentInsightIds);
  const fresh = INSIGHTS.filter((insight) => !recent.has(insight.id));
  const insight = choose(fresh.length > 0 ? fresh : INSIGHTS, input.random);
  const exercise = pickExercise(insight, input);
  return { insightId: insight.id, exerciseId: exercise.id };
}

function pickExercise(insight: Insight, input: PickInput): Exercise {
  const fitting = EXERCISES.filter(
    (exercise) => exerciseSeconds(exercise) <= input.breakSeconds && exercise.id !== input.lastExerciseId,
  );
  // A break too short for anything still gets the shortest exercise.
  if (fitting.length === 0) return shortest(EXERCISES);
  const suited = fitting.filter((exercise) => insight.suits.includes(exercise.kind));
  return choose(suited.length > 0 ? suited : fitting, input.random);
}

function shortest(exercises: readonly Exercise[]): Exercise {
  return exercises.reduce((a, b) => (exerciseSeconds(b) < exerciseSeconds(a) ? b : a));
}

function choose<T>(items: readonly T[], random: number): T {
  const index = Math.min(items.length - 1, Math.floor(random * items.length));
  return items[index] as T;
}

/** Looks up an insight by id; undefined for an id no longer in the library. */
export function findInsight(id: string): Insight | undefined {
  return INSIGHTS.find((insight) => insight.id === id);
}

/** Looks up an exercise by id; undefined for an id no longer in the library. */
export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
