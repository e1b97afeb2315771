import { decodeHistory, encodeHistory } from '@/lib/core/history/codec';
import { parseHistory } from '@/lib/core/history/parse';
import type { HistoryStore, StorageNotice } from '@/lib/core/history/types';
import { parseSchedule } from '@/lib/core/schedule/parse';
import type { ScheduleState } from '@/lib/core/schedule/types';
import { parseSettings } from '@/lib/core/settings/parse';
import type { Settings } from '@/lib/core/settings/settings';
import { defineItem } from './typed-item';

/*
 * Every stored item of Breathing Room, defined once. Version 1 is the first
 * shape of each; a later shape adds a migration and a test from a v1 fixture.
 * Every write goes through an item's update(), under its lock: several
 * contexts write some of these items, and the lock is what keeps them safe.
 */

/**
 * Settings follow the person through the browser's own sync. Written by the
 * options page, and by the break view's hearts (in the popup or its window).
 */
export const settingsItem = defineItem<Settings>({ area: 'sync', key: 'settings', version: 1, parse: parseSettings });

/** The schedule, on this machine. Written only by the background's runner; pages ask it by message. */
export const scheduleItem = defineItem<ScheduleState>({
  area: 'local',
  key: 'schedule',
  version: 1,
  parse: parseSchedule,
});

/**
 * Finished breaks, on this machine. Written by the background when a break
 * ends, and by the options page when the person imports or clears history.
 * v1: every entry as an object, at most 5000. v2: recent entries plus daily
 * totals of older ones, in the compact form of lib/history/codec.
 */
export const historyItem = defineItem<HistoryStore>({
  area: 'local',
  key: 'history',
  version: 2,
  parse: decodeHistory,
  encode: encodeHistory,
  migrations: {
    // Nothing is folded here: a migration has no "now". The next break recorded folds what is old.
    2: (old) => encodeHistory({ entries: parseHistory(old), days: {} }),
  },
});

/** A notice about storage for the options page to show; null when there is nothing to say. Written by the background. */
export const storageNoticeItem = defineItem<StorageNotice | null>({
  area: 'local',
  key: 'storageNotice',
  version: 1,
  parse: (raw) => {
    if (typeof raw !== 'object' || raw === null) return null;
    const { at, kind } = raw as Partial<StorageNotice>;
    const valid = typeof at === 'number' && Number.isFinite(at) && (kind === 'folded' || kind === 'full');
    return valid ? { at, kind } : null;
  },
});
