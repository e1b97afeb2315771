import { Face } from '@/components/shared/Face';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import { MOODS, type Mood } from '@/lib/core/vocabulary';
import style from './faces.css?inline';
import { addStyle } from './style';

addStyle(style);

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
