import { describe, expect, it } from 'vitest';
import { EXERCISES } from './exercises';
import { INSIGHTS } from './insights';
import { findExercise, findInsight, pickBreakContent } from './select';
import { exerciseSeconds } from './types';

/** A spread of values for the one source of chance, ends included. */
const RANDOMS = [0, 0.07, 0.21, 0.35, 0.5, 0.64, 0.78, 0.93, 0.999_999];

const secondsOf = (id: string) =>
  exerciseSeconds(findExercise(id) ?? { id, kind: 'eyes', title: '', purpose: '', steps: [] });
const allBut = (id: string) => INSIGHTS.map((insight) => insight.id).filter((other) => other !== id);

describe('pickBreakContent', () => {
  it('is deterministic for a given random', () => {
    for (const random of RANDOMS) {
      const input = { breakSeconds: 180, recentInsightIds: ['trust-pace'], lastExerciseId: 'box-breathing', random };
      expect(pickBreakContent(input)).toEqual(pickBreakContent({ ...input }));
    }
  });

  it('maps the random onto the list: 0 picks the first insight, just under 1 the last', () => {
    expect(pickBreakContent({ breakSeconds: 180, recentInsightIds: [], random: 0 }).insightId).toBe(INSIGHTS[0]?.id);
    expect(pickBreakContent({ breakSeconds: 180, recentInsightIds: [], random: 0.999_999 }).insightId).toBe(
      INSIGHTS.at(-1)?.id,
    );
  });

  it('returns ids that exist in the library', () => {
    for (const random of RANDOMS) {
      const { insightId, exerciseId } = pickBreakContent({ breakSeconds: 180, recentInsightIds: [], random });
      expect(findInsight(insightId)?.id).toBe(insightId);
      expect(findExercise(exerciseId)?.id).toBe(exerciseId);
    }
  });

  it('avoids recent insights: with all but one recent, it picks the one left', () => {
    for (const random of RANDOMS) {
      const picked = pickBreakContent({ breakSeconds: 180, recentInsightIds: allBut('goals-values'), random });
      expect(picked.insightId).toBe('goals-values');
    }
  });

  it('never picks a recent insight while fresh ones remain', () => {
    const recent = ['trust-pace', 'trust-safe-place', 'listening-whole'];
    for (const random of RANDOMS) {
      expect(recent).not.toContain(pickBreakContent({ breakSeconds: 180, recentInsightIds: recent, random }).insightId);
    }
  });

  it('still picks an insight when every one is recent', () => {
    const all = INSIGHTS.map((insight) => insight.id);
    expect(pickBreakContent({ breakSeconds: 180, recentInsightIds: all, random: 0 }).insightId).toBe(INSIGHTS[0]?.id);
  });

  it('never returns lastExerciseId when another exercise fits', () => {
    for (const last of EXERCISES) {
      for (const random of RANDOMS) {
        const picked = pickBreakContent({ breakSeconds: 180, recentInsightIds: [], lastExerciseId: last.id, random });
        expect(picked.exerciseId, `last ${last.id}, random ${random}`).not.toBe(last.id);
      }
    }
  });

  it('prefers an exercise whose kind suits the insight', () => {
    const insight = findInsight('daily-practice');
    expect(insight?.suits).toEqual(['movement', 'eyes']);
    for (const random of RANDOMS) {
      const { exerciseId } = pickBreakContent({
        breakSeconds: 180,
        recentInsightIds: allBut('daily-practice'),
        random,
      });
      expect(['movement', 'eyes']).toContain(findExercise(exerciseId)?.kind);
    }
  });

  it('picks an exercise that fits the break: for 60 s, at most 60 s long', () => {
    for (const random of RANDOMS) {
      const { exerciseId } = pickBreakContent({ breakSeconds: 60, recentInsightIds: [], random });
      expect(secondsOf(exerciseId)).toBeLessThanOrEqual(60);
    }
  });

  it('picks an exercise that fits a 90 s break, even one the insight does not suit', () => {
    for (const random of RANDOMS) {
      const { exerciseId } = pickBreakContent({ breakSeconds: 90, recentInsightIds: [], random });
      expect(secondsOf(exerciseId)).toBeLessThanOrEqual(90);
    }
  });

  it('falls back to the shortest exercise when nothing fits (10 s)', () => {
    const shortest = Math.min(...EXERCISES.map(exerciseSeconds));
    for (const random of RANDOMS) {
      const { exerciseId } = pickBreakContent({ breakSeconds: 10, recentInsightIds: [], random });
      expect(secondsOf(exerciseId)).toBe(shortest);
      expect(exerciseId).toBe('twenty-twenty');
    }
  });
});

describe('lookups', () => {
  it('find an insight and an exercise by id, and nothing for an unknown id', () => {
    expect(findInsight('trust-pace')?.theme).toBe('trust');
    expect(findExercise('box-breathing')?.kind).toBe('breathing');
    expect(findInsight('retired-insight')).toBeUndefined();
    expect(findExercise('retired-exercise')).toBeUndefined();
  });
});
