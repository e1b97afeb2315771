import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { EXERCISE_KINDS, type ExerciseKind, NEEDS, type Need } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import { checkOwnExercise, OWN_LIMITS, type OwnExercise } from '@/lib/core/content/own';
import type { MessageKey } from '@/lib/core/message-key';
import { ChoiceSelect, FormEnd } from './FormParts';

interface Props {
  /** The exercise to edit, or a new one with one empty step. */
  start: OwnExercise;
  onSave: (exercise: OwnExercise) => Promise<unknown>;
  onCancel: () => void;
}

type Step = { text: string; seconds: string };

/** Why a written exercise cannot be saved yet, the first thing to fix; null when it can. */
function whatIsMissing(title: string, steps: Step[]): MessageKey | null {
  if (title.trim() === '') return 'ownTitleEmpty';
  if (steps.some((step) => step.text.trim() === '')) return 'ownStepEmpty';
  const { min, max } = OWN_LIMITS.stepSeconds;
  const inRange = (text: string) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;
  return steps.every((step) => inRange(step.seconds)) ? null : 'ownStepSeconds';
}

/**
 * Writing an exercise: a title, its kind, steps with their seconds (up to
 * ten), the feelings it suits, and an optional caution. Saved only when whole,
 * with what to fix said beside the buttons.
 */
export function ExerciseForm({ start, onSave, onCancel }: Props) {
  const title = useSignal(start.title);
  const kind = useSignal<ExerciseKind>(start.kind);
  const steps = useSignal<Step[]>(start.steps.map((step) => ({ text: step.text, seconds: String(step.seconds) })));
  const needs = useSignal<Need[]>(start.needs);
  const caution = useSignal(start.caution ?? '');
  const error = useSignal('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const setStep = (i: number, change: Partial<Step>) =>
    (steps.value = steps.value.map((step, j) => (j === i ? { ...step, ...change } : step)));
  const submit = (event: Event) => {
    event.preventDefault();
    const missing = whatIsMissing(title.value, steps.value);
    const exercise = checkOwnExercise({
      id: start.id,
      title: title.value.trim(),
      kind: kind.value,
      steps: steps.value.map((step) => ({ text: step.text.trim(), seconds: Number(step.seconds) })),
      needs: needs.value,
      ...(caution.value.trim() && { caution: caution.value.trim() }),
    });
    error.value = missing || !exercise ? t(missing ?? 'ownTitleEmpty') : '';
    if (exercise && !missing) void onSave(exercise);
  };
  return (
    <form class="own-form" aria-labelledby="own-exercise-heading" onSubmit={submit} onInput={() => (error.value = '')}>
      <h4 id="own-exercise-heading">{start.title ? t('ownEditExercise') : t('ownWriteExercise')}</h4>
      <label for="own-exercise-title">{t('ownTitleLabel')}</label>
      <input
        id="own-exercise-title"
        ref={first}
        type="text"
        maxLength={OWN_LIMITS.titleChars}
        value={title}
        onInput={(event) => (title.value = event.currentTarget.value)}
      />
      <ChoiceSelect
        id="own-exercise-kind"
        label="ownKindLabel"
        choices={EXERCISE_KINDS}
        name={(item) => t(`kind_${item}`)}
        value={kind}
      />
      <ol class="own-steps">
        {steps.value.map((step, i) => (
          <li key={i}>
            <label for={`own-step-${i}`}>{t('ownStepLabel', String(i + 1))}</label>
            <textarea
              id={`own-step-${i}`}
              rows={2}
              maxLength={OWN_LIMITS.stepChars}
              value={step.text}
              onInput={(event) => setStep(i, { text: event.currentTarget.value })}
            />
            <label for={`own-step-seconds-${i}`}>{t('ownStepSecondsLabel', String(i + 1))}</label>
            <input
              id={`own-step-seconds-${i}`}
              type="text"
              inputMode="numeric"
              value={step.seconds}
              onInput={(event) => setStep(i, { seconds: event.currentTarget.value })}
            />
            {steps.value.length > 1 && (
              <button type="button" class="quiet" onClick={() => (steps.value = steps.value.filter((_, j) => j !== i))}>
                {t('ownRemoveStep', String(i + 1))}
              </button>
            )}
          </li>
        ))}
      </ol>
      {steps.value.length < OWN_LIMITS.steps && (
        <button type="button" onClick={() => (steps.value = [...steps.value, { text: '', seconds: '30' }])}>
          {t('ownAddStep')}
        </button>
      )}
      <fieldset class="choices">
        <legend>{t('ownNeedsLegend')}</legend>
        {NEEDS.map((need) => (
          <label key={need}>
            <input
              type="checkbox"
              checked={needs.value.includes(need)}
              onChange={(event) =>
                (needs.value = event.currentTarget.checked
                  ? NEEDS.filter((other) => other === need || needs.value.includes(other))
                  : needs.value.filter((other) => other !== need))
              }
            />{' '}
            {t(`need_${need}`)}
          </label>
        ))}
      </fieldset>
      <label for="own-exercise-caution">{t('ownCautionLabel')}</label>
      <input
        id="own-exercise-caution"
        type="text"
        maxLength={OWN_LIMITS.cautionChars}
        value={caution}
        onInput={(event) => (caution.value = event.currentTarget.value)}
      />
      <FormEnd id="own-exercise-error" error={error} onCancel={onCancel} />
    </form>
  );
}
