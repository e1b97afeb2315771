import type { ContentText } from '../types';
import { EXERCISES_JA } from './ja/exercises';
import { INSIGHTS_JA } from './ja/insights';
import { SEQUENCES_JA } from './ja/sequences';

/** The library in Japanese: the same ids, steps and pacing as English (en.ts), written for Japanese readers. */
export const JA: ContentText = { insights: INSIGHTS_JA, exercises: EXERCISES_JA, sequences: SEQUENCES_JA };

export default JA;
