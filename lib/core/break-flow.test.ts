import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '@/content/library';
import type { Exercise } from '@/content/types';
import {
  advance,
  arrive,
  asksMoodAfter,
  asksMoodBefore,
  type BreakProgress,
  begin,
  control,
  end,
  type PlayerAction,
  reopen,
  restart,
} from './break-flow';
import { CLOSE_KEPT_MS, closeStillShown, parseBreakProgress } from './break-progress';
import { READY } from './player';
import type { ActiveBreak } from './schedule/types';
import { DEFAULT_SETTINGS } from './settings/settings';
import { TIME_BOUNDS } from './vocabulary';

/** 2026-03-02T09:00:00Z: the break's start, and its id. */
const T = Date.UTC(2026, 2, 2, 9, 0);
const S = 1000;
/** Three steps of 10, 20 and 10 seconds. */
const EXERCISE: Exercise = { id: 'three-steps', kind: 'grounding', stepSeconds: [10, 20, 10], needs: [] };
const ACTIVE: ActiveBreak = { startedAt: T, trigger: 'schedule', insightId: 'trust-pace', exerciseId: 'five-senses' };

describe('the break flow: arrive, do, close', () => {
  it('arrives on its first screen, the exercise not begun', () => {
    expect(arrive(T, T + S)).toEqual({ breakId: T, screen: 'arrive', player: READY, savedAt: T + S });
  });

  it('Begin starts the exercise at its first step, once', () => {
    const doing = begin(arrive(T, T), T + 5 * S);
    expect(doing).toMatchObject({ screen: 'do', player: { status: 'running', step: 0, stepStartedAt: T + 5 * S } });
    expect(begin(doing, T + 9 * S)).toBe(doing);
  });

  it('follows the clock step by step, and past the last step reaches close', () => {
    const doing = begin(arrive(T, T), T);
    expect(advance(doing, EXERCISE, T + 9 * S)).toBe(doing);
    expect(advance(doing, EXERCISE, T + 10 * S).player.step).toBe(1);
    // A page asleep for a while catches up in one go.
    expect(advance(doing, EXERCISE, T + 35 * S).player).toMatchObject({ step: 2, stepStartedAt: T + 30 * S });
    expect(advance(doing, EXERCISE, T + 40 * S)).toMatchObject({ screen: 'close', savedAt: T + 40 * S });
  });

  it('pause, resume, back and next act on the do screen only', () => {
    const arrived = arrive(T, T);
    for (const action of ['pause', 'resume', 'next', 'back'] as const) {
      expect(control(arrived, action, EXERCISE, T + S)).toBe(arrived);
    }
    const doing = begin(arrived, T);
    const paused = control(doing, 'pause', EXERCISE, T + 4 * S);
    expect(paused.player).toMatchObject({ status: 'paused', elapsedInStep: 4 * S });
    // Time stands still while paused.
    expect(advance(paused, EXERCISE, T + 60 * S)).toBe(paused);
    const resumed = control(paused, 'resume', EXERCISE, T + 60 * S);
    expect(advance(resumed, EXERCISE, T + 66 * S).player.step).toBe(1);
    expect(control(doing, 'next', EXERCISE, T + S).player.step).toBe(1);
    expect(control(control(doing, 'next', EXERCISE, T + S), 'back', EXERCISE, T + 2 * S).player.step).toBe(0);
  });

  it('Next on the last step reaches close', () => {
    let doing = begin(arrive(T, T), T);
    for (let i = 0; i < 3; i++) doing = control(doing, 'next', EXERCISE, T + i * S);
    expect(doing.screen).toBe('close');
  });

  it('End closes a begun exercise; there is no End before Begin (Not now answers that)', () => {
    expect(end(begin(arrive(T, T), T), T + 3 * S)).toMatchObject({ screen: 'close', savedAt: T + 3 * S });
    const arrived = arrive(T, T);
    expect(end(arrived, T + S)).toBe(arrived);
  });

  it('a way out mid-exercise starts the new practice at its first step, running; before Begin nothing moves', () => {
    let doing = begin(arrive(T, T), T);
    doing = control(control(doing, 'next', EXERCISE, T + S), 'pause', EXERCISE, T + 2 * S);
    expect(restart(doing, T + 3 * S)).toMatchObject({
      screen: 'do',
      player: { status: 'running', step: 0, stepStartedAt: T + 3 * S, elapsedInStep: 0 },
      savedAt: T + 3 * S,
    });
    const arrived = arrive(T, T);
    expect(restart(arrived, T + S)).toBe(arrived);
  });
});

