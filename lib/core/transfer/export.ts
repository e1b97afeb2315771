import { NO_OWN_CONTENT, type OwnContent } from '@/lib/core/content/own';
import type { MicroTally } from '@/lib/core/history/micro-tally';
import type { HistoryEntry, HistoryStore } from '@/lib/core/history/types';
import type { Settings } from '@/lib/core/settings/settings';
import { FILE_APP } from './file';
import { HISTORY_FILE_VERSION } from './import-history';
import { SETTINGS_FILE_VERSION } from './import-settings';

/*
 * Copies of the person's own data, to keep or to move to another browser.
 * Pure functions from values to text: the options page turns the text into a
 * download. Nothing here reads storage or leaves the machine.
 */

/** The CSV's columns, in order: the HistoryEntry fields, times as ISO 8601. */
export const CSV_COLUMNS = [
  'id',
  'startedAt',
  'endedAt',
  'outcome',
  'insightId',
  'exerciseId',
  'need',
  'moodBefore',
  'moodAfter',
  'note',
] as const satisfies readonly (keyof HistoryEntry)[];

/** An entry with its fields in one readable order, and only the fields a HistoryEntry has. */
function readableEntry(entry: HistoryEntry): HistoryEntry {
  const out: Record<string, unknown> = {};
  for (const column of CSV_COLUMNS) {
    if (entry[column] !== undefined) out[column] = entry[column];
  }
  return out as unknown as HistoryEntry;
}

/** The whole history, and the micro-breaks by day, as pretty-printed JSON that import reads back unchanged. */
export function exportHistoryJson(store: HistoryStore, now: number, micro: MicroTally = {}): string {
  const file = {
    app: FILE_APP,
    kind: 'history',
    version: HISTORY_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries: store.entries.map(readableEntry),
    // Added without a new version: an older Breathing Room reads the breaks and leaves this be.
    ...(Object.keys(micro).length > 0 && { microBreaks: micro }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The settings, and the person's own insights and exercises, as pretty-printed JSON that settings import reads back unchanged. */
export function exportSettingsJson(settings: Settings, now: number, own: OwnContent = NO_OWN_CONTENT): string {
  const written = own.insights.length + own.exercises.length + Object.keys(own.gone).length > 0;
  const file = {
    app: FILE_APP,
    kind: 'settings',
    version: SETTINGS_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    // Added without a new version: an older Breathing Room reads the settings and leaves this be.
    ...(written && { own }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A time as ISO 8601 (stored times are within TIME_BOUNDS, which every Date can hold). */
const isoTime = (time: number) => new Date(time).toISOString();

/**
 * One CSV cell. A spreadsheet runs a cell starting with = + - @ (or a tab or
 * carriage return before one) as a formula, so such a cell gets a leading
 * single quote; then RFC 4180 quoting for commas, quotes and line breaks.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvRow(entry: HistoryEntry): string {
  return CSV_COLUMNS.map((column) => {
    const value = entry[column];
    if (value === undefined) return '';
    if (column === 'startedAt' || column === 'endedAt') return csvCell(isoTime(value as number));
    return csvCell(String(value));
  }).join(',');
}

/** The history's entries as CSV: a header row, then one row per entry, oldest first, CRLF line ends. */
export function exportHistoryCsv(store: HistoryStore): string {
  return [CSV_COLUMNS.join(','), ...store.entries.map(csvRow)].map((line) => `${line}\r\n`).join('');
}

/** A file name with the local date: breathing-room-history-2026-11-25.json. */
export function exportFileName(what: 'history' | 'settings', extension: 'json' | 'csv', now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `breathing-room-${what}-${day}.${extension}`;
}
