import { describe, expect, it } from 'vitest';
import type { Exercise } from '@/content/types';
import { advance, arrive, begin, control } from './break-flow';
import { chimeFor, momentOf } from './break-moment';
import { pacingAt } from './content/practice';
import { findExercise } from './content/select';
import { DEFAULT_SETTINGS } from './settings/settings';

const T = Date.UTC(2026, 2, 2, 9, 0);
const S = 1000;
const exercise = (id: string) => findExercise(id) as Exercise;
/** Box breathing: 10 s to settle, two paced steps of 64 s (4 in, 4 hold, 4 out, 4 hold), 12 s to let go. */
const BOX = exercise('box-breathing');
/** Palming, eyes closed in its second and third steps: 10, 30, 20 and 10 s. */
const PALMING = exercise('palming');
/** Neck and shoulders: moved, eyes open, 4 steps of 20 s. */
const NECK = exercise('neck-shoulders');

describe('which steps the pacer guides', () => {
  it('paces the middle steps of a breathing exercise: the first settles, the last lets go', () => {
    expect([0, 1, 2, 3].map((step) => pacingAt(BOX, step) !== undefined)).toEqual([false, true, true, false]);
    expect(pacingAt(NECK, 1)).toBeUndefined();
  });

  it('tells a new breath apart from the same one', () => {
    const running = advance(begin(arrive(T, T), T), BOX, T + 10 * S).player;
    expect(momentOf(BOX, running, T + 11 * S)).toBe(momentOf(BOX, running, T + 13.9 * S));
    expect(momentOf(BOX, running, T + 14 * S)).not.toBe(momentOf(BOX, running, T + 13.9 * S));
  });
});

describe('the chimes of a break', () => {
  const quiet = { ...DEFAULT_SETTINGS, sound: false, stepChime: false };
  const sound = { ...quiet, sound: true };
  const stepChime = { ...quiet, stepChime: true };

  /** The chime as the clock moves from `from` to `to` seconds into `ex`, begun at T. */
  function chimeBetween(settings: typeof quiet, ex: Exercise, from: number, to: number) {
    const begun = begin(arrive(T, T), T);
    const before = advance(begun, ex, T + from * S);
    const after = advance(before, ex, T + to * S);
    return chimeFor(settings, ex, momentOf(ex, before.player, T + from * S), after, T + to * S);
  }

  it('are silent with sound and the step chime off', () => {
    expect(chimeBetween(quiet, BOX, 13.9, 14)).toBeNull();
    expect(chimeBetween(quiet, PALMING, 9.9, 10)).toBeNull();
    expect(chimeBetween(quiet, PALMING, 69.9, 70)).toBeNull();
  });

  it('with sound on, mark each breath and each step, and the end', () => {
    expect(chimeBetween(sound, BOX, 13.9, 14)).toBe('phase');
    expect(chimeBetween(sound, BOX, 12, 13)).toBeNull();
    expect(chimeBetween(sound, NECK, 19.9, 20)).toBe('phase');
    expect(chimeBetween(sound, NECK, 79.9, 80)).toBe('end');
  });

  it('with the step chime on, mark each step of an eyes-closed exercise, not each breath, and the end', () => {
    expect(chimeBetween(stepChime, PALMING, 9.9, 10)).toBe('phase');
    expect(chimeBetween(stepChime, PALMING, 11, 12)).toBeNull();
    expect(chimeBetween(stepChime, PALMING, 69.9, 70)).toBe('end');
  });

  it('leave an exercise done with open eyes alone with only the step chime on', () => {
    expect(chimeBetween(stepChime, NECK, 19.9, 20)).toBeNull();
    expect(chimeBetween(stepChime, NECK, 79.9, 80)).toBeNull();
  });

  it('stay silent while paused', () => {
    const paused = control(begin(arrive(T, T), T), 'pause', PALMING, T + 5 * S);
    expect(chimeFor(sound, PALMING, momentOf(PALMING, paused.player, T + 5 * S), paused, T + 60 * S)).toBeNull();
  });
});
