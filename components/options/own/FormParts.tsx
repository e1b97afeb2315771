import type { Signal } from '@preact/signals';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';

interface ChoiceProps<T extends string> {
  id: string;
  label: MessageKey;
  choices: readonly T[];
  /** Each choice's name as the library's vocabulary says it: "Day to day", "Eye rest". */
  name: (choice: T) => string;
  value: Signal<T>;
}

/** One of a vocabulary (a theme, a kind), labelled, as a list to choose from. */
export function ChoiceSelect<T extends string>({ id, label, choices, name, value }: ChoiceProps<T>) {
  return (
    <>
      <label for={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(event) => (value.value = event.currentTarget.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {name(choice)}
          </option>
        ))}
      </select>
    </>
  );
}

/** A form's end: what to fix, said where the person acts, then Save and Cancel. */
export function FormEnd({ id, error, onCancel }: { id: string; error: Signal<string>; onCancel: () => void }) {
  return (
    <>
      <p id={id} class="error" aria-live="polite">
        {error}
      </p>
      <div class="own-buttons">
        <button type="submit" class="primary">
          {t('ownSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('ownCancel')}
        </button>
      </div>
    </>
  );
}
