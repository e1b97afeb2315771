import { browser } from 'wxt/browser';
import { isRecord } from '@/lib/core/guards';
import { isChangeOf, readStored, type StorageArea, writeStored } from './areas';
import { lockName, withLock } from './lock';

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
  /** The value; data of a newer version is read as well as this version can (see isNewer). */
  get(): Promise<T>;
  /**
   * Reads, changes and writes the value as one step, under a lock that every
   * page of the extension and the background share. `change` may be async: the
   * lock is held until it returns and its result is written. When the write
   * fails (storage full, or any other reason), `onWriteError` may offer a
   * smaller value to write instead, still under the lock. Refuses with a
   * NewerVersionError, writing nothing, when a newer version stored the value.
   */
  update(change: (current: T) => T | Promise<T>, onWriteError?: WriteErrorHandler<T>): Promise<T>;
  /** True when a newer version of Breathing Room stored the value: this one then writes nothing. */
  isNewer(): Promise<boolean>;
  /** Writes `value` over whatever is stored, a newer version's data too: only when the person chose to. */
  replace(value: T): Promise<void>;
  /** Calls back with each new value, parsed; returns the function that stops watching. */
  watch(callback: (value: T) => void): () => void;
}

/** Thrown by update() when the stored value is from a newer version: it is never written over. */
export class NewerVersionError extends Error {
  constructor(readonly key: string) {
    super(`Breathing Room: "${key}" was saved by a newer version, so this one leaves it as it is.`);
    this.name = 'NewerVersionError';
  }
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
   * migrated, or a newer version's data as it is) into a T, keeping what is
   * valid and defaulting the rest.
   */
  parse: (raw: unknown) => T;
  /** migrations[n] turns data of version n - 1 into version n. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /**
   * Keep fields of the stored object that this version does not know (a
   * newer version's, arriving through sync) when writing a change.
   */
  keepUnknownFields?: boolean;
  /**
   * False for state that is only this machine's working memory (the
   * schedule): a newer version's copy is then overwritten rather than left
   * to stop reminders. The person's own data keeps the default, true.
   */
  protectNewer?: boolean;
  /** A local item that may live in memory while storage.local is full (see areas.ts). */
  inMemoryWhenFull?: boolean;
}

/** The version of stored data: null when it is not an envelope at all. */
export function storedVersion(stored: unknown): number | null {
  if (!isRecord(stored) || !('data' in stored) || !Number.isInteger(stored.v)) return null;
  return stored.v as number;
}

/**
 * Brings stored data up to the current version; anything unreadable becomes
 * undefined (the default). Data of a newer version comes back as it is, for
 * the parser to read what it can.
 */
export function unwrap(stored: unknown, version: number, migrations: ItemOptions<unknown>['migrations'] = {}): unknown {
  const from = storedVersion(stored);
  if (from === null) return undefined;
  let data = (stored as Envelope).data;
  for (let next = from + 1; next <= version; next++) {
    const migrate = migrations[next];
    data = migrate ? migrate(data) : data;
  }
  return data;
}

/** Defines one stored item: Breathing Room's own small layer, since every read must be validated anyway. */
export function defineItem<T>(options: ItemOptions<T>): TypedItem<T> {
  const { area, key, version, parse, migrations, keepUnknownFields = false, protectNewer = true } = options;
  const inMemory = options.inMemoryWhenFull === true;
  const stored = () => readStored(area, key, inMemory);
  const read = (stored: unknown) => parse(unwrap(stored, version, migrations));
  const newer = (stored: unknown) => (storedVersion(stored) ?? 0) > version;
  const write = async (value: T, stored: unknown) => {
    const old = keepUnknownFields && !newer(stored) ? unwrap(stored, version, migrations) : undefined;
    // Fields this version does not know stay as they were; the ones it knows are its own.
    const data = isRecord(old) && isRecord(value) ? { ...old, ...value } : value;
    const envelope: Envelope = { v: version, data };
    await writeStored(area, key, envelope, inMemory);
  };
  const lock = lockName(area, key);
  return {
    area,
    key,
    get: async () => read(await stored()),
    isNewer: async () => newer(await stored()),
    replace: (value) => withLock(lock, () => write(value, undefined)),
    update: (change, onWriteError) =>
      withLock(lock, async () => {
        const before = await stored();
        if (protectNewer && newer(before)) throw new NewerVersionError(key);
        let next: T = await change(read(before));
        for (let attempt = 0; ; attempt++) {
          try {
            await write(next, before);
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
        if (isChangeOf(area, changedArea, inMemory) && change && change.newValue !== undefined) {
          callback(read(change.newValue));
        }
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
