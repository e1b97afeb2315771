import { addDays, dayKeyer, localDay, startOfWeek } from './dates';
import type { DayCount, Stats } from './stats';
import type { HistoryEntry } from './types';

/*
 * What progress's charts draw, as plain data: the heat map's weeks, the
 * mood of each recent day, axis ticks. Components only place and word it,
 * so every number a chart shows is tested here, with explicit times.
 */

/** Columns of the heat map: twelve weeks, this one last. */
export const HEAT_WEEKS = 12;

/** How full a day looks in the heat map: 0 no break, 1-3 on the way to the goal, 4 the goal met. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatDay {
  day: string;
  taken: number;
  level: HeatLevel;
}

/** One column of the heat map: Monday first, as startOfWeek counts weeks. */
export interface HeatWeek {
  /** Its Monday, 'YYYY-MM-DD'. */
  start: string;
  /** Monday to Sunday; this week's column stops at today. */
  days: HeatDay[];
  /** The month ('YYYY-MM') to name above this column, or null: see heatMapWeeks. */
  month: string | null;
}

/**
 * A day's shade against the daily goal (below 1 counts as 1). The darkest
 * means the goal was met, so the legend can say so; the three below split
 * the way there evenly: with a goal of 8, 1-2 breaks, 3-5, 6-7.
 */
export function heatLevel(taken: number, goal: number): HeatLevel {
  const dailyGoal = Math.max(1, goal);
  if (taken <= 0) return 0;
  if (taken >= dailyGoal) return 4;
  return Math.min(3, Math.ceil((taken / dailyGoal) * 3)) as HeatLevel;
}

/**
 * The last `weeks` weeks, oldest first, each Monday to Sunday, this week's
 * up to today. Counts come from `days` (a day it lacks had no break).
 * Weeks step by calendar days, so a clock change moves no day. A column is
 * named after the month whose 1st it holds; the first column after its own
 * month too, unless another name follows within two columns, where they
 * would overlap.
 */
export function heatMapWeeks(days: readonly DayCount[], goal: number, now: number, weeks = HEAT_WEEKS): HeatWeek[] {
  const taken = new Map(days.map((count) => [count.day, count.taken]));
  const today = localDay(now);
  const monday = localDay(startOfWeek(now));
  const columns: HeatWeek[] = [];
  for (let week = 1 - weeks; week <= 0; week++) {
    const start = addDays(monday, week * 7);
    const cells: HeatDay[] = [];
    for (let i = 0; i < 7; i++) {
      const day = addDays(start, i);
      // 'YYYY-MM-DD' strings sort as the days do.
      if (day > today) break;
      const count = taken.get(day) ?? 0;
      cells.push({ day, taken: count, level: heatLevel(count, goal) });
    }
    const month = cells.find((cell) => cell.day.endsWith('-01'))?.day.slice(0, 7) ?? null;
    columns.push({ start, days: cells, month });
  }
  const [first] = columns;
  if (first && first.month === null && !columns.slice(1, 3).some((column) => column.month)) {
    first.month = first.start.slice(0, 7);
  }
  return columns;
}

/** The heat map in numbers: breaks, days with any, and the weekday (0 Monday to 6 Sunday) with the most, if one has. */
export interface HeatSummary {
  taken: number;
  days: number;
  /** Null with no breaks, or when two weekdays share the most: then none has the most. */
  busiest: number | null;
}

export function heatMapSummary(weeks: readonly HeatWeek[]): HeatSummary {
  const byWeekday = [0, 0, 0, 0, 0, 0, 0];
  let days = 0;
  for (const week of weeks) {
    for (const [i, cell] of week.days.entries()) {
      byWeekday[i] = (byWeekday[i] ?? 0) + cell.taken;
      if (cell.taken > 0) days++;
    }
  }
  const most = Math.max(...byWeekday);
  const busiest = most > 0 && byWeekday.filter((n) => n === most).length === 1 ? byWeekday.indexOf(most) : null;
  return { taken: byWeekday.reduce((a, b) => a + b, 0), days, busiest };
}

/**
 * Integer ticks for an axis from 0 to at least `max`: at most `most` of
 * them, a step of 1, 2 or 5 times a power of ten, the top no more than a
 * step above `max`. Never just 0: an empty chart still has a scale.
 */
