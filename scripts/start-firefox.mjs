// `npm start -- --firefox` (or `npm run start:firefox`): Breathing Room's
// Firefox build in the system Firefox (ESR). With a display, a real window to
// use; without one, a headless run through one break that saves screenshots,
// as the Chromium start does.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buttonStarting, launchFirefoxWithExtension, until } from './firefox.mjs';

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const outDir = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');

/** Clicks, as a person does, the button whose text starts with `start`. */
const press = async (page, start) => (await buttonStarting(page, start)).click();

/** Lets a screen's short cross-fade finish before its picture is taken. */
const settle = () => new Promise((wait) => setTimeout(wait, 500));

async function tourHeadless() {
  const ff = await launchFirefoxWithExtension({ headless: true });
  try {
    mkdirSync(outDir, { recursive: true });
    const popup = await ff.open('popup.html');
    await until(popup, () => document.body.textContent?.includes('Next break in') === true);
    await popup.screenshot({ path: `${outDir}/firefox-popup.png` });
    await press(popup, 'Take a break now');
    await until(popup, () => document.querySelector('blockquote') !== null);
    await settle();
    await popup.screenshot({ path: `${outDir}/firefox-break-arrive.png` });
    await press(popup, 'Begin: ');
    await new Promise((wait) => setTimeout(wait, 3000));
    await popup.screenshot({ path: `${outDir}/firefox-break-do.png` });
    await press(popup, 'End');
    await until(popup, () => document.body.textContent?.includes('Nice work.') === true);
    await settle();
    await popup.screenshot({ path: `${outDir}/firefox-break-close.png` });
    await press(popup, 'Back to work');
    const options = await ff.open('options.html#progress', { width: 1280, height: 900 });
    await until(options, () => document.body.textContent?.includes('1 of 6 breaks today') === true);
    await options.screenshot({ path: `${outDir}/firefox-options-progress.png`, fullPage: true });
    console.log(`No display, so Breathing Room ran headless in Firefox through one break.\nScreenshots: ${outDir}`);
  } finally {
    await ff.close();
  }
}

async function openForUse() {
  // The welcome page opens by itself, as on a first install.
  const ff = await launchFirefoxWithExtension({ headless: false });
  console.log('Breathing Room is installed in Firefox: use its toolbar button. Close Firefox to stop.');
  await new Promise((closed) => ff.browser.on('disconnected', closed));
}

// `npm start` built the Chrome version; this one needs the Firefox build.
execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
await (hasDisplay ? openForUse() : tourHeadless());
