import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { MinutesField } from '@/components/MinutesField';
import { RadioGroup } from '@/components/RadioGroup';
import { t } from '@/lib/i18n';
import type { NumberSetting, ReminderStyle, Settings } from '@/lib/settings';
import { validateSnoozes } from '@/lib/validate-snoozes';

type Save = (change: (settings: Settings) => Settings) => void;

const STYLES: readonly ReminderStyle[] = ['open', 'notify', 'badge'];

/**
 * The snooze choices as typed, checked on every keystroke: a valid list is
 * saved shortest first; an invalid one says why and nothing is saved.
 */
function SnoozeChoices({ stored, onSave }: { stored: readonly number[]; onSave: (value: number[]) => void }) {
  const text = useSignal(stored.join(', '));
  const error = useSignal<string | null>(null);
  const storedText = stored.join(', ');
  // Follow storage (another tab, sync) unless the person is mid-correction, or
  // what they typed already means the stored list: "10, 5" is not rewritten
  // under their cursor to "5, 10".
  useEffect(() => {
    const typed = validateSnoozes(text.value);
    if (error.value === null && !(typed.ok && typed.value.join(', ') === storedText)) text.value = storedText;
  }, [storedText]);

  const onInput = (event: Event) => {
    text.value = (event.currentTarget as HTMLInputElement).value;
    const check = validateSnoozes(text.value);
    error.value = check.ok ? null : t(check.error, check.substitutions);
    if (check.ok && check.value.join(', ') !== storedText) onSave(check.value);
  };

  return (
    <div class="field">
      <label for="snoozeMinutes">{t('snoozeChoicesLabel')}</label>
      <input
        id="snoozeMinutes"
        name="snoozeMinutes"
        type="text"
        class="wide"
        autoComplete="off"
        value={text}
        onInput={onInput}
        aria-invalid={error.value !== null}
        aria-describedby="snoozeMinutes-error"
      />
      <p id="snoozeMinutes-error" class="error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}

/** How and when reminders come: their style, the heads-up, waiting for fullscreen or sound, and snoozes. */
export function ReminderSettings({ settings, onSave }: { settings: Settings; onSave: Save }) {
  // Each change applies to the latest stored settings, so two fields saved in quick succession both stick.
  const saveMinutes = (key: NumberSetting) => (value: number) => onSave((latest) => ({ ...latest, [key]: value }));

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('remindersHeading')}</h2>
      <form onSubmit={(event) => event.preventDefault()}>
        <RadioGroup
          name="reminderStyle"
          legend="reminderStyleLegend"
          choices={STYLES}
          label={(style) => t(`reminderStyle_${style}`)}
          value={settings.reminderStyle}
          onChange={(reminderStyle) => onSave((latest) => ({ ...latest, reminderStyle }))}
        />
        <MinutesField
          name="headsUpMinutes"
          label="headsUpLabel"
          stored={settings.headsUpMinutes}
          onSave={saveMinutes('headsUpMinutes')}
        />
        <label class="check">
          <input
            type="checkbox"
            name="dontInterrupt"
            checked={settings.dontInterrupt}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              onSave((latest) => ({ ...latest, dontInterrupt: on }));
            }}
          />{' '}
          {t('dontInterruptLabel')}
        </label>
        <MinutesField
          name="maxDeferMinutes"
          label="maxDeferLabel"
          stored={settings.maxDeferMinutes}
          onSave={saveMinutes('maxDeferMinutes')}
        />
        <SnoozeChoices
          stored={settings.snoozeMinutes}
          onSave={(value) => onSave((latest) => ({ ...latest, snoozeMinutes: value }))}
        />
        <MinutesField
          name="maxSnoozes"
          label="maxSnoozesLabel"
          stored={settings.maxSnoozes}
          onSave={saveMinutes('maxSnoozes')}
        />
      </form>
    </section>
  );
}
