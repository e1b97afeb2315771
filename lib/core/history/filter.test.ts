// Berlin: its clocks change at 02:00 (last Sunday of March) and 03:00 (last Sunday of October).
process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS } from '@/content/types';
import { findExercise } from '@/lib/core/content/select';
import { OUTCOMES } from '@/lib/core/vocabulary';
import { at, breakEnding, entryArb, storeArb, storeOf } from '@/tests/support/arbitraries';
import { localDay } from './dates';
import { filterHistory, foldCase, groupByDay, type HistoryFilter, NO_FILTER } from './filter';
import type { HistoryEntry } from './types';

const filterArb: fc.Arbitrary<HistoryFilter> = fc.record({
  outcome: fc.constantFrom('all' as const, ...OUTCOMES),
  kind: fc.constantFrom('all' as const, ...EXERCISE_KINDS),
  search: fc.string({ maxLength: 6 }),
});

const ids = (entries: readonly HistoryEntry[]) => entries.map((entry) => entry.id);

describe('filterHistory', () => {
  const history = storeOf([
    breakEnding(at(2026, 3, 2, 9), 'taken', { note: 'My shoulders were up by my ears.' }),
    breakEnding(at(2026, 3, 2, 10), 'skipped'),
    breakEnding(at(2026, 3, 3, 9), 'natural', { note: 'A walk in the park' }),
    breakEnding(at(2026, 3, 3, 11), 'taken', { exerciseId: 'one-small-step', note: 'SHOULDERS again' }),
    breakEnding(at(2026, 3, 4, 9), 'missed'),
  ]).entries;
  const [shoulders, skipped, walk, again, missed] = ids(history);

  it('lists every break newest first when nothing is filtered', () => {
    expect(ids(filterHistory(history, NO_FILTER))).toEqual([missed, again, walk, skipped, shoulders]);
  });

  it('keeps one outcome, or one kind of exercise (a natural break has none)', () => {
    expect(ids(filterHistory(history, { ...NO_FILTER, outcome: 'taken' }))).toEqual([again, shoulders]);
    expect(ids(filterHistory(history, { ...NO_FILTER, kind: 'breathing' }))).toEqual([missed, skipped, shoulders]);
    expect(ids(filterHistory(history, { ...NO_FILTER, kind: 'reflection' }))).toEqual([again]);
  });

  it("filters the person's own exercises by their kind when the page knows it", () => {
    const own = storeOf([breakEnding(at(2026, 3, 5, 9), 'taken', { exerciseId: 'own-b2' })]).entries;
    const eyes = { ...NO_FILTER, kind: 'eyes' } as const;
    expect(filterHistory(own, eyes)).toEqual([]);
    expect(filterHistory(own, eyes, (id) => (id === 'own-b2' ? 'eyes' : undefined))).toEqual(own);
  });

  it('finds notes holding the words in any case, trimmed, and combines that with the other filters', () => {
    expect(ids(filterHistory(history, { ...NO_FILTER, search: 'Shoulders' }))).toEqual([again, shoulders]);
    expect(ids(filterHistory(history, { ...NO_FILTER, search: '  WALK IN ' }))).toEqual([walk]);
    expect(ids(filterHistory(history, { ...NO_FILTER, search: 'shoulders', kind: 'breathing' }))).toEqual([shoulders]);
    expect(filterHistory(history, { ...NO_FILTER, search: 'shoulders', outcome: 'natural' })).toEqual([]);
    expect(filterHistory(history, { ...NO_FILTER, search: 'tea' })).toEqual([]);
  });

  it('reads a blank search as no search: breaks without a note stay', () => {
    expect(filterHistory(history, { ...NO_FILTER, search: ' \t ' })).toEqual(filterHistory(history, NO_FILTER));
  });

  it('sets case aside the way people write it: ß and SS, a final sigma and a sigma', () => {
    expect(foldCase('Straße')).toBe(foldCase('STRASSE'));
    expect(foldCase('ΟΔΟΣ')).toBe(foldCase('οδοσ'));
    expect(foldCase('µ')).toBe(foldCase('Μ'));
  });

  it('keeps a break exactly when every filter alone keeps it, in the order history holds them, newest first', () => {
    fc.assert(
      fc.property(storeArb(), filterArb, ({ entries }, filter) => {
        const alone = [
          filterHistory(entries, { ...NO_FILTER, outcome: filter.outcome }),
          filterHistory(entries, { ...NO_FILTER, kind: filter.kind }),
          filterHistory(entries, { ...NO_FILTER, search: filter.search }),
        ].map((kept) => new Set(kept));
        const expected = entries.filter((entry) => alone.every((kept) => kept.has(entry))).reverse();
        expect(filterHistory(entries, filter)).toEqual(expected);
      }),
    );
  });

  it('keeps only breaks of the outcome and kind asked for', () => {
    fc.assert(
      fc.property(storeArb(), filterArb, ({ entries }, filter) => {
        for (const entry of filterHistory(entries, filter)) {
          if (filter.outcome !== 'all') expect(entry.outcome).toBe(filter.outcome);
          if (filter.kind !== 'all') expect(findExercise(entry.exerciseId ?? '')?.kind).toBe(filter.kind);
        }
      }),
    );
  });

  it('finds a note by any piece of it, as written, in lower case or in upper case', () => {
    const noted = entryArb().map((entry) => ({ ...entry, note: entry.note ?? '' }));
    const writings = [
      (text: string) => text,
      (text: string) => text.toLowerCase(),
      (text: string) => text.toUpperCase(),
    ];
    fc.assert(
      fc.property(noted, fc.nat(), fc.nat(), fc.constantFrom(...writings), (entry, a, b, write) => {
        // Cut between characters, never inside one: a person types whole characters.
        const characters = [...entry.note];
        const [from, to] = [a % (characters.length + 1), b % (characters.length + 1)].sort((x, y) => x - y);
        const piece = characters.slice(from, to).join('');
        expect(filterHistory([entry], { ...NO_FILTER, search: write(piece) })).toEqual([entry]);
      }),
    );
  });

  it('finds nothing but noted breaks once there are words to find', () => {
    fc.assert(
      fc.property(storeArb(), fc.string({ minLength: 1, maxLength: 3 }), ({ entries }, search) => {
        const found = filterHistory(entries, { ...NO_FILTER, search });
        if (search.trim() === '') expect(found).toEqual(filterHistory(entries, NO_FILTER));
        else for (const entry of found) expect(foldCase(entry.note ?? '')).toContain(foldCase(search.trim()));
      }),
    );
  });
});

