import { useSectionSave } from '@/components/shared/save';
import { ActionError } from '@/components/shared/useAction';
import { formatNumber, t } from '@/lib/browser/i18n';
import { MICRO_GAP_MS } from '@/lib/core/schedule/micro';
import { MINUTE } from '@/lib/core/vocabulary';
import { Dependants } from '../fields/Dependants';
import { MinutesField } from '../fields/MinutesField';
import { SettingSwitch } from '../fields/SettingSwitch';
import { WorkingHoursEditor } from '../WorkingHoursEditor';
import type { SectionProps } from './sections';

/** True when a micro-break fits between two longer breaks, clear of the gap before the next one. */
const microFits = (settings: SectionProps['settings']) =>
  settings.microIntervalMinutes * MINUTE <= settings.intervalMinutes * MINUTE - MICRO_GAP_MS;

/**
 * When breaks come: the two tiers (the longer mindful breaks: how often, how
 * long, the daily goal; micro-breaks between them: how often, how many
 * seconds), each on or off, and the working hours both keep to.
 */
export function ScheduleSection({ settings, onSave: pageSave }: SectionProps) {
  const [onSave, saveAction] = useSectionSave(pageSave);
  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('scheduleHeading')}</h2>
      <form onSubmit={(event) => event.preventDefault()}>
        <SettingSwitch name="longBreaks" label="longBreaksLabel" settings={settings} onSave={onSave} />
        <div class="field-row">
          <MinutesField name="intervalMinutes" label="intervalLabel" settings={settings} onSave={onSave} />
          <MinutesField name="breakMinutes" label="breakLengthLabel" settings={settings} onSave={onSave} />
          <MinutesField name="dailyGoal" label="goalLabel" settings={settings} onSave={onSave} />
        </div>
        <SettingSwitch
          name="microBreaks"
          label="microBreaksLabel"
          settings={settings}
          onSave={onSave}
          describedBy="micro-hint"
        />
        <p id="micro-hint" class="muted small">
          {t('microBreaksHint')}
        </p>
        <Dependants on={settings.microBreaks} reason="offBecauseMicro" label="microGroup">
          <div class="field-row">
            <MinutesField name="microIntervalMinutes" label="microIntervalLabel" settings={settings} onSave={onSave} />
            <MinutesField name="microSeconds" label="microSecondsLabel" settings={settings} onSave={onSave} />
          </div>
        </Dependants>
        {settings.longBreaks && settings.microBreaks && !microFits(settings) && (
          <p class="muted small" role="status">
            {t('microNeverComes', formatNumber(settings.intervalMinutes))}
          </p>
        )}
        {!settings.longBreaks && !settings.microBreaks && (
          <p class="muted small" role="status">
            {t('noTiersNote')}
          </p>
        )}
      </form>
      <ActionError action={saveAction} />
      <WorkingHoursEditor settings={settings} onSave={pageSave} />
    </section>
  );
}
