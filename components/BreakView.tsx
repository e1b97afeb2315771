import { findExercise, findInsight } from '@/content/select';
import { exerciseSeconds } from '@/content/types';
import { t } from '@/lib/i18n';
import type { ActiveBreak, Outcome } from '@/lib/schedule/types';

interface Props {
  active: ActiveBreak;
  /** Called with the person's answer; the page asks the background to record it. */
  onFinish: (outcome: Outcome) => void;
}

function lengthText(seconds: number): string {
  return seconds < 60 ? t('exerciseSeconds', String(seconds)) : t('exerciseMinutes', String(Math.round(seconds / 60)));
}

/** The break itself: one insight, one exercise with its steps, and the three answers. */
export function BreakView({ active, onFinish }: Props) {
  const insight = findInsight(active.insightId);
  const exercise = findExercise(active.exerciseId);
  return (
    <section class="break" aria-labelledby="break-heading">
      <h1 id="break-heading">{t('breakHeading')}</h1>
      <figure class="insight">
        <figcaption>{t('insightLabel')}</figcaption>
        <blockquote>{insight ? insight.text : t('missingContent')}</blockquote>
      </figure>
      {exercise ? (
        <article class="exercise" aria-labelledby="exercise-title">
          <h2 id="exercise-title">{exercise.title}</h2>
          <p>
            {exercise.purpose} <span class="muted">{lengthText(exerciseSeconds(exercise))}</span>
          </p>
          {exercise.caution && (
            <p class="caution">
              <strong>{t('cautionLabel')}</strong> {exercise.caution}
            </p>
          )}
          <ol aria-label={t('stepsLabel')}>
            {exercise.steps.map((step) => (
              <li key={step.text}>{step.text}</li>
            ))}
          </ol>
        </article>
      ) : (
        <p>{t('missingContent')}</p>
      )}
      <div class="answers">
        <button type="button" class="primary" onClick={() => onFinish('taken')}>
          {t('done')}
        </button>
        <button type="button" onClick={() => onFinish('snoozed')}>
          {t('snooze')}
        </button>
        <button type="button" onClick={() => onFinish('skipped')}>
          {t('skip')}
        </button>
      </div>
    </section>
  );
}
