import { useSignal } from '@preact/signals';
import { CareNote } from '@/components/shared/CareNote';
import { MinutesField } from '@/components/shared/MinutesField';
import { ReadFailure } from '@/components/shared/readFailed';
import { StorageTrouble } from '@/components/shared/StorageTrouble';
import { ActionError } from '@/components/shared/useAction';
import { useStored } from '@/components/shared/useStored';
import { useTheme } from '@/components/shared/useTheme';
import { t } from '@/lib/browser/i18n';
import { settingsItem } from '@/lib/browser/storage/items';
import type { Settings } from '@/lib/core/settings/settings';
import { BreakSettings } from './BreakSettings';
import { ContentChoices } from './ContentChoices';
import { HistoryArea } from './history/HistoryArea';
import { ReminderSettings } from './ReminderSettings';
import { StorageNotices } from './StorageNotices';
import { setField, useSectionSave } from './save';
import { WorkingHoursEditor } from './WorkingHoursEditor';
import { YourData } from './YourData';

/** The options page: the schedule, working hours, reminders, the break, content, progress, history and your data. */
export function OptionsApp() {
  const settings = useStored(settingsItem);
  const saved = useSignal(false);
  const current = settings.value;
  useTheme(current?.theme);

  // Each change applies to the latest stored settings under their lock (the
  // break view's hearts write them too), and the background follows the change.
  const save = async (change: (settings: Settings) => Settings) => {
    await settingsItem.update(change);
    saved.value = true;
  };
  const [scheduleSave, scheduleAction] = useSectionSave(save);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <ReadFailure />
      <StorageTrouble />
      <StorageNotices />
      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{t('scheduleHeading')}</h2>
        {current ? (
          <form onSubmit={(event) => event.preventDefault()}>
            <MinutesField
              name="intervalMinutes"
              label="intervalLabel"
              stored={current.intervalMinutes}
              onSave={setField(scheduleSave, 'intervalMinutes')}
            />
            <MinutesField
              name="breakMinutes"
              label="breakLengthLabel"
              stored={current.breakMinutes}
              onSave={setField(scheduleSave, 'breakMinutes')}
            />
            <MinutesField
              name="dailyGoal"
              label="goalLabel"
              stored={current.dailyGoal}
              onSave={setField(scheduleSave, 'dailyGoal')}
            />
          </form>
        ) : (
          <p aria-busy="true">{t('loading')}</p>
        )}
        <p role="status" class="muted">
          {saved.value && !scheduleAction.error.value ? t('savedNote') : ''}
        </p>
        <ActionError action={scheduleAction} />
      </section>
      {current && <WorkingHoursEditor settings={current} onSave={save} />}
      {current && <ReminderSettings settings={current} onSave={save} />}
      {current && <BreakSettings settings={current} onSave={save} />}
      {current && <ContentChoices settings={current} onSave={save} />}
      {current && <HistoryArea goal={current.dailyGoal} />}
      <YourData />
      <CareNote open />
    </main>
  );
}
