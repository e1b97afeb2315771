import { t, tCount } from '@/lib/browser/i18n';
import type { Stats } from '@/lib/core/history/stats';
import { count, percent } from './format';

/** A tile: a big number, then what it counts, read in that order ("2 of 6 breaks today"). */
export function Tile({ value, label }: { value: string; label: string }) {
  return (
    <li class="tile">
      <span class="tile-value">{value}</span> <span class="tile-label">{label}</span>
    </li>
  );
}

/**
 * The numbers at a glance: today and this week against the goal, the
 * streaks, mindful minutes, and the share of due breaks taken (once any
 * came due: before that there is no share to show).
 */
export function StatTiles({ stats }: { stats: Stats }) {
  const { today, week, currentStreak, longestStreak, mindfulMinutes, completionRate } = stats;
  return (
    <ul class="tiles">
      <Tile value={count(today.taken)} label={tCount('tileToday', today.goal)} />
      <Tile value={count(week.taken)} label={tCount('tileWeek', week.goal)} />
      <Tile value={count(currentStreak)} label={tCount('tileStreak', currentStreak)} />
      <Tile value={count(longestStreak)} label={tCount('tileLongest', longestStreak)} />
      <Tile value={count(mindfulMinutes)} label={tCount('tileMinutes', mindfulMinutes)} />
      {completionRate !== null && <Tile value={percent(completionRate)} label={t('tileCompletion')} />}
    </ul>
  );
}
