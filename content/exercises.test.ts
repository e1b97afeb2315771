import { describe, expect, it } from 'vitest';
import { breathSeconds, fillStep } from '@/lib/core/content/practice';
import { EXERCISES } from './exercises';
import { EN } from './text/en';
import { EXERCISE_KINDS, type Exercise, exerciseSeconds, holdsBreath, PACING_PLACEHOLDERS } from './types';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const live = EXERCISES.filter((exercise) => !exercise.retired);
const find = (id: string | undefined) => live.find((exercise) => exercise.id === id);
const words = (exercise: Exercise) => EN.exercises[exercise.id];

/** Slowest honest pace for a counted action: a breath takes 5 s, a roll, stretch or thing named 3 s. */
const SECONDS_PER = { breath: 5, other: 3 };
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** Counts a step names ("five things", "10 slow rolls"), without lengths and distances ("20 seconds", "6 metres"). */
function countsIn(step: string): { count: number; breaths: boolean }[] {
  const found = step
    .toLowerCase()
    .matchAll(/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\w+\s+)?(\w+)/g);
  return [...found]
    .filter(
      ([, , noun = '']) => !/^(seconds?|minutes?|metres?|meters?|feet|foot|m|ft|times?|counts?|of|more)$/.test(noun),
    )
    .map(([whole, n = '']) => ({
      count: /\d/.test(n) ? Number(n) : NUMBER_WORDS.indexOf(n) + 1,
      breaths: /breath/.test(whole),
    }));
}

describe('exercises', () => {
  it('has at least 30 in rotation, at least 4 a kind, unique ids, one line of text per step', () => {
    expect(live.length).toBeGreaterThanOrEqual(30);
    for (const kind of EXERCISE_KINDS)
      expect(live.filter((exercise) => exercise.kind === kind).length, kind).toBeGreaterThanOrEqual(4);
    expect(new Set(EXERCISES.map((exercise) => exercise.id)).size).toBe(EXERCISES.length);
    expect(Object.keys(EN.exercises).sort()).toEqual(EXERCISES.map((exercise) => exercise.id).sort());
    for (const exercise of EXERCISES) {
      expect(exercise.id).toMatch(KEBAB);
      expect(words(exercise)?.title.length ?? 0, exercise.id).toBeGreaterThan(2);
      expect(words(exercise)?.purpose.length ?? 0, exercise.id).toBeGreaterThan(10);
      expect(words(exercise)?.steps.length, exercise.id).toBe(exercise.stepSeconds.length);
    }
  });

  it('has steps of whole positive seconds, 30 s to 10 min in all', () => {
    for (const exercise of EXERCISES) {
      for (const seconds of exercise.stepSeconds)
        expect(Number.isInteger(seconds) && seconds > 0, exercise.id).toBe(true);
      expect(exerciseSeconds(exercise), exercise.id).toBeGreaterThanOrEqual(30);
      expect(exerciseSeconds(exercise), exercise.id).toBeLessThanOrEqual(600);
    }
  });

  it('paces every breathing exercise within safe bounds, in whole breaths, and only those', () => {
    for (const exercise of EXERCISES) {
      const { pacing } = exercise;
      if (exercise.kind !== 'breathing') {
        expect(pacing, exercise.id).toBeUndefined();
        continue;
      }
      if (!pacing) throw new Error(`${exercise.id} has no pace`);
      for (const phase of Object.values(pacing)) expect(phase >= 0 && phase <= 8, exercise.id).toBe(true);
      expect(pacing.inhale).toBeGreaterThanOrEqual(2);
      expect(pacing.exhale).toBeGreaterThanOrEqual(2);
      expect(breathSeconds(pacing)).toBeLessThanOrEqual(20);
      for (const seconds of exercise.stepSeconds.slice(1, -1))
        expect(seconds % breathSeconds(pacing), exercise.id).toBe(0);
    }
  });

  it("names a breathing step's counts only from its pace: no number by hand, no phase it does not have", () => {
    for (const exercise of live.filter((item) => item.pacing)) {
      const pacing = exercise.pacing;
      const steps = words(exercise)?.steps ?? [];
      for (const [index, step] of steps.entries()) {
        expect(step, exercise.id).not.toMatch(/\d/);
        for (const [, name = ''] of step.matchAll(/\{(\w+)\}/g)) {
          expect(PACING_PLACEHOLDERS as readonly string[], `${exercise.id}: {${name}}`).toContain(name);
          if (name === 'rounds') expect(index > 0 && index < steps.length - 1, `${exercise.id} {rounds}`).toBe(true);
          else
            expect(
              pacing?.[name === 'in' ? 'inhale' : name === 'out' ? 'exhale' : (name as 'sip')] ?? 0,
              `${exercise.id} {${name}}`,
            ).toBeGreaterThan(0);
        }
        expect(fillStep(step, exercise, index), exercise.id).not.toMatch(/[{}]/);
      }
      // The first paced step says the whole pattern: every phase the pacer shows.
      const first = steps[1] ?? '';
      expect(first, exercise.id).toContain('{in}');
      expect(first, exercise.id).toContain('{out}');
      if (pacing?.sip) expect(first, exercise.id).toContain('{sip}');
      if (pacing?.holdIn) expect(first, exercise.id).toContain('{holdIn}');
      if (pacing?.holdOut) expect(first, exercise.id).toContain('{holdOut}');
    }
  });

  it('gives every step time enough for what it counts', () => {
    for (const exercise of live) {
      for (const [index, step] of (words(exercise)?.steps ?? []).entries()) {
        const seconds = exercise.stepSeconds[index] ?? 0;
        for (const { count, breaths } of countsIn(step))
          expect(seconds, `${exercise.id} step ${index + 1}: "${step}"`).toBeGreaterThanOrEqual(
            count * (breaths ? SECONDS_PER.breath : SECONDS_PER.other),
          );
        for (const [, n] of step.matchAll(/\b(\d+) seconds\b/g))
          expect(seconds, `${exercise.id} step ${index + 1}`).toBeGreaterThanOrEqual(Number(n));
      }
    }
  });

  it('never asks closed eyes to read: each closed step is marked, alone, and says when to open them', () => {
    const CLOSE = /close your eyes|eyes closed|lower your (gaze|eyes)|let your eyes close|cup your palms over/i;
    for (const exercise of live) {
      const steps = words(exercise)?.steps ?? [];
      const marked = new Set(exercise.eyesClosed ?? []);
      for (const [index, step] of steps.entries()) {
        if (CLOSE.test(step)) expect(marked.has(index), `${exercise.id} step ${index + 1} closes the eyes`).toBe(true);
        if (!marked.has(index)) continue;
        expect(marked.has(index + 1), `${exercise.id} step ${index + 2} would be read with closed eyes`).toBe(false);
        expect(step, `${exercise.id} step ${index + 1}`).toMatch(/chime|open (them|your eyes)/i);
      }
    }
  });
});

