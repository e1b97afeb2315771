import type { MessageKey } from '@/lib/core/message-key';
import { SNOOZE_LIMITS } from './settings';
import { typedNumbers } from './typed-number';

/** The result of checking what the person typed as snooze choices. */
export type SnoozesCheck = { ok: true; value: number[] } | { ok: false; error: MessageKey; substitutions?: string[] };

/**
 * Checks snooze choices as typed, such as "5, 10, 15": 1 to 4 distinct whole
 * numbers of minutes, each within SNOOZE_LIMITS. A valid list comes back
 * shortest first, as reminders offer it. Each problem has its own message,
 * naming the part to change where there is one.
 */
export function validateSnoozes(text: string): SnoozesCheck {
  // Empty parts are ignored, so a trailing comma while typing ("5, 10,") is not an error.
  const parts = typedNumbers(text)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, error: 'errorSnoozeEmpty' };
  const notWhole = parts.find((part) => !/^\d+$/.test(part));
  if (notWhole !== undefined) return { ok: false, error: 'errorSnoozeNotWhole', substitutions: [notWhole] };
  const values = parts.map(Number);
  const { min, max, choices } = SNOOZE_LIMITS;
  if (values.some((value) => value < min || value > max)) {
    return { ok: false, error: 'errorSnoozeRange', substitutions: [String(min), String(max)] };
  }
  const repeated = values.find((value, i) => values.indexOf(value) !== i);
  if (repeated !== undefined) return { ok: false, error: 'errorSnoozeDuplicate', substitutions: [String(repeated)] };
  if (values.length > choices) return { ok: false, error: 'errorSnoozeCount', substitutions: [String(choices)] };
  return { ok: true, value: values.sort((a, b) => a - b) };
}
