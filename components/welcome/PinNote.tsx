import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';

/** Chrome's word on whether the toolbar button is pinned (Chrome 91+; the change event, 130+). */
interface ChromeAction {
  getUserSettings?: () => Promise<{ isOnToolbar?: boolean }>;
  onUserSettingsChanged?: { addListener(listener: (change: { isOnToolbar?: boolean }) => void): void };
}

/** Whether the button is on the toolbar, as far as the browser says; undefined where it cannot. */
function usePinned() {
  const pinned = useSignal<boolean | undefined>(undefined);
  useEffect(() => {
    const action = browser.action as unknown as ChromeAction | undefined;
    action
      ?.getUserSettings?.()
      .then((settings) => {
        pinned.value = settings.isOnToolbar;
      })
      .catch(() => {});
    action?.onUserSettingsChanged?.addListener((change) => {
      pinned.value = change.isOnToolbar;
    });
  }, []);
  return pinned;
}

/**
 * How to keep the toolbar button in view, in this browser's words: Chrome
 * puts a new extension under its puzzle piece, Firefox in the toolbar
 * (default_area). Once Chrome says it is pinned, the note says so instead.
 */
export function PinNote() {
  const pinned = usePinned().value;
  return (
    <section aria-labelledby="pin-heading">
      <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
      <p>{pinned ? t('welcomePinned') : import.meta.env.FIREFOX ? t('welcomePinFirefox') : t('welcomePinChrome')}</p>
    </section>
  );
}
