import type { DayRange, WorkingHours } from '@/lib/core/settings/settings';
import { MINUTE } from '@/lib/core/vocabulary';

/** How far a search looks ahead, in days: a whole week and one more, so today's weekday comes round again. */
const LOOKAHEAD_DAYS = 8;

/** "Pause until tomorrow" resumes at this local hour when no working hours say otherwise. */
const FALLBACK_RESUME_HOUR = 9;

/** One range placed on a real calendar day, in epoch milliseconds: end is exclusive. */
interface Stretch {
  start: number;
  end: number;
}

/**
 * Local midnight of the calendar day `offset` days after `time`'s day. Built from
 * the local date, not by adding 24 hours, so a 23- or 25-hour day counts as one day.
 */
function localDay(time: number, offset: number): Date {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset);
}

/**
 * The wall-clock time `minutes` after midnight on `day`, in epoch ms. 1440 is the next
 * midnight. A time a spring-forward jump skips (02:30) lands just after the jump
 * (03:30); a time a fall-back repeats (02:30) is its first occurrence.
 */
function wallClock(day: Date, minutes: number): number {
  const hour = Math.floor(minutes / 60);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minutes - hour * 60).getTime();
}

/** The ranges of `day`'s weekday placed on that day, earliest first; an empty or inverted range is skipped. */
function stretchesOn(hours: WorkingHours, day: Date): Stretch[] {
  const ranges: DayRange[] = hours.days[day.getDay()] ?? [];
  return ranges
    .map((range) => ({ start: wallClock(day, range.start), end: wallClock(day, range.end) }))
    .filter((stretch) => stretch.start < stretch.end)
    .sort((a, b) => a.start - b.start);
}

/** The first stretch that starts strictly after `time`, up to LOOKAHEAD_DAYS ahead, or null. */
function nextStretch(hours: WorkingHours, time: number): Stretch | null {
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const found = stretchesOn(hours, localDay(time, offset)).find((stretch) => stretch.start > time);
    if (found) return found;
  }
  return null;
}

/** When the next working stretch after `time` starts; null when working hours are off or hold no range. */
export function nextStretchStart(hours: WorkingHours, time: number): number | null {
  return hours.enabled ? (nextStretch(hours, time)?.start ?? null) : null;
}

/**
 * Whether a reminder may come at `time`: reminders come only inside working hours.
 * True inside some range of that local day (start inclusive, end exclusive), and
 * always true when working hours are off, since a new install reminds at any time.
 */
export function isWorkingTime(hours: WorkingHours, time: number): boolean {
  return !hours.enabled || rangeEndAt(hours, time) !== null;
}

/**
 * When the working stretch around `time` ends, in epoch ms, so a countdown knows
 * whether its break still fits before the person stops for the day. Null outside
 * every range, and null when working hours are off: then no stretch ever ends.
 * A range never runs past midnight, so only `time`'s own local day can hold it;
 * where ranges overlap, the latest end wins.
 */
export function rangeEndAt(hours: WorkingHours, time: number): number | null {
  if (!hours.enabled) return null;
  let end: number | null = null;
  for (const stretch of stretchesOn(hours, localDay(time, 0))) {
    if (stretch.start <= time && time < stretch.end && (end === null || stretch.end > end)) end = stretch.end;
  }
  return end;
}

/**
 * When the next break is due if a countdown of `intervalMs` starts at `from`.
 * Reminders come only inside working hours, so a break that would fall after the
 * current stretch ends (or a countdown that starts outside working hours) moves to
 * the next stretch: a full interval after it starts, so the person gets a settled
 * stretch of work before the first break. A stretch shorter than the interval still
 * gets its one break, a minute before it ends (never before it starts), rather than
 * none. With working hours off, or no ranges on any day, it is plain `from + intervalMs`:
 * a break is never "never".
 */
export function nextBreakTime(hours: WorkingHours, from: number, intervalMs: number): number {
  const plain = from + intervalMs;
  if (!hours.enabled) return plain;
  const end = rangeEndAt(hours, from);
  if (end !== null && plain <= end) return plain;
  const next = nextStretch(hours, from);
  if (next === null) return plain;
  return Math.max(next.start, Math.min(next.start + intervalMs, next.end - MINUTE));
}

/**
 * Where "pause until tomorrow" resumes: the start of the first range on a later
 * local day than `time`'s, up to eight days ahead, so reminders come back when work
 * does rather than at midnight. With working hours off, or no ranges at all,
 * 09:00 local on the next day, a gentle time to start reminding again.
 */
export function startOfTomorrowsWork(hours: WorkingHours, time: number): number {
  if (hours.enabled) {
    for (let offset = 1; offset <= LOOKAHEAD_DAYS; offset++) {
      const first = stretchesOn(hours, localDay(time, offset))[0];
      if (first) return first.start;
    }
  }
  return wallClock(localDay(time, 1), FALLBACK_RESUME_HOUR * 60);
}
