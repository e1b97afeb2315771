import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES, flatten, PRACTICES, SEQUENCES } from '@/content/library';
import { EN } from '@/content/text/en';
import { type Exercise, exerciseSeconds } from '@/content/types';
import { breathSeconds, fillStep, isSetupStep, pacingAt, partAt, practiceText } from './practice';

const byId = (id: string) => EXERCISES.find((exercise) => exercise.id === id) as Exercise;
const BELLY = byId('belly-breathing');
const SENSES = byId('five-senses');
/** A sequence of two real exercises: grounding, then paced breathing. */
const PAIR = flatten({ id: 'test-pair', parts: ['five-senses', 'belly-breathing'], needs: ['tense'] });

describe('fillStep', () => {
  it('fills the counts from the pace, whole breaths for {rounds}', () => {
    const exercise: Exercise = {
      id: 'x',
      kind: 'breathing',
      stepSeconds: [10, 40, 10],
      needs: [],
      pacing: { inhale: 4, sip: 1, holdIn: 0, exhale: 5, holdOut: 0 },
    };
    expect(fillStep('In for {in}, sip {sip}, out for {out}. {rounds} breaths.', exercise, 1)).toBe(
      'In for 4, sip 1, out for 5. 4 breaths.',
    );
    expect(fillStep('No counts here.', SENSES, 0)).toBe('No counts here.');
  });
});

describe('a sequence as one exercise', () => {
  it('plays its parts in turn: steps, length, eyes-closed marks and paces where each part has them', () => {
    expect(PAIR.stepSeconds).toEqual([...SENSES.stepSeconds, ...BELLY.stepSeconds]);
    expect(exerciseSeconds(PAIR)).toBe(exerciseSeconds(SENSES) + exerciseSeconds(BELLY));
    expect(PAIR.kind).toBe('grounding');
    const first = SENSES.stepSeconds.length;
    for (const [step] of PAIR.stepSeconds.entries()) {
      const own = step < first ? { part: SENSES, step } : { part: BELLY, step: step - first };
      expect(partAt(PAIR, step)).toEqual(own);
      expect(pacingAt(PAIR, step)).toBe(pacingAt(own.part, own.step));
      expect(isSetupStep(PAIR, step)).toBe(step === first);
    }
  });

  it("reads as its title over its parts' steps, each step named by its part, cautions joined once", () => {
    const text = practiceText({ ...EN, sequences: { 'test-pair': { title: 'Pair', purpose: 'Two in turn.' } } }, PAIR);
    const senses = EN.exercises['five-senses'];
    const belly = EN.exercises['belly-breathing'];
    expect(text?.title).toBe('Pair');
    expect(text?.steps).toHaveLength(PAIR.stepSeconds.length);
    expect(text?.stepTitles[0]).toBe(senses?.title);
    expect(text?.stepTitles.at(-1)).toBe(belly?.title);
    expect(text?.caution).toBe([senses?.caution, belly?.caution].filter(Boolean).join(' '));
    expect(text?.steps.join(' ')).not.toMatch(/[{}]/);
  });

  it('says nothing where its words are missing', () => {
    expect(practiceText(EN, PAIR)).toBeUndefined();
    expect(practiceText({ ...EN, exercises: {} }, BELLY)).toBeUndefined();
  });

  it('paces whole breaths in every paced step of every practice, at any moment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRACTICES), fc.nat(), (practice, n) => {
        const step = n % practice.stepSeconds.length;
        const pacing = pacingAt(practice, step);
        if (pacing) expect((practice.stepSeconds[step] ?? 0) % breathSeconds(pacing)).toBe(0);
      }),
    );
    expect(SEQUENCES.every((sequence) => PRACTICES.some((practice) => practice.id === sequence.id))).toBe(true);
  });
});
