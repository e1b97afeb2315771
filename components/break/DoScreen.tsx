import { useEffect, useRef } from 'preact/hooks';
import type { Exercise } from '@/content/types';
import { libraryTextProps } from '@/lib/browser/content-text';
import { formatNumber, t } from '@/lib/browser/i18n';
import type { PlayerAction } from '@/lib/core/break-flow';
import { isSetupStep, type PracticeText, pacingAt } from '@/lib/core/content/practice';
import { type PlayerState, view } from '@/lib/core/player';
import { PauseIcon } from '../shared/icons';
import { type Action, ActionError } from '../shared/useAction';
import type { SwitchChoice } from './BreakMore';
import style from './do.css?inline';
import { BackIcon, BellIcon, NextIcon, PlayIcon } from './icons';
import { Dial, Pacer } from './Pacer';
import { addStyle } from './style';

addStyle(style);

/** "1:05": minutes and seconds, the way a timer shows them. */
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

interface Props {
  exercise: Exercise;
  text: PracticeText;
  player: PlayerState;
  now: number;
  /** The chime at each step, offered for an exercise done with closed eyes; undefined otherwise. */
  stepChime?: { on: boolean; onChange: (on: boolean) => void };
  /** The way out the exercise offers while it runs (without holds, seated, grounding); one at most. */
  wayOut?: SwitchChoice;
  /** Focus Pause as the screen comes (the person pressed Begin); else its heading (a popup opened again). */
  takeFocus: boolean;
  /** Strict breaks: the exercise runs its full time, so no Next step and no End. */
  strict: boolean;
  onControl: (action: PlayerAction) => void;
  onEnd: () => void;
  actions: Action[];
}

/**
 * The exercise fills the view: one step at a time, in large words, around a
 * dial (the breathing pacer for paced steps, the step's time otherwise).
 * Pause and End in view; Back and Next reachable but quiet. The setup step is
 * a caption. At most six tab stops, with the one way out an exercise may offer.
 */
export function DoScreen(props: Props) {
  const { exercise, text, player, now, stepChime, onControl } = props;
  const steps = exercise.stepSeconds;
  const v = view(player, steps, now);
  const paused = player.status === 'paused';
  const stepLeft = (steps[v.step] ?? 0) > 0 ? v.secondsLeftInStep / (steps[v.step] ?? 1) : 0;
  const paced = pacingAt(exercise, v.step);
  const pause = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => (props.takeFocus ? pause : heading).current?.focus(), []);
  return (
    <section class={props.wayOut ? 'screen do has-way-out' : 'screen do'} aria-labelledby="do-heading">
      <h1 id="do-heading" class="caption" tabIndex={-1} ref={heading}>
        <bdi>{text.stepTitles[v.step] ?? text.title}</bdi> ·{' '}
        {t('stepOf', [formatNumber(v.step + 1), formatNumber(v.stepCount)])}
      </h1>
      {paced ? (
        <Pacer pacing={paced} secondsIntoStep={v.secondsIntoStep} running={!paused} left={stepLeft} />
      ) : (
        <Dial left={stepLeft}>
          <span class="dial-seconds">{v.secondsLeftInStep}</span>
        </Dial>
      )}
      {/* The setup step, and a paced step the pacer already speaks, are a caption; any other step is the words to follow. */}
      <p key={v.step} class={paced || isSetupStep(exercise, v.step) ? 'step caption' : 'step'} {...libraryTextProps()}>
        {text.steps[v.step]}
      </p>
      <div class="player-controls">
        <button type="button" class="quiet round" aria-label={t('playerBack')} onClick={() => onControl('back')}>
          <BackIcon />
        </button>
        <button type="button" class="pause" ref={pause} onClick={() => onControl(paused ? 'resume' : 'pause')}>
          {paused ? <PlayIcon /> : <PauseIcon />} {paused ? t('playerResume') : t('playerPause')}
        </button>
        {props.strict ? (
          <span class="round-spacer" />
        ) : (
          <button type="button" class="quiet round" aria-label={t('playerNextStep')} onClick={() => onControl('next')}>
            <NextIcon />
          </button>
        )}
      </div>
      <div class="do-row">
        <span class="small muted time-left">{t('timeLeft', clock(v.secondsLeftTotal))}</span>
        {stepChime && (
          <label class="chime-toggle small">
            <input
              type="checkbox"
              checked={stepChime.on}
              onChange={(event) => stepChime.onChange(event.currentTarget.checked)}
            />
            <BellIcon /> {t('stepChimeLabel')}
          </label>
        )}
        {props.wayOut && (
          <button type="button" class="quiet" onClick={props.wayOut.onSelect}>
            {props.wayOut.short}
          </button>
        )}
        {!props.strict && (
          <button type="button" class="quiet" onClick={props.onEnd}>
            {t('endExercise')}
          </button>
        )}
      </div>
      {/* Said politely as each step begins, for a screen reader: "Step 2 of 5: …". */}
      <p role="status" class="visually-hidden">
        {t('stepAnnounced', [formatNumber(v.step + 1), formatNumber(v.stepCount), text.steps[v.step] ?? ''])}
      </p>
      {props.actions.map((action, i) => (
        // The actions are the same few every render: their place is their key.
        <ActionError key={i} action={action} />
      ))}
    </section>
  );
}
