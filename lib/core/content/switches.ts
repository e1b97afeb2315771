import type { Exercise, Insight } from '@/content/types';
import { findExercise } from './find';

/*
 * The safety grid, as the break offers it: a practice with breath holds
 * offers one without, a standing one its seated variant, and reflection or an
 * insight that looks back a way to grounding "if this gets heavy".
 */

export type SwitchReason = 'noHold' | 'seated' | 'ifHeavy';

export interface Switch {
  reason: SwitchReason;
  exerciseId: string;
}

/** Where an insight that looks back leads when the exercise beside it has no way out of its own. */
export const LOOKING_BACK_WAY_OUT = 'feet-on-the-floor';

/** The other practices a break offers instead of this one, most pressing first. */
export function switchesFor(exercise: Exercise, insight?: Insight): Switch[] {
  const heavy =
    exercise.ifHeavy ?? (insight?.theme === 'past' && exercise.kind !== 'grounding' ? LOOKING_BACK_WAY_OUT : undefined);
  const switches: (Switch | false)[] = [
    exercise.noHold !== undefined && { reason: 'noHold', exerciseId: exercise.noHold },
    typeof exercise.seated === 'string' && { reason: 'seated', exerciseId: exercise.seated },
    heavy !== undefined && { reason: 'ifHeavy', exerciseId: heavy },
  ];
  return switches.filter((item): item is Switch => item !== false && findExercise(item.exerciseId) !== undefined);
}
