import { NEEDS } from '@/content/types';
import { isId, isRecord, isTime, memberOf } from '@/lib/core/guards';
import { MOODS } from '@/lib/core/vocabulary';

import { type ActiveBreak, INITIAL_STATE, type ScheduleState } from './types';

/*
 * The schedule from storage: every valid field kept, every invalid one
 * defaulted, so the background never crashes on a hand edit or an old shape.
 * A broken countdown is left null for decide() to restart.
 */

const orNull = (v: unknown): number | null => (isTime(v) ? v : null);

function parseActiveBreak(raw: unknown): ActiveBreak | null {
  if (!isRecord(raw)) return null;
  const { startedAt, insightId, exerciseId, trigger } = raw;
  if (!isTime(startedAt)) return null;
  // Content comes as a pair, once a page has shown the break.
  const content = isId(insightId) && isId(exerciseId) ? { insightId, exerciseId } : {};
  const need = memberOf(NEEDS, raw.need);
  const moodBefore = memberOf(MOODS, raw.moodBefore);
  const begunAt = isTime(raw.begunAt) && raw.begunAt >= startedAt ? raw.begunAt : undefined;
  return {
    startedAt,
    ...content,
    trigger: trigger === 'manual' ? 'manual' : 'schedule',
    ...(need && { need }),
    ...(moodBefore && { moodBefore }),
    ...(begunAt !== undefined && { begunAt }),
  };
}

/** Schedule state from storage; a broken countdown is left null for the schedule to restart. */
export function parseSchedule(raw: unknown): ScheduleState {
  if (!isRecord(raw)) return { ...INITIAL_STATE };
  return {
    nextBreakAt: orNull(raw.nextBreakAt),
    cycleStartedAt: orNull(raw.cycleStartedAt),
    snoozed: raw.snoozed === true,
    snoozesInRow:
      Number.isInteger(raw.snoozesInRow) && (raw.snoozesInRow as number) >= 0 ? (raw.snoozesInRow as number) : 0,
    activeBreak: parseActiveBreak(raw.activeBreak),
    recentInsightIds: Array.isArray(raw.recentInsightIds) ? raw.recentInsightIds.filter(isId) : [],
    lastExerciseId: isId(raw.lastExerciseId) ? raw.lastExerciseId : null,
    // A pause whose end is not a time, but not "until resumed" either, is no pause.
    pause:
      isRecord(raw.pause) && (raw.pause.until === null || isTime(raw.pause.until))
        ? { until: orNull(raw.pause.until) }
        : null,
    deferredSince: orNull(raw.deferredSince),
    idleSince: orNull(raw.idleSince),
    nextMicroAt: orNull(raw.nextMicroAt),
    microShownAt: orNull(raw.microShownAt),
  };
}
