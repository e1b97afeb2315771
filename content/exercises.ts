import type { Exercise } from './types';

/**
 * The single exercises: kind, step timings, needs, breathing paces, and the
 * safety grid (no-hold, seated and "if this gets heavy" alternatives). Words
 * live in content/text/<language>/exercises.ts, by id and step index. Ids are
 * stored in history: never rename or reuse one; a dropped one stays, retired.
 *
 * Lengths aim at the break lengths a person can pick, filling 70 to 100% of
 * one: about 1 min (42-60 s), 3 min (126-180 s), 5 min (210-300 s) and
 * 10 min (420-600 s); 20 minutes is for sequences (content/sequences.ts).
 */
export const EXERCISES: readonly Exercise[] = [
  // Breathing: the first step sets up, the last lets go; the middle steps are
  // whole breaths of the pace. A hold or a sip offers a gentler pace instead.
  {
    id: 'box-breathing',
    kind: 'breathing',
    stepSeconds: [10, 64, 64, 12],
    needs: ['tense', 'scattered'],
    pacing: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
    noHold: 'coherent-breathing',
  },
  {
    id: 'breathing-4-7-8',
    kind: 'breathing',
    stepSeconds: [10, 76, 10],
    needs: ['tense'],
    pacing: { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 },
    noHold: 'belly-breathing',
  },
  {
    id: 'physiological-sigh',
    kind: 'breathing',
    stepSeconds: [8, 30, 10],
    needs: ['tense'],
    pacing: { inhale: 3, sip: 1, holdIn: 0, exhale: 6, holdOut: 0 },
    noHold: 'belly-breathing',
  },
  {
    id: 'coherent-breathing',
    kind: 'breathing',
    stepSeconds: [10, 77, 77, 10],
    needs: ['tense', 'scattered'],
    pacing: { inhale: 5, holdIn: 0, exhale: 6, holdOut: 0 },
  },
  {
    id: 'belly-breathing',
    kind: 'breathing',
    stepSeconds: [10, 40, 10],
    needs: ['tense', 'restless'],
    pacing: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  },
  {
    id: 'slow-breathing',
    kind: 'breathing',
    stepSeconds: [15, 60, 60, 60, 60, 15],
    needs: ['tense', 'restless', 'scattered'],
    pacing: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  },
  {
    id: 'cyclic-sighing',
    kind: 'breathing',
    stepSeconds: [15, 90, 90, 90, 15],
    needs: ['tense'],
    pacing: { inhale: 3, sip: 1, holdIn: 0, exhale: 6, holdOut: 0 },
    noHold: 'slow-breathing',
  },

  // Grounding: back to the here and now, through the senses and the body.
  {
    id: 'five-senses',
    kind: 'grounding',
    stepSeconds: [35, 35, 30, 25, 25],
    needs: ['scattered', 'overwhelmed'],
  },
  {
    id: 'five-senses-quick',
    kind: 'grounding',
    stepSeconds: [15, 13, 10, 8, 6],
    needs: ['scattered', 'overwhelmed'],
  },
  {
    id: 'five-senses-slow',
    kind: 'grounding',
    stepSeconds: [15, 60, 55, 55, 40, 30, 15],
    needs: ['scattered', 'overwhelmed'],
  },
  {
    id: 'body-scan',
    kind: 'grounding',
    stepSeconds: [10, 25, 25, 25, 25, 30, 10],
    needs: ['tense', 'overwhelmed'],
    eyesClosed: [5],
  },
  {
    id: 'body-scan-long',
    kind: 'grounding',
    stepSeconds: [20, 45, 45, 45, 45, 45, 45, 45, 45, 45, 45, 30],
    needs: ['tense', 'overwhelmed', 'tired'],
    eyesClosed: [1, 3, 5, 7, 9],
  },
  { id: 'feet-on-the-floor', kind: 'grounding', stepSeconds: [10, 15, 15, 15], needs: ['scattered', 'overwhelmed'] },
  { id: 'colour-spotting', kind: 'grounding', stepSeconds: [8, 30, 12], needs: ['scattered', 'overwhelmed'] },
  {
    id: 'drop-anchor',
    kind: 'grounding',
    stepSeconds: [30, 30, 30, 30, 30, 30, 30, 30],
    needs: ['overwhelmed', 'scattered', 'tense'],
  },

  // Movement: each can be done sitting, or names a seated variant.
  { id: 'neck-shoulders', kind: 'movement', stepSeconds: [20, 15, 15, 10], needs: ['tense', 'restless'], seated: true },
  {
    id: 'stand-and-stretch',
    kind: 'movement',
    stepSeconds: [10, 15, 15, 15],
    needs: ['restless', 'tired', 'low'],
    seated: 'seated-stretch',
  },
  {
    id: 'wrists-and-hands',
    kind: 'movement',
    stepSeconds: [10, 10, 15, 15, 10],
    needs: ['tense', 'restless'],
    seated: true,
  },
  {
    id: 'short-walk',
    kind: 'movement',
    stepSeconds: [10, 110, 20],
    needs: ['restless', 'tired', 'low'],
    seated: 'seated-march',
  },
  {
    id: 'seated-stretch',
    kind: 'movement',
    stepSeconds: [10, 15, 15, 15],
    needs: ['restless', 'tired', 'low'],
    seated: true,
  },
  {
    id: 'seated-march',
    kind: 'movement',
    stepSeconds: [10, 40, 40, 35, 15],
    needs: ['restless', 'tired', 'low'],
    seated: true,
  },
  {
    id: 'progressive-relaxation',
    kind: 'movement',
    stepSeconds: [20, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 30],
    needs: ['tense', 'restless'],
    seated: true,
  },
  {
    id: 'daylight-walk',
    kind: 'movement',
    stepSeconds: [30, 50, 50, 40, 110, 20],
    needs: ['low', 'tired', 'restless'],
    seated: 'light-by-the-window',
    daylight: true,
  },
  {
    id: 'light-by-the-window',
    kind: 'movement',
    stepSeconds: [20, 50, 50, 50, 50, 30],
    needs: ['low', 'tired'],
    seated: true,
    daylight: true,
  },

  // Eyes: rest from close work at a screen.
  { id: 'twenty-twenty', kind: 'eyes', stepSeconds: [20, 20, 20], needs: ['tired'] },
  { id: 'palming', kind: 'eyes', stepSeconds: [10, 40, 10], needs: ['tired'], eyesClosed: [1] },
  { id: 'blink-and-shift', kind: 'eyes', stepSeconds: [10, 15, 15, 20], needs: ['tired'] },
  { id: 'eye-wander', kind: 'eyes', stepSeconds: [10, 20, 20, 10], needs: ['tired'], eyesClosed: [3] },
  { id: 'find-the-light', kind: 'eyes', stepSeconds: [15, 20, 15, 10], needs: ['low', 'tired'], daylight: true },
  { id: 'soft-focus', kind: 'eyes', stepSeconds: [10, 20, 20, 10], needs: ['tired', 'scattered'] },
  {
    id: 'eye-rest-long',
    kind: 'eyes',
    stepSeconds: [15, 45, 30, 45, 30, 45, 45, 30, 15],
    needs: ['tired'],
    eyesClosed: [3, 5, 7],
  },
  { id: 'eye-rest', kind: 'eyes', stepSeconds: [15, 35, 20, 35, 25, 20], needs: ['tired'], eyesClosed: [3] },

  // Reflection: each offers grounding if it gets heavy.
  {
    id: 'name-the-feeling',
    kind: 'reflection',
    stepSeconds: [15, 30, 30, 40, 15],
    needs: ['low'],
    eyesClosed: [3],
    ifHeavy: 'feet-on-the-floor',
  },
  {
    id: 'one-small-step',
    kind: 'reflection',
    stepSeconds: [10, 30, 30, 20],
    needs: ['low', 'scattered'],
    ifHeavy: 'feet-on-the-floor',
  },
  { id: 'kind-word', kind: 'reflection', stepSeconds: [20, 25, 25, 20], needs: ['low'], ifHeavy: 'five-senses-quick' },
  {
    id: 'appreciate-something',
    kind: 'reflection',
    stepSeconds: [10, 20, 20, 10],
    needs: ['low'],
    ifHeavy: 'five-senses-quick',
  },
  {
    id: 'what-matters',
    kind: 'reflection',
    stepSeconds: [10, 30, 20, 25],
    needs: ['scattered'],
    ifHeavy: 'feet-on-the-floor',
  },
  {
    id: 'kinder-look-back',
    kind: 'reflection',
    stepSeconds: [10, 30, 30, 20],
    needs: [],
    ifHeavy: 'feet-on-the-floor',
  },
  {
    id: 'let-it-wait',
    kind: 'reflection',
    stepSeconds: [10, 20, 15, 10],
    needs: ['scattered'],
    ifHeavy: 'feet-on-the-floor',
  },
  {
    id: 'three-good-things',
    kind: 'reflection',
    stepSeconds: [20, 45, 40, 45, 45, 45],
    needs: ['low'],
    ifHeavy: 'feet-on-the-floor',
  },

  // Listening: attention resting on sound.
  {
    id: 'mindful-listening',
    kind: 'listening',
    stepSeconds: [10, 20, 20, 10],
    needs: ['scattered', 'tense'],
    eyesClosed: [1],
  },
  { id: 'listening-to-breath', kind: 'listening', stepSeconds: [10, 30, 30, 10], needs: ['tense'], eyesClosed: [1] },
  {
    id: 'layers-of-sound',
    kind: 'listening',
    stepSeconds: [10, 25, 25, 25, 25, 20],
    needs: ['scattered', 'tense'],
    eyesClosed: [1, 3],
  },
  { id: 'follow-one-sound', kind: 'listening', stepSeconds: [8, 30, 12], needs: ['scattered'] },
  {
    id: 'open-listening',
    kind: 'listening',
    stepSeconds: [20, 60, 45, 60, 45, 60, 45, 60, 45, 30],
    needs: ['scattered', 'tense'],
    eyesClosed: [1, 3, 5, 7],
  },
  { id: 'one-song', kind: 'listening', stepSeconds: [30, 180, 15], needs: ['low', 'tired'] },
];
