import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';

interface Props<T extends string> {
  name: string;
  legend: MessageKey;
  choices: readonly T[];
  /** The visible words for a choice. */
  label: (choice: T) => string;
  value: T;
  onChange: (choice: T) => void;
}

/** One choice of several as radio buttons in a labelled group: arrow keys move between them. */
export function RadioGroup<T extends string>({ name, legend, choices, label, value, onChange }: Props<T>) {
  return (
    <fieldset class="choices">
      <legend>{t(legend)}</legend>
      {choices.map((choice) => (
        <label key={choice}>
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />{' '}
          {label(choice)}
        </label>
      ))}
    </fieldset>
  );
}
