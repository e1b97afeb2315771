import { browser } from 'wxt/browser';

/** The welcome page's address inside the extension. */
const WELCOME_PAGE = '/welcome.html';

/**
 * Opens the welcome page on a first install only: an update, a browser
 * restart or a worker woken again keeps the person's tabs as they are.
 * Desktop break apps greet a new user this way; without it the first sign
 * of Breathing Room would be a break 45 minutes later.
 */
export async function welcomeOnFirstInstall(reason: string): Promise<void> {
  if (reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
