// Starts the system Firefox (ESR) with Breathing Room's Firefox build
// installed. Shared by the Firefox e2e suite and `npm start -- --firefox`.
// No geckodriver and no Playwright Firefox can be downloaded here, so
// puppeteer-core speaks WebDriver BiDi to the installed Firefox, which
// installs the add-on itself (webExtension.install, Firefox 138 and later).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

/** The unpacked Firefox build. */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/** The add-on's id, as its manifest says (wxt.config.ts). */
const ADDON_ID = 'breathing-room@example.org';

/**
 * The add-on's internal UUID, set before it installs: its pages then have a
 * known address. Firefox makes a random one otherwise.
 */
const ADDON_UUID = '5b1c3a5e-8d4f-4e2a-9c61-b7e0f2a4d930';

/** Finds Firefox: FIREFOX_PATH first, then Debian's Firefox ESR, then any Firefox. */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

/**
 * Lines of Firefox's output that are Breathing Room's own console errors and
 * uncaught exceptions (BiDi sends no console events for extension pages; with
 * devtools.console.stdout.content they reach stdout). A page's console.error
 * prints its first argument quoted (`console.error: "Breathing Room: ..."`);
 * Firefox's own modules print theirs with a bare prefix
 * (`console.error: RSLoader: ...`), and their errors come from chrome:// or
 * resource://, so neither is the extension's.
 */
const OWN_ERROR = /^(console\.error: "|JavaScript error: moz-extension:)/;

/**
 * Waits until `check` is true in the page, asking again every 50 ms.
 * Puppeteer's waitForFunction over BiDi fails now and then in Firefox
 * ("right-hand side of 'in' should be an object") where a plain evaluate
 * works, and an evaluate during a re-render may fail too: it is asked again.
 * @template A
 * @param {import('puppeteer-core').Page} page
 * @param {(arg: A) => boolean} check
 * @param {A} [arg]
 */
export async function until(page, check, arg, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(check, arg).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`Not so after ${timeoutMs} ms: ${check}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

/**
 * The button whose text starts with `prefix` ("Begin: Box breathing, 2 min"),
 * once it is there: Puppeteer's ARIA query matches whole names only.
 * @param {import('puppeteer-core').Page} page
 * @param {string} prefix
 */
export async function buttonStarting(page, prefix) {
  const shown = (start) =>
    [...document.querySelectorAll('button')].some((b) => b.textContent?.trim().startsWith(start));
  await until(page, shown, prefix);
  for (const button of await page.$$('button')) {
    if ((await button.evaluate((b) => b.textContent?.trim() ?? '')).startsWith(prefix)) return button;
  }
  throw new Error(`No button starting "${prefix}"`);
}

/**
 * Launches Firefox with the extension.
 * @param {{ headless?: boolean, extensionDir?: string, reducedMotion?: boolean, dark?: boolean, quickIdle?: boolean }} [options]
 */
export async function launchFirefoxWithExtension(options = {}) {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run npm run build:firefox first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless ?? true,
    // Lets BiDi open moz-extension:// pages.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'devtools.console.stdout.content': true,
      // Notifications stay listed (notifications.getAll) where there is no system notifier.
      'alerts.useSystemBackend': false,
      'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0,
      // The event page unloads after 2 s idle instead of 30 s, so a test can see it wake again.
      ...(options.quickIdle && { 'extensions.background.idle.timeout': 2000 }),
      'ui.systemUsesDarkTheme': options.dark ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1,
    },
  });
  const output = [];
  const keep = (chunk) => output.push(...String(chunk).split('\n'));
  browser.process()?.stdout?.on('data', keep);
  browser.process()?.stderr?.on('data', keep);
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${ADDON_UUID}/`;

  /**
   * Opens an extension page in a new tab and waits for its own content: BiDi
   * navigation to moz-extension:// may time out although the page loaded.
   * @param {string} path e.g. popup.html
   * @param {{ width: number, height: number }} [size]
   */
  /** Every request a page opened here made. */
  const requests = [];
  const open = async (path, size = { width: 380, height: 600 }) => {
    const page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.setViewport(size);
    page.goto(origin + path).catch(() => undefined);
    await until(page, (url) => location.href === url && document.querySelector('main') !== null, origin + path);
    return page;
  };
  return {
    browser,
    origin,
    open,
    requests,
    /** The extension's console errors and uncaught exceptions so far. */
    ownErrors: () => output.filter((line) => OWN_ERROR.test(line)),
    close: () => browser.close(),
  };
}
