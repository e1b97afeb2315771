import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';

/** The result of checking what the person typed: a value, or the message that says why not. */
export type FieldCheck<T> = { ok: true; value: T } | { ok: false; error: MessageKey; substitutions?: string[] };

interface Props<T> {
  name: string;
  label: MessageKey;
  /** The stored value as the field writes it. */
  storedText: string;
  check: (text: string) => FieldCheck<T>;
  /** How a valid value is written: the same text as storedText means nothing new to save. */
  format: (value: T) => string;
  /** Saves a valid value. Never called with an invalid one. */
  onSave: (value: T) => void;
  inputMode?: 'numeric' | 'text';
  wide?: boolean;
}

/**
 * A text input that checks as the person types: a valid value is saved at
 * once; an invalid one shows why next to the field and nothing is saved.
 */
export function CheckedField<T>({ name, label, storedText, check, format, onSave, inputMode, wide }: Props<T>) {
  const text = useSignal(storedText);
  const error = useSignal<string | null>(null);
  // Follow storage (another tab, sync) unless the person is mid-correction, or
  // what they typed already means the stored value ("10, 5" is not rewritten
  // under their cursor to "5, 10").
  useEffect(() => {
    const typed = check(text.value);
    if (error.value === null && !(typed.ok && format(typed.value) === storedText)) text.value = storedText;
  }, [storedText]);

  const onInput = (event: Event) => {
    text.value = (event.currentTarget as HTMLInputElement).value;
    const result = check(text.value);
    error.value = result.ok ? null : t(result.error, result.substitutions);
    if (result.ok && format(result.value) !== storedText) onSave(result.value);
  };

  const errorId = `${name}-error`;
  return (
    <div class="field">
      <label for={name}>{t(label)}</label>
      <input
        id={name}
        name={name}
        type="text"
        class={wide ? 'wide' : undefined}
        inputMode={inputMode}
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
