import type { ContentText } from '../types';
import { EXERCISES_ES } from './es/exercises';
import { INSIGHTS_ES } from './es/insights';
import { SEQUENCES_ES } from './es/sequences';

/** The library in Spanish: the same ids, steps and pacing as English (en.ts), written for Spanish readers. */
export const ES: ContentText = { insights: INSIGHTS_ES, exercises: EXERCISES_ES, sequences: SEQUENCES_ES };

export default ES;
