import { browser } from 'wxt/browser';

/** The key of history's index; each month is kept under `history:YYYY-MM` (see ./history.ts). */
export const HISTORY_INDEX = 'history';

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
