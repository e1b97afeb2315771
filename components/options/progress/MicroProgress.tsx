import { useStored } from '@/components/shared/useStored';
import { t } from '@/lib/browser/i18n';
import { microTallyItem } from '@/lib/browser/storage/micro-tally-item';
import { localDay, startOfWeek } from '@/lib/core/history/dates';
import { microBetween } from '@/lib/core/history/micro-tally';
import { count } from './format';
import { Tile } from './StatTiles';

/**
 * Micro-breaks, counted apart from the longer breaks and never toward the
 * goal: shown today and this week, and how many were skipped or snoozed.
 * Shown once any were counted.
 */
export function MicroProgress() {
  const tally = useStored(microTallyItem).value;
  if (!tally || Object.keys(tally).length === 0) return null;
  const now = Date.now();
  const today = localDay(now);
  const day = microBetween(tally, today, today);
  const week = microBetween(tally, localDay(startOfWeek(now)), today);
  return (
    <div class="micro-progress">
      <h3>{t('microGroup')}</h3>
      <ul class="tiles" aria-label={t('microGroup')}>
        <Tile value={count(day.shown)} label={t('microTileToday')} />
        <Tile value={count(week.shown)} label={t('microTileWeek')} />
      </ul>
      <p class="muted small">{t('microWeekNote', [count(week.skipped), count(week.snoozed)])}</p>
    </div>
  );
}
