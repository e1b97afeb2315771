import fc from 'fast-check';
import { EXERCISES, INSIGHTS } from '@/content/library';
import { NEEDS } from '@/content/types';
import { addDays } from '@/lib/core/history/dates';
import type { DayTotals, HistoryEntry, HistoryStore } from '@/lib/core/history/types';
import type { Mood, Outcome } from '@/lib/core/vocabulary';

/*
 * Arbitraries for history's property tests: only what the app could have
 * stored, so a test that fails points at the code, not at the generator.
 */

const MINUTE = 60_000;
/** 2024 to 2027 in local time: leap days, year ends and a few clock changes each way. */
const FROM = new Date(2024, 0, 1).getTime();
const TO = new Date(2027, 11, 31).getTime();

const mood = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Mood>;
/** Exercise ids of the library, and one that no longer exists: history outlives content. */
const exerciseId = fc.constantFrom(...EXERCISES.map((exercise) => exercise.id), 'retired-exercise');

/** One valid entry: whole-ms times, as Date.now() gives them. */
export const entryArb = (from = FROM, to = TO): fc.Arbitrary<HistoryEntry> =>
  fc
    .record(
      {
        startedAt: fc.integer({ min: from, max: to }),
        // Up to four hours, past the two-hour cap on mindful time.
        duration: fc.oneof(fc.integer({ min: 0, max: 15 * MINUTE }), fc.integer({ min: 0, max: 240 * MINUTE })),
        outcome: fc.constantFrom<Outcome>('taken', 'skipped', 'snoozed', 'natural'),
        insightId: fc.constantFrom(...INSIGHTS.map((insight) => insight.id)),
        exerciseId,
        need: fc.constantFrom(...NEEDS),
        moodBefore: mood,
        moodAfter: mood,
        note: fc.string({ minLength: 1, maxLength: 280 }),
        id: fc.string({ minLength: 1, maxLength: 100 }),
      },
      { requiredKeys: ['startedAt', 'duration', 'outcome', 'insightId', 'exerciseId'] },
    )
    .map(({ startedAt, duration, outcome, insightId, exerciseId, id, ...notes }) => ({
      id: id ?? String(startedAt),
      startedAt,
      endedAt: startedAt + duration,
      outcome,
      // A natural break has no content.
      ...(outcome !== 'natural' && { insightId, exerciseId }),
      ...notes,
    }));

/** A day's totals as folding makes them: whole, non-negative numbers. */
export const totalsArb: fc.Arbitrary<DayTotals> = fc.record({
  taken: fc.nat(40),
  skipped: fc.nat(40),
  snoozed: fc.nat(40),
  natural: fc.nat(40),
  mindfulSeconds: fc.nat(40 * 7200),
});

/** A local day in 2020-2025: mostly before the entries' years, as folded days are, and some in them. */
export const dayArb = fc.nat(6 * 366 - 1).map((n) => addDays('2020-01-01', n));

/** A valid store: entries oldest first by end, and folded days. */
export const storeArb = (entries = fc.array(entryArb(), { maxLength: 60 })): fc.Arbitrary<HistoryStore> =>
  fc.record({
    entries: entries.map((list) => [...list].sort((a, b) => a.endedAt - b.endedAt)),
    days: fc.dictionary(dayArb, totalsArb, { maxKeys: 20 }),
  });

/** A local wall-clock time, month 1-12, at noon unless told. */
export const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

/** A three-minute break that ended at `endedAt`. */
export const breakEnding = (endedAt: number, outcome: Outcome = 'taken', extra: Partial<HistoryEntry> = {}) =>
  ({
    id: String(endedAt - 3 * MINUTE),
    startedAt: endedAt - 3 * MINUTE,
    endedAt,
    outcome,
    ...(outcome !== 'natural' && { insightId: 'trust-pace', exerciseId: 'box-breathing' }),
    ...extra,
  }) as HistoryEntry;

/** A store of these entries and folded days. */
export const storeOf = (entries: HistoryEntry[], days: HistoryStore['days'] = {}): HistoryStore => ({ entries, days });
