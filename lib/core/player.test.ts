import { describe, expect, it } from 'vitest';
import {
  breathingPhase,
  nextStep,
  pausePlayer,
  previousStep,
  READY,
  resumePlayer,
  startPlayer,
  tick,
  view,
} from './player';

const STEPS = [10, 20, 30] as const; // 60 s in all
const T0 = 1_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

describe('player', () => {
  it('starts running at the first step with the whole exercise ahead', () => {
    const state = startPlayer(T0);
    expect(state.status).toBe('running');
    expect(view(state, STEPS, T0)).toEqual({
      step: 0,
      stepCount: 3,
      secondsLeftInStep: 10,
      secondsLeftTotal: 60,
      secondsIntoStep: 0,
      progress: 0,
    });
  });

  it('before starting, ticks and step buttons change nothing', () => {
    expect(tick(READY, STEPS, s(100))).toBe(READY);
    expect(nextStep(READY, STEPS, T0)).toBe(READY);
    expect(previousStep(READY, T0)).toBe(READY);
    expect(view(READY, STEPS, s(5)).secondsLeftTotal).toBe(60);
  });

  it('goes through the steps in order as time passes', () => {
    let state = startPlayer(T0);
    const seen: number[] = [];
    for (let second = 0; second < 60; second += 1) {
      state = tick(state, STEPS, s(second));
      seen.push(state.step);
    }
    expect(seen.indexOf(1)).toBe(10);
    expect(seen.indexOf(2)).toBe(30);
    expect(seen.at(-1)).toBe(2);
    expect(state.status).toBe('running');
  });

  it('counts whole seconds down, rounding up', () => {
    const state = startPlayer(T0);
    expect(view(state, STEPS, s(0.25)).secondsLeftInStep).toBe(10);
    expect(view(state, STEPS, s(9.1)).secondsLeftInStep).toBe(1);
    expect(view(state, STEPS, s(9.1)).secondsLeftTotal).toBe(51);
  });

  it('stands still while paused', () => {
    const paused = pausePlayer(startPlayer(T0), s(4));
    expect(paused.status).toBe('paused');
    expect(tick(paused, STEPS, s(500))).toBe(paused);
    expect(view(paused, STEPS, s(500)).secondsLeftInStep).toBe(6);
    expect(view(paused, STEPS, s(500)).progress).toBeCloseTo(4 / 60);
  });

  it('resumes where it stopped', () => {
    const paused = pausePlayer(startPlayer(T0), s(4));
    const resumed = resumePlayer(paused, s(100));
    expect(resumed.status).toBe('running');
    expect(view(resumed, STEPS, s(103)).secondsLeftInStep).toBe(3);
    const moved = tick(resumed, STEPS, s(107));
    expect(moved.step).toBe(1);
    expect(view(moved, STEPS, s(107)).secondsLeftInStep).toBe(19);
  });

  it('pausing twice or resuming a running player changes nothing', () => {
    const running = startPlayer(T0);
    expect(resumePlayer(running, s(2))).toBe(running);
    const paused = pausePlayer(running, s(2));
    expect(pausePlayer(paused, s(9))).toBe(paused);
  });

  it('back restarts the previous step and never goes below the first', () => {
    let state = tick(startPlayer(T0), STEPS, s(15));
    expect(state.step).toBe(1);
    state = previousStep(state, s(15));
    expect(state.step).toBe(0);
    expect(view(state, STEPS, s(15)).secondsLeftInStep).toBe(10);
    state = previousStep(state, s(18));
    expect(state.step).toBe(0);
    expect(view(state, STEPS, s(18)).secondsLeftInStep).toBe(10);
  });

  it('back and next keep a paused player paused', () => {
    const paused = pausePlayer(startPlayer(T0), s(3));
    const next = nextStep(paused, STEPS, s(50));
    expect(next).toMatchObject({ status: 'paused', step: 1 });
    expect(view(next, STEPS, s(90)).secondsLeftInStep).toBe(20);
    expect(previousStep(next, s(60))).toMatchObject({ status: 'paused', step: 0 });
  });

  it('next skips to the start of the next step, and from the last step is done', () => {
    let state = nextStep(startPlayer(T0), STEPS, s(2));
    expect(state.step).toBe(1);
    expect(view(state, STEPS, s(2)).secondsLeftTotal).toBe(50);
    state = nextStep(state, STEPS, s(3));
    expect(state.step).toBe(2);
    state = nextStep(state, STEPS, s(4));
    expect(state.status).toBe('done');
    expect(nextStep(state, STEPS, s(5))).toBe(state);
    expect(previousStep(state, s(5))).toBe(state);
  });

  it('one tick moves over several steps at once, carrying the spare time', () => {
    const state = tick(startPlayer(T0), STEPS, s(35));
    expect(state.step).toBe(2);
    expect(view(state, STEPS, s(35))).toMatchObject({ secondsLeftInStep: 25, secondsLeftTotal: 25 });
  });

  it('is done once the last step finishes, with everything at its end', () => {
    const running = startPlayer(T0);
    expect(tick(running, STEPS, s(59.9)).status).toBe('running');
    const done = tick(running, STEPS, s(60));
    expect(done).toMatchObject({ status: 'done', step: 2 });
    expect(tick(done, STEPS, s(90))).toBe(done);
    expect(view(done, STEPS, s(90))).toMatchObject({ secondsLeftInStep: 0, secondsLeftTotal: 0, progress: 1 });
  });

  it('a long sleep goes straight to done', () => {
    expect(tick(startPlayer(T0), STEPS, s(3600)).status).toBe('done');
  });
});

