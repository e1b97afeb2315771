import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { libraryTextProps } from '@/lib/browser/content-text';
import { isolated, t } from '@/lib/browser/i18n';
import { CareNote } from '../shared/CareNote';
import { MoreIcon } from './icons';

/** Another practice the break offers instead (without holds, seated, grounding). */
export interface SwitchChoice {
  label: string;
  /** The name where room is short: "Without holds". */
  short: string;
  onSelect: () => void;
}

interface Props {
  /** What the exercise is for, in one line. */
  why: string;
  steps: readonly string[];
  switches: readonly SwitchChoice[];
  /** The person answered "very low": the care note opens by itself. */
  careOpen: boolean;
  onAnotherInsight: () => void;
  /** Hides the insight or the exercise on screen from later breaks, and shows another in its place. */
  onHide: (part: 'insight' | 'exercise') => Promise<boolean>;
}

/**
 * "More": what a break rarely needs, one quiet control away: why this
 * exercise, its steps as a list, the practices offered instead of it (without holds,
 * seated, grounding), another insight, not showing this insight or exercise
 * again, and the care note (opened by itself for a person who said they feel
 * very low).
 */
export function BreakMore({ why, steps, switches, careOpen, onAnotherInsight, onHide }: Props) {
  const open = useSignal(careOpen);
  /** Said once something is hidden: where to bring it back. */
  const hidden = useSignal(false);
  const hide = (part: 'insight' | 'exercise') => () =>
    void onHide(part).then((ok) => {
      hidden.value = ok;
    });
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (careOpen) open.value = true;
  }, [careOpen]);
  // What opens below the fold of a small popup comes into view.
  useEffect(() => {
    if (open.value) panel.current?.scrollIntoView({ block: 'nearest' });
  }, [open.value]);
  return (
    <div class="more">
      <button
        type="button"
        class="quiet"
        aria-expanded={open.value}
        aria-controls="break-more"
        onClick={() => (open.value = !open.value)}
      >
        <MoreIcon /> {t('more')}
      </button>
      {open.value && (
        <div id="break-more" class="more-panel" ref={panel}>
          <p class="why">{t('whyThisOne', isolated(why))}</p>
          <details>
            <summary>{t('allSteps')}</summary>
            <ol {...libraryTextProps()}>
              {steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </details>
          {switches.map((choice) => (
            <button key={choice.label} type="button" class="quiet" onClick={choice.onSelect}>
              {choice.label}
            </button>
          ))}
          <button type="button" class="quiet" onClick={onAnotherInsight}>
            {t('anotherInsight')}
          </button>
          <button type="button" class="quiet" onClick={hide('insight')}>
            {t('hideInsight')}
          </button>
          <button type="button" class="quiet" onClick={hide('exercise')}>
            {t('hideExercise')}
          </button>
          <p role="status" class="small muted">
            {hidden.value ? t('hiddenWhere') : ''}
          </p>
          <CareNote open={careOpen} />
        </div>
      )}
    </div>
  );
}
