// `npm run size`: keeps Breathing Room quick to open. Prints what the toolbar
// popup, the options page and the background load from the Chrome build, and
// fails when the popup or the background outgrows its gzipped budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './chromium.mjs';
import { BUDGETS, entrySizes, openingSizes, sizeTable } from './entry-sizes.mjs';

if (!existsSync(EXTENSION_DIR)) {
  console.error(`No Chrome build at ${EXTENSION_DIR}: run npm run build (or npx wxt build) first.`);
  process.exit(1);
}

const sizes = entrySizes(EXTENSION_DIR);
console.log(sizeTable(sizes));

// The options page, whose sections load as they open, is as heavy as its start with its heaviest
// section. (The popup's break view is measured apart, as on demand.)
for (const entry of sizes.filter(({ entry }) => entry === 'options')) {
  const openings = openingSizes(EXTENSION_DIR, entry);
  if (openings.length === 0) continue;
  for (const { part, gzipBytes } of openings) {
    console.log(`${entry.entry} opening on ${part}  ${(gzipBytes / 1024).toFixed(2)} KB gzipped`);
  }
  entry.gzipBytes = Math.max(entry.gzipBytes, openings[0].gzipBytes);
}

// Chunks no entry loads at start (the library's words, loaded when a break shows): listed, not hidden.
const atStart = new Set(sizes.flatMap(({ files }) => files.map((file) => file.replace(/^\/+/, ''))));
for (const name of readdirSync(join(EXTENSION_DIR, 'chunks'))) {
  if (atStart.has(`chunks/${name}`)) continue;
  const gzip = gzipSync(readFileSync(join(EXTENSION_DIR, 'chunks', name)), { level: 9 }).length;
  console.log(`on demand   chunks/${name}  ${(gzip / 1024).toFixed(2)} KB gzipped`);
}

/** Entries whose gzipped JS + CSS is over their budget. */
const over = sizes.filter(({ entry, gzipBytes }) => BUDGETS[entry] !== undefined && gzipBytes > BUDGETS[entry]);
if (over.length > 0) {
  for (const { entry, gzipBytes } of over) {
    const budget = BUDGETS[entry];
    console.error(
      `Over budget: ${entry} loads ${(gzipBytes / 1024).toFixed(2)} KB gzipped, budget ${(budget / 1024).toFixed(2)} KB ` +
        `(${gzipBytes - budget} bytes over).`,
    );
  }
  process.exit(1);
}
console.log('All entries within budget.');
