import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { duration, t } from '@/lib/browser/i18n';

interface Props {
  /** The snooze lengths to offer; empty once the person's snooze limit is reached. */
  snoozeChoices: readonly number[];
  onSnooze: (minutes: number) => void;
  onSkip: () => void;
}

/**
 * "Not now": one quiet control that opens the ways to put the break off,
 * snoozing for a few minutes or skipping it, in place. Escape closes them
 * again and returns focus.
 */
export function NotNow({ snoozeChoices, onSnooze, onSkip }: Props) {
  const open = useSignal(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open.value) first.current?.focus();
  }, [open.value]);
  const close = () => {
    open.value = false;
    toggle.current?.focus();
  };
  return (
    <>
      <button
        type="button"
        class="quiet"
        ref={toggle}
        aria-expanded={open.value}
        aria-controls="not-now"
        onClick={() => (open.value = !open.value)}
      >
        {t('notNow')}
      </button>
      {open.value && (
        <fieldset
          id="not-now"
          class="not-now"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <legend class="visually-hidden">{t('notNowLegend')}</legend>
          {snoozeChoices.length > 0 ? (
            <div class="snoozes">
              <span class="small muted" aria-hidden="true">
                {t('snoozeWord')}
              </span>
              {snoozeChoices.map((minutes, i) => (
                <button
                  key={minutes}
                  type="button"
                  class="chip"
                  ref={i === 0 ? first : undefined}
                  aria-label={t('snoozeFor', duration(minutes, 'minute', 'long'))}
                  onClick={() => onSnooze(minutes)}
                >
                  {duration(minutes, 'minute', 'short')}
                </button>
              ))}
            </div>
          ) : (
            <p class="small muted">{t('snoozeLimitNote')}</p>
          )}
          <button type="button" class="chip" ref={snoozeChoices.length === 0 ? first : undefined} onClick={onSkip}>
            {t('skipBreak')}
          </button>
        </fieldset>
      )}
    </>
  );
}
