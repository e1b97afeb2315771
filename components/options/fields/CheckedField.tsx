import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import { fieldsInError, markFieldError, savedField } from './fieldStatus';

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
  /** Saves a valid value, never an invalid one; resolves false when saving failed (the section says why). */
  onSave: (value: T) => Promise<unknown>;
  inputMode?: 'numeric' | 'text';
  wide?: boolean;
}

/**
 * A text input saved when the person means it: on Enter or on leaving the
 * field, never while they type, so typing "1000" key by key never saves 10
 * and 100 on the way. A value found wrong says why beside the field at that
 * moment, and the message goes as soon as what is typed is right again.
 */
export function CheckedField<T>({ name, label, storedText, check, format, onSave, inputMode, wide }: Props<T>) {
  const text = useSignal(storedText);
  const error = useSignal<string | null>(null);
  // The text last committed: Enter and the change event that follows it commit once.
  const committed = useRef(storedText);
  // Follow storage (another tab, sync) unless the person is mid-correction, or
  // what they typed already means the stored value ("10, 5" is not rewritten
  // under their cursor to "5, 10").
  useEffect(() => {
    const typed = check(text.value);
    if (error.value === null && !(typed.ok && format(typed.value) === storedText)) text.value = storedText;
    committed.current = text.value;
  }, [storedText]);
  useEffect(() => () => markFieldError(name, false), []);

  const showError = (message: string | null) => {
    error.value = message;
    markFieldError(name, message !== null);
  };
  const onInput = (event: Event) => {
    text.value = (event.currentTarget as HTMLInputElement).value;
    if (error.value !== null && check(text.value).ok) showError(null);
  };
  const commit = async () => {
    if (text.value === committed.current && error.value === null) return;
    committed.current = text.value;
    const result = check(text.value);
    showError(result.ok ? null : t(result.error, result.substitutions));
    if (!result.ok || format(result.value) === storedText) return;
    if ((await onSave(result.value)) !== false) savedField.value = name;
  };

  const statusId = `${name}-status`;
  const saved = savedField.value === name && error.value === null && fieldsInError.value.size === 0;
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
        enterKeyHint="done"
        value={text}
        onInput={onInput}
        onChange={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
        aria-invalid={error.value !== null}
        aria-describedby={statusId}
      />
      <p id={statusId} class={error.value === null ? 'field-status muted' : 'field-status error'} aria-live="polite">
        {error.value ?? (saved ? t('fieldSaved') : '')}
      </p>
    </div>
  );
}
