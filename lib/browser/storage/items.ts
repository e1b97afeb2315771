import { type BreakProgress, parseBreakProgress } from '@/lib/core/break-progress';
import { isRecord, isTime, memberOf } from '@/lib/core/guards';
import { STORAGE_NOTICE_KINDS, type StorageNotice } from '@/lib/core/history/types';
import { parseSchedule } from '@/lib/core/schedule/parse';
import type { ScheduleState } from '@/lib/core/schedule/types';
import { parseSettings } from '@/lib/core/settings/parse';
import type { Settings } from '@/lib/core/settings/settings';
import { defineItem } from './typed-item';

/*
 * Every stored item of Breathing Room but history (which spans one item a
 * month: ./history.ts), defined once. Version 1 is the first shape of each; a
 * later shape adds a migration and a test from a fixture of every older one.
 * Every write goes through an item's update(), under its lock: several
 * contexts write some of these items, and the lock is what keeps them safe.
 * Each definition is marked pure, so a context that never uses an item (the
 * background and the break's progress) does not carry its parser.
 */

/**
 * Settings follow the person through the browser's own sync. Written by the
 * options page, the welcome page, and the break view (hearts, Hide, the step
 * chime), in the popup or its window. Fields a newer version added are kept, and a newer
 * version's settings are never written over (see TypedItem.update).
 *
 * v1: the first shape. v2: the step chime (off) and the large reminder style.
 * v3: the two tiers: longer breaks (on, as before) and micro-breaks (off).
 * v4: strict breaks (off), insights and exercises hidden one by one (none),
 * and the person's own content only (off): what a v3 copy had in effect.
 */
export const settingsItem = /* @__PURE__ */ defineItem<Settings>({
  area: 'sync',
  key: 'settings',
  version: 4,
  parse: parseSettings,
  keepUnknownFields: true,
  migrations: {
    2: (old) => (isRecord(old) ? { ...old, stepChime: false } : old),
    3: (old) => (isRecord(old) ? { ...old, longBreaks: true, microBreaks: false } : old),
    4: (old) =>
      isRecord(old) ? { ...old, strictMode: false, hiddenInsights: [], hiddenExercises: [], ownOnly: false } : old,
  },
});

/**
 * The schedule, on this machine. Written only by the background's runner;
 * pages ask it by message. Only a countdown and the break on screen: a newer
 * version's copy is overwritten, since stopping reminders would cost more,
 * and while storage.local is full it is kept in memory, so reminders go on.
 *
 * v1: the longer breaks' countdown. v2: the micro-breaks' countdown beside
 * it; a v1 copy reads with none (parse defaults it), and the schedule starts
 * one when micro-breaks are on.
 */
export const scheduleItem = /* @__PURE__ */ defineItem<ScheduleState>({
  area: 'local',
  key: 'schedule',
  version: 2,
  parse: parseSchedule,
  protectNewer: false,
  inMemoryWhenFull: true,
});

/**
 * A notice about storage for the options page to show; null when there is
 * nothing to say. Written by the background, and cleared by options once its
 * cause is gone.
 */
export const storageNoticeItem = /* @__PURE__ */ defineItem<StorageNotice | null>({
  area: 'local',
  key: 'storageNotice',
  version: 1,
  parse: (raw) => {
    if (!isRecord(raw) || !isTime(raw.at)) return null;
    const kind = memberOf(STORAGE_NOTICE_KINDS, raw.kind);
    return kind ? { at: raw.at, kind } : null;
  },
  protectNewer: false,
});

/**
 * Where the person is in the break on screen (lib/core/break-flow.ts), in
 * memory: a popup that closes mid-break opens again on the same screen and
 * step. Written only by the page that shows the break.
 */
export const breakProgressItem = /* @__PURE__ */ defineItem<BreakProgress | null>({
  area: 'session',
  key: 'breakProgress',
  version: 1,
  parse: parseBreakProgress,
  protectNewer: false,
});
