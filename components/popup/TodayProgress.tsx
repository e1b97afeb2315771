import { useStored } from '@/components/shared/useStored';
import { t } from '@/lib/browser/i18n';
import { historyItem } from '@/lib/browser/storage/items';
import { localDay } from '@/lib/core/history/dates';

/** "3 of 6 breaks today", at a glance: taken and natural breaks count, as in the options page's progress. */
export function TodayProgress({ goal }: { goal: number }) {
  const store = useStored(historyItem).value;
  if (!store) return null;
  const today = localDay(Date.now());
  const taken = store.entries.filter(
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
