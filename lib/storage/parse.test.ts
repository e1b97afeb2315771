import { describe, expect, it } from 'vitest';
import { type HistoryEntry, INITIAL_STATE } from '@/lib/schedule/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { parseHistory, parseSchedule, parseSettings } from './parse';

const T = Date.UTC(2026, 2, 2, 9, 0);

/** Everything but the minutes, at its default. */
const { intervalMinutes: _i, breakMinutes: _b, ...CHOICES } = DEFAULT_SETTINGS;

describe('parseSettings', () => {
  it('keeps valid fields, including the limits themselves', () => {
    expect(parseSettings({ intervalMinutes: 60, breakMinutes: 5 })).toEqual({
      intervalMinutes: 60,
      breakMinutes: 5,
      ...CHOICES,
    });
    expect(parseSettings({ intervalMinutes: 5, breakMinutes: 30 })).toEqual({
      intervalMinutes: 5,
      breakMinutes: 30,
      ...CHOICES,
    });
    expect(parseSettings({ intervalMinutes: 240, breakMinutes: 1 })).toEqual({
      intervalMinutes: 240,
      breakMinutes: 1,
      ...CHOICES,
    });
  });

  it('defaults each invalid field and keeps the valid one beside it', () => {
    expect(parseSettings({ intervalMinutes: '60', breakMinutes: 5 })).toEqual({
      intervalMinutes: 45,
      breakMinutes: 5,
      ...CHOICES,
    });
    expect(parseSettings({ intervalMinutes: 60, breakMinutes: Number.NaN })).toEqual({
      ...DEFAULT_SETTINGS,
      intervalMinutes: 60,
      breakMinutes: 3,
    });
  });

  it.each([
    ['a string', '30'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a float', 30.5],
    ['below the minimum', 4],
    ['above the maximum', 241],
    ['zero', 0],
    ['negative', -45],
    ['null', null],
    ['an array', [30]],
  ])('defaults an interval that is %s', (_label, intervalMinutes) => {
    expect(parseSettings({ intervalMinutes, breakMinutes: 3 }).intervalMinutes).toBe(DEFAULT_SETTINGS.intervalMinutes);
  });

  it('defaults a break length out of range', () => {
    expect(parseSettings({ intervalMinutes: 45, breakMinutes: 31 }).breakMinutes).toBe(3);
    expect(parseSettings({ intervalMinutes: 45, breakMinutes: 0 }).breakMinutes).toBe(3);
  });

  it.each([null, undefined, 'settings', 42, [45, 3]])('defaults everything for a non-object (%s)', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a copy, so editing the result never changes the defaults', () => {
    const settings = parseSettings(undefined);
    settings.intervalMinutes = 99;
    expect(DEFAULT_SETTINGS.intervalMinutes).toBe(45);
  });
});

describe('parseSchedule', () => {
  it.each([null, undefined, 'schedule', 7, [1, 2]])('returns the initial state for garbage (%s)', (raw) => {
    expect(parseSchedule(raw)).toEqual(INITIAL_STATE);
  });

  it('returns the initial state field by field when every field is wrong', () => {
    const raw = {
      nextBreakAt: 'soon',
      cycleStartedAt: -5,
      snoozed: 'yes',
      activeBreak: { startedAt: T, insightId: '', exerciseId: 'box-breathing' },
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

describe('parseHistory', () => {
  const entry = (n: number, outcome: HistoryEntry['outcome'] = 'taken'): HistoryEntry => ({
    id: String(T + n),
    startedAt: T + n,
    endedAt: T + n + 60_000,
    outcome,
    insightId: 'trust-pace',
    exerciseId: 'box-breathing',
  });

  it('keeps valid entries in their stored order', () => {
    const history = [entry(3, 'skipped'), entry(1), entry(2, 'snoozed')];
    expect(parseHistory(history)).toEqual(history);
  });

  it('drops malformed entries and keeps the rest in order', () => {
    const { exerciseId: _dropped, ...missingField } = entry(5);
    const raw = [
      entry(1),
      missingField,
      { ...entry(6), endedAt: T },
      { ...entry(7), outcome: 'ignored' },
      { ...entry(8), id: '' },
      { ...entry(9), startedAt: Number.NaN },
      null,
      'entry',
      entry(2),
    ];
    expect(parseHistory(raw)).toEqual([entry(1), entry(2)]);
  });

  it.each([null, undefined, {}, 'history', { 0: entry(1) }])('is empty for a non-array (%s)', (raw) => {
    expect(parseHistory(raw)).toEqual([]);
  });
});

describe('parseSettings: content choices', () => {
  it('keeps known kinds and themes, once each, and drops the rest', () => {
    const parsed = parseSettings({ disabledKinds: ['eyes', 'eyes', 'juggling', 3], disabledThemes: ['past', null] });
    expect(parsed.disabledKinds).toEqual(['eyes']);
    expect(parsed.disabledThemes).toEqual(['past']);
  });

  it('reads "every kind off" as none off, so a break always has something to show', () => {
    const parsed = parseSettings({
      disabledKinds: ['breathing', 'grounding', 'movement', 'eyes', 'reflection', 'listening'],
    });
    expect(parsed.disabledKinds).toEqual([]);
  });
});
