/*
 * History, bounded: recent breaks in full, older ones folded into daily
 * totals. Pages import from here; the background imports the modules it
 * needs directly, to stay small.
 */
export { decodeHistory, encodeHistory } from './codec';
export { addDays, localDay, startOfLocalDay, startOfWeek } from './dates';
export { foldBefore, foldOld, KEEP_DAYS } from './fold';
export { countTakenToday, recentEntries } from './recent';
export { computeStats, type Stats } from './stats';
export { type DayTotals, EMPTY_HISTORY, type HistoryStore, type StorageNotice } from './types';
