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
  return {
    area,
    key,
    async get() {
      const stored = await browser.storage[area].get(key);
      return read(stored[key]);
    },
    async set(value) {
      const envelope: Envelope = { v: version, data: value };
      await browser.storage[area].set({ [key]: envelope });
    },
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
