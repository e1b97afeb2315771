import type { MicroOutcome } from '@/lib/core/vocabulary';
import { MICRO_DAY_MAX, type MicroTally, NO_MICRO, newestDays } from './micro-tally';

/*
 * Adding to the micro-break tally (./micro-tally.ts): one at a time as the
 * background counts them, or a whole file's as import merges it. Apart from
 * reading, so progress and history load none of it.
 */

/** The tally with one more micro-break on `day`. */
export function addMicro(tally: MicroTally, day: string, outcome: MicroOutcome): MicroTally {
  const counts = tally[day] ?? NO_MICRO;
  const next = { ...counts, [outcome]: Math.min(MICRO_DAY_MAX, counts[outcome] + 1) };
  return newestDays(Object.entries({ ...tally, [day]: next }));
}

/** Two tallies as one, each day's count the larger of the two: importing the same file twice adds nothing. */
export function mergeMicroTally(here: MicroTally, incoming: MicroTally): MicroTally {
  const days = new Map(Object.entries(here));
  for (const [day, counts] of Object.entries(incoming)) {
    const old = days.get(day) ?? NO_MICRO;
    days.set(day, {
      shown: Math.max(old.shown, counts.shown),
      skipped: Math.max(old.skipped, counts.skipped),
      snoozed: Math.max(old.snoozed, counts.snoozed),
    });
  }
  return newestDays([...days]);
}
