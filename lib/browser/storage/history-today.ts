import { localDay } from '@/lib/core/history/dates';
import { readHistoryMonth } from './history-months';

/** The breaks of `now`'s day that count toward the goal: taken and natural ones, as progress counts them. */
export async function takenToday(now: number): Promise<number> {
  const today = localDay(now);
  const month = await readHistoryMonth(now);
  return month.filter(
    (entry) => (entry.outcome === 'taken' || entry.outcome === 'natural') && localDay(entry.endedAt) === today,
  ).length;
}
