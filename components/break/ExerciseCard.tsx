import { type ContentText, exerciseSeconds } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import { findExercise } from '@/lib/core/content/select';
import { FavouriteButton } from './FavouriteButton';
import { Player } from './Player';

function lengthText(seconds: number): string {
  return seconds < 60 ? t('exerciseSeconds', String(seconds)) : t('exerciseMinutes', String(Math.round(seconds / 60)));
}

interface Props {
  id: string;
  library: ContentText;
  favourite: boolean;
  /** The last step is done: the break view asks how it went, or records it. */
  onComplete: () => void;
  /** The person pressed Start. */
  onStart?: () => void;
  onPhase?: (kind: 'phase' | 'end') => void;
}

/** The exercise of a break: what it is, its cautions, its steps, and the guided player. */
export function ExerciseCard({ id, library, favourite, onComplete, onStart, onPhase }: Props) {
  const exercise = findExercise(id);
  const text = library.exercises[id];
  if (!exercise || !text) return <p>{t('missingContent')}</p>;
  return (
    <article class="exercise" aria-labelledby="exercise-title">
      <p class="muted kind">
        {t(`kind_${exercise.kind}`)} · {lengthText(exerciseSeconds(exercise))}
      </p>
      <div class="title-row">
        <h2 id="exercise-title">{text.title}</h2>
        <FavouriteButton kind="favouriteExercises" id={id} on={favourite} />
      </div>
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
      <Player key={id} exercise={exercise} text={text} onStart={onStart} onComplete={onComplete} onPhase={onPhase} />
    </article>
  );
}
