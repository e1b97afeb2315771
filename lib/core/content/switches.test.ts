import { describe, expect, it } from 'vitest';
import { INSIGHTS, PRACTICES } from '@/content/library';
import { holdsBreath } from '@/content/types';
import { findExercise } from './find';
import { LOOKING_BACK_WAY_OUT, switchesFor } from './switches';

const live = PRACTICES.filter((practice) => !practice.retired);
const lookingBack = INSIGHTS.find((insight) => insight.theme === 'past' && !insight.retiredInto);

describe('switchesFor', () => {
  it('offers a way out of every hold, every standing part and every reflection', () => {
    for (const practice of live) {
      const reasons = switchesFor(practice).map((item) => item.reason);
      if (holdsBreath(practice.pacing)) expect(reasons, practice.id).toContain('noHold');
      if (practice.kind === 'reflection') expect(reasons, practice.id).toContain('ifHeavy');
      if (typeof practice.seated === 'string') expect(reasons, practice.id).toContain('seated');
    }
  });

  it('leads from an insight that looks back to grounding, unless the exercise already grounds', () => {
    expect(findExercise(LOOKING_BACK_WAY_OUT)?.kind).toBe('grounding');
    for (const practice of live) {
      const heavy = switchesFor(practice, lookingBack).find((item) => item.reason === 'ifHeavy');
      if (practice.kind === 'grounding' && !practice.ifHeavy) expect(heavy, practice.id).toBeUndefined();
      else expect(findExercise(heavy?.exerciseId ?? '')?.kind, practice.id).toBe('grounding');
    }
  });
});
