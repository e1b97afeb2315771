import { t } from '@/lib/browser/i18n';

/** Says that part of the page could not be loaded (a chunk gone after an update), with a way to try again. */
export function LoadFailure() {
  return (
    <div role="alert">
      {/* The page's one heading while it shows nothing else: what went wrong. */}
      <h1>{t('errorBreakViewLoad')}</h1>
      <button type="button" class="primary" onClick={() => location.reload()}>
        {t('reloadPage')}
      </button>
    </div>
  );
}
