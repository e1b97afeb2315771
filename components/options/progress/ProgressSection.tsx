import { useEffect, useMemo, useRef } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import { computeStats, type Stats } from '@/lib/core/history/stats';
import type { HistoryStore } from '@/lib/core/history/types';
import { DayChart } from './DayChart';

const signed = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

function Helps({ helps }: { helps: Stats['helps'] }) {
  const rows = helps.filter((row) => row.count > 0);
  return (
    <section aria-labelledby="helps-heading">
      <h3 id="helps-heading">{t('helpsHeading')}</h3>
      <p class="muted">{t('helpsNote')}</p>
      {rows.length === 0 ? (
        <p>{t('helpsEmpty')}</p>
      ) : (
        <ul>
          {rows.map(({ kind, averageChange, count }) => (
            <li key={kind}>
              {averageChange === null
                ? t('helpsTooFew', [t(`kind_${kind}`), String(count)])
                : t('helpsRow', [t(`kind_${kind}`), signed(averageChange), String(count)])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Today and this week against the daily goal, streaks, mindful minutes, 30 days, and what helps. */
export function ProgressSection({ store, goal }: { store: HistoryStore; goal: number }) {
  // Recomputed only when history or the goal changes; 20,000 entries take a few ms.
  const stats = useMemo(() => computeStats(store, goal, Date.now()), [store, goal]);
  const rate = stats.completionRate;
  // The popup's Progress link lands here: the section comes after history loads, so scroll to it then.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (location.hash !== '#progress') return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section id="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading" tabIndex={-1} ref={heading}>
        {t('progressHeading')}
      </h2>
      <ul class="stats">
        <li>{t('statToday', [String(stats.today.taken), String(stats.today.goal)])}</li>
        <li>{t('statWeek', [String(stats.week.taken), String(stats.week.goal)])}</li>
        <li>{rate === null ? t('statCompletionNone') : t('statCompletion', String(Math.round(rate * 100)))}</li>
        <li>{t('statMinutes', String(stats.mindfulMinutes))}</li>
        <li>{t('statStreak', [String(stats.currentStreak), String(stats.longestStreak)])}</li>
      </ul>
      <DayChart days={stats.last30} />
      <Helps helps={stats.helps} />
    </section>
  );
}
