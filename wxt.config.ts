import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noPreload, polyfillAsModule, startChunk } from './scripts/build-plugins';

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
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Every browser Breathing Room supports has module preloading: no polyfill for it in the popup's start.
  vite: () => ({
    plugins: [preact(), noPreload(), startChunk(), polyfillAsModule()],
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'storage', 'notifications', 'idle', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Firefox puts the button in the toolbar rather than its extensions menu: the countdown in view from the start.
    action: { default_title: '__MSG_extName__', ...(browser === 'firefox' && { default_area: 'navbar' }) },
    commands: {
      'take-break': { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_commandTakeBreak__' },
      'toggle-pause': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandTogglePause__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox ESR 140 on desktop, the ESR in Debian stable and many managed installs. Android
        // states its own minimum: the data_collection_permissions key arrived there in 142.
        gecko: {
          id: 'breathing-room@example.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // `npm run release`: the stores' zips in .output/, named by package.json's version (which
  // scripts/release-check.mjs looks for). The extension zips hold the build and no source maps. The
  // sources zip (AMO's reviewers rebuild from it, as BUILD.md says) holds what the build reads:
  // not the tests and their fixtures, screenshots, store listing or dev scripts. WXT already leaves
  // out node_modules, hidden files (.wxt, .ci) and .output.
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    exclude: ['**/*.map'],
    excludeSources: [
      'tests/**',
      '**/*.test.*',
      '**/fixtures/**',
      'vitest*.config.*',
      '**/*.map',
      'screenshots/**',
      'docs/**',
      'store/**',
      'scripts/**',
    ],
    // The build imports it (see the top of this file): the one script a rebuild needs.
    includeSources: ['scripts/build-plugins.ts'],
  },
});
