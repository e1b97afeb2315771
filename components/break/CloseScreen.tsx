import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { BreakContent } from '@/lib/core/content/select';
import type { BreakNotes } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';
import { type Mood, NOTE_LIMIT } from '@/lib/core/vocabulary';
import { CareNote } from '../shared/CareNote';
import { todayLine, useTakenToday } from '../shared/today';
import { type Action, ActionError } from '../shared/useAction';
import style from './close.css?inline';
import { FavouriteButton } from './FavouriteButton';
import { MoodFaces } from './MoodFaces';
import { addStyle } from './style';

addStyle(style);

interface Props {
  /** "Box breathing, 2 min". */
  done: string;
  /** Whether to ask how they feel now (the person checks in). */
  mood: boolean;
  /** Whether to offer a line for themselves (after reflection exercises). */
  note: boolean;
  /** What the break showed, for the hearts. */
  content: BreakContent;
  /** For the hearts (already kept?) and today's goal. */
  settings: Settings;
  /** Adds the answers to the break already recorded; resolves false when that failed (the action says why). */
  onAmend: (notes: BreakNotes) => Promise<boolean>;
  onBackToWork: () => void;
  actions: Action[];
}

/**
 * The last screen: a short acknowledgement, how they feel now, the line for
 * themselves where it fits, the hearts, and Back to work. The break is
 * already recorded when this shows; nothing here is required. Choosing
 * "very low" opens the care note.
 */
export function CloseScreen(props: Props) {
  const mood = useSignal<Mood | undefined>(undefined);
  const note = useSignal('');
  const savedNote = useSignal('');
  // Answers go out as given; Back to work waits for them, so closing the popup loses none,
  // and stays once when one failed, so the person sees why.
  const pending = useRef<Promise<boolean>>(Promise.resolve(true));
  const amend = (notes: BreakNotes) => {
    pending.current = pending.current.then((ok) => props.onAmend(notes).then((saved) => ok && saved));
  };
  const commitNote = () => {
    if (note.value === savedNote.value) return;
    savedNote.value = note.value;
    amend({ note: note.value });
  };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const taken = useTakenToday();
  const { content, settings } = props;
  return (
    <section class="screen close" aria-labelledby="close-heading">
      <h1 id="close-heading" class="acknowledge" tabIndex={-1} ref={heading}>
        {t('closeHeading')}
      </h1>
      <p class="caption">{props.done}</p>
      {props.mood && (
        <MoodFaces
          legend="moodAfterQuestion"
          name="mood-after"
          value={mood.value}
          onChange={(value) => {
            mood.value = value;
            amend({ moodAfter: value });
          }}
        />
      )}
      {mood.value === 1 && <CareNote open />}
      {props.note && (
        <label class="note">
          {t('noteLabel')}
          <textarea
            maxLength={NOTE_LIMIT}
            rows={2}
            value={note.value}
            onInput={(event) => (note.value = event.currentTarget.value)}
            onBlur={commitNote}
          />
        </label>
      )}
      <div class="hearts">
        <FavouriteButton
          kind="favouriteInsights"
          id={content.insightId}
          on={settings.favouriteInsights.includes(content.insightId)}
          label={t('keepInsight')}
        />
        <FavouriteButton
          kind="favouriteExercises"
          id={content.exerciseId}
          on={settings.favouriteExercises.includes(content.exerciseId)}
          label={t('keepExercise')}
        />
      </div>
      {taken !== undefined && <p class="small muted today">{todayLine(taken, settings.dailyGoal)}</p>}
      <button
        type="button"
        class="primary wide"
        onClick={() => {
          commitNote();
          const answers = pending.current;
          pending.current = Promise.resolve(true);
          void answers.then((ok) => ok && props.onBackToWork());
        }}
      >
        {t('backToWork')}
      </button>
      {props.actions.map((action, i) => (
        // The actions are the same few every render: their place is their key.
        <ActionError key={i} action={action} />
      ))}
    </section>
  );
}
