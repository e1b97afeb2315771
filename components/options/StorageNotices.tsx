import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ActionError, useAction } from '@/components/shared/useAction';
import { useStored } from '@/components/shared/useStored';
import { clockTime, shownLocale, t } from '@/lib/browser/i18n';
import { localFallbackFlag } from '@/lib/browser/storage/areas';
import { isHistoryNewer } from '@/lib/browser/storage/history-watch';
import { settingsItem, storageNoticeItem } from '@/lib/browser/storage/items';
import type { Settings } from '@/lib/core/settings/settings';
import { Confirm } from './fields/Confirm';

const SETTINGS_FLAG = localFallbackFlag(settingsItem.key);

/** Asks again whenever local or synced storage changes: the facts behind a notice can change in another tab. */
function useStorageFact(ask: () => Promise<boolean>) {
  const fact = useSignal(false);
  useEffect(() => {
    const check = () =>
      ask().then(
        (value) => (fact.value = value),
        () => {},
      );
    void check();
    const listener = (_changes: unknown, area: string) => {
      if (area !== 'session') void check();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return fact;
}

const keptLocally = () => browser.storage.local.get(SETTINGS_FLAG).then((stored) => stored[SETTINGS_FLAG] === true);

/**
 * Newer settings (from a newer version, through sync) are never written over
 * by this version; the person may choose to, after a question.
 */
function NewerSettings({ shown }: { shown: Settings }) {
  const asking = useSignal(false);
  const action = useAction();
  return (
    <div class="notice">
      <p>{t('noticeNewerSettings')}</p>
      {asking.value ? (
        <Confirm
          question={[t('useTheseSettingsConfirm')]}
          confirmLabel={t('useTheseSettingsReplace')}
          cancelLabel={t('importCancel')}
          danger
          onConfirm={() => {
            asking.value = false;
            void action.run(() => settingsItem.replace(shown));
          }}
          onCancel={() => (asking.value = false)}
        />
      ) : (
        <button type="button" onClick={() => (asking.value = true)}>
          {t('useTheseSettings')}
        </button>
      )}
      <ActionError action={action} />
    </div>
  );
}

/** Says plainly when storage had to make room, could not, or holds a newer version's data: nothing is lost silently. */
export function StorageNotices() {
  const notice = useStored(storageNoticeItem).value;
  const settings = useStored(settingsItem).value;
  const local = useStorageFact(keptLocally).value;
  const newerSettings = useStorageFact(settingsItem.isNewer).value;
  const newerHistory = useStorageFact(isHistoryNewer).value;
  const dismiss = useAction();
  const when = notice ? `${new Date(notice.at).toLocaleDateString(shownLocale())} ${clockTime(notice.at)}` : '';
  return (
    <div class="notices" role="status">
      {notice?.kind === 'folded' && (
        <div class="notice">
          <p>{t('noticeFolded', when)}</p>
          <button type="button" onClick={() => dismiss.run(() => storageNoticeItem.update(() => null))}>
            {t('noticeDismiss')}
          </button>
          <ActionError action={dismiss} />
        </div>
      )}
      {notice?.kind === 'full' && <p class="notice">{t('noticeFull', when)}</p>}
      {newerHistory && <p class="notice">{t('noticeNewerHistory')}</p>}
      {newerSettings && settings && <NewerSettings shown={settings} />}
      {local && <p class="notice">{t('noticeSyncLocal')}</p>}
    </div>
  );
}
