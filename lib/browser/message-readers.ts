import { isLibraryId, NEEDS } from '@/content/types';
import { isId, isRecord, type Loose, memberOf } from '@/lib/core/guards';

import { ANSWERS, MICRO_OUTCOMES, MOODS, PAUSE_LENGTHS } from '@/lib/core/vocabulary';
import type { ProtocolMap, UiMessage } from './messages';

/*
 * The background's side of ./messages.ts: every request checked as it
 * arrives, apart from the sending side so the pages do not carry it.
 */

/** The longest note a message may carry; the schedule keeps at most NOTE_LIMIT of it. */
const NOTE_MESSAGE_LIMIT = 4096;

/**
 * A reader for every request type: a new request without one does not
 * compile. Each returns the checked request, or null for anything else.
 */
const READERS: { [K in keyof ProtocolMap]: (raw: Loose) => ({ type: K } & ProtocolMap[K]) | null } = {
  takeBreakNow: (raw) => {
    const need = memberOf(NEEDS, raw.need);
    return { type: 'takeBreakNow', ...(need && { need }), ...(raw.openView === true && { openView: true }) };
  },
  checkSchedule: () => ({ type: 'checkSchedule' }),
  showContent: ({ insightId, exerciseId }) =>
    isLibraryId(insightId) && isLibraryId(exerciseId) ? { type: 'showContent', insightId, exerciseId } : null,
  beginExercise: () => ({ type: 'beginExercise' }),
  amendBreak: (raw) => {
    if (!isId(raw.id)) return null;
    const moodAfter = memberOf(MOODS, raw.moodAfter);
    const note = typeof raw.note === 'string' && raw.note.length <= NOTE_MESSAGE_LIMIT ? raw.note : undefined;
    return { type: 'amendBreak', id: raw.id, ...(moodAfter && { moodAfter }), ...(note !== undefined && { note }) };
  },
  finishBreak: (raw) => {
    const outcome = memberOf(ANSWERS, raw.outcome);
    if (!outcome) return null;
    const minutes = raw.snoozeMinutes;
    const moodAfter = memberOf(MOODS, raw.moodAfter);
    const note = typeof raw.note === 'string' && raw.note.length <= NOTE_MESSAGE_LIMIT ? raw.note : undefined;
    return {
      type: 'finishBreak',
      outcome,
      ...(typeof minutes === 'number' && { snoozeMinutes: minutes }),
      ...(moodAfter && { moodAfter }),
      // Kept as typed: the schedule cleans it (control characters, length) as it records it.
      ...(note?.trim() && { note }),
    };
  },
  finishMicro: (raw) => {
    const outcome = memberOf(MICRO_OUTCOMES, raw.outcome);
    return outcome ? { type: 'finishMicro', outcome } : null;
  },
  moodBefore: (raw) => {
    const mood = memberOf(MOODS, raw.mood);
    return mood ? { type: 'moodBefore', mood } : null;
  },
  pause: (raw) => {
    const length = memberOf(PAUSE_LENGTHS, raw.length);
    return length === undefined ? null : { type: 'pause', length };
  },
  resume: () => ({ type: 'resume' }),
};

/** Checks a received message, since anything may arrive: null when it is not a UiMessage. */
export function parseUiMessage(raw: unknown): UiMessage | null {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !Object.hasOwn(READERS, raw.type)) return null;
  return READERS[raw.type as keyof ProtocolMap](raw);
}
