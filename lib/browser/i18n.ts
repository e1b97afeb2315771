import { browser } from 'wxt/browser';
import type { MessageKey, PluralKey } from '@/lib/core/message-key';
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

/**
 * Marks the page with the language it is shown in and that language's
 * direction, and gives it its title in that language, before it renders.
 */
export function markPageLanguage(title: MessageKey): void {
  const root = document.documentElement;
  root.lang = shownLocale();
  root.dir = textDirection(root.lang);
  document.title = t(title);
}

/** Formatters by what they write: making one is slow, and a page writes many numbers. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const format = formats.get(name) ?? new Intl.NumberFormat(shownLocale(), options);
  formats.set(name, format);
  return format;
}

/** A number as the language shown writes it: "1,234" or "1.234" or "١٬٢٣٤". */
export const formatNumber = (n: number, options: Intl.NumberFormatOptions = {}) =>
  numberFormat(JSON.stringify(options), options).format(n);

/**
 * A length of time in the words of the language shown, which Intl knows with
 * its plural forms: "5 min" or "5 Min." (short), "5 minutes" or "5 минут" (long).
 */
export const duration = (n: number, unit: 'second' | 'minute' | 'hour', width: 'short' | 'long') =>
  formatNumber(n, { style: 'unit', unit, unitDisplay: width });

let plurals: Intl.PluralRules | undefined;

/**
 * A message with a count in it, in the plural form the language shown needs
 * for that count: `key_one`, `key_few`, `key_many` ... as its rules say, or
 * `key_other` where a language gives no special form. The count, written as
 * the language writes numbers, is the message's first placeholder; `rest`
 * fills the others.
 */
export function tCount(key: PluralKey, n: number, rest: string[] = []): string {
  plurals ??= new Intl.PluralRules(shownLocale());
  const substitutions = [formatNumber(n), ...rest];
  // A form English lacks (`_few`) is not among the typed names, but any locale may hold it.
  const form = browser.i18n.getMessage(`${key}_${plurals.select(n)}` as MessageKey, substitutions);
  return form || t(`${key}_other`, substitutions);
}

/**
 * Text of another language inside a message ("البدء: Box breathing, 3 min"),
 * set apart so each keeps its own direction: Unicode's first-strong isolate.
 * Only on a page read right to left, where the library's words may run the
 * other way; elsewhere both run left to right and the text stays as it is.
 */
export const isolated = (text: string) => (textDirection(shownLocale()) === 'rtl' ? `\u2068${text}\u2069` : text);

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
