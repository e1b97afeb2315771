import { type SaveSettings, useSectionSave } from '@/components/shared/save';
import { ActionError } from '@/components/shared/useAction';
import { t } from '@/lib/browser/i18n';
import type { Settings } from '@/lib/core/settings/settings';
import type { ReminderStyle } from '@/lib/core/vocabulary';

/** The two reminder styles a new person chooses between; the large window and the badge wait in options. */
const STYLES = [
  ['open', 'welcomeStyleOpen'],
  ['notify', 'welcomeStyleNotify'],
] as const satisfies readonly (readonly [ReminderStyle, string])[];

/** Whether a due break opens by itself or only notifies. */
export function StyleChoice({ settings, onSave: pageSave }: { settings: Settings; onSave: SaveSettings }) {
  const [onSave, action] = useSectionSave(pageSave);
  return (
    <fieldset class="welcome-choices cards">
      <legend>{t('welcomeStyleLegend')}</legend>
      {STYLES.map(([style, label]) => (
        <label key={style} class="choice-card">
          <input
            type="radio"
            name="reminderStyle"
            checked={settings.reminderStyle === style}
            onChange={() => onSave((latest) => ({ ...latest, reminderStyle: style }))}
          />
          <span>{t(label)}</span>
        </label>
      ))}
      <ActionError action={action} />
    </fieldset>
  );
}
