import { browser } from 'wxt/browser';
import type { Need } from '@/content/types';
import type { BreakContent } from '@/lib/core/content/select';
import type { BreakNotes } from '@/lib/core/schedule/types';
import type { Answer, MicroOutcome, Mood, PauseLength } from '@/lib/core/vocabulary';

/**
 * Every request the popup and options pages send to the background, by type.
 * The background is the only writer of the schedule, and records every
 * break it ends, so pages ask it rather than writing either themselves. It
 * checks each request as it arrives (./message-readers.ts).
 */
export interface ProtocolMap {
  /** openView: asked from a page that is not the break's own (the welcome page), so the break opens as a reminder would. */
  takeBreakNow: { need?: Need; openView?: true };
  checkSchedule: Record<never, never>;
  showContent: BreakContent;
  beginExercise: Record<never, never>;
  amendBreak: { id: string } & BreakNotes;
  finishBreak: { outcome: Answer; snoozeMinutes?: number } & BreakNotes;
  finishMicro: { outcome: MicroOutcome };
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
 * How long a request may wait for its answer before it is sent again. A
 * worker that Chrome stops just as a request arrives can drop it without a
 * word (seen in the e2e tests); the slowest real request (a break recorded
 * into years of history) takes well under a second.
 */
const ANSWER_WITHIN_MS = 4000;

/** The background gave no answer in time, as a page tells the person (errors.ts). */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

/**
 * `request`, or a NoAnswerError once the wait is over. The timer is left to
 * run out: rejecting a race already settled does nothing.
 */
function answerWithin<T>(request: Promise<T>): Promise<T> {
  const late = new Promise<never>((_, reject) => setTimeout(() => reject(new NoAnswerError()), ANSWER_WITHIN_MS));
  return Promise.race([request, late]);
}

/** How many times a request is sent before the page says the background is gone. */
const ASKS = 3;

/** A worker told to stop takes a moment to start again: the next ask waits this long. */
const RESTART_MS = 500;

/**
 * Sends a request to the background and waits until it has been applied.
 * A background that stopped mid-request (Chrome stops an idle worker), or
 * that did not answer in time, is asked again, up to three times in all:
 * every request is safe to repeat, since a later ask finds the earlier one's
 * work done (a break already answered is not answered twice).
 */
export async function sendToBackground(message: UiMessage): Promise<void> {
  for (let ask = 1; ; ask++) {
    try {
      await answerWithin(browser.runtime.sendMessage(message));
      return;
    } catch (error) {
      const timedOut = error instanceof NoAnswerError;
      if (ask === ASKS || (!timedOut && !BACKGROUND_GONE.test(String(error)))) throw error;
      if (!timedOut) await new Promise((restarted) => setTimeout(restarted, RESTART_MS));
    }
  }
}
