import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The core and the library's data are browser-free: biome.json's override
 * refuses browser imports and globals there. This checks the rule itself, so
 * a config change that loses it fails here rather than quietly.
 */
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');

/** Lints `code` as a file in `folder` (written for a moment, then removed), returning biome's report. */
function lint(folder: string, code: string): string {
  const path = join(folder, `boundary-probe-${process.pid}.ts`);
  writeFileSync(path, code);
  try {
    const run = spawnSync(process.execPath, [biome, 'lint', path], { encoding: 'utf8' });
    return `${run.stdout}${run.stderr}`;
  } finally {
    rmSync(path, { force: true });
  }
}

describe('the browser-free core', () => {
  it.each([
    ['lib/core', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"],
    ['lib/core', "import browser from 'webextension-polyfill';\nexport const x = browser;\n"],
    ['lib/core', 'export const x = chrome.runtime;\n'],
    ['lib/core', "import { t } from '@/lib/browser/i18n';\nexport const x = t;\n"],
    ['lib/core', "import { t } from '../browser/i18n';\nexport const x = t;\n"],
    ['lib/core', "import { storage } from '#imports';\nexport const x = storage;\n"],
    ['lib/core', "import { storage } from 'wxt/utils/storage';\nexport const x = storage;\n"],
    ['lib/core', "import { browser } from '@wxt-dev/browser';\nexport const x = browser;\n"],
    ['content', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"],
  ])('refuses a browser import or global in %s/', (path, code) => {
    expect(lint(path, code)).toMatch(/noRestricted(Imports|Globals)/);
  });

  it('allows the same import in the browser edge', () => {
    expect(lint('lib/browser', "import { browser } from 'wxt/browser';\nexport const x = browser;\n")).not.toMatch(
      /noRestricted/,
    );
  });
});
