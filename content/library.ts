import type { Exercise, Insight } from './types';

/**
 * The content library's structure: which insights and exercises exist, their
 * themes, kinds, timings, needs and breathing paces. No prose lives here: every
 * word is in the text files (content/text/en.ts and its translations), by id.
 * Ids are stored in history, so never rename or reuse one.
 */

export const INSIGHTS: readonly Insight[] = [
  // Trust and safety
  { id: 'trust-pace', theme: 'trust', suits: ['breathing', 'reflection'] },
  { id: 'trust-safe-place', theme: 'trust', suits: ['grounding', 'breathing'] },
  { id: 'trust-small-signs', theme: 'trust', suits: ['reflection', 'breathing'] },
  { id: 'trust-your-signals', theme: 'trust', suits: ['grounding', 'reflection'] },
  { id: 'trust-one-sentence', theme: 'trust', suits: ['reflection', 'listening'] },
  { id: 'trust-steady-ground', theme: 'trust', suits: ['grounding', 'breathing'] },
  { id: 'trust-own-company', theme: 'trust', suits: ['reflection'] },
  { id: 'trust-limits', theme: 'trust', suits: ['reflection', 'breathing'] },
  { id: 'trust-return', theme: 'trust', suits: ['breathing', 'grounding'] },
  { id: 'trust-ease-in', theme: 'trust', suits: ['movement', 'breathing'] },

  // Active listening, to others and to yourself
  { id: 'listening-whole', theme: 'listening', suits: ['listening', 'grounding'] },
  { id: 'listening-inner', theme: 'listening', suits: ['reflection', 'breathing'] },
  { id: 'listening-pause', theme: 'listening', suits: ['listening'] },
  { id: 'listening-no-fixing', theme: 'listening', suits: ['listening', 'reflection'] },
  { id: 'listening-inner-tone', theme: 'listening', suits: ['reflection', 'listening'] },
  { id: 'listening-body-cues', theme: 'listening', suits: ['eyes', 'movement'] },
  { id: 'listening-curious', theme: 'listening', suits: ['reflection'] },
  { id: 'listening-one-thing', theme: 'listening', suits: ['listening', 'grounding'] },
  { id: 'listening-quiet', theme: 'listening', suits: ['listening', 'breathing'] },
  { id: 'listening-to-eyes', theme: 'listening', suits: ['eyes'] },

  // Coping strategies
  { id: 'coping-small-tools', theme: 'coping', suits: ['breathing', 'grounding'] },
  { id: 'coping-practice', theme: 'coping', suits: ['breathing', 'movement'] },
  { id: 'coping-long-exhale', theme: 'coping', suits: ['breathing'] },
  { id: 'coping-senses', theme: 'coping', suits: ['grounding', 'listening'] },
  { id: 'coping-move', theme: 'coping', suits: ['movement'] },
  { id: 'coping-right-tool', theme: 'coping', suits: ['breathing', 'movement', 'reflection'] },
  { id: 'coping-edge-off', theme: 'coping', suits: ['breathing', 'grounding'] },
  { id: 'coping-rest-eyes', theme: 'coping', suits: ['eyes'] },
  { id: 'coping-early', theme: 'coping', suits: ['breathing', 'grounding'] },
  { id: 'coping-experiment', theme: 'coping', suits: ['reflection', 'breathing'] },

  // Emotional expression
  { id: 'expression-name-it', theme: 'expression', suits: ['reflection'] },
  { id: 'expression-allowed', theme: 'expression', suits: ['reflection', 'breathing'] },
  { id: 'expression-mixed', theme: 'expression', suits: ['reflection'] },
  { id: 'expression-words-later', theme: 'expression', suits: ['grounding', 'reflection'] },
  { id: 'expression-write', theme: 'expression', suits: ['reflection'] },
  { id: 'expression-body-first', theme: 'expression', suits: ['grounding', 'reflection'] },
  { id: 'expression-share', theme: 'expression', suits: ['reflection', 'listening'] },
  { id: 'expression-let-move', theme: 'expression', suits: ['movement', 'breathing'] },
  { id: 'expression-weather', theme: 'expression', suits: ['reflection', 'breathing'] },
  { id: 'expression-no-apology', theme: 'expression', suits: ['breathing', 'reflection'] },

  // Goals that fit your values
  { id: 'goals-values', theme: 'goals', suits: ['reflection'] },
  { id: 'goals-small-step', theme: 'goals', suits: ['reflection', 'movement'] },
  { id: 'goals-why', theme: 'goals', suits: ['reflection'] },
  { id: 'goals-tired-day', theme: 'goals', suits: ['reflection', 'eyes'] },
  { id: 'goals-your-own', theme: 'goals', suits: ['reflection'] },
  { id: 'goals-not-straight', theme: 'goals', suits: ['reflection', 'breathing'] },
  { id: 'goals-rest-counts', theme: 'goals', suits: ['movement', 'eyes'] },
  { id: 'goals-compass', theme: 'goals', suits: ['reflection'] },
  { id: 'goals-together', theme: 'goals', suits: ['listening', 'reflection'] },
  { id: 'goals-notice-done', theme: 'goals', suits: ['reflection', 'movement'] },

  // Revisiting past experiences with kindness
  { id: 'past-kindness', theme: 'past', suits: ['reflection', 'grounding'] },
  { id: 'past-patterns', theme: 'past', suits: ['reflection', 'listening'] },
  { id: 'past-then-now', theme: 'past', suits: ['reflection'] },
  { id: 'past-small-pieces', theme: 'past', suits: ['breathing', 'grounding'] },
  { id: 'past-here-now', theme: 'past', suits: ['grounding'] },
  { id: 'past-came-through', theme: 'past', suits: ['reflection'] },
  { id: 'past-no-blame', theme: 'past', suits: ['reflection', 'listening'] },
  { id: 'past-as-a-friend', theme: 'past', suits: ['reflection'] },
  { id: 'past-body-remembers', theme: 'past', suits: ['breathing', 'grounding'] },
  { id: 'past-good-moments', theme: 'past', suits: ['reflection', 'breathing'] },

  // Carrying the work on in daily life
  { id: 'daily-practice', theme: 'daily', suits: ['movement', 'eyes'] },
  { id: 'daily-carry', theme: 'daily', suits: ['breathing', 'eyes'] },
  { id: 'daily-anchor-habit', theme: 'daily', suits: ['breathing'] },
  { id: 'daily-no-finish-line', theme: 'daily', suits: ['reflection', 'movement'] },
  { id: 'daily-pleasant-thing', theme: 'daily', suits: ['listening', 'reflection'] },
  { id: 'daily-check-in', theme: 'daily', suits: ['reflection', 'grounding'] },
  { id: 'daily-stand-up', theme: 'daily', suits: ['movement', 'eyes'] },
  { id: 'daily-look-far', theme: 'daily', suits: ['eyes'] },
  { id: 'daily-pick-up-again', theme: 'daily', suits: ['breathing', 'movement'] },
  { id: 'daily-heard', theme: 'daily', suits: ['listening'] },
  { id: 'daily-walk-between', theme: 'daily', suits: ['movement'] },
];

