import type { Need } from '@/content/types';
import type { BreakContent } from '@/lib/core/content/select';
import type { HistoryEntry } from '@/lib/core/history/types';
import type { Answer, MicroOutcome, Mood, PauseLength } from '@/lib/core/vocabulary';

/**
 * A break on screen, not yet answered. Left open, it expires when the next
 * break would have come (its nextBreakAt), and is recorded as missed, or as
 * taken if the person began its exercise.
 */
export interface ActiveBreak extends Partial<BreakContent> {
  startedAt: number;
  trigger: 'schedule' | 'manual';
  /** How the person said they felt when they asked for this break, if they did. */
  need?: Need;
  /** The check-in before the exercise, if they gave one. */
  moodBefore?: Mood;
  /** When the person began the exercise: from then on the break counts as taken, however it ends. */
  begunAt?: number;
}

/** What the person may add when they finish a break: their mood after, and a line for themselves. */
export interface BreakNotes {
  moodAfter?: Mood;
  /** "One thing I noticed", after reflection exercises; it never leaves the machine. */
  note?: string;
}

/** The schedule as stored: everything the background needs after a restart. */
export interface ScheduleState {
  /**
   * When the next break is due (epoch ms); null before the first start.
   * While a break is open, when it expires unanswered (see ActiveBreak).
   */
  nextBreakAt: number | null;
  /** When the current countdown began, so an interval change can keep it. */
  cycleStartedAt: number | null;
  /** True when nextBreakAt comes from a snooze, which settings do not move. */
  snoozed: boolean;
  /** Snoozes in a row, for the optional limit; any other answer resets it. */
  snoozesInRow: number;
  activeBreak: ActiveBreak | null;
  /**
   * Insights shown in the current round, newest last: none comes again until
   * every enabled insight has been shown. Stored, so the round survives restarts.
   */
  recentInsightIds: string[];
  lastExerciseId: string | null;
  /** Reminders paused, until a time or (null) until resumed. */
  pause: { until: number | null } | null;
  /** When a due break began waiting for a fullscreen window or a playing tab. */
  deferredSince: number | null;
  /** When the person went idle or locked the screen; null while they are here. */
  idleSince: number | null;
  /**
   * When the next micro-break is due; null while none counts (micro-breaks
   * off, a pause, a longer break on screen). See micro.ts.
   */
  nextMicroAt: number | null;
  /** When the micro-break on screen began; it ends by itself after its seconds. */
  microShownAt: number | null;
}

export const INITIAL_STATE: ScheduleState = {
  nextBreakAt: null,
  cycleStartedAt: null,
  snoozed: false,
  snoozesInRow: 0,
  activeBreak: null,
  recentInsightIds: [],
  lastExerciseId: null,
  pause: null,
  deferredSince: null,
  idleSince: null,
  nextMicroAt: null,
  microShownAt: null,
};

/** Something that happened, as the schedule sees it. */
export type ScheduleEvent =
  | { type: 'installed' }
  /** A page found no countdown (damaged storage): make one, and its alarm. */
  | { type: 'checkSchedule' }
  | { type: 'browserStarted' }
  /**
   * The break alarm; `busy` when a window is fullscreen or a tab plays sound;
   * `stored` when the last decision's state reached storage, so the stored
   * next-break time can tell an alarm the schedule has moved on from.
   */
  | { type: 'alarm'; scheduledTime: number; busy: boolean; stored: boolean }
  | { type: 'headsUpAlarm' }
  /** `openView` when the request came from outside the popup (a shortcut, a notification button). */
  | { type: 'takeBreakNow'; need?: Need; openView?: boolean }
  /** A page showed this content for the running break (first, or after "another"); nothing recorded. */
  | ({ type: 'showContent' } & BreakContent)
  | ({ type: 'finishBreak'; outcome: Answer; snoozeMinutes?: number } & BreakNotes)
  /** The micro-break on screen ended: its seconds ran (shown), or the person skipped or snoozed it. */
  | { type: 'finishMicro'; outcome: MicroOutcome }
  /** The check-in before the exercise: kept with the running break until it is recorded. */
  | { type: 'moodBefore'; mood: Mood }
  /** The person began the exercise: the break now counts as taken. */
  | { type: 'beginExercise' }
  /** On the close screen, after the break was recorded: how they feel now, and a line for themselves. */
  | ({ type: 'amendBreak'; id: string } & BreakNotes)
  /** The heads-up's Snooze: the coming break moves by the first snooze choice. */
  | { type: 'postpone' }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'togglePause' }
  | { type: 'idleChanged'; idle: 'active' | 'idle' | 'locked' }
  | { type: 'settingsChanged' };

/** The schedule's two alarms: the next break (longer or micro, whichever comes first) and the heads-up. */
export type AlarmName = 'break' | 'headsUp';

/** What the background must do in the browser after a decision. */
export type Effect =
  | { type: 'setAlarm'; name: AlarmName; at: number }
  | { type: 'clearAlarm'; name: AlarmName }
  /** The toolbar popup (or its small window); `large`: a big window of its own, for the large reminder style. */
  | { type: 'openBreakView'; large: boolean }
  /** Adds what the person said after a break ended (their mood, a line) to its history entry. */
  | { type: 'amend'; id: string; moodAfter?: Mood; note?: string }
  | { type: 'notify'; kind: 'break' }
  /** The heads-up before a break; `snooze` when it may offer Snooze (not past the limit, not with strict breaks). */
  | { type: 'notify'; kind: 'headsUp'; minutes: number; snooze: boolean }
  /** A micro-break's cue, for the notification reminder style. */
  | { type: 'notify'; kind: 'micro' }
  /** Clears the break's notification, or with `micro` the micro-break's. */
  | { type: 'clearNotification'; micro?: true }
  /** The optional soft chime with a reminder that reaches the person, at their volume (0-100). */
  | { type: 'chime'; volume: number }
  | { type: 'record'; entry: HistoryEntry }
  /** Counts a micro-break that began at `at`, by its day, apart from history's longer breaks. */
  | { type: 'countMicro'; outcome: MicroOutcome; at: number };

/** A decision: the new state and the effects to apply, in order. */
export interface Decision {
  state: ScheduleState;
  effects: Effect[];
}
