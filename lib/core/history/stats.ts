import { EXERCISE_KINDS, type ExerciseKind } from '@/content/types';
import { findExercise } from '@/lib/core/content/find';
import { RESTED_OUTCOMES } from '@/lib/core/vocabulary';
import { addDays, dayNumber, localDay, startOfWeek } from './dates';
import { noTotals } from './fold';
import { type MonthSummary, summarizeMonth } from './summary';
import { DAY_TOTAL_FIELDS, type DayTotals, type HistoryStore } from './types';

/** One local day of breaks: taken (natural breaks included) and skipped. */
export interface DayCount {
  day: string;
  taken: number;
  skipped: number;
}

/** Days of the longest daily series: twelve weeks, as many as the heat map can show. */
export const RECENT_DAYS = 84;

/** What the options page shows about the person's breaks. */
export interface Stats {
  /** Breaks taken today (natural breaks included) against the daily goal. */
  today: { taken: number; goal: number };
  /** Breaks taken since Monday against the goal of a full week: seven daily goals. */
  week: { taken: number; goal: number };
  /** Of the breaks that came due (answered, or left open until they expired), the share taken (0-1); null before the first. */
  completionRate: number | null;
  /** Mindful time over all history, in whole minutes. */
  mindfulMinutes: number;
  /** Days in a row meeting the goal, up to today (or yesterday, while today is still open). */
  currentStreak: number;
  longestStreak: number;
  /** The last 30 local days, oldest first, today last. */
  last30: DayCount[];
  /** The last 84 local days (twelve weeks), oldest first, today last: the heat map's days. */
  last84: DayCount[];
  /** How mood changed around each kind of exercise; only breaks kept in full have moods. */
  helps: { kind: ExerciseKind; averageChange: number | null; count: number }[];
}

/** Fewer check-ins than this make no claim about what helps. */
export const MIN_MOOD_PAIRS = 3;

/**
 * A natural break (time away, long enough) is a real break: it counts as
 * taken for the goal, the streaks and the daily counts. It is not an answer
 * to a reminder, so the completion rate leaves it out.
 */
const takenOn = (totals: DayTotals | undefined) =>
  totals ? RESTED_OUTCOMES.reduce((sum, outcome) => sum + totals[outcome], 0) : 0;

/** Per-day totals and mood changes per exercise kind, from the breaks read and the months summed up. */
function collect(store: HistoryStore & { summaries?: readonly MonthSummary[] }) {
  const perDay = new Map<string, DayTotals>();
  const moods = new Map<ExerciseKind, { sum: number; count: number }>();
  const addMoods = (exerciseId: string, sum: number, count: number) => {
    const kind = findExercise(exerciseId)?.kind;
    if (!kind) return;
    const seen = moods.get(kind) ?? { sum: 0, count: 0 };
    moods.set(kind, { sum: seen.sum + sum, count: seen.count + count });
  };
  for (const summary of [...(store.summaries ?? []), summarizeMonth(store.entries)]) {
    for (const [day, totals] of Object.entries(summary.days)) {
      const sum = perDay.get(day) ?? noTotals();
      for (const field of DAY_TOTAL_FIELDS) sum[field] += totals[field];
      perDay.set(day, sum);
    }
    for (const [exerciseId, { sum, count }] of Object.entries(summary.moods)) addMoods(exerciseId, sum, count);
  }
  return { perDay, moods };
}

/** Longest run of consecutive day numbers. */
function longestRun(days: number[]): number {
  let longest = 0;
  let run = 0;
  days.sort((a, b) => a - b);
  for (let i = 0; i < days.length; i++) {
    run = days[i - 1] === (days[i] as number) - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Everything the statistics show, in one pass over history. Days are local
 * days, a break belongs to the day it ended, and folded breaks count like any
 * other. A goal below 1 counts as 1: a day with no break meets no goal.
 */
export function computeStats(
  store: HistoryStore & { summaries?: readonly MonthSummary[] },
  goal: number,
  now: number,
): Stats {
  const { perDay, moods } = collect(store);
  const dailyGoal = Math.max(1, goal);
  const today = localDay(now);
  const all = noTotals();
  // Streaks step through day numbers: whole calendar days, whatever the clocks did.
  const metDays: number[] = [];
  for (const [day, totals] of perDay) {
    for (const field of Object.keys(all) as (keyof DayTotals)[]) all[field] += totals[field];
    if (takenOn(totals) >= dailyGoal) metDays.push(dayNumber(day));
  }
  const met = new Set(metDays);
  const todayNumber = dayNumber(today);

  let weekTaken = 0;
  for (let day = localDay(startOfWeek(now)); day <= today; day = addDays(day, 1)) weekTaken += takenOn(perDay.get(day));

  let currentStreak = 0;
  for (let day = met.has(todayNumber) ? todayNumber : todayNumber - 1; met.has(day); day--) currentStreak++;

  const last84 = Array.from({ length: RECENT_DAYS }, (_, i): DayCount => {
    const day = addDays(today, i + 1 - RECENT_DAYS);
    const totals = perDay.get(day);
    return { day, taken: takenOn(totals), skipped: totals?.skipped ?? 0 };
  });

  const due = all.taken + all.skipped + all.snoozed + all.missed;
  return {
    today: { taken: takenOn(perDay.get(today)), goal: dailyGoal },
    week: { taken: weekTaken, goal: dailyGoal * 7 },
    completionRate: due === 0 ? null : all.taken / due,
    mindfulMinutes: Math.round(all.mindfulSeconds / 60),
    currentStreak,
    longestStreak: longestRun(metDays),
    last30: last84.slice(-30),
    last84,
    helps: EXERCISE_KINDS.flatMap((kind) => {
      const seen = moods.get(kind);
      if (!seen) return [];
      // `|| 0`: a mean that rounds to nothing is 0, never -0.
      const averageChange = seen.count < MIN_MOOD_PAIRS ? null : Math.round((seen.sum / seen.count) * 10) / 10 || 0;
      return [{ kind, averageChange, count: seen.count }];
    }),
  };
}
