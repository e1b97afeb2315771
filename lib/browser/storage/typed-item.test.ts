import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localFallbackFlag } from './areas';
import { defineItem, unwrap } from './typed-item';

/** A fixture item whose shape changed twice: v1 {n}, v2 {count}, v3 {count, unit}. */
const migrations = {
  2: (old: unknown) => ({ count: (old as { n: number }).n }),
  3: (old: unknown) => ({ ...(old as object), unit: 'min' }),
};

describe('unwrap', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a bare value', 5],
    ['an object without v', { data: 1 }],
    ['an object without data', { v: 1 }],
  ])('reads %s (not an envelope) as undefined', (_label, stored) => {
    expect(unwrap(stored, 1)).toBeUndefined();
  });

  it('reads an envelope from a newer version as it is, for the parser to read what it can', () => {
    expect(unwrap({ v: 4, data: { count: 1 } }, 3, migrations)).toEqual({ count: 1 });
  });

  it('reads a non-integer version as undefined', () => {
    expect(unwrap({ v: 1.5, data: { n: 1 } }, 3, migrations)).toBeUndefined();
  });

  it('returns the data of a current envelope unchanged', () => {
    expect(unwrap({ v: 3, data: { count: 2, unit: 'h' } }, 3, migrations)).toEqual({ count: 2, unit: 'h' });
  });

  it('applies the migrations in order from v1 to v3', () => {
    expect(unwrap({ v: 1, data: { n: 7 } }, 3, migrations)).toEqual({ count: 7, unit: 'min' });
  });

  it('applies only the migrations after the stored version', () => {
    expect(unwrap({ v: 2, data: { count: 7 } }, 3, migrations)).toEqual({ count: 7, unit: 'min' });
  });

  it('passes data through a version with no migration', () => {
    expect(unwrap({ v: 1, data: 'same' }, 2)).toBe('same');
  });
});

describe('defineItem against the fake browser', () => {
  const parse = (raw: unknown): number[] =>
    Array.isArray(raw) && raw.every((n) => typeof n === 'number') ? (raw as number[]) : [0];
  const item = defineItem<number[]>({ area: 'local', key: 'numbers', version: 1, parse });

  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the parsed default when nothing is stored', async () => {
    expect(await item.get()).toEqual([0]);
  });

  it('round-trips a value through set and get, stored as a v1 envelope', async () => {
    await item.update(() => [1, 2, 3]);
    expect(await item.get()).toEqual([1, 2, 3]);
    expect(await browser.storage.local.get('numbers')).toEqual({ numbers: { v: 1, data: [1, 2, 3] } });
  });

  it('reads a corrupt stored value as the default', async () => {
    await browser.storage.local.set({ numbers: 'garbage' });
    expect(await item.get()).toEqual([0]);
    await browser.storage.local.set({ numbers: { v: 1, data: ['x'] } });
    expect(await item.get()).toEqual([0]);
  });

  it('reads from its own area only', async () => {
    await browser.storage.sync.set({ numbers: { v: 1, data: [9] } });
    expect(await item.get()).toEqual([0]);
  });

  it('watch calls back with parsed values for its key only, and stops after unwatch', async () => {
    const seen = vi.fn();
    const unwatch = item.watch(seen);
    await item.update(() => [4]);
    await browser.storage.local.set({ other: { v: 1, data: [5] } });
    await browser.storage.sync.set({ numbers: { v: 1, data: [6] } });
    await browser.storage.local.set({ numbers: 'corrupt' });
    expect(seen.mock.calls).toEqual([[[4]], [[0]]]);
    unwatch();
    await item.update(() => [7]);
    expect(seen).toHaveBeenCalledTimes(2);
  });
});

describe('defineItem: update', () => {
  it('applies quick changes in turn, so none overwrites another', async () => {
    const item = defineItem<number[]>({
      area: 'local',
      key: 'list',
      version: 1,
      parse: (raw) => (Array.isArray(raw) ? raw : []),
    });
    await Promise.all([1, 2, 3, 4, 5].map((n) => item.update((list) => [...list, n])));
    expect(await item.get()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('defineItem: update when the write fails', () => {
  const item = defineItem<number[]>({
    area: 'local',
    key: 'list',
    version: 1,
    parse: (raw) => (Array.isArray(raw) ? raw : []),
  });
  const full = () => new Error('quota');

  beforeEach(async () => {
    fakeBrowser.reset();
    await item.update(() => [1, 2, 3, 4]);
  });

  it('writes what onWriteError offers instead, attempt by attempt', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(full()).mockRejectedValueOnce(full());
    const onWriteError = vi.fn((failed: number[]) => failed.slice(1));
    expect(await item.update((list) => [...list, 5], onWriteError)).toEqual([3, 4, 5]);
    expect(onWriteError.mock.calls).toEqual([
      [[1, 2, 3, 4, 5], full(), 0],
      [[2, 3, 4, 5], full(), 1],
    ]);
    vi.mocked(browser.storage.local.set).mockRestore();
    expect(await item.get()).toEqual([3, 4, 5]);
  });

  it('throws the error when onWriteError gives up, or there is none, leaving the stored value', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(full());
    await expect(
      item.update(
        (list) => [...list, 5],
        () => null,
      ),
    ).rejects.toThrow('quota');
    await expect(item.update((list) => [...list, 5])).rejects.toThrow('quota');
    vi.mocked(browser.storage.local.set).mockRestore();
    expect(await item.get()).toEqual([1, 2, 3, 4]);
  });
});

describe('defineItem: a synced item when sync fails', () => {
  const item = defineItem<number>({
    area: 'sync',
    key: 'pref',
    version: 1,
    parse: (raw) => (typeof raw === 'number' ? raw : 0),
  });
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps the value on this computer, flagged, and reads it from there', async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await item.update(() => 7);
    expect(await browser.storage.local.get(localFallbackFlag('pref'))).toEqual({ 'pref:keptLocally': true });
    expect(await item.get()).toBe(7);
  });

  it('goes back to sync, and drops the local copy, once sync takes it again', async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    await item.update(() => 7);
    await item.update(() => 8);
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await item.get()).toBe(8);
  });

  it('reads the local copy when sync cannot be read at all', async () => {
    await browser.storage.local.set({ pref: { v: 1, data: 5 } });
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValueOnce(new Error('sync is off'));
    expect(await item.get()).toBe(5);
  });
});
