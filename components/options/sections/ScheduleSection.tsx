import { ActionError } from '@/components/shared/useAction';
import { t } from '@/lib/browser/i18n';
import { MinutesField } from '../fields/MinutesField';
import { setField, useSectionSave } from '../save';
import { WorkingHoursEditor } from '../WorkingHoursEditor';
import type { SectionProps } from './sections';

/** When breaks come: how often, how long, the daily goal, and the working hours they keep to. */
export function ScheduleSection({ settings, onSave: pageSave }: SectionProps) {
  const [onSave, saveAction] = useSectionSave(pageSave);
  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('scheduleHeading')}</h2>
      <form class="field-row" onSubmit={(event) => event.preventDefault()}>
        <MinutesField
          name="intervalMinutes"
          label="intervalLabel"
          stored={settings.intervalMinutes}
          onSave={setField(onSave, 'intervalMinutes')}
        />
        <MinutesField
          name="breakMinutes"
          label="breakLengthLabel"
          stored={settings.breakMinutes}
          onSave={setField(onSave, 'breakMinutes')}
        />
        <MinutesField
          name="dailyGoal"
          label="goalLabel"
          stored={settings.dailyGoal}
          onSave={setField(onSave, 'dailyGoal')}
        />
      </form>
      <ActionError action={saveAction} />
      <WorkingHoursEditor settings={settings} onSave={pageSave} />
    </section>
  );
}
