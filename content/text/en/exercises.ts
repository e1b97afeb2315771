import type { ExerciseText } from '../../types';

/**
 * The exercises in English, by id (content/exercises.ts): one line per step.
 * Breathing steps name counts only by placeholder ({in}, {out}, {rounds} …),
 * filled from the pacing. A step done with closed eyes says what to do and
 * when to open them, never asks to read on.
 */
/*
 * The shared cautions, short and the same wherever they apply, so a sequence's
 * parts together still read in a line or two (each distinct caution once). A
 * caution shows under Begin at 360 px wide: at most 100 characters.
 */
const DIZZY = 'If you feel dizzy, breathe normally.';
const HOLDS = 'Skip holds if pregnant, with a heart or lung condition, or if they make you anxious. Stop if dizzy.';
const SIP = 'Skip the sip if pregnant, with a heart or lung condition, or if it makes you anxious. Stop if dizzy.';
const MOVE = 'Move gently; skip what hurts.';
const WALK = 'Walk gently; watch your step.';
const SUN = 'Never look straight at the sun.';
const NO_PRESS = 'Never press on your eyes.';

export const EXERCISES_EN: Readonly<Record<string, ExerciseText>> = {
  // Breathing
  'box-breathing': {
    title: 'Box breathing',
    purpose: 'Four even sides of the same length, to steady a busy mind.',
    steps: [
      'Sit comfortably with your feet on the floor and let your shoulders drop.',
      'In through your nose for {in}, hold for {holdIn}, out for {out}, hold for {holdOut}. {rounds} breaths.',
      'Keep tracing the same even square, softly. {rounds} more breaths.',
      'Let go of the counting and let your breath find its own rhythm.',
    ],
    caution: HOLDS,
  },
  'breathing-4-7-8': {
    title: '4-7-8 breathing',
    purpose: 'A long hold and an even longer out-breath, to help you slow down.',
    steps: [
      'Rest the tip of your tongue behind your top teeth and breathe out fully through your mouth.',
      'In through your nose for {in}, hold for {holdIn}, out through your mouth for {out}. {rounds} breaths.',
      'Breathe normally again and notice how your body feels.',
    ],
    caution: HOLDS,
  },
  'physiological-sigh': {
    title: 'Physiological sigh',
    purpose: 'A double breath in and a long, slow sigh out.',
    steps: [
      'Sit or stand tall and let your shoulders soften.',
      'In through your nose for {in}, a short extra sip for {sip}, then sigh out through your mouth for {out}. {rounds} breaths.',
      'Let your breathing return to normal and notice how you feel now.',
    ],
    caution: SIP,
  },
  'coherent-breathing': {
    title: 'Coherent breathing',
    purpose: 'Slow, smooth breathing at about five to six breaths a minute.',
    steps: [
      'Sit comfortably and breathe through your nose if you can.',
      'Breathe in gently for {in}, then out for {out}, with no pause in between. {rounds} breaths.',
      'Keep the breath smooth and quiet, like a slow wave coming in and going out. {rounds} more.',
      'Let the counting go and breathe at whatever pace feels natural.',
    ],
    caution: DIZZY,
  },
  'belly-breathing': {
    title: 'Belly breathing',
    purpose: 'Breathe low into your belly, with a longer out-breath, to ease tension.',
    steps: [
      'Place one hand on your chest and the other on your belly.',
      'Breathe in for {in} so the lower hand rises, then out for {out} as it gently falls. {rounds} breaths.',
      'Rest your hands and breathe normally for a moment.',
    ],
    caution: DIZZY,
  },
  'slow-breathing': {
    title: 'Slow, easy breathing',
    purpose: 'A few minutes of slow breathing with a longer out-breath and no holds.',
    steps: [
      'Sit comfortably, let your shoulders drop and rest your hands wherever is easy.',
      'In through your nose for {in}, then out slowly for {out}, with no pauses. {rounds} breaths.',
      'Keep it easy and quiet: the breath does not need to be deep. {rounds} breaths.',
      'If your mind wanders, notice where it went and come back to the next breath.',
      'Let each out-breath be soft and unhurried. {rounds} more.',
      'Let the pace go and breathe however feels natural.',
    ],
    caution: DIZZY,
  },
  'cyclic-sighing': {
    title: 'Cyclic sighing',
    purpose: 'Five minutes of double breaths in and long, slow sighs out.',
    steps: [
      'Sit upright and let your shoulders soften. You will breathe out through your mouth.',
      'In through your nose for {in}, a short sip more for {sip}, then a long sigh out through your mouth for {out}. {rounds} breaths.',
      'Keep the same rhythm: a full breath in, a small top-up, a slow sigh out. {rounds} breaths.',
      'Let the out-breath be the longest, easiest part. {rounds} more.',
      'Let the pattern go and breathe normally through your nose.',
    ],
    caution: SIP,
  },

  // Grounding
  'five-senses': {
    title: '5-4-3-2-1 grounding',
    purpose: 'Come back to the here and now through your five senses.',
    steps: [
      'Look around and name five things you can see.',
      'Notice four things you can feel: your clothes, the chair, the air on your skin.',
      'Listen for three things you can hear, near or far.',
      'Find two things you can smell, or recall two scents you like.',
      'Notice one thing you can taste, then take a slow breath and notice where you are.',
    ],
  },
  'five-senses-quick': {
    title: 'Quick 5-4-3-2-1',
    purpose: 'A one-minute way back to the here and now, through your senses.',
    steps: [
      'Name five things you can see.',
      'Notice four things you can feel.',
      'Listen for three things you can hear.',
      'Find two things you can smell, or two scents you like.',
      'Notice one thing you can taste.',
    ],
  },
  'five-senses-slow': {
    title: 'Slow 5-4-3-2-1',
    purpose: 'The five senses one at a time, with room to rest on each.',
    steps: [
      'Sit comfortably and let your eyes move slowly around the room.',
      'Find five things you can see. Rest on each for a moment: its shape, its colour, its edges.',
      'Notice four things you can feel: the seat holding you, your feet, your clothes, the air on your skin.',
      'Listen for three things you can hear. Let each sound come and go.',
      'Find two things you can smell. If there is nothing, bring to mind two scents you like.',
      'Notice one thing you can taste, or take a sip of water and taste that.',
      'Take a slow breath and notice the room around you, here and now.',
    ],
  },
  'body-scan': {
    title: 'Short body scan',
    purpose: 'Move your attention slowly through your body, noticing without changing anything.',
    steps: [
      'Sit comfortably and let your gaze rest softly on one spot in front of you.',
      'Notice your feet and legs: their weight, their warmth, the floor beneath them.',
      'Move up to your belly and back, and notice how they move as you breathe.',
      'Notice your hands, arms and shoulders. If something feels tight, simply note it.',
      'Bring your attention to your neck, jaw and face. Let your forehead soften if it wants to.',
      'Close your eyes if you like and sense your whole body at once, breathing. Open your eyes when you are ready, or at the chime.',
      'Take in the room around you, and move your fingers and toes.',
    ],
  },
  'body-scan-long': {
    title: 'Longer body scan',
    purpose: 'A slow journey of attention from your feet to your face, noticing without changing anything.',
    steps: [
      'Sit back with your feet on the floor and let your gaze rest softly on one spot.',
      'Close your eyes and feel your breath moving on its own, without changing it. Open your eyes when you are ready, or at the chime.',
      'With your gaze soft, bring your attention to your feet: toes, soles, heels, the floor beneath them.',
      'Close your eyes and let your attention move up through your ankles, calves and knees. Open them when you are ready, or at the chime.',
      'Notice your thighs and hips, and the weight of your body resting on the seat.',
      'Close your eyes and notice your belly and lower back as you breathe. Open your eyes when you are ready, or at the chime.',
      'Move up to your chest and upper back. If something feels tight, simply note it.',
      'Close your eyes and let your attention travel from your shoulders down your arms to your fingertips. Open them when you are ready, or at the chime.',
      'Notice your neck and throat. Let them soften if they want to, or leave them as they are.',
      'Close your eyes and notice your face: jaw, cheeks, eyes, forehead. Open your eyes when you are ready, or at the chime.',
      'Now sense your whole body at once, sitting here, breathing.',
      'Move your fingers and toes, look around the room, and come back at your own pace.',
    ],
    caution: 'Keep your eyes open if you prefer.',
  },
  'feet-on-the-floor': {
    title: 'Feet on the floor',
    purpose: 'A quick way to notice the ground beneath you.',
    steps: [
      'Sit with both feet flat on the floor and your hands resting on your thighs.',
      'Press your feet gently down and feel the floor pressing back.',
      'Notice your heels, the balls of your feet and your toes, one after another.',
      'Say quietly to yourself: I am here, and the ground is holding me.',
    ],
  },
  'colour-spotting': {
    title: 'Colour spotting',
    purpose: 'Gather a scattered mind by searching the room for one colour.',
    steps: [
      'Pick a colour, such as blue, green or red.',
      'Look around slowly and find everything you can in that colour, naming each one quietly.',
      'Stop, take one slow breath, and notice how your attention feels now.',
    ],
  },
  'drop-anchor': {
    title: 'Drop anchor',
    purpose: 'A way to stay steady when everything feels like too much, without having to make it go away.',
    steps: [
      'Notice what is here right now: thoughts, feelings, everything at once. Say quietly: this is a lot.',
      'Push your feet into the floor and press your hands gently together. Sit up a little.',
      'Feel your body in the seat: its weight, your feet, your hands, your breath coming and going.',
      'Look around and notice what you can see, and what you can hear.',
      'Notice what you are doing right now: sitting here, breathing, taking a break.',
      'Notice again what is weighing on you. Let it be there, and push your feet into the floor once more.',
      'Feel your body and the room around you, both here at the same time.',
      'Choose one thing to give your attention to next, and let the rest wait.',
    ],
  },

  // Movement
  'neck-shoulders': {
    title: 'Neck and shoulder release',
    purpose: 'Loosen the places that hold tension after time at a screen.',
    steps: [
      'Roll your shoulders slowly backwards three times, then forwards three times.',
      'Tilt your right ear towards your right shoulder and rest there, breathing.',
      'Tilt your left ear towards your left shoulder and rest there, breathing.',
      'Lift your shoulders up to your ears, hold for a moment, then let them drop.',
    ],
    caution: MOVE,
  },
  'stand-and-stretch': {
    title: 'Stand and stretch',
    purpose: 'Wake your body up after sitting, with a few easy stretches.',
    steps: [
      'Stand up with your feet hip-width apart and let your arms hang loose.',
      'Reach both arms up towards the ceiling and stretch tall as you breathe in.',
      'Lower your arms and lean gently to one side, then to the other.',
      'Roll your shoulders back, shake out your arms and legs, and stand at ease.',
    ],
    caution: MOVE,
  },
  'wrists-and-hands': {
    title: 'Wrists and hands',
    purpose: 'Ease hands that have been typing and clicking for a while.',
    steps: [
      'Make loose fists, then spread your fingers wide. Repeat a few times.',
      'Circle your wrists slowly one way, then the other way.',
      'Hold your right arm out, palm up, and ease the fingers back gently with your left hand.',
      'Now hold your left arm out, palm up, and ease those fingers back with your right hand.',
      'Shake your hands out loosely, then let them rest in your lap.',
    ],
    caution: MOVE,
  },
  'short-walk': {
    title: 'A short walk',
    purpose: 'Give restless energy somewhere to go, with a slow walk around the room.',
    steps: [
      'Stand up and feel your feet on the floor before you set off.',
      'Walk slowly wherever there is room. Feel each foot lift, move and land.',
      'Come back to your seat with a few slower steps, and sit down gently.',
    ],
    caution: WALK,
  },
  'seated-stretch': {
    title: 'Seated stretch',
    purpose: 'A few easy stretches without leaving your seat or wheelchair.',
    steps: [
      'Sit tall, with your feet on the floor or your footrests.',
      'Reach both arms up, or as high as is comfortable, as you breathe in.',
      'Lower your arms, then lean gently to one side and then the other.',
      'Turn gently to look over one shoulder, then the other, and settle back.',
    ],
    caution: MOVE,
  },
  'seated-march': {
    title: 'Seated march',
    purpose: 'Get your blood moving without leaving your seat.',
    steps: [
      'Sit tall, back supported if you need it, feet on the floor or footrests. Steady a chair on wheels.',
      'March on the spot from your seat: lift one knee, then the other, at an easy pace.',
      'Swing your arms as you go, as if you were walking briskly.',
      'Keep the rhythm with your heels and toes, or with your arms alone.',
      'Slow down bit by bit, rest your hands and notice your breathing.',
    ],
    caution: MOVE,
  },
  'progressive-relaxation': {
    title: 'Tense and release',
    purpose: 'Gently tense and release one area of your body at a time, to notice and let go of tension.',
    steps: [
      'Sit comfortably, feet on the floor. For each area, tense gently for about five seconds, breathing normally, then let go and rest until the next.',
      'Make gentle fists. Keep breathing, then let go and notice your hands.',
      'Bend your elbows and tighten your upper arms a little. Keep breathing, then let them go.',
      'Lift your shoulders towards your ears. Keep breathing, then let them drop.',
      'Scrunch your face gently: eyes, nose, forehead. Keep breathing, then let it go smooth.',
      'Press your lips lightly together. Keep breathing, then let your jaw hang loose.',
      'Draw your shoulder blades gently back and together. Keep breathing, then release.',
      'Tighten your belly a little, or skip it if you are pregnant. Then let it soften as you breathe.',
      'Press your knees together to tighten your thighs. Keep breathing, then release.',
      'Pull your toes up towards you to tense your shins. Keep breathing, then let your feet rest.',
      'Curl your toes gently, not enough to cramp. Keep breathing, then let them spread.',
      'Sit quietly and notice your whole body, without changing anything.',
    ],
    caution: 'Tense gently and keep breathing; skip any area that hurts.',
  },
  'daylight-walk': {
    title: 'A walk in daylight',
    purpose: 'Five minutes outside, walking at an easy pace.',
    steps: [
      'Put on a coat if you need one and head outside at an easy pace.',
      'Walk at an easy pace. Pause now and then to take in the sky and the distance.',
      'Notice the light: where it falls, what it brightens, how it feels on your skin.',
      'Find one small thing you like the look of, pause with it for a moment, then turn back.',
      'Walk back at an easy pace, breathing the outside air.',
      'Before you go back in, take one slow breath and look up once more.',
    ],
    caution: `${WALK} ${SUN}`,
  },
  'light-by-the-window': {
    title: 'Light by the window',
    purpose: 'Gentle seated movement in the daylight at a window.',
    steps: [
      'Go to the brightest window you can reach, or turn your chair towards it.',
      'Let the daylight reach your face, and look out as far as you can see.',
      'Raise your arms slowly towards the light as you breathe in, and lower them as you breathe out.',
      'Turn gently from side to side, letting your eyes follow what is outside.',
      'Roll your shoulders back and open your chest towards the window.',
      'Rest your hands, look out once more and take a slow breath.',
    ],
    caution: `${MOVE} ${SUN}`,
  },

  // Eyes
  'twenty-twenty': {
    title: '20-20-20 eye rest',
    purpose: 'After close work, look about six metres (20 feet) away for 20 seconds.',
    steps: [
      'Look at something at least six metres away, through a window if you can.',
      'Blink slowly a few times and let your eyes soften on the distance.',
      'Look far away once more, noticing colours, shapes and small details.',
    ],
  },
  palming: {
    title: 'Palming',
    purpose: 'Rest tired eyes in warmth and darkness for a minute.',
    steps: [
      'Take off your glasses and rub your palms together until they feel warm.',
      'Close your eyes and cup your palms over them without pressing. Rest in the dark; open your eyes when you are ready, or at the chime.',
      'Lower your hands slowly and let the light back in gradually.',
    ],
    caution: `Take off glasses first; contact lenses can stay in. ${NO_PRESS}`,
  },
  'blink-and-shift': {
    title: 'Blink and shift focus',
    purpose: 'Refresh screen-weary eyes by blinking and changing where they focus.',
    steps: [
      'Look away from the screen and blink gently and fully, about five times.',
      "Hold a thumb up at arm's length and focus on it for a few breaths.",
      'Now look past it at something far away and let your eyes settle there.',
      'Switch slowly between thumb and far point a few times, then blink and rest.',
    ],
  },
  'eye-wander': {
    title: 'Slow eye wander',
    purpose: 'Loosen eyes fixed on a screen by letting them travel around the room.',
    steps: [
      'Sit back and let your gaze leave the screen.',
      'Slowly trace the edges of the room with your eyes: ceiling, corners, floor.',
      'Let your eyes wander to whatever is pleasant to look at, without hurrying.',
      'Close your eyes for a few breaths, then open them when you are ready, or at the chime, and look back at the screen.',
    ],
  },
  'find-the-light': {
    title: 'Find the light',
    purpose: 'A minute of daylight at a window, looking as far as you can.',
    steps: [
      'Go to the nearest window, or turn your chair to face one.',
      'Let the daylight reach your face, and look at the sky if you can see it.',
      'Find the furthest point you can see and let your eyes rest there.',
      'Take one slow breath before you go back.',
    ],
    caution: SUN,
  },
  'soft-focus': {
    title: 'Wide, soft gaze',
    purpose: 'Let your eyes widen from one point to everything around it.',
    steps: [
      'Look straight ahead at one point on a far wall, or out of a window.',
      'Without moving your eyes, let your attention widen to the edges of what you can see.',
      'Notice the sides, above and below, all at once, with your gaze soft.',
      'Blink a few times and look around the room.',
    ],
  },
  'eye-rest-long': {
    title: 'Longer eye rest',
    purpose: 'Five minutes away from the screen: far looking, blinking, warmth and darkness.',
    steps: [
      'Take off your glasses if you wear them, and turn away from the screen.',
      'Look out of a window or across the room at the furthest thing you can see. Let your eyes soften on it.',
      'Blink slowly and fully a few times, then let your blinking find its own pace.',
      'Close your eyes and let them rest, heavy and still, as you breathe. Open your eyes when you are ready, or at the chime.',
      'Look at something near, like your hand, then far away again. Go back and forth slowly.',
      'Rub your palms warm, close your eyes and cup your palms over them without pressing. Open them when you are ready, or at the chime.',
      'Let your gaze wander slowly around the room, resting wherever it is pleasant to look.',
      'Close your eyes for a few slow breaths, then open them when you are ready, or at the chime.',
      'Look far away once more, and blink softly a few times.',
    ],
    caution: NO_PRESS,
  },
  'eye-rest': {
    title: 'Eye rest',
    purpose: 'A few minutes away from the screen: far looking, blinking, and a rest in the dark.',
    steps: [
      'Turn away from the screen, and take off your glasses if you wear them.',
      'Look at the furthest thing you can see, through a window if you can, and let your eyes soften on it.',
      'Blink slowly and fully a few times, then let your blinking find its own pace.',
      'Rub your palms warm, close your eyes and cup your palms over them without pressing. Open your eyes when you are ready, or at the chime.',
      'Look at your hand, then at something far away. Go back and forth slowly a few times.',
      'Let your gaze rest on the distance once more, and blink softly before you go back.',
    ],
    caution: NO_PRESS,
  },

  // Reflection
  'name-the-feeling': {
    title: 'Name the feeling',
    purpose: 'Put a word to what is here, without judging it.',
    steps: [
      'Sit comfortably, let your gaze rest on one spot, and take a slow breath.',
      'Ask yourself quietly: what am I feeling right now?',
      'Try a word for it: tired, restless, hopeful, tense, or something else entirely.',
      'Close your eyes if you like and notice where you feel it in your body. Open your eyes when you are ready, or at the chime.',
      'Thank yourself for checking in, whatever you found.',
    ],
  },
  'one-small-step': {
    title: 'One small next step',
    purpose: 'Turn something that matters to you into one step you could take today.',
    steps: [
      'Think of something you care about: a project, a person, your health.',
      'Ask what a good next step would be, then make it smaller until it feels easy.',
      'Picture yourself doing it: when and where.',
      'Decide whether to take it today. If not, that is fine: you know where to start.',
    ],
  },
  'kind-word': {
    title: 'A kind word to yourself',
    purpose: 'Speak to yourself the way you would speak to a good friend.',
    steps: [
      'Take a slow breath and notice how you have been talking to yourself today.',
      'Think of what a caring friend might say to you about this day.',
      'Choose a few kind words, such as "This is hard, and I am doing my best."',
      'Say them to yourself once more, quietly, and let them land.',
    ],
  },
  'appreciate-something': {
    title: 'Something you appreciate',
    purpose: 'Turn your attention for a moment to something good, however small.',
    steps: [
      'Take a breath and let your attention settle.',
      'Bring to mind one thing you appreciate today: a person, a comfort, a small win.',
      'Picture it in detail and notice how it feels to think of it.',
      'If you like, make a note of it, or tell someone about it later.',
    ],
  },
  'what-matters': {
    title: 'What matters to you',
    purpose: 'Check in with your values, so your goals keep pointing your way.',
    steps: [
      'Take a slow breath and let the current task fade for a moment.',
      'Ask yourself: what kind of person do I want to be, at work and at home?',
      'Pick one word for it, such as kind, curious, honest or calm.',
      'Think of one way the rest of today could reflect that word a little more.',
    ],
  },
  'kinder-look-back': {
    title: 'A kinder look back',
    purpose: 'Look at a recent moment again, with the understanding you would offer a friend.',
    steps: [
      'Bring to mind a small recent moment you keep replaying, one that feels light enough to look at.',
      'Remind yourself what you knew and what you were dealing with at the time. If it starts to feel heavy, look around the room and let it go.',
      'Ask what a fair and kind friend would say about how you handled it.',
      'Keep one thing you learned, then bring your attention back to the room.',
    ],
  },
  'let-it-wait': {
    title: 'Let it wait',
    purpose: 'When a lot is pulling at you, choose what comes next and let the rest wait.',
    steps: [
      'Take a slow breath and let your hands rest.',
      'Notice what is pulling at your attention right now, and name each thing quietly.',
      'Choose the one that needs you next. You can jot the rest down after the break.',
      'Let the rest wait for now, and come back to what is in front of you.',
    ],
  },
  'three-good-things': {
    title: 'Three good things',
    purpose: 'Look back over the last day for three things that went well, however small.',
    steps: [
      'Sit comfortably, let your shoulders drop and take a slow breath.',
      'Think back over the last day and find one thing that went well, however small. Something that was simply all right counts too.',
      'Stay with it for a moment: what happened, and what part did you or someone else play in it?',
      'Find a second good thing. A warm drink, a kind word or a job done are all enough.',
      'Find a third, and stay with it in the same way.',
      'Hold all three in mind for a moment and notice how it is to look at them. Then bring your attention back to the room.',
    ],
  },

  // Listening
  'mindful-listening': {
    title: 'A minute of listening',
    purpose: 'Rest your attention on sound, from far away to close by.',
    steps: [
      'Sit still and let your gaze rest softly on one spot.',
      'Close your eyes and notice the furthest sound you can hear. Open your eyes when you are ready, or at the chime.',
      'Now notice the closest sound, perhaps your own breath or your clothes moving.',
      'Let all the sounds come and go without naming or judging them.',
    ],
  },
  'listening-to-breath': {
    title: 'Listening to your breath',
    purpose: 'Listen to your own breathing just as it is, without changing it.',
    steps: [
      'Sit comfortably and let your gaze rest softly on one spot.',
      'Close your eyes and listen to your breath coming in and going out, leaving it as it is. Open them when you are ready, or at the chime.',
      'Notice the small pause at each turn, and the soft texture of each breath.',
      'Widen your attention to the room again, and the sounds around you.',
    ],
  },
  'layers-of-sound': {
    title: 'Layers of sound',
    purpose: 'Tease apart the sounds around you, one layer at a time.',
    steps: [
      'Sit back and let your shoulders drop.',
      'Close your eyes and listen for the loudest sound around you. Open your eyes when you are ready, or at the chime.',
      'With your gaze soft, find a quieter sound beneath it, such as a hum, a fan or distant traffic.',
      'Close your eyes and search for the quietest sound you can hear. Open them when you are ready, or at the chime.',
      'Let all the layers play together, like one piece of music.',
      'Notice whether the room sounds any different now.',
    ],
  },
  'follow-one-sound': {
    title: 'Follow one sound',
    purpose: 'Give one sound your full attention, the way a good listener would.',
    steps: [
      'Pause and pick one sound you can hear right now.',
      'Follow it closely: its pitch, rhythm and volume, as it changes or fades.',
      'When it ends or you are ready, take a slow breath and return to your day.',
    ],
  },
  'open-listening': {
    title: 'Longer listening',
    purpose: 'Several minutes of letting sounds come and go, with nothing to do about them.',
    steps: [
      'Sit comfortably with your feet on the floor and let your gaze rest softly on one spot.',
      'Close your eyes and let sounds come to you, near and far, without searching for them. Open your eyes when you are ready, or at the chime.',
      'If thoughts pull you away, that is fine: notice it, and come back to whatever you can hear.',
      'Close your eyes and follow one sound from its start to its end, then let the next one come. Open them when you are ready, or at the chime.',
      'Notice the quiet between sounds, and how each sound rises out of it and fades back.',
      'Close your eyes and listen to the furthest sounds, beyond the walls. Open your eyes when you are ready, or at the chime.',
      'Now notice the nearest sounds: your breath, your clothes, the seat as you shift.',
      'Close your eyes and let every sound be part of one soundscape, with nothing to do about any of it. Open them when you are ready, or at the chime.',
      'Keep listening with your eyes open, taking in the room as it sounds right now.',
      'Stretch a little, look around, and come back to your day at your own pace.',
    ],
  },
  'one-song': {
    title: 'One song',
    purpose: 'Give one song of about three minutes your whole attention.',
    steps: [
      'Choose a song of about three minutes that feels good to hear today, and put it on, with headphones if you can.',
      'Listen as if for the first time: the voices, the instruments, the shape of it.',
      'When it ends, sit for a moment in the quiet that follows.',
    ],
  },
};
