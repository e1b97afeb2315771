import { browser } from 'wxt/browser';
import { BreakView } from '@/components/BreakView';
import { useStored } from '@/components/useStored';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messages';
import type { Outcome } from '@/lib/schedule/types';
import { scheduleItem } from '@/lib/storage/items';
import { Countdown } from './Countdown';
import { FeelingChoice } from './FeelingChoice';

/** Opened by the background as a window of its own where the popup cannot open. */
const inOwnWindow = new URLSearchParams(location.search).has('window');

async function finish(outcome: Outcome): Promise<void> {
  await sendToBackground({ type: 'finishBreak', outcome });
  if (inOwnWindow) window.close();
}

function openOptions(event: Event): void {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
  window.close();
}

/** The toolbar popup: the countdown and "take a break now", or the break itself when one is running. */
export function App() {
  const schedule = useStored(scheduleItem);
  const state = schedule.value;
  if (!state) return <main aria-busy="true">{t('loading')}</main>;
  if (state.activeBreak) {
    return (
      <main>
        <BreakView
          active={state.activeBreak}
          onFinish={finish}
          onShowAnother={(part) => sendToBackground({ type: 'showAnother', part })}
        />
      </main>
    );
  }
  return (
    <main class="status">
      <h1>{t('extName')}</h1>
      <Countdown nextBreakAt={state.nextBreakAt} />
      <button type="button" class="primary" onClick={() => sendToBackground({ type: 'takeBreakNow' })}>
        {t('takeBreakNow')}
      </button>
      <FeelingChoice />
      <a href={browser.runtime.getURL('/options.html')} onClick={openOptions}>
        {t('openOptions')}
      </a>
    </main>
  );
}
