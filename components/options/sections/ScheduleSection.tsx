import { ActionError } from '@/components/shared/useAction';
import { t } from '@/lib/browser/i18n';
import { MinutesField } from '../fields/MinutesField';
import { useSectionSave } from '../save';
import { WorkingHoursEditor } from '../WorkingHoursEditor';
import type { SectionProps } from './sections';

/** When breaks come: how often, how long, the daily goal, and the working hours they keep to. */
export function ScheduleSection({ settings, onSave: pageSave }: SectionProps) {
  const [onSave, saveAction] = useSectionSave(pageSave);
  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('scheduleHeading')}</h2>
      <form class="field-row" onSubmit={(event) => event.preventDefault()}>
        <MinutesField name="intervalMinutes" label="intervalLabel" settings={settings} onSave={onSave} />
        <MinutesField name="breakMinutes" label="breakLengthLabel" settings={settings} onSave={onSave} />
        <MinutesField name="dailyGoal" label="goalLabel" settings={settings} onSave={onSave} />
      </form>
      <ActionError action={saveAction} />
      <WorkingHoursEditor settings={settings} onSave={pageSave} />
    </section>
  );
}
