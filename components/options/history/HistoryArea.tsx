import { useSignal } from '@preact/signals';
import { useFollowedHistory } from '@/components/shared/useFollowedHistory';
import { useHistory } from '@/components/shared/useHistory';
import { t } from '@/lib/browser/i18n';
import { readRecentHistory } from '@/lib/browser/storage/history-read';
import { HistoryView } from './HistoryView';

/** All of history, once the person asks for breaks older than a year. */
function AllHistory() {
  const store = useHistory().value;
  return store ? <HistoryView store={store} /> : <p aria-busy="true">{t('loading')}</p>;
}

/**
 * History, following the stored history as breaks are added. It opens on
 * the recent months, so years of history open as fast as one; the folded
 * breaks themselves are read only when the person asks for them.
 */
export function HistoryArea() {
  const recent = useFollowedHistory(readRecentHistory).value;
  const older = useSignal(false);
  if (!recent) return <p aria-busy="true">{t('loading')}</p>;
  if (older.value) return <AllHistory />;
  return <HistoryView store={recent} onShowOlder={recent.olderMonths > 0 ? () => (older.value = true) : undefined} />;
}
