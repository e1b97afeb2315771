import { ActionError, useAction } from '@/components/shared/useAction';
import { clockTime, t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';
import { PAUSE_LENGTHS } from '@/lib/core/vocabulary';

/** "Reminders paused until 14:30", always in view while paused, with Resume one press away. */
export function PausedNote({ until }: { until: number | null }) {
  const action = useAction();
  return (
    <div class="paused" role="status">
      <p class="countdown">{until === null ? t('pausedUntilResumed') : t('pausedUntil', clockTime(until))}</p>
      <button type="button" onClick={() => action.run(() => sendToBackground({ type: 'resume' }))}>
        {t('resume')}
      </button>
      <ActionError action={action} />
    </div>
  );
}

/** Pause reminders for a while; a timed pause ends by itself. */
export function PauseControls() {
  const action = useAction();
  return (
    <fieldset class="feelings">
      <legend>{t('pauseLegend')}</legend>
      {PAUSE_LENGTHS.map((length) => (
        <button
          key={length}
          type="button"
          class="quiet"
          onClick={() => action.run(() => sendToBackground({ type: 'pause', length }))}
        >
          {t(`pause_${length}`)}
        </button>
      ))}
      <ActionError action={action} />
    </fieldset>
  );
}
