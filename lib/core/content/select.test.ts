import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES, INSIGHTS } from '@/content/library';
import { EXERCISE_KINDS, exerciseSeconds, NEEDS, THEMES } from '@/content/types';
import { findExercise, findInsight, type PickInput, pickExercise, pickInsight } from './select';

/** Any subset of `items` except all of them: options never lets the last one go. */
const someOff = <T extends string>(items: readonly T[]) => fc.subarray([...items], { maxLength: items.length - 1 });

/** Any input the background could give the picker. */
const pickInput: fc.Arbitrary<PickInput> = fc.record(
  {
    breakSeconds: fc.integer({ min: 60, max: 30 * 60 }),
    disabledKinds: someOff(EXERCISE_KINDS),
    disabledThemes: someOff(THEMES),
    shownInsightIds: fc.subarray(INSIGHTS.map((insight) => insight.id)),
    lastExerciseId: fc.constantFrom(...EXERCISES.map((exercise) => exercise.id)),
    need: fc.constantFrom(...NEEDS),
    random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  },
  { requiredKeys: ['breakSeconds', 'disabledKinds', 'disabledThemes', 'shownInsightIds', 'random'] },
);

describe('pickInsight', () => {
  it('shows only enabled themes, and nothing shown this round while any enabled one is left', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const insight = pickInsight(input);
        expect(input.disabledThemes).not.toContain(insight.theme);
        const enabled = INSIGHTS.filter((item) => !input.disabledThemes.includes(item.theme));
        const unseen = enabled.filter((item) => !input.shownInsightIds.includes(item.id));
        if (unseen.length > 0) expect(input.shownInsightIds).not.toContain(insight.id);
        else expect(insight.id).not.toBe(input.shownInsightIds.at(-1));
      }),
    );
  });

  it('is the same pick for the same input', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        expect(pickInsight(input)).toBe(pickInsight({ ...input }));
      }),
    );
  });
});

describe('pickExercise', () => {
  it('is of an enabled kind, fits the break and is not the last one shown', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const exercise = pickExercise(pickInsight(input), input);
        expect(input.disabledKinds).not.toContain(exercise.kind);
        const fitting = EXERCISES.filter(
          (item) => !input.disabledKinds.includes(item.kind) && exerciseSeconds(item) <= input.breakSeconds,
        );
        if (fitting.length > 0) expect(exerciseSeconds(exercise)).toBeLessThanOrEqual(input.breakSeconds);
        if (fitting.some((item) => item.id !== input.lastExerciseId))
          expect(exercise.id).not.toBe(input.lastExerciseId);
      }),
    );
  });

  it('answers the need when an exercise for it fits, else suits the insight when one does', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const insight = pickInsight(input);
        const exercise = pickExercise(insight, input);
        const candidates = EXERCISES.filter(
          (item) =>
            !input.disabledKinds.includes(item.kind) &&
            exerciseSeconds(item) <= input.breakSeconds &&
            item.id !== input.lastExerciseId,
        );
        const { need } = input;
        if (need && candidates.some((item) => item.needs.includes(need))) expect(exercise.needs).toContain(need);
        if (!need && candidates.some((item) => insight.suits.includes(item.kind))) {
          expect(insight.suits).toContain(exercise.kind);
        }
      }),
    );
  });

  it('gives a break too short for anything the shortest enabled exercise', () => {
    const input = { breakSeconds: 5, disabledKinds: [], disabledThemes: [], shownInsightIds: [], random: 0.5 };
    const shortest = Math.min(...EXERCISES.map(exerciseSeconds));
    expect(exerciseSeconds(pickExercise(pickInsight(input), input))).toBe(shortest);
  });

  it.each([
    ['restless', 'movement'],
    ['tense', 'breathing'],
    ['scattered', 'grounding'],
    ['tired', 'eyes'],
  ] as const)('for "%s" in a 1-minute break offers a fitting %s-type exercise', (need, kind) => {
    const input = { breakSeconds: 60, disabledKinds: [], disabledThemes: [], shownInsightIds: [], need, random: 0 };
    const exercise = pickExercise(pickInsight(input), input);
    expect(exercise.needs).toContain(need);
    expect(EXERCISES.some((item) => item.kind === kind && item.needs.includes(need))).toBe(true);
  });
});

describe('lookups', () => {
  it('find every library item by id, and nothing for an unknown id', () => {
    for (const insight of INSIGHTS) expect(findInsight(insight.id)).toBe(insight);
    for (const exercise of EXERCISES) expect(findExercise(exercise.id)).toBe(exercise);
    expect(findInsight('no-such-id')).toBeUndefined();
    expect(findExercise('no-such-id')).toBeUndefined();
  });
});

describe('favourites', () => {
  it('come up more often than the others, yet the others still come', () => {
    const favourite = INSIGHTS[0]?.id ?? '';
    const counts = { favourite: 0, other: 0 };
    const other = INSIGHTS[1]?.id ?? '';
    for (let i = 0; i < 2000; i++) {
      const input = {
        breakSeconds: 180,
        disabledKinds: [],
        disabledThemes: [],
        shownInsightIds: [],
        favourites: [favourite],
        random: i / 2000,
      };
      const id = pickInsight(input).id;
      if (id === favourite) counts.favourite++;
      if (id === other) counts.other++;
    }
    expect(counts.favourite).toBeGreaterThan(counts.other * 1.5);
    expect(counts.other).toBeGreaterThan(0);
  });
});
