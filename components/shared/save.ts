import { type Action, useAction } from '@/components/shared/useAction';
import type { Settings } from '@/lib/core/settings/settings';

/** How every options section saves: a change applied to the latest stored settings, under the shared lock. */
export type SaveSettings = (change: (settings: Settings) => Settings) => Promise<unknown>;

/**
 * A section's own saver: the page's save, with any failure kept in the
 * returned action for the section to show beside its controls (ActionError),
 * never thrown.
 */
export function useSectionSave(save: SaveSettings): [SaveSettings, Action] {
  const action = useAction();
  return [(change) => action.run(() => save(change)), action];
}

/**
 * A saver for one field. Each change applies to the latest stored settings,
 * so two fields saved in quick succession both stick.
 */
export function setField<K extends keyof Settings>(save: SaveSettings, key: K) {
  return (value: Settings[K]) => save((latest) => ({ ...latest, [key]: value }));
}

/** The settings that are a switch (fields/SettingSwitch.tsx). */
export type FlagSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];