export function axisTicks(max: number, most = 5): number[] {
  const top = Number.isFinite(max) && max > 1 ? Math.ceil(max) : 1;
  const count = Math.max(2, Math.floor(most));
  for (let power = 1; ; power *= 10) {
    for (const multiple of [1, 2, 5]) {
      const step = multiple * power;
      const steps = Math.ceil(top / step);
      if (steps + 1 <= count) return Array.from({ length: steps + 1 }, (_, i) => i * step);
    }
  }
}

/** Which of `length` days in a row get a date under the axis: the last (today), and every `every`th before it. */
export function labelledDays(length: number, every = 7): number[] {
  const step = Math.max(1, Math.floor(every));
  const indices: number[] = [];
  for (let i = length - 1; i >= 0; i -= step) indices.unshift(i);
  return indices;
}

/** How a day's check-ins went: average moods (1-5) before and after, null where none was given. */
export interface MoodDay {
  day: string;
  before: number | null;
  after: number | null;
  /** Breaks that day with a mood before, after, or both. */
  checkIns: number;
}

export interface MoodSeries {
  /** Oldest first, today last, one a day, days without check-ins included. */
  days: MoodDay[];
  /** Averages over every mood of the span, each check-in weighing the same; null with none. */
  before: number | null;
  after: number | null;
}

const mean = (sum: number, count: number) => (count === 0 ? null : sum / count);

/**
 * The mood before and after breaks, day by day, over the last `days` local
 * days up to today. A break belongs to the day it ended (as everywhere in
 * history); a mood before without one after (or the other way round) still
 * counts on its own side.
 */
export function moodByDay(entries: readonly HistoryEntry[], now: number, days = 30): MoodSeries {
  const today = localDay(now);
  const first = addDays(today, 1 - days);
  const sums = new Map<
    string,
    { before: number; beforeCount: number; after: number; afterCount: number; checkIns: number }
  >();
  const total = { before: 0, beforeCount: 0, after: 0, afterCount: 0 };
  const dayOf = dayKeyer();
  for (const { endedAt, moodBefore, moodAfter } of entries) {
    if (!moodBefore && !moodAfter) continue;
    const day = dayOf(endedAt);
    if (day < first || day > today) continue;
    const sum = sums.get(day) ?? { before: 0, beforeCount: 0, after: 0, afterCount: 0, checkIns: 0 };
    sums.set(day, sum);
    sum.checkIns++;
    if (moodBefore) {
      sum.before += moodBefore;
      sum.beforeCount++;
      total.before += moodBefore;
      total.beforeCount++;
    }
    if (moodAfter) {
      sum.after += moodAfter;
      sum.afterCount++;
      total.after += moodAfter;
      total.afterCount++;
    }
  }
  return {
    days: Array.from({ length: Math.max(0, days) }, (_, i) => {
      const day = addDays(first, i);
      const sum = sums.get(day);
      return {
        day,
        before: sum ? mean(sum.before, sum.beforeCount) : null,
        after: sum ? mean(sum.after, sum.afterCount) : null,
        checkIns: sum?.checkIns ?? 0,
      };
    }),
    before: mean(total.before, total.beforeCount),
    after: mean(total.after, total.afterCount),
  };
}

/** The kind after which mood rose the most on average, if one did, alone at the top; null otherwise. */
export function bestHelp(helps: Stats['helps']): Stats['helps'][number] | null {
  const claims = helps.filter((row) => row.averageChange !== null && row.averageChange > 0);
  const top = Math.max(...claims.map((row) => row.averageChange as number));
  const best = claims.filter((row) => row.averageChange === top);
  return best.length === 1 ? (best[0] ?? null) : null;
}

/**
 * The span of the what-helps bars: whole mood steps from the lowest change
 * to the highest, always with 0 inside, so every bar grows from one zero line.
 */
export function changeExtent(helps: Stats['helps']): { min: number; max: number } {
  const changes = helps.flatMap((row) => (row.averageChange === null ? [] : [row.averageChange]));
  const min = Math.min(0, Math.floor(Math.min(...changes, 0)));
  const max = Math.max(0, Math.ceil(Math.max(...changes, 0)));
  return { min, max: max === min ? min + 1 : max };
}
