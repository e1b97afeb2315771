import { type SaveSettings, useSectionSave } from '@/components/shared/save';
import { ActionError } from '@/components/shared/useAction';
import { t, tCount } from '@/lib/browser/i18n';
import { currentRhythm, RHYTHMS, withRhythm } from '@/lib/core/settings/first-run';
import type { Settings } from '@/lib/core/settings/settings';

/**
 * How often breaks come, in one tap: three rhythms as large choices, each
 * with its break length under it. None is checked once the person set other
 * minutes in options; picking one sets both numbers.
 */
export function RhythmChoice({ settings, onSave: pageSave }: { settings: Settings; onSave: SaveSettings }) {
  const [onSave, action] = useSectionSave(pageSave);
  const chosen = currentRhythm(settings);
  return (
    <fieldset class="welcome-choices cards">
      <legend>{t('welcomeRhythmLegend')}</legend>
      {RHYTHMS.map((rhythm) => (
        <label key={rhythm.intervalMinutes} class="choice-card">
          <input
            type="radio"
            name="rhythm"
            checked={rhythm === chosen}
            onChange={() => onSave((latest) => withRhythm(latest, rhythm))}
          />
          <span>
            <strong>{tCount('welcomeRhythmEvery', rhythm.intervalMinutes)}</strong>
            <span class="muted">{tCount('welcomeRhythmBreak', rhythm.breakMinutes)}</span>
          </span>
        </label>
      ))}
      <ActionError action={action} />
    </fieldset>
  );
}
