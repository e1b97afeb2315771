import { type FlagSetting, type SaveSettings, setField } from '@/components/shared/save';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import type { Settings } from '@/lib/core/settings/settings';

interface Props {
  name: FlagSetting;
  label: MessageKey;
  settings: Settings;
  onSave: SaveSettings;
  /** The id of a hint under the switch, read with its name. */
  describedBy?: string;
}

/** One switch of the settings: a labelled checkbox that saves its state as it changes, as setField does. */
export function SettingSwitch({ name, label, settings, onSave, describedBy }: Props) {
  return (
    <label class="check">
      <input
        type="checkbox"
        name={name}
        checked={settings[name]}
        aria-describedby={describedBy}
        onChange={(event) => setField(onSave, name)(event.currentTarget.checked)}
      />{' '}
      {t(label)}
    </label>
  );
}
