import { NEEDS, type Need } from '@/content/types';
import {
  type ActiveBreak,
  type HistoryEntry,
  INITIAL_STATE,
  type Mood,
  NOTE_LIMIT,
  type Outcome,
  type ScheduleState,
} from '@/lib/schedule/types';

export { isValidSetting, parseSettings } from './parse-settings';

/*
 * Stored values can be anything: an older version, a hand edit, a half-written
 * sync. These parsers keep every field that is valid and replace the rest with
 * its default, so a page never crashes and no good data is thrown away.
 */

type Loose = Record<string, unknown>;

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;
const OUTCOMES: readonly Outcome[] = ['taken', 'snoozed', 'skipped', 'natural'];
const orNull = (v: unknown): number | null => (isTime(v) ? v : null);

const parseNeed = (raw: unknown): Need | undefined => NEEDS.find((need) => need === raw);

/** A mood on the 1-5 scale, or undefined. */
export const parseMood = (raw: unknown): Mood | undefined =>
  Number.isInteger(raw) && (raw as number) >= 1 && (raw as number) <= 5 ? (raw as Mood) : undefined;

/** Copies the optional check-ins and note onto an entry, only those that are valid. */
function withNotes<T extends object>(value: T, raw: Loose): T {
  const moodBefore = parseMood(raw.moodBefore);
  const moodAfter = parseMood(raw.moodAfter);
  const note = typeof raw.note === 'string' ? raw.note.slice(0, NOTE_LIMIT) : '';
  return { ...value, ...(moodBefore && { moodBefore }), ...(moodAfter && { moodAfter }), ...(note && { note }) };
}

/** Copies `need` onto an object only when it is one, so no `need: undefined` is stored. */
function withNeed<T extends object>(value: T, need: unknown): T & { need?: Need } {
  const parsed = parseNeed(need);
  return parsed ? { ...value, need: parsed } : value;
}

function parseActiveBreak(raw: unknown): ActiveBreak | null {
  if (!isRecord(raw)) return null;
  const { startedAt, insightId, exerciseId, trigger } = raw;
  if (!isTime(startedAt) || !isText(insightId) || !isText(exerciseId)) return null;
  const active = {
    startedAt,
    insightId,
    exerciseId,
    trigger: trigger === 'manual' ? ('manual' as const) : ('schedule' as const),
  };
  return withNotes(withNeed(active, raw.need), { moodBefore: raw.moodBefore });
}

/** Schedule state from storage; a broken countdown is left null for the schedule to restart. */
export function parseSchedule(raw: unknown): ScheduleState {
  if (!isRecord(raw)) return { ...INITIAL_STATE };
  return {
    nextBreakAt: orNull(raw.nextBreakAt),
    cycleStartedAt: orNull(raw.cycleStartedAt),
    snoozed: raw.snoozed === true,
    snoozesInRow:
      Number.isInteger(raw.snoozesInRow) && (raw.snoozesInRow as number) >= 0 ? (raw.snoozesInRow as number) : 0,
    activeBreak: parseActiveBreak(raw.activeBreak),
    recentInsightIds: Array.isArray(raw.recentInsightIds) ? raw.recentInsightIds.filter(isText) : [],
    lastExerciseId: isText(raw.lastExerciseId) ? raw.lastExerciseId : null,
    // A pause whose end is not a time, but not "until resumed" either, is no pause.
    pause:
      isRecord(raw.pause) && (raw.pause.until === null || isTime(raw.pause.until))
        ? { until: orNull(raw.pause.until) }
        : null,
    deferredSince: orNull(raw.deferredSince),
    idleSince: orNull(raw.idleSince),
  };
}

/** One history entry, or null when it is not one. */
export function parseHistoryEntry(raw: unknown): HistoryEntry | null {
  if (!isRecord(raw)) return null;
  const { id, startedAt, endedAt, outcome, insightId, exerciseId } = raw;
  if (!isText(id) || !isTime(startedAt) || !isTime(endedAt) || endedAt < startedAt) return null;
  if (!OUTCOMES.includes(outcome as Outcome)) return null;
  const entry: HistoryEntry = { id, startedAt, endedAt, outcome: outcome as Outcome };
  // A natural break has no content; every other break has both ids.
  if (outcome !== 'natural') {
    if (!isText(insightId) || !isText(exerciseId)) return null;
    Object.assign(entry, { insightId, exerciseId });
  }
  return withNotes(withNeed(entry, raw.need), raw);
}

/** History from storage: every valid entry kept, in order; anything else dropped. */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(parseHistoryEntry).filter((entry): entry is HistoryEntry => entry !== null);
}
