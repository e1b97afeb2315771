import { browser } from 'wxt/browser';

/** Where an item lives: `sync` follows the person's browser profile, `local` stays on this machine. */
export type StorageArea = 'local' | 'sync';

/** How a value sits in storage: plain JSON with the version of its shape. */
export interface Envelope {
  v: number;
  data: unknown;
}

/**
 * A stored value that is always of its type, because every read goes through
 * its parser. There is no plain set(): every write is a change of the latest
 * value under the item's lock, so two writers (the background and a page, two
 * pages, two options tabs) can never overwrite each other's change.
 */
export interface TypedItem<T> {
  readonly area: StorageArea;
  readonly key: string;
  get(): Promise<T>;
  /**
   * Reads, changes and writes the value as one step, under a lock that every
   * page of the extension and the background share. `change` may be async: the
   * lock is held until it returns and its result is written. When the write
   * fails (storage full, or any other reason), `onWriteError` may offer a
   * smaller value to write instead, still under the lock.
   */
  update(change: (current: T) => T | Promise<T>, onWriteError?: WriteErrorHandler<T>): Promise<T>;
  /** Calls back with each new value, parsed; returns the function that stops watching. */
  watch(callback: (value: T) => void): () => void;
}

/**
 * Called when writing `failed` threw `error`, for the `attempt`-th time (0
 * first): returns a value to write instead, or null to give up, and then the
 * error is thrown. Whatever the error says: browsers word a full storage
 * area differently, and a retry with less data is safe for any error.
 */
export type WriteErrorHandler<T> = (failed: T, error: unknown, attempt: number) => T | null;

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
  /** Turns a T into the data stored, when that is a more compact form; `parse` reads it back. */
  encode?: (value: T) => unknown;
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

/** The local flag that says a synced item is kept locally for now: the options page tells the person. */
export const localFallbackFlag = (key: string) => `${key}:keptLocally`;

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
  const { area, key, version, parse, migrations, encode } = options;
  const read = (stored: unknown) => parse(unwrap(stored, version, migrations));
  // Sync can be off, or over its limits (100 KB, 8 KB an item, 120 writes a
  // minute): then a synced item lives in local storage, flagged, until sync takes it again.
  const flag = localFallbackFlag(key);
  const get = async () => {
    if (area === 'sync') {
      const local = await browser.storage.local.get([key, flag]);
      if (local[flag] === true) return read(local[key]);
      return browser.storage.sync.get(key).then(
        (synced) => read(synced[key]),
        () => read(local[key]),
      );
    }
    return read((await browser.storage[area].get(key))[key]);
  };
  const write = async (value: T) => {
    const envelope: Envelope = { v: version, data: encode ? encode(value) : value };
    if (area !== 'sync') return browser.storage[area].set({ [key]: envelope });
    try {
      await browser.storage.sync.set({ [key]: envelope });
      await browser.storage.local.remove([key, flag]);
    } catch {
      await browser.storage.local.set({ [key]: envelope, [flag]: true });
    }
  };
  return {
    area,
    key,
    get,
    update: (change, onWriteError) =>
      withLock(`breathing-room:${area}:${key}`, async () => {
        let next: T = await change(await get());
        for (let attempt = 0; ; attempt++) {
          try {
            await write(next);
            return next;
          } catch (error) {
            const instead = onWriteError?.(next, error, attempt) ?? null;
            if (instead === null) throw error;
            next = instead;
          }
        }
      }),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        const change = changes[key];
        // A synced item may change in local storage too, while sync is unavailable.
        const ours = changedArea === area || (area === 'sync' && changedArea === 'local');
        if (ours && change && change.newValue !== undefined) callback(read(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
