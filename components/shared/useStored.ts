import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { TypedItem } from '@/lib/browser/storage/typed-item';
import { readFailed } from './readFailed';

/**
 * A stored item as a signal: undefined until it loads, then kept in step with
 * storage. Storage is the source of truth; the page only follows it.
 */
export function useStored<T>(item: TypedItem<T>): Signal<T | undefined> {
  const value = useSignal<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const unwatch = item.watch((next) => {
      value.value = next;
    });
    item.get().then(
      (loaded) => {
        if (live) value.value = loaded;
      },
      (error: unknown) => readFailed(error),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
