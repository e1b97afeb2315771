/*
 * The words Breathing Room's data is made of, each list defined once with its
 * type derived from it. Storage parsing, import, messages and the pages all
 * read these, so a new outcome or style is added in one place. The library's
 * own words (themes, kinds of exercise, needs) live with it in content/types.ts.
 */

/** One second, minute, hour and day, in ms: the schedule's units. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * How a break ended, as history records it:
 * - taken: its exercise was begun (or it reached its closing screen);
 * - skipped: ended before its exercise was begun;
 * - snoozed: put off for a few minutes;
 * - natural: time away from the computer, at least a break long;
 * - missed: left open, unanswered, until it expired.
 * Only taken and natural breaks count toward the daily goal and streaks.
 * The order is part of the stored form (history stores an outcome as its
 * index here): add at the end, never reorder.
 */
export const OUTCOMES = ['taken', 'skipped', 'snoozed', 'natural', 'missed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes that count toward the daily goal and streaks: a break really rested in. */
export const RESTED_OUTCOMES = ['taken', 'natural'] as const satisfies readonly Outcome[];

/** Whether a break of this outcome counts toward the daily goal, the streaks and mindful time. */
export const isRested = (outcome: Outcome) => (RESTED_OUTCOMES as readonly Outcome[]).includes(outcome);

/**
 * How a micro-break ended: shown (its seconds ran, or it closed by itself),
 * skipped or snoozed by the person. Counted apart from the longer breaks,
 * and never toward the daily goal.
 */
export const MICRO_OUTCOMES = ['shown', 'skipped', 'snoozed'] as const;
export type MicroOutcome = (typeof MICRO_OUTCOMES)[number];

/** What the person can answer a break with. */
export const ANSWERS = ['taken', 'snoozed', 'skipped'] as const satisfies readonly Outcome[];
export type Answer = (typeof ANSWERS)[number];

/**
 * How a due break reaches the person: the break view (the toolbar popup, or a
 * small window), the break large in a window of its own, a notification only,
 * or the quiet badge.
 */
export const REMINDER_STYLES = ['open', 'large', 'notify', 'badge'] as const;
export type ReminderStyle = (typeof REMINDER_STYLES)[number];

/** The look of every page: the system's light or dark, or one of them always. */
export const COLOR_THEMES = ['system', 'light', 'dark'] as const;
export type ColorTheme = (typeof COLOR_THEMES)[number];

/** How long a pause from the popup lasts: minutes, until tomorrow's working hours, or until resumed. */
export const PAUSE_LENGTHS = [30, 60, 120, 'tomorrow', 'resumed'] as const;
export type PauseLength = (typeof PAUSE_LENGTHS)[number];

/** A mood on the check-in's scale: 1 (very low) to 5 (very good). */
export const MOODS = [1, 2, 3, 4, 5] as const;
export type Mood = (typeof MOODS)[number];

/** The longest note kept, in characters. */
export const NOTE_LIMIT = 280;

/** The longest id kept: a break's id, or a library id, in characters. */
export const ID_LIMIT = 100;

/**
 * The times stored data may hold, in ms: from 1970 (a machine whose clock
 * reset) to the end of year 9999, the last that every date format can show.
 * Storage parsing and import share these, so whatever one keeps the other takes.
 */
export const TIME_BOUNDS = { min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) } as const;

/**
 * The most breaks a stored or imported history may hold: over 27 breaks a
 * day for 25 years. A file above it is refused rather than filling storage.
 */
export const MAX_HISTORY_ENTRIES = 250_000;
