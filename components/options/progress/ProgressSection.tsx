import { useMemo } from 'preact/hooks';
import { addStyle } from '@/components/shared/addStyle';
import { t } from '@/lib/browser/i18n';
import { heatMapWeeks, moodByDay } from '@/lib/core/history/charts';
import { computeStats } from '@/lib/core/history/stats';
import type { HistoryStore } from '@/lib/core/history/types';
import { DayChart } from './DayChart';
import { HeatMap } from './HeatMap';
import { HelpsBars } from './HelpsBars';
import { MicroProgress } from './MicroProgress';
import { MoodChart } from './MoodChart';
import style from './progress.css?inline';
import { StatTiles } from './StatTiles';

// Loaded with the section, not with the page (see addStyle).
addStyle(style);

/**
 * Progress: the numbers at a glance (micro-breaks apart), then twelve weeks as a calendar, the
 * last 30 days, mood before and after breaks, and what helps. Each chart
 * says what it shows in a sentence and has its numbers as a table.
 */
export function ProgressSection({ store, goal }: { store: HistoryStore; goal: number }) {
  // Recomputed only when history or the goal changes; 20,000 entries take a few ms.
  const { stats, weeks, moods } = useMemo(() => {
    const now = Date.now();
    const stats = computeStats(store, goal, now);
    // The store keeps the last two months in full, so the moods of the last 30 days are all here.
    return { stats, weeks: heatMapWeeks(stats.last84, goal, now), moods: moodByDay(store.entries, now) };
  }, [store, goal]);
  return (
    <section id="progress" class="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading" tabIndex={-1}>
        {t('progressHeading')}
      </h2>
      <StatTiles stats={stats} />
      <MicroProgress />
      <HeatMap weeks={weeks} />
      <DayChart days={stats.last30} />
      <MoodChart series={moods} />
      <HelpsBars helps={stats.helps} />
    </section>
  );
}
