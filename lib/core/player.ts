import type { Pacing } from '@/content/types';

/**
 * The guided exercise player as a pure state machine. Every function takes the
 * time (`now`, ms) as an argument and returns a new state, so the component owns
 * the only clock and tests need no timers.
 *
 * Time in the current step = `elapsedInStep` + (running ? now - `stepStartedAt` : 0).
 * Pausing folds the running time into `elapsedInStep`; resuming restarts the clock.
 */
export interface PlayerState {
  status: 'ready' | 'running' | 'paused' | 'done';
  /** Index of the current step; the last step's index once done. */
  step: number;
  /** When the clock last started for this step (ms); only meaningful while running. */
  stepStartedAt: number;
  /** Time spent in this step before `stepStartedAt` (ms), kept across pauses. */
  elapsedInStep: number;
}

/** What the player shows at one moment. */
export interface PlayerView {
  step: number;
  stepCount: number;
  /** Whole seconds, rounded up, so "1" shows until the step really ends. */
  secondsLeftInStep: number;
  secondsLeftTotal: number;
  /** Exact seconds into the current step, for the breathing pacer. */
  secondsIntoStep: number;
  /** 0..1 over the whole exercise. */
  progress: number;
}

/** The player before the person presses Start. */
export const READY: PlayerState = { status: 'ready', step: 0, stepStartedAt: 0, elapsedInStep: 0 };

/** Time spent in the current step at `now` (ms). */
function elapsed(state: PlayerState, now: number): number {
  return state.elapsedInStep + (state.status === 'running' ? Math.max(0, now - state.stepStartedAt) : 0);
}

/** The state at the start of `step`, keeping the status (a paused player stays paused). */
function atStep(state: PlayerState, step: number, now: number): PlayerState {
  return { ...state, step, stepStartedAt: now, elapsedInStep: 0 };
}

/** Starts at the first step: one press, no countdown before it. */
export function startPlayer(now: number): PlayerState {
  return { status: 'running', step: 0, stepStartedAt: now, elapsedInStep: 0 };
}

/** Freezes the step's clock; time stands still until resumed. Only a running player pauses. */
export function pausePlayer(state: PlayerState, now: number): PlayerState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'paused', elapsedInStep: elapsed(state, now) };
}

/** Restarts the clock where it stopped. Only a paused player resumes. */
export function resumePlayer(state: PlayerState, now: number): PlayerState {
  if (state.status !== 'paused') return state;
  return { ...state, status: 'running', stepStartedAt: now };
}

/** Skips to the start of the next step; from the last step the exercise is done. */
export function nextStep(state: PlayerState, stepSeconds: readonly number[], now: number): PlayerState {
  if (state.status === 'ready' || state.status === 'done') return state;
  if (state.step + 1 >= stepSeconds.length) return finished(stepSeconds, now);
  return atStep(state, state.step + 1, now);
}

/** Back to the start of the previous step; on the first step, restarts it (never below 0). */
export function previousStep(state: PlayerState, now: number): PlayerState {
  if (state.status === 'ready' || state.status === 'done') return state;
  return atStep(state, Math.max(0, state.step - 1), now);
}

function finished(stepSeconds: readonly number[], now: number): PlayerState {
  const last = Math.max(0, stepSeconds.length - 1);
  return { status: 'done', step: last, stepStartedAt: now, elapsedInStep: (stepSeconds[last] ?? 0) * 1000 };
}

/**
 * Moves a running player through as many steps as the time since the step began
 * covers (a sleeping tab may wake after several), carrying the spare time into
 * the new step; past the last step it is done.
 */
export function tick(state: PlayerState, stepSeconds: readonly number[], now: number): PlayerState {
  if (state.status !== 'running') return state;
  let step = state.step;
  let spent = elapsed(state, now);
  while (step < stepSeconds.length && spent >= (stepSeconds[step] ?? 0) * 1000) {
    spent -= (stepSeconds[step] ?? 0) * 1000;
    step += 1;
  }
  if (step >= stepSeconds.length) return finished(stepSeconds, now);
  if (step === state.step) return state;
  return { status: 'running', step, stepStartedAt: now - spent, elapsedInStep: 0 };
}

/** What to show at `now`; pass a state already moved on by `tick`. */
export function view(state: PlayerState, stepSeconds: readonly number[], now: number): PlayerView {
  const stepCount = stepSeconds.length;
  const totalMs = stepSeconds.reduce((sum, s) => sum + s, 0) * 1000;
  const stepMs = (stepSeconds[state.step] ?? 0) * 1000;
  const beforeMs = stepSeconds.slice(0, state.step).reduce((sum, s) => sum + s, 0) * 1000;
  // Clamped: a paused or not-yet-ticked state may hold a little more than the step.
  const intoMs = state.status === 'done' ? stepMs : Math.min(elapsed(state, now), stepMs);
  const leftMs = totalMs - beforeMs - intoMs;
  return {
    step: state.step,
    stepCount,
    secondsLeftInStep: Math.ceil((stepMs - intoMs) / 1000),
    secondsLeftTotal: Math.ceil(leftMs / 1000),
    secondsIntoStep: intoMs / 1000,
    progress: totalMs > 0 ? Math.min(1, Math.max(0, (beforeMs + intoMs) / totalMs)) : 1,
  };
}

/** One part of a breath. */
export type BreathPhase = 'in' | 'sip' | 'holdIn' | 'out' | 'holdOut';
const ORDER: readonly BreathPhase[] = ['in', 'sip', 'holdIn', 'out', 'holdOut'];
const SECONDS = { in: 'inhale', sip: 'sip', holdIn: 'holdIn', out: 'exhale', holdOut: 'holdOut' } as const;

/** Where in the breath a moment falls. */
export interface BreathingMoment {
  phase: BreathPhase;
  /** Whole seconds left in the phase, counting down to 1 (never 0 on screen). */
  secondsLeft: number;
  /** Counts every phase since the step began, so a repeat in the next cycle is still new. */
  phaseIndex: number;
  /** The phase's full length and the exact seconds into it, for the pacer's animation. */
  phaseSeconds: number;
  secondsIntoPhase: number;
}

/** The breathing phase `secondsIntoStep` falls in; phases of 0 seconds are skipped. */
export function breathingPhase(pacing: Pacing, secondsIntoStep: number): BreathingMoment {
  const phases = ORDER.map((phase) => ({
    phase,
    seconds: pacing[SECONDS[phase]] ?? 0,
  })).filter((p) => p.seconds > 0);
  const cycle = phases.reduce((sum, p) => sum + p.seconds, 0);
  if (cycle <= 0) return { phase: 'in', secondsLeft: 1, phaseIndex: 0, phaseSeconds: 0, secondsIntoPhase: 0 };
  const into = Math.max(0, secondsIntoStep);
  const cycles = Math.floor(into / cycle);
  let at = into - cycles * cycle;
  for (const [index, p] of phases.entries()) {
    if (at < p.seconds || index === phases.length - 1) {
      return {
        phase: p.phase,
        secondsLeft: Math.max(1, Math.ceil(p.seconds - at)),
        phaseIndex: cycles * phases.length + index,
        phaseSeconds: p.seconds,
        secondsIntoPhase: Math.min(at, p.seconds),
      };
    }
    at -= p.seconds;
  }
  throw new Error('unreachable: phases is not empty');
}
