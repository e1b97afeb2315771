import { RadioGroup } from '@/components/shared/RadioGroup';
import { type SaveSettings, setField, useSectionSave } from '@/components/shared/save';
import { ActionError } from '@/components/shared/useAction';
import { t } from '@/lib/browser/i18n';
import type { Settings } from '@/lib/core/settings/settings';
import { validateSnoozes } from '@/lib/core/settings/validate-snoozes';
import { REMINDER_STYLES } from '@/lib/core/vocabulary';
import { CheckedField } from '../fields/CheckedField';
import { Dependants } from '../fields/Dependants';
import { MinutesField } from '../fields/MinutesField';
import { SettingSwitch } from '../fields/SettingSwitch';

/** Snooze choices as typed ("5, 10, 15"), saved shortest first once valid. */
function SnoozeChoices({
  stored,
  onSave,
}: {
  stored: readonly number[];
  onSave: (value: number[]) => Promise<unknown>;
}) {
  return (
    <CheckedField
      name="snoozeMinutes"
      label="snoozeChoicesLabel"
      storedText={stored.join(', ')}
      check={validateSnoozes}
      format={(choices) => choices.join(', ')}
      onSave={onSave}
      wide
    />
  );
}

/** How and when reminders come: their style, the heads-up, waiting for fullscreen or sound, strict breaks and snoozes. */
export function ReminderSettings({ settings, onSave: pageSave }: { settings: Settings; onSave: SaveSettings }) {
  const [onSave, saveAction] = useSectionSave(pageSave);
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('remindersHeading')}</h2>
      <form onSubmit={(event) => event.preventDefault()}>
        <RadioGroup
          name="reminderStyle"
          legend="reminderStyleLegend"
          choices={REMINDER_STYLES}
          label={(style) => t(`reminderStyle_${style}`)}
          value={settings.reminderStyle}
          onChange={setField(onSave, 'reminderStyle')}
        />
        <MinutesField name="headsUpMinutes" label="headsUpLabel" settings={settings} onSave={onSave} />
        <SettingSwitch name="dontInterrupt" label="dontInterruptLabel" settings={settings} onSave={onSave} />
        <Dependants on={settings.dontInterrupt} reason="offBecauseWait" label="waitGroup">
          <MinutesField name="maxDeferMinutes" label="maxDeferLabel" settings={settings} onSave={onSave} />
        </Dependants>
        <SettingSwitch
          name="strictMode"
          label="strictModeLabel"
          settings={settings}
          onSave={onSave}
          describedBy="strict-hint"
        />
        <p id="strict-hint" class="muted small">
          {t('strictModeHint')}
        </p>
        <Dependants on={!settings.strictMode} reason="offBecauseStrict" label="snoozeGroup">
          <SnoozeChoices stored={settings.snoozeMinutes} onSave={setField(onSave, 'snoozeMinutes')} />
          <MinutesField name="maxSnoozes" label="maxSnoozesLabel" settings={settings} onSave={onSave} />
        </Dependants>
      </form>
      <ActionError action={saveAction} />
    </section>
  );
}
