import { describe, expect, it } from 'vitest';
import { EXERCISES, INSIGHTS } from './library';
import { EN } from './text/en';
import { EXERCISE_KINDS, exerciseSeconds, NEEDS, THEMES } from './types';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe('insights', () => {
  it('has at least 60, at least 6 a theme, every theme covered', () => {
    expect(INSIGHTS.length).toBeGreaterThanOrEqual(60);
    const byTheme = countBy(INSIGHTS, (insight) => insight.theme);
    for (const theme of THEMES) expect(byTheme[theme] ?? 0, theme).toBeGreaterThanOrEqual(6);
  });

  it('has unique kebab-case ids, each with English text of at most 180 characters', () => {
    expect(new Set(INSIGHTS.map((insight) => insight.id)).size).toBe(INSIGHTS.length);
    for (const { id } of INSIGHTS) {
      expect(id).toMatch(KEBAB);
      expect(EN.insights[id]?.length ?? 0, id).toBeGreaterThan(20);
      expect(EN.insights[id]?.length ?? 0, id).toBeLessThanOrEqual(180);
    }
  });

  it('has no two insights with the same text, and no text without an insight', () => {
    const texts = Object.values(EN.insights).map((text) => text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    expect(Object.keys(EN.insights).sort()).toEqual(INSIGHTS.map((insight) => insight.id).sort());
  });

  it('suits only real kinds, and every kind is suited by some insight', () => {
    for (const insight of INSIGHTS) {
      expect(insight.suits.length, insight.id).toBeGreaterThan(0);
      for (const kind of insight.suits) expect(EXERCISE_KINDS).toContain(kind);
    }
    for (const kind of EXERCISE_KINDS)
      expect(
        INSIGHTS.some((insight) => insight.suits.includes(kind)),
        kind,
      ).toBe(true);
  });
});

describe('exercises', () => {
  it('has at least 20 across every kind, at least 3 a kind', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(20);
    const byKind = countBy(EXERCISES, (exercise) => exercise.kind);
    for (const kind of EXERCISE_KINDS) expect(byKind[kind] ?? 0, kind).toBeGreaterThanOrEqual(3);
  });

  it('has unique ids, each with a title, a purpose and one line per step', () => {
    expect(new Set(EXERCISES.map((exercise) => exercise.id)).size).toBe(EXERCISES.length);
    for (const exercise of EXERCISES) {
      const text = EN.exercises[exercise.id];
      expect(exercise.id).toMatch(KEBAB);
      expect(text?.title.length ?? 0, exercise.id).toBeGreaterThan(2);
      expect(text?.purpose.length ?? 0, exercise.id).toBeGreaterThan(10);
      expect(text?.steps.length, exercise.id).toBe(exercise.stepSeconds.length);
    }
    expect(Object.keys(EN.exercises).sort()).toEqual(EXERCISES.map((exercise) => exercise.id).sort());
  });

  it('has steps of whole positive seconds that add up to a break-sized total', () => {
    for (const exercise of EXERCISES) {
      for (const seconds of exercise.stepSeconds)
        expect(Number.isInteger(seconds) && seconds > 0, exercise.id).toBe(true);
      expect(exerciseSeconds(exercise)).toBe(exercise.stepSeconds.reduce((a, b) => a + b, 0));
      expect(exerciseSeconds(exercise), exercise.id).toBeGreaterThanOrEqual(30);
      expect(exerciseSeconds(exercise), exercise.id).toBeLessThanOrEqual(300);
    }
  });

  it('paces every breathing exercise within safe bounds, and only those', () => {
    for (const exercise of EXERCISES) {
      const { pacing } = exercise;
      if (exercise.kind !== 'breathing') {
        expect(pacing, exercise.id).toBeUndefined();
        continue;
      }
      expect(pacing, exercise.id).toBeDefined();
      if (!pacing) continue;
      for (const phase of Object.values(pacing)) expect(phase >= 0 && phase <= 8, exercise.id).toBe(true);
      expect(pacing.inhale).toBeGreaterThanOrEqual(2);
      expect(pacing.exhale).toBeGreaterThanOrEqual(2);
      expect(pacing.inhale + pacing.holdIn + pacing.exhale + pacing.holdOut).toBeLessThanOrEqual(20);
    }
  });

  it('marks the steps done with closed eyes by their index, in order, within the exercise', () => {
    const marked = EXERCISES.filter((exercise) => exercise.eyesClosed);
    // Today's eyes-closed exercises: palming and eye wandering, the body scan, naming a feeling, listening.
    expect(marked.map((exercise) => exercise.id).sort()).toEqual([
      'body-scan',
      'eye-wander',
      'layers-of-sound',
      'listening-to-breath',
      'mindful-listening',
      'name-the-feeling',
      'palming',
    ]);
    for (const { id, eyesClosed = [], stepSeconds } of marked) {
      expect(eyesClosed.length, id).toBeGreaterThan(0);
      expect(
        [...eyesClosed].sort((a, b) => a - b),
        id,
      ).toEqual(eyesClosed);
      expect(new Set(eyesClosed).size, id).toBe(eyesClosed.length);
      expect(
        eyesClosed.every((step) => Number.isInteger(step) && step >= 0 && step < stepSeconds.length),
        id,
      ).toBe(true);
    }
  });

  it('cautions before every breathing and movement exercise', () => {
    for (const exercise of EXERCISES.filter((item) => item.kind === 'breathing' || item.kind === 'movement')) {
      expect(EN.exercises[exercise.id]?.caution?.length ?? 0, exercise.id).toBeGreaterThan(10);
    }
  });

  it('answers every need with at least two exercises, one of them a minute or less', () => {
    for (const need of NEEDS) {
      const answering = EXERCISES.filter((exercise) => exercise.needs.includes(need));
      expect(answering.length, need).toBeGreaterThanOrEqual(2);
      if (need !== 'low')
        expect(
          answering.some((exercise) => exerciseSeconds(exercise) <= 60),
          need,
        ).toBe(true);
    }
  });

  it('has choices of several kinds for a one-minute break', () => {
    const short = EXERCISES.filter((exercise) => exerciseSeconds(exercise) <= 60);
    expect(new Set(short.map((exercise) => exercise.kind)).size).toBeGreaterThanOrEqual(4);
  });
});
