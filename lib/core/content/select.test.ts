import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSIGHTS, PRACTICES } from '@/content/library';
import { EXERCISE_KINDS, exerciseSeconds, NEEDS, THEMES } from '@/content/types';
import { FILLS, findExercise, findInsight, kindsOf, type PickInput, pickExercise, pickInsight } from './select';

/** What the picker may pick from: every practice in rotation. */
const LIVE = PRACTICES.filter((practice) => !practice.retired);
const enabledIn = (input: PickInput) => (practice: (typeof LIVE)[number]) =>
  kindsOf(practice).every((kind) => !input.disabledKinds.includes(kind));

/** What the picker chooses among: `enabled`, without the hidden ones while any is left. */
const withoutHidden = <T extends { id: string }>(enabled: T[], input: PickInput): T[] => {
  const left = enabled.filter((item) => !input.hidden?.includes(item.id));
  return left.length > 0 ? left : enabled;
};
const poolFor = (input: PickInput) => withoutHidden(LIVE.filter(enabledIn(input)), input);

/** Any subset of `items` except all of them: options never lets the last one go. */
const someOff = <T extends string>(items: readonly T[]) => fc.subarray([...items], { maxLength: items.length - 1 });

/** Any input the background could give the picker. */
const pickInput: fc.Arbitrary<PickInput> = fc.record(
  {
    breakSeconds: fc.integer({ min: 60, max: 30 * 60 }),
    disabledKinds: someOff(EXERCISE_KINDS),
    disabledThemes: someOff(THEMES),
    shownInsightIds: fc.subarray(INSIGHTS.map((insight) => insight.id)),
    lastExerciseId: fc.constantFrom(...LIVE.map((exercise) => exercise.id)),
    need: fc.constantFrom(...NEEDS),
    hidden: fc.subarray([...INSIGHTS, ...LIVE].map((item) => item.id)),
    random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  },
  { requiredKeys: ['breakSeconds', 'disabledKinds', 'disabledThemes', 'shownInsightIds', 'random'] },
);

describe('pickInsight', () => {
  it('shows only enabled themes, none hidden while another is left, and nothing shown this round while any is left', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const insight = pickInsight(input);
        expect(input.disabledThemes).not.toContain(insight.theme);
        expect(insight.retiredInto).toBeUndefined();
        const enabled = withoutHidden(
          INSIGHTS.filter((item) => !item.retiredInto && !input.disabledThemes.includes(item.theme)),
          input,
        );
        expect(enabled).toContain(insight);
        const unseen = enabled.filter((item) => !input.shownInsightIds.includes(item.id));
        if (unseen.length > 0) expect(input.shownInsightIds).not.toContain(insight.id);
        // All seen: not the last one again, unless it is the only one left to show.
        else if (enabled.length > 1) expect(insight.id).not.toBe(input.shownInsightIds.at(-1));
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

describe('hidden one by one', () => {
  const base = { breakSeconds: 180, disabledKinds: [], disabledThemes: [], shownInsightIds: [], random: 0.5 };

  it('never comes up while another can, and comes up again when all of its theme left on are hidden', () => {
    const trust = INSIGHTS.filter((item) => item.theme === 'trust' && !item.retiredInto).map((item) => item.id);
    const others = THEMES.filter((theme) => theme !== 'trust');
    const onlyTrust = { ...base, disabledThemes: others };
    expect(pickInsight({ ...onlyTrust, hidden: trust.slice(1) }).id).toBe(trust[0]);
    // Everything left on is hidden: a break still shows one of them, never a theme turned off.
    expect(trust).toContain(pickInsight({ ...onlyTrust, hidden: trust }).id);
  });
});

describe('pickExercise', () => {
  it('is of enabled kinds only, in rotation, not hidden while another is left, fits the break, not the last shown', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const exercise = pickExercise(pickInsight(input), input);
        expect(enabledIn(input)(exercise)).toBe(true);
        expect(exercise.retired).toBeUndefined();
        expect(poolFor(input)).toContain(exercise);
        const fitting = poolFor(input).filter((item) => exerciseSeconds(item) <= input.breakSeconds);
        if (fitting.length > 0) expect(exerciseSeconds(exercise)).toBeLessThanOrEqual(input.breakSeconds);
        if (fitting.some((item) => item.id !== input.lastExerciseId))
          expect(exercise.id).not.toBe(input.lastExerciseId);
      }),
    );
  });

  it('answers the need when it can, fills the break, and else suits the insight when a filling one does', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const insight = pickInsight(input);
        const exercise = pickExercise(insight, input);
        const candidates = poolFor(input).filter(
          (item) => exerciseSeconds(item) <= input.breakSeconds && item.id !== input.lastExerciseId,
        );
        const { need } = input;
        const answering = candidates.filter((item) => need && item.needs.includes(need));
        if (answering.length > 0) expect(exercise.needs).toContain(need);
        // It fills the break as well as the practices it was chosen among allow.
        const among = answering.length > 0 ? answering : candidates;
        if (among.length === 0) return;
        const floor = FILLS * Math.min(input.breakSeconds, Math.max(...among.map(exerciseSeconds)));
        expect(exerciseSeconds(exercise)).toBeGreaterThanOrEqual(floor);
        const filling = among.filter((item) => exerciseSeconds(item) >= floor);
        if (answering.length === 0 && filling.some((item) => insight.suits.includes(item.kind)))
          expect(insight.suits).toContain(exercise.kind);
      }),
    );
  });

  it('fills a 10-minute break with ten minutes of guidance, for every need and none', () => {
    for (const need of [undefined, ...NEEDS]) {
      for (let i = 0; i < 20; i++) {
        const input = {
          breakSeconds: 600,
          disabledKinds: [],
          disabledThemes: [],
          shownInsightIds: [],
          need,
          random: i / 20,
        };
        const seconds = exerciseSeconds(pickExercise(pickInsight(input), input));
        expect(seconds, need).toBeGreaterThanOrEqual(420);
      }
    }
  });

  it('balances kinds when no need is given: none more than twice its even share', () => {
    const counts = new Map<string, number>();
    const runs = 3000;
    for (let i = 0; i < runs; i++) {
      const input = {
        breakSeconds: 180,
        disabledKinds: [],
        disabledThemes: [],
        shownInsightIds: [],
        random: (i * 0.618) % 1,
      };
      const insight = INSIGHTS.filter((item) => !item.retiredInto)[i % 100] ?? pickInsight(input);
      const kind = pickExercise(insight, input).kind;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    for (const kind of EXERCISE_KINDS) {
      expect(counts.get(kind) ?? 0, kind).toBeGreaterThan(runs / EXERCISE_KINDS.length / 2);
      expect(counts.get(kind) ?? 0, kind).toBeLessThan((2 * runs) / EXERCISE_KINDS.length);
    }
  });

  it('gives a break too short for anything the shortest enabled exercise', () => {
    const input = { breakSeconds: 5, disabledKinds: [], disabledThemes: [], shownInsightIds: [], random: 0.5 };
    const shortest = Math.min(...LIVE.map(exerciseSeconds));
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
    expect(LIVE.some((item) => item.kind === kind && item.needs.includes(need))).toBe(true);
  });
});

describe('lookups', () => {
  it('find every library item by id, and nothing for an unknown id', () => {
    for (const insight of INSIGHTS) expect(findInsight(insight.id)).toBe(insight);
    for (const exercise of PRACTICES) expect(findExercise(exercise.id)).toBe(exercise);
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
