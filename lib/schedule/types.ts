import type { BreakContent } from '@/content/select';

/** What the person chose in the options page. */
export interface Settings {
  /** Minutes of work between breaks. */
  intervalMinutes: number;
  /** Minutes a break lasts: the exercise shown fits in it. */
  breakMinutes: number;
}

/** The limits the options page enforces and a stored value must meet. */
export const SETTING_LIMITS = {
  intervalMinutes: { min: 5, max: 240 },
  breakMinutes: { min: 1, max: 30 },
} as const satisfies Record<keyof Settings, { min: number; max: number }>;

/** A new install: a 3-minute break every 45 minutes. */
export const DEFAULT_SETTINGS: Settings = { intervalMinutes: 45, breakMinutes: 3 };

/** Minutes a snooze puts the break off. */
export const SNOOZE_MINUTES = 5;

/** How a break ended, as history records it. */
export type Outcome = 'taken' | 'snoozed' | 'skipped';

/** A break that has begun and not yet been answered. */
export interface ActiveBreak extends BreakContent {
  startedAt: number;
  trigger: 'schedule' | 'manual';
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
  /** Insights shown lately, newest last: they wait until the rest have had a turn. */
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
}

/** Something that happened, as the schedule sees it. */
export type ScheduleEvent =
  | { type: 'installed' }
  /** A page found no countdown (damaged storage): make one, and its alarm. */
  | { type: 'checkSchedule' }
  | { type: 'browserStarted' }
  | { type: 'alarm'; scheduledTime: number }
  | { type: 'takeBreakNow' }
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
