import { isRecord, type Loose } from '@/lib/core/guards';
import { SETTING_CHECKS } from '@/lib/core/settings/checks';
import { parseSettings } from '@/lib/core/settings/parse';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { fail, type ImportError, readFile } from './file';

export const SETTINGS_FILE_VERSION = 1;

export type SettingsImport = { ok: true; settings: Settings } | ImportError;

/**
 * A settings file, checked whole: unknown keys are ignored, a missing setting
 * takes its default, and any known setting with an invalid value refuses the
 * file (rather than quietly becoming the default). The result goes through
 * parseSettings, the same reader storage uses.
 */
export function parseSettingsImport(text: string, bytes: number): SettingsImport {
  const read = readFile(text, bytes, 'settings', [SETTINGS_FILE_VERSION]);
  if (!read.ok) return read;
  const raw = read.file.settings;
  if (!isRecord(raw)) return fail('importWrongKind');
  const known: Loose = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!Object.hasOwn(raw, key)) continue;
    if (!SETTING_CHECKS[key](raw[key])) return fail('importBadSettings', [key]);
    known[key] = raw[key];
  }
  return { ok: true, settings: parseSettings(known) };
}
