// Berlin: its clocks change at 02:00 (last Sunday of March) and 03:00 (last Sunday of October).
process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mood } from '@/lib/core/vocabulary';
import { DAY } from '@/lib/core/vocabulary';
import { at, breakEnding, entryArb, storeOf } from '@/tests/support/arbitraries';
import {
  axisTicks,
  bestHelp,
  changeExtent,
  heatLevel,
  heatMapSummary,
  heatMapWeeks,
  labelledDays,
  moodByDay,
} from './charts';
import { dayStart, localDay } from './dates';
import { computeStats, RECENT_DAYS } from './stats';

/** From the first time a clock can say to the last local day before year 10000 (later ones have five-digit years). */
const nowArb = fc.integer({ min: 0, max: at(9999, 12, 30) });

/** `count` taken breaks on a day, a minute apart from 09:00. */
const takenOn = (y: number, m: number, d: number, count = 1) =>
  Array.from({ length: count }, (_, i) => breakEnding(at(y, m, d, 9, i)));

/** The heat map for these breaks, as the options page builds it. */
const heatMap = (entries: ReturnType<typeof takenOn>, goal: number, now: number) =>
  heatMapWeeks(computeStats(storeOf(entries), goal, now).last84, goal, now);

describe('heatLevel', () => {
  it('is empty without breaks, darkest at the goal, and splits the way there in three', () => {
    expect([0, 1, 2, 3].map((taken) => heatLevel(taken, 1))).toEqual([0, 4, 4, 4]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 12].map((taken) => heatLevel(taken, 8))).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 4, 4]);
    expect([0, 1, 2].map((taken) => heatLevel(taken, 2))).toEqual([0, 2, 4]);
  });

  it('counts a goal below 1 as 1', () => {
    expect([heatLevel(0, 0), heatLevel(1, 0), heatLevel(1, -3)]).toEqual([0, 4, 4]);
  });

  it('grows with the breaks, and says the goal is met exactly when it is', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.integer({ min: -5, max: 40 }), (a, b, goal) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        expect(heatLevel(fewer, goal)).toBeLessThanOrEqual(heatLevel(more, goal));
        expect(heatLevel(a, goal) === 4).toBe(a >= Math.max(1, goal));
        expect(heatLevel(a, goal) === 0).toBe(a === 0);
      }),
    );
  });
});

