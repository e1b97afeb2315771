import type { BreakContent } from './content/select';
import { isId, isRecord, isTime, memberOf } from './guards';
import type { PlayerState } from './player';
import { MINUTE } from './vocabulary';

/*
 * Where a person is in a break, as kept in session storage: small and
 * without the flow's logic (lib/core/break-flow.ts), since the popup's first
 * paint and the storage layer read it.
 */

export type Screen = 'arrive' | 'do' | 'close';

export interface BreakProgress {
  /** The break this belongs to: its start time (a later break starts afresh). */
  breakId: number;
  screen: Screen;
  player: PlayerState;
  /** When it was last saved: a player running when its page closed stopped then. */
  savedAt: number;
  /** What the break showed: the close screen keeps it once the schedule has ended the break. */
  content?: BreakContent;
}

/** How long the close screen stays for a popup opened again after the break ended. */
export const CLOSE_KEPT_MS = 10 * MINUTE;

/** True while `progress` is a close screen still worth showing at `now`. */
export const closeStillShown = (progress: BreakProgress | null, now: number): progress is BreakProgress =>
  progress?.screen === 'close' && progress.content !== undefined && now - progress.savedAt < CLOSE_KEPT_MS;

/**
 * The break a page shows at `now`, by its id: the running one, else one
 * whose close screen is still shown; undefined for none (the countdown).
 */
export function shownBreakId(
  activeBreak: { startedAt: number } | null,
  progress: BreakProgress | null,
  now: number,
): number | undefined {
  return activeBreak?.startedAt ?? (closeStillShown(progress, now) ? progress.breakId : undefined);
}

/** When a micro-break shown at `shownAt` ends by itself. */
export const microEndsAt = (settings: { microSeconds: number }, shownAt: number) =>
  shownAt + settings.microSeconds * 1000;

/** True while a micro-break is on screen at `now`: shown, its seconds not over, no break beside it. */
export function microOnScreen(
  settings: { microSeconds: number },
  state: { microShownAt: number | null; activeBreak: unknown },
  now: number,
): boolean {
  return state.microShownAt !== null && !state.activeBreak && microEndsAt(settings, state.microShownAt) > now;
}

const SCREENS = ['arrive', 'do', 'close'] as const;
const STATUSES = ['ready', 'running', 'paused', 'done'] as const;

/** Progress from session storage: null for anything that is not one (the break then starts at arrive). */
export function parseBreakProgress(raw: unknown): BreakProgress | null {
  if (!isRecord(raw) || !isRecord(raw.player)) return null;
  const { breakId, savedAt, content } = raw;
  const screen = memberOf(SCREENS, raw.screen);
  const status = memberOf(STATUSES, raw.player.status);
  const { step, stepStartedAt, elapsedInStep } = raw.player;
  const valid =
    isTime(breakId) && isTime(savedAt) && screen && status && Number.isSafeInteger(step) && (step as number) >= 0;
  if (!valid || !Number.isFinite(stepStartedAt) || !Number.isFinite(elapsedInStep) || (elapsedInStep as number) < 0) {
    return null;
  }
  const player = {
    status,
    step: step as number,
    stepStartedAt: stepStartedAt as number,
    elapsedInStep: elapsedInStep as number,
  };
  const shown = isRecord(content) && isId(content.insightId) && isId(content.exerciseId);
  return {
    breakId,
    screen,
    player,
    savedAt,
    ...(shown && { content: { insightId: content.insightId as string, exerciseId: content.exerciseId as string } }),
  };
}
