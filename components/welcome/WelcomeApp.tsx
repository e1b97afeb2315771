import { browser } from 'wxt/browser';
import { ReadFailure } from '@/components/shared/readFailed';
import { ActionError, useAction } from '@/components/shared/useAction';
import { useStored } from '@/components/shared/useStored';
import { useTheme } from '@/components/shared/useTheme';
import { t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';
import { settingsItem } from '@/lib/browser/storage/items';
import type { Settings } from '@/lib/core/settings/settings';
import { HoursChoice } from './HoursChoice';
import { NextBreak } from './NextBreak';
import { PinNote } from './PinNote';
import { RhythmChoice } from './RhythmChoice';
import { StyleChoice } from './StyleChoice';

const OPTIONS = browser.runtime.getURL('/options.html');

/** Each choice applies to the latest stored settings, under their lock, as the options page saves them. */
const save = (change: (settings: Settings) => Settings) => settingsItem.update(change);

/**
 * The page a first install opens: what Breathing Room does, when the first
 * break comes (beside a real break to try), the three choices that matter
 * most (each saved as it is made, each also in options) and how to keep the
 * button in reach. Closing it keeps the defaults.
 */
export function WelcomeApp() {
  const settings = useStored(settingsItem).value;
  useTheme(settings?.theme);
  const tryBreak = useAction();
  return (
    <main class="welcome">
      <header>
        <img src="/icon/breathing-room.svg" alt="" width="56" height="56" />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="intro">{t('welcomeIntro')}</p>
      <div class="welcome-start">
        <NextBreak />
        <button
          type="button"
          class="primary"
          onClick={() => tryBreak.run(() => sendToBackground({ type: 'takeBreakNow', openView: true }))}
        >
          {t('welcomeTry')}
        </button>
      </div>
      <ActionError action={tryBreak} />
      <ReadFailure />
      {settings && (
        <form onSubmit={(event) => event.preventDefault()}>
          <RhythmChoice settings={settings} onSave={save} />
          <HoursChoice settings={settings} onSave={save} />
          <StyleChoice settings={settings} onSave={save} />
        </form>
      )}
      <PinNote />
      <footer>
        <p class="muted">{t('welcomeKept')}</p>
        <p>
          <a href={OPTIONS}>{t('welcomeAllOptions')}</a>
          <a href={browser.runtime.getURL('/privacy.html')}>{t('welcomePrivacy')}</a>
        </p>
      </footer>
    </main>
  );
}
