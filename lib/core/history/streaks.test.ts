// Berlin: its clocks change at 02:00 (last Sunday of March) and 03:00 (last Sunday of October).
process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, breakEnding, entryArb, storeOf } from '@/tests/support/arbitraries';
import { localDay } from './dates';
import { fold } from './fold';
import { computeStats } from './stats';

/** `count` taken breaks on each given day, an hour apart from 09:00. */
const breaksOn = (days: [number, number, number][], count = 1) =>
  days.flatMap(([y, m, d]) => Array.from({ length: count }, (_, i) => breakEnding(at(y, m, d, 9 + i))));

describe('computeStats: streaks', () => {
  it('runs across a month end, a year end and a leap day', () => {
    const days: [number, number, number][] = [
      [2023, 12, 30],
      [2023, 12, 31],
      [2024, 1, 1],
      [2024, 2, 28],
      [2024, 2, 29],
      [2024, 3, 1],
      [2024, 3, 2],
    ];
    const stats = computeStats(storeOf(breaksOn(days, 2)), 2, at(2024, 3, 2, 20));
    expect(stats.longestStreak).toBe(4);
    expect(stats.currentStreak).toBe(4);
  });

  it('runs through the 23-hour and the 25-hour day of clock changes', () => {
    const spring = breaksOn([
      [2026, 3, 28],
      [2026, 3, 29],
      [2026, 3, 30],
    ]);
    // On the long autumn day, breaks at 00:30 and 23:30 are both that day.
    const autumn = [
      breakEnding(at(2026, 10, 24)),
      breakEnding(at(2026, 10, 25, 0, 30)),
      breakEnding(at(2026, 10, 25, 23, 30)),
      breakEnding(at(2026, 10, 26)),
    ];
    const stats = computeStats(storeOf([...spring, ...autumn]), 1, at(2026, 10, 26, 20));
    expect(stats.longestStreak).toBe(3);
    expect(stats.currentStreak).toBe(3);
    expect(computeStats(storeOf(autumn), 2, at(2026, 10, 26, 20)).longestStreak).toBe(1);
  });

  it('counts today once it meets the goal, and from yesterday while it does not yet', () => {
    const history = breaksOn(
      [
        [2026, 3, 3],
        [2026, 3, 4],
      ],
      2,
    );
    expect(computeStats(storeOf(history), 2, at(2026, 3, 5, 8)).currentStreak).toBe(2);
    const today = [...history, breakEnding(at(2026, 3, 5, 9))];
    expect(computeStats(storeOf(today), 2, at(2026, 3, 5, 10)).currentStreak).toBe(2);
    expect(
      computeStats(storeOf([...today, breakEnding(at(2026, 3, 5, 11))]), 2, at(2026, 3, 5, 12)).currentStreak,
    ).toBe(3);
    // A day missed ends it: two days ago does not carry over.
    expect(computeStats(storeOf(history), 2, at(2026, 3, 6, 8)).currentStreak).toBe(0);
  });

  it('joins folded breaks and breaks in full in one streak, natural breaks included', () => {
    const folded = [
      breakEnding(at(2024, 12, 30, 9)),
      breakEnding(at(2024, 12, 30, 10), 'natural'),
      breakEnding(at(2024, 12, 31, 9)),
      breakEnding(at(2024, 12, 31, 10)),
    ].map(fold);
    const history = [
      breakEnding(at(2025, 1, 1, 9)),
      breakEnding(at(2025, 1, 1, 10), 'natural'),
      breakEnding(at(2025, 1, 2, 9)),
    ];
    // 2 January has one break of two: still open, so the streak counts from yesterday.
    const stats = computeStats(storeOf([...folded, ...history]), 2, at(2025, 1, 2, 12));
    expect(stats.longestStreak).toBe(3);
    expect(stats.currentStreak).toBe(3);
  });

  it('matches a day-by-day count over the calendar, for any breaks', () => {
    // Two months across a year end or a clock change, dense enough for streaks.
    const windows: [number, number][] = [
      [2025, 12],
      [2026, 3],
      [2026, 10],
    ];
    const arb = fc.constantFrom(...windows).chain(([year, month]) => {
      const [from, to] = [at(year, month, 1, 0), at(year, month + 2, 1, 0)];
      return fc.tuple(
        fc.constant(new Date(year, month - 1, 1, 12)),
        fc.array(entryArb(from, to), { maxLength: 300 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: from, max: to }),
      );
    });
    fc.assert(
      fc.property(arb, ([first, generated, goal, now]) => {
        // As history holds them: each break once.
        const { entries } = storeOf(generated);
        const perDay = new Map<string, number>();
        for (const item of entries.filter((e) => e.outcome === 'taken' || e.outcome === 'natural')) {
          const day = localDay(item.endedAt);
          perDay.set(day, (perDay.get(day) ?? 0) + 1);
        }
        // The calendar, one Date per day from the constructor: no 24-hour steps.
        const day = (i: number) => localDay(new Date(first.getFullYear(), first.getMonth(), 1 + i, 12).getTime());
        const runs: number[] = [];
        for (let i = 0; i < 100; i++) runs.push((perDay.get(day(i)) ?? 0) >= goal ? (runs.at(-1) ?? 0) + 1 : 0);
        const longest = Math.max(...runs);
        // The run that reaches today, or yesterday's while today is still short of the goal.
        const today = runs.findIndex((_, i) => day(i) === localDay(now));
        const current = runs[today] || (runs[today - 1] ?? 0);
        const stats = computeStats(storeOf(entries), goal, now);
        expect(stats.longestStreak).toBe(longest);
        expect(stats.currentStreak).toBe(current);
        expect(stats.today.taken).toBe(perDay.get(localDay(now)) ?? 0);
      }),
    );
  });
});
