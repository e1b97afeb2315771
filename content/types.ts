/** The seven themes of the article the insights grow out of. */
export const THEMES = ['trust', 'listening', 'coping', 'expression', 'goals', 'past', 'daily'] as const;
export type Theme = (typeof THEMES)[number];

/** Kinds of guided exercise; each kind suits certain needs and insights. */
export const EXERCISE_KINDS = ['breathing', 'grounding', 'movement', 'eyes', 'reflection', 'listening'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** One short insight shown at the top of a break. */
export interface Insight {
  /** Stable id: it is stored in history, so never reuse or rename one. */
  id: string;
  theme: Theme;
  text: string;
  /** Exercise kinds that pair well with this insight. */
  suits: readonly ExerciseKind[];
}

/** One step of a guided exercise, long enough to be read and done. */
export interface ExerciseStep {
  text: string;
  seconds: number;
}

/** Breathing pace in seconds: the data a pacer animates. */
export interface Pacing {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

/** A guided coping exercise, well known and safe for self-help. */
export interface Exercise {
  /** Stable id: it is stored in history, so never reuse or rename one. */
  id: string;
  kind: ExerciseKind;
  title: string;
  purpose: string;
  steps: readonly ExerciseStep[];
  caution?: string;
  pacing?: Pacing;
}

/** Total length of an exercise, from its steps so the two never disagree. */
export function exerciseSeconds(exercise: Exercise): number {
  return exercise.steps.reduce((sum, step) => sum + step.seconds, 0);
}
