import { shownLocale, t } from '@/lib/browser/i18n';
import { dayStart } from '@/lib/core/history/dates';
import type { MessageKey } from '@/lib/core/message-key';

/*
 * Numbers, dates and counted words as progress writes them, in the language
 * shown (shownLocale). Formatters are made once: making one is slow, and a chart writes
 * a few dozen labels.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const format = numberFormats.get(name) ?? new Intl.NumberFormat(shownLocale(), options);
  numberFormats.set(name, format);
  return format;
}

function dateFormat(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const format = dateFormats.get(name) ?? new Intl.DateTimeFormat(shownLocale(), options);
  dateFormats.set(name, format);
  return format;
}

let plurals: Intl.PluralRules | undefined;

/**
 * The one or the other form for `n`, by the plural rules of the language
 * shown, not the browser's: English words under French rules would say
 * "0 break".
 */
function plural(n: number, one: MessageKey, other: MessageKey): MessageKey {
  plurals ??= new Intl.PluralRules(shownLocale());
  return plurals.select(n) === 'one' ? one : other;
}

/** A whole number: "1,234". */
export const count = (n: number) => numberFormat('count', {}).format(n);

/** An average mood, to one decimal: "2.8". */
export const moodValue = (n: number) =>
  numberFormat('mood', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

/** A mood change, signed, to one decimal: "+0.8", "-0.3", "0.0". */
export const moodChange = (n: number) =>
  numberFormat('change', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(n);

/** A share (0-1) as a percentage: "67%". */
export const percent = (share: number) => numberFormat('percent', { style: 'percent' }).format(share);

/** A counted word, the number in it: "1 break", "3 breaks". */
export const counted = (n: number, one: MessageKey, other: MessageKey) => t(plural(n, one, other), count(n));

/** Words that follow a number shown apart (a tile's label): "day in a row", "days in a row". */
export const wordFor = (n: number, one: MessageKey, other: MessageKey) => t(plural(n, one, other));

const dateOf = (day: string) => new Date(dayStart(day));

/** A 'YYYY-MM-DD' day as a short date: "5 Mar", "Mar 5". */
export const shortDate = (day: string) => dateFormat('date', { month: 'short', day: 'numeric' }).format(dateOf(day));

/** A 'YYYY-MM-DD' day with its weekday, for a table: "Thu, Mar 5". */
export const tableDate = (day: string) =>
  dateFormat('table-date', { weekday: 'short', month: 'short', day: 'numeric' }).format(dateOf(day));

/** A 'YYYY-MM-DD' day's weekday: "Mon" (short) or "Monday" (long). */
export const weekday = (day: string, width: 'short' | 'long') =>
  dateFormat(`weekday-${width}`, { weekday: width }).format(dateOf(day));

/** A 'YYYY-MM' month's short name: "Jan". */
export const monthName = (month: string) => dateFormat('month', { month: 'short' }).format(dateOf(`${month}-01`));
