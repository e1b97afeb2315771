import type { HistoryEntry, ScheduleState, Settings } from '@/lib/schedule/types';
import { parseHistory, parseSchedule, parseSettings } from './parse';
import { defineItem } from './typed-item';

/*
 * Every stored item of Breathing Room, defined once. Version 1 is the first
 * shape of each; a later shape adds a migration and a test from a v1 fixture.
 */

/** Settings follow the person through the browser's own sync. Written only by the options page. */
export const settingsItem = defineItem<Settings>({ area: 'sync', key: 'settings', version: 1, parse: parseSettings });

/** The schedule, on this machine. Written only by the background. */
export const scheduleItem = defineItem<ScheduleState>({
  area: 'local',
  key: 'schedule',
  version: 1,
  parse: parseSchedule,
});

/** Finished breaks, oldest first, on this machine. Written only by the background. */
export const historyItem = defineItem<HistoryEntry[]>({
  area: 'local',
  key: 'history',
  version: 1,
  parse: parseHistory,
});

/** History keeps this many entries, dropping the oldest; later work folds them into totals. */
export const HISTORY_LIMIT = 5000;
