import type { ContentText } from '../types';
import { EXERCISES_DE } from './de/exercises';
import { INSIGHTS_DE } from './de/insights';
import { SEQUENCES_DE } from './de/sequences';

/** The library in German: the same ids, steps and pacing as English (en.ts), written for German readers. */
export const DE: ContentText = { insights: INSIGHTS_DE, exercises: EXERCISES_DE, sequences: SEQUENCES_DE };

export default DE;
