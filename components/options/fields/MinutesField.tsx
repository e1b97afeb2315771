import { type SaveSettings, setField } from '@/components/shared/save';
import type { MessageKey } from '@/lib/core/message-key';
import type { NumberSetting, Settings } from '@/lib/core/settings/settings';
import { validateMinutes } from '@/lib/core/settings/validate-minutes';
import { CheckedField } from './CheckedField';

interface Props {
  /** The setting: its stored value, its limits and its saver all follow from it. */
  name: NumberSetting;
  label: MessageKey;
  settings: Settings;
  /** The section's saver; a valid value is saved, never an invalid one. */
  onSave: SaveSettings;
}

/** A whole-number setting (mostly minutes), checked against its limits as the person types. */
export function MinutesField({ name, label, settings, onSave }: Props) {
  return (
    <CheckedField
      name={name}
      label={label}
      storedText={String(settings[name])}
      check={(text) => validateMinutes(name, text)}
      format={String}
      onSave={setField(onSave, name)}
      inputMode="numeric"
    />
  );
}
