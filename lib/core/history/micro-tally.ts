import { isRecord, isWholeIn } from '@/lib/core/guards';
import { MICRO_OUTCOMES, type MicroOutcome } from '@/lib/core/vocabulary';
import { isDay } from './dates';

/*
 * Micro-breaks are counted by local day, apart from history's longer breaks:
 * a few dozen a day would crowd the history of breaks, and they never count
 * toward the daily goal. Pure, so storage, progress and import share it.
 */

/** One day's micro-breaks, by how each ended. */
export type MicroDay = Record<MicroOutcome, number>;

/** Micro-breaks by local day ('YYYY-MM-DD'). */
export type MicroTally = Readonly<Record<string, MicroDay>>;

/** Days kept: a bit over a year, as progress shows. */
export const MICRO_TALLY_DAYS = 400;

/** The most a day may count of one outcome: far more than one every 5 minutes, day and night. */
export const MICRO_DAY_MAX = 1000;

export const NO_MICRO: MicroDay = { shown: 0, skipped: 0, snoozed: 0 };

/** The newest `MICRO_TALLY_DAYS` days of a tally ('YYYY-MM-DD' sorts as text). */
export const newestDays = (days: [string, MicroDay][]): MicroTally =>
  Object.fromEntries(days.sort(([a], [b]) => a.localeCompare(b)).slice(-MICRO_TALLY_DAYS));

/** One day's counts (a missing one is none), or null when any is not a whole count in range. */
export function parseMicroDay(raw: unknown): MicroDay | null {
  if (!isRecord(raw)) return null;
  const day = { ...NO_MICRO };
  for (const outcome of MICRO_OUTCOMES) {
    const count = raw[outcome] ?? 0;
    if (!isWholeIn(count, 0, MICRO_DAY_MAX)) return null;
    day[outcome] = count;
  }
  return day;
}

/** A stored tally: every valid day kept, every damaged one left out, the newest days only. */
export function parseMicroTally(raw: unknown): MicroTally {
  const days = Object.entries(isRecord(raw) ? raw : {}).flatMap(([day, counts]): [string, MicroDay][] => {
    const parsed = isDay(day) ? parseMicroDay(counts) : null;
    return parsed ? [[day, parsed]] : [];
  });
  return newestDays(days);
}

/** The micro-breaks of the days from `from` to `to` ('YYYY-MM-DD', both included), added up. */
export function microBetween(tally: MicroTally, from: string, to: string): MicroDay {
  const sum = { ...NO_MICRO };
  for (const [day, counts] of Object.entries(tally)) {
    if (day < from || day > to) continue;
    for (const outcome of MICRO_OUTCOMES) sum[outcome] += counts[outcome];
  }
  return sum;
}
