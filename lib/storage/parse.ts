import { EXERCISE_KINDS, NEEDS, type Need, THEMES } from '@/content/types';
import {
  type ActiveBreak,
  DEFAULT_SETTINGS,
  type HistoryEntry,
  INITIAL_STATE,
  type MinuteSetting,
  type Outcome,
  type ScheduleState,
  SETTING_LIMITS,
  type Settings,
} from '@/lib/schedule/types';

/*
 * Stored values can be anything: an older version, a hand edit, a half-written
 * sync. These parsers keep every field that is valid and replace the rest with
 * its default, so a page never crashes and no good data is thrown away.
 */

type Loose = Record<string, unknown>;

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;
const OUTCOMES: readonly Outcome[] = ['taken', 'snoozed', 'skipped'];

/** True when a number is a whole number within a setting's limits. */
export function isValidSetting(key: MinuteSetting, value: unknown): value is number {
  const { min, max } = SETTING_LIMITS[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The members of `raw` that belong to `allowed`, each once; all of them turned off counts as none. */
function parseSubset<T extends string>(raw: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(raw)) return [];
  const subset = allowed.filter((item) => raw.includes(item));
  return subset.length < allowed.length ? subset : [];
}

/** Settings from storage: each valid field kept, each invalid one defaulted. */
export function parseSettings(raw: unknown): Settings {
  const loose = isRecord(raw) ? raw : {};
  const minutes = (key: MinuteSetting) => (isValidSetting(key, loose[key]) ? loose[key] : DEFAULT_SETTINGS[key]);
  return {
    intervalMinutes: minutes('intervalMinutes'),
    breakMinutes: minutes('breakMinutes'),
    disabledKinds: parseSubset(loose.disabledKinds, EXERCISE_KINDS),
    disabledThemes: parseSubset(loose.disabledThemes, THEMES),
  };
}

const parseNeed = (raw: unknown): Need | undefined => NEEDS.find((need) => need === raw);

/** Copies `need` onto an object only when it is one, so no `need: undefined` is stored. */
function withNeed<T extends object>(value: T, need: unknown): T & { need?: Need } {
  const parsed = parseNeed(need);
  return parsed ? { ...value, need: parsed } : value;
}

function parseActiveBreak(raw: unknown): ActiveBreak | null {
  if (!isRecord(raw)) return null;
  const { startedAt, insightId, exerciseId, trigger } = raw;
  if (!isTime(startedAt) || !isText(insightId) || !isText(exerciseId)) return null;
  return withNeed(
    { startedAt, insightId, exerciseId, trigger: trigger === 'manual' ? ('manual' as const) : ('schedule' as const) },
    raw.need,
  );
}

/** Schedule state from storage; a broken countdown is left null for the schedule to restart. */
export function parseSchedule(raw: unknown): ScheduleState {
  if (!isRecord(raw)) return { ...INITIAL_STATE };
  return {
    nextBreakAt: isTime(raw.nextBreakAt) ? raw.nextBreakAt : null,
    cycleStartedAt: isTime(raw.cycleStartedAt) ? raw.cycleStartedAt : null,
    snoozed: raw.snoozed === true,
    activeBreak: parseActiveBreak(raw.activeBreak),
    recentInsightIds: Array.isArray(raw.recentInsightIds) ? raw.recentInsightIds.filter(isText) : [],
    lastExerciseId: isText(raw.lastExerciseId) ? raw.lastExerciseId : null,
  };
}

/** One history entry, or null when it is not one. */
export function parseHistoryEntry(raw: unknown): HistoryEntry | null {
  if (!isRecord(raw)) return null;
  const { id, startedAt, endedAt, outcome, insightId, exerciseId } = raw;
  if (!isText(id) || !isTime(startedAt) || !isTime(endedAt) || endedAt < startedAt) return null;
  if (!OUTCOMES.includes(outcome as Outcome) || !isText(insightId) || !isText(exerciseId)) return null;
  return withNeed({ id, startedAt, endedAt, outcome: outcome as Outcome, insightId, exerciseId }, raw.need);
}

/** History from storage: every valid entry kept, in order; anything else dropped. */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(parseHistoryEntry).filter((entry): entry is HistoryEntry => entry !== null);
}
