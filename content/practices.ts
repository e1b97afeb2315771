import { EXERCISES } from './exercises';
import { SEQUENCES } from './sequences';
import type { Exercise, Sequence } from './types';

/**
 * A sequence as one exercise: its parts' steps in turn, the eyes-closed marks
 * moved to where each part begins, the kind of the part it opens with. The
 * pace of each step stays with its part (lib/core/content/practice.ts).
 */
export function flatten(sequence: Sequence): Exercise {
  const parts = sequence.parts.map((id) => {
    const part = EXERCISES.find((exercise) => exercise.id === id);
    if (!part) throw new Error(`Breathing Room: sequence ${sequence.id} names no exercise ${id}`);
    return part;
  });
  let from = 0;
  const placed = parts.map((part) => {
    const at = from;
    from += part.stepSeconds.length;
    return { part, from: at };
  });
  const eyesClosed = placed.flatMap(({ part, from: at }) => (part.eyesClosed ?? []).map((step) => at + step));
  const ifHeavy = parts.find((part) => part.ifHeavy)?.ifHeavy;
  const standing = parts.some((part) => part.kind === 'movement' && part.seated !== true);
  return {
    id: sequence.id,
    kind: parts[0]?.kind ?? 'breathing',
    stepSeconds: parts.flatMap((part) => part.stepSeconds),
    needs: sequence.needs,
    parts: placed.map(({ part, from: at }) => ({ id: part.id, from: at })),
    ...(eyesClosed.length > 0 && { eyesClosed }),
    ...(ifHeavy && { ifHeavy }),
    ...(standing
      ? sequence.seated && { seated: sequence.seated }
      : parts.some((part) => part.kind === 'movement') && { seated: true as const }),
    ...(parts.some((part) => part.daylight) && { daylight: true as const }),
  };
}

/** Everything a break can show, by id: the single exercises, then the sequences as exercises. */
export const PRACTICES: readonly Exercise[] = [...EXERCISES, ...SEQUENCES.map(flatten)];
