import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';
import { heldInMemory } from '@/lib/browser/storage/areas';
import { scheduleItem } from '@/lib/browser/storage/items';

/**
 * Says, in the popup and the options page, when the browser's storage is so
 * full that the schedule cannot be saved: reminders still come, and the
 * person learns how to make room.
 */
export function StorageTrouble() {
  const unsaved = useSignal(false);
  useEffect(() => {
    const check = () => heldInMemory(scheduleItem.key).then((value) => (unsaved.value = value));
    void check();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && scheduleItem.key in changes) void check();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!unsaved.value) return null;
  return (
    <p class="notice" role="alert">
      {t('noticeUnsaved')}
    </p>
  );
}
