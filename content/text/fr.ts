import type { ContentText } from '../types';
import { EXERCISES_FR } from './fr/exercises';
import { INSIGHTS_FR } from './fr/insights';
import { SEQUENCES_FR } from './fr/sequences';

/** The library in French: the same ids, steps and pacing as English (en.ts), written for French readers. */
export const FR: ContentText = { insights: INSIGHTS_FR, exercises: EXERCISES_FR, sequences: SEQUENCES_FR };

export default FR;