describe('breathingPhase', () => {
  /** Phase and count at each whole second of one cycle. */
  const cycle = (pacing: Parameters<typeof breathingPhase>[0], seconds: number) =>
    Array.from({ length: seconds }, (_, second) => {
      const moment = breathingPhase(pacing, second);
      return `${moment.phase} ${moment.secondsLeft}`;
    });

  it('4-7-8: in for 4, hold for 7, out for 8, skipping the empty hold', () => {
    const pacing = { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 };
    expect(cycle(pacing, 19)).toEqual([
      ...['in 4', 'in 3', 'in 2', 'in 1'],
      ...['holdIn 7', 'holdIn 6', 'holdIn 5', 'holdIn 4', 'holdIn 3', 'holdIn 2', 'holdIn 1'],
      ...['out 8', 'out 7', 'out 6', 'out 5', 'out 4', 'out 3', 'out 2', 'out 1'],
    ]);
    expect(breathingPhase(pacing, 19)).toMatchObject({ phase: 'in', secondsLeft: 4, phaseIndex: 3 });
  });

  it('box: four even sides, then round again', () => {
    const pacing = { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 };
    const phases = [0, 4, 8, 12, 16].map((second) => breathingPhase(pacing, second));
    expect(phases.map((p) => p.phase)).toEqual(['in', 'holdIn', 'out', 'holdOut', 'in']);
    expect(phases.map((p) => p.phaseIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(breathingPhase(pacing, 15.9)).toMatchObject({ phase: 'holdOut', secondsLeft: 1 });
  });

  it('physiological sigh: a breath in, a second short sip on top, then the long sigh out', () => {
    const pacing = { inhale: 2, sip: 1, holdIn: 0, exhale: 6, holdOut: 0 };
    expect(cycle(pacing, 9)).toEqual([
      ...['in 2', 'in 1'],
      'sip 1',
      ...['out 6', 'out 5', 'out 4', 'out 3', 'out 2', 'out 1'],
    ]);
    expect(breathingPhase(pacing, 9)).toMatchObject({ phase: 'in', phaseIndex: 3 });
  });

  it('skips both holds when they are 0 seconds', () => {
    const pacing = { inhale: 5, holdIn: 0, exhale: 6, holdOut: 0 };
    expect(breathingPhase(pacing, 4.99).phase).toBe('in');
    expect(breathingPhase(pacing, 5)).toMatchObject({ phase: 'out', secondsLeft: 6, phaseIndex: 1 });
    expect(breathingPhase(pacing, 11)).toMatchObject({ phase: 'in', phaseIndex: 2 });
  });

  it('counts down in whole seconds, never showing 0', () => {
    const pacing = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 };
    expect(breathingPhase(pacing, 3.75).secondsLeft).toBe(1);
    expect(breathingPhase(pacing, 0.5)).toMatchObject({ secondsLeft: 4, phaseSeconds: 4, secondsIntoPhase: 0.5 });
  });
});
