import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useFollowedHistory } from '@/components/shared/useFollowedHistory';
import { useHistory } from '@/components/shared/useHistory';
import { t } from '@/lib/browser/i18n';
import { readRecentHistory } from '@/lib/browser/storage/history';
import { ProgressSection } from '../progress/ProgressSection';
import { HistoryView } from './HistoryView';

/** All of history, once the person asks for breaks older than a year. */
function AllHistory() {
  const store = useHistory().value;
  return store ? <HistoryView store={store} /> : <p aria-busy="true">{t('loading')}</p>;
}

/**
 * Progress and history, both following the stored history as breaks are
 * added. Both open on the recent months and the folded months' daily totals,
 * so years of history open as fast as one; the folded breaks themselves are
 * read only when the person asks for them.
 */
export function HistoryArea({ goal }: { goal: number }) {
  const recent = useFollowedHistory(readRecentHistory).value;
  const older = useSignal(false);
  // The list of breaks comes a frame after progress: progress is what a person opens the page for.
  const listed = useSignal(false);
  useEffect(() => {
    if (!recent || listed.value) return;
    const frame = requestAnimationFrame(() => setTimeout(() => (listed.value = true)));
    return () => cancelAnimationFrame(frame);
  }, [recent !== undefined]);
  if (!recent) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <>
      <ProgressSection store={recent} goal={goal} />
      {!listed.value ? null : older.value ? (
        <AllHistory />
      ) : (
        <HistoryView store={recent} onShowOlder={recent.olderMonths > 0 ? () => (older.value = true) : undefined} />
      )}
    </>
  );
}
