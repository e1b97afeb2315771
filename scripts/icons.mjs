// `npm run icons`: draws Breathing Room's icons from their one source,
// public/icon/breathing-room.svg, with the system Chromium: 16, 32, 48 and
// 128.png beside it, which WXT lists in the manifest by name. Each size is
// drawn at exactly that many pixels, so the small ones stay crisp. With
// `--check` (`npm run icons:check`) nothing is written: it fails when a
// committed PNG no longer matches what the SVG draws, so the two never drift.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';

const DIR = 'public/icon';
const SOURCE = `${DIR}/breathing-room.svg`;
const SIZES = [16, 32, 48, 128];
/** A pixel differs when one of its channels (0-255) is further apart than this... */
const CHANNEL_TOLERANCE = 8;
/** ...and a PNG is stale when this share of its pixels, or more, differ. */
const PIXEL_SHARE = 0.01;

const check = process.argv.includes('--check');
const started = performance.now();
const svgUrl = `data:image/svg+xml;base64,${readFileSync(SOURCE).toString('base64')}`;
const pngUrl = (bytes) => `data:image/png;base64,${bytes.toString('base64')}`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  // One colour profile everywhere, so a machine's display settings do not change the pixels.
  args: ['--force-color-profile=srgb', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
const problems = [];
try {
  const page = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 128, height: 128 } });
  for (const size of SIZES) {
    const png = await render(page, size);
    const path = `${DIR}/${size}.png`;
    if (!check) {
      writeFileSync(path, png);
      console.log(`wrote ${path}`);
      continue;
    }
    const problem = existsSync(path) ? await compare(page, png, readFileSync(path), size) : 'is missing';
    if (problem) problems.push(`${size} px: ${path} ${problem}`);
  }
} finally {
  await browser.close();
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`The icons do not match ${SOURCE}: run npm run icons.`);
  process.exitCode = 1;
} else if (check) {
  console.log(`Icons match ${SOURCE} (${Math.round(performance.now() - started)} ms).`);
}

/**
 * The SVG drawn at `size` CSS pixels on a transparent page, as PNG bytes.
 * @param {import('playwright-core').Page} page
 * @param {number} size
 */
async function render(page, size) {
  await page.setContent(
    `<body style="margin:0"><img src="${svgUrl}" width="${size}" height="${size}" style="display:block" alt=""></body>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  return page.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
}

/**
 * Why the committed PNG differs from the fresh one, or null when it does not:
 * both are decoded in the page and their pixels compared.
 * @param {import('playwright-core').Page} page
 * @param {Buffer} fresh
 * @param {Buffer} committed
 * @param {number} size
 * @returns {Promise<string | null>}
 */
async function compare(page, fresh, committed, size) {
  const result = await page.evaluate(
    async ({ urls, size, tolerance }) => {
      const pixels = async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const context = canvas.getContext('2d', { willReadFrequently: true });
        context.drawImage(img, 0, 0);
        return {
          width: img.naturalWidth,
          height: img.naturalHeight,
          data: context.getImageData(0, 0, size, size).data,
        };
      };
      const [a, b] = await Promise.all(urls.map(pixels));
      let differing = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        for (let c = 0; c < 4; c++) {
          if (Math.abs(a.data[i + c] - b.data[i + c]) > tolerance) {
            differing++;
            break;
          }
        }
      }
      return { width: b.width, height: b.height, differing };
    },
    { urls: [pngUrl(fresh), pngUrl(committed)], size, tolerance: CHANNEL_TOLERANCE },
  );
  if (result.width !== size || result.height !== size)
    return `is ${result.width}x${result.height}, not ${size}x${size}`;
  const share = result.differing / (size * size);
  if (share < PIXEL_SHARE) return null;
  return `differs from the SVG in ${result.differing} of ${size * size} pixels (${(share * 100).toFixed(1)}%)`;
}
