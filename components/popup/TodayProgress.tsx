import { useFollowedHistory } from '@/components/shared/useFollowedHistory';
import { t } from '@/lib/browser/i18n';
import { readHistoryMonth } from '@/lib/browser/storage/history-months';
import { localDay } from '@/lib/core/history/dates';

/** "3 of 6 breaks today", at a glance: taken and natural breaks count, as in the options page's progress. */
export function TodayProgress({ goal }: { goal: number }) {
  const month = useFollowedHistory(() => readHistoryMonth(Date.now())).value;
  if (!month) return null;
  const today = localDay(Date.now());
  const taken = month.filter(
    (entry) => (entry.outcome === 'taken' || entry.outcome === 'natural') && localDay(entry.endedAt) === today,
  ).length;
  return (
    <p class="today">
      <label>
        {t('popupProgress', [String(taken), String(goal)])} <meter min={0} max={goal} value={Math.min(taken, goal)} />
      </label>
    </p>
  );
}
