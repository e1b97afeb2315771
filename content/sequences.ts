import type { Sequence } from './types';

/**
 * Sequences chain single exercises into a longer break, in an order that
 * makes sense: settle first (grounding or breathing), then move or rest the
 * eyes, then breathe, listen or reflect, ending calm. No part holds the breath.
 * The long ones each have a gentle movement part; one that stands names its
 * seated variant. Those answering "overwhelmed" open with grounding. Their own
 * words (title and purpose) live in content/text/<language>/sequences.ts.
 *
 * A sequence counts as the kind of its first part, so a few short ones (three
 * and five minutes) open with a kind that has few single exercises of that
 * length, and end with a quiet part. Their parts' cautions are read together:
 * keep the sum in a line or two (content/coverage.test.ts).
 *
 * Three minutes fill 126-180 s, five 210-300 s, ten 420-600 s, twenty 840-1200 s.
 */
export const SEQUENCES: readonly Sequence[] = [
  // About three minutes
  {
    id: 'three-minute-eye-break',
    parts: ['twenty-twenty', 'neck-shoulders', 'palming'],
    needs: ['tired'],
  },
  {
    id: 'three-minute-next-step',
    parts: ['one-small-step', 'belly-breathing'],
    needs: ['scattered'],
  },
  {
    id: 'three-minute-listen-and-breathe',
    parts: ['listening-to-breath', 'belly-breathing'],
    needs: ['tense'],
  },

  // About five minutes
  {
    id: 'five-minute-screen-break',
    parts: ['eye-rest', 'neck-shoulders', 'belly-breathing'],
    needs: ['tired'],
  },
  {
    id: 'five-minute-kind-word',
    parts: ['kind-word', 'coherent-breathing'],
    needs: ['low'],
  },
  {
    id: 'five-minute-sounds-and-breath',
    parts: ['layers-of-sound', 'listening-to-breath', 'belly-breathing'],
    needs: ['tense', 'scattered'],
  },

  // About ten minutes
  {
    id: 'ten-minute-reset',
    parts: ['five-senses', 'neck-shoulders', 'slow-breathing'],
    needs: ['scattered', 'overwhelmed', 'tense'],
  },
  {
    id: 'ten-minute-anchor',
    parts: ['drop-anchor', 'seated-stretch', 'coherent-breathing'],
    needs: ['overwhelmed', 'scattered'],
  },
  {
    id: 'ten-minute-unwind',
    parts: ['feet-on-the-floor', 'progressive-relaxation', 'coherent-breathing'],
    needs: ['tense', 'restless', 'overwhelmed'],
  },
  {
    id: 'ten-minute-lift',
    parts: ['feet-on-the-floor', 'daylight-walk', 'kind-word'],
    needs: ['low', 'tired'],
    seated: 'ten-minute-lift-seated',
  },
  {
    id: 'ten-minute-lift-seated',
    parts: ['feet-on-the-floor', 'light-by-the-window', 'belly-breathing', 'kind-word'],
    needs: ['low', 'tired'],
  },
  {
    id: 'ten-minute-walk-and-breathe',
    parts: ['belly-breathing', 'short-walk', 'neck-shoulders', 'slow-breathing'],
    needs: ['restless', 'tired'],
    seated: 'ten-minute-move-and-breathe',
  },
  {
    id: 'ten-minute-move-and-breathe',
    parts: ['belly-breathing', 'seated-march', 'neck-shoulders', 'slow-breathing'],
    needs: ['restless', 'tired'],
  },
  {
    id: 'ten-minute-eye-rest',
    parts: ['belly-breathing', 'seated-stretch', 'eye-rest-long', 'mindful-listening'],
    needs: ['tired'],
  },

  // About twenty minutes
  {
    id: 'twenty-minute-reset',
    parts: ['five-senses-slow', 'progressive-relaxation', 'slow-breathing', 'layers-of-sound'],
    needs: ['scattered', 'overwhelmed', 'tense'],
  },
  {
    id: 'twenty-minute-unwind',
    parts: ['feet-on-the-floor', 'wrists-and-hands', 'neck-shoulders', 'body-scan-long', 'slow-breathing'],
    needs: ['tense', 'overwhelmed', 'tired'],
  },
  {
    id: 'twenty-minute-lift',
    parts: ['feet-on-the-floor', 'daylight-walk', 'slow-breathing', 'one-song', 'kind-word'],
    needs: ['low', 'tired'],
    seated: 'twenty-minute-lift-seated',
  },
  {
    id: 'twenty-minute-lift-seated',
    parts: ['feet-on-the-floor', 'light-by-the-window', 'slow-breathing', 'one-song', 'kind-word'],
    needs: ['low', 'tired'],
  },
  {
    id: 'twenty-minute-walk-and-listen',
    parts: ['belly-breathing', 'stand-and-stretch', 'short-walk', 'progressive-relaxation', 'open-listening'],
    needs: ['restless', 'scattered'],
    seated: 'twenty-minute-move-and-listen',
  },
  {
    id: 'twenty-minute-move-and-listen',
    parts: ['belly-breathing', 'seated-march', 'seated-stretch', 'progressive-relaxation', 'open-listening'],
    needs: ['restless', 'scattered'],
  },
  {
    id: 'twenty-minute-rest',
    parts: ['belly-breathing', 'seated-stretch', 'eye-rest-long', 'body-scan-long'],
    needs: ['tired', 'tense'],
  },
];
