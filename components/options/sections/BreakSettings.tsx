import { RadioGroup } from '@/components/shared/RadioGroup';
import { type SaveSettings, setField, useSectionSave } from '@/components/shared/save';
import { ActionError } from '@/components/shared/useAction';
import { playChime } from '@/lib/browser/chime';
import { t } from '@/lib/browser/i18n';
import type { Settings } from '@/lib/core/settings/settings';
import { COLOR_THEMES } from '@/lib/core/vocabulary';
import { Dependants } from '../fields/Dependants';
import { SettingSwitch } from '../fields/SettingSwitch';

/** What a break is like: the optional chimes and their volume, the mood check-in, and the light or dark look. */
export function BreakSettings({ settings, onSave: pageSave }: { settings: Settings; onSave: SaveSettings }) {
  const [onSave, saveAction] = useSectionSave(pageSave);

  return (
    <section aria-labelledby="during-break-heading">
      <h2 id="during-break-heading">{t('duringBreakHeading')}</h2>
      <form onSubmit={(event) => event.preventDefault()}>
        <SettingSwitch name="sound" label="chimeLabel" settings={settings} onSave={onSave} />
        <SettingSwitch name="stepChime" label="stepChimeOption" settings={settings} onSave={onSave} />
        <Dependants on={settings.sound || settings.stepChime} reason="offBecauseChime" label="chimeGroup">
          <label class="check">
            {t('chimeVolumeLabel')}{' '}
            <input
              type="range"
              name="volume"
              min={0}
              max={100}
              step={5}
              value={settings.volume}
              onChange={(event) => {
                setField(onSave, 'volume')(Number(event.currentTarget.value));
              }}
            />
          </label>
        </Dependants>
        {/* The test plays while the chimes are off too: a person may want to hear one before choosing it. */}
        <p>
          <button type="button" onClick={() => playChime('reminder', settings.volume)}>
            {t('chimeTestButton')}
          </button>
        </p>
        <SettingSwitch name="moodCheckIn" label="moodCheckInLabel" settings={settings} onSave={onSave} />
        <RadioGroup
          name="theme"
          legend="colorThemeLegend"
          choices={COLOR_THEMES}
          label={(theme) => t(`colorTheme_${theme}`)}
          value={settings.theme}
          onChange={setField(onSave, 'theme')}
        />
      </form>
      <ActionError action={saveAction} />
    </section>
  );
}
