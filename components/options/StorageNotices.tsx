import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useStored } from '@/components/shared/useStored';
import { clockTime, t } from '@/lib/browser/i18n';
import { settingsItem, storageNoticeItem } from '@/lib/browser/storage/items';
import { localFallbackFlag } from '@/lib/browser/storage/typed-item';

const SETTINGS_FLAG = localFallbackFlag(settingsItem.key);

/** True while settings are kept on this computer because the browser's sync took no more. */
function useSettingsKeptLocally() {
  const kept = useSignal(false);
  useEffect(() => {
    const check = () =>
      browser.storage.local.get(SETTINGS_FLAG).then((stored) => (kept.value = stored[SETTINGS_FLAG] === true));
    void check();
    const listener = (changes: Record<string, unknown>) => {
      if (SETTINGS_FLAG in changes) void check();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return kept;
}

/** Says plainly when storage had to make room, or when settings could not sync: nothing is lost silently. */
export function StorageNotices() {
  const notice = useStored(storageNoticeItem).value;
  const keptLocally = useSettingsKeptLocally().value;
  if (!notice && !keptLocally) return null;
  const when = notice ? `${new Date(notice.at).toLocaleDateString()} ${clockTime(notice.at)}` : '';
  return (
    <div class="notices" role="status">
      {notice?.kind === 'folded' && <p>{t('noticeFolded', when)}</p>}
      {notice?.kind === 'full' && <p>{t('noticeFull', when)}</p>}
      {keptLocally && <p>{t('noticeSyncLocal')}</p>}
    </div>
  );
}
