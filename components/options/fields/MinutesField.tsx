import type { MessageKey } from '@/lib/core/message-key';
import type { NumberSetting } from '@/lib/core/settings/settings';
import { validateMinutes } from '@/lib/core/settings/validate-minutes';
import { CheckedField } from './CheckedField';

interface Props {
  name: NumberSetting;
  label: MessageKey;
  /** The stored value; the field shows it until the person types. */
  stored: number;
  /** Saves a valid value, never an invalid one; resolves false when saving failed. */
  onSave: (value: number) => Promise<unknown>;
}

/** A whole-number setting (mostly minutes), checked against its limits as the person types. */
export function MinutesField({ name, label, stored, onSave }: Props) {
  return (
    <CheckedField
      name={name}
      label={label}
      storedText={String(stored)}
      check={(text) => validateMinutes(name, text)}
      format={String}
      onSave={onSave}
      inputMode="numeric"
    />
  );
}
