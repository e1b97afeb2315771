// History's cost in the real extension, with ten years of heavy use stored
// the way Breathing Room stores it: how long finishing a break takes (the
// person presses Done; the background records it and answers), and how long
// the options page takes to show Progress, against an empty history.
// Run by `npm run bench` after scripts/bench-history.ts. Reported, never asserted.
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from './chromium.mjs';

/** Loads and presses of each kind; at least 15 so a median means something. */
const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 15));
const FINISH_TARGET_MS = 50;
const PROGRESS_RATIO_TARGET = 1.5;

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
};

/** In the options page before its scripts: notes when Progress first shows today's count (its tiles). */
function watchProgress() {
  const observer = new MutationObserver(() => {
    const region = document.querySelector('[aria-labelledby="progress-heading"]');
    if (!region?.textContent?.includes('today')) return;
    (window as unknown as { progressAt: number }).progressAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

async function progressTimes(context: BrowserContext, origin: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.addInitScript(watchProgress);
    await page.goto(`${origin}options.html#progress`);
    const at = await page
      .waitForFunction(() => (window as unknown as { progressAt?: number }).progressAt, null, { timeout: 10_000 })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => Number.NaN);
    times.push(at);
    await page.close();
  }
  return times;
}

/** Round trips of Done, from the popup page: take a break, begin it, and time the answer. */
async function finishTimes(context: BrowserContext, origin: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(`${origin}popup.html`);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    times.push(
      await page.evaluate(async () => {
        await chrome.runtime.sendMessage({ type: 'takeBreakNow' });
        await chrome.runtime.sendMessage({ type: 'showContent', insightId: 'trust-pace', exerciseId: 'box-breathing' });
        await chrome.runtime.sendMessage({ type: 'beginExercise' });
        const begin = performance.now();
        await chrome.runtime.sendMessage({ type: 'finishBreak', outcome: 'taken' });
        return performance.now() - begin;
      }),
    );
  }
  await page.close();
  return times;
}

/** Storage items for ten years of heavy use, from scripts/bench-history.ts. */
export async function benchInBrowser(tenYears: Record<string, unknown>): Promise<void> {
  const { context, extensionId, close } = await launchWithExtension();
  try {
    const origin = `chrome-extension://${extensionId}/`;
    const emptyProgress = median(await progressTimes(context, origin));
    const emptyFinish = median(await finishTimes(context, origin));
    const setup = await context.newPage();
    await setup.goto(`${origin}options.html`);
    await setup.evaluate(async (items) => {
      const old = Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('history'));
      await chrome.storage.local.remove(old);
      await chrome.storage.local.set(items);
    }, tenYears);
    await setup.close();
    const fullProgress = median(await progressTimes(context, origin));
    const fullFinish = median(await finishTimes(context, origin));
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const ok = (pass: boolean) => (pass ? 'ok' : 'OVER TARGET');
    const ratio = fullProgress / emptyProgress;
    console.log(`\nIn the real extension, medians of ${RUNS}:`);
    console.log(`  finish a break (Done to answered), empty history   ${ms(emptyFinish)}`);
    console.log(
      `  finish a break, 10 years of history                ${ms(fullFinish)} (target < ${FINISH_TARGET_MS} ms: ${ok(fullFinish < FINISH_TARGET_MS)})`,
    );
    console.log(`  options: Progress visible, empty history           ${ms(emptyProgress)}`);
    console.log(
      `  options: Progress visible, 10 years of history     ${ms(fullProgress)} (${ratio.toFixed(2)}x; target < ${PROGRESS_RATIO_TARGET}x: ${ok(ratio < PROGRESS_RATIO_TARGET)})`,
    );
  } finally {
    await close();
  }
}
