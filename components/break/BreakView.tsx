import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { exerciseSeconds } from '@/content/types';
import { playChime } from '@/lib/browser/chime';
import { isolated, t, tCount } from '@/lib/browser/i18n';
import { settingsItem } from '@/lib/browser/storage/items';
import { asksMoodAfter, asksMoodBefore, type BreakProgress, begin, control, end, restart } from '@/lib/core/break-flow';
import type { BreakChime } from '@/lib/core/break-moment';
import { contentForBreak } from '@/lib/core/content/for-break';
import { practiceText } from '@/lib/core/content/practice';
import { type BreakContent, findInsight, findPractice } from '@/lib/core/content/select';
import { switchesFor } from '@/lib/core/content/switches';
import { snoozeRefused } from '@/lib/core/schedule/answers';
import type { ActiveBreak, BreakNotes, ScheduleState } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';
import type { Answer, Mood } from '@/lib/core/vocabulary';
import { LoadFailure } from '../shared/LoadFailure';
import { useAction } from '../shared/useAction';
import { contentTextFailed } from '../shared/useContentText';
import { useLibrary } from '../shared/useLibrary';

/** For the page that loads this view: the words it shows, loaded before its first paint. */
export { loadWords } from '../shared/useLibrary';

import { ArriveScreen } from './ArriveScreen';
import { CloseScreen } from './CloseScreen';
import { contentChanges } from './contentChanges';
import { DoScreen } from './DoScreen';
import { useBreakClock } from './useBreakClock';
import { useBreakProgress } from './useBreakProgress';
import { exerciseLength, switchChoices } from './words';

export interface BreakViewProps {
  /** The break's start time: its id. */
  breakId: number;
  /** The break while it runs; null once the schedule has ended it and only its close screen remains. */
  active: ActiveBreak | null;
  /** Where the break stood as stored when the page read it (null for none): its first screen shows at once. */
  saved: BreakProgress | null;
  state: ScheduleState;
  settings: Settings;
  onFinish: (outcome: Answer, notes: BreakNotes & { snoozeMinutes?: number }) => Promise<void>;
  onMoodBefore: (mood: Mood) => Promise<void>;
  onBegin: () => Promise<void>;
  onShowContent: (content: BreakContent) => Promise<void>;
  /** What the person said on the close screen, added to the break already recorded. */
  onAmend: (notes: BreakNotes) => Promise<void>;
  /** Back to work (or put off): the break's screens are done with. */
  onLeave: () => void;
  /** The close screen is reached: the page keeps showing it, whatever the schedule does next. */
  onClosing: () => void;
}

/**
 * The break, one calm screen at a time (lib/core/break-flow.ts): arrive, do,
 * close. This component renders the flow and passes the person's actions on;
 * the flow is kept in session storage, so a popup closed mid-break opens
 * again where it was.
 */
