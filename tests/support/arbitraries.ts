import fc from 'fast-check';
import { EXERCISES, INSIGHTS } from '@/content/library';
import { EXERCISE_KINDS, NEEDS, THEMES } from '@/content/types';
import { OWN_LIMITS, type OwnContent } from '@/lib/core/content/own';
import type { MicroTally } from '@/lib/core/history/micro-tally';
import { addMicro } from '@/lib/core/history/micro-tally-add';
import { byEnd } from '@/lib/core/history/month';
import type { HistoryEntry, HistoryStore } from '@/lib/core/history/types';
import { parseSettings } from '@/lib/core/settings/parse';
import type { Settings } from '@/lib/core/settings/settings';
import { cleanNote } from '@/lib/core/text';
import {
  COLOR_THEMES,
  DAY,
  ID_LIMIT,
  MICRO_OUTCOMES,
  MINUTE,
  type Mood,
  OUTCOMES,
  type Outcome,
  REMINDER_STYLES,
  TIME_BOUNDS,
} from '@/lib/core/vocabulary';

/*
 * fast-check generators for the property tests, from the whole space the app
 * can record: any time a machine's clock can say (1970 to year 9999), breaks
 * of any length (an unanswered break over a weekend), every outcome, content
 * present or folded away, ids as imports keep them, and notes made from any
 * text a person can type or paste, cleaned the way the app cleans them. No
 * filter narrows what is generated: a property that fails points at the
 * code, not at a generator that never offered the case.
 */

/** Characters that stress markup, CSV, JSON and Unicode, and control characters a paste may bring. */
const AWKWARD = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '=',
  '+',
  '-',
  '@',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u0085',
  ' ',
  'a',
  'é',
  '😀',
  '\uD83D',
  '\u202E',
];

/** Anything a person could type or paste into the note field, made storable as the app makes it. */
export const typedNoteArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: fc.constantFrom(...AWKWARD), maxLength: 300 }),
  )
  .map(cleanNote);

/** Ids as history keeps them: the start time as text (every break the app records), or whatever an import kept. */
const idArb = (startedAt: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(String(startedAt)) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'binary', minLength: 1, maxLength: 100 })
        // biome-ignore lint/suspicious/noControlCharactersInRegex: ids never hold control characters, as import says.
        .map((id) => id.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '') || 'x'),
    },
  );

const mood = fc.constantFrom<Mood>(1, 2, 3, 4, 5);
/**
 * An insight's or exercise's id: the library's, or any id import keeps (clean
 * text of 1 to ID_LIMIT units: an id from a newer library, or the person's own).
 */
const libraryId = fc.oneof(
  fc.constantFrom(...INSIGHTS.map((insight) => insight.id), ...EXERCISES.map((exercise) => exercise.id)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: ID_LIMIT }).map((text) => cleanNote(text) || 'x'),
);

/** How long a break lasted: a quick answer, a break, time away, a whole weekend left open. */
const durationArb = fc.oneof(
  fc.integer({ min: 0, max: 15 * MINUTE }),
  fc.integer({ min: 0, max: 4 * 60 * MINUTE }),
  fc.integer({ min: 0, max: 30 * DAY }),
);

/** One break the app could hold: between `from` and `to` (by default, every time it can store). */
export const entryArb = (from: number = TIME_BOUNDS.min, to: number = TIME_BOUNDS.max): fc.Arbitrary<HistoryEntry> =>
  fc
    .record({
      startedAt: fc.integer({ min: from, max: to }),
      duration: durationArb,
      outcome: fc.constantFrom<Outcome>(...OUTCOMES),
      // Absent when the break was folded (or, for a natural break, always).
      content: fc.option(fc.tuple(libraryId, libraryId), { nil: undefined }),
      need: fc.option(fc.constantFrom(...NEEDS), { nil: undefined }),
      moodBefore: fc.option(mood, { nil: undefined }),
      moodAfter: fc.option(mood, { nil: undefined }),
      note: fc.option(typedNoteArb, { nil: undefined }),
    })
    .chain((raw) => idArb(raw.startedAt).map((id) => ({ ...raw, id })))
    .map(({ id, startedAt, duration, outcome, content, need, moodBefore, moodAfter, note }) => {
      const entry: HistoryEntry = { id, startedAt, endedAt: Math.min(to, startedAt + duration), outcome };
      if (content && outcome !== 'natural') Object.assign(entry, { insightId: content[0], exerciseId: content[1] });
      if (need) entry.need = need;
      if (moodBefore) entry.moodBefore = moodBefore;
      if (moodAfter) entry.moodAfter = moodAfter;
      if (note) entry.note = note;
      return entry;
    });

/** A history as storage holds it: every id once, oldest first by end. */
export const storeOf = (entries: readonly HistoryEntry[]): HistoryStore => {
  const seen = new Set<string>();
  return { entries: entries.filter((entry) => !seen.has(entry.id) && seen.add(entry.id)).sort(byEnd) };
};

/** A history of up to `maxLength` breaks from `entries`. */
export const storeArb = (entries = entryArb(), maxLength = 40): fc.Arbitrary<HistoryStore> =>
  fc.array(entries, { maxLength }).map(storeOf);

/** A local wall-clock time, month 1-12, at noon unless told. */
export const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

