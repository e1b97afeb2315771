import { t } from '@/lib/browser/i18n';
import { settingsItem } from '@/lib/browser/storage/items';
import { ActionError, useAction } from '../shared/useAction';

/** Which list a heart belongs to. */
type Kind = 'favouriteInsights' | 'favouriteExercises';

/** Adds or removes an id, applied to the latest stored settings under the shared lock. */
function toggle(kind: Kind, id: string): Promise<unknown> {
  return settingsItem.update((settings) => {
    const list = settings[kind];
    return { ...settings, [kind]: list.includes(id) ? list.filter((other) => other !== id) : [...list, id] };
  });
}

/** A heart on an insight or exercise: favourites come up a little more often. */
export function FavouriteButton({ kind, id, on }: { kind: Kind; id: string; on: boolean }) {
  const label = kind === 'favouriteInsights' ? t('favouriteInsight') : t('favouriteExercise');
  const action = useAction();
  return (
    <span class="heart-wrap">
      <button
        type="button"
        class="heart"
        aria-pressed={on}
        aria-label={label}
        onClick={() => action.run(() => toggle(kind, id))}
      >
        <span aria-hidden="true">{on ? '♥' : '♡'}</span>
      </button>
      <ActionError action={action} />
    </span>
  );
}
