import { useFollowedHistory } from '@/components/shared/useFollowedHistory';
import { t } from '@/lib/browser/i18n';
import { readRecentHistory } from '@/lib/browser/storage/history-read';
import type { SectionProps } from '../sections/sections';
import { ProgressSection } from './ProgressSection';

/**
 * Progress, following the stored history as breaks are added. It reads the
 * recent months in full and only the daily totals of older ones, so years
 * of history open as fast as one.
 */
export function ProgressArea({ settings }: SectionProps) {
  const recent = useFollowedHistory(readRecentHistory).value;
  return recent ? <ProgressSection store={recent} goal={settings.dailyGoal} /> : <p aria-busy="true">{t('loading')}</p>;
}
