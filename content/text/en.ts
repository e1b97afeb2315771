import type { ContentText } from '../types';

/**
 * The English text of the library: every insight's words and every exercise's
 * title, purpose, steps and caution, keyed by the ids in content/library.ts.
 * A translation is a file of the same shape, with the same ids and the same
 * number of steps per exercise. Written for Breathing Room in our own words.
 */
export const EN: ContentText = {
  insights: {
    // Trust and safety
    'trust-pace':
      'Opening up takes the time it takes. You can trust yourself to share a little more only when it feels safe.',
    'trust-safe-place':
      'Safety often starts in the body. Slow shoulders and a soft jaw tell you that, right now, you are okay.',
    'trust-small-signs':
      'Trust grows from small things: a promise kept, a word that was really heard. You can offer yourself the same small signs today.',
    'trust-your-signals':
      'You are allowed to notice when something feels off. Unease carries information, even before you can explain it.',
    'trust-one-sentence':
      'Nobody needs your whole story at once. Sharing one true sentence with someone you trust is already a real step.',
    'trust-steady-ground':
      'When the day feels shaky, look for what is steady: the chair under you, the floor under your feet, the next breath.',
    'trust-own-company':
      'Being safe company for yourself means not scolding every slip. Try a gentler tone with yourself for the next hour.',
    'trust-limits':
      'Saying no to what is too much is part of feeling safe. A clear limit can make room for a warmer yes.',
    'trust-return':
      'Trust can bend and still come back. If you lost touch with yourself today, you can return with one slow breath.',
    'trust-ease-in':
      'Your body eases when it senses there is no rush. A few unhurried movements can remind it that this moment is calm.',

    // Active listening, to others and to yourself
    'listening-whole':
      'Listening well means hearing the tone and the pauses, not only the words. Try it on yourself for a minute.',
    'listening-inner':
      'Your body keeps speaking while you work: a tight neck, a held breath. A break is a chance to listen back.',
    'listening-pause':
      'When someone speaks, let a short pause land before you answer. The part that matters most often comes after it.',
    'listening-no-fixing':
      'Not every worry needs a solution. Sometimes the kindest thing is to hear it out, whether a friend is talking or your own mind.',
    'listening-inner-tone':
      'Notice how your inner voice sounds today: rushed, sharp, tired? How you speak to yourself matters as much as what you say.',
    'listening-body-cues':
      'Dry eyes, a clenched jaw, a restless leg: these are messages. Listening to them early is easier than catching up later.',
    'listening-curious':
      'Curiosity makes a good listener. Instead of asking why you feel this way, try asking what the feeling wants you to know.',
    'listening-one-thing':
      'Full attention is a gift, and it starts small. For one minute, let a single sound or a single breath have all of it.',
    'listening-quiet':
      'Quiet does not have to be empty. In a still moment you may hear what the busy hours kept drowning out.',
    'listening-to-eyes':
      'Your eyes have been working up close for a while. Listening to them might simply mean looking out of a window.',

    // Coping strategies
    'coping-small-tools':
      'Coping is not one big fix. It is a handful of small tools you can reach for on an ordinary afternoon.',
    'coping-practice':
      'A calming skill works best when it is practised on calm days, so it is ready when the hard ones come.',
    'coping-long-exhale':
      'A slow out-breath, a little longer than the in-breath, is one of the simplest ways to tell your body it can ease off.',
    'coping-senses':
      'When thoughts spin, your senses can bring you back. What you can see, hear and touch is right here, in this room.',
    'coping-move': 'Stress tends to gather in the body. A stretch or a short walk gives it somewhere to go.',
    'coping-right-tool':
      'It helps to know which tool suits which moment: slow breaths for tension, a walk for restlessness, a kind word for a low day.',
    'coping-edge-off':
      'A coping skill does not have to make everything fine. Taking the edge off, even a little, counts.',
    'coping-rest-eyes':
      'Tired eyes can make everything feel harder. Resting them for a minute is a small, practical way to look after yourself.',
    'coping-early':
      'Reaching for a tool early, while stress is still a murmur rather than a roar, usually takes far less effort.',
    'coping-experiment':
      'If a technique did not help last time, it may still help another day. Finding what works for you is a gentle experiment.',

    // Emotional expression
    'expression-name-it':
      'Naming a feeling, even roughly, tends to loosen its grip. "I feel uneasy" is a fine place to start.',
    'expression-allowed':
      'Feelings do not need to be tidy to be welcome. Let whatever is here be here for a few breaths.',
    'expression-mixed':
      'You can feel more than one thing at once: relieved and sad, proud and worried. Both can be true at the same time.',
    'expression-words-later':
      'If the words do not come yet, that is all right. A feeling can be noticed in the body before it can be named.',
    'expression-write':
      'Writing a feeling down, even in three words, gives it a shape you can look at instead of carrying it around.',
    'expression-body-first':
      'Feelings often show up in the body first: a tight chest, warm cheeks, heavy arms. Noticing where is a way of listening to them.',
    'expression-share':
      'Telling someone how you feel does not need perfect wording. "Today is a hard one" already says a lot.',
    'expression-let-move':
      'Some feelings want to move. Shaking out your hands or letting out a long sigh can help a little of them pass.',
    'expression-weather':
      'A feeling is not a verdict on who you are. It is more like weather passing through, and you can watch it without judging.',
    'expression-no-apology':
      'Laughter, tears and sighs are all ways you express what is inside. None of them needs an apology.',

    // Goals that fit your values
    'goals-values': 'A goal that fits your values pulls you forward. One that only fits other people tends to push.',
    'goals-small-step': 'Big aims become real through small steps. What is one step, small enough to take today?',
    'goals-why':
      'When a goal feels heavy, remind yourself why it matters to you. The reason is often lighter to carry than the task.',
    'goals-tired-day':
      'A goal you can still reach on a tired day is worth more than one that only works on your very best day.',
    'goals-your-own':
      'Ask whether a goal is truly yours. If you would still want it with nobody watching, it probably fits your values.',
    'goals-not-straight':
      'Progress is rarely a straight line. A slower week can still move you in the direction you care about.',
    'goals-rest-counts': 'Rest is part of reaching a goal, not a detour from it. This break is moving you forward too.',
    'goals-compass':
      'Values are like a compass and goals like stops along the way. If you miss a stop, the direction is still there.',
    'goals-together':
      'Goals shaped together with someone who listens tend to be kinder and more realistic. Who could you talk yours through with?',
    'goals-notice-done':
      'Before the next task, notice one thing you have already done today. Finished steps deserve a moment of attention.',

    // Revisiting past experiences with kindness
    'past-kindness': 'Looking back helps most when done kindly: you made sense of things with what you knew then.',
    'past-patterns':
      'Old reactions often made sense once. Noticing where one comes from is the first step to choosing anew.',
    'past-then-now':
      'You look back knowing more than you did at the time. Judge your earlier self by what they could see then, not by what you see now.',
    'past-small-pieces':
      'You do not have to revisit everything at once. Looking at a memory in small pieces, with breaks between, is a sensible pace.',
    'past-here-now':
      'When an old memory pulls at you, feel your feet on the floor. The past is part of your story, and you are here, now.',
    'past-came-through':
      'Think of something hard you have already come through. The ways you managed it then are still yours to use.',
    'past-no-blame':
      'Understanding why you react a certain way is not about blame. It is about having a little more choice next time.',
    'past-as-a-friend':
      'Imagine a friend telling you about the same old mistake. You would likely be gentle with them. You deserve that too.',
    'past-body-remembers':
      'Sometimes the body remembers before the mind does. If tension appears out of nowhere, a slow breath can make room around it.',
    'past-good-moments':
      'Looking back is not only about the hard parts. Recall a moment that went well and let yourself feel it again for a breath.',

    // Carrying the work on in daily life
    'daily-practice': 'Growth happens between the big moments, in small pauses like this one, repeated day after day.',
    'daily-carry':
      'What helps you in a quiet minute can come with you into the next meeting, the next email, the next day.',
    'daily-anchor-habit':
      'A habit sticks best when tied to something you already do. One slow breath each time you open your inbox is a start.',
    'daily-no-finish-line':
      'Looking after your mind is ongoing, like looking after your body. There is no finish line, just the next kind choice.',
    'daily-pleasant-thing':
      'Try noticing one pleasant thing each day: a warm drink, a good song, a patch of sky. Over time your attention learns to find them.',
    'daily-check-in':
      'A quick check-in a few times a day, asking how you are and what you need, keeps small troubles from growing quietly.',
    'daily-stand-up':
      'Your body was made to move through the day. Standing up between tasks is a small way to respect that.',
    'daily-look-far':
      'Every stretch of screen time can include a few seconds of looking far away. It is an easy habit to keep.',
    'daily-pick-up-again':
      'Missing a day of practice changes nothing important. You can simply pick it up again, the way you are doing now.',
    'daily-heard':
      'The listening you practise on yourself carries over. The next person you talk to may feel a little more heard.',
    'daily-walk-between':
      'A short walk between tasks lets the last one settle before the next begins, and gives your eyes a rest too.',
  },

  exercises: {
    // Breathing
    'box-breathing': {
      title: 'Box breathing',
      purpose: 'Four even sides of four counts each, to steady a busy mind.',
      steps: [
        'Sit comfortably with your feet on the floor and let your shoulders drop.',
        'Breathe in for 4, hold for 4, breathe out for 4, hold for 4.',
        'Keep tracing the same even square, counting slowly and softly.',
        'Let go of the counting and let your breath find its own rhythm.',
      ],
      caution: 'If you feel dizzy or light-headed, stop and breathe normally.',
    },
    'breathing-4-7-8': {
      title: '4-7-8 breathing',
      purpose: 'A long hold and an even longer out-breath, to help you slow down.',
      steps: [
        'Rest the tip of your tongue behind your top teeth and breathe out fully.',
        'In through your nose for 4, hold for 7, out through your mouth for 8. Four rounds.',
        'Breathe normally again and notice how your body feels.',
      ],
      caution: 'Shorten the hold if it feels like a strain. If you feel dizzy, stop and breathe normally.',
    },
    'physiological-sigh': {
      title: 'Physiological sigh',
      purpose: 'A double breath in and a long sigh out: a quick way to let tension go.',
      steps: [
        'Sit or stand tall and let your shoulders soften.',
        'Breathe in through your nose, add a second short sip of air, then sigh out slowly. Three times.',
        'Let your breathing return to normal and notice what has changed.',
      ],
      caution: 'If you feel dizzy or light-headed, stop and breathe normally.',
    },
    'coherent-breathing': {
      title: 'Coherent breathing',
      purpose: 'Slow, smooth breathing at about five to six breaths a minute.',
      steps: [
        'Sit comfortably and breathe through your nose if you can.',
        'Breathe in gently for 5, then out for 6, with no pause in between.',
        'Keep the breath smooth and quiet, like a slow wave coming in and going out.',
        'Let the counting go and breathe at whatever pace feels natural.',
      ],
      caution: 'If you feel light-headed, go back to breathing normally. There is no need to force the breath.',
    },
    'belly-breathing': {
      title: 'Belly breathing',
      purpose: 'Breathe low into your belly, with a longer out-breath, to ease tension.',
      steps: [
        'Place one hand on your chest and the other on your belly.',
        'Breathe in for 4 so the lower hand rises, then out for 6 as it gently falls.',
        'Rest your hands and breathe normally for a moment.',
      ],
      caution: 'If you feel dizzy or light-headed, stop and let your breath find its usual pace.',
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
        'Notice one thing you can taste, or simply the taste in your mouth right now.',
      ],
    },
    'body-scan': {
      title: 'Short body scan',
      purpose: 'Move your attention slowly through your body, noticing without changing anything.',
      steps: [
        'Sit comfortably, lower your gaze or close your eyes, and take one slow breath.',
        'Notice your feet and legs: their weight, their warmth, the floor beneath them.',
        'Move up to your belly and back, and notice how they move as you breathe.',
        'Notice your hands, arms and shoulders. If something feels tight, simply note it.',
        'Bring your attention to your neck, jaw and face. Let your forehead soften if it wants to.',
        'Now sense your whole body at once, sitting here, breathing.',
        'Open your eyes or lift your gaze, and take in the room around you.',
      ],
    },
    'feet-on-the-floor': {
      title: 'Feet on the floor',
      purpose: 'A quick way to feel steady, by noticing the ground beneath you.',
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

    // Movement
    'neck-shoulders': {
      title: 'Neck and shoulder release',
      purpose: 'Loosen the places that hold tension after time at a screen.',
      steps: [
        'Roll your shoulders slowly backwards five times, then forwards five times.',
        'Tilt your right ear towards your right shoulder and rest there, breathing.',
        'Tilt your left ear towards your left shoulder and rest there, breathing.',
        'Lift your shoulders up to your ears, hold for a moment, then let them drop.',
      ],
      caution: 'Move gently and slowly, and skip anything that hurts.',
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
      caution: 'Move gently, keep your knees soft, and skip anything that hurts.',
    },
    'wrists-and-hands': {
      title: 'Wrists and hands',
      purpose: 'Ease hands that have been typing and clicking for a while.',
      steps: [
        'Make loose fists, then spread your fingers wide. Repeat a few times.',
        'Circle your wrists slowly one way, then the other way.',
        'Hold one arm out, palm up, and ease the fingers back gently with your other hand. Switch.',
        'Shake your hands out loosely, then let them rest in your lap.',
      ],
      caution: 'Keep every movement slow and small, and skip anything that hurts.',
    },
    'short-walk': {
      title: 'A short walk',
      purpose: 'Give restless energy somewhere to go, with a slow walk around the room.',
      steps: [
        'Stand up and feel your feet on the floor before you set off.',
        'Walk slowly wherever there is room. Feel each foot lift, move and land.',
        'Come back to your seat with a few slower steps, and sit down gently.',
      ],
      caution: 'Walk at an easy pace, watch your step, and stop if anything hurts.',
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
        'Rub your palms together briskly until they feel warm.',
        'Close your eyes and cup your palms over them without pressing, fingers on your forehead.',
        'Enjoy the darkness and warmth. Let your eyes and face relax as you breathe slowly.',
        'Lower your hands slowly and open your eyes, letting the light in gradually.',
      ],
      caution: 'Take off glasses first, and contact lenses if that is more comfortable. Never press on your eyes.',
    },
    'blink-and-shift': {
      title: 'Blink and shift focus',
      purpose: 'Refresh screen-weary eyes by blinking and changing where they focus.',
      steps: [
        'Look away from the screen and blink gently and fully, about ten times.',
        'Hold a thumb up at arm’s length and focus on it for a few breaths.',
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
        'Close your eyes for a few breaths before you look back at the screen.',
      ],
    },

    // Reflection
    'name-the-feeling': {
      title: 'Name the feeling',
      purpose: 'Put a word to what is here, without judging it.',
      steps: [
        'Lower your gaze or close your eyes, and take a slow breath.',
        'Ask yourself quietly: what am I feeling right now?',
        'Try a word for it: tired, restless, hopeful, tense, or something else entirely.',
        'Notice where you feel it in your body, and how big or small it seems.',
        'Thank yourself for checking in, whatever you found.',
      ],
    },
    'one-small-step': {
      title: 'One small next step',
      purpose: 'Turn something that matters to you into one step you could take today.',
      steps: [
        'Think of something you care about: a project, a person, your health.',
        'Ask what a good next step would be, then make it smaller until it feels easy.',
        'Picture yourself doing it: when, where, and how it will feel once it is done.',
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
        'Bring to mind a recent moment you keep replaying, not the hardest one.',
        'Remind yourself what you knew, felt and had to deal with at the time.',
        'Ask what a fair and kind friend would say about how you handled it.',
        'Keep one thing you learned, then bring your attention back to the room.',
      ],
    },

    // Listening
    'mindful-listening': {
      title: 'A minute of listening',
      purpose: 'Rest your attention on sound, from far away to close by.',
      steps: [
        'Sit still and let your eyes close or rest on one spot.',
        'Notice the furthest sound you can hear, and stay with it for a while.',
        'Now notice the closest sound, perhaps your own breath or your clothes moving.',
        'Let all the sounds come and go without naming or judging them.',
      ],
    },
    'listening-to-breath': {
      title: 'Listening to your breath',
      purpose: 'Listen to your own breathing just as it is, without changing it.',
      steps: [
        'Sit comfortably and let your eyes close or rest on one spot.',
        'Listen for the sound of your breath coming in and going out, leaving it as it is.',
        'Notice the small pause at each turn, and the soft texture of each breath.',
        'Widen your attention to the room again, and open your eyes.',
      ],
    },
    'layers-of-sound': {
      title: 'Layers of sound',
      purpose: 'Tease apart the sounds around you, one layer at a time.',
      steps: [
        'Sit back, let your shoulders drop, and close your eyes if you like.',
        'Listen for the loudest sound in the room and rest your attention there.',
        'Now find a quieter sound beneath it, such as a hum, a fan or distant traffic.',
        'Search for the quietest sound you can hear, right at the edge of hearing.',
        'Let all the layers play together, like one piece of music.',
        'Open your eyes and notice whether the room sounds any different now.',
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
  },
};

export default EN;
