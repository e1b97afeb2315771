import { useHistory } from '@/components/shared/useHistory';
import { t } from '@/lib/browser/i18n';
import { HistoryView } from './HistoryView';
import { Progress } from './Progress';

/** Progress and history, both following the stored history as breaks are added. */
export function HistoryArea({ goal }: { goal: number }) {
  const store = useHistory().value;
  if (!store) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <>
      <Progress store={store} goal={goal} />
      <HistoryView store={store} />
    </>
  );
}
