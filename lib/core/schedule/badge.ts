import { MINUTE } from '@/lib/core/vocabulary';
import type { ScheduleState } from './types';

/** What the toolbar button shows: derived from the state and the time, never stored. */
export type Badge =
  | { kind: 'minutes'; minutes: number }
  | { kind: 'paused'; until: number | null }
  | { kind: 'due' }
  | { kind: 'none' };

/** The badge for a state at a time: minutes to the next break, a paused mark, or a break waiting. */
export function badgeFor(state: ScheduleState, now: number): Badge {
  if (state.pause) return { kind: 'paused', until: state.pause.until };
  if (state.activeBreak) return { kind: 'due' };
  if (state.nextBreakAt === null) return { kind: 'none' };
  return { kind: 'minutes', minutes: Math.max(0, Math.ceil((state.nextBreakAt - now) / MINUTE)) };
}
