// Starts the system Chromium with Breathing Room loaded unpacked. Shared by
// `npm start`, the e2e tests and `npm run bench`, so all three see the same browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { bringBreakIn } from './break-due.mjs';

/** The unpacked Chrome build. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Finds Chromium: CHROME_PATH first, then the usual Debian and Chrome paths. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH.');
  return found;
}

/**
 * Launches Chromium with the extension and waits for its service worker.
 * @param {{ headless?: boolean, extensionDir?: string, colorScheme?: 'light' | 'dark', reducedMotion?: 'reduce' | 'no-preference', keepWelcome?: boolean, lang?: string }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string, close: () => Promise<void> }>}
 */
export async function launchWithExtension(options = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No build at ${extensionDir}: run npm run build first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'breathing-room-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: { width: 800, height: 700 },
    // The browser's language (its interface, and so the extension's messages), and pages' navigator.language.
    ...(options.lang && { locale: options.lang }),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // No traffic of the browser's own: the tests check the extension makes none either.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-gpu',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A first install opens the welcome page; out of the way unless asked for, so each test starts from a plain window.
  const welcome = await welcomePage(context, extensionId);
  if (!options.keepWelcome) await welcome.close();
  // The profile is throwaway: each run starts as a fresh install and leaves nothing behind.
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, worker, extensionId, close };
}

/**
 * The welcome page a first install opens, once it is there.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function welcomePage(context, extensionId) {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  // Polled: a tab the extension opens may be announced while still at about:blank.
  for (const start = Date.now(); Date.now() - start < 10_000; ) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The welcome page did not open on install.');
}

/**
 * Brings the next break forward to `inMs` from now (./break-due.mjs). Runs in
 * any extension page, or in the worker.
 * @param {import('playwright-core').Page | import('playwright-core').Worker} context
 * @param {number} [inMs]
 */
export async function makeBreakDue(context, inMs = 200) {
  await context.evaluate(bringBreakIn, inMs);
}

/**
 * Brings the next micro-break forward to `inMs` from now, the longer break
 * well after it (./break-due.mjs).
 * @param {import('playwright-core').Page | import('playwright-core').Worker} context
 * @param {number} [inMs]
 */
export async function makeMicroDue(context, inMs = 200) {
  await context.evaluate(bringBreakIn, { ms: inMs, micro: true });
}
