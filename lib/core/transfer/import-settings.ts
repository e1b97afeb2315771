import { checkOwnContent, type OwnContent } from '@/lib/core/content/own';
import { isRecord, type Loose } from '@/lib/core/guards';
import { SETTING_CHECKS } from '@/lib/core/settings/checks';
import { parseSettings } from '@/lib/core/settings/parse';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/core/settings/settings';
import { fail, type ImportError, readFile } from './file';

export const SETTINGS_FILE_VERSION = 1;

/**
 * A settings file's own insights and exercises (lib/core/content/own.ts), or
 * null when it has none: an older file, or one exported before any were
 * written. Import then leaves the person's own as they are.
 */
export type SettingsImport = { ok: true; settings: Settings; own: OwnContent | null } | ImportError;

/**
 * A settings file, checked whole: unknown keys are ignored, a missing setting
 * takes its default, and any known setting with an invalid value refuses the
 * file (rather than quietly becoming the default). The result goes through
 * parseSettings, the same reader storage uses. The person's own insights
 * and exercises come along, checked whole the same way.
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
  const own = read.file.own === undefined ? null : checkOwnContent(read.file.own);
  if (own === null && read.file.own !== undefined) return fail('importBadOwn');
  return { ok: true, settings: parseSettings(known), own };
}
