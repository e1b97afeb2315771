import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Exercise, ExerciseText } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import {
  breathingPhase,
  nextStep,
  type PlayerState,
  pausePlayer,
  previousStep,
  READY,
  resumePlayer,
  startPlayer,
  tick,
  view,
} from '@/lib/core/player';
import { Pacer } from './Pacer';
import './player.css';

interface Props {
  exercise: Exercise;
  text: ExerciseText;
  /** Called once, when the last step finishes (by time or by "Next step"). */
  onComplete: () => void;
  /** The person pressed Start. */
  onStart?: () => void;
  /** For a chime: 'phase' when a step or breath phase begins on its own, 'end' when the exercise ends. */
  onPhase?: (kind: 'phase' | 'end') => void;
}

/** "1:05": minutes and seconds, the way a timer shows them. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Breathing steps that pace the breath: the middle ones (the first sets up, the last lets go). */
function pacesStep(exercise: Exercise, step: number): boolean {
  return exercise.pacing !== undefined && step > 0 && step < exercise.stepSeconds.length - 1;
}

/** Guides a person through an exercise step by step, with a pacer for breathing. */
export function Player({ exercise, text, onComplete, onStart, onPhase }: Props) {
  const steps = exercise.stepSeconds;
  const state = useSignal<PlayerState>(READY);
  // The only clock: moved on every 250 ms while running; everything else derives from it.
  const now = useSignal(Date.now());
  const announcement = useSignal('');
  const root = useRef<HTMLDivElement>(null);
  const pause = useRef<HTMLButtonElement>(null);
  const doneNote = useRef<HTMLParagraphElement>(null);
  const completed = useRef(false);
  const focusDone = useRef(false);
  const lastPhase = useRef('');

  /** Which step and breath phase `s` is in at `at`, to notice a new one. */
  const phaseKey = (s: PlayerState, at: number) => {
    if (!exercise.pacing || !pacesStep(exercise, s.step)) return `${s.status}${s.step}`;
    const into = view(s, steps, at).secondsIntoStep;
    return `${s.status}${s.step}.${breathingPhase(exercise.pacing, into).phaseIndex}`;
  };

  /** Applies a new state; `byTime` marks changes the person did not press for. */
  const update = (next: PlayerState, at: number, byTime: boolean) => {
    const before = state.value;
    now.value = at;
    state.value = next;
    const key = phaseKey(next, at);
    if (byTime && next.status === 'running' && key !== lastPhase.current) onPhase?.('phase');
    lastPhase.current = key;
    if (next.status === 'done') {
      if (completed.current) return;
      completed.current = true;
      // The buttons go away: a keyboard user's place moves to the note that replaces them (after render).
      focusDone.current = root.current?.contains(document.activeElement) === true;
      if (!focusDone.current) announcement.value = t('playerComplete');
      onPhase?.('end');
      onComplete();
    } else if (next.step !== before.step || before.status === 'ready') {
      const subs = [String(next.step + 1), String(steps.length), text.steps[next.step] ?? ''];
      announcement.value = t('playerAnnounceStep', subs);
    }
  };

  // The timer outlives renders, so it calls this render's `advance`, with the latest props.
  const advance = useRef(() => {});
  advance.current = () => {
    const at = Date.now();
    update(tick(state.value, steps, at), at, true);
  };
  const status = state.value.status;
  useEffect(() => {
    if (status !== 'running') return;
    const timer = setInterval(() => advance.current(), 250);
    return () => clearInterval(timer);
  }, [status]);

  // Starting is the only time focus moves: the person's hand is on the player now.
  const started = status !== 'ready';
  useEffect(() => {
    if (started) pause.current?.focus();
  }, [started]);
  useEffect(() => {
    if (status === 'done' && focusDone.current) doneNote.current?.focus();
  }, [status]);

  const act = (change: (s: PlayerState, at: number) => PlayerState) => {
    const at = Date.now();
    update(change(tick(state.value, steps, at), at), at, false);
  };

  const v = view(state.value, steps, now.value);
  return (
    <div class="player" ref={root}>
      <p class="player-sr" aria-live="polite">
        {announcement}
      </p>
      {status === 'ready' && (
        <button
          type="button"
          class="primary"
          onClick={() => {
            act((_, at) => startPlayer(at));
            onStart?.();
          }}
        >
          {t('playerStart')}
        </button>
      )}
      {status === 'done' && (
        <p class="player-done" tabIndex={-1} ref={doneNote}>
          {t('playerComplete')}
        </p>
      )}
      {(status === 'running' || status === 'paused') && (
        <>
          <p class="muted player-step-of">{t('playerStepOf', [String(v.step + 1), String(v.stepCount)])}</p>
          <p class="player-current">{text.steps[v.step] ?? t('missingContent')}</p>
          {exercise.pacing && pacesStep(exercise, v.step) && (
            <Pacer pacing={exercise.pacing} secondsIntoStep={v.secondsIntoStep} running={status === 'running'} />
          )}
          <p class="muted player-next">
            {v.step + 1 < v.stepCount ? t('playerUpNext', text.steps[v.step + 1] ?? '') : t('playerLastStep')}
          </p>
          <progress
            class="player-progress"
            max={100}
            value={Math.round(v.progress * 100)}
            aria-label={t('playerProgress')}
          />
          <p class="player-time">
            {t('playerTimeLeft', clock(v.secondsLeftTotal))}
            {status === 'paused' && <span class="muted"> · {t('playerPaused')}</span>}
          </p>
          <div class="player-controls">
            <button
              type="button"
              class="primary"
              ref={pause}
              onClick={() => act((s, at) => (s.status === 'paused' ? resumePlayer(s, at) : pausePlayer(s, at)))}
            >
              {status === 'paused' ? t('playerResume') : t('playerPause')}
            </button>
            <button type="button" onClick={() => act(previousStep)}>
              {t('playerBack')}
            </button>
            <button type="button" onClick={() => act((s, at) => nextStep(s, steps, at))}>
              {t('playerNextStep')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
