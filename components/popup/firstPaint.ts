import { readAhead } from '@/components/shared/useStored';
import { breakProgressItem, scheduleItem, settingsItem } from '@/lib/browser/storage/items';
import { microOnScreen, shownBreakId } from '@/lib/core/break-progress';
import { loadBreakView, loadMicroBreak } from './LazyViews';

/**
 * The longest the first paint waits for what it shows. Local storage and the
 * extension's own files answer in milliseconds; should they not, the page
 * paints "Loading" and fills in as they arrive.
 */
const WAIT_MS = 200;

/**
 * Resolves when the popup's first paint can show what it is for: the
 * countdown, a running break with its insight, or a micro-break. A break's code and words
 * start loading as soon as the schedule says a break is on, side by side,
 * rather than one after the other once the page has painted "Loading".
 */
export function firstPaintReady(): Promise<unknown> {
  const ready = readAhead([scheduleItem, settingsItem, breakProgressItem]).then(([state, settings, progress]) => {
    if (shownBreakId(state.activeBreak, progress, Date.now()) !== undefined) return loadBreakView();
    if (microOnScreen(settings, state, Date.now())) return loadMicroBreak();
  });
  const waited = new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  return Promise.race([ready.catch(() => undefined), waited]);
}
