import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Breathing Room's build. Permissions are the ones the code uses, each for one reason:
 * - alarms: the break schedule (the MV3 worker sleeps, so no timers);
 * - storage: settings (sync) and schedule and history (local), on this machine only;
 * - notifications: the "Time for a mindful break" reminder and the heads-up before it;
 * - idle: only time at the computer counts, and time away can be a natural break;
 * - offscreen (Chrome only): plays the optional reminder chime, since Chrome's service worker
 *   has no Audio; Firefox's event page plays it itself, so its manifest does not ask for it.
 * Windows' fullscreen state and tabs' `audible` flag (don't interrupt) need no permission.
 * No host permissions, no remote code, no network.
 */
/** Vite's helper that preloads a lazy chunk's imports and styles before it runs. */
const HELPER = '\0vite/preload-helper.js';

/**
 * Extension pages load from disk, where preloading buys nothing: the helper
 * becomes a plain call, which keeps about 0.7 KB out of the popup's start.
 * Its one other job, loading a lazy chunk's stylesheet, is ruled out
 * instead: only entries may import CSS (lazy code brings its own, ?inline),
 * and the build fails otherwise. Empty chunks are left out as well.
 */
function noPreload(): Plugin {
  return {
    name: 'breathing-room:no-preload',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER ? HELPER : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const chunk of chunks) {
        if (!chunk.isEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0) {
          this.error(`${chunk.fileName} imports CSS, which only entries may: use ?inline in lazily loaded code.`);
        }
      }
      // WXT's loader for its own plugins, with none to load, is an empty chunk every page would fetch.
      for (const empty of chunks.filter((chunk) => !chunk.isEntry && chunk.code.trim() === '')) {
        delete bundle[empty.fileName];
        const name = empty.fileName.replace(/^.*\//, '');
        for (const chunk of chunks) {
          chunk.imports = chunk.imports.filter((file) => file !== empty.fileName);
          chunk.code = chunk.code.replace(`import"./${name}";`, '');
        }
      }
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Every browser Breathing Room supports has module preloading: no polyfill for it in the popup's start.
  vite: () => ({ plugins: [preact(), noPreload()], build: { modulePreload: false } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'storage', 'notifications', 'idle', ...(browser === 'firefox' ? [] : ['offscreen'])],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'take-break': { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_commandTakeBreak__' },
      'toggle-pause': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandTogglePause__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'breathing-room@example.org',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
