import type { browser } from 'wxt/browser';
import type { ChimeRequest } from '@/lib/browser/background/sound';

/**
 * Chrome's offscreen document for the reminder chime: the service worker has no
 * Audio, so it opens this page and asks it to play (lib/browser/background/sound.ts).
 * Every other message (the pages' requests to the background reach here too)
 * is left alone, unanswered. The page stays open; Chrome closes an audio
 * offscreen document by itself after 30 seconds without sound.
 *
 * Kept tiny on purpose: type-only imports, Chrome's own `chrome.runtime` (the
 * only API an offscreen document has) and no polyfill, so this page shares no
 * code with the popup and the options page.
 */
const { runtime } = (globalThis as unknown as { chrome: typeof browser }).chrome;

/** Checked against ChimeRequest, so the two ends agree. */
const TARGET: ChimeRequest['target'] = 'offscreen-chime';

runtime.onMessage.addListener((raw: unknown) => {
  const request = raw as Partial<ChimeRequest> | null;
  if (request?.target !== TARGET || typeof request.volume !== 'number') return undefined;
  try {
    const audio = new Audio(runtime.getURL('/sounds/chime.wav'));
    audio.volume = Math.min(100, Math.max(0, request.volume)) / 100;
    audio.play().catch(() => {});
  } catch {
    // A chime that cannot play stays silent.
  }
  return undefined;
});
