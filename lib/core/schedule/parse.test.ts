import { describe, expect, it } from 'vitest';
import { parseSchedule } from './parse';
import { INITIAL_STATE } from './types';

const T = Date.UTC(2026, 2, 2, 9, 0);

describe('parseSchedule', () => {
  it.each([null, undefined, 'schedule', 7, [1, 2]])('returns the initial state for garbage (%s)', (raw) => {
    expect(parseSchedule(raw)).toEqual(INITIAL_STATE);
  });

  it('returns the initial state field by field when every field is wrong', () => {
    const raw = {
      nextBreakAt: 'soon',
      cycleStartedAt: -5,
      snoozed: 'yes',
      activeBreak: { startedAt: -T, insightId: '', exerciseId: 'box-breathing' },
      recentInsightIds: 'trust-pace',
      lastExerciseId: 12,
    };
    expect(parseSchedule(raw)).toEqual(INITIAL_STATE);
  });

  it('keeps a valid state whole', () => {
    const state = {
      nextBreakAt: T + 45 * 60_000,
      cycleStartedAt: T,
      snoozed: true,
      activeBreak: { startedAt: T, insightId: 'trust-pace', exerciseId: 'box-breathing', trigger: 'manual' },
      recentInsightIds: ['trust-pace', 'daily-carry'],
      lastExerciseId: 'box-breathing',
      snoozesInRow: 2,
      pause: { until: null },
      deferredSince: T,
      idleSince: null,
      nextMicroAt: T + 20 * 60_000,
      microShownAt: T - 5_000,
    };
    expect(parseSchedule(state)).toEqual(state);
  });

  it('keeps only text insight ids and reads an unknown trigger as schedule', () => {
    const raw = {
      recentInsightIds: ['trust-pace', 3, '', null, 'daily-carry'],
      activeBreak: { startedAt: T, insightId: 'a', exerciseId: 'b', trigger: 'robot' },
    };
    const state = parseSchedule(raw);
    expect(state.recentInsightIds).toEqual(['trust-pace', 'daily-carry']);
    expect(state.activeBreak).toEqual({ startedAt: T, insightId: 'a', exerciseId: 'b', trigger: 'schedule' });
  });
});
