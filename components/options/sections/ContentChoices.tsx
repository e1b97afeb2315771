import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { type SaveSettings, useSectionSave } from '@/components/shared/save';
import { ActionError } from '@/components/shared/useAction';
import { EXERCISE_KINDS, THEMES } from '@/content/types';
import { libraryInEnglish } from '@/lib/browser/content-text';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import type { Settings } from '@/lib/core/settings/settings';
import { HiddenItems } from '../HiddenItems';
import { OwnContentEditor } from '../own/OwnContent';

interface GroupProps<T extends string> {
  name: string;
  legend: MessageKey;
  items: readonly T[];
  label: (item: T) => string;
  disabled: readonly T[];
  lastOneError: MessageKey;
  /** Saves a change to the turned-off list, applied to the latest stored list. */
  onChange: (change: (disabled: readonly T[]) => T[]) => void;
}

/** A group of checkboxes, one per kind or theme; the last one on cannot be turned off. */
function ChoiceGroup<T extends string>({
  name,
  legend,
  items,
  label,
  disabled,
  lastOneError,
  onChange,
}: GroupProps<T>) {
  const error = useSignal<string | null>(null);
  // What the boxes show: the stored list, plus a change still on its way to storage.
  const shown = useSignal<readonly T[]>(disabled);
  useEffect(() => {
    shown.value = disabled;
  }, [disabled]);

  const toggle = (item: T, on: boolean, box: HTMLInputElement) => {
    const next = on ? shown.value.filter((other) => other !== item) : [...shown.value, item];
    if (next.length >= items.length) {
      // Nothing would be left to show: keep the box ticked and say why.
      box.checked = true;
      error.value = t(lastOneError);
      return;
    }
    error.value = null;
    shown.value = next;
    onChange((latest) => {
      const next = on ? latest.filter((other) => other !== item) : [...latest, item];
      // Checked again against the latest list: the last one on always stays on.
      return next.length < items.length ? items.filter((other) => next.includes(other)) : [...latest];
    });
  };
  const errorId = `${name}-error`;
  return (
    <fieldset class="choices" aria-describedby={errorId}>
      <legend>{t(legend)}</legend>
      {items.map((item) => (
        <label key={item}>
          <input
            type="checkbox"
            name={name}
            checked={!shown.value.includes(item)}
            onChange={(event) => toggle(item, event.currentTarget.checked, event.currentTarget)}
          />{' '}
          {label(item)}
        </label>
      ))}
      <p id={errorId} class="error" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}

/** Which kinds of exercise and which insight themes breaks may show, what was hidden one by one, and the person's own. */
export function ContentChoices({ settings, onSave: pageSave }: { settings: Settings; onSave: SaveSettings }) {
  const [onSave, saveAction] = useSectionSave(pageSave);
  return (
    <section aria-labelledby="content-heading">
      <h2 id="content-heading">{t('contentHeading')}</h2>
      {libraryInEnglish() && <p class="muted">{t('libraryInEnglish')}</p>}
      <ChoiceGroup
        name="kinds"
        legend="kindsLegend"
        items={EXERCISE_KINDS}
        label={(kind) => t(`kind_${kind}`)}
        disabled={settings.disabledKinds}
        lastOneError="errorLastKind"
        onChange={(change) => onSave((latest) => ({ ...latest, disabledKinds: change(latest.disabledKinds) }))}
      />
      <ChoiceGroup
        name="themes"
        legend="themesLegend"
        items={THEMES}
        label={(theme) => t(`theme_${theme}`)}
        disabled={settings.disabledThemes}
        lastOneError="errorLastTheme"
        onChange={(change) => onSave((latest) => ({ ...latest, disabledThemes: change(latest.disabledThemes) }))}
      />
      <HiddenItems settings={settings} onSave={onSave} />
      <OwnContentEditor settings={settings} onSave={onSave} />
      <ActionError action={saveAction} />
    </section>
  );
}
