import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { PauseIcon } from '@/components/shared/icons';
import { ActionError, useAction } from '@/components/shared/useAction';
import { clockTime, t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';
import { PAUSE_LENGTHS } from '@/lib/core/vocabulary';

/** "Reminders paused until 14:30", in the countdown's place while paused, with Resume one press away. */
export function PausedNote({ until }: { until: number | null }) {
  const action = useAction();
  return (
    <div class="hero paused" role="status">
      <p class="hero-words">{until === null ? t('pausedUntilResumed') : t('pausedUntil', clockTime(until))}</p>
      <button type="button" class="primary wide" onClick={() => action.run(() => sendToBackground({ type: 'resume' }))}>
        {t('resume')}
      </button>
      <ActionError action={action} />
    </div>
  );
}

/**
 * "Pause reminders": one control that opens its choices in place, on a line
 * of their own under it; Escape closes them and returns focus. A timed pause
 * ends by itself.
 */
export function PauseMenu() {
  const open = useSignal(false);
  const action = useAction();
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open.value) first.current?.focus();
  }, [open.value]);
  return (
    <div class="pause-menu">
      <button
        type="button"
        class="quiet"
        ref={toggle}
        aria-expanded={open.value}
        aria-controls="pause-choices"
        onClick={() => (open.value = !open.value)}
      >
        <PauseIcon /> {t('pauseReminders')}
      </button>
      {open.value && (
        <fieldset
          id="pause-choices"
          class="pause-choices"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            open.value = false;
            toggle.current?.focus();
          }}
        >
          <legend class="visually-hidden">{t('pauseLegend')}</legend>
          {PAUSE_LENGTHS.map((length, i) => (
            <button
              key={length}
              type="button"
              class="chip"
              ref={i === 0 ? first : undefined}
              onClick={() => action.run(() => sendToBackground({ type: 'pause', length }))}
            >
              {t(`pause_${length}`)}
            </button>
          ))}
          <ActionError action={action} />
        </fieldset>
      )}
    </div>
  );
}
