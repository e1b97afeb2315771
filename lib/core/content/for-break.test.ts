import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '@/lib/core/schedule/types';
import { DEFAULT_SETTINGS } from '@/lib/core/settings/settings';
import { anotherContent, contentForBreak } from './for-break';
import { findExercise, findInsight } from './select';

const T = Date.UTC(2026, 2, 2, 9);

describe('contentForBreak', () => {
  it('keeps what the break already shows', () => {
    const active = { startedAt: T, trigger: 'schedule' as const, insightId: 'trust-pace', exerciseId: 'palming' };
    expect(contentForBreak(DEFAULT_SETTINGS, INITIAL_STATE, active)).toEqual({
      insightId: 'trust-pace',
      exerciseId: 'palming',
    });
  });

  it('picks the same for the same break on every page, from the library (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), (startedAt) => {
        const active = { startedAt, trigger: 'schedule' as const };
        const first = contentForBreak(DEFAULT_SETTINGS, INITIAL_STATE, active);
        expect(contentForBreak(DEFAULT_SETTINGS, INITIAL_STATE, active)).toEqual(first);
        expect(findInsight(first.insightId)).toBeDefined();
        expect(findExercise(first.exerciseId)).toBeDefined();
      }),
    );
  });
});

describe('anotherContent', () => {
  const active = { startedAt: T, trigger: 'manual' as const, insightId: 'trust-pace', exerciseId: 'palming' };

  it('changes only the part asked for, and never to the same one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), (seed) => {
        const insight = anotherContent(DEFAULT_SETTINGS, INITIAL_STATE, active, 'insight', seed);
        expect(insight.exerciseId).toBe('palming');
        expect(insight.insightId).not.toBe('trust-pace');
        const exercise = anotherContent(DEFAULT_SETTINGS, INITIAL_STATE, active, 'exercise', seed);
        expect(exercise.insightId).toBe('trust-pace');
        expect(exercise.exerciseId).not.toBe('palming');
      }),
    );
  });
});
