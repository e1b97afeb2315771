import { browser } from 'wxt/browser';

/** What a chime marks: a reminder, a breathing phase change, or the end of a break. */
export type ChimeKind = 'phase' | 'end' | 'reminder';

/** The sound file for each chime, in public/sounds/ (made by the project). */
const FILES: Readonly<Record<ChimeKind, '/sounds/chime.wav' | '/sounds/end.wav'>> = {
  phase: '/sounds/chime.wav',
  reminder: '/sounds/chime.wav',
  end: '/sounds/end.wav',
};

/**
 * Plays a soft chime from an extension page (the popup, options, the break view).
 * Any failure, such as the browser refusing autoplay before the person has
 * interacted with the page, is swallowed: a missing chime must never break a break.
 *
 * @param kind which chime: `end` uses the longer, lower one; `phase` and `reminder` the short one.
 * @param volume 0 to 100, as in settings; outside values are clamped.
 */
export function playChime(kind: ChimeKind, volume: number): void {
  try {
    const audio = new Audio(browser.runtime.getURL(FILES[kind]));
    audio.volume = Math.min(100, Math.max(0, volume)) / 100;
    audio.play().catch(() => {});
  } catch {
    // No Audio here, or a bad volume: stay silent.
  }
}
