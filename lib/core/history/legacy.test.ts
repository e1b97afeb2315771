process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { at, breakEnding } from '@/tests/support/arbitraries';
import { mindfulSeconds } from './fold';
import { breaksFromTotals, legacyHistory, MAX_DAY_COUNT } from './legacy';
import { computeStats } from './stats';

/** History as version 2 stored it: rows, and totals for days folded a year ago. */
const V2_FIXTURE = {
  entries: [
    [at(2026, 3, 2, 9), 180_000, 0, 'trust-pace', 'box-breathing', 'tense', 2, 4, 'calm < 3'],
    [at(2026, 3, 2, 10), 60_000, 3],
    [at(2026, 3, 2, 11), 30_000, 1, 'goals-why', 'what-matters', '', 0, 0, '', 'imported-1'],
    ['broken'],
  ],
  days: {
    '2024-12-30': [2, 1, 0, 1, 600],
    '2024-13-01': [1, 0, 0, 0, 0],
    '2024-12-31': 'junk',
  },
};

describe('legacyHistory', () => {
  it('reads version 1, a plain list, keeping the valid breaks', () => {
    const good = breakEnding(at(2026, 3, 2, 9));
    expect(legacyHistory(1, [good, { id: '' }, null])).toEqual([good]);
  });

  it('reads version 2: its rows as breaks, and each day’s totals as folded breaks of that day', () => {
    const entries = legacyHistory(2, V2_FIXTURE);
    expect(entries.slice(0, 3)).toEqual([
      {
        id: String(at(2026, 3, 2, 9)),
        startedAt: at(2026, 3, 2, 9),
        endedAt: at(2026, 3, 2, 9) + 180_000,
        outcome: 'taken',
        insightId: 'trust-pace',
        exerciseId: 'box-breathing',
        need: 'tense',
        moodBefore: 2,
        moodAfter: 4,
        note: 'calm < 3',
      },
      {
        id: String(at(2026, 3, 2, 10)),
        startedAt: at(2026, 3, 2, 10),
        endedAt: at(2026, 3, 2, 10) + 60_000,
        outcome: 'natural',
      },
      {
        id: 'imported-1',
        startedAt: at(2026, 3, 2, 11),
        endedAt: at(2026, 3, 2, 11) + 30_000,
        outcome: 'skipped',
        insightId: 'goals-why',
        exerciseId: 'what-matters',
      },
    ]);
    // Two taken, one skipped, one natural on 30 December: the same day, counts and minutes.
    const stats = computeStats({ entries: entries.slice(3) }, 1, at(2024, 12, 30, 20));
    expect(stats.today).toEqual({ taken: 3, goal: 1 });
    expect(stats.mindfulMinutes).toBe(10);
    expect(entries.slice(3).map((entry) => entry.id)).toEqual([
      '2024-12-30/taken/1',
      '2024-12-30/taken/2',
      '2024-12-30/skipped/1',
      '2024-12-30/natural/1',
    ]);
  });
});

describe('breaksFromTotals', () => {
  it('shares the mindful seconds exactly among the breaks that rested', () => {
    const breaks = breaksFromTotals('2025-06-01', {
      taken: 3,
      skipped: 0,
      snoozed: 2,
      natural: 0,
      mindfulSeconds: 601,
    });
    expect(breaks.map(mindfulSeconds)).toEqual([201, 200, 200, 0, 0]);
  });

  it('counts at most one break of a kind a minute, and nothing for a day that is not one', () => {
    expect(breaksFromTotals('2025-06-01', { taken: 1e9, mindfulSeconds: 0 })).toHaveLength(MAX_DAY_COUNT);
    expect(breaksFromTotals('2025-02-30', { taken: 1 })).toEqual([]);
  });
});
