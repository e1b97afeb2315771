import { formatNumber, shownLocale } from '@/lib/browser/i18n';
import { dayStart } from '@/lib/core/history/dates';

/*
 * Numbers and dates as progress writes them, in the language
 * shown (shownLocale). Formatters are made once: making one is slow, and a chart writes
 * a few dozen labels.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const format = dateFormats.get(name) ?? new Intl.DateTimeFormat(shownLocale(), options);
  dateFormats.set(name, format);
  return format;
}

/** A whole number: "1,234". */
export const count = (n: number) => formatNumber(n);

/** An average mood, to one decimal: "2.8". */
export const moodValue = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A mood change, signed, to one decimal: "+0.8", "-0.3", "0.0". */
export const moodChange = (n: number) =>
  formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** A share (0-1) as a percentage: "67%". */
export const percent = (share: number) => formatNumber(share, { style: 'percent' });

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
