import { EXERCISES, INSIGHTS } from '@/content/library';
import type { Exercise, Insight } from '@/content/types';

/*
 * The library's items by id, apart from how a break picks them (./select.ts):
 * progress and history only name or sort what breaks showed.
 */

/** Looks up an insight by id; undefined for an id no longer in the library. */
export function findInsight(id: string): Insight | undefined {
  return INSIGHTS.find((insight) => insight.id === id);
}

/** Looks up an exercise by id; undefined for an id no longer in the library. */
export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
