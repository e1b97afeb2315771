import type { HistoryEntry } from '@/lib/core/history/types';
import { cleanNote } from '@/lib/core/text';
import type { Outcome } from '@/lib/core/vocabulary';
import type { ActiveBreak, BreakNotes } from './types';

/**
 * The history entry for the break on screen as it ends: with its content,
 * the need it answered, the moods and the note. The outcome follows the one
 * rule every part of Breathing Room counts by: a break whose exercise was
 * begun is taken, however it ends; one ended before that is skipped or, left
 * to expire, missed; a snooze is a snooze.
 */
export function closeBreak(
  active: ActiveBreak,
  ending: Outcome,
  endedAt: number,
  notes: BreakNotes = {},
): HistoryEntry {
  const outcome: Outcome =
    ending === 'snoozed' ? ending : active.begunAt !== undefined ? 'taken' : ending === 'taken' ? 'skipped' : ending;
  const note = notes.note === undefined ? '' : cleanNote(notes.note);
  return {
    id: String(active.startedAt),
    startedAt: active.startedAt,
    endedAt: Math.max(endedAt, active.startedAt),
    outcome,
    // A break that expired unseen never got its content.
    ...(active.insightId && active.exerciseId && { insightId: active.insightId, exerciseId: active.exerciseId }),
    ...(active.need && { need: active.need }),
    ...(active.moodBefore && { moodBefore: active.moodBefore }),
    ...(notes.moodAfter && { moodAfter: notes.moodAfter }),
    ...(note && { note }),
  };
}
