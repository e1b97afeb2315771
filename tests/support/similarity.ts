/*
 * How alike two insights are, for the library's test that no idea is said
 * twice. Words are folded to a stem and then to a shared concept where
 * several words name one thing (walk, stand and stretch are all "move"), and
 * common words are dropped. Similarity is the share of the shorter text's
 * concepts that the other text has too (the overlap coefficient): a paraphrase
 * keeps its concepts while changing its words. Test only: nothing ships it.
 */

const STOP = new Set(
  `a an the and or but if of to in on at by for with from into onto about as is are was were be been being it its
  this that these those there here you your yours yourself we our us they them their he she his her i me my
  can could may might will would should shall do does did done not no nor so than then too very just only also
  even still yet more most less much many some any every each all both one ones what when where which who whom why
  how while until before after again once over under up down out off own same such other another thing things
  something anything nothing way ways often sometimes always never today now moment moments time times lot bit
  little few small really quite enough able let lets make makes made get gets got take takes took give gives
  have has had having feel feels felt try keep keeps go goes going come comes need needs want wants know knows
  say says said see sees seem seems like well already rather instead`.split(/\s+/),
);

/** Words that name one concept, folded together so a paraphrase still matches. */
const CONCEPTS: Record<string, readonly string[]> = {
  move: ['move', 'movement', 'stretch', 'walk', 'stand', 'standing', 'stood', 'leg', 'legs', 'step'],
  eyes: ['eye', 'eyes', 'look', 'looking', 'window', 'far', 'distance', 'distant', 'screen', 'gaze', 'view', 'blink'],
  rest: ['rest', 'resting', 'pause', 'break', 'breather', 'settle'],
  values: ['value', 'values', 'compass', 'direction', 'matter', 'matters', 'important', 'truly', 'genuinely'],
  goal: ['goal', 'goals', 'aim', 'aims', 'target', 'stop', 'stops'],
  past: ['past', 'earlier', 'back', 'then', 'look-back', 'remember', 'memory', 'memories', 'history'],
  kind: ['kind', 'kindly', 'kindness', 'gentle', 'gently', 'judge', 'judging', 'blame', 'harsh', 'scold'],
  know: ['know', 'knew', 'understood', 'understand', 'sense', 'see', 'saw', 'could'],
  body: ['body', 'bodies', 'muscle', 'muscles', 'shoulder', 'shoulders', 'jaw', 'neck'],
  stress: ['stress', 'tension', 'tense', 'pressure', 'strain'],
  task: ['task', 'tasks', 'work', 'working', 'job', 'meeting'],
  others: ['others', 'people', 'anyone', 'nobody', 'watching', 'someone', 'friend'],
};

const FOLD = new Map(Object.entries(CONCEPTS).flatMap(([concept, words]) => words.map((w) => [w, concept])));

function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's', 'ly']) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The concepts a text speaks of: its content words, stemmed and folded. */
export function concepts(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  const out = new Set<string>();
  for (const word of words) {
    if (STOP.has(word) || word.length < 3) continue;
    out.add(FOLD.get(word) ?? FOLD.get(stem(word)) ?? stem(word));
  }
  return out;
}

/** Share of the smaller concept set found in the other: 0 (nothing shared) to 1. */
export function similarity(a: string, b: string): number {
  const [x, y] = [concepts(a), concepts(b)];
  const shared = [...x].filter((concept) => y.has(concept)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}
