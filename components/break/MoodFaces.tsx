import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import { MOODS, type Mood } from '@/lib/core/vocabulary';
import style from './faces.css?inline';
import { addStyle } from './style';

addStyle(style);

/** Each mood's mouth, from a deep frown (very low) to a wide smile (very good). */
const MOUTHS: Readonly<Record<Mood, string>> = {
  1: 'M8.5 16.5q3.5-3.5 7 0',
  2: 'M9 16q3-1.8 6 0',
  3: 'M9 15.5h6',
  4: 'M9 15q3 1.8 6 0',
  5: 'M8.5 14.5q3.5 3.5 7 0',
};

/** A face drawn for a mood: nothing depends on a font having emoji. */
function Face({ mood }: { mood: Mood }) {
  return (
    <svg class="face" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="10" />
      <circle class="eye" cx="9" cy="10" r="1.1" />
      <circle class="eye" cx="15" cy="10" r="1.1" />
      <path d={MOUTHS[mood]} />
    </svg>
  );
}

interface Props {
  /** The question, as a message key: before or after the exercise. */
  legend: MessageKey;
  name: string;
  value: Mood | undefined;
  onChange: (mood: Mood) => void;
}

/**
 * A one-tap mood check-in: five drawn faces with their words, as radio
 * buttons, so the row is one tab stop and arrow keys move along it. Never
 * required. Choosing one changes only the chosen face, so nothing moves.
 */
export function MoodFaces({ legend, name, value, onChange }: Props) {
  return (
    <fieldset class="faces">
      <legend>{t(legend)}</legend>
      <div class="faces-row">
        {MOODS.map((mood) => (
          <label key={mood} class="face-choice">
            <input type="radio" name={name} value={mood} checked={value === mood} onChange={() => onChange(mood)} />
            <Face mood={mood} />
            <span class="face-word">{t(`mood_${mood}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
