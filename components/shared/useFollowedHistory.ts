import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { watchHistory } from '@/lib/browser/storage/history-watch';
import { readFailed } from './readFailed';

/** Follows history: `read` again whenever any part of it changes; undefined until first read. */
export function useFollowedHistory<T>(read: () => Promise<T>): Signal<T | undefined> {
  const value = useSignal<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      const mine = ++latest;
      read().then(
        (next) => {
          // Only the newest read counts: an older one finishing late must not undo it.
          if (live && mine === latest) value.value = next;
        },
        (error: unknown) => readFailed(error),
      );
    };
    load();
    const stop = watchHistory(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return value;
}
