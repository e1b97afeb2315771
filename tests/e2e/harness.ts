import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { legacyHistory } from '@/lib/core/history/legacy';
import { byEnd, decodeMonth } from '@/lib/core/history/month';
import { encodeMonth } from '@/lib/core/history/month-encode';
import { byMonth, monthFolds } from '@/lib/core/history/months';
import type { HistoryEntry } from '@/lib/core/history/types';
import type { ScheduleState } from '@/lib/core/schedule/types';
import type { Settings } from '@/lib/core/settings/settings';
import { launchWithExtension } from '../../scripts/chromium.mjs';

/** Brings the next break forward, storage and alarm agreeing, as the schedule sets one. */
export { makeBreakDue as bringBreakForward, makeMicroDue as bringMicroForward } from '../../scripts/chromium.mjs';

/** What the extension keeps in storage: each value in its versioned envelope, history decoded to its entries. */
export interface Stored {
  settings?: { v: number; data: Settings };
  schedule?: { v: number; data: ScheduleState };
  history?: { v: number; data: HistoryEntry[] };
}

/** A running Chromium with the built Breathing Room, plus what the tests need to look inside. */
export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every request that left the extension: must stay empty. */
  outsideRequests: string[];
  /** Opens an extension page (popup.html, options.html) in a new tab. */
  open(path: string): Promise<Page>;
  /** The current service worker, woken if it was stopped. */
  worker(): Promise<Worker>;
  /** Reads the extension's storage as stored (envelopes included). */
  storage(area: 'local' | 'sync'): Promise<Stored>;
  /** Writes raw items into the extension's storage, as a damaged or older copy would have them. */
  setStorage(area: 'local' | 'sync' | 'session', items: Record<string, unknown>): Promise<void>;
  /** Stores `entries` as this version keeps history: an item a month, folded where due. */
  setHistory(entries: HistoryEntry[], now?: number): Promise<void>;
  /** The break alarm, or undefined. */
  alarm(): Promise<{ scheduledTime: number } | undefined>;
  /** Stops the service worker the way Chrome does when it idles. */
  stopWorker(): Promise<void>;
  /** Whether the service worker is running now, as Chrome's targets say. */
  workerRunning(): Promise<boolean>;
  /** Text of every extension page Playwright cannot drive (the toolbar popup), by CDP. */
  popupTexts(): Promise<string[]>;
  close(): Promise<void>;
}

/** Starts Chromium with the extension, watching for any request outside it. */
export async function startHarness(
  options: {
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
    keepWelcome?: boolean;
    extensionDir?: string;
    lang?: string;
  } = {},
): Promise<Harness> {
  const { context, extensionId, close } = await launchWithExtension(options);
  const origin = `chrome-extension://${extensionId}/`;
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && url !== 'about:blank') outsideRequests.push(url);
  });
  // A page of our own to evaluate in: extension pages have the same chrome.* APIs.
  const probe = await context.newPage();
  await probe.goto(`${origin}options.html`);
  const cdp: CDPSession = await context.newCDPSession(probe);

  const workerTarget = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  };

  const harness: Harness = {
    context,
    extensionId,
    outsideRequests,
    async open(path) {
      const page = await context.newPage();
      await page.goto(origin + path);
      return page;
    },
    async worker() {
      const existing = context.serviceWorkers().find((w) => w.url().startsWith(origin));
      if (existing) return existing;
      // Waking it: any extension API call from a page does.
      await probe.evaluate(() => chrome.runtime.getPlatformInfo());
      return context.waitForEvent('serviceworker');
    },
    async storage(area) {
      const stored = (await probe.evaluate((a) => chrome.storage[a].get(null), area)) as Record<string, unknown>;
      const history = stored.history as { v: number; data: unknown } | undefined;
      if (!history) return stored as Stored;
      // Versions 1 and 2 kept every break under 'history'; version 3 keeps an index there and a key a month.
      const months = Object.keys(stored).filter((key) => key.startsWith('history:'));
      const entries =
        history.v < 3
          ? legacyHistory(history.v, history.data)
          : months.flatMap((key) => decodeMonth((stored[key] as { data: unknown }).data)).sort(byEnd);
      return { ...stored, history: { v: history.v, data: entries } } as Stored;
    },
    async setStorage(area, items) {
      await probe.evaluate(([a, values]) => chrome.storage[a].set(values), [area, items] as const);
    },
    async setHistory(entries, now = Date.now()) {
      const months = byMonth(entries, now);
      const items: Record<string, unknown> = {};
      for (const [month, list] of months) items[`history:${month}`] = { v: 3, data: encodeMonth(list) };
      const index = Object.fromEntries(
        [...months.keys()].map((month) => [month, monthFolds(month, now) ? 'folded' : 'full']),
      );
      items.history = { v: 3, data: { months: index } };
      await harness.setStorage('local', items);
    },
    alarm: () => probe.evaluate(() => chrome.alarms.get('break-due')),
    async stopWorker() {
      const target = await workerTarget();
      if (!target) throw new Error('no service worker to stop');
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
    },
    workerRunning: async () => (await workerTarget()) !== undefined,
    popupTexts: () => readPopupTexts(cdp, `${origin}popup.html`),
    close,
  };
  return harness;
}

/**
 * Reads the body text of each popup.html target. The toolbar popup opened by
 * action.openPopup() is a page Playwright does not attach to, so this speaks
 * CDP to it directly.
 */
async function readPopupTexts(cdp: CDPSession, popupUrl: string): Promise<string[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const popups = targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(popupUrl));
  const texts: string[] = [];
  for (const [index, target] of popups.entries()) {
    // A popup may close while it is read (a micro-break ends by itself): it has no text then.
    const text = await readTargetText(cdp, target.targetId, 1000 + index).catch(() => null);
    if (text !== null) texts.push(text);
  }
  return texts;
}

/** The body text of one target, or null when it closed before it answered. */
async function readTargetText(cdp: CDPSession, targetId: string, id: number): Promise<string | null> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let onMessage: ((event: { message: string }) => void) | undefined;
  const reply = new Promise<string>((resolve) => {
    onMessage = (event) => {
      const message = JSON.parse(event.message);
      if (message.id === id) resolve(String(message.result?.result?.value ?? ''));
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  const closed = new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000));
  try {
    const expression = 'document.body.innerText';
    const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message });
    return await Promise.race([reply, closed]);
  } finally {
    if (onMessage) cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

export { eventually } from '../support/eventually';
