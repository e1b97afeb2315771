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
  /**
   * Its one idea, named in a few words ("rest-eyes-by-looking-far"): no two
   * insights in rotation share one, so the library never says a thing twice.
   */
  idea: string;
  /**
   * Merged into another insight that says the same: never shown again, but
   * kept with its words so the history that names it still reads.
   */
  retiredInto?: string;
}

/**
 * Breathing pace in seconds: the data a pacer animates. `sip` is a second,
 * short breath in on top of the first (the physiological sigh).
 */
export interface Pacing {
  inhale: number;
  sip?: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

/** A pace holds the breath when either hold lasts. */
export const holdsBreath = (pacing: Pacing | undefined): boolean =>
  pacing !== undefined && (pacing.holdIn > 0 || pacing.holdOut > 0);

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
  /** Breath-hold exercises: the breathing exercise to offer instead, without holds. */
  noHold?: string;
  /** Movement: true when it can be done sitting (or in a wheelchair), else the id of its seated variant. */
  seated?: true | string;
  /** Reflection and looking back: the grounding exercise to switch to if it gets heavy. */
  ifHeavy?: string;
  /** Low mood: it takes the person into daylight or to a window. */
  daylight?: true;
  /** Rewritten beyond recognition or dropped: never picked, kept so history still names it. */
  retired?: true;
  /** A sequence as one exercise: each part's id and the index of its first step. */
  parts?: readonly { id: string; from: number }[];
}

/**
 * Several exercises in a sensible order, for a longer break: to the picker
 * and the player one exercise whose steps are its parts' steps in turn.
 */
export interface Sequence {
  /** Stable id, in the same space as the exercises' ids. */
  id: string;
  /** The exercises it chains, by id, in order. */
  parts: readonly string[];
  needs: readonly Need[];
  /** A sequence with a part done standing: the id of its seated variant. */
  seated?: string;
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

/**
 * Breathing steps name their counts by placeholder, filled from the pacing so
 * the words and the pacer cannot disagree: {in}, {sip}, {holdIn}, {out},
 * {holdOut} (seconds) and {rounds} (whole breaths in the step).
 */
export const PACING_PLACEHOLDERS = ['in', 'sip', 'holdIn', 'out', 'holdOut', 'rounds'] as const;

/** All the library's words in one language. */
export interface ContentText {
  insights: Readonly<Record<string, string>>;
  exercises: Readonly<Record<string, ExerciseText>>;
  /** A sequence's own words; its steps are its parts', its caution theirs unless it has one that says them shorter. */
  sequences: Readonly<Record<string, { title: string; purpose: string; caution?: string }>>;
}

/** Total length of an exercise, from its steps so the two never disagree. */
export function exerciseSeconds(exercise: Exercise): number {
  return exercise.stepSeconds.reduce((sum, seconds) => sum + seconds, 0);
}
