import { browser } from 'wxt/browser';
import { storedVersion } from './typed-item';

/** The key of history's index; each month is kept under `history:YYYY-MM` (see ./history.ts). */
export const HISTORY_INDEX = 'history';
export const HISTORY_VERSION = 3;

/**
 * Whether a newer version of Breathing Room saved history here (which this
 * one never writes over). Apart from the readers, so the options page can
 * say so before it loads the code that decodes history.
 */
export async function isHistoryNewer(): Promise<boolean> {
  const stored = (await browser.storage.local.get(HISTORY_INDEX))[HISTORY_INDEX];
  return (storedVersion(stored) ?? 0) > HISTORY_VERSION;
}

/**
 * Calls back whenever any part of history changes; returns the function that
 * stops watching. Apart from the readers, so a page can follow history
 * before it has loaded the code that decodes it.
 */
export function watchHistory(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const ours = Object.keys(changes).some((key) => key === HISTORY_INDEX || key.startsWith(`${HISTORY_INDEX}:`));
    if (area === 'local' && ours) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
