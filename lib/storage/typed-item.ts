import { browser } from 'wxt/browser';

/** Where an item lives: `sync` follows the person's browser profile, `local` stays on this machine. */
export type StorageArea = 'local' | 'sync';

/** How a value sits in storage: plain JSON with the version of its shape. */
export interface Envelope {
  v: number;
  data: unknown;
}

/** A stored value that is always of its type, because every read goes through its parser. */
export interface TypedItem<T> {
  readonly area: StorageArea;
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /**
   * Reads, changes and writes the value as one step, under a lock that every
   * page of the extension shares, so quick changes (two boxes ticked in a row,
   * two options tabs) never overwrite each other.
   */
  update(change: (current: T) => T): Promise<T>;
  /** Calls back with each new value, parsed; returns the function that stops watching. */
  watch(callback: (value: T) => void): () => void;
}

/** How to define an item: where it lives, its current shape's version and how to read any stored form. */
export interface ItemOptions<T> {
  area: StorageArea;
  key: string;
  version: number;
  /**
   * Turns whatever is stored (the data of an envelope of `version`, already
   * migrated) into a T, keeping what is valid and defaulting the rest.
   */
  parse: (raw: unknown) => T;
  /** migrations[n] turns data of version n - 1 into version n. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** Runs `task` holding the named lock: Web Locks where the page has them, else a queue in this context. */
const localQueues = new Map<string, Promise<unknown>>();
function withLock<R>(name: string, task: () => Promise<R>): Promise<R> {
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request(name, task) as Promise<R>;
  const run = (localQueues.get(name) ?? Promise.resolve()).then(task);
  localQueues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

/** Brings stored data up to the current version; anything unreadable becomes undefined (the default). */
export function unwrap(stored: unknown, version: number, migrations: ItemOptions<unknown>['migrations'] = {}): unknown {
  if (typeof stored !== 'object' || stored === null || !('v' in stored) || !('data' in stored)) return undefined;
  const envelope = stored as Envelope;
  if (!Number.isInteger(envelope.v) || envelope.v > version) return undefined;
  let data = envelope.data;
  for (let from = envelope.v + 1; from <= version; from++) {
    const migrate = migrations[from];
    data = migrate ? migrate(data) : data;
  }
  return data;
}

/**
 * Defines one stored item. Breathing Room's own small layer (rather than
 * @wxt-dev/storage) because it costs a few hundred bytes against a 20 KB
 * popup budget, and every read must be validated anyway.
 */
export function defineItem<T>(options: ItemOptions<T>): TypedItem<T> {
  const { area, key, version, parse, migrations } = options;
  const read = (stored: unknown) => parse(unwrap(stored, version, migrations));
  const get = async () => read((await browser.storage[area].get(key))[key]);
  const set = async (value: T) => {
    const envelope: Envelope = { v: version, data: value };
    await browser.storage[area].set({ [key]: envelope });
  };
  return {
    area,
    key,
    get,
    set,
    update: (change) =>
      withLock(`breathing-room:${area}:${key}`, async () => {
        const next = change(await get());
        await set(next);
        return next;
      }),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        const change = changes[key];
        if (changedArea === area && change) callback(read(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
