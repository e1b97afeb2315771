import { isRecord } from '@/lib/core/guards';
import { HOUR, isRested, RESTED_OUTCOMES } from '@/lib/core/vocabulary';
import { dayStart, isDay } from './dates';
import { decodeMonth } from './month';
import { parseHistory, parseHistoryEntry } from './parse';
import type { HistoryEntry } from './types';

/*
 * History as earlier versions kept it, read into today's breaks: version 1
 * stored a plain list; version 2 stored rows and, for breaks older than a
 * year, only each day's totals. Totals have no breaks to hold on to, so each
 * counted break becomes a folded break of its own with an id made from its
 * day, outcome and number: the same totals, streaks and minutes, and an id
 * that tells a second migration or import of the same totals apart from new ones.
 */

/** Version 2's outcomes in a day's totals, in their stored order (the first four of OUTCOMES). */
const V2_OUTCOMES = ['taken', 'skipped', 'snoozed', 'natural'] as const;

/** The fields of a day's totals before 'missed' was an outcome (history v2, import files of version 1), in stored order. */
export const LEGACY_TOTAL_FIELDS = [...V2_OUTCOMES, 'mindfulSeconds'] as const;

/** The most breaks of one kind a day's totals may stand for: one a minute, all day. */
export const MAX_DAY_COUNT = 1440;

/** The folded breaks a day's totals stand for: counts of each outcome, and the mindful seconds of taken and natural ones. */
export function breaksFromTotals(day: string, totals: Record<string, number>): HistoryEntry[] {
  if (!isDay(day)) return [];
  const count = (key: string) => Math.min(MAX_DAY_COUNT, Math.max(0, Math.floor(totals[key] ?? 0)));
  const rested = RESTED_OUTCOMES.reduce((sum, outcome) => sum + count(outcome), 0);
  // Mindful seconds shared evenly by the breaks that rested, the remainder one second each to the first.
  const seconds = Math.max(0, Math.floor(totals.mindfulSeconds ?? 0));
  const share = rested > 0 ? Math.floor(seconds / rested) : 0;
  let extra = rested > 0 ? seconds - share * rested : 0;
  // Noon: whatever the clocks did that day, a break of up to two hours ends on it.
  const noon = dayStart(day) + 12 * HOUR;
  const entries: HistoryEntry[] = [];
  for (const outcome of V2_OUTCOMES) {
    for (let n = 1; n <= count(outcome); n++) {
      const rests = isRested(outcome);
      const ms = rests ? (share + (extra > 0 ? 1 : 0)) * 1000 : 0;
      if (rests && extra > 0) extra--;
      const entry = parseHistoryEntry({ id: `${day}/${outcome}/${n}`, startedAt: noon, endedAt: noon + ms, outcome });
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

/** The breaks a stored history of version 1 or 2 holds; none for anything else. */
export function legacyHistory(version: number, data: unknown): HistoryEntry[] {
  if (version === 1) return parseHistory(data);
  if (version !== 2 || !isRecord(data)) return [];
  // A version 2 row is a version 3 row counted from 1970, with library ids in place of their indexes.
  const entries = decodeMonth({ from: 0, rows: Array.isArray(data.entries) ? data.entries : [] });
  if (isRecord(data.days)) {
    for (const [day, stored] of Object.entries(data.days)) {
      if (!Array.isArray(stored)) continue;
      const totals = Object.fromEntries(LEGACY_TOTAL_FIELDS.map((key, i) => [key, stored[i]]));
      entries.push(...breaksFromTotals(day, totals as Record<string, number>));
    }
  }
  return entries;
}
