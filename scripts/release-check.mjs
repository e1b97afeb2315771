// `npm run release:check` (the last step of `npm run release`, and so of `npm test`):
// makes sure the three zips a release uploads are ones the stores would take, before
// anyone uploads them. The Chrome zip and the Firefox zip must carry package.json's
// version in their manifest, the sources zip (for AMO's reviewers) the same version in
// its package.json; the Firefox zip must pass Mozilla's addons-linter with no errors;
// and no zip may ship tests, source maps or node_modules. Zips of other versions left
// in the folder are not looked at. Reads the zips with JSZip, so no `unzip` is needed.
// Usage: node scripts/release-check.mjs [folder]   (default: .output)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';

/** package.json: the name and version the zips are named by and must carry. */
const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8'));

/** Where `wxt zip` writes the zips, or the folder given on the command line. */
const OUTPUT_DIR = resolve(process.argv[2] ?? '.output');

/** Paths no zip may hold, each with the reason printed when one does. */
const FORBIDDEN = [
  { pattern: /(^|\/)tests\//, why: 'a test folder' },
  { pattern: /\.(test|spec)\.[^/]+$/, why: 'a test file' },
  { pattern: /\.map$/, why: 'a source map' },
  { pattern: /(^|\/)node_modules\//, why: 'node_modules' },
];

/** A source map comment at the end of a script or stylesheet, `//# sourceMappingURL=` or `/*# ...`. */
const SOURCE_MAP_COMMENT = /\/[/*][#@]\s*sourceMappingURL=/;

/** What a reviewer needs in the sources zip to rebuild the add-on (BUILD.md says how). */
const SOURCES_NEEDED = [
  'BUILD.md',
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'scripts/build-plugins.ts',
];

/**
 * The three zips of this version, named as wxt.config.ts's `zip` templates name them
 * (`{{name}}` is package.json's name as WXT makes it safe for a file name).
 * @returns {{ kind: 'chrome' | 'firefox' | 'sources', path: string }[]}
 */
function releaseZips() {
  const name = PACKAGE.name
    .toLowerCase()
    .replace(/[^a-z0-9-\s]/g, '')
    .replace(/\s+/g, '-');
  return ['chrome', 'firefox', 'sources'].map((kind) => ({
    kind,
    path: join(OUTPUT_DIR, `${name}-${PACKAGE.version}-${kind}.zip`),
  }));
}

/**
 * Reads a JSON file from a zip.
 * @param {JSZip} zip
 * @param {string} path inside the zip
 * @returns {Promise<Record<string, unknown> | undefined>} undefined when the zip has no such file
 */
async function readJson(zip, path) {
  const file = zip.file(path);
  return file ? JSON.parse(await file.async('string')) : undefined;
}

/**
 * The problems of one zip's contents: files it must not hold, and a version other than package.json's.
 * @param {{ kind: string, path: string }} release
 * @param {JSZip} zip
 * @param {string[]} files the zip's file paths
 * @returns {Promise<string[]>}
 */
async function contentProblems({ kind }, zip, files) {
  const problems = [];
  for (const file of files) {
    const forbidden = FORBIDDEN.find(({ pattern }) => pattern.test(file));
    if (forbidden) problems.push(`holds ${forbidden.why}: ${file}`);
  }
  if (kind === 'sources') {
    const packageJson = await readJson(zip, 'package.json');
    if (packageJson?.version !== PACKAGE.version) {
      problems.push(`package.json has version ${packageJson?.version ?? '(none)'}, not ${PACKAGE.version}`);
    }
    for (const needed of SOURCES_NEEDED.filter((path) => !zip.file(path))) {
      problems.push(`lacks ${needed}, which a rebuild needs`);
    }
    return problems;
  }
  const manifest = await readJson(zip, 'manifest.json');
  if (!manifest) problems.push('has no manifest.json at its top');
  else if (manifest.version !== PACKAGE.version) {
    problems.push(`manifest.json has version ${manifest.version}, not package.json's ${PACKAGE.version}`);
  }
  for (const file of files.filter((path) => /\.(c|m)?js$|\.css$/.test(path))) {
    if (SOURCE_MAP_COMMENT.test(await zip.file(file).async('string'))) {
      problems.push(`points to a source map (sourceMappingURL): ${file}`);
    }
  }
  return problems;
}

/**
 * Runs Mozilla's addons-linter (the check addons.mozilla.org runs on upload) on the Firefox zip.
 * @param {string} zipPath
 * @returns {{ errors: object[], warnings: object[] }}
 */
function lintFirefox(zipPath) {
  const bin = createRequire(import.meta.url).resolve('addons-linter/bin/addons-linter');
  const run = spawnSync(process.execPath, [bin, '--output', 'json', zipPath], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`addons-linter gave no report (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  return { errors: report.errors ?? [], warnings: report.warnings ?? [] };
}

/**
 * One linter message on one line: code, file and line, message.
 * @param {{ code: string, message: string, file?: string, line?: number }} message
 */
function lintLine({ code, message, file, line }) {
  const where = file ? ` ${file}${line ? `:${line}` : ''}` : '';
  return `${code}${where}: ${message}`;
}

/**
 * The table of the zips: name, number of files, size in KB.
 * @param {{ path: string, files: number, bytes: number }[]} rows
 */
function zipTable(rows) {
  const names = rows.map(({ path }) => path.slice(OUTPUT_DIR.length + 1));
  const width = Math.max(3, ...names.map((name) => name.length));
  const lines = [`${'zip'.padEnd(width)}  files  size (KB)`];
  rows.forEach(({ files, bytes }, index) => {
    lines.push(`${names[index].padEnd(width)}  ${String(files).padStart(5)}  ${(bytes / 1024).toFixed(1).padStart(9)}`);
  });
  return lines.join('\n');
}

const releases = releaseZips();
const missing = releases.filter(({ path }) => !existsSync(path));
if (missing.length > 0) {
  for (const { path } of missing) console.error(`Missing ${path}`);
  console.error(`Make the zips of version ${PACKAGE.version} with npm run release (wxt zip && wxt zip -b firefox).`);
  process.exit(1);
}

const rows = [];
const problems = [];
for (const release of releases) {
  const zip = await JSZip.loadAsync(readFileSync(release.path));
  const files = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
  rows.push({ path: release.path, files: files.length, bytes: statSync(release.path).size });
  for (const problem of await contentProblems(release, zip, files)) problems.push(`${release.kind} zip ${problem}`);
}
console.log(zipTable(rows));
for (const problem of problems) console.error(problem);
let failed = problems.length > 0;

const firefoxZip = releases.find(({ kind }) => kind === 'firefox').path;
const { errors, warnings } = lintFirefox(firefoxZip);
for (const warning of warnings) console.log(`addons-linter warning: ${lintLine(warning)}`);
for (const error of errors) console.error(`addons-linter error: ${lintLine(error)}`);
console.log(`addons-linter on the Firefox zip: ${errors.length} errors, ${warnings.length} warnings.`);
if (errors.length > 0) failed = true;

if (failed) {
  console.error(`Release ${PACKAGE.version} is not ready for the stores: see above.`);
  process.exit(1);
}
console.log(`Release ${PACKAGE.version} is ready for the stores.`);
