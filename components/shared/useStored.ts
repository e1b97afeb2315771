import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { TypedItem } from '@/lib/browser/storage/typed-item';
import { readFailed } from './readFailed';

/** Values read ahead of the page's first render (readAhead), by item. */
const readEarly = new WeakMap<TypedItem<unknown>, { value: unknown }>();

/**
 * Reads items before the page renders, so its first paint can show them
 * rather than a moment of "Loading". Resolves with their values; a failed
 * read is left to useStored, which says so.
 */
export function readAhead<T extends unknown[]>(items: { [K in keyof T]: TypedItem<T[K]> }): Promise<T> {
  return Promise.all(
    items.map((item: TypedItem<unknown>) =>
      item.get().then((value) => {
        readEarly.set(item, { value });
        return value;
      }),
    ),
  ) as Promise<T>;
}

/**
 * A stored item as a signal: undefined until it loads (or its value read
 * ahead), then kept in step with storage. Storage is the source of truth;
 * the page only follows it.
 */
export function useStored<T>(item: TypedItem<T>): Signal<T | undefined> {
  const value = useSignal<T | undefined>(readEarly.get(item)?.value as T | undefined);
  useEffect(() => {
    let live = true;
    const unwatch = item.watch((next) => {
      value.value = next;
    });
    // Read again once watching: a change between the early read and now is not missed.
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
