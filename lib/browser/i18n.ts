import { browser } from 'wxt/browser';
import type { MessageKey } from '@/lib/core/message-key';

/**
 * A UI string in the browser's language. Every visible word goes through here,
 * so a new language is a new messages.json and nothing else.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** One formatter for every time shown: making one is slow, and a history page shows a hundred. */
let clock: Intl.DateTimeFormat | undefined;

/**
 * A time of day the way the person's browser writes it ("04:15" or "4:15 AM"):
 * the locale's short time style chooses its clock and whether to pad, where
 * a '2-digit' hour wrote "04:15 AM" even for a 12-hour clock.
 */
export function clockTime(time: number): string {
  clock ??= new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
  return clock.format(time);
}
