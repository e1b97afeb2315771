import { browser } from 'wxt/browser';

/** Marks a message for the offscreen page, so no other listener takes it for its own. */
const OFFSCREEN_CHIME = 'offscreen-chime';

/** What the background sends the offscreen page: play the reminder chime at this volume (0-100). */
export interface ChimeRequest {
  target: typeof OFFSCREEN_CHIME;
  volume: number;
}

/** The unlisted page that plays sound for Chrome's service worker (entrypoints/offscreen/). */
const OFFSCREEN_PAGE = '/offscreen.html';

/** The reminder chime's file, the short one (see lib/browser/chime.ts). */
const CHIME_FILE = '/sounds/chime.wav';

/** Chrome's answer to a second createDocument while one document is open. */
const SINGLE_DOCUMENT = /single offscreen/i;

/** A document on its way: two chimes close together create it once. */
let creating: Promise<void> | null = null;

/**
 * Plays the optional reminder chime from the background, at `volume` (0-100).
 *
 * Firefox's event page has `Audio`, so it plays there. Chrome's service worker
 * has none: an offscreen document (reason AUDIO_PLAYBACK) is made if there is
 * none yet and asked to play. The document is not closed here: Chrome closes
 * an audio offscreen document by itself once it has played nothing for 30
 * seconds, and a reminder 30 seconds after another reuses it.
 *
 * Never throws: a chime that cannot play must not stop the reminder.
 */
export async function playReminderChime(volume: number): Promise<void> {
  try {
    if (import.meta.env.FIREFOX) {
      const audio = new Audio(browser.runtime.getURL(CHIME_FILE));
      audio.volume = Math.min(100, Math.max(0, volume)) / 100;
      await audio.play();
      return;
    }
    await ensureOffscreenDocument();
    const request: ChimeRequest = { target: OFFSCREEN_CHIME, volume };
    await browser.runtime.sendMessage(request);
  } catch {
    // Autoplay refused, no offscreen API, the document closed meanwhile: stay silent.
  }
}

/** Makes the offscreen document unless one is open (or being made). */
async function ensureOffscreenDocument(): Promise<void> {
  if (await hasOffscreenDocument()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['AUDIO_PLAYBACK'],
      justification: 'Plays the soft reminder chime the person turned on in Breathing Room options.',
    })
    .catch((error: unknown) => {
      // Where getContexts is missing, a document already open is reported this way: use it.
      if (!SINGLE_DOCUMENT.test(String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/**
 * Whether an offscreen document is open (this page is the only one Breathing Room makes);
 * false where the browser cannot tell, and creating then says so.
 */
async function hasOffscreenDocument(): Promise<boolean> {
  if (typeof browser.runtime.getContexts !== 'function') return false;
  // No URL filter: a document still loading is listed with an empty URL.
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  return contexts.length > 0;
}
