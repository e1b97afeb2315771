// What each part of Breathing Room costs to load: for the background and for
// every page (the toolbar popup, the options page), the files the browser
// fetches to start it and their raw and gzipped sizes. Shared by
// `npm run size` (the budget check) and `npm run bench` (the timing report),
// so both print the same table against the same budgets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The background service worker's script at the top of the build. */
const BACKGROUND = 'background.js';

/** `<script src>` in an html page. */
const SCRIPT_SRC = /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi;

/** `<link href>` in an html page, with its rel, to keep stylesheets and module preloads. */
const LINK_TAG = /<link\b[^>]*>/gi;

/**
 * Static imports and re-exports with a relative specifier, minified or not:
 * `import{a as b}from"./x.js"`, `import "./x.js"`, `export * from "../y.js"`.
 * Dynamic `import()` is left out: it is not loaded at start.
 */
const STATIC_IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/**
 * Files an html page references directly, as absolute paths.
 * @param {string} dir the build directory (root-relative paths start there)
 * @param {string} htmlFile absolute path of the page
 * @returns {string[]}
 */
function htmlReferences(dir, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const urls = [...html.matchAll(SCRIPT_SRC)].map((m) => m[1]);
  for (const [tag] of html.matchAll(LINK_TAG)) {
    const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1].toLowerCase() ?? '';
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && /\b(stylesheet|modulepreload)\b/.test(rel)) urls.push(href);
  }
  return urls
    .filter((url) => !/^[a-z][\w+.-]*:/i.test(url)) // nothing outside the build
    .map((url) => url.split(/[?#]/)[0])
    .map((url) => (url.startsWith('/') ? join(dir, url) : resolve(dirname(htmlFile), url)));
}

/**
 * Relative static imports of a JS file, as absolute paths.
 * @param {string} jsFile absolute path
 * @returns {string[]}
 */
function jsImports(jsFile) {
  const code = readFileSync(jsFile, 'utf8');
  return [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(dirname(jsFile), m[1]));
}

/** A dynamic `import("./x.js")` with a relative specifier, as a minifier writes it (quotes or backticks). */
const DYNAMIC_IMPORT = /\bimport\(\s*[`'"](\.{1,2}\/[^`'"]+)[`'"]\s*\)/g;

/**
 * Relative dynamic imports of a JS file, as absolute paths.
 * @param {string} jsFile absolute path
 * @returns {string[]}
 */
function jsDynamicImports(jsFile) {
  const code = readFileSync(jsFile, 'utf8');
  return [...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(dirname(jsFile), m[1]));
}

/**
 * Everything an entry loads: its start files plus, for every JS file, its
 * static imports, transitively. Each file is listed once.
 * @param {string[]} start absolute paths
 * @returns {string[]} absolute paths, in discovery order
 */
function closure(start) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`Entry references ${file}, which is not in the build.`);
    seen.add(file);
    if (file.endsWith('.js') || file.endsWith('.mjs')) queue.push(...jsImports(file));
  }
  return [...seen];
}

/**
 * @typedef {object} EntrySize
 * @property {string} entry the entrypoint's name: background, popup, options
 * @property {string[]} files the files it loads, relative to the build directory
 * @property {number} bytes their raw size summed
 * @property {number} gzipBytes their sizes gzipped (level 9) one by one, summed
 */

/**
 * Load cost of every entrypoint of a built extension.
 * @param {string} dir the build directory, e.g. .output/chrome-mv3
 * @returns {EntrySize[]}
 */
export function entrySizes(dir) {
  const root = resolve(dir);
  /** @type {[string, string[]][]} */
  const entries = [['background', [join(root, BACKGROUND)]]];
  for (const name of readdirSync(root).sort()) {
    if (name.endsWith('.html')) entries.push([name.slice(0, -'.html'.length), htmlReferences(root, join(root, name))]);
  }
  return entries.map(([entry, start]) => {
    const files = closure(start);
    let bytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const content = readFileSync(file);
      bytes += content.length;
      gzipBytes += gzipSync(content, { level: 9 }).length;
    }
    return { entry, files: files.map((file) => relative(root, file)), bytes, gzipBytes };
  });
}

/** Gzipped size of files, one by one, summed. @param {string[]} files absolute paths */
function gzipSum(files) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}

/**
 * What a page costs to open on each of its lazily loaded parts (the options
 * page's sections): its start files plus that part's code and the code it
 * imports statically. What a part loads in turn (the library's words for
 * history's exercise names) is data shown when it arrives, listed apart by
 * `npm run size` as on demand.
 * @param {string} dir the build directory
 * @param {EntrySize} entry the page's own start, from entrySizes
 * @returns {{ part: string, gzipBytes: number }[]} heaviest first
 */
export function openingSizes(dir, entry) {
  const root = resolve(dir);
  const start = entry.files.map((file) => join(root, file));
  const parts = new Set(start.filter((file) => file.endsWith('.js')).flatMap(jsDynamicImports));
  return [...parts]
    .map((part) => {
      const files = new Set([...start, ...closure([part])]);
      return { part: relative(root, part), gzipBytes: gzipSum([...files]) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/**
 * Gzipped budgets (JS + CSS), in bytes; an entry without one is only reported.
 * The popup must open instantly; the background wakes on every alarm; the
 * options page's budget holds for its start with its heaviest section. The welcome page
 * (once, on install) and the privacy policy are pages like options: the same frame.
 * @type {Record<string, number>}
 */
export const BUDGETS = {
  popup: 21 * 1024,
  background: 15 * 1024,
  options: 31.5 * 1024,
  welcome: 20 * 1024,
  privacy: 18 * 1024,
};

/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(2);

/**
 * The size table: entry, file count, raw KB, gzip KB, budget KB ("-" when none).
 * @param {EntrySize[]} sizes
 * @returns {string}
 */
export function sizeTable(sizes) {
  const rows = [['entry', 'files', 'raw KB', 'gzip KB', 'budget KB']];
  for (const { entry, files, bytes, gzipBytes } of sizes) {
    const budget = BUDGETS[entry];
    rows.push([entry, String(files.length), kb(bytes), kb(gzipBytes), budget === undefined ? '-' : kb(budget)]);
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  return rows
    .map((row) =>
      row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  '),
    )
    .join('\n');
}
