/** The sequences' own words in English, by id (content/sequences.ts); their steps are their parts'. */
export const SEQUENCES_EN: Readonly<Record<string, { title: string; purpose: string; caution?: string }>> = {
  'three-minute-eye-break': {
    title: 'Eye and shoulder break',
    purpose: 'Look into the distance, loosen your neck and shoulders, then rest your eyes in the dark.',
    caution: 'Move gently; skip what hurts. Take off glasses first, and never press on your eyes.',
  },
  'three-minute-next-step': {
    title: 'A next step, then breathe',
    purpose: 'Find one small step you could take today, then a minute of slow belly breathing.',
  },
  'three-minute-listen-and-breathe': {
    title: 'Listen, then breathe',
    purpose: 'Listen to your breath just as it is, then let it slow down a little.',
  },
  'five-minute-screen-break': {
    title: 'Screen break',
    purpose: 'Rest your eyes, loosen your neck and shoulders, then breathe low and slow.',
  },
  'five-minute-kind-word': {
    title: 'A kind word, then breathe',
    purpose: 'Offer yourself a kind word, then breathe slowly and smoothly for a few minutes.',
  },
  'five-minute-sounds-and-breath': {
    title: 'Sounds, then breath',
    purpose: 'Listen to the sounds around you, then to your own breath, then slow it a little.',
  },
  'ten-minute-reset': {
    title: 'Ten-minute reset',
    purpose: 'Come back to your senses, loosen your neck and shoulders, then breathe slowly.',
  },
  'ten-minute-anchor': {
    title: 'Ten minutes at anchor',
    purpose: 'Steady yourself when it is all too much, stretch a little, then breathe smoothly.',
  },
  'ten-minute-unwind': {
    title: 'Ten-minute unwind',
    purpose: 'Feel the floor, tense and release each area in turn, then breathe smoothly.',
  },
  'ten-minute-lift': {
    title: 'Daylight and a kind word',
    purpose: 'Steady yourself, take a short walk in daylight, then offer yourself a kind word.',
  },
  'ten-minute-lift-seated': {
    title: 'Daylight and a kind word, seated',
    purpose: 'Steady yourself, move gently by a bright window, breathe, then offer yourself a kind word.',
  },
  'ten-minute-walk-and-breathe': {
    title: 'Walk and breathe',
    purpose: 'A few easy breaths, a short walk, a neck and shoulder release, then slow breathing.',
  },
  'ten-minute-move-and-breathe': {
    title: 'Move and breathe, seated',
    purpose: 'A few easy breaths, a seated march, a neck and shoulder release, then slow breathing.',
  },
  'ten-minute-eye-rest': {
    title: 'Ten minutes for tired eyes',
    purpose: 'Settle, stretch in your seat, rest your eyes properly, then listen for a minute.',
  },
  'twenty-minute-reset': {
    title: 'Twenty-minute reset',
    purpose: 'Slow 5-4-3-2-1, tense and release, slow breathing, then layers of sound.',
  },
  'twenty-minute-unwind': {
    title: 'Twenty-minute unwind',
    purpose: 'Feel the floor, loosen your hands, neck and shoulders, scan your body, then breathe slowly.',
    caution: 'Move gently; skip what hurts. Keep your eyes open if you prefer. Stop if you feel dizzy.',
  },
  'twenty-minute-lift': {
    title: 'Daylight, breath and a song',
    purpose: 'A walk in daylight, slow breathing, one song, and a kind word to finish.',
  },
  'twenty-minute-lift-seated': {
    title: 'Daylight, breath and a song, seated',
    purpose: 'Gentle movement by a bright window, slow breathing, one song, and a kind word to finish.',
  },
  'twenty-minute-walk-and-listen': {
    title: 'Walk, stretch and listen',
    purpose: 'Stretch, walk off restless energy, tense and release, then listen for a while.',
    caution: 'Walk, move and tense gently, skipping what hurts, and keep breathing. Stop if you feel dizzy.',
  },
  'twenty-minute-move-and-listen': {
    title: 'Move, stretch and listen, seated',
    purpose: 'A seated march and stretch, tense and release, then listen for a while.',
    caution: 'Move and tense gently, skipping what hurts, and keep breathing. Stop if you feel dizzy.',
  },
  'twenty-minute-rest': {
    title: 'Twenty-minute rest',
    purpose: 'Settle, stretch, rest your eyes, then a slow body scan from feet to face.',
    caution: 'Move gently; skip what hurts. Never press on your eyes, and keep them open if you prefer.',
  },
};
