import type { Exercise } from './types';

/** Starter exercises: well-known, safe self-help practices, in our own words. */
export const EXERCISES: readonly Exercise[] = [
  {
    id: 'box-breathing',
    kind: 'breathing',
    title: 'Box breathing',
    purpose: 'Steady, even breaths to settle a busy mind.',
    caution: 'If you feel dizzy, stop and breathe normally.',
    pacing: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
    steps: [
      { text: 'Sit comfortably and let your shoulders drop.', seconds: 10 },
      { text: 'Breathe in for 4, hold for 4, out for 4, hold for 4.', seconds: 64 },
      { text: 'Keep the same even square, counting slowly.', seconds: 64 },
      { text: 'Let your breath return to its own rhythm.', seconds: 12 },
    ],
  },
  {
    id: 'five-senses',
    kind: 'grounding',
    title: '5-4-3-2-1 grounding',
    purpose: 'Come back to the room through your senses.',
    steps: [
      { text: 'Name five things you can see.', seconds: 30 },
      { text: 'Notice four things you can feel.', seconds: 30 },
      { text: 'Listen for three things you can hear.', seconds: 30 },
      { text: 'Find two things you can smell.', seconds: 20 },
      { text: 'Notice one thing you can taste.', seconds: 10 },
    ],
  },
  {
    id: 'neck-shoulders',
    kind: 'movement',
    title: 'Neck and shoulder release',
    purpose: 'Loosen the places that hold screen tension.',
    caution: 'Move gently and skip anything that hurts.',
    steps: [
      { text: 'Roll your shoulders slowly backwards five times.', seconds: 20 },
      { text: 'Tilt your head towards your right shoulder and rest there.', seconds: 20 },
      { text: 'Tilt your head towards your left shoulder and rest there.', seconds: 20 },
      { text: 'Lift your shoulders to your ears, then let them fall.', seconds: 20 },
    ],
  },
  {
    id: 'twenty-twenty',
    kind: 'eyes',
    title: '20-20-20 eye rest',
    purpose: 'Give your eyes a distant view after close work.',
    steps: [
      { text: 'Look at something at least six metres away.', seconds: 20 },
      { text: 'Blink slowly a few times and let your eyes soften.', seconds: 20 },
      { text: 'Look far away once more, noticing colour and detail.', seconds: 20 },
    ],
  },
  {
    id: 'name-the-feeling',
    kind: 'reflection',
    title: 'Name the feeling',
    purpose: 'Put a word to what is here, without judging it.',
    steps: [
      { text: 'Close your eyes or lower your gaze and take a slow breath.', seconds: 15 },
      { text: 'Ask yourself: what am I feeling right now?', seconds: 30 },
      { text: 'Try a word for it: tired, restless, hopeful, tense...', seconds: 30 },
      { text: 'Notice where you feel it in your body.', seconds: 30 },
      { text: 'Thank yourself for checking in.', seconds: 15 },
    ],
  },
  {
    id: 'mindful-listening',
    kind: 'listening',
    title: 'A minute of listening',
    purpose: 'Rest your attention on sound, the way a good listener does.',
    steps: [
      { text: 'Sit still and let your eyes close or rest on one spot.', seconds: 10 },
      { text: 'Notice the furthest sound you can hear.', seconds: 20 },
      { text: 'Now the closest sound, even your own breath.', seconds: 20 },
      { text: 'Let sounds come and go without naming them.', seconds: 20 },
    ],
  },
];
