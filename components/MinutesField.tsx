import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';
import type { NumberSetting } from '@/lib/settings';
import { validateMinutes } from '@/lib/validate-minutes';

interface Props {
  name: NumberSetting;
  label: MessageKey;
  /** The stored value; the field shows it until the person types. */
  stored: number;
  /** Saves a valid value. Never called with an invalid one. */
  onSave: (value: number) => void;
}

/**
 * A minutes input that checks as the person types: a valid value is saved at
 * once; an invalid one shows why next to the field and nothing is saved.
 */
export function MinutesField({ name, label, stored, onSave }: Props) {
  const text = useSignal(String(stored));
  const error = useSignal<string | null>(null);
  // Follow storage (another tab, sync) unless the person is mid-correction.
  useEffect(() => {
    if (error.value === null) text.value = String(stored);
  }, [stored]);

  const onInput = (event: Event) => {
    text.value = (event.currentTarget as HTMLInputElement).value;
    const check = validateMinutes(name, text.value);
    error.value = check.ok ? null : t(check.error, check.substitutions);
    if (check.ok && check.value !== stored) onSave(check.value);
  };

  const errorId = `${name}-error`;
  return (
    <div class="field">
      <label for={name}>{t(label)}</label>
      <input
        id={name}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        onInput={onInput}
        aria-invalid={error.value !== null}
        aria-describedby={errorId}
      />
      <p id={errorId} class="error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
