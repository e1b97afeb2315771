process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, breakEnding, entryArb, storeArb } from '@/tests/support/arbitraries';
import { fold, isFolded, KEEP_DAYS, mindfulSeconds } from './fold';
import { byMonth, monthEnd, monthFolds } from './months';
import { computeStats } from './stats';

describe('mindfulSeconds', () => {
  it('counts taken and natural breaks, in whole seconds, up to two hours each', () => {
    const end = at(2026, 3, 2, 9);
    expect(mindfulSeconds(breakEnding(end))).toBe(180);
    expect(mindfulSeconds({ ...breakEnding(end), startedAt: end - 1_499 })).toBe(1);
    expect(mindfulSeconds({ ...breakEnding(end), startedAt: end - 1_500 })).toBe(2);
    expect(mindfulSeconds({ ...breakEnding(end, 'natural'), startedAt: end - 10 * 60 * 60_000 })).toBe(7200);
    for (const outcome of ['skipped', 'snoozed', 'missed'] as const)
      expect(mindfulSeconds(breakEnding(end, outcome))).toBe(0);
  });
});

describe('fold', () => {
  it('keeps a break’s id, times and outcome, and nothing else', () => {
    const full = breakEnding(at(2026, 3, 2, 9), 'taken', { need: 'tense', moodBefore: 2, moodAfter: 4, note: 'x' });
    expect(fold(full)).toEqual({ id: full.id, startedAt: full.startedAt, endedAt: full.endedAt, outcome: 'taken' });
    expect(isFolded(fold(full))).toBe(true);
    expect(isFolded(full)).toBe(false);
  });

  it('leaves every count, streak and minute as it was; only what helps goes (property)', () => {
    const withoutHelps = (...args: Parameters<typeof computeStats>) => {
      const { helps: _helps, ...rest } = computeStats(...args);
      return rest;
    };
    fc.assert(
      fc.property(
        storeArb(entryArb(at(2024, 1, 1), at(2027, 1, 1))),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: at(2024, 1, 1), max: at(2027, 6, 1) }),
        (store, goal, now) => {
          const folded = { entries: store.entries.map(fold) };
          expect(withoutHelps(folded, goal, now)).toEqual(withoutHelps(store, goal, now));
        },
      ),
    );
  });
});

describe('which months fold', () => {
  it('a month folds once all of it is older than the days kept', () => {
    expect(monthEnd('2025-02')).toBe(at(2025, 3, 1, 0));
    expect(monthEnd('2025-12')).toBe(at(2026, 1, 1, 0));
    const now = at(2026, 3, 15, 10);
    expect(monthFolds('2025-02', now)).toBe(true);
    expect(monthFolds('2025-03', now)).toBe(false);
    expect(monthFolds('2026-02', now, 30)).toBe(false);
    expect(monthFolds('2026-01', now, 30)).toBe(true);
    expect(KEEP_DAYS).toBe(365);
  });

  it('groups breaks by the month they ended in, folding the old months only', () => {
    const now = at(2026, 3, 15, 10);
    const old = breakEnding(at(2025, 1, 31, 23, 59), 'taken', { moodAfter: 5 });
    const lateNight = breakEnding(at(2026, 3, 1, 0, 1));
    const months = byMonth([old, lateNight], now);
    expect([...months.keys()]).toEqual(['2025-01', '2026-03']);
    expect(months.get('2025-01')).toEqual([fold(old)]);
    expect(months.get('2026-03')).toEqual([lateNight]);
  });
});
