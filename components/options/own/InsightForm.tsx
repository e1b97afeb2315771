import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { THEMES, type Theme } from '@/content/types';
import { t, tCount } from '@/lib/browser/i18n';
import { checkOwnInsight, OWN_LIMITS, type OwnInsight } from '@/lib/core/content/own';
import { ChoiceSelect, FormEnd } from './FormParts';

interface Props {
  /** The insight to edit, or a new one's id and the first theme. */
  start: OwnInsight;
  onSave: (insight: OwnInsight) => Promise<unknown>;
  onCancel: () => void;
}

/** Writing an insight: its words (up to the library's longest) and its theme, saved only when whole. */
export function InsightForm({ start, onSave, onCancel }: Props) {
  const text = useSignal(start.text);
  const theme = useSignal<Theme>(start.theme);
  const error = useSignal('');
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    const insight = checkOwnInsight({ id: start.id, theme: theme.value, text: text.value.trim() });
    error.value = insight ? '' : t('ownInsightEmpty');
    if (insight) void onSave(insight);
  };
  return (
    <form class="own-form" aria-labelledby="own-insight-heading" onSubmit={submit} onInput={() => (error.value = '')}>
      <h4 id="own-insight-heading">{start.text ? t('ownEditInsight') : t('ownWriteInsight')}</h4>
      <label for="own-insight-text">{t('ownInsightLabel')}</label>
      <textarea
        id="own-insight-text"
        ref={first}
        rows={3}
        maxLength={OWN_LIMITS.insightChars}
        value={text}
        aria-describedby="own-insight-count own-insight-error"
        aria-invalid={error.value !== ''}
        onInput={(event) => (text.value = event.currentTarget.value)}
      />
      <p id="own-insight-count" class="muted small">
        {tCount('ownCharsLeft', OWN_LIMITS.insightChars - text.value.length)}
      </p>
      <ChoiceSelect
        id="own-insight-theme"
        label="ownThemeLabel"
        choices={THEMES}
        name={(item) => t(`theme_${item}`)}
        value={theme}
      />
      <FormEnd id="own-insight-error" error={error} onCancel={onCancel} />
    </form>
  );
}
