import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import { anotherContent, contentForBreak } from '@/lib/core/content/for-break';
import { type BreakContent, findExercise } from '@/lib/core/content/select';
import type { ActiveBreak, BreakNotes, ScheduleState } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';
import type { Answer, Mood } from '@/lib/core/vocabulary';
import { NOTE_LIMIT } from '@/lib/core/vocabulary';
import { CareNote } from '../shared/CareNote';
import { LoadFailure } from '../shared/LoadFailure';
import { ActionError, useAction } from '../shared/useAction';
import { contentTextFailed, useContentText } from '../shared/useContentText';
import { ExerciseCard } from './ExerciseCard';
import { FavouriteButton } from './FavouriteButton';
import { MoodScale } from './MoodScale';

interface Props {
  active: ActiveBreak;
  state: ScheduleState;
  settings: Settings;
  /** The snooze lengths to offer; empty once the person's snooze limit is reached. */
  snoozeChoices: readonly number[];
  /** Called with the person's answer and notes; the page asks the background to record it. */
  onFinish: (outcome: Answer, notes: BreakNotes & { snoozeMinutes?: number }) => Promise<void>;
  onMoodBefore: (mood: Mood) => Promise<void>;
  /** The person began the exercise: from now on the break counts as taken. */
  onBegin: () => Promise<void>;
  /** Tells the schedule what the break shows: first, and after "another". */
  onShowContent: (content: BreakContent) => Promise<void>;
  onPhase?: (kind: 'phase' | 'end') => void;
}

/**
 * The break: a mood check-in, one insight, one guided exercise, then how it
 * went and a line for yourself. Done, Snooze and Skip stay one press away
 * throughout, and nothing here is ever required.
 */
export function BreakView(props: Props) {
  const { active, state, settings, snoozeChoices, onFinish, onMoodBefore, onBegin, onShowContent, onPhase } = props;
  const content = contentForBreak(settings, state, active);
  // The first page to show the break tells the schedule what it shows (every page picks alike).
  useEffect(() => {
    if (!active.insightId) onShowContent(content).catch((error: unknown) => console.error('Breathing Room:', error));
  }, [active.startedAt, active.insightId]);
  const showAnother = (part: 'insight' | 'exercise') =>
    onShowContent(anotherContent(settings, state, active, part, Date.now()));
  const library = useContentText().value;
  const moodAction = useAction();
  const begin = useAction();
  const answer = useAction();
  const another = useAction();
  const exerciseDone = useSignal(false);
  const moodAfter = useSignal<Mood | undefined>(undefined);
  const note = useSignal('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Start where a screen reader should: the break's own heading.
  useEffect(() => heading.current?.focus(), [library !== undefined]);
  if (contentTextFailed.value) return <LoadFailure />;
  if (!library) return <p aria-busy="true">{t('loading')}</p>;

  const reflective = findExercise(content.exerciseId)?.kind === 'reflection';
  const askAfter = settings.moodCheckIn || reflective;
  const notes = (): BreakNotes => ({
    ...(moodAfter.value && { moodAfter: moodAfter.value }),
    ...(note.value.trim() && { note: note.value }),
  });
  const complete = () => {
    // With nothing to ask, finishing the last step finishes the break.
    if (askAfter) exerciseDone.value = true;
    else void answer.run(() => onFinish('taken', {}));
  };

  return (
    <section class="break" aria-labelledby="break-heading">
      <h1 id="break-heading" tabIndex={-1} ref={heading}>
        {t('breakHeading')}
      </h1>
      {settings.moodCheckIn && active.moodBefore === undefined && (
        <MoodScale
          legend="moodBeforeQuestion"
          name="mood-before"
          value={undefined}
          onChange={(mood) => moodAction.run(() => onMoodBefore(mood))}
        />
      )}
      <ActionError action={moodAction} />
      <figure class="insight">
        <div class="title-row">
          <figcaption>{t('insightLabel')}</figcaption>
          <FavouriteButton
            kind="favouriteInsights"
            id={content.insightId}
            on={settings.favouriteInsights.includes(content.insightId)}
          />
        </div>
        <blockquote>{library.insights[content.insightId] ?? t('missingContent')}</blockquote>
      </figure>
      <ExerciseCard
        id={content.exerciseId}
        library={library}
        favourite={settings.favouriteExercises.includes(content.exerciseId)}
        onStart={() => begin.run(onBegin)}
        onComplete={complete}
        onPhase={onPhase}
      />
      <ActionError action={begin} />
      {exerciseDone.value && settings.moodCheckIn && (
        <MoodScale
          legend="moodAfterQuestion"
          name="mood-after"
          value={moodAfter.value}
          onChange={(mood) => (moodAfter.value = mood)}
        />
      )}
      {exerciseDone.value && reflective && (
        <label class="note">
          {t('noteLabel')}
          <textarea
            maxLength={NOTE_LIMIT}
            rows={2}
            value={note}
            onInput={(e) => (note.value = e.currentTarget.value)}
          />
        </label>
      )}
      {/* Kept in view at the bottom: the answers are one press away at every moment. */}
      <div class="answers">
        <button type="button" class="primary" onClick={() => answer.run(() => onFinish('taken', notes()))}>
          {t('done')}
        </button>
        <button type="button" onClick={() => answer.run(() => onFinish('skipped', {}))}>
          {t('skip')}
        </button>
        {snoozeChoices.length > 0 && <span class="muted">{t('snoozeLabel')}</span>}
        {snoozeChoices.map((minutes) => (
          <button
            key={minutes}
            type="button"
            aria-label={t('snoozeFor', String(minutes))}
            onClick={() => answer.run(() => onFinish('snoozed', { snoozeMinutes: minutes }))}
          >
            {t('minutesShort', String(minutes))}
          </button>
        ))}
        {snoozeChoices.length === 0 && <p class="muted">{t('snoozeLimitNote')}</p>}
        <ActionError action={answer} />
      </div>
      <div class="another">
        <button type="button" class="quiet" onClick={() => another.run(() => showAnother('insight'))}>
          {t('showAnotherInsight')}
        </button>
        <button type="button" class="quiet" onClick={() => another.run(() => showAnother('exercise'))}>
          {t('showAnotherExercise')}
        </button>
      </div>
      <ActionError action={another} />
      <CareNote />
    </section>
  );
}
