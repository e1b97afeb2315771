import { browser } from 'wxt/browser';
import { ChartIcon, GearIcon } from '@/components/shared/icons';
import { StorageTrouble } from '@/components/shared/StorageTrouble';
import { ActionError, useAction } from '@/components/shared/useAction';
import { t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';
import type { ScheduleState } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';
import { Countdown } from './Countdown';
import { FeelingChoice } from './FeelingChoice';
import { PausedNote, PauseMenu } from './Pause';
import { TodayProgress } from './TodayProgress';

const OPTIONS = browser.runtime.getURL('/options.html');

/**
 * The toolbar popup between breaks: the countdown is the hero, then Take a
 * break now, then the feelings. Pause is one control that opens its choices;
 * options and progress are a quiet link each. At most six tab stops.
 */
export function AtRest({ state, settings }: { state: ScheduleState; settings: Settings }) {
  const start = useAction();
  return (
    <main>
      <h1 class="brand">{t('extName')}</h1>
      <StorageTrouble />
      {state.pause ? (
        <PausedNote until={state.pause.until} />
      ) : (
        <div class="hero">
          <Countdown
            nextBreakAt={settings.longBreaks ? state.nextBreakAt : state.nextMicroAt}
            micro={!settings.longBreaks}
          />
          <TodayProgress goal={settings.dailyGoal} />
        </div>
      )}
      <button
        type="button"
        class={state.pause ? 'wide' : 'primary wide'}
        onClick={() => start.run(() => sendToBackground({ type: 'takeBreakNow' }))}
      >
        {t('takeBreakNow')}
      </button>
      <ActionError action={start} />
      <FeelingChoice />
      <div class="links">
        {!state.pause && <PauseMenu />}
        {/* Plain links, a quiet icon each (named, with a tooltip): the options page opens in a tab. */}
        <a href={`${OPTIONS}#progress`} target="_blank" rel="noopener" class="icon-link" title={t('progressLink')}>
          <ChartIcon />
          <span class="visually-hidden">{t('progressLink')}</span>
        </a>
        <a href={OPTIONS} target="_blank" rel="noopener" class="icon-link" title={t('optionsLink')}>
          <GearIcon />
          <span class="visually-hidden">{t('optionsLink')}</span>
        </a>
      </div>
    </main>
  );
}
