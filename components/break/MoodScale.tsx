import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import type { Mood } from '@/lib/core/vocabulary';

const MOODS: readonly { mood: Mood; face: string }[] = [
  { mood: 1, face: '😣' },
  { mood: 2, face: '😕' },
  { mood: 3, face: '😐' },
  { mood: 4, face: '🙂' },
  { mood: 5, face: '😄' },
];

interface Props {
  /** The question, as a message key: before or after the exercise. */
  legend: MessageKey;
  name: string;
  value: Mood | undefined;
  onChange: (mood: Mood) => void;
}

/**
 * A one-tap mood check-in on a 1-5 scale, with words and faces. Radio
 * buttons, so arrow keys move between moods; never required.
 */
export function MoodScale({ legend, name, value, onChange }: Props) {
  return (
    <fieldset class="moods">
      <legend>{t(legend)}</legend>
      {MOODS.map(({ mood, face }) => (
        <label key={mood} class="mood">
          <input type="radio" name={name} value={mood} checked={value === mood} onChange={() => onChange(mood)} />
          <span aria-hidden="true">{face}</span> {t(`mood_${mood}`)}
        </label>
      ))}
    </fieldset>
  );
}
