process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryArb, storeArb } from '@/tests/support/history';
import { dayStart, localDay } from './dates';
import { foldBefore, foldOld, KEEP_DAYS, mindfulSeconds, noTotals } from './fold';
import type { HistoryEntry, HistoryStore } from './types';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const MINUTE = 60_000;

const entry = (endedAt: number, minutes = 3, outcome: HistoryEntry['outcome'] = 'taken'): HistoryEntry => ({
  id: String(endedAt - minutes * MINUTE),
  startedAt: endedAt - minutes * MINUTE,
  endedAt,
  outcome,
  ...(outcome !== 'natural' && { insightId: 'trust-pace', exerciseId: 'box-breathing' }),
});

/** Counts per outcome and mindful seconds over entries and days together. */
function totalsOf(store: HistoryStore) {
  const sum = noTotals();
  for (const day of Object.values(store.days)) {
    for (const field of Object.keys(sum) as (keyof typeof sum)[]) sum[field] += day[field];
  }
  for (const item of store.entries) {
    sum[item.outcome] += 1;
    sum.mindfulSeconds += mindfulSeconds(item);
  }
  return sum;
}

describe('mindfulSeconds', () => {
  it('counts taken and natural breaks, in whole seconds, up to two hours each', () => {
    expect(mindfulSeconds(entry(at(2026, 3, 2, 9), 3))).toBe(180);
    expect(mindfulSeconds({ ...entry(at(2026, 3, 2, 9)), startedAt: at(2026, 3, 2, 9) - 1_499 })).toBe(1);
    expect(mindfulSeconds({ ...entry(at(2026, 3, 2, 9)), startedAt: at(2026, 3, 2, 9) - 1_500 })).toBe(2);
    expect(mindfulSeconds(entry(at(2026, 3, 2, 9), 600, 'natural'))).toBe(7200);
    expect(mindfulSeconds(entry(at(2026, 3, 2, 9), 3, 'skipped'))).toBe(0);
    expect(mindfulSeconds(entry(at(2026, 3, 2, 9), 3, 'snoozed'))).toBe(0);
  });
});

describe('foldBefore', () => {
  it('moves breaks that ended before the cutoff into the totals of the local day they ended', () => {
    // Began before midnight, ended after: it belongs to the day it ended.
    const late = entry(at(2026, 1, 1, 0, 2), 5);
    const kept = entry(at(2026, 3, 2, 9));
    const store = {
      entries: [entry(at(2025, 12, 31, 10)), entry(at(2025, 12, 31, 11), 3, 'skipped'), late, kept],
      days: { '2025-12-31': { ...noTotals(), snoozed: 2 } },
    };
    expect(foldBefore(store, at(2026, 3, 1))).toEqual({
      entries: [kept],
      days: {
        '2025-12-31': { taken: 1, skipped: 1, snoozed: 2, natural: 0, mindfulSeconds: 180 },
        '2026-01-01': { taken: 1, skipped: 0, snoozed: 0, natural: 0, mindfulSeconds: 300 },
      },
    });
  });

  it('keeps a break that ends exactly at the cutoff, and changes nothing it was given', () => {
    const store = { entries: [entry(at(2026, 3, 1)), entry(at(2026, 3, 1) - 1)], days: {} };
    const copy = structuredClone(store);
    expect(foldBefore(store, at(2026, 3, 1)).entries).toEqual([entry(at(2026, 3, 1))]);
    expect(store).toEqual(copy);
  });

  it('returns the same store when nothing is old enough', () => {
    const store = { entries: [entry(at(2026, 3, 2))], days: {} };
    expect(foldBefore(store, at(2026, 3, 1))).toBe(store);
  });

  it('keeps every count and every mindful second, for any entries and cutoff', () => {
    fc.assert(
      fc.property(storeArb(), fc.integer({ min: at(2023, 6, 1), max: at(2028, 6, 1) }), (store, cutoff) => {
        const folded = foldBefore(store, cutoff);
        expect(totalsOf(folded)).toEqual(totalsOf(store));
        expect(folded.entries.every((item) => item.endedAt >= cutoff)).toBe(true);
        expect(folded.entries).toEqual(store.entries.filter((item) => item.endedAt >= cutoff));
      }),
    );
  });

  it('folding twice is folding once', () => {
    fc.assert(
      fc.property(storeArb(), fc.integer({ min: at(2023, 6, 1), max: at(2028, 6, 1) }), (store, cutoff) => {
        const once = foldBefore(store, cutoff);
        expect(foldBefore(once, cutoff)).toEqual(once);
      }),
    );
  });

  it('gives each day what its own entries add up to', () => {
    fc.assert(
      fc.property(fc.array(entryArb(), { maxLength: 60 }), (entries) => {
        const { days } = foldBefore({ entries, days: {} }, Number.MAX_SAFE_INTEGER);
        for (const [day, totals] of Object.entries(days)) {
          const own = entries.filter((item) => localDay(item.endedAt) === day);
          expect(totals).toEqual(totalsOf({ entries: own, days: {} }));
        }
      }),
    );
  });
});

describe('foldOld', () => {
  it(`keeps today and the ${KEEP_DAYS} local days before it in full`, () => {
    const now = at(2026, 3, 30, 9);
    const firstKept = dayStart('2025-03-30');
    const store = { entries: [entry(firstKept - 1), entry(firstKept), entry(now)], days: {} };
    expect(foldOld(store, now)).toEqual({
      entries: [entry(firstKept), entry(now)],
      days: { '2025-03-29': { ...noTotals(), taken: 1, mindfulSeconds: 180 } },
    });
  });

  it('is foldBefore at the start of the day a year back, so folding again the same day changes nothing', () => {
    fc.assert(
      fc.property(storeArb(), fc.integer({ min: at(2024, 1, 1), max: at(2028, 6, 1) }), (store, now) => {
        const once = foldOld(store, now);
        expect(foldOld(once, now)).toEqual(once);
        expect(totalsOf(once)).toEqual(totalsOf(store));
      }),
    );
  });
});
