import type { Insight } from './types';

/**
 * Starter insights, written for Breathing Room around the seven themes of
 * the article in shared/seed (what happens in therapy), in our own words.
 */
export const INSIGHTS: readonly Insight[] = [
  {
    id: 'trust-pace',
    theme: 'trust',
    suits: ['breathing', 'reflection'],
    text: 'Opening up takes the time it takes. You can trust yourself to share a little more only when it feels safe.',
  },
  {
    id: 'trust-safe-place',
    theme: 'trust',
    suits: ['grounding', 'breathing'],
    text: 'Safety often starts in the body. Slow shoulders and a soft jaw tell you that, right now, you are okay.',
  },
  {
    id: 'listening-whole',
    theme: 'listening',
    suits: ['listening', 'grounding'],
    text: 'Listening well means hearing the tone and the pauses, not only the words. Try it on yourself for a minute.',
  },
  {
    id: 'listening-inner',
    theme: 'listening',
    suits: ['reflection', 'breathing'],
    text: 'Your body keeps speaking while you work: a tight neck, a held breath. A break is a chance to listen back.',
  },
  {
    id: 'coping-small-tools',
    theme: 'coping',
    suits: ['breathing', 'grounding'],
    text: 'Coping is not one big fix. It is a handful of small tools you can reach for on an ordinary afternoon.',
  },
  {
    id: 'coping-practice',
    theme: 'coping',
    suits: ['breathing', 'movement'],
    text: 'A calming skill works best when it is practised on calm days, so it is ready when the hard ones come.',
  },
  {
    id: 'expression-name-it',
    theme: 'expression',
    suits: ['reflection'],
    text: 'Naming a feeling, even roughly, tends to loosen its grip. "I feel uneasy" is a fine place to start.',
  },
  {
    id: 'expression-allowed',
    theme: 'expression',
    suits: ['reflection', 'breathing'],
    text: 'Feelings do not need to be tidy to be welcome. Let whatever is here be here for a few breaths.',
  },
  {
    id: 'goals-values',
    theme: 'goals',
    suits: ['reflection'],
    text: 'A goal that fits your values pulls you forward. One that only fits other people tends to push.',
  },
  {
    id: 'goals-small-step',
    theme: 'goals',
    suits: ['reflection', 'movement'],
    text: 'Big aims become real through small steps. What is one step, small enough to take today?',
  },
  {
    id: 'past-kindness',
    theme: 'past',
    suits: ['reflection', 'grounding'],
    text: 'Looking back helps most when done kindly: you made sense of things with what you knew then.',
  },
  {
    id: 'past-patterns',
    theme: 'past',
    suits: ['reflection', 'listening'],
    text: 'Old reactions often made sense once. Noticing where one comes from is the first step to choosing anew.',
  },
  {
    id: 'daily-practice',
    theme: 'daily',
    suits: ['movement', 'eyes'],
    text: 'Growth happens between the big moments, in small pauses like this one, repeated day after day.',
  },
  {
    id: 'daily-carry',
    theme: 'daily',
    suits: ['breathing', 'eyes'],
    text: 'What helps you in a quiet minute can come with you into the next meeting, the next email, the next day.',
  },
];