describe('the safety grid', () => {
  it('offers a no-hold alternative for every breath hold, and says who should skip holds', () => {
    for (const exercise of live.filter((item) => holdsBreath(item.pacing) || item.pacing?.sip)) {
      const instead = find(exercise.noHold);
      expect(instead?.kind, `${exercise.id} no-hold alternative`).toBe('breathing');
      expect(holdsBreath(instead?.pacing), exercise.id).toBe(false);
      const caution = words(exercise)?.caution ?? '';
      for (const who of [/pregnan/i, /heart/i, /lung|breathing condition/i, /anxi|panic/i])
        expect(caution, exercise.id).toMatch(who);
    }
  });

  it('cautions before every breathing and movement exercise', () => {
    for (const exercise of live.filter((item) => item.kind === 'breathing' || item.kind === 'movement'))
      expect(words(exercise)?.caution?.length ?? 0, exercise.id).toBeGreaterThan(10);
  });

  it('offers every reflection a way to grounding if it gets heavy', () => {
    for (const exercise of live.filter((item) => item.kind === 'reflection'))
      expect(find(exercise.ifHeavy)?.kind, `${exercise.id} if this gets heavy`).toBe('grounding');
  });

  it('has every movement done sitting or a seated variant of it', () => {
    for (const exercise of live.filter((item) => item.kind === 'movement')) {
      if (exercise.seated === true) continue;
      const variant = find(exercise.seated);
      expect(variant?.kind, `${exercise.id} seated variant`).toBe('movement');
      expect(variant?.seated, `${exercise.id} seated variant`).toBe(true);
    }
  });
});
