import { findExercise } from '@/content/select';
import { type ContentText, exerciseSeconds } from '@/content/types';
import { t } from '@/lib/i18n';
import type { ActiveBreak, Answer } from '@/lib/schedule/types';
import { CareNote } from './CareNote';
import { useContentText } from './useContentText';

interface Props {
  active: ActiveBreak;
  /** The snooze lengths to offer; empty once the person's snooze limit is reached. */
  snoozeChoices: readonly number[];
  /** Called with the person's answer; the page asks the background to record it. */
  onFinish: (outcome: Answer, snoozeMinutes?: number) => void;
  /** Asks for a different insight or exercise for this same break. */
  onShowAnother: (part: 'insight' | 'exercise') => void;
}

function lengthText(seconds: number): string {
  return seconds < 60 ? t('exerciseSeconds', String(seconds)) : t('exerciseMinutes', String(Math.round(seconds / 60)));
}

function ExerciseCard({ id, library }: { id: string; library: ContentText }) {
  const exercise = findExercise(id);
  const text = library.exercises[id];
  if (!exercise || !text) return <p>{t('missingContent')}</p>;
  return (
    <article class="exercise" aria-labelledby="exercise-title">
      <p class="muted kind">
        {t(`kind_${exercise.kind}`)} · {lengthText(exerciseSeconds(exercise))}
      </p>
      <h2 id="exercise-title">{text.title}</h2>
      <p>{text.purpose}</p>
      {text.caution && (
        <p class="caution">
          <strong>{t('cautionLabel')}</strong> {text.caution}
        </p>
      )}
      <ol aria-label={t('stepsLabel')}>
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </article>
  );
}

/** The break itself: one insight, one exercise with its steps, and the three answers. */
export function BreakView({ active, snoozeChoices, onFinish, onShowAnother }: Props) {
  const library = useContentText().value;
  if (!library) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <section class="break" aria-labelledby="break-heading">
      <h1 id="break-heading">{t('breakHeading')}</h1>
      <figure class="insight">
        <figcaption>{t('insightLabel')}</figcaption>
        <blockquote>{library.insights[active.insightId] ?? t('missingContent')}</blockquote>
      </figure>
      <ExerciseCard id={active.exerciseId} library={library} />
      <div class="answers">
        <button type="button" class="primary" onClick={() => onFinish('taken')}>
          {t('done')}
        </button>
        {snoozeChoices.map((minutes) => (
          <button key={minutes} type="button" onClick={() => onFinish('snoozed', minutes)}>
            {t('snoozeFor', String(minutes))}
          </button>
        ))}
        <button type="button" onClick={() => onFinish('skipped')}>
          {t('skip')}
        </button>
      </div>
      {snoozeChoices.length === 0 && <p class="muted">{t('snoozeLimitNote')}</p>}
      <div class="another">
        <button type="button" class="quiet" onClick={() => onShowAnother('insight')}>
          {t('showAnotherInsight')}
        </button>
        <button type="button" class="quiet" onClick={() => onShowAnother('exercise')}>
          {t('showAnotherExercise')}
        </button>
      </div>
      <CareNote />
    </section>
  );
}
