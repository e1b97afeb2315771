import { browser } from 'wxt/browser';
import { NEEDS, type Need } from '@/content/types';
import type { Outcome } from '@/lib/schedule/types';

/**
 * Every request the popup and options pages send to the background, by type.
 * The background is the one writer of schedule and history, so pages ask it.
 */
export interface ProtocolMap {
  takeBreakNow: { need?: Need };
  showAnother: { part: 'insight' | 'exercise' };
  checkSchedule: Record<never, never>;
  finishBreak: { outcome: Outcome };
}

/** A request as it travels: its type plus its fields. */
export type UiMessage = { [K in keyof ProtocolMap]: { type: K } & ProtocolMap[K] }[keyof ProtocolMap];

/** Sends a request to the background and waits until it has been applied. */
export async function sendToBackground(message: UiMessage): Promise<void> {
  await browser.runtime.sendMessage(message);
}

const OUTCOMES = new Set<unknown>(['taken', 'snoozed', 'skipped']);

/** Checks a received message, since anything may arrive: null when it is not a UiMessage. */
export function parseUiMessage(raw: unknown): UiMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as { type?: unknown; outcome?: unknown; need?: unknown; part?: unknown };
  switch (message.type) {
    case 'takeBreakNow': {
      const need = NEEDS.find((item) => item === message.need);
      return need ? { type: 'takeBreakNow', need } : { type: 'takeBreakNow' };
    }
    case 'showAnother':
      return message.part === 'insight' || message.part === 'exercise'
        ? { type: 'showAnother', part: message.part }
        : null;
    case 'checkSchedule':
      return { type: 'checkSchedule' };
    case 'finishBreak':
      return OUTCOMES.has(message.outcome) ? { type: 'finishBreak', outcome: message.outcome as Outcome } : null;
    default:
      return null;
  }
}