export const EXERCISES: readonly Exercise[] = [
  // Breathing: middle steps are whole pacing cycles.
  {
    id: 'box-breathing',
    kind: 'breathing',
    stepSeconds: [10, 64, 64, 12],
    needs: ['tense'],
    pacing: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
  },
  {
    id: 'breathing-4-7-8',
    kind: 'breathing',
    stepSeconds: [10, 76, 10],
    needs: ['tense'],
    pacing: { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 },
  },
  {
    id: 'physiological-sigh',
    kind: 'breathing',
    stepSeconds: [8, 30, 10],
    needs: ['tense'],
    pacing: { inhale: 3, holdIn: 1, exhale: 6, holdOut: 0 },
  },
  {
    id: 'coherent-breathing',
    kind: 'breathing',
    stepSeconds: [10, 88, 88, 10],
    needs: ['tense'],
    pacing: { inhale: 5, holdIn: 0, exhale: 6, holdOut: 0 },
  },
  {
    id: 'belly-breathing',
    kind: 'breathing',
    stepSeconds: [10, 40, 10],
    needs: ['tense'],
    pacing: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  },

  // Grounding
  { id: 'five-senses', kind: 'grounding', stepSeconds: [30, 30, 30, 20, 10], needs: ['scattered', 'overwhelmed'] },
  {
    id: 'body-scan',
    kind: 'grounding',
    stepSeconds: [10, 20, 20, 20, 20, 20, 10],
    needs: ['tense', 'scattered'],
    eyesClosed: [0, 1, 2, 3, 4, 5],
  },
  { id: 'feet-on-the-floor', kind: 'grounding', stepSeconds: [10, 15, 15, 15], needs: ['scattered', 'overwhelmed'] },
  { id: 'colour-spotting', kind: 'grounding', stepSeconds: [8, 30, 12], needs: ['scattered', 'overwhelmed'] },

  // Movement
  { id: 'neck-shoulders', kind: 'movement', stepSeconds: [20, 20, 20, 20], needs: ['restless'] },
  { id: 'stand-and-stretch', kind: 'movement', stepSeconds: [10, 15, 15, 15], needs: ['restless', 'tired'] },
  { id: 'wrists-and-hands', kind: 'movement', stepSeconds: [15, 15, 15, 15], needs: ['restless'] },
  { id: 'short-walk', kind: 'movement', stepSeconds: [10, 60, 20], needs: ['restless'] },

  // Eyes
  { id: 'twenty-twenty', kind: 'eyes', stepSeconds: [20, 20, 20], needs: ['tired'] },
  { id: 'palming', kind: 'eyes', stepSeconds: [10, 30, 20, 10], needs: ['tired'], eyesClosed: [1, 2] },
  { id: 'blink-and-shift', kind: 'eyes', stepSeconds: [10, 15, 15, 20], needs: ['tired'] },
  { id: 'eye-wander', kind: 'eyes', stepSeconds: [10, 20, 20, 10], needs: ['tired'], eyesClosed: [3] },

  // Reflection
  {
    id: 'name-the-feeling',
    kind: 'reflection',
    stepSeconds: [15, 30, 30, 30, 15],
    needs: ['low'],
    eyesClosed: [0, 1, 2, 3, 4],
  },
  { id: 'one-small-step', kind: 'reflection', stepSeconds: [10, 30, 30, 20], needs: [] },
  { id: 'kind-word', kind: 'reflection', stepSeconds: [10, 30, 30, 20], needs: ['low'] },
  { id: 'appreciate-something', kind: 'reflection', stepSeconds: [10, 20, 20, 10], needs: ['low'] },
  { id: 'what-matters', kind: 'reflection', stepSeconds: [10, 30, 20, 25], needs: [] },
  { id: 'kinder-look-back', kind: 'reflection', stepSeconds: [10, 30, 30, 20], needs: [] },

  // Listening
  { id: 'mindful-listening', kind: 'listening', stepSeconds: [10, 20, 20, 10], needs: [], eyesClosed: [0, 1, 2, 3] },
  { id: 'listening-to-breath', kind: 'listening', stepSeconds: [10, 30, 30, 10], needs: [], eyesClosed: [0, 1, 2] },
  {
    id: 'layers-of-sound',
    kind: 'listening',
    stepSeconds: [10, 20, 20, 20, 20, 10],
    needs: ['scattered'],
    eyesClosed: [0, 1, 2, 3, 4],
  },
  { id: 'follow-one-sound', kind: 'listening', stepSeconds: [8, 30, 12], needs: [] },
];
