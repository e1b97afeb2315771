import { browser } from 'wxt/browser';
import { isLibraryId, NEEDS, type Need } from '@/content/types';
import type { BreakContent } from '@/lib/core/content/select';
import { isRecord, type Loose, memberOf } from '@/lib/core/guards';
import { parseMood } from '@/lib/core/history/parse';
import type { BreakNotes } from '@/lib/core/schedule/types';
import { ANSWERS, type Answer, type Mood, PAUSE_LENGTHS, type PauseLength } from '@/lib/core/vocabulary';

/**
 * Every request the popup and options pages send to the background, by type.
 * The background is the only writer of the schedule, and records every
 * break it ends, so pages ask it rather than writing either themselves.
 */
export interface ProtocolMap {
  takeBreakNow: { need?: Need };
  checkSchedule: Record<never, never>;
  showContent: BreakContent;
  beginExercise: Record<never, never>;
  finishBreak: { outcome: Answer; snoozeMinutes?: number } & BreakNotes;
  moodBefore: { mood: Mood };
  pause: { length: PauseLength };
  resume: Record<never, never>;
}

/** A request as it travels: its type plus its fields. */
export type UiMessage = { [K in keyof ProtocolMap]: { type: K } & ProtocolMap[K] }[keyof ProtocolMap];

/** What the browser says when the background stopped or restarted while a request was on its way. */
const BACKGROUND_GONE =
  /message (channel|port) (is )?closed|receiving end does not exist|could not establish connection/i;

/**
 * Sends a request to the background and waits until it has been applied.
 * A background that stopped mid-request (Chrome stops an idle worker) is
 * asked once more: every request is safe to repeat, since the second finds
 * the first's work done (a break already answered is not answered twice).
 */
export async function sendToBackground(message: UiMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    if (!BACKGROUND_GONE.test(String(error))) throw error;
    await browser.runtime.sendMessage(message);
  }
}

/** The longest note a message may carry; the schedule keeps at most NOTE_LIMIT of it. */
const NOTE_MESSAGE_LIMIT = 4096;

/**
 * A reader for every request type: a new request without one does not
 * compile. Each returns the checked request, or null for anything else.
 */
const READERS: { [K in keyof ProtocolMap]: (raw: Loose) => ({ type: K } & ProtocolMap[K]) | null } = {
  takeBreakNow: (raw) => {
    const need = memberOf(NEEDS, raw.need);
    return need ? { type: 'takeBreakNow', need } : { type: 'takeBreakNow' };
  },
  checkSchedule: () => ({ type: 'checkSchedule' }),
  showContent: ({ insightId, exerciseId }) =>
    isLibraryId(insightId) && isLibraryId(exerciseId) ? { type: 'showContent', insightId, exerciseId } : null,
  beginExercise: () => ({ type: 'beginExercise' }),
  finishBreak: (raw) => {
    const outcome = memberOf(ANSWERS, raw.outcome);
    if (!outcome) return null;
    const minutes = raw.snoozeMinutes;
    const moodAfter = parseMood(raw.moodAfter);
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
  moodBefore: (raw) => {
    const mood = parseMood(raw.mood);
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
