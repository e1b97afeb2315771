import { browser } from 'wxt/browser';
import { NEEDS, type Need } from '@/content/types';
import { memberOf } from '@/lib/core/guards';
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
  showAnother: { part: 'insight' | 'exercise' };
  finishBreak: { outcome: Answer; snoozeMinutes?: number } & BreakNotes;
  moodBefore: { mood: Mood };
  pause: { length: PauseLength };
  resume: Record<never, never>;
}

/** A request as it travels: its type plus its fields. */
export type UiMessage = { [K in keyof ProtocolMap]: { type: K } & ProtocolMap[K] }[keyof ProtocolMap];

/** Sends a request to the background and waits until it has been applied. */
export async function sendToBackground(message: UiMessage): Promise<void> {
  await browser.runtime.sendMessage(message);
}

/** Checks a received message, since anything may arrive: null when it is not a UiMessage. */
export function parseUiMessage(raw: unknown): UiMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as Partial<
    Record<'type' | 'outcome' | 'need' | 'part' | 'length' | 'snoozeMinutes' | 'mood' | 'moodAfter' | 'note', unknown>
  >;
  switch (message.type) {
    case 'takeBreakNow': {
      const need = memberOf(NEEDS, message.need);
      return need ? { type: 'takeBreakNow', need } : { type: 'takeBreakNow' };
    }
    case 'showAnother':
      return message.part === 'insight' || message.part === 'exercise'
        ? { type: 'showAnother', part: message.part }
        : null;
    case 'checkSchedule':
    case 'resume':
      return { type: message.type };
    case 'finishBreak': {
      const outcome = memberOf(ANSWERS, message.outcome);
      if (!outcome) return null;
      const minutes = message.snoozeMinutes;
      const moodAfter = parseMood(message.moodAfter);
      return {
        type: 'finishBreak',
        outcome,
        ...(typeof minutes === 'number' && { snoozeMinutes: minutes }),
        ...(moodAfter && { moodAfter }),
        ...(typeof message.note === 'string' && message.note.trim() && { note: message.note }),
      };
    }
    case 'moodBefore': {
      const mood = parseMood(message.mood);
      return mood ? { type: 'moodBefore', mood } : null;
    }
    case 'pause': {
      const length = memberOf(PAUSE_LENGTHS, message.length);
      return length === undefined ? null : { type: 'pause', length };
    }
    default:
      return null;
  }
}
