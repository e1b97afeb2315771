import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { libraryTextProps } from '@/lib/browser/content-text';
import { t } from '@/lib/browser/i18n';
import type { Mood } from '@/lib/core/vocabulary';
import { type Action, ActionError } from '../shared/useAction';
import style from './arrive.css?inline';
import { BreakMore, type SwitchChoice } from './BreakMore';
import { InfoIcon } from './icons';
import { MoodFaces } from './MoodFaces';
import { NotNow } from './NotNow';
import { addStyle } from './style';

addStyle(style);

interface Props {
  /** "3-minute break". */
  length: string;
  insight: string;
  /** "Begin: Box breathing, 2 min". */
  beginLabel: string;
  /** Why this one: what the exercise is for, in one line. */
  why: string;
  caution?: string;
  steps: readonly string[];
  switches: readonly SwitchChoice[];
  /** The check-in, when the break did not start from a feeling (with an answer given before); undefined when not asked. */
  mood?: { initial: Mood | undefined; onChange: (mood: Mood) => void };
  snoozeChoices: readonly number[];
  /** Strict breaks: no "Not now" at all. */
  strict: boolean;
  onBegin: () => void;
  onAnotherExercise: () => void;
  onAnotherInsight: () => void;
  onHide: (part: 'insight' | 'exercise') => Promise<boolean>;
  onSnooze: (minutes: number) => void;
  onSkip: () => void;
  /** Failures of the screen's actions, each shown once, here. */
  actions: Action[];
}

/**
 * The first screen: the insight alone and large, and one primary button
 * that says what will happen. Everything else is quiet: another exercise,
 * not now (snooze or skip), and more (all steps, another insight, the care
 * note). At most five tab stops, and it fits a 380x600 popup.
 */
export function ArriveScreen(props: Props) {
  // The break's heading takes focus as it opens, for a screen reader; no ring shows (theme.css).
  const heading = useRef<HTMLHeadingElement>(null);
  const mood = useSignal(props.mood?.initial);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="screen arrive" aria-labelledby="break-length">
      <h1 id="break-length" class="caption" tabIndex={-1} ref={heading}>
        {props.length}
      </h1>
      <blockquote class="insight" {...libraryTextProps()}>
        {props.insight}
      </blockquote>
      {props.mood && (
        <MoodFaces
          legend="moodNowQuestion"
          name="mood-before"
          value={mood.value}
          onChange={(value) => {
            mood.value = value;
            props.mood?.onChange(value);
          }}
        />
      )}
      <div class="begin">
        <button type="button" class="primary wide" onClick={props.onBegin}>
          {props.beginLabel}
        </button>
        {props.caution && (
          <p class="caution small">
            <InfoIcon /> <span dir="auto">{props.caution}</span>
          </p>
        )}
      </div>
      <div class="quiet-row">
        <button type="button" class="quiet" onClick={props.onAnotherExercise}>
          {t('anotherExercise')}
        </button>
        {!props.strict && (
          <NotNow snoozeChoices={props.snoozeChoices} onSnooze={props.onSnooze} onSkip={props.onSkip} />
        )}
        <BreakMore
          why={props.why}
          steps={props.steps}
          switches={props.switches}
          careOpen={mood.value === 1}
          onAnotherInsight={props.onAnotherInsight}
          onHide={props.onHide}
        />
      </div>
      {props.actions.map((action, i) => (
        // The actions are the same few every render: their place is their key.
        <ActionError key={i} action={action} />
      ))}
    </section>
  );
}
