import { useSignal } from '@preact/signals';
import { MinutesField } from '@/components/MinutesField';
import { useStored } from '@/components/useStored';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/schedule/types';
import { settingsItem } from '@/lib/storage/items';
import { HistorySummary } from './HistorySummary';

/** The options page: the schedule, today's count and recent breaks. */
export function App() {
  const settings = useStored(settingsItem);
  const saved = useSignal(false);
  const current = settings.value;

  // The options page is the one writer of settings; the background follows the change.
  const save = (key: keyof Settings) => async (value: number) => {
    if (!current) return;
    await settingsItem.set({ ...current, [key]: value });
    saved.value = true;
  };

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
              onSave={save('intervalMinutes')}
            />
            <MinutesField
              name="breakMinutes"
              label="breakLengthLabel"
              stored={current.breakMinutes}
              onSave={save('breakMinutes')}
            />
          </form>
        ) : (
          <p aria-busy="true">{t('loading')}</p>
        )}
        <p role="status" class="muted">
          {saved.value ? t('savedNote') : ''}
        </p>
      </section>
      <HistorySummary />
    </main>
  );
}
