import { EXERCISE_KINDS, NEEDS, THEMES } from '@/content/types';
import { isRecord, type Loose, memberOf } from '@/lib/core/guards';
import { isDay, localDay } from '@/lib/core/history/dates';
import { parseMood } from '@/lib/core/history/parse';
import { DAY_TOTAL_FIELDS, type DayTotals, type HistoryEntry, type HistoryStore } from '@/lib/core/history/types';
import type { MessageKey } from '@/lib/core/message-key';
import { isValidSetting, isVolume, parseSettings } from '@/lib/core/settings/parse';
import { DEFAULT_SETTINGS, type NumberSetting, type Settings, SNOOZE_LIMITS } from '@/lib/core/settings/settings';
import { checkWorkingHours, isDayRange } from '@/lib/core/settings/working-hours-check';
import { COLOR_THEMES, NOTE_LIMIT, OUTCOMES, REMINDER_STYLES } from '@/lib/core/vocabulary';
import { FILE_APP, FILE_VERSION } from './export';

/*
 * Reading a Breathing Room file back. Unlike storage parsing, which keeps
 * what it can, import is all or nothing: a file with one bad part is refused
 * whole, with a message saying which part, and nothing is written. These
 * functions are pure; the options page writes only after a person confirms.
 */

/** Files larger than this are refused before they are read as JSON. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The longest a break can last, start to end. */
const MAX_BREAK_MS = 24 * 60 * 60 * 1000;
/** The latest time a Date can hold: anything later could not be shown or exported. */
const MAX_TIME = 8.64e15;

export type ImportError = { ok: false; error: MessageKey; substitutions?: string[] };
export type HistoryImport = { ok: true; store: HistoryStore } | ImportError;
export type SettingsImport = { ok: true; settings: Settings } | ImportError;

/** What adding a file would do: entries new here, entries already here, and day totals new here. */
export interface ImportSummary {
  adding: number;
  alreadyPresent: number;
  days: number;
}

const fail = (error: MessageKey, substitutions?: string[]): ImportError =>
  substitutions ? { ok: false, error, substitutions } : { ok: false, error };

/** Keys that could reach an object's prototype when the data is later copied or merged. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** "__proto__" as a key in the raw text: JSON.parse makes it an own property, easy to miss later. */
const RAW_PROTO = /"__proto__"\s*:/;
/** Markup in a text field: a tag, a comment or a processing instruction. */
const HTML = /<[a-z!/?]/i;

/** True when any object anywhere in `value` has a hostile key. Iterative, so deep nesting cannot overflow. */
function hasHostileKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) {
      // One by one: spreading a list of millions into push() would overflow the call stack.
      for (const item of next) stack.push(item);
      continue;
    }
    for (const key of Object.keys(next)) {
      if (HOSTILE_KEYS.has(key)) return true;
      stack.push((next as Loose)[key]);
    }
  }
  return false;
}

/**
 * The common part of every import: size, JSON, hostile keys, then the file's
 * own description (app, kind, version). Returns the parsed file, or why not.
 */
function readFile(text: string, bytes: number, kind: 'history' | 'settings'): { ok: true; file: Loose } | ImportError {
  if (!(bytes <= MAX_IMPORT_BYTES) || text.length > MAX_IMPORT_BYTES) return fail('importTooLarge', ['10']);
  if (RAW_PROTO.test(text)) return fail('importHostile');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('importNotJson');
  }
  if (hasHostileKey(file)) return fail('importHostile');
  if (!isRecord(file) || file.app !== FILE_APP || file.kind !== kind) return fail('importWrongKind');
  if (file.version !== FILE_VERSION) {
    const found = file.version === undefined ? '—' : String(JSON.stringify(file.version)).slice(0, 20);
    return fail('importWrongVersion', [found]);
  }
  return { ok: true, file };
}

/* History */

/** A time in whole ms (Date.now()'s kind), from 1970 to the last time a Date holds. */
const isTime = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= MAX_TIME;
/** An id or a library id: 1-100 characters, no markup (the same length rule as storage). */
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100 && !HTML.test(v);

