import { PRACTICES } from '@/content/practices';
import type { Exercise } from '@/content/types';

/*
 * The library's practices by id, apart from how a break picks them
 * (./select.ts): progress and history only name or sort what breaks showed,
 * so they load no insights.
 */

/** By id, once: progress looks up every break of ten years of history. */
const BY_ID = new Map(PRACTICES.map((practice) => [practice.id, practice]));

/** Looks up an exercise or a sequence by id; undefined for an id the library never had. */
export function findExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
