import type { Exercise } from '@/content/types';
import type { BreakProgress } from './break-progress';
import { nextStep, pausePlayer, previousStep, READY, resumePlayer, startPlayer, tick } from './player';
import type { ActiveBreak } from './schedule/types';
import type { Settings } from './settings/settings';

export type { BreakProgress } from './break-progress';

/*
 * A break, as the person lives it: three screens, one calm thing at a time.
 *
 *   arrive  the insight, and what Begin will do; Not now (snooze or skip)
 *   do      the exercise, step by step, with the player's clock
 *   close   a short acknowledgement, how they feel now, back to work
 *
 * Pure: every function takes the time and returns a new state, so the
 * components only render it, and it is kept in session storage as it is, so
 * a popup closed mid-break opens again on the same screen and step.
 */

/** A break on its first screen. */
export const arrive = (breakId: number, now: number): BreakProgress => ({
  breakId,
  screen: 'arrive',
  player: READY,
  savedAt: now,
});

/**
 * The progress saved for `active`, as it stands when a page opens again: the
 * same screen and step, and a player that was running when the page closed
 * paused where it was (the time in between was not spent on the exercise).
 * Progress of another break, or none, starts at arrive.
 */
export function reopen(saved: BreakProgress | null, active: ActiveBreak, now: number): BreakProgress {
  if (!saved || saved.breakId !== active.startedAt) return arrive(active.startedAt, now);
  if (saved.player.status !== 'running') return { ...saved, savedAt: now };
  return { ...saved, player: pausePlayer(saved.player, saved.savedAt), savedAt: now };
}

/** Begin: the exercise starts at its first step. */
export function begin(progress: BreakProgress, now: number): BreakProgress {
  if (progress.screen !== 'arrive') return progress;
  return { ...progress, screen: 'do', player: startPlayer(now), savedAt: now };
}

/** The player's controls, on the do screen only. */
export type PlayerAction = 'pause' | 'resume' | 'next' | 'back';

export function control(progress: BreakProgress, action: PlayerAction, exercise: Exercise, now: number): BreakProgress {
  if (progress.screen !== 'do') return progress;
  const current = tick(progress.player, exercise.stepSeconds, now);
  const player =
    action === 'pause'
      ? pausePlayer(current, now)
      : action === 'resume'
        ? resumePlayer(current, now)
        : action === 'next'
          ? nextStep(current, exercise.stepSeconds, now)
          : previousStep(current, now);
  return settle({ ...progress, player, savedAt: now });
}

/** The clock moved on: the player follows, and past its last step the break reaches close. */
export function advance(progress: BreakProgress, exercise: Exercise, now: number): BreakProgress {
  if (progress.screen !== 'do') return progress;
  const player = tick(progress.player, exercise.stepSeconds, now);
  return player === progress.player ? progress : settle({ ...progress, player, savedAt: now });
}

/** Another practice took the exercise's place (no holds, seated, grounding): on the do screen it starts from its first step. */
export function restart(progress: BreakProgress, now: number): BreakProgress {
  return progress.screen === 'do' ? { ...progress, player: startPlayer(now), savedAt: now } : progress;
}

/** End, on the do screen: the exercise was begun, so the break closes as taken. */
export function end(progress: BreakProgress, now: number): BreakProgress {
  return progress.screen === 'do' ? { ...progress, screen: 'close', savedAt: now } : progress;
}

/** A player that has finished brings the close screen. */
function settle(progress: BreakProgress): BreakProgress {
  return progress.player.status === 'done' ? { ...progress, screen: 'close' } : progress;
}

/**
 * Whether the arrive screen offers "How are you right now?": only when the
 * person checks in at all and did not start the break from a feeling (they
 * just said how they are). An answer stays shown, chosen.
 */
export function asksMoodBefore(settings: Settings, active: ActiveBreak): boolean {
  return settings.moodCheckIn && active.need === undefined;
}

/** Whether the close screen asks how they feel now. */
export const asksMoodAfter = (settings: Settings): boolean => settings.moodCheckIn;
