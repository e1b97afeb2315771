import type { ContentText } from '../types';
import { EXERCISES_PT_BR } from './pt-BR/exercises';
import { INSIGHTS_PT_BR } from './pt-BR/insights';
import { SEQUENCES_PT_BR } from './pt-BR/sequences';

/** The library in Portuguese (Brazil): the same ids, steps and pacing as English (en.ts), written for Portuguese (Brazil) readers. */
export const PT_BR: ContentText = { insights: INSIGHTS_PT_BR, exercises: EXERCISES_PT_BR, sequences: SEQUENCES_PT_BR };

export default PT_BR;
