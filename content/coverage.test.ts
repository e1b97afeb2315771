import { describe, expect, it } from 'vitest';
import { partAt, practiceText } from '@/lib/core/content/practice';
import { findExercise, findInsight } from '@/lib/core/content/select';
import OLD_IDS from '../tests/support/fixtures/library-ids-0.1.json';
import { EXERCISES, PRACTICES, SEQUENCES } from './library';
import { EN } from './text/en';
import { EXERCISE_KINDS, type Exercise, exerciseSeconds, holdsBreath, NEEDS } from './types';

const live = PRACTICES.filter((practice) => !practice.retired);
const LENGTHS = [1, 3, 5, 10, 20] as const;
/** A practice fills a break when it takes 70 to 100% of it. */
const fills = (practice: Exercise, minutes: number) =>
  exerciseSeconds(practice) >= 0.7 * minutes * 60 && exerciseSeconds(practice) <= minutes * 60;
const partIds = (practice: Exercise) => practice.parts?.map((part) => part.id) ?? [practice.id];
const firstKind = (practice: Exercise) => partAt(practice, 0).part.kind;

describe('the coverage matrix', () => {
  it.each(NEEDS)('answers "%s" at every break length with at least two practices that fill it', (need) => {
    for (const minutes of LENGTHS) {
      const fitting = live.filter((practice) => practice.needs.includes(need) && fills(practice, minutes));
      expect(fitting.length, `${need}, ${minutes} min: ${fitting.map((p) => p.id).join(', ')}`).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('has 5-4-3-2-1 at every break length from one minute', () => {
    for (const minutes of LENGTHS)
      expect(
        live.some(
          (practice) => partIds(practice).some((id) => id.startsWith('five-senses')) && fills(practice, minutes),
        ),
        `${minutes} min`,
      ).toBe(true);
  });

  it('lets every kind fill a 1, 3 or 5-minute break, so a break with no feeling given can be of any kind', () => {
    for (const minutes of [1, 3, 5])
      for (const kind of EXERCISE_KINDS)
        expect(
          live.some((practice) => practice.kind === kind && fills(practice, minutes)),
          `${kind}, ${minutes} min`,
        ).toBe(true);
  });

  it("cautions in a line or two: at most 100 characters, a sequence's parts together", () => {
    for (const practice of live) {
      const caution = practiceText(EN, practice)?.caution ?? '';
      expect(caution.length, `${practice.id}: ${caution}`).toBeLessThanOrEqual(100);
    }
  });

  it('grounds first for "overwhelmed"', () => {
    for (const practice of live.filter((item) => item.needs.includes('overwhelmed')))
      expect(firstKind(practice), practice.id).toBe('grounding');
  });

  it('meets "low" with movement and daylight, not reflection alone', () => {
    const low = live.filter((practice) => practice.needs.includes('low'));
    expect(
      low.some(
        (practice) =>
          practice.kind === 'movement' || practice.parts?.some((part) => findExercise(part.id)?.kind === 'movement'),
      ),
    ).toBe(true);
    expect(low.some((practice) => practice.daylight)).toBe(true);
    expect(low.filter((practice) => practice.kind === 'reflection').length).toBeLessThan(low.length / 2);
  });

  it('has real practices of 5 to 10 minutes of every need-answering kind', () => {
    const long = EXERCISES.filter((exercise) => !exercise.retired && exerciseSeconds(exercise) >= 300);
    expect(new Set(long.map((exercise) => exercise.kind)).size, long.map((e) => e.id).join()).toBeGreaterThanOrEqual(4);
  });
});

describe('sequences', () => {
  it('chain live exercises with words, hold no breath, and sit down where a part stands', () => {
    expect(SEQUENCES.length).toBeGreaterThanOrEqual(8);
    for (const sequence of SEQUENCES) {
      expect(sequence.parts.length, sequence.id).toBeGreaterThanOrEqual(2);
      expect(EN.sequences[sequence.id]?.title.length ?? 0, sequence.id).toBeGreaterThan(2);
      for (const id of sequence.parts) {
        const part = EXERCISES.find((exercise) => exercise.id === id);
        expect(part && !part.retired, `${sequence.id}: ${id}`).toBe(true);
        expect(holdsBreath(part?.pacing) || part?.pacing?.sip, `${sequence.id}: ${id} holds the breath`).toBeFalsy();
      }
      const flat = PRACTICES.find((practice) => practice.id === sequence.id);
      const standing = sequence.parts.some((id) => {
        const part = EXERCISES.find((exercise) => exercise.id === id);
        return part?.kind === 'movement' && part.seated !== true;
      });
      if (standing) {
        const variant = PRACTICES.find((practice) => practice.id === flat?.seated);
        expect(variant?.seated, `${sequence.id} seated variant`).toBe(true);
      }
    }
    expect(Object.keys(EN.sequences).sort()).toEqual(SEQUENCES.map((sequence) => sequence.id).sort());
  });

  it('never names an id twice across exercises and sequences', () => {
    const ids = PRACTICES.map((practice) => practice.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('what history recorded', () => {
  it('still finds and words every insight and exercise id of the 0.1 library', () => {
    for (const id of OLD_IDS.insights) expect(EN.insights[findInsight(id)?.id ?? ''], id).toBeTruthy();
    for (const id of OLD_IDS.exercises) {
      const exercise = findExercise(id);
      expect(exercise && practiceText(EN, exercise)?.title, id).toBeTruthy();
    }
  });
});
