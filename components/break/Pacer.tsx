import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Pacing } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import { type BreathPhase, breathingPhase } from '@/lib/core/player';

/** The circle's size: full after breathing in, small after breathing out. */
const SMALL = 0.55;
const FULL = 1;

const WORDS: Record<BreathPhase, MessageKey> = {
  in: 'phaseIn',
  holdIn: 'phaseHold',
  out: 'phaseOut',
  holdOut: 'phaseHold',
};

/** The scale the phase's animation ends on. */
function targetScale(phase: BreathPhase): number {
  return phase === 'in' || phase === 'holdIn' ? FULL : SMALL;
}

/** The scale part-way through a phase, so a pause or a late mount shows the breath where it is. */
function scaleAt(phase: BreathPhase, fraction: number): number {
  if (phase === 'in') return SMALL + (FULL - SMALL) * fraction;
  if (phase === 'out') return FULL - (FULL - SMALL) * fraction;
  return targetScale(phase);
}

const REDUCE_QUERY = '(prefers-reduced-motion: reduce)';

/** Follows the person's reduced-motion setting, including a change while the page is open. */
function useReducedMotion(): boolean {
  const reduce = useSignal(typeof window !== 'undefined' && window.matchMedia?.(REDUCE_QUERY).matches === true);
  useEffect(() => {
    const query = window.matchMedia?.(REDUCE_QUERY);
    if (!query) return;
    const follow = () => {
      reduce.value = query.matches;
    };
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return reduce.value;
}

interface Props {
  pacing: Pacing;
  /** Exact seconds into the current step; a step of breathing starts on a breath in. */
  secondsIntoStep: number;
  /** False while paused: the circle then stops where it is. */
  running: boolean;
}

/**
 * A breathing guide: a circle that grows on the in-breath, rests on holds and
 * shrinks on the out-breath, with the phase and its count in words. Only
 * `transform` animates (cheap, no layout); with reduced motion only the words change.
 */
export function Pacer({ pacing, secondsIntoStep, running }: Props) {
  const reduce = useReducedMotion();
  const moment = breathingPhase(pacing, secondsIntoStep);
  // A CSS transition needs a starting style on screen first: after (re)starting,
  // show the breath where it is for one frame, then hand over to the transition.
  const gliding = useSignal(false);
  useEffect(() => {
    if (!running) {
      gliding.value = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      gliding.value = true;
    });
    return () => cancelAnimationFrame(frame);
  }, [running]);

  let style: Record<string, string> | undefined;
  if (!reduce) {
    const fraction = moment.phaseSeconds > 0 ? moment.secondsIntoPhase / moment.phaseSeconds : 1;
    const left = Math.max(0, moment.phaseSeconds - moment.secondsIntoPhase);
    style =
      running && gliding.value
        ? { transform: `scale(${targetScale(moment.phase)})`, transition: `transform ${left.toFixed(2)}s linear` }
        : { transform: `scale(${scaleAt(moment.phase, fraction).toFixed(3)})`, transition: 'none' };
  }
  return (
    <div class="pacer">
      <div class="pacer-shape" aria-hidden="true" style={style} />
      <p class="pacer-words" aria-live="off">
        {t(WORDS[moment.phase], String(moment.secondsLeft))}
      </p>
    </div>
  );
}
