import { browser } from 'wxt/browser';

/**
 * True while a browser window is fullscreen or a tab is playing sound (a call,
 * a video, a presentation): a due break waits. Neither question needs the
 * `tabs` permission or any host permission: only window state and the
 * `audible` flag are read, never a tab's address or title.
 */
export async function browserIsBusy(): Promise<boolean> {
  try {
    const [windows, audible] = await Promise.all([browser.windows.getAll(), browser.tabs.query({ audible: true })]);
    return windows.some((window) => window.state === 'fullscreen') || audible.length > 0;
  } catch {
    // Unable to tell: interrupting is the safer error than a break that never comes.
    return false;
  }
}