describe('groupByDay', () => {
  it('groups breaks by the local day they ended, across a clock change and midnight', () => {
    const late = breakEnding(at(2026, 3, 28, 23, 59));
    const early = breakEnding(at(2026, 3, 29, 0, 30));
    const afterChange = breakEnding(at(2026, 3, 29, 3, 30), 'skipped');
    const days = groupByDay(filterHistory(storeOf([late, early, afterChange]).entries, NO_FILTER));
    expect(days).toEqual([
      { day: '2026-03-29', entries: [afterChange, early] },
      { day: '2026-03-28', entries: [late] },
    ]);
  });

  it('puts every break once under its own day, days newest first for breaks newest first', () => {
    fc.assert(
      fc.property(storeArb(), ({ entries }) => {
        const newestFirst = filterHistory(entries, NO_FILTER);
        const days = groupByDay(newestFirst);
        expect(days.flatMap((day) => day.entries)).toEqual(newestFirst);
        for (const { day, entries: group } of days) {
          expect(group.length).toBeGreaterThan(0);
          for (const entry of group) expect(localDay(entry.endedAt)).toBe(day);
        }
        expect(new Set(days.map((day) => day.day)).size).toBe(days.length);
        // Each day's earliest break ended after the next day's latest.
        for (let i = 1; i < days.length; i++) {
          const [newer, older] = [days[i - 1]?.entries.at(-1), days[i]?.entries[0]];
          expect(newer?.endedAt).toBeGreaterThan(older?.endedAt ?? Number.NaN);
        }
      }),
    );
  });
});
