import { useSignal } from '@preact/signals';
import { CareNote } from '@/components/CareNote';
import { MinutesField } from '@/components/MinutesField';
import { useStored } from '@/components/useStored';
import { useTheme } from '@/components/useTheme';
import { t } from '@/lib/i18n';
import type { NumberSetting, Settings } from '@/lib/settings';
import { settingsItem } from '@/lib/storage/items';
import { BreakSettings } from './BreakSettings';
import { ContentChoices } from './ContentChoices';
import { HistorySummary } from './HistorySummary';
import { ReminderSettings } from './ReminderSettings';
import { WorkingHoursEditor } from './WorkingHoursEditor';

/** The options page: the schedule, working hours, reminders, what breaks show, today's count and recent breaks. */
export function App() {
  const settings = useStored(settingsItem);
  const saved = useSignal(false);
  const current = settings.value;
  useTheme(current?.theme);

  // Options pages are the only writers of settings; each change applies to the
  // latest stored value, and the background follows the change.
  const save = async (change: (settings: Settings) => Settings) => {
    await settingsItem.update(change);
    saved.value = true;
  };
  const saveMinutes = (key: NumberSetting) => (value: number) => save((settings) => ({ ...settings, [key]: value }));

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{t('scheduleHeading')}</h2>
        {current ? (
          <form onSubmit={(event) => event.preventDefault()}>
            <MinutesField
              name="intervalMinutes"
              label="intervalLabel"
              stored={current.intervalMinutes}
              onSave={saveMinutes('intervalMinutes')}
            />
            <MinutesField
              name="breakMinutes"
              label="breakLengthLabel"
              stored={current.breakMinutes}
              onSave={saveMinutes('breakMinutes')}
            />
          </form>
        ) : (
          <p aria-busy="true">{t('loading')}</p>
        )}
        <p role="status" class="muted">
          {saved.value ? t('savedNote') : ''}
        </p>
      </section>
      {current && <WorkingHoursEditor settings={current} onSave={save} />}
      {current && <ReminderSettings settings={current} onSave={save} />}
      {current && <BreakSettings settings={current} onSave={save} />}
      {current && <ContentChoices settings={current} onSave={save} />}
      <HistorySummary />
      <CareNote open />
    </main>
  );
}
