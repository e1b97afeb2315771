import { describe, expect, it } from 'vitest';
import { parseSettings } from './parse';
import { DEFAULT_SETTINGS } from './settings';

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

  it('reads settings stored before strict breaks existed as strict breaks off, and keeps them on once chosen', () => {
    const before = { ...DEFAULT_SETTINGS, strictMode: undefined, maxSnoozes: 2 };
    expect(parseSettings(before)).toMatchObject({ strictMode: false, maxSnoozes: 2 });
    expect(parseSettings({ ...DEFAULT_SETTINGS, strictMode: true }).strictMode).toBe(true);
    expect(parseSettings({ ...DEFAULT_SETTINGS, strictMode: 'yes' }).strictMode).toBe(false);
  });

  it('keeps at most 300 hidden or hearted ids, each once', () => {
    const many = Array.from({ length: 400 }, (_, i) => `item-${i}`);
    const parsed = parseSettings({
      ...DEFAULT_SETTINGS,
      hiddenInsights: [...many, 'item-1'],
      hiddenExercises: ['a', 'a'],
    });
    expect(parsed.hiddenInsights).toEqual(many.slice(0, 300));
    expect(parsed.hiddenExercises).toEqual(['a']);
  });

  it('returns a copy, so editing the result never changes the defaults', () => {
    const settings = parseSettings(undefined);
    settings.intervalMinutes = 99;
    expect(DEFAULT_SETTINGS.intervalMinutes).toBe(45);
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
