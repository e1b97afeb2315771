import { describe, expect, it } from 'vitest';
import { EXERCISES } from './exercises';
import { INSIGHTS } from './insights';
import { EXERCISE_KINDS, THEMES } from './types';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Values that occur more than once. */
const duplicates = (values: readonly string[]) => values.filter((value, i) => values.indexOf(value) !== i);

describe('insight library', () => {
  it('has at least 12 insights', () => {
    expect(INSIGHTS.length).toBeGreaterThanOrEqual(12);
  });

  it('ids are unique and kebab-case', () => {
    const ids = INSIGHTS.map((insight) => insight.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('texts are unique, non-empty and at most 180 characters', () => {
    const texts = INSIGHTS.map((insight) => insight.text);
    expect(duplicates(texts)).toEqual([]);
    expect(texts.filter((text) => text.trim().length === 0 || text.length > 180)).toEqual([]);
  });

  it('every theme is a known theme, and every theme has an insight', () => {
    expect(INSIGHTS.filter((insight) => !THEMES.includes(insight.theme)).map((i) => i.id)).toEqual([]);
    expect(THEMES.filter((theme) => !INSIGHTS.some((insight) => insight.theme === theme))).toEqual([]);
  });

  it('every insight suits at least one known exercise kind that has an exercise', () => {
    for (const insight of INSIGHTS) {
      expect(insight.suits.length, insight.id).toBeGreaterThan(0);
      for (const kind of insight.suits) {
        expect(EXERCISE_KINDS, insight.id).toContain(kind);
        expect(
          EXERCISES.some((exercise) => exercise.kind === kind),
          `${insight.id}: ${kind}`,
        ).toBe(true);
      }
    }
  });
});

describe('exercise library', () => {
  it('has at least 5 exercises', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(5);
  });

  it('ids are unique and kebab-case', () => {
    const ids = EXERCISES.map((exercise) => exercise.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('every kind is a known kind', () => {
    expect(EXERCISES.filter((exercise) => !EXERCISE_KINDS.includes(exercise.kind)).map((e) => e.id)).toEqual([]);
  });

  it('every exercise has a title, a purpose and steps of text with positive whole seconds', () => {
    for (const exercise of EXERCISES) {
      expect(exercise.title.length, exercise.id).toBeGreaterThan(0);
      expect(exercise.purpose.length, exercise.id).toBeGreaterThan(0);
      expect(exercise.steps.length, exercise.id).toBeGreaterThan(0);
      for (const step of exercise.steps) {
        expect(step.text.length, exercise.id).toBeGreaterThan(0);
        expect(Number.isInteger(step.seconds) && step.seconds > 0, `${exercise.id}: ${step.seconds}`).toBe(true);
      }
    }
  });

  it('every breathing exercise has a pacing within safe bounds', () => {
    const breathing = EXERCISES.filter((exercise) => exercise.kind === 'breathing');
    expect(breathing.length).toBeGreaterThan(0);
    for (const { id, pacing } of breathing) {
      expect(pacing, id).toBeDefined();
      if (!pacing) continue;
      for (const phase of [pacing.inhale, pacing.holdIn, pacing.exhale, pacing.holdOut]) {
        expect(phase >= 0 && phase <= 10, `${id}: phase ${phase}`).toBe(true);
      }
      expect(pacing.inhale, id).toBeGreaterThanOrEqual(2);
      expect(pacing.exhale, id).toBeGreaterThanOrEqual(2);
    }
  });
});
