import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Pacing } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import { type BreathPhase, breathingPhase } from '@/lib/core/player';
import style from './dial.css?inline';
import { addStyle } from './style';

addStyle(style);

/** The disc's size: full after breathing in, small after breathing out. */
const SMALL = 0.6;
const FULL = 1;
/** The thin ring's length: the circumference of r = 104 in the 240-unit box. */
const RING = 2 * Math.PI * 104;

const WORDS: Record<BreathPhase, MessageKey> = {
  in: 'phaseIn',
  sip: 'phaseSip',
  holdIn: 'phaseHold',
  out: 'phaseOut',
  holdOut: 'phaseHold',
};

/** Where the first breath in ends: short of full when a second sip of air follows. */
const inTop = (pacing: Pacing) => (pacing.sip ? 0.88 : FULL);

/** The scale the phase's animation ends on. */
function targetScale(phase: BreathPhase, pacing: Pacing): number {
  if (phase === 'in') return inTop(pacing);
  return phase === 'sip' || phase === 'holdIn' ? FULL : SMALL;
}

/** The scale part-way through a phase, so a pause or a late mount shows the breath where it is. */
function scaleAt(phase: BreathPhase, pacing: Pacing, fraction: number): number {
  // Sine-like, as the transition eases: slow at the turns, quickest mid-breath.
  const eased = (1 - Math.cos(Math.PI * fraction)) / 2;
  if (phase === 'in') return SMALL + (inTop(pacing) - SMALL) * eased;
  if (phase === 'sip') return inTop(pacing) + (FULL - inTop(pacing)) * eased;
  if (phase === 'out') return FULL - (FULL - SMALL) * eased;
  return targetScale(phase, pacing);
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

interface DialProps {
  /** 0..1: how much of the time is left, drawn as the thin outer ring. */
  left: number;
  /** The breathing disc's style, when there is one. */
  disc?: Record<string, string>;
  children: ComponentChildren;
}

/**
 * The do screen's centrepiece, at least 200 px: a faint ring the size of a
 * full breath, a thin ring for the time left, and words in the middle.
 */
export function Dial({ left, disc, children }: DialProps) {
  return (
    <div class="dial">
      <svg class="dial-art" viewBox="0 0 240 240" aria-hidden="true">
        <circle class="dial-full" cx="120" cy="120" r="96" />
        {disc && <circle class="dial-disc" cx="120" cy="120" r="96" style={disc} />}
        <circle
          class="dial-left"
          cx="120"
          cy="120"
          r="104"
          stroke-dasharray={RING}
          stroke-dashoffset={RING * (1 - Math.min(1, Math.max(0, left)))}
        />
      </svg>
      <div class="dial-words">{children}</div>
    </div>
  );
}

interface PacerProps {
  pacing: Pacing;
  /** Exact seconds into the current step; a step of breathing starts on a breath in. */
  secondsIntoStep: number;
  /** False while paused: the disc then stops where it is. */
  running: boolean;
  /** 0..1 of the step's time left, for the thin ring. */
  left: number;
}

/**
 * A breathing guide: a disc that grows on the in-breath (a little more on a
 * second sip), rests on holds and
 * shrinks on the out-breath, eased like a breath, with the phase in large
 * words and its count small. Only `transform` animates (cheap, no layout);
 * with reduced motion the disc holds still and only the words change.
 */
export function Pacer({ pacing, secondsIntoStep, running, left }: PacerProps) {
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

  const fraction = moment.phaseSeconds > 0 ? moment.secondsIntoPhase / moment.phaseSeconds : 1;
  const remaining = Math.max(0, moment.phaseSeconds - moment.secondsIntoPhase);
  const disc: Record<string, string> = reduce
    ? { transform: `scale(${(SMALL + FULL) / 2})` }
    : running && gliding.value
      ? {
          transform: `scale(${targetScale(moment.phase, pacing)})`,
          transition: `transform ${remaining.toFixed(2)}s cubic-bezier(0.37, 0, 0.63, 1)`,
        }
      : { transform: `scale(${scaleAt(moment.phase, pacing, fraction).toFixed(3)})`, transition: 'none' };
  return (
    <Dial left={left} disc={disc}>
      <span class="phase-word">{t(WORDS[moment.phase])}</span>
      <span class="phase-count">{moment.secondsLeft}</span>
    </Dial>
  );
}
