process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, breakEnding, entryArb, storeOf } from '@/tests/support/arbitraries';
import { fold } from './fold';
import { mergeHistory, summarizeImport } from './merge';
import { computeStats } from './stats';
import { EMPTY_HISTORY, type HistoryEntry } from './types';

/** Every statistic but what helps (folded breaks keep no moods). */
const counts = (entries: HistoryEntry[], now: number) => {
  const { helps: _helps, ...rest } = computeStats({ entries }, 2, now);
  return rest;
};

/**
 * Two histories of the same person's breaks, as two browsers could hold them:
 * each a part of all the breaks (they may share some), each with its own
 * breaks folded or not.
 */
const twoBrowsers = fc
  .array(
    fc.record({
      entry: entryArb(at(2023, 1, 1), at(2027, 1, 1)),
      inA: fc.boolean(),
      inB: fc.boolean(),
      foldedA: fc.boolean(),
      foldedB: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((rows) => {
    const seen = new Set<string>();
    const unique = rows.filter(({ entry }) => !seen.has(entry.id) && seen.add(entry.id));
    const side = (inSide: 'inA' | 'inB', folded: 'foldedA' | 'foldedB') =>
      storeOf(unique.filter((row) => row[inSide]).map((row) => (row[folded] ? fold(row.entry) : row.entry)));
    return { all: unique, a: side('inA', 'foldedA'), b: side('inB', 'foldedB') };
  });

describe('mergeHistory', () => {
  it('is exact: every break of either side once, counted as in full, details back where either has them (property)', () => {
    fc.assert(
      fc.property(twoBrowsers, fc.integer({ min: at(2023, 1, 1), max: at(2027, 6, 1) }), ({ all, a, b }, now) => {
        const merged = mergeHistory(a, b);
        const union = all.filter((row) => row.inA || row.inB);
        expect(merged.entries.map((entry) => entry.id).sort()).toEqual(union.map((row) => row.entry.id).sort());
        expect(counts(merged.entries, now)).toEqual(counts(storeOf(union.map((row) => row.entry)).entries, now));
        for (const row of union) {
          const full = (row.inA && !row.foldedA) || (row.inB && !row.foldedB);
          expect(merged.entries).toContainEqual(full ? row.entry : fold(row.entry));
        }
      }),
    );
  });

  it('is idempotent, and its summary says exactly what it adds (property)', () => {
    fc.assert(
      fc.property(twoBrowsers, ({ a, b }) => {
        const merged = mergeHistory(a, b);
        expect(mergeHistory(merged, b)).toEqual(merged);
        expect(mergeHistory(merged, a)).toEqual(merged);
        const summary = summarizeImport(a, b);
        expect(merged.entries.length).toBe(a.entries.length + summary.adding);
        expect(summary.adding + summary.alreadyPresent).toBe(b.entries.length);
        expect(summarizeImport(merged, b)).toEqual({ adding: 0, alreadyPresent: b.entries.length });
      }),
    );
  });

  it('adds breaks of another browser on a day this one folded long ago, and calls them new', () => {
    const day = (h: number) => at(2024, 5, 6, h);
    const here = storeOf([fold(breakEnding(day(9))), fold(breakEnding(day(10), 'skipped'))]);
    const there = storeOf([breakEnding(day(11)), breakEnding(day(12), 'natural')]);
    expect(summarizeImport(here, there)).toEqual({ adding: 2, alreadyPresent: 0 });
    expect(mergeHistory(here, there).entries).toHaveLength(4);
  });

  it('brings back the details of a break this browser folded, from a file that still has them', () => {
    const full = breakEnding(at(2024, 5, 6, 9), 'taken', { moodBefore: 2, moodAfter: 4, note: 'calm' });
    expect(mergeHistory(storeOf([fold(full)]), storeOf([full])).entries).toEqual([full]);
    // A break this browser has in full stays as it is.
    const other = { ...full, note: 'theirs' };
    expect(mergeHistory(storeOf([full]), storeOf([other])).entries).toEqual([full]);
  });

  it('fills an empty history with the whole file, and changes neither side', () => {
    fc.assert(
      fc.property(twoBrowsers, ({ a, b }) => {
        const before = structuredClone([a, b]);
        expect(mergeHistory(EMPTY_HISTORY, b)).toEqual(b);
        mergeHistory(a, b);
        summarizeImport(a, b);
        expect([a, b]).toEqual(before);
      }),
    );
  });
});
