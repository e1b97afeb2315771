/** The seven themes of the article the insights grow out of. */
export const THEMES = ['trust', 'listening', 'coping', 'expression', 'goals', 'past', 'daily'] as const;
export type Theme = (typeof THEMES)[number];

/** Kinds of guided exercise; a person can turn any kind off in options. */
export const EXERCISE_KINDS = ['breathing', 'grounding', 'movement', 'eyes', 'reflection', 'listening'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** How a person can say they feel, to get a break that suits it. */
export const NEEDS = ['tense', 'scattered', 'low', 'restless', 'tired', 'overwhelmed'] as const;
export type Need = (typeof NEEDS)[number];

/** How a library id is written: lowercase words joined by hyphens, at most 60 characters. */
export const isLibraryId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9-]{1,60}$/.test(value);

/** One short insight: its words live in the text files, by id, so a translation is data only. */
export interface Insight {
  /** Stable id: it is stored in history, so never reuse or rename one. */
  id: string;
  theme: Theme;
  /** Exercise kinds that pair well with this insight. */
  suits: readonly ExerciseKind[];
}

/** Breathing pace in seconds: the data a pacer animates. */
export interface Pacing {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

/** A guided exercise's shape: the words are in the text files, by id and step index. */
export interface Exercise {
  /** Stable id: it is stored in history, so never reuse or rename one. */
  id: string;
  kind: ExerciseKind;
  /** Seconds of each step, in order; the text files hold one line per step. */
  stepSeconds: readonly number[];
  /** The needs this exercise answers when a person picks "how are you feeling". */
  needs: readonly Need[];
  /** Breathing exercises only: the pace a guided player follows. */
  pacing?: Pacing;
  /**
   * The steps (by index) done with the eyes closed or lowered: the break
   * offers a soft chime at each step change there, since nobody reads with
   * closed eyes.
   */
  eyesClosed?: readonly number[];
}

/** The words of one exercise in one language. */
export interface ExerciseText {
  title: string;
  /** One line: what it is for. */
  purpose: string;
  /** One line per step, the same count as the exercise's stepSeconds. */
  steps: readonly string[];
  /** Shown before the exercise where it applies (stop if dizzy; skip what hurts). */
  caution?: string;
}

/** All the library's words in one language. */
export interface ContentText {
  insights: Readonly<Record<string, string>>;
  exercises: Readonly<Record<string, ExerciseText>>;
}

/** Total length of an exercise, from its steps so the two never disagree. */
export function exerciseSeconds(exercise: Exercise): number {
  return exercise.stepSeconds.reduce((sum, seconds) => sum + seconds, 0);
}
