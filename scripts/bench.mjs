// `npm run bench`: how quickly Breathing Room's toolbar popup shows a break.
// Prints the size table, then times in one Chromium run, against an empty
// extension page as the baseline: the popup's first paint and the moment the
// break's insight is on screen. Then history's budgets (scripts/bench-history.ts):
// storage for ten years of heavy use, and the statistics' time.
// Timings are reported, never asserted.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from './chromium.mjs';
import { entrySizes, sizeTable } from './entry-sizes.mjs';

/** Loads of each page; at least 15 so a median means something. */
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
/** How long to wait for a paint or the insight before counting the load as missing. */
const WAIT_MS = 2000;
/** The baseline page, added to a copy of the build only: the product ships no blank page. */
const BLANK = 'bench-blank.html';
/**
 * As empty as a page can be and still have a first contentful paint: a <title>
 * alone paints nothing contentful, so the body holds one short word.
 */
const BLANK_HTML =
  '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Blank</title></head>\n<body>Blank</body>\n</html>\n';

if (!Number.isInteger(RUNS) || RUNS < 15) {
  console.error(`BENCH_RUNS must be a whole number of at least 15, got ${process.env.BENCH_RUNS}.`);
  process.exit(1);
}
if (!existsSync(EXTENSION_DIR)) {
  console.error(`No Chrome build at ${EXTENSION_DIR}: run npm run build (or npx wxt build) first.`);
  process.exit(1);
}

console.log(sizeTable(entrySizes(EXTENSION_DIR)));

/** @param {number[]} values */
function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** In the page before its scripts: notes when a blockquote with text first appears. */
function watchInsight() {
  const found = () => [...document.querySelectorAll('blockquote')].some((q) => q.textContent?.trim());
  const observer = new MutationObserver(() => {
    if (!found()) return;
    /** @type {any} */ (window).__insightVisibleAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Opens one page in a fresh tab and times it.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {boolean} insight whether to time the insight too
 * @returns {Promise<{ fcp: number, insight: number }>} NaN for what never came
 */
async function load(context, url, insight) {
  const page = await context.newPage();
  try {
    if (insight) await page.addInitScript(watchInsight);
    await page.goto(url, { waitUntil: 'load' });
    const fcp = await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, {
        timeout: WAIT_MS,
        polling: 16,
      })
      .then((handle) => handle.jsonValue())
      .catch(() => Number.NaN);
    const shown = !insight
      ? Number.NaN
      : await page
          .waitForFunction(() => /** @type {any} */ (window).__insightVisibleAt, null, {
            timeout: WAIT_MS,
            polling: 16,
          })
          .then((handle) => handle.jsonValue())
          .catch(() => Number.NaN);
    return { fcp, insight: shown };
  } finally {
    await page.close();
  }
}

const copy = mkdtempSync(join(tmpdir(), 'breathing-room-bench-'));
cpSync(EXTENSION_DIR, copy, { recursive: true });
writeFileSync(join(copy, BLANK), BLANK_HTML);

const { context, extensionId, close } = await launchWithExtension({ extensionDir: copy });
try {
  const origin = `chrome-extension://${extensionId}/`;

  // A break in progress, started the way a person would: every popup load below shows it.
  const setup = await context.newPage();
  await setup.goto(`${origin}popup.html`);
  await setup.getByRole('button', { name: 'Take a break now' }).click();
  await setup.locator('blockquote').first().waitFor({ state: 'visible' });
  // The background may also have opened the break in a window of its own: keep only a quiet tab.
  for (const page of context.pages()) if (page !== setup) await page.close();
  await setup.goto('about:blank');

  /** @type {{ blank: number[], popup: number[], insight: number[] }} */
  const times = { blank: [], popup: [], insight: [] };
  for (let run = 0; run < RUNS; run++) {
    const blank = await load(context, origin + BLANK, false);
    const popup = await load(context, `${origin}popup.html`, true);
    times.blank.push(blank.fcp);
    times.popup.push(popup.fcp);
    times.insight.push(popup.insight);
  }

  const blankFcp = median(times.blank);
  const popupFcp = median(times.popup);
  const insight = median(times.insight);
  const missing = Object.entries(times)
    .map(([name, values]) => [name, values.filter((v) => !Number.isFinite(v)).length])
    .filter(([, count]) => count > 0);
  /** @param {number} ms */
  const ms = (ms) => `${ms.toFixed(1)} ms`;
  console.log(`\nPopup timing, medians of ${RUNS} runs each (blank and popup loads alternating, fresh tab each):`);
  console.log(`  blank page FCP          ${ms(blankFcp)}`);
  console.log(`  popup FCP               ${ms(popupFcp)}`);
  console.log(`  popup insight visible   ${ms(insight)}`);
  console.log(`  popup FCP / blank FCP   ${(popupFcp / blankFcp).toFixed(2)}x`);
  console.log(`  insight / blank FCP     ${(insight / blankFcp).toFixed(2)}x`);
  for (const [name, count] of missing) console.log(`  (${name}: ${count} of ${RUNS} loads gave no timing)`);

  // One wake of the worker, as the badge's alarm brings it: from the alarm's event to the badge
  // shown, storage reads included, so its own script time is at most this.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const wakes = [];
  for (let run = 0; run < RUNS; run++) {
    wakes.push(
      await worker.evaluate(async () => {
        await chrome.action.setBadgeText({ text: 'x' });
        const start = performance.now();
        /** @type {any} */ (chrome.alarms.onAlarm).dispatch({ name: 'badge-tick', scheduledTime: Date.now() });
        while ((await chrome.action.getBadgeText({})) === 'x') await new Promise((done) => setTimeout(done, 0));
        return performance.now() - start;
      }),
    );
  }
  console.log(`  one alarm wake, event to badge shown (storage reads included): ${ms(median(wakes))} (target < 10 ms)`);
} finally {
  await close();
  rmSync(copy, { recursive: true, force: true });
}

// TypeScript, so through vite-node, with the unit tests' config for the @/ imports.
execFileSync('npx', ['vite-node', '-c', 'vitest.config.ts', 'scripts/bench-wakes.ts'], { stdio: 'inherit' });
execFileSync('npx', ['vite-node', '-c', 'vitest.config.ts', 'scripts/bench-history.ts'], { stdio: 'inherit' });
