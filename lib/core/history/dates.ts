import { DAY } from '@/lib/core/vocabulary';

/*
 * Days follow the person's wall clock. A local day is 23 or 25 hours around a
 * clock change, so day arithmetic never adds multiples of 24 hours to a time:
 * it works on the calendar date itself.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A local Date's own calendar day, as 'YYYY-MM-DD'. */
const format = (date: Date) => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The local date of a time, as 'YYYY-MM-DD'. */
export function localDay(time: number): string {
  return format(new Date(time));
}

/** Start of the local day `days` calendar days before the day of `time` (a calendar step: DST-safe). */
export function startOfDayAgo(time: number, days: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - days);
  return day.getTime();
}

/** Start of a 'YYYY-MM-DD' day, in local time, in ms. */
export function dayStart(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const start = new Date(2000, 0, 1);
  // setFullYear, not the constructor: the constructor reads years 0-99 as 1900-1999.
  start.setFullYear(year, month - 1, date);
  return start.getTime();
}

/** Days in 400 Gregorian years, exactly: shifting by it keeps Date.UTC off its 1900s reading of years 0-99. */
const CYCLE_DAYS = 146_097;

/**
 * A 'YYYY-MM-DD' day as a count of calendar days (0 is 1970-01-01), so days
 * compare and step as whole numbers. Counted on UTC dates, which have no
 * clock changes: a pure calendar count, the same in every time zone, and
 * quick (streaks take thousands of steps).
 */
export function dayNumber(day: string): number {
  const [year, month, date] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  return Date.UTC(year + 400, month - 1, date) / DAY - CYCLE_DAYS;
}

/** The 'YYYY-MM-DD' day of a day number. */
export function dayOfNumber(n: number): string {
  const date = new Date((n + CYCLE_DAYS) * DAY);
  return `${pad(date.getUTCFullYear() - 400, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day `n` calendar days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  return dayOfNumber(dayNumber(day) + n);
}

/** Start of the local week that contains `time`: Monday, 00:00. */
export function startOfWeek(time: number): number {
  const day = new Date(time);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** True for a real calendar day written as 'YYYY-MM-DD'. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && localDay(dayStart(value)) === value;
}

/**
 * localDay for many times in a row: remembers the last day's bounds, so a
 * long run of times in order costs one Date per day, not one per time.
 */
export function dayKeyer(): (time: number) => string {
  let start = 0;
  let end = -1;
  let key = '';
  return (time) => {
    if (time >= start && time < end) return key;
    const day = new Date(time);
    key = format(day);
    day.setHours(0, 0, 0, 0);
    start = day.getTime();
    // The next midnight by the calendar: 23, 24 or 25 hours on.
    day.setDate(day.getDate() + 1);
    end = day.getTime();
    return key;
  };
}
