import type { Exercise } from '@/content/types';
import type { BreakProgress } from './break-flow';
import { pacingAt } from './content/practice';
import { breathingPhase, type PlayerState, view } from './player';
import type { Settings } from './settings/settings';

/** The moment an exercise is in at `now`: its step and, on a paced step, the breath. A new moment may chime. */
export function momentOf(exercise: Exercise, player: PlayerState, now: number): string {
  const pacing = pacingAt(exercise, player.step);
  if (!pacing) return `${player.step}`;
  const into = view(player, exercise.stepSeconds, now).secondsIntoStep;
  return `${player.step}.${breathingPhase(pacing, into).phaseIndex}`;
}

/** A chime: 'phase' (short) as a step or breath begins, 'end' (longer, lower) as the exercise ends. */
export type BreakChime = 'phase' | 'end';

/**
 * Which chime marks the clock moving the break from moment `before` to
 * `after` (never a button the person pressed): with sound on, every breath
 * and step; with the step chime, offered where eyes are closed, every step;
 * either way the end.
 */
export function chimeFor(
  settings: Settings,
  exercise: Exercise,
  before: string,
  after: BreakProgress,
  now: number,
): BreakChime | null {
  const stepChime = settings.stepChime && exercise.eyesClosed !== undefined;
  if (!settings.sound && !stepChime) return null;
  if (after.screen === 'close') return 'end';
  if (after.screen !== 'do' || after.player.status !== 'running') return null;
  const moment = momentOf(exercise, after.player, now);
  if (moment === before) return null;
  const newStep = moment.split('.')[0] !== before.split('.')[0];
  return settings.sound || newStep ? 'phase' : null;
}