/** A three-minute break that ended at `endedAt`, with content unless natural. */
export const breakEnding = (endedAt: number, outcome: Outcome = 'taken', extra: Partial<HistoryEntry> = {}) =>
  ({
    id: String(endedAt - 3 * MINUTE),
    startedAt: endedAt - 3 * MINUTE,
    endedAt,
    outcome,
    ...(outcome !== 'natural' && { insightId: 'trust-pace', exerciseId: 'box-breathing' }),
    ...extra,
  }) as HistoryEntry;

/** Settings of any shape options can save, as storage reads them. */
export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    intervalMinutes: fc.integer({ min: 5, max: 240 }),
    breakMinutes: fc.integer({ min: 1, max: 30 }),
    disabledKinds: fc.subarray([...EXERCISE_KINDS], { maxLength: EXERCISE_KINDS.length - 1 }),
    disabledThemes: fc.subarray([...THEMES], { maxLength: THEMES.length - 1 }),
    snoozeMinutes: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }),
    maxSnoozes: fc.integer({ min: 0, max: 10 }),
    workingHours: fc.record({
      enabled: fc.boolean(),
      days: fc.array(
        fc.option(
          fc
            .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
            .map(([a, b]) => [{ start: Math.min(a, b - 1), end: Math.max(b, a + 1) }]),
          { nil: [] as { start: number; end: number }[] },
        ),
        { minLength: 7, maxLength: 7 },
      ),
    }),
    headsUpMinutes: fc.integer({ min: 0, max: 10 }),
    dontInterrupt: fc.boolean(),
    maxDeferMinutes: fc.integer({ min: 1, max: 120 }),
    reminderStyle: fc.constantFrom(...REMINDER_STYLES),
    sound: fc.boolean(),
    volume: fc.integer({ min: 0, max: 100 }),
    stepChime: fc.boolean(),
    moodCheckIn: fc.boolean(),
    theme: fc.constantFrom(...COLOR_THEMES),
    dailyGoal: fc.integer({ min: 1, max: 30 }),
    favouriteInsights: fc.uniqueArray(libraryId, { maxLength: 5 }),
    favouriteExercises: fc.uniqueArray(libraryId, { maxLength: 5 }),
    hiddenInsights: fc.uniqueArray(libraryId, { maxLength: 5 }),
    hiddenExercises: fc.uniqueArray(libraryId, { maxLength: 5 }),
    strictMode: fc.boolean(),
    longBreaks: fc.boolean(),
    microBreaks: fc.boolean(),
    microIntervalMinutes: fc.integer({ min: 5, max: 60 }),
    microSeconds: fc.integer({ min: 10, max: 60 }),
    ownOnly: fc.boolean(),
  })
  .map((raw) => {
    // Working hours on with no hours at all cannot be saved: options turns them off then.
    const empty = raw.workingHours.days.every((ranges) => ranges.length === 0);
    const workingHours = { ...raw.workingHours, enabled: raw.workingHours.enabled && !empty };
    return parseSettings({ ...raw, workingHours });
  });

/** Any local day a stored time can fall on (TIME_BOUNDS), as "YYYY-MM-DD". */
const localDayArb = fc
  .date({ min: new Date(TIME_BOUNDS.min), max: new Date(TIME_BOUNDS.max - DAY), noInvalidDate: true })
  .map(
    (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  );
/** Micro-break counts by day, as the background adds them up. */
export const microTallyArb: fc.Arbitrary<MicroTally> = fc
  .array(fc.tuple(localDayArb, fc.constantFrom(...MICRO_OUTCOMES)), { maxLength: 60 })
  .map((adds) => adds.reduce<MicroTally>((tally, [day, outcome]) => addMicro(tally, day, outcome), {}));

/** Text a person can type into one of the editor's fields, as it saves it: trimmed, within `limit`, never blank. */
const typedText = (limit: number) =>
  fc.string({ minLength: 1, maxLength: limit, unit: 'grapheme' }).map((typed) => {
    const text = cleanNote(typed).slice(0, limit).trim();
    return text.length > 0 ? text : 'x';
  });

/** Own content as the options editor saves it: any number up to the limits, every field as a person may fill it. */
export const ownContentArb: fc.Arbitrary<OwnContent> = fc
  .record({
    insights: fc.array(fc.record({ theme: fc.constantFrom(...THEMES), text: typedText(OWN_LIMITS.insightChars) }), {
      maxLength: 6,
    }),
    exercises: fc.array(
      fc.record(
        {
          title: typedText(OWN_LIMITS.titleChars),
          kind: fc.constantFrom(...EXERCISE_KINDS),
          steps: fc.array(
            fc.record({
              text: typedText(OWN_LIMITS.stepChars),
              seconds: fc.integer(OWN_LIMITS.stepSeconds),
            }),
            { minLength: 1, maxLength: OWN_LIMITS.steps },
          ),
          needs: fc.subarray([...NEEDS]),
          caution: typedText(OWN_LIMITS.cautionChars),
        },
        { requiredKeys: ['title', 'kind', 'steps', 'needs'] },
      ),
      { maxLength: 4 },
    ),
    gone: fc.dictionary(
      fc.integer({ min: 0, max: 1e6 }).map((n) => `own-g${n.toString(36)}`),
      typedText(OWN_LIMITS.titleChars),
      {
        maxKeys: 5,
      },
    ),
  })
  .map(({ insights, exercises, gone }) => ({
    insights: insights.map((item, i) => ({ id: `own-i${i}`, ...item })),
    exercises: exercises.map((item, i) => ({ id: `own-e${i}`, ...item })),
    gone,
  }));
