import { browser } from 'wxt/browser';
import type { MessageKey } from '@/lib/core/message-key';
import { textDirection } from '@/lib/core/text-direction';

/**
 * A UI string in the browser's language. Every visible word goes through here,
 * so a new language is a new messages.json and nothing else.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

let shown: string | undefined;

/**
 * The language of the words actually shown: the code the messages file in
 * use gives itself (localeCode), after the browser's fallback. A browser in a
 * language Breathing Room has no translation for shows English, so this says
 * "en" there, and dates, numbers and counted words follow the words, not the
 * browser. A mistyped code counts as English.
 */
export function shownLocale(): string {
  if (shown === undefined) {
    try {
      shown = Intl.getCanonicalLocales(t('localeCode'))[0] ?? 'en';
    } catch {
      shown = 'en';
    }
  }
  return shown;
}

/** Marks the page with the language it is shown in and that language's direction, before it renders. */
export function markPageLanguage(): void {
  const root = document.documentElement;
  root.lang = shownLocale();
  root.dir = textDirection(root.lang);
}

/** One formatter for every time shown: making one is slow, and a history page shows a hundred. */
let clock: Intl.DateTimeFormat | undefined;

/**
 * A time of day the way the language shown writes it ("16:15" or "4:15 PM"):
 * its short time style chooses the clock and whether to pad, where a
 * '2-digit' hour wrote "04:15 AM" even for a 12-hour clock.
 */
export function clockTime(time: number): string {
  clock ??= new Intl.DateTimeFormat(shownLocale(), { timeStyle: 'short' });
  return clock.format(time);
}
