import type { ExerciseKind, Theme } from '@/content/types';
import type { ColorTheme, ReminderStyle } from '@/lib/core/vocabulary';

/** A stretch of a day, in minutes after local midnight: 540-1080 is 09:00 to 18:00. */
export interface DayRange {
  start: number;
  end: number;
}

/** When reminders may come, by weekday; index 0 is Sunday, as Date#getDay counts. */
export interface WorkingHours {
  /** Off by default: a new install reminds at any time until the person sets hours. */
  enabled: boolean;
  /** Seven lists of ranges, Sunday first; an empty list is a day off. */
  days: DayRange[][];
}

/** What the person chose in the options page. */
export interface Settings {
  /** The longer mindful breaks, on by default; off leaves only micro-breaks (and breaks asked for). */
  longBreaks: boolean;
  /** Minutes of active work between breaks. */
  intervalMinutes: number;
  /** Minutes a break lasts: the exercise shown fits in it. */
  breakMinutes: number;
  /**
   * Micro-breaks between the longer breaks: a cue to look far away or loosen
   * up, for a few seconds, closing by itself. Off by default, so nothing new
   * interrupts a person who did not ask for it.
   */
  microBreaks: boolean;
  /** Minutes of active work between micro-breaks. */
  microIntervalMinutes: number;
  /** Seconds a micro-break lasts. */
  microSeconds: number;
  /** Exercise kinds the person does not want; at least one kind stays on. */
  disabledKinds: ExerciseKind[];
  /** Insight themes the person does not want; at least one theme stays on. */
  disabledThemes: Theme[];
  /** The snooze lengths a reminder offers, in minutes, shortest first. */
  snoozeMinutes: number[];
  /** Snoozes allowed in a row before a reminder offers only Done and Skip; 0 means no limit. */
  maxSnoozes: number;
  /**
   * Strict breaks, for people who know they would dodge them: no Skip or
   * Snooze anywhere, and the exercise runs its full time. Off by default.
   */
  strictMode: boolean;
  workingHours: WorkingHours;
  /** Minutes before a break that a gentle heads-up comes; 0 turns it off. */
  headsUpMinutes: number;
  /** Hold a due break while a window is fullscreen or a tab plays sound. */
  dontInterrupt: boolean;
  /** The longest a break waits for that, in minutes, before it comes gently. */
  maxDeferMinutes: number;
  reminderStyle: ReminderStyle;
  /** A soft chime at the reminder, at breathing phase changes and at the end. Off by default. */
  sound: boolean;
  /** Chime volume, 0 to 100. */
  volume: number;
  /** Ask "how do you feel?" before and after the exercise (never required). */
  moodCheckIn: boolean;
  /** A soft chime at each step change of an exercise done with closed eyes, chosen right there in the break. */
  stepChime: boolean;
  theme: ColorTheme;
  /** Breaks a day the person aims for: progress, streaks and the week's goal follow it. */
  dailyGoal: number;
  /** Insights and exercises marked with a heart: they come up a little more often. */
  favouriteInsights: string[];
  favouriteExercises: string[];
  /** Only the person's own insights and exercises, each once there is one of it (lib/core/content/own.ts). */
  ownOnly: boolean;
  /** Library insights and practices the person does not want to see again, one by one. */
  hiddenInsights: string[];
  hiddenExercises: string[];
}

/** The most ids a list of hearts or hidden items keeps: more than the library holds. */
export const ID_LIST_LIMIT = 300;

/** The settings that are a whole number (mostly minutes), checked against SETTING_LIMITS. */
export type NumberSetting =
  | 'intervalMinutes'
  | 'breakMinutes'
  | 'microIntervalMinutes'
  | 'microSeconds'
  | 'maxSnoozes'
  | 'headsUpMinutes'
  | 'maxDeferMinutes'
  | 'dailyGoal';

/** The volume's range, in percent. */
export const VOLUME_LIMITS = { min: 0, max: 100 } as const;

/** The limits the options page enforces and a stored value must meet. */
export const SETTING_LIMITS = {
  intervalMinutes: { min: 5, max: 240 },
  breakMinutes: { min: 1, max: 30 },
  microIntervalMinutes: { min: 5, max: 60 },
  microSeconds: { min: 10, max: 60 },
  maxSnoozes: { min: 0, max: 10 },
  headsUpMinutes: { min: 0, max: 10 },
  maxDeferMinutes: { min: 1, max: 120 },
  dailyGoal: { min: 1, max: 30 },
} as const satisfies Record<NumberSetting, { min: number; max: number }>;

/** Each snooze choice is a whole number of minutes in this range; at most this many choices. */
export const SNOOZE_LIMITS = { min: 1, max: 60, choices: 4 } as const;

const WEEKDAY_HOURS: DayRange[] = [{ start: 9 * 60, end: 18 * 60 }];

/** A new install: a 3-minute break every 45 minutes, at any time; micro-breaks (20 s every 20 min) when asked for. */
export const DEFAULT_SETTINGS: Settings = {
  longBreaks: true,
  intervalMinutes: 45,
  breakMinutes: 3,
  microBreaks: false,
  microIntervalMinutes: 20,
  microSeconds: 20,
  disabledKinds: [],
  disabledThemes: [],
  snoozeMinutes: [5, 10, 15],
  maxSnoozes: 0,
  strictMode: false,
  workingHours: {
    enabled: false,
    days: [[], WEEKDAY_HOURS, WEEKDAY_HOURS, WEEKDAY_HOURS, WEEKDAY_HOURS, WEEKDAY_HOURS, []],
  },
  headsUpMinutes: 1,
  dontInterrupt: true,
  maxDeferMinutes: 15,
  reminderStyle: 'open',
  sound: false,
  volume: 60,
  moodCheckIn: true,
  stepChime: false,
  theme: 'system',
  dailyGoal: 6,
  favouriteInsights: [],
  favouriteExercises: [],
  ownOnly: false,
  hiddenInsights: [],
  hiddenExercises: [],
};
