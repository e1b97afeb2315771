/** The insights in English, by id (content/insights.ts). Written for Breathing Room in our own words. */
export const INSIGHTS_EN: Readonly<Record<string, string>> = {
  // Trust and safety
  'trust-pace':
    'Opening up takes the time it takes. You can trust yourself to share a little more only when it feels safe.',
  'trust-safe-place':
    'A sense of safety often begins in the body. Let your shoulders sink and your jaw unclench, and simply notice what follows.',
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
    'Trust can bend and still come back. After a falling-out, an honest talk about what went wrong is often where mending starts.',
  'trust-ease-in':
    'Rushing keeps the body on alert. Try making your next few movements at half your usual speed, and notice what that is like.',
  'trust-therapy-bond':
    'Therapy works through a relationship as much as a method. Being able to speak honestly with your therapist is part of the help.',
  'trust-change-therapist':
    'If a therapist does not feel like the right fit, you can say so or find someone else. A good match is a normal thing to look for.',
  'trust-choose-who':
    'Different people can hold different parts of your life. Choosing who hears what is a way of looking after yourself.',
  'trust-colleague-chat':
    'A few friendly words with a colleague about something other than work build the kind of trust that helps on harder days.',
  'trust-say-what-helps':
    'People who care about you cannot always guess what would help. Saying it plainly, "a short call would be nice", makes it easier.',
  'trust-own-judgement':
    'You can make a sound decision without every fact. Most choices can be adjusted later, which makes trusting your judgement easier.',

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
  'listening-say-back':
    'Repeating what someone said in a few words of your own shows you were following, and gives them a chance to put you right.',
  'listening-open-questions':
    'A question such as "what was that like?" opens more room than one that can be answered yes or no.',
  'listening-phone-down':
    'Turning your phone face down when someone starts talking is a small, clear sign that they have your attention.',
  'listening-not-rehearsing':
    'It is hard to listen while rehearsing your reply. If you catch yourself planning, let it go and return to what is being said.',
  'listening-noise':
    'Constant noise tires you in ways that are easy to miss. A few minutes somewhere quieter, or with ear plugs, rests your hearing.',
  'listening-one-song':
    'One piece of music you love, heard with full attention and doing nothing else, can be a whole break in itself.',
  'listening-ask-twice':
    'When a colleague says "fine", asking a second time, gently and with real interest, often gets a truer answer.',

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
  'coping-ask-for-help':
    'Asking a doctor, counsellor or helpline for support is an ordinary, sensible step, and you need not wait for a crisis first.',
  'coping-park-worry':
    'Write a nagging worry on a note and pick a later time to think it over. Parked there, it may take up less of your attention now.',
  'coping-cool-water':
    'Cool water on your wrists or face is a quick, physical way to take some heat out of a stressful minute.',
  'coping-hand-on-chest':
    'Resting a warm hand on your chest or belly while you breathe is a simple, private way to comfort yourself.',
  'coping-hour-at-a-time':
    'A hard day can be taken an hour at a time. Getting through the next part is enough for now; the rest of the week can wait.',
  'coping-if-then':
    'Deciding ahead, "if my chest tightens in a meeting, I will slow my out-breath", makes a tool easier to reach for when it counts.',
  'coping-humour':
    'A minute of something that makes you laugh, a silly clip or a funny memory, can loosen stress in a way that effort cannot.',
  'coping-tidy-corner':
    'Clearing one small corner of your desk can give restless energy a useful outlet and leave a little more space to think.',
  'coping-by-name':
    'When stuck, talk to yourself by name, as you would to someone you were advising. That bit of distance can make a problem clearer.',

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
  'expression-without-words':
    'Feelings can come out through a doodle, a hum or a few minutes of drawing, not only through words.',
  'expression-anger':
    'Anger often points at something you care about, like fairness. Asking what it is guarding can help more than pushing it down.',
  'expression-good-news':
    'Good feelings deserve saying aloud too. Telling someone about a small thing that went well lets you enjoy it twice.',
  'expression-i-feel':
    'Starting with "I feel" rather than "you always" makes a difficult conversation easier for the other person to hear.',
  'expression-choose-when':
    'You need not voice every feeling the moment it arrives. Choosing when and where to express it is also a way of respecting it.',
  'expression-thank':
    'A specific thank-you, naming what someone did and how it helped, says far more than a quick "thanks".',

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
  'goals-one-priority':
    'When today holds too many aims, choose the one that would make the biggest difference and let everything else wait its turn.',
  'goals-good-enough':
    'Good enough is often the right standard. Keeping your best effort for what counts most saves energy for later.',
  'goals-define-done':
    'A goal is easier to start when you know what finished looks like. Try writing one line that describes the end result.',
  'goals-adjust':
    'Changing a goal that no longer fits is not giving up. It is steering by what you have learned along the way.',
  'goals-enjoy-doing':
    'Some aims are worth it for the doing as much as the arriving. Is any part of the task in front of you enjoyable in itself?',
  'goals-own-pace':
    "Someone else's pace says nothing about yours. Their starting point, their load and their path all differ from your own.",

  // Revisiting past experiences with kindness
  'past-kindness': 'Looking back helps most when done kindly: you made sense of things with what you knew then.',
  'past-patterns':
    'Old reactions often made sense once. Noticing where one comes from is the first step to choosing anew.',
  'past-then-now':
    'You look back knowing more than you did at the time. Judge your earlier self by what they could see then, not by what you see now.',
  'past-small-pieces':
    'Some memories are too heavy to sort through alone at a desk. It is fine to set one aside until someone you trust can be with you.',
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
  'past-lessons':
    'Think of one thing you handle more easily than you did a year ago. Slow change is easy to miss until you look for it.',
  'past-who-helped':
    'Bring to mind someone who helped you along the way, even in a small way. Some of who you are today grew from what they gave.',
  'past-replay-loop':
    'Going over a memory again and again is not the same as reflecting on it. If you notice a loop, step out and busy your hands.',
  'past-old-pleasures':
    'Something you loved doing years ago, such as drawing, music or a sport, may still be waiting for ten minutes of your time.',
  'past-versions':
    'A memory is a version, not a recording. Someone who was there may remember it differently, and neither of you has to be wrong.',
  'past-let-go':
    'Letting go of an old grudge is something you do for your own peace, in your own time. It does not mean what happened was fine.',

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
  'daily-daylight':
    'Daylight helps set your body clock and can lift a flat mood. A few minutes outside or by a window early on is well spent.',
  'daily-water':
    'Thirst can show up as tiredness or a dull head before it feels like thirst. A glass of water is an easy place to start.',
  'daily-posture':
    'Check how you are sitting: spine supported, shoulders low, feet flat, and the top of the screen at or just below eye level.',
  'daily-one-task':
    'Switching between tasks costs more than it seems. For the next half hour, try keeping a single thing open and seeing it through.',
  'daily-notifications':
    'Every ping pulls at your attention. Muting alerts for an hour, or checking messages at set times, keeps more of your focus.',
  'daily-wind-down':
    "A small ritual at the end of work, like noting tomorrow's first task and closing the laptop, helps the day actually end.",
  'daily-screens-sleep':
    'Bright screens late at night can delay sleep. Dimming them, or leaving the phone in another room, makes drifting off easier.',
  'daily-lunch-away':
    'Eating lunch away from your desk, and actually tasting it, gives you a meal and a break at the same time.',
  'daily-reach-out':
    'Sending a short note to someone you have not heard from in a while takes a minute and can brighten both your days.',
  'daily-kind-act':
    'Doing one small kind thing for someone, like making them a drink, tends to lift your own day as well.',
};
