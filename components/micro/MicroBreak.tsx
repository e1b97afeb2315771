import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { closeIfOwnWindow } from '@/components/popup/place';
import { addStyle } from '@/components/shared/addStyle';
import { ActionError, useAction } from '@/components/shared/useAction';
import { duration, t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';
import type { MessageKey } from '@/lib/core/message-key';
import type { ScheduleState } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';
import { type MicroOutcome, SECOND } from '@/lib/core/vocabulary';
import css from './micro.css?inline';

addStyle(css);

/** What a micro-break asks, one at a time: rest the eyes far away, loosen the shoulders and the jaw, breathe out. */
const CUES = ['microCueFar', 'microCueShoulders', 'microCueJaw', 'microCueBreathe'] as const satisfies MessageKey[];

/** The cue for a micro-break: the same for the same micro-break, the next one for the next. */
const cueFor = (shownAt: number): MessageKey => CUES[Math.floor(shownAt / SECOND) % CUES.length] ?? CUES[0];

/** The schedule tells the background how the micro-break ended; the page then closes where that is expected. */
const finishMicro = (outcome: MicroOutcome) =>
  sendToBackground({ type: 'finishMicro', outcome }).then(closeIfOwnWindow);

/**
 * A micro-break: one cue, large, then a ring of its seconds; no mood check, closing
 * by itself when the time is up. Skip and Snooze are quiet, for a moment that
 * does not suit; the ring's end counts it as shown.
 */
export function MicroBreak({ state, settings }: { state: ScheduleState; settings: Settings }) {
  const shownAt = state.microShownAt ?? 0;
  const seconds = settings.microSeconds;
  const now = useSignal(Date.now());
  const end = shownAt + seconds * SECOND;
  const left = Math.max(0, Math.ceil((end - now.value) / SECOND));
  const answer = useAction();
  // How far into its seconds the ring starts: set once, so re-renders do not move it.
  const into = useRef((Date.now() - shownAt) / SECOND).current;
  useEffect(() => {
    const tick = setInterval(() => (now.value = Date.now()), 250);
    return () => clearInterval(tick);
  }, []);
  useEffect(() => {
    if (left > 0) return;
    // Counted by the schedule too, should this page close first: whichever comes first counts.
    finishMicro('shown').catch(closeIfOwnWindow);
  }, [left === 0]);
  const finish = (outcome: MicroOutcome) => answer.run(() => finishMicro(outcome));
  return (
    <main class="break micro" aria-labelledby="micro-title">
      <h1 id="micro-title" class="caption">
        {t('microTitle')}
      </h1>
      <p class="micro-cue">{t(cueFor(shownAt))}</p>
      <div class="micro-ring" role="timer" aria-label={t('microSecondsLeft', duration(left, 'second', 'long'))}>
        <svg viewBox="0 0 100 100" aria-hidden="true">
          <circle class="micro-track" cx="50" cy="50" r="46" pathLength="100" />
          <circle
            class="micro-left"
            cx="50"
            cy="50"
            r="46"
            pathLength="100"
            style={{ animationDuration: `${seconds}s`, animationDelay: `${-into}s` }}
          />
        </svg>
        <span class="micro-seconds" aria-hidden="true">
          {left}
        </span>
      </div>
      {!settings.strictMode && (
        <div class="micro-actions">
          <button type="button" class="quiet" onClick={() => finish('skipped')}>
            {t('microSkip')}
          </button>
          <button type="button" class="quiet" onClick={() => finish('snoozed')}>
            {t('snoozeFor', duration(settings.snoozeMinutes[0] ?? 5, 'minute', 'long'))}
          </button>
        </div>
      )}
      <ActionError action={answer} />
    </main>
  );
}
