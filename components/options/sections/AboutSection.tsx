import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addStyle } from '@/components/shared/addStyle';
import { CareNote } from '@/components/shared/CareNote';
import { t } from '@/lib/browser/i18n';
import style from './about.css?inline';

// Loaded with the section, not with the page (see addStyle).
addStyle(style);

/** A keyboard shortcut as the browser has it now: the person may have changed or cleared it. */
interface Shortcut {
  description: string;
  /** Empty when none is set. */
  keys: string;
}

/** The shortcuts this browser gives Breathing Room; none where the browser cannot say. */
function useShortcuts() {
  const shortcuts = useSignal<Shortcut[]>([]);
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((commands) => {
        // A shortcut the browser did not give (taken by another extension) is listed as not set.
        shortcuts.value = commands.flatMap(({ description, shortcut }) =>
          description ? [{ description, keys: shortcut ?? '' }] : [],
        );
      })
      .catch(() => {});
  }, []);
  return shortcuts;
}

/** What Breathing Room is and keeps private, its keyboard shortcuts, its version, and where to find help. */
export function AboutSection() {
  const shortcuts = useShortcuts().value;
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('aboutHeading')}</h2>
      <p>{t('aboutText')}</p>
      <p>
        {t('aboutPrivacy')} <a href={browser.runtime.getURL('/privacy.html')}>{t('aboutPrivacyLink')}</a>
      </p>
      {shortcuts.length > 0 && (
        <>
          <h3>{t('shortcutsHeading')}</h3>
          <dl class="shortcuts">
            {shortcuts.map(({ description, keys }) => (
              <div key={description}>
                <dt>{description}</dt>
                <dd>{keys ? <kbd>{keys}</kbd> : <span class="muted">{t('shortcutNotSet')}</span>}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <CareNote open />
      <p class="muted small">{t('aboutVersion', browser.runtime.getManifest().version)}</p>
    </section>
  );
}