describe('a popup opened again mid-break', () => {
  it('returns to the same step, paused where the page closed: the time between was not spent on it', () => {
    const doing = advance(begin(arrive(T, T), T), EXERCISE, T + 12 * S);
    const saved = { ...doing, savedAt: T + 15 * S };
    const reopened = reopen(saved, ACTIVE, T + 5 * 60 * S);
    expect(reopened).toMatchObject({ screen: 'do', savedAt: T + 5 * 60 * S });
    expect(reopened.player).toMatchObject({ status: 'paused', step: 1, elapsedInStep: 5 * S });
  });

  it('keeps a paused exercise and the close screen as they were', () => {
    const paused = control(begin(arrive(T, T), T), 'pause', EXERCISE, T + 3 * S);
    expect(reopen(paused, ACTIVE, T + 60 * S)).toEqual({ ...paused, savedAt: T + 60 * S });
    const closed = end(begin(arrive(T, T), T), T + 3 * S);
    expect(reopen(closed, ACTIVE, T + 60 * S).screen).toBe('close');
  });

  it('starts afresh for another break, or with nothing saved', () => {
    const other = begin(arrive(T - 3_600_000, T - 3_600_000), T - 3_590_000);
    expect(reopen(other, ACTIVE, T + S)).toEqual(arrive(T, T + S));
    expect(reopen(null, ACTIVE, T + S)).toEqual(arrive(T, T + S));
  });

  it('shows a close screen again for ten minutes after the break ended, with what it showed', () => {
    const closed = { ...end(begin(arrive(T, T), T), T + 60 * S), content: { insightId: 'a', exerciseId: 'b' } };
    expect(closeStillShown(closed, T + 60 * S + CLOSE_KEPT_MS - 1)).toBe(true);
    expect(closeStillShown(closed, T + 60 * S + CLOSE_KEPT_MS)).toBe(false);
    expect(closeStillShown({ ...closed, content: undefined }, T + 61 * S)).toBe(false);
    expect(closeStillShown(begin(arrive(T, T), T), T + S)).toBe(false);
    expect(closeStillShown(null, T)).toBe(false);
  });
});

describe('the mood check-ins', () => {
  it('asks before only when the person checks in and the break did not start from a feeling', () => {
    expect(asksMoodBefore(DEFAULT_SETTINGS, ACTIVE)).toBe(true);
    expect(asksMoodBefore({ ...DEFAULT_SETTINGS, moodCheckIn: false }, ACTIVE)).toBe(false);
    expect(asksMoodBefore(DEFAULT_SETTINGS, { ...ACTIVE, need: 'tense' })).toBe(false);
    // An answer stays on screen, chosen.
    expect(asksMoodBefore(DEFAULT_SETTINGS, { ...ACTIVE, moodBefore: 3 })).toBe(true);
  });

  it('asks after whenever the person checks in', () => {
    expect(asksMoodAfter(DEFAULT_SETTINGS)).toBe(true);
    expect(asksMoodAfter({ ...DEFAULT_SETTINGS, moodCheckIn: false })).toBe(false);
  });
});

const ORDER = { arrive: 0, do: 1, close: 2 } as const;
const actionArb = fc.oneof(
  fc.constant('begin' as const),
  fc.constant('end' as const),
  fc.constant('advance' as const),
  fc.constantFrom<PlayerAction>('pause', 'resume', 'next', 'back'),
);

describe('the flow, whatever the person does', () => {
  it('only goes forward, reaches close only through do, and keeps the step in range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXERCISES),
        fc.array(fc.tuple(actionArb, fc.integer({ min: 0, max: 120_000 })), { maxLength: 40 }),
        (exercise, actions) => {
          let progress: BreakProgress = arrive(T, T);
          let now = T;
          let wasDoing = false;
          for (const [action, wait] of actions) {
            now += wait;
            const next =
              action === 'begin'
                ? begin(progress, now)
                : action === 'end'
                  ? end(progress, now)
                  : action === 'advance'
                    ? advance(progress, exercise, now)
                    : control(progress, action, exercise, now);
            expect(ORDER[next.screen]).toBeGreaterThanOrEqual(ORDER[progress.screen]);
            if (next.screen === 'close') expect(wasDoing || progress.screen === 'do').toBe(true);
            expect(next.player.step).toBeGreaterThanOrEqual(0);
            expect(next.player.step).toBeLessThan(exercise.stepSeconds.length);
            wasDoing ||= next.screen === 'do';
            progress = next;
          }
        },
      ),
    );
  });
});

const timeArb = fc.integer(TIME_BOUNDS);

/** Progress of any shape the flow can save. */
const progressArb: fc.Arbitrary<BreakProgress> = fc.record(
  {
    breakId: timeArb,
    screen: fc.constantFrom('arrive' as const, 'do' as const, 'close' as const),
    player: fc.record({
      status: fc.constantFrom('ready' as const, 'running' as const, 'paused' as const, 'done' as const),
      step: fc.nat({ max: 20 }),
      stepStartedAt: timeArb,
      elapsedInStep: fc.nat({ max: 3_600_000 }),
    }),
    savedAt: timeArb,
    content: fc.record({
      insightId: fc.constantFrom('trust-pace', 'past-then-now'),
      exerciseId: fc.constantFrom(...EXERCISES.map((e) => e.id)),
    }),
  },
  { requiredKeys: ['breakId', 'screen', 'player', 'savedAt'] },
);

describe('progress as session storage keeps it', () => {
  it('reads back exactly what the flow saved', () => {
    fc.assert(
      fc.property(progressArb, (progress) => {
        expect(parseBreakProgress(progress)).toEqual(progress);
      }),
    );
  });

  it.each([
    ['nothing', undefined],
    ['a screen it does not know', { breakId: T, screen: 'later', player: READY, savedAt: T }],
    ['a negative step', { breakId: T, screen: 'do', player: { ...READY, step: -1 }, savedAt: T }],
    ['a player without a status', { breakId: T, screen: 'do', player: { step: 0 }, savedAt: T }],
    ['no time saved', { breakId: T, screen: 'do', player: READY }],
  ])('reads %s as none', (_label, raw) => {
    expect(parseBreakProgress(raw)).toBeNull();
  });

  it('drops content it cannot trust and keeps the rest', () => {
    const raw = { ...arrive(T, T), content: { insightId: '', exerciseId: 'box-breathing' } };
    expect(parseBreakProgress(raw)).toEqual(arrive(T, T));
  });
});