/** One entry checked strictly, or null: every field present must be valid, and nothing is dropped silently. */
export function validateEntry(raw: unknown): HistoryEntry | null {
  if (!isRecord(raw)) return null;
  const { id, startedAt, endedAt, insightId, exerciseId, need, moodBefore, moodAfter, note } = raw;
  if (!isId(id) || !isTime(startedAt) || !isTime(endedAt)) return null;
  if (endedAt < startedAt || endedAt - startedAt > MAX_BREAK_MS) return null;
  const outcome = memberOf(OUTCOMES, raw.outcome);
  if (!outcome) return null;
  const entry: HistoryEntry = { id, startedAt, endedAt, outcome };
  // As in storage: a natural break has no content, every other break has both ids.
  if (outcome === 'natural') {
    if (insightId !== undefined || exerciseId !== undefined) return null;
  } else {
    if (!isId(insightId) || !isId(exerciseId)) return null;
    Object.assign(entry, { insightId, exerciseId });
  }
  if (need !== undefined) {
    const known = memberOf(NEEDS, need);
    if (!known) return null;
    entry.need = known;
  }
  if (moodBefore !== undefined) {
    entry.moodBefore = parseMood(moodBefore);
    if (!entry.moodBefore) return null;
  }
  if (moodAfter !== undefined) {
    entry.moodAfter = parseMood(moodAfter);
    if (!entry.moodAfter) return null;
  }
  if (note !== undefined) {
    if (typeof note !== 'string' || note.length > NOTE_LIMIT || HTML.test(note)) return null;
    // Storage keeps no empty note, so neither does import.
    if (note !== '') entry.note = note;
  }
  return entry;
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** One day's totals checked strictly: every count a non-negative whole number. */
export function validateDay(raw: unknown): DayTotals | null {
  if (!isRecord(raw) || !DAY_TOTAL_FIELDS.every((key) => isCount(raw[key]))) return null;
  return Object.fromEntries(DAY_TOTAL_FIELDS.map((key) => [key, raw[key]])) as DayTotals;
}

/**
 * A history file, checked whole. Entries keep the file's order; an id that
 * appears twice is kept once (the first). Any bad entry or day refuses the file.
 */
export function parseHistoryImport(text: string, bytes: number): HistoryImport {
  const read = readFile(text, bytes, 'history');
  if (!read.ok) return read;
  const { entries: rawEntries, days: rawDays } = read.file;
  if (!Array.isArray(rawEntries) || !isRecord(rawDays)) return fail('importWrongKind');

  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of rawEntries.entries()) {
    const entry = validateEntry(raw);
    if (!entry) return fail('importBadEntry', [String(index + 1)]);
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push(entry);
  }

  const days: Record<string, DayTotals> = {};
  for (const key of Object.keys(rawDays).sort()) {
    const totals = validateDay(rawDays[key]);
    if (!isDay(key) || !totals) return fail('importBadDay', [key.slice(0, 20)]);
    days[key] = totals;
  }
  return { ok: true, store: { entries, days } };
}

/**
 * What adding `incoming` to `current` brings: its entries not here yet, and its
 * day totals not here yet. Day totals count breaks folded out of entries, so
 * nothing is counted twice: an entry whose day is already a total here is
 * already counted, and a day total is not added for a day this history still
 * has entries of (the current side wins, as for a day both have).
 */
function newParts(current: HistoryStore, incoming: HistoryStore) {
  const days: Record<string, DayTotals> = {};
  const entryDays = new Set(current.entries.map((entry) => localDay(entry.endedAt)));
  for (const [day, totals] of Object.entries(incoming.days)) {
    if (!Object.hasOwn(current.days, day) && !entryDays.has(day)) days[day] = totals;
  }
  const ids = new Set(current.entries.map((entry) => entry.id));
  const entries: HistoryEntry[] = [];
  for (const entry of incoming.entries) {
    if (ids.has(entry.id)) continue;
    const day = localDay(entry.endedAt);
    if (Object.hasOwn(current.days, day) || Object.hasOwn(days, day)) continue;
    ids.add(entry.id);
    entries.push(entry);
  }
  return { entries, days };
}

/** What adding `incoming` to `current` would change, for the confirmation. */
export function summarizeImport(current: HistoryStore, incoming: HistoryStore): ImportSummary {
  const added = newParts(current, incoming);
  const inFile = new Set(incoming.entries.map((entry) => entry.id)).size;
  return {
    adding: added.entries.length,
    alreadyPresent: inFile - added.entries.length,
    days: Object.keys(added.days).length,
  };
}

