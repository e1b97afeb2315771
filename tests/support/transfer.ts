import fc from 'fast-check';
import { EXERCISE_KINDS, NEEDS, THEMES } from '@/content/types';
import type { DayTotals, HistoryEntry, HistoryStore } from '@/lib/core/history/types';
import { parseSettings } from '@/lib/core/settings/parse';
import type { Settings } from '@/lib/core/settings/settings';
import { type Mood, NOTE_LIMIT, type Outcome } from '@/lib/core/vocabulary';

/*
 * fast-check arbitraries for the transfer tests: valid histories and settings
 * of every shape the app can store, including awkward text (quotes, commas,
 * line breaks, formula starts, any Unicode).
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const HTML = /<[a-z!/?]/i;

/** Text with the characters that stress CSV and JSON, and any Unicode; never markup. */
const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ maxLength }),
      fc.string({ unit: 'binary', maxLength }),
      fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", ' ', 'a'), maxLength }),
    )
    .filter((value) => value.length <= maxLength && !HTML.test(value));

const mood = fc.constantFrom<Mood>(1, 2, 3, 4, 5);
const libraryId = fc.stringMatching(/^[a-z0-9-]{1,40}$/);

/** One valid history entry: a natural break has no content ids; optional fields come and go. */
export const entryArb: fc.Arbitrary<HistoryEntry> = fc
  .record(
    {
      id: text(100).filter((id) => id.length > 0),
      startedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      duration: fc.integer({ min: 0, max: DAY_MS }),
      outcome: fc.constantFrom<Outcome>('taken', 'snoozed', 'skipped', 'natural'),
      insightId: libraryId,
      exerciseId: libraryId,
      need: fc.option(fc.constantFrom(...NEEDS), { nil: undefined }),
      moodBefore: fc.option(mood, { nil: undefined }),
      moodAfter: fc.option(mood, { nil: undefined }),
      note: fc.option(
        text(NOTE_LIMIT).filter((note) => note.length > 0),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['id', 'startedAt', 'duration', 'outcome', 'insightId', 'exerciseId'] },
  )
  .map(({ duration, insightId, exerciseId, ...rest }) => {
    const entry: HistoryEntry = {
      id: rest.id,
      startedAt: rest.startedAt,
      endedAt: rest.startedAt + duration,
      outcome: rest.outcome,
    };
    if (rest.outcome !== 'natural') Object.assign(entry, { insightId, exerciseId });
    for (const key of ['need', 'moodBefore', 'moodAfter', 'note'] as const) {
      if (rest[key] !== undefined) Object.assign(entry, { [key]: rest[key] });
    }
    return entry;
  });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** A real calendar day, 'YYYY-MM-DD'. */
export const dayKeyArb = fc
  .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`);

const count = fc.integer({ min: 0, max: 1000 });
export const totalsArb: fc.Arbitrary<DayTotals> = fc.record({
  taken: count,
  skipped: count,
  snoozed: count,
  natural: count,
  mindfulSeconds: fc.integer({ min: 0, max: 1_000_000 }),
});

/** A valid store, entries oldest first with distinct ids (days and entries may overlap in time). */
export const storeArb: fc.Arbitrary<HistoryStore> = fc
  .record({
    entries: fc.uniqueArray(entryArb, { selector: (entry) => entry.id, maxLength: 25 }),
    days: fc.dictionary(dayKeyArb, totalsArb, { maxKeys: 8 }),
  })
  .map(({ entries, days }) => ({ entries: [...entries].sort((a, b) => a.endedAt - b.endedAt), days }));

/** Valid settings of any shape options can save, normalized the way storage reads them. */
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
            .filter(([a, b]) => a < b)
            .map(([start, end]) => [{ start, end }]),
          { nil: [] as { start: number; end: number }[] },
        ),
        { minLength: 7, maxLength: 7 },
      ),
    }),
    headsUpMinutes: fc.integer({ min: 0, max: 10 }),
    dontInterrupt: fc.boolean(),
    maxDeferMinutes: fc.integer({ min: 1, max: 120 }),
    reminderStyle: fc.constantFrom('open', 'notify', 'badge'),
    sound: fc.boolean(),
    volume: fc.integer({ min: 0, max: 100 }),
    moodCheckIn: fc.boolean(),
    theme: fc.constantFrom('system', 'light', 'dark'),
    dailyGoal: fc.integer({ min: 1, max: 30 }),
    favouriteInsights: fc.uniqueArray(libraryId, { maxLength: 5 }),
    favouriteExercises: fc.uniqueArray(libraryId, { maxLength: 5 }),
  })
  .map((raw) => {
    // Working hours on with no hours at all is not a valid choice: turn them off then.
    const empty = raw.workingHours.days.every((ranges) => ranges.length === 0);
    const workingHours = { ...raw.workingHours, enabled: raw.workingHours.enabled && !empty };
    return parseSettings({ ...raw, workingHours });
  });
