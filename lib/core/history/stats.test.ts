// Berlin: its clocks change at 02:00 (last Sunday of March) and 03:00 (last Sunday of October).
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import type { Mood } from '@/lib/core/vocabulary';
import { at, breakEnding, storeOf } from '@/tests/support/arbitraries';
import { fold } from './fold';
import { computeStats } from './stats';

describe('computeStats: counts', () => {
  const now = at(2026, 3, 5, 18); // a Thursday

  it('counts today and this week from Monday, natural breaks as taken, against the goal', () => {
    const stats = computeStats(
      storeOf([
        breakEnding(at(2026, 3, 1)), // Sunday: last week
        breakEnding(at(2026, 3, 2, 0, 0)), // Monday, 00:00
        breakEnding(at(2026, 3, 4), 'skipped'),
        breakEnding(at(2026, 3, 5, 9)),
        breakEnding(at(2026, 3, 5, 10), 'natural'),
        breakEnding(at(2026, 3, 5, 11), 'snoozed'),
      ]),
      4,
      now,
    );
    expect(stats.today).toEqual({ taken: 2, goal: 4 });
    expect(stats.week).toEqual({ taken: 3, goal: 28 });
  });

  it('gives the share of due breaks taken, missed ones among them, natural breaks left out, null before any', () => {
    const history = [
      breakEnding(at(2026, 3, 1)),
      breakEnding(at(2026, 3, 2), 'skipped'),
      breakEnding(at(2026, 3, 3), 'natural'),
      fold(breakEnding(at(2025, 1, 1, 9))),
      fold(breakEnding(at(2025, 1, 1, 10), 'snoozed')),
      fold(breakEnding(at(2025, 1, 1, 11), 'natural')),
      breakEnding(at(2026, 3, 4), 'missed'),
    ];
    expect(computeStats(storeOf(history), 4, now).completionRate).toBe(0.4);
    expect(computeStats(storeOf([breakEnding(at(2026, 3, 3), 'natural')]), 4, now).completionRate).toBeNull();
    expect(computeStats(storeOf([]), 4, now).completionRate).toBeNull();
  });

  it('adds mindful minutes from breaks in full and folded, rounded', () => {
    // 3 minutes + 3 minutes + 100 s = 460 s, 7.67 minutes; skipped and missed breaks add nothing.
    const history = [
      breakEnding(at(2026, 3, 1)),
      breakEnding(at(2026, 3, 2), 'natural'),
      breakEnding(at(2026, 3, 3), 'skipped'),
      breakEnding(at(2026, 3, 4), 'missed'),
      fold({ ...breakEnding(at(2025, 1, 1)), startedAt: at(2025, 1, 1) - 100_000 }),
    ];
    expect(computeStats(storeOf(history), 4, now).mindfulMinutes).toBe(8);
  });

  it('lists the last 30 local days, oldest first, with days without breaks as zeros', () => {
    const { last30 } = computeStats(
      storeOf([
        breakEnding(at(2026, 2, 4)),
        breakEnding(at(2026, 2, 3)),
        breakEnding(at(2026, 3, 5), 'skipped'),
        breakEnding(at(2026, 3, 5, 13)),
      ]),
      4,
      now,
    );
    expect(last30).toHaveLength(30);
    expect(last30[0]).toEqual({ day: '2026-02-04', taken: 1, skipped: 0 });
    expect(last30[1]).toEqual({ day: '2026-02-05', taken: 0, skipped: 0 });
    expect(last30.at(-1)).toEqual({ day: '2026-03-05', taken: 1, skipped: 1 });
    expect(last30.map((item) => item.day)).toContain('2026-03-01');
  });
});

describe('computeStats: what helps', () => {
  // Each at its own minute: one break, one id.
  let minute = 0;
  const withMoods = (exerciseId: string, moodBefore: Mood, moodAfter: Mood) =>
    breakEnding(at(2026, 3, 2, 9, minute++), 'taken', { exerciseId, moodBefore, moodAfter });

  it('averages the mood change per exercise kind, to one decimal, in the kinds’ order', () => {
    const history = [
      withMoods('palming', 2, 4), // eyes
      withMoods('twenty-twenty', 3, 4),
      withMoods('eye-wander', 3, 3),
      withMoods('box-breathing', 2, 3), // breathing
      withMoods('box-breathing', 4, 3),
      withMoods('retired-exercise', 1, 5), // no longer in the library: no kind to credit
      breakEnding(at(2026, 3, 2, 10), 'taken', { moodBefore: 1 }), // no mood after: not a pair
    ];
    expect(computeStats(storeOf(history), 4, at(2026, 3, 2, 20)).helps).toEqual([
      { kind: 'breathing', averageChange: null, count: 2 },
      { kind: 'eyes', averageChange: 1, count: 3 },
    ]);
  });

  it('rounds to one decimal and never gives -0', () => {
    const history = [withMoods('palming', 3, 2), withMoods('palming', 3, 3), withMoods('palming', 3, 3)];
    expect(computeStats(storeOf(history), 4, at(2026, 3, 2, 20)).helps).toEqual([
      { kind: 'eyes', averageChange: -0.3, count: 3 },
    ]);
    const flat = [...history, withMoods('palming', 2, 3)];
    expect(Object.is(computeStats(storeOf(flat), 4, at(2026, 3, 2, 20)).helps[0]?.averageChange, 0)).toBe(true);
  });
});
