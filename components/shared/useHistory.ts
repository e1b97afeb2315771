import type { Signal } from '@preact/signals';
import { readHistory } from '@/lib/browser/storage/history-read';
import type { HistoryStore } from '@/lib/core/history/types';
import { useFollowedHistory } from './useFollowedHistory';

/** All of history, oldest first, kept in step with storage. */
export const useHistory = (): Signal<HistoryStore | undefined> => useFollowedHistory(readHistory);
