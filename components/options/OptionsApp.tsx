import { useEffect, useRef } from 'preact/hooks';
import { ReadFailure } from '@/components/shared/readFailed';
import { StorageTrouble } from '@/components/shared/StorageTrouble';
import { useStored } from '@/components/shared/useStored';
import { useTheme } from '@/components/shared/useTheme';
import { t } from '@/lib/browser/i18n';
import { settingsItem } from '@/lib/browser/storage/items';
import type { Settings } from '@/lib/core/settings/settings';
import { StorageNotices } from './StorageNotices';
import { OptionsNav } from './sections/OptionsNav';
import { useCurrentSection, useLoadedSection } from './sections/useSection';

/**
 * Each change applies to the latest stored settings under their lock (the
 * break view's hearts write them too), and the background follows the change.
 */
const save = (change: (settings: Settings) => Settings) => settingsItem.update(change);

/**
 * The options page: its sections in a navigation, one shown at a time. The
 * page itself only lays them out; each section is its own component, loaded
 * when it is opened (sections/sections.ts).
 */
export function OptionsApp() {
  const settings = useStored(settingsItem).value;
  useTheme(settings?.theme);
  const current = useCurrentSection().value;
  const { loaded, failed } = useLoadedSection(current);
  const shown = settings ? loaded.value : null;

  // A section opened by its link or by a link from the popup starts with its
  // heading focused, for keyboard and screen reader alike; a plain visit does not.
  const focusNext = useRef(location.hash !== '');
  useEffect(() => {
    const follow = () => {
      focusNext.current = true;
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    const main = document.querySelector('main');
    if (!shown || shown.id !== current || !focusNext.current || !main) return;
    focusNext.current = false;
    const focusHeading = () => {
      const heading = main.querySelector<HTMLElement>('h2');
      if (!heading) return false;
      heading.tabIndex = -1;
      scrollTo(0, 0);
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    // Progress and history show their heading once history is read, a moment after their code.
    const watch = new MutationObserver(() => focusHeading() && watch.disconnect());
    watch.observe(main, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [shown?.id, current]);

  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <OptionsNav current={current} />
      <main aria-busy={!shown || shown.id !== current}>
        <ReadFailure />
        <StorageTrouble />
        <StorageNotices />
        {failed.value ? (
          <p role="alert" class="error">
            {t('sectionLoadFailed')}
          </p>
        ) : shown && settings ? (
          <shown.Section settings={settings} onSave={save} />
        ) : (
          <p>{t('loading')}</p>
        )}
      </main>
    </div>
  );
}