export function BreakView(props: BreakViewProps) {
  const { active, state, settings } = props;
  const { library, own } = useLibrary();
  const [progress, save] = useBreakProgress(active, props.saved);
  const moved = useSignal(false);
  const [answer, record, another, mood, amend] = [useAction(), useAction(), useAction(), useAction(), useAction()];
  /** What the person said on the close screen: sent again with the record should recording have failed. */
  const closeNotes = useSignal<BreakNotes>({});
  /** The record of this break on its way, once the close screen was reached here. */
  const recording = useRef<Promise<boolean> | null>(null);

  // Picked once the person's own items are read, so every page that opens the break picks alike.
  const content = active ? own && contentForBreak(settings, state, active, own) : progress.value?.content;
  const exercise = content && findPractice(content.exerciseId, own);
  // The first page to show the break tells the schedule what it shows (every page picks alike),
  // before the person can see it: a choice they make at once ("Another exercise") comes after.
  useLayoutEffect(() => {
    if (active && !active.insightId && content) void another.run(() => props.onShowContent(content));
  }, [props.breakId, active?.insightId]);

  /** Reaching close records the break as taken (it was begun), whatever the person does next. */
  const recordTaken = () => record.run(() => props.onFinish('taken', closeNotes.value));
  const onChange = (next: BreakProgress) => {
    if (next.screen !== 'close') return void save(next);
    props.onClosing();
    // Recorded at once, beside the note of where the break stands: a popup closed the
    // moment the close screen shows still records the break.
    const noted = save({ ...next, ...(content && { content }) });
    recording.current = Promise.all([noted, recordTaken()]).then(([, recorded]) => recorded);
  };
  const onChime = (chime: BreakChime) => playChime(chime, settings.volume);
  const now = useBreakClock({ progress, exercise, settings, onChange, onChime });

  if (contentTextFailed.value) return <LoadFailure />;
  const p = progress.value;
  if (!library || !p || !content || !exercise) return <p aria-busy="true">{t('loading')}</p>;
  const text = practiceText(library, exercise);
  if (!text) return <p>{t('missingContent')}</p>;
  const act = (change: (current: BreakProgress, at: number) => BreakProgress) => {
    moved.value = true;
    now.value = Date.now();
    onChange(change(p, now.value));
  };
  const length = exerciseLength(exercise);
  const changes = contentChanges({ settings, state, active, content, own, show: props.onShowContent, action: another });
  // The safety grid's ways out: each puts its practice in place of this one (on the do screen, from its start).
  const ways = switchesFor(exercise, findInsight(content.insightId));
  const switches = switchChoices(ways, library, (exerciseId) => {
    if (!active) return;
    if (p.screen === 'do') act(restart);
    void another.run(() => props.onShowContent({ ...content, exerciseId }));
  });
  const putOff = (outcome: Answer, minutes?: number) =>
    void answer.run(() => props.onFinish(outcome, { snoozeMinutes: minutes })).then((ok) => ok && props.onLeave());

  if (p.screen === 'arrive' && active) {
    return (
      <ArriveScreen
        length={tCount('breakLength', Math.max(1, Math.round(exerciseSeconds(exercise) / 60)))}
        insight={library.insights[content.insightId] ?? t('missingContent')}
        beginLabel={t('beginExercise', [isolated(text.title), length])}
        why={text.purpose}
        caution={text.caution ?? (ways.some((way) => way.reason === 'ifHeavy') ? t('ifHeavyHint') : undefined)}
        steps={text.steps}
        switches={switches}
        mood={
          asksMoodBefore(settings, active)
            ? { initial: active.moodBefore, onChange: (value) => void mood.run(() => props.onMoodBefore(value)) }
            : undefined
        }
        snoozeChoices={snoozeRefused(settings, state) ? [] : settings.snoozeMinutes}
        onBegin={() => {
          act(begin);
          void answer.run(props.onBegin);
        }}
        onAnotherExercise={changes.another('exercise')}
        onAnotherInsight={changes.another('insight')}
        onHide={changes.hide}
        strict={settings.strictMode}
        onSnooze={(minutes) => putOff('snoozed', minutes)}
        onSkip={() => putOff('skipped')}
        actions={[answer, another, mood]}
      />
    );
  }
  if (p.screen === 'do') {
    return (
      <DoScreen
        exercise={exercise}
        text={text}
        player={p.player}
        now={now.value}
        stepChime={exercise.eyesClosed ? { on: settings.stepChime, onChange: saveStepChime } : undefined}
        wayOut={switches[0]}
        takeFocus={moved.value}
        onControl={(action) => act((current, at) => control(current, action, exercise, at))}
        strict={settings.strictMode}
        onEnd={() => act(end)}
        actions={[answer, record, amend]}
      />
    );
  }
  return (
    <CloseScreen
      done={t('closeDone', [isolated(text.title), length])}
      mood={asksMoodAfter(settings)}
      note={exercise.kind === 'reflection'}
      content={content}
      settings={settings}
      onAmend={(notes) => {
        closeNotes.value = { ...closeNotes.value, ...notes };
        return amend.run(() => props.onAmend(notes));
      }}
      // The record on its way is waited for (closing the popup would cut it off); one that failed (storage
      // full) is tried again. Until it works the screen stays and says why.
      onBackToWork={() =>
        void (recording.current ?? Promise.resolve(true))
          .then((ok) => ok || recordTaken())
          .then((ok) => ok && props.onLeave())
      }
      actions={[record, amend]}
    />
  );

  /** Remembered as a setting: the next eyes-closed exercise offers it as it was left. */
  function saveStepChime(on: boolean) {
    void amend.run(() => settingsItem.update((current) => ({ ...current, stepChime: on })));
  }
}
