import { browser } from 'wxt/browser';

/**
 * Where this page shows: the toolbar popup, the small window the background
 * opens where the popup cannot (`?window`), or a large break (`?window=large`).
 * The page's layout follows (popup.css): a window centres its column, and a
 * large break takes the screen with a calm background.
 */
const asked = new URLSearchParams(location.search).get('window');
export const place: 'popup' | 'window' | 'large' = asked === null ? 'popup' : asked === 'large' ? 'large' : 'window';

/** Marks the page for its layout before the first paint. */
export function markPlace(): void {
  document.documentElement.classList.toggle('in-window', place !== 'popup');
  document.documentElement.classList.toggle('large', place === 'large');
}

/**
 * Closes the page where closing is what the person expects: its own window,
 * or the toolbar popup. The same page opened in a tab stays, showing the
 * countdown again.
 */
export function closeIfOwnWindow(): void {
  const toolbarPopup = browser.extension?.getViews?.({ type: 'popup' }).includes(window) === true;
  if (place !== 'popup' || toolbarPopup) window.close();
}