describe('heatMapWeeks', () => {
  const thursday = at(2026, 3, 5, 18);

  it('gives twelve weeks from Monday, this one up to today, with counts and levels against the goal', () => {
    const entries = [...takenOn(2025, 12, 14, 5), ...takenOn(2025, 12, 15, 3), ...takenOn(2026, 3, 5, 8)];
    const weeks = heatMap(entries, 8, thursday);
    expect(weeks).toHaveLength(12);
    expect(weeks.map((week) => week.days.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 4]);
    expect(weeks[0]?.start).toBe('2025-12-15');
    // The Sunday before the first column is not shown.
    expect(weeks[0]?.days[0]).toEqual({ day: '2025-12-15', taken: 3, level: 2 });
    expect(weeks[11]?.start).toBe('2026-03-02');
    expect(weeks[11]?.days.at(-1)).toEqual({ day: '2026-03-05', taken: 8, level: 4 });
    expect(heatMapSummary(weeks)).toEqual({ taken: 11, days: 2, busiest: 3 });
  });

  it('with a goal of 1, any break is the goal met', () => {
    const weeks = heatMap([...takenOn(2026, 3, 3), ...takenOn(2026, 3, 4, 3)], 1, thursday);
    expect(weeks[11]?.days.map((cell) => cell.level)).toEqual([0, 4, 4, 0]);
  });

  it('starts on a Monday even when today is one, and ends with that day alone', () => {
    const weeks = heatMapWeeks([], 6, at(2026, 3, 2, 0, 0));
    expect(weeks[11]?.days.map((cell) => cell.day)).toEqual(['2026-03-02']);
    expect(weeks[0]?.start).toBe('2025-12-15');
  });

  it('is all empty for an empty history, and then claims no busiest day', () => {
    const weeks = heatMap([], 6, thursday);
    expect(weeks.flatMap((week) => week.days).every((cell) => cell.taken === 0 && cell.level === 0)).toBe(true);
    expect(heatMapSummary(weeks)).toEqual({ taken: 0, days: 0, busiest: null });
  });

  it('names no busiest weekday when two share the most', () => {
    const weeks = heatMap([...takenOn(2026, 3, 3, 2), ...takenOn(2026, 3, 4, 2)], 6, thursday);
    expect(heatMapSummary(weeks)).toEqual({ taken: 4, days: 2, busiest: null });
  });

  it('steps through the 23-hour and the 25-hour day: weeks still start on Mondays, each break on its day', () => {
    const spring = [breakEnding(at(2026, 3, 29, 0, 30)), breakEnding(at(2026, 3, 29, 23, 30))];
    const springWeeks = heatMap(spring, 2, at(2026, 4, 1));
    expect(springWeeks[10]?.days[6]).toEqual({ day: '2026-03-29', taken: 2, level: 4 });
    expect(springWeeks[11]?.start).toBe('2026-03-30');
    const autumn = [breakEnding(at(2026, 10, 25, 0, 30)), breakEnding(at(2026, 10, 25, 23, 30))];
    const autumnWeeks = heatMap(autumn, 2, at(2026, 10, 28));
    expect(autumnWeeks[10]?.days[6]).toEqual({ day: '2026-10-25', taken: 2, level: 4 });
    for (const week of [...springWeeks, ...autumnWeeks]) expect(new Date(dayStart(week.start)).getDay()).toBe(1);
  });

  it('names a month above the column that holds its 1st', () => {
    const months = heatMapWeeks([], 6, thursday).map((week) => week.month);
    // The first column's December would crowd January's name, two columns on.
    expect(months).toEqual([null, null, '2026-01', null, null, null, '2026-02', null, null, null, '2026-03', null]);
    // From 5 January, the next 1st (February's) is three columns on: room for January's name first.
    expect(heatMapWeeks([], 6, at(2026, 3, 26)).map((week) => week.month)).toEqual([
      '2026-01',
      null,
      null,
      '2026-02',
      null,
      null,
      null,
      '2026-03',
      null,
      null,
      null,
      null,
    ]);
  });

  it('for any time and breaks: consecutive days, Monday columns, this week last, the counts of the stats', () => {
    const arb = nowArb.chain((now) =>
      fc.tuple(
        fc.constant(now),
        fc.array(entryArb(Math.max(0, now - 90 * DAY), now), { maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([now, generated, goal]) => {
        const { last84 } = computeStats(storeOf(generated), goal, now);
        const weeks = heatMapWeeks(last84, goal, now);
        const cells = weeks.flatMap((week) => week.days);
        const weekday = (new Date(now).getDay() + 6) % 7;
        expect(cells).toHaveLength(77 + weekday + 1);
        expect(cells.at(-1)?.day).toBe(localDay(now));
        // Each day the calendar's next, counted by the Date constructor (no 24-hour steps).
        const [y, m, d] = (cells[0]?.day ?? '').split('-').map(Number) as [number, number, number];
        const calendar = (i: number) => {
          const date = new Date(2000, 0, 1, 12);
          date.setFullYear(y, m - 1, d + i);
          return localDay(date.getTime());
        };
        expect(cells.map((cell) => cell.day)).toEqual(cells.map((_, i) => calendar(i)));
        for (const week of weeks) expect(week.days[0]?.day).toBe(week.start);
        expect(new Date(dayStart(weeks[0]?.start ?? '')).getDay()).toBe(1);
        const byDay = new Map(last84.map((count) => [count.day, count.taken]));
        for (const cell of cells) {
          expect(cell.taken).toBe(byDay.get(cell.day));
          expect(cell.level).toBe(heatLevel(cell.taken, goal));
        }
        const summary = heatMapSummary(weeks);
        expect(summary.taken).toBe(cells.reduce((sum, cell) => sum + cell.taken, 0));
        expect(summary.days).toBe(cells.filter((cell) => cell.taken > 0).length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('computeStats: the last 84 days', () => {
  it('lists twelve weeks of days, oldest first, ending in the last 30', () => {
    const now = at(2026, 3, 5, 18);
    const stats = computeStats(
      storeOf([...takenOn(2025, 12, 12, 2), breakEnding(at(2025, 12, 11), 'skipped')]),
      4,
      now,
    );
    expect(stats.last84).toHaveLength(RECENT_DAYS);
    expect(stats.last84[0]).toEqual({ day: '2025-12-12', taken: 2, skipped: 0 });
    expect(stats.last84.at(-1)?.day).toBe('2026-03-05');
    expect(stats.last84.slice(-30)).toEqual(stats.last30);
  });
});

describe('axisTicks', () => {
  it('runs from 0 in steps of 1, 2 or 5 times a power of ten', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(11)).toEqual([0, 5, 10, 15]);
    expect(axisTicks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(2.5)).toEqual([0, 1, 2, 3]);
  });

  it('for any maximum: whole, even steps, at most `most`, the top within a step above it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 2, max: 10 }), (max, most) => {
        const ticks = axisTicks(max, most);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(most);
        expect(ticks.every((tick, i) => Number.isInteger(tick) && tick === i * step)).toBe(true);
        const top = ticks.at(-1) ?? 0;
        expect(top).toBeGreaterThanOrEqual(max);
        expect(top - Math.max(1, max)).toBeLessThan(step);
      }),
    );
  });
});

describe('labelledDays', () => {
  it('labels today and every seventh day before it', () => {
    expect(labelledDays(30)).toEqual([1, 8, 15, 22, 29]);
    expect(labelledDays(1)).toEqual([0]);
    expect(labelledDays(0)).toEqual([]);
  });
});

/** `average` is the mean of `moods`, or null when there are none. */
const expectAverage = (average: number | null, moods: number[]) => {
  if (moods.length === 0) expect(average).toBeNull();
  else expect(average).toBeCloseTo(moods.reduce((a, b) => a + b) / moods.length);
};

describe('moodByDay', () => {
  const now = at(2026, 3, 5, 18);
  let minute = 0;
  const checkIn = (endedAt: number, moodBefore?: Mood, moodAfter?: Mood) =>
    breakEnding(endedAt + minute++ * 60_000, 'taken', { moodBefore, moodAfter });

  it('averages each day’s moods before and after, leaving days without check-ins empty', () => {
    const entries = [
      checkIn(at(2026, 2, 4, 0, 0), 2, 4), // the first of the 30 days, at its first minute
      checkIn(at(2026, 2, 3, 23, 0), 1, 1), // the day before: outside
      checkIn(at(2026, 3, 5, 9), 2, 3),
      checkIn(at(2026, 3, 5, 10), 3, 5),
      checkIn(at(2026, 3, 5, 11), 4), // only a mood before
      breakEnding(at(2026, 3, 5, 12)), // no check-in at all
    ];
    const { days, before, after } = moodByDay(storeOf(entries).entries, now);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: '2026-02-04', before: 2, after: 4, checkIns: 1 });
    expect(days[1]).toEqual({ day: '2026-02-05', before: null, after: null, checkIns: 0 });
    expect(days.at(-1)).toEqual({ day: '2026-03-05', before: 3, after: 4, checkIns: 3 });
    // Every mood weighs the same: (2 + 2 + 3 + 4) / 4 and (4 + 3 + 5) / 3.
    expect([before, after]).toEqual([2.75, 4]);
  });

  it('keeps a day with only moods before as a gap in the after line', () => {
    const { days, after } = moodByDay(storeOf([checkIn(at(2026, 3, 4), 2)]).entries, now);
    expect(days.at(-2)).toEqual({ day: '2026-03-04', before: 2, after: null, checkIns: 1 });
    expect(after).toBeNull();
  });

  it('is thirty empty days for an empty history', () => {
    const { days, before, after } = moodByDay([], now);
    expect(days.map((item) => item.checkIns)).toEqual(Array(30).fill(0));
    expect([before, after]).toEqual([null, null]);
  });

  it('counts the 23-hour and the 25-hour day each once', () => {
    const entries = [checkIn(at(2026, 3, 29, 0, 30), 1), checkIn(at(2026, 3, 29, 23, 30), 3)];
    const { days } = moodByDay(storeOf(entries).entries, at(2026, 3, 31));
    expect(days.slice(-3).map((item) => [item.day, item.before])).toEqual([
      ['2026-03-29', 2],
      ['2026-03-30', null],
      ['2026-03-31', null],
    ]);
  });

  it('for any breaks: each day the calendar’s, and its averages those of the breaks that ended on it', () => {
    const arb = nowArb.chain((time) =>
      fc.tuple(fc.constant(time), fc.array(entryArb(Math.max(0, time - 40 * DAY), time + 2 * DAY), { maxLength: 60 })),
    );
    fc.assert(
      fc.property(arb, ([time, generated]) => {
        const { entries } = storeOf(generated);
        const series = moodByDay(entries, time);
        expect(series.days).toHaveLength(30);
        const today = new Date(time);
        const all: { before: number[]; after: number[] } = { before: [], after: [] };
        for (const [i, item] of series.days.entries()) {
          const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29 + i, 12);
          expect(item.day).toBe(localDay(date.getTime()));
          const ended = entries.filter((entry) => localDay(entry.endedAt) === item.day);
          const before = ended.flatMap((entry) => (entry.moodBefore ? [entry.moodBefore] : []));
          const after = ended.flatMap((entry) => (entry.moodAfter ? [entry.moodAfter] : []));
          expectAverage(item.before, before);
          expectAverage(item.after, after);
          expect(item.checkIns).toBe(ended.filter((entry) => entry.moodBefore || entry.moodAfter).length);
          all.before.push(...before);
          all.after.push(...after);
        }
        expectAverage(series.before, all.before);
        expectAverage(series.after, all.after);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what helps: the best kind and the bars’ span', () => {
  const row = (kind: 'breathing' | 'eyes' | 'movement', averageChange: number | null, count = 3) => ({
    kind,
    averageChange,
    count,
  });

  it('names the kind with the highest rise, alone at the top', () => {
    expect(bestHelp([row('breathing', 0.4), row('eyes', 1.2), row('movement', null, 2)])?.kind).toBe('eyes');
    expect(bestHelp([row('breathing', 0.4), row('eyes', 0.4)])).toBeNull();
    expect(bestHelp([row('breathing', 0), row('eyes', -0.5)])).toBeNull();
    expect(bestHelp([row('movement', null, 2)])).toBeNull();
    expect(bestHelp([])).toBeNull();
  });

  it('spans whole steps around zero', () => {
    expect(changeExtent([row('breathing', 0.4), row('eyes', 1.2)])).toEqual({ min: 0, max: 2 });
    expect(changeExtent([row('breathing', -0.3), row('eyes', 0.8)])).toEqual({ min: -1, max: 1 });
    expect(changeExtent([row('breathing', -2.5)])).toEqual({ min: -3, max: 0 });
    expect(changeExtent([row('breathing', null, 2)])).toEqual({ min: 0, max: 1 });
    expect(changeExtent([row('breathing', 0)])).toEqual({ min: 0, max: 1 });
  });
});
