import { browser } from 'wxt/browser';

/*
 * Where a stored item lives, and where it goes when that place cannot take
 * it: a synced item moves to this machine while sync is off or over its
 * limits (100 KB, 8 KB an item, 120 writes a minute); an item of this machine
 * that may be kept in memory (the schedule) moves to session storage while
 * storage.local is full, so reminders go on and the pages can say why.
 * Either way it moves back at the next write that fits.
 */

/**
 * Where an item lives: `sync` follows the person's browser profile, `local`
 * stays on this machine, `session` is memory until the browser closes.
 */
export type StorageArea = 'local' | 'sync' | 'session';

/** The local flag that says a synced item is kept locally for now: the options page tells the person. */
export const localFallbackFlag = (key: string) => `${key}:keptLocally`;

/** Session storage: memory, cleared when the browser closes, never full (Chrome 102+, Firefox 115+). */
const memory = () => browser.storage.session as typeof browser.storage.local | undefined;

/** What memory holds for `key`; undefined where there is no session storage, or nothing held. */
async function inMemory(key: string): Promise<unknown> {
  const held: Record<string, unknown> =
    (await memory()
      ?.get(key)
      .catch(() => ({}))) ?? {};
  return held[key];
}

/** True while `key` is held in memory because storage.local was full. */
export async function heldInMemory(key: string): Promise<boolean> {
  return (await inMemory(key)) !== undefined;
}

/** What is stored for `key`, wherever it is kept now. */
export async function readStored(area: StorageArea, key: string, mayUseMemory: boolean): Promise<unknown> {
  if (area === 'sync') {
    const flag = localFallbackFlag(key);
    const local = await browser.storage.local.get([key, flag]);
    if (local[flag] === true) return local[key];
    return browser.storage.sync.get(key).then(
      (synced) => synced[key],
      () => local[key],
    );
  }
  if (area === 'session' || mayUseMemory) {
    const held = await inMemory(key);
    if (held !== undefined || area === 'session') return held;
  }
  return (await browser.storage.local.get(key))[key];
}

/** Writes `value` for `key` where it belongs, or where it can go for now; throws only when nowhere takes it. */
export async function writeStored(area: StorageArea, key: string, value: unknown, mayUseMemory: boolean) {
  if (area === 'sync') {
    const flag = localFallbackFlag(key);
    try {
      await browser.storage.sync.set({ [key]: value });
      await browser.storage.local.remove([key, flag]);
    } catch {
      await browser.storage.local.set({ [key]: value, [flag]: true });
    }
    return;
  }
  if (area === 'session') {
    await memory()?.set({ [key]: value });
    return;
  }
  try {
    await browser.storage.local.set({ [key]: value });
  } catch (error) {
    const held = mayUseMemory ? memory() : undefined;
    if (!held) throw error;
    await held.set({ [key]: value });
    return;
  }
  if (mayUseMemory && (await heldInMemory(key))) await memory()?.remove(key);
}

/** True when a storage change in `changedArea` is a change of this item, wherever it is kept. */
export function isChangeOf(area: StorageArea, changedArea: string, mayUseMemory: boolean): boolean {
  if (changedArea === area) return true;
  return (area === 'sync' && changedArea === 'local') || (mayUseMemory && changedArea === 'session');
}
