import { signal } from '@preact/signals';
import { t } from '@/lib/browser/i18n';

/** True once a page could not read what it needs from storage: the page says so instead of loading forever. */
const failed = signal(false);

/** Called by every stored-data hook when a read fails. */
export function readFailed(error: unknown): void {
  console.error('Breathing Room: could not read storage', error);
  failed.value = true;
}

/** Says that storage could not be read, with a way to try again; nothing while all is well. */
export function ReadFailure() {
  if (!failed.value) return null;
  return (
    <div class="read-failure" role="alert">
      <p>{t('errorLoadFailed')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('reloadPage')}
      </button>
    </div>
  );
}