/**
 * The union of two histories, never counting a break twice: every entry once
 * by id (the current one wins), oldest first by end time (a stable sort, so
 * entries already in order keep it); day totals from both, the current
 * side's winning (see newParts). Merging the same file again changes nothing.
 */
export function mergeHistory(current: HistoryStore, incoming: HistoryStore): HistoryStore {
  const added = newParts(current, incoming);
  const byId = new Map<string, HistoryEntry>();
  for (const entry of [...current.entries, ...added.entries]) {
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  const entries = [...byId.values()].sort((a, b) => a.endedAt - b.endedAt || a.startedAt - b.startedAt);
  const all = { ...current.days, ...added.days };
  const days: Record<string, DayTotals> = {};
  for (const day of Object.keys(all).sort()) days[day] = all[day] as DayTotals;
  return { entries, days };
}

/* Settings */

const isBoolean = (v: unknown) => typeof v === 'boolean';
const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** A list of distinct members of `allowed`, leaving at least one of them on. */
const isSubset =
  (allowed: readonly string[]) =>
  (v: unknown): boolean =>
    Array.isArray(v) &&
    v.every((item) => allowed.includes(item)) &&
    new Set(v).size === v.length &&
    v.length < allowed.length;

const isLibraryIds = (v: unknown) =>
  Array.isArray(v) && v.every((id) => typeof id === 'string' && /^[a-z0-9-]{1,60}$/.test(id));

function isSnoozeList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length === 0 || v.length > SNOOZE_LIMITS.choices) return false;
  const valid = v.every((n) => isWhole(n) && n >= SNOOZE_LIMITS.min && n <= SNOOZE_LIMITS.max);
  return valid && new Set(v).size === v.length;
}

function isWorkingHours(v: unknown): boolean {
  if (!isRecord(v) || !isBoolean(v.enabled) || !Array.isArray(v.days) || v.days.length !== 7) return false;
  if (!v.days.every((ranges) => Array.isArray(ranges) && ranges.every(isDayRange))) return false;
  return checkWorkingHours(v as unknown as Settings['workingHours']) === null;
}

const numberSetting = (key: NumberSetting) => (v: unknown) => isValidSetting(key, v);

/** A strict check for every setting: a new setting without one does not compile. */
const SETTING_CHECKS: { [K in keyof Settings]: (value: unknown) => boolean } = {
  intervalMinutes: numberSetting('intervalMinutes'),
  breakMinutes: numberSetting('breakMinutes'),
  disabledKinds: isSubset(EXERCISE_KINDS),
  disabledThemes: isSubset(THEMES),
  snoozeMinutes: isSnoozeList,
  maxSnoozes: numberSetting('maxSnoozes'),
  workingHours: isWorkingHours,
  headsUpMinutes: numberSetting('headsUpMinutes'),
  dontInterrupt: isBoolean,
  maxDeferMinutes: numberSetting('maxDeferMinutes'),
  reminderStyle: (v) => memberOf(REMINDER_STYLES, v) !== undefined,
  sound: isBoolean,
  volume: isVolume,
  moodCheckIn: isBoolean,
  theme: (v) => memberOf(COLOR_THEMES, v) !== undefined,
  dailyGoal: numberSetting('dailyGoal'),
  favouriteInsights: isLibraryIds,
  favouriteExercises: isLibraryIds,
};

/**
 * A settings file, checked whole: unknown keys are ignored, a missing setting
 * takes its default, and any known setting with an invalid value refuses the
 * file (rather than quietly becoming the default). The result goes through
 * parseSettings, the same reader storage uses.
 */
export function parseSettingsImport(text: string, bytes: number): SettingsImport {
  const read = readFile(text, bytes, 'settings');
  if (!read.ok) return read;
  const raw = read.file.settings;
  if (!isRecord(raw)) return fail('importWrongKind');
  const known: Loose = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!Object.hasOwn(raw, key)) continue;
    if (!SETTING_CHECKS[key](raw[key])) return fail('importBadSettings', [key]);
    known[key] = raw[key];
  }
  return { ok: true, settings: parseSettings(known) };
}
