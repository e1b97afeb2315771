import type { SaveSettings } from '@/components/shared/save';
import { useLibrary } from '@/components/shared/useLibrary';
import { t } from '@/lib/browser/i18n';
import { practiceTitle } from '@/lib/core/content/title';
import type { Settings } from '@/lib/core/settings/settings';

type HiddenKey = 'hiddenInsights' | 'hiddenExercises';

/** The hidden items, by their words (an insight) or title (an exercise), each with Show again. */
function HiddenList({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  // The person's own items can be hidden too: named by their own words.
  const { library } = useLibrary();
  const items = [
    ...settings.hiddenInsights.map((id) => ({ id, key: 'hiddenInsights' as HiddenKey, words: library?.insights[id] })),
    ...settings.hiddenExercises.map((id) => ({
      id,
      key: 'hiddenExercises' as HiddenKey,
      words: library && practiceTitle(library, id),
    })),
  ];
  const showAgain = (key: HiddenKey, id: string) => () =>
    onSave((latest) => ({ ...latest, [key]: latest[key].filter((other) => other !== id) }));
  return (
    <ul class="hidden-items">
      {items.map(({ id, key, words }) => (
        <li key={`${key}:${id}`}>
          <span>{words ?? t('missingContent')}</span>{' '}
          <button type="button" aria-label={t('showAgainLabel', words ?? id)} onClick={showAgain(key, id)}>
            {t('showAgain')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the person hid from breaks one by one (under More, during a break),
 * to bring back; how to hide one while nothing is. The library's words load
 * only when there is something to name.
 */
export function HiddenItems({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const none = settings.hiddenInsights.length + settings.hiddenExercises.length === 0;
  return (
    <section aria-labelledby="hidden-heading">
      <h3 id="hidden-heading">{t('hiddenHeading')}</h3>
      {none ? <p class="muted small">{t('hiddenNone')}</p> : <HiddenList settings={settings} onSave={onSave} />}
    </section>
  );
}
