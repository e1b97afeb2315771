import { localDay } from '@/lib/core/history/dates';
import { isRested } from '@/lib/core/vocabulary';
import { readHistoryMonth } from './history-months';

/** The breaks of `now`'s day that count toward the goal: taken and natural ones, as progress counts them. */
export async function takenToday(now: number): Promise<number> {
  const today = localDay(now);
  const month = await readHistoryMonth(now);
  return month.filter((entry) => isRested(entry.outcome) && localDay(entry.endedAt) === today).length;
}
