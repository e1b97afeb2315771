import type { BreakContent } from '@/content/select';
import type { ExerciseKind, Need, Theme } from '@/content/types';

/** What the person chose in the options page. */
export interface Settings {
  /** Minutes of work between breaks. */
  intervalMinutes: number;
  /** Minutes a break lasts: the exercise shown fits in it. */
  breakMinutes: number;
  /** Exercise kinds the person does not want; at least one kind stays on. */
  disabledKinds: ExerciseKind[];
  /** Insight themes the person does not want; at least one theme stays on. */
  disabledThemes: Theme[];
}

/** The settings that are a number of minutes, checked against SETTING_LIMITS. */
export type MinuteSetting = 'intervalMinutes' | 'breakMinutes';

/** The limits the options page enforces and a stored value must meet. */
export const SETTING_LIMITS = {
  intervalMinutes: { min: 5, max: 240 },
  breakMinutes: { min: 1, max: 30 },
} as const satisfies Record<MinuteSetting, { min: number; max: number }>;

/** A new install: a 3-minute break every 45 minutes, every kind and theme on. */
export const DEFAULT_SETTINGS: Settings = {
  intervalMinutes: 45,
  breakMinutes: 3,
  disabledKinds: [],
  disabledThemes: [],
};

/** Minutes a snooze puts the break off. */
export const SNOOZE_MINUTES = 5;

/** How a break ended, as history records it. */
export type Outcome = 'taken' | 'snoozed' | 'skipped';

/** A break that has begun and not yet been answered. */
export interface ActiveBreak extends BreakContent {
  startedAt: number;
  trigger: 'schedule' | 'manual';
  /** How the person said they felt when they asked for this break, if they did. */
  need?: Need;
}

/** The schedule as stored: everything the background needs after a restart. */
export interface ScheduleState {
  /** When the next break is due (epoch ms); null before the first start. */
  nextBreakAt: number | null;
  /** When the current countdown began, so an interval change can keep it. */
  cycleStartedAt: number | null;
  /** True when nextBreakAt comes from a snooze, which settings do not move. */
  snoozed: boolean;
  activeBreak: ActiveBreak | null;
  /**
   * Insights shown in the current round, newest last: none comes again until
   * every enabled insight has been shown. Stored, so the round survives restarts.
   */
  recentInsightIds: string[];
  lastExerciseId: string | null;
}

export const INITIAL_STATE: ScheduleState = {
  nextBreakAt: null,
  cycleStartedAt: null,
  snoozed: false,
  activeBreak: null,
  recentInsightIds: [],
  lastExerciseId: null,
};

/** One finished break in history. */
export interface HistoryEntry {
  /** The break's start time in ms, as text: unique, since one break runs at a time. */
  id: string;
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
  insightId: string;
  exerciseId: string;
  need?: Need;
}

/** Something that happened, as the schedule sees it. */
export type ScheduleEvent =
  | { type: 'installed' }
  /** A page found no countdown (damaged storage): make one, and its alarm. */
  | { type: 'checkSchedule' }
  | { type: 'browserStarted' }
  | { type: 'alarm'; scheduledTime: number }
  | { type: 'takeBreakNow'; need?: Need }
  /** "Show another": a new insight or exercise for the running break, nothing recorded. */
  | { type: 'showAnother'; part: 'insight' | 'exercise' }
  | { type: 'finishBreak'; outcome: Outcome }
  | { type: 'settingsChanged' }
  | { type: 'notificationClicked' };

/** What the background must do in the browser after a decision. */
export type Effect =
  | { type: 'setAlarm'; at: number }
  | { type: 'openBreakView' }
  | { type: 'notify' }
  | { type: 'clearNotification' }
  | { type: 'record'; entry: HistoryEntry };

/** A decision: the new state and the effects to apply, in order. */
export interface Decision {
  state: ScheduleState;
  effects: Effect[];
}
