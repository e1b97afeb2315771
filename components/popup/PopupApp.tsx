import { browser } from 'wxt/browser';
import { ReadFailure } from '@/components/shared/readFailed';
import { StorageTrouble } from '@/components/shared/StorageTrouble';
import { ActionError, useAction } from '@/components/shared/useAction';
import { useStored } from '@/components/shared/useStored';
import { useTheme } from '@/components/shared/useTheme';
import { playChime } from '@/lib/browser/chime';
import { t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';
import { scheduleItem, settingsItem } from '@/lib/browser/storage/items';
import { snoozeLimitReached } from '@/lib/core/schedule/answers';
import type { BreakNotes } from '@/lib/core/schedule/types';
import type { Answer } from '@/lib/core/vocabulary';
import { Countdown } from './Countdown';
import { FeelingChoice } from './FeelingChoice';
import { LazyBreakView } from './LazyBreakView';
import { PauseControls, PausedNote } from './Pause';
import { TodayProgress } from './TodayProgress';

/** Opened by the background as a window of its own where the popup cannot open. */
const inOwnWindow = new URLSearchParams(location.search).has('window');

async function finish(outcome: Answer, notes: BreakNotes & { snoozeMinutes?: number }): Promise<void> {
  await sendToBackground({ type: 'finishBreak', outcome, ...notes });
  if (inOwnWindow) window.close();
}

/** The options page in a tab of its own; the popup closes once it is open. */
async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
  window.close();
}

/** The toolbar popup: the countdown and "take a break now", a pause, or the break itself when one is running. */
export function PopupApp() {
  const state = useStored(scheduleItem).value;
  const settings = useStored(settingsItem).value;
  const start = useAction();
  const options = useAction();
  useTheme(settings?.theme);
  if (!state || !settings) {
    return (
      <main aria-busy="true">
        <ReadFailure />
        {t('loading')}
      </main>
    );
  }
  if (state.activeBreak) {
    return (
      <main>
        <LazyBreakView
          active={state.activeBreak}
          state={state}
          settings={settings}
          onMoodBefore={(mood) => sendToBackground({ type: 'moodBefore', mood })}
          onBegin={() => sendToBackground({ type: 'beginExercise' })}
          onPhase={(kind) => settings.sound && playChime(kind, settings.volume)}
          snoozeChoices={snoozeLimitReached(settings, state) ? [] : settings.snoozeMinutes}
          onFinish={finish}
          onShowContent={(content) => sendToBackground({ type: 'showContent', ...content })}
        />
      </main>
    );
  }
  return (
    <main class="status">
      <h1>{t('extName')}</h1>
      <StorageTrouble />
      {state.pause ? <PausedNote until={state.pause.until} /> : <Countdown nextBreakAt={state.nextBreakAt} />}
      <button type="button" class="primary" onClick={() => start.run(() => sendToBackground({ type: 'takeBreakNow' }))}>
        {t('takeBreakNow')}
      </button>
      <ActionError action={start} />
      <TodayProgress goal={settings.dailyGoal} />
      <FeelingChoice />
      {!state.pause && <PauseControls />}
      <a
        href={browser.runtime.getURL('/options.html')}
        onClick={(event) => {
          event.preventDefault();
          void options.run(openOptions);
        }}
      >
        {t('openOptions')}
      </a>
      <ActionError action={options} />
    </main>
  );
}
