/*
 * Working hours as a time field shows them, shared by the options page's
 * editor and the welcome page: storage keeps minutes after midnight and
 * Sunday at 0, as Date#getDay counts; people read "09:00" and Monday first.
 */

/** Monday first, as most calendars show a week. */
export const WEEK_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0] as const;

const LAST_MINUTE = 23 * 60 + 59;

/** "HH:MM" (seconds ignored) as minutes after midnight; null for a cleared or malformed field. */
export function timeToMinutes(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes after midnight as "HH:MM". A stored end of 24:00 shows as 23:59, the latest a time field takes. */
export function minutesToTime(minutes: number): string {
  const clamped = Math.min(Math.max(minutes, 0), LAST_MINUTE);
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}
