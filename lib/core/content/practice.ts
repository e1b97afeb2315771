import type { ContentText, Exercise, ExerciseText, Pacing } from '@/content/types';
import { findExercise } from './find';

/*
 * A practice is what a break guides: a single exercise, or a sequence flattened
 * into one (content/library.ts). Here, the step-level facts both need: where
 * a step's part begins, its pace, and its words with the counts filled in.
 */

/** The part a step belongs to, and the step's index within it; a single exercise is its own part. */
export function partAt(exercise: Exercise, step: number): { part: Exercise; step: number } {
  const placed = exercise.parts?.findLast((part) => part.from <= step);
  const part = placed && findExercise(placed.id);
  return part && placed ? { part, step: step - placed.from } : { part: exercise, step };
}

/**
 * Breathing exercises pace their middle steps: the first sets up, the last
 * lets go. The pacing for `step`, or undefined where it is not paced.
 */
export function pacingAt(exercise: Exercise, step: number): Pacing | undefined {
  const at = partAt(exercise, step);
  const { pacing, stepSeconds } = at.part;
  return pacing !== undefined && at.step > 0 && at.step < stepSeconds.length - 1 ? pacing : undefined;
}

/** The first step of a breathing part: it sets up, so it shows as a caption. */
export function isSetupStep(exercise: Exercise, step: number): boolean {
  const at = partAt(exercise, step);
  return at.step === 0 && at.part.pacing !== undefined;
}

/** Seconds of one whole breath at this pace. */
export const breathSeconds = (pacing: Pacing) =>
  pacing.inhale + (pacing.sip ?? 0) + pacing.holdIn + pacing.exhale + pacing.holdOut;

/** A step's words with its counts filled from the pace: {in}, {out}, {rounds} … */
export function fillStep(words: string, exercise: Exercise, step: number): string {
  const { pacing } = exercise;
  if (!pacing) return words;
  const values: Record<string, number> = {
    in: pacing.inhale,
    sip: pacing.sip ?? 0,
    holdIn: pacing.holdIn,
    out: pacing.exhale,
    holdOut: pacing.holdOut,
    rounds: Math.round((exercise.stepSeconds[step] ?? 0) / breathSeconds(pacing)),
  };
  return words.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** A practice's words: for a sequence, its own title and its parts' steps in turn, each step's part named. */
export interface PracticeText extends ExerciseText {
  /** The title of the part each step belongs to (a sequence's steps come from several). */
  stepTitles: readonly string[];
}

/** The words of a practice in one language, counts filled; undefined where the text is missing. */
export function practiceText(library: ContentText, exercise: Exercise): PracticeText | undefined {
  const parts = exercise.parts ? exercise.parts.map((placed) => findExercise(placed.id)) : [exercise];
  const texts = parts.map((part) => part && library.exercises[part.id]);
  const own = exercise.parts ? library.sequences[exercise.id] : texts[0];
  if (!own || texts.some((text) => !text)) return undefined;
  const cautions = [...new Set(texts.flatMap((text) => (text?.caution ? [text.caution] : [])))];
  return {
    title: own.title,
    purpose: own.purpose,
    steps: parts.flatMap((part, i) =>
      (texts[i]?.steps ?? []).map((words, step) => fillStep(words, part ?? exercise, step)),
    ),
    stepTitles: parts.flatMap((_, i) => (texts[i]?.steps ?? []).map(() => texts[i]?.title ?? '')),
    ...(cautions.length > 0 && {
      caution: (exercise.parts && library.sequences[exercise.id]?.caution) || cautions.join(' '),
    }),
  };
}
