import type { ContentText } from '../types';
import { EXERCISES_EN } from './en/exercises';
import { INSIGHTS_EN } from './en/insights';
import { SEQUENCES_EN } from './en/sequences';

/**
 * The English text of the library, keyed by the ids in content/. A
 * translation is a file of the same shape beside this one (de.ts …), with the
 * same ids and the same number of steps per exercise.
 */
export const EN: ContentText = { insights: INSIGHTS_EN, exercises: EXERCISES_EN, sequences: SEQUENCES_EN };

export default EN;
