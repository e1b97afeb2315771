import type { MessageKey } from '@/lib/core/message-key';
import { type NumberSetting, SETTING_LIMITS } from './settings';
import { typedNumbers } from './typed-number';

/** The result of checking what the person typed into a minutes field. */
export type MinutesCheck = { ok: true; value: number } | { ok: false; error: MessageKey; substitutions?: string[] };

/**
 * Checks a minutes field as typed: empty, not a whole number, or out of range
 * each get their own message, so the person knows what to change.
 */
export function validateMinutes(key: NumberSetting, text: string): MinutesCheck {
  const trimmed = typedNumbers(text).trim();
  if (trimmed === '') return { ok: false, error: 'errorEmpty' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: 'errorNotWhole' };
  const value = Number(trimmed);
  const { min, max } = SETTING_LIMITS[key];
  if (value < min || value > max) {
    // The goal counts breaks, a micro-break's length seconds; every other number here counts minutes.
    const error =
      key === 'dailyGoal' ? 'errorRangeBreaks' : key === 'microSeconds' ? 'errorRangeSeconds' : 'errorRange';
    return { ok: false, error, substitutions: [String(min), String(max)] };
  }
  return { ok: true, value };
}
