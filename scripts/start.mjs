// `npm start`: opens Chromium with the freshly built Breathing Room. With a
// display you get a real window to use; without one (a server, CI) it runs
// headless through one break and saves screenshots of what a person would see.
// `npm start -- --firefox` does the same in Firefox (./start-firefox.mjs).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, makeBreakDue, welcomePage } from './chromium.mjs';

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const outDir = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');
const POPUP_SIZE = { width: 380, height: 600 };

/** Opens an extension page in a tab sized like the toolbar popup. */
async function openPage(context, extensionId, path, size = POPUP_SIZE) {
  const page = await context.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

async function tourHeadless() {
  const { context, extensionId, close } = await launchWithExtension({ headless: true, keepWelcome: true });
  try {
    mkdirSync(outDir, { recursive: true });
    // A first install greets the person with the welcome page.
    const welcome = await welcomePage(context, extensionId);
    await welcome.setViewportSize({ width: 1280, height: 800 });
    await welcome.getByRole('button', { name: 'Try a break now' }).waitFor();
    await welcome.screenshot({ path: `${outDir}/welcome.png` });
    await welcome.close();
    const popup = await openPage(context, extensionId, 'popup.html');
    await popup.getByText(/Next break in/).waitFor();
    await popup.screenshot({ path: `${outDir}/popup.png` });

    // Make a break due the way the schedule does: the alarm fires. One break, screen by screen.
    await makeBreakDue(popup);
    const begin = popup.getByRole('button', { name: /^Begin: / });
    await begin.waitFor();
    await popup.screenshot({ path: `${outDir}/break-arrive.png` });
    await begin.click();
    await popup.waitForTimeout(3000);
    await popup.screenshot({ path: `${outDir}/break-do.png` });
    await popup.getByRole('button', { name: 'End', exact: true }).click();
    await popup.getByRole('heading', { name: 'Nice work.' }).waitFor();
    await popup.screenshot({ path: `${outDir}/break-close.png` });
    await popup.getByRole('button', { name: 'Back to work' }).click();

    // The options page opens on the section its address names: progress, then history.
    const options = await openPage(context, extensionId, 'options.html#progress', { width: 1280, height: 900 });
    await options.getByText('1 of 6 breaks today').waitFor();
    await options.screenshot({ path: `${outDir}/options-progress.png`, fullPage: true });
    await options.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History' }).click();
    await options.getByRole('list', { name: 'Today' }).waitFor();
    await options.screenshot({ path: `${outDir}/options-history.png` });
    console.log(`No display, so Breathing Room ran headless through one break.\nScreenshots: ${outDir}`);
  } finally {
    await close();
  }
}

async function openForUse() {
  // The welcome page opens by itself, as on a first install.
  const { context } = await launchWithExtension({ headless: false, keepWelcome: true });
  console.log(
    'Breathing Room is loaded: use its toolbar button (pin it from the puzzle menu). Close the browser to stop.',
  );
  await new Promise((resolveClosed) => context.on('close', resolveClosed));
}

if (process.argv.includes('--firefox')) await import('./start-firefox.mjs');
else await (hasDisplay ? openForUse() : tourHeadless());
