import type { Settings } from '@/lib/core/settings/settings';

/** How every options section saves: a change applied to the latest stored settings, under the shared lock (it may return a promise). */
export type SaveSettings = (change: (settings: Settings) => Settings) => unknown;

/**
 * A saver for one field. Each change applies to the latest stored settings,
 * so two fields saved in quick succession both stick.
 */
export function setField<K extends keyof Settings>(save: SaveSettings, key: K) {
  return (value: Settings[K]) => save((latest) => ({ ...latest, [key]: value }));
}
